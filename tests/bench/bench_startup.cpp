// Start to a usable main window on a demo plan, peak memory, and filtering the placements table.
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
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace praksis;

namespace {
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
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

    QElapsedTimer start;
    start.start();
    MainWindow window;
    if (!window.openPlan(path))
        return 1;
    window.setCurrentPage(QStringLiteral("placements"));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();
    printf("start to a usable main window (placements page): %lld ms (budget 1000 ms)\n", qint64(start.elapsed()));

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
