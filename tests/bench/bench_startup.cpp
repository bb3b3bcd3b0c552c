// Start to a usable main window on a demo plan, in phases (the application, opening and checking the file, the main
// window, the plan handed to it, the first page, the first paint), beside sqlite3 checking the same file in the same
// run; peak memory, and filtering the placements table.
// usage: bench_startup [--students N] [PLAN]   (without PLAN a demo plan of N students, default 5000, is made)
// Prints figures; asserts nothing (ARCHITECTURE.md rule 9).

#include "MainWindow.h"
#include "PlanSession.h"
#include "demo/DemoGenerator.h"
#include "models/SqlTableModel.h"
#include "pages/overview/OverviewPage.h"
#include "widgets/RegisterPage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/resource.h>

using namespace praksis;

namespace {
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// sqlite3 running SQL on the plan, as a child process: its wall time in ms (process start included), -1 when it
// could not run
double sqliteMs(const QString &path, const QStringList &options, const QString &sql)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return -1;
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(sqlite, options + QStringList{path, sql});
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    return ms(t);
}

// One real start of the desktop program on the plan (praksisplan PLAN --quit-when-filled, offscreen, settings of its
// own): ms from starting the process to its first paint and to the page in view filled, as the program's start-up log
// reaches this process; -1 when a line did not come.
struct ProgramStart
{
    double firstPaint = -1;
    double pageFilled = -1;
    double exited = -1;
    QString log;
};

ProgramStart startProgram(const QString &program, const QString &path, const QString &settingsDir, const QString &page)
{
    ProgramStart r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("praksis.startup.debug=true"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), settingsDir); // not the person's own settings
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, {path, QStringLiteral("--quit-when-filled"), QStringLiteral("--page"), page});
    QByteArray pending;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        p.waitForReadyRead(20);
        pending += p.readAllStandardError();
        const double now = ms(t);
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline));
            pending.remove(0, newline + 1);
            if (!line.startsWith(QStringLiteral("praksis.startup")))
                continue;
            r.log += QStringLiteral("    ") + line + QLatin1Char('\n');
            if (line.contains(QStringLiteral("first paint")) && r.firstPaint < 0)
                r.firstPaint = now;
            if (line.contains(QStringLiteral("filled")) && r.pageFilled < 0)
                r.pageFilled = now;
        }
        if (t.elapsed() > 600000)
            break;
    }
    p.waitForFinished(60000);
    r.exited = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? ms(t) : -1;
    return r;
}

double childPeakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024.0;
}

// the median of three runs of sqlite3
double sqliteMedianMs(const QString &path, const QStringList &options, const QString &sql)
{
    QList<double> runs;
    for (int i = 0; i < 3; ++i)
        runs << sqliteMs(path, options, sql);
    std::sort(runs.begin(), runs.end());
    return runs[1];
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer appTimer;
    appTimer.start();
    QApplication app(argc, argv);
    const double appMs = ms(appTimer);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = app.arguments();
    int students = 5000;
    if (const int i = args.indexOf(QStringLiteral("--students")); i >= 0 && i + 1 < args.size()) {
        students = args.at(i + 1).toInt();
        args.remove(i, 2);
    }
    QTemporaryDir dir;
    QString path = args.size() > 1 ? args.at(1) : QString();
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo.praksisplan"));
        QElapsedTimer t;
        t.start();
        auto plan = PlanFile::open(path);
        if (!plan) {
            qCritical("%s", qPrintable(plan.error().toString()));
            return 1;
        }
        DemoOptions options;
        options.students = students;
        auto r = DemoGenerator::generate(*plan.value(), options);
        if (!r) {
            qCritical("%s", qPrintable(r.error().toString()));
            return 1;
        }
        printf("demo plan: %d students, %d placements, made in %lld ms\n", r->students, r->placements,
               qint64(t.elapsed()));
    }
    const double rssBefore = peakMegabytes();

    // SQLite's own figures in the same run: sqlite3 opening the file and checking it as the desktop does on open
    // (quick_check and the references), and the check alone
    const double sqliteCheck =
        sqliteMedianMs(path, {}, QStringLiteral("PRAGMA quick_check; PRAGMA foreign_key_check;"));
    const double sqliteOpen = sqliteMedianMs(path, {}, QStringLiteral("SELECT count(*) FROM sqlite_schema;"));

    // The program itself, started as a person starts it (process start included), three times: to its first paint
    // (the window with the plan's name and "Checking…") and to the page in view filled; the first start of a day
    // also takes the day's backup. The program's peak memory is the largest child's (sqlite3 is smaller).
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/praksisplan");
    if (QFile::exists(program)) {
        QTemporaryDir settings;
        for (const QString &page : {QStringLiteral("placements"), QStringLiteral("overview")}) {
            QList<double> paints, filled;
            for (int run = 1; run <= 3; ++run) {
                const ProgramStart r = startProgram(program, path, settings.path(), page);
                printf("praksisplan PLAN --page %s, start %d: first paint %.0f ms, page filled %.0f ms, quit %.0f ms "
                       "after the process started\n%s",
                       qPrintable(page), run, r.firstPaint, r.pageFilled, r.exited, qPrintable(r.log));
                paints << r.firstPaint;
                filled << r.pageFilled;
            }
            std::sort(paints.begin(), paints.end());
            std::sort(filled.begin(), filled.end());
            printf("process start to a visible main window (first paint): %.0f ms; to the %s page filled: %.0f ms "
                   "(medians of 3; budget 1000 ms); beside it sqlite3's check of the same file: %.0f ms\n",
                   paints[1], qPrintable(page), filled[1], sqliteCheck);
        }
        printf("the program's peak memory: %.0f MB (budget 300 MB)\n", childPeakMegabytes());
    } else {
        printf("praksisplan not built beside the benchmark (%s): no process start figures\n", qPrintable(program));
    }

    // Opening and checking the file alone, in this process, as the desktop's first step does (then closed again).
    QElapsedTimer phase;
    phase.start();
    {
        auto checked = PlanFile::open(path, PlanFile::OpenOptions{PlanFile::OpenMode::OpenExisting});
        if (!checked) {
            qCritical("%s", qPrintable(checked.error().toString()));
            return 1;
        }
    }
    const double openCheckMs = ms(phase);

    QElapsedTimer start;
    start.start();
    phase.restart();
    MainWindow window;
    const double windowMs = ms(phase);
    phase.restart();
    if (!window.openPlan(path))
        return 1;
    const double openPlanMs = ms(phase);
    phase.restart();
    window.setCurrentPage(QStringLiteral("placements"));
    const double pageMs = ms(phase);
    phase.restart();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const double exposedMs = ms(phase);
    phase.restart();
    QCoreApplication::processEvents();
    const double eventsMs = ms(phase);
    printf("start to a usable main window (placements page): %lld ms (budget 1000 ms)\n", qint64(start.elapsed()));
    printf("  phases: QApplication %.0f ms (before the timer above); main window made %.0f ms; openPlan (open and "
           "check the file, then the plan handed to the pages: their first queries) %.0f ms; first page %.0f ms; shown "
           "and first paint %.0f ms; pending events %.0f ms\n",
           appMs, windowMs, openPlanMs, pageMs, exposedMs, eventsMs);
    printf("  open and check the file alone (PlanFile::open, in process): %.0f ms\n", openCheckMs);
    if (sqliteCheck < 0) {
        printf("  sqlite3: not found or failed (apt-get install sqlite3 for SQLite's figures)\n");
    } else {
        printf("  beside it, sqlite3 PLAN 'PRAGMA quick_check; PRAGMA foreign_key_check' (process start included): "
               "%.0f ms (median of 3); sqlite3 opening the file and reading its schema: %.0f ms\n",
               sqliteCheck, sqliteOpen);
        printf("  ratio open and check / sqlite3's check: %.2f; start to a usable window / sqlite3's check: %.2f\n",
               openCheckMs / sqliteCheck, double(start.elapsed()) / sqliteCheck);
    }

    // The Overview filled in on this plan (budget 300 ms on the 50,000-placement plan): its charts and lists.
    if (auto *overview = qobject_cast<OverviewPage *>(window.page(QStringLiteral("overview")))) {
        for (int round = 1; round <= 3; ++round) {
            QElapsedTimer o;
            o.start();
            overview->refresh();
            printf("overview filled in (round %d): %lld ms (budget 300 ms)\n", round, qint64(o.elapsed()));
        }
    }

    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("placements")));
    SqlTableModel *model = page->model();
    auto *period = page->findChild<QComboBox *>(QStringLiteral("periodFilter"));
    period->setCurrentIndex(0); // all periods
    printf("placements shown: %d\n", model->rowCount());

    QElapsedTimer t;
    t.start();
    page->table()->scrollToBottom();
    QCoreApplication::processEvents();
    printf("scroll to the bottom of all placements: %lld ms\n", qint64(t.elapsed()));

    for (const char *text : {"a", "an", "ans", "hansen", ""}) {
        t.restart();
        model->setSearchText(QString::fromLatin1(text));
        QCoreApplication::processEvents();
        printf("search \"%s\": %d rows in %lld ms\n", text, model->rowCount(), qint64(t.elapsed()));
    }
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    t.restart();
    status->setCurrentIndex(status->findData(QStringLiteral("completed")));
    QCoreApplication::processEvents();
    printf("filter status completed: %d rows in %lld ms\n", model->rowCount(), qint64(t.elapsed()));
    t.restart();
    model->sort(0, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    printf("sort by student, descending: %lld ms\n", qint64(t.elapsed()));

    printf("peak memory: %.0f MB (before the window %.0f MB; budget 300 MB)\n", peakMegabytes(), rssBefore);
    return 0;
}
