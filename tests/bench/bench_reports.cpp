// Prints how long a school report of about 10,000 placements takes to build and to write as XLSX, PDF and CSV
// (PRODUCT.md section 8: XLSX < 1 s, PDF < 5 s), the supervisor report of the whole plan (XLSX < 1 s), and the
// recruitment report (PRODUCT.md section 10) of the 5,000-student demo, over the whole plan.
// Beside the supervisor report, SQLite's own figure in the same run: sqlite3 writing the report's query as CSV.
// Not run by ctest; docs/performance.md says how to read the figures.
// Usage: bench_reports [students=10000]
#include "demo/DemoGenerator.h"
#include "documents/RecruitmentReport.h"
#include "documents/ReportExport.h"
#include "documents/Reports.h"
#include "storage/PlanFile.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace praksis;

namespace {
// sqlite3 -csv writing the rows of sql on the plan into out: wall time in ms (process start included), the median
// of three; -1 when sqlite3 is missing or failed
double sqliteCsvMs(const QString &plan, const QString &sql, const QString &out)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return -1;
    QList<double> runs;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        p.setStandardOutputFile(out);
        QElapsedTimer t;
        t.start();
        p.start(sqlite, {QStringLiteral("-readonly"), QStringLiteral("-csv"), plan, sql});
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return -1;
        runs << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(runs.begin(), runs.end());
    return runs[1];
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the PDF
    QTextStream out(stdout);
    DemoOptions options;
    options.students = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 10000;
    options.today = QDate(2026, 11, 23);

    QTemporaryDir dir;
    auto plan = PlanFile::open(dir.filePath(QStringLiteral("bench.praksisplan")));
    if (!plan || !DemoGenerator::generate(*plan.value(), options)) {
        out << "could not make the demo plan" << Qt::endl;
        return 1;
    }
    // the school with the most placements, over the whole plan
    auto q = plan.value()->exec(QStringLiteral("SELECT st.school_id, count(*) FROM placements p JOIN students st ON "
                                               "st.id = p.student_id GROUP BY 1 ORDER BY 2 DESC LIMIT 1"));
    q->next();
    const qint64 school = q->value(0).toLongLong();

    QElapsedTimer t;
    t.start();
    auto table =
        Reports::schoolReport(*plan.value(), SchoolReportQuery{school, 0, QDate(2000, 1, 1), QDate(2100, 1, 1)});
    if (!table) {
        out << table.error().toString() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("school report: %1 placements, built in %2 ms").arg(table->rows.size()).arg(t.elapsed())
        << Qt::endl;
    for (ReportFormat format : {ReportFormat::Xlsx, ReportFormat::Pdf, ReportFormat::Csv}) {
        const QString path = dir.filePath(QStringLiteral("report.") + ReportExport::suffix(format));
        t.restart();
        ReportExport::Options o;
        o.organisation = QStringLiteral("Benchmark kommune");
        auto r = ReportExport::write(table.value(), format, path, o);
        const qint64 ms = t.elapsed();
        out << QStringLiteral("%1: %2 ms, %3 kB%4")
                   .arg(ReportExport::suffix(format))
                   .arg(ms)
                   .arg(QFileInfo(path).size() / 1024)
                   .arg(r ? QString() : QStringLiteral(" FAILED: ") + r.error().message)
            << Qt::endl;
    }

    // the supervisor report of the whole plan (budget: XLSX < 1 s), built and written as the CLI does
    t.restart();
    auto supervisors =
        Reports::supervisorReport(*plan.value(), SupervisorReportQuery{QDate(2000, 1, 1), QDate(2100, 1, 1)});
    if (!supervisors) {
        out << supervisors.error().toString() << Qt::endl;
        return 1;
    }
    const qint64 supervisorBuildMs = t.elapsed();
    qint64 supervisorTotalMs = supervisorBuildMs;
    out << QStringLiteral("supervisor report, whole plan: %1 rows, built in %2 ms")
               .arg(supervisors->rows.size())
               .arg(supervisorBuildMs)
        << Qt::endl;
    for (ReportFormat format : {ReportFormat::Xlsx, ReportFormat::Csv}) {
        const QString path = dir.filePath(QStringLiteral("supervisors.") + ReportExport::suffix(format));
        t.restart();
        auto r = ReportExport::write(supervisors.value(), format, path, ReportExport::Options{});
        const qint64 written = t.elapsed();
        if (format == ReportFormat::Xlsx)
            supervisorTotalMs += written;
        out << QStringLiteral("  supervisor %1: %2 ms%3")
                   .arg(ReportExport::suffix(format))
                   .arg(written)
                   .arg(r ? QString() : QStringLiteral(" FAILED: ") + r.error().message)
            << Qt::endl;
    }

    // SQLite's figure beside it: the report's query (Reports::supervisorReport, the whole plan), its rows written as
    // CSV by sqlite3
    const double floorMs = sqliteCsvMs(
        dir.filePath(QStringLiteral("bench.praksisplan")),
        QStringLiteral("SELECT v.id, v.given_name, v.family_name, v.profession, s.name, s.unit, st.given_name,"
                       " st.family_name, sc.name, p.start_date, p.end_date, st.id, p.id, s.id, sc.id FROM placements p"
                       " JOIN supervisors v ON v.id = p.supervisor_id JOIN sites s ON s.id = p.site_id"
                       " JOIN students st ON st.id = p.student_id JOIN schools sc ON sc.id = st.school_id"
                       " WHERE p.status <> 'cancelled' AND p.start_date <= '2100-01-01' AND p.end_date >= "
                       "'2000-01-01'"),
        dir.filePath(QStringLiteral("supervisors-sqlite.csv")));
    if (floorMs < 0)
        out << "  beside it, sqlite3: not found or failed (apt-get install sqlite3 for SQLite's figure)" << Qt::endl;
    else
        out << QStringLiteral("  beside it, sqlite3 -csv of the report's query (process start included): %1 ms "
                              "(median of 3); ratio supervisor XLSX (built + written) / sqlite3: %2")
                   .arg(floorMs, 0, 'f', 0)
                   .arg(double(supervisorTotalMs) / floorMs, 0, 'f', 2)
            << Qt::endl;

    // the recruitment report of the 5,000-student demo (its hires, mentorships and conversations), built and written
    // as report --recruitment does
    DemoOptions five = options;
    five.students = 5000;
    auto recruitmentPlan = PlanFile::open(dir.filePath(QStringLiteral("recruitment.praksisplan")));
    if (!recruitmentPlan || !DemoGenerator::generate(*recruitmentPlan.value(), five)) {
        out << "could not make the 5,000-student demo plan" << Qt::endl;
        return 1;
    }
    auto hires = recruitmentPlan.value()->exec(QStringLiteral("SELECT count(*) FROM hires"));
    const qint64 hireCount = hires && hires->next() ? hires->value(0).toLongLong() : 0;
    t.restart();
    auto recruitment = RecruitmentReport::table(*recruitmentPlan.value(),
                                                RecruitmentReportQuery{QDate(2000, 1, 1), QDate(2100, 1, 1), {}});
    if (!recruitment) {
        out << recruitment.error().toString() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("recruitment report, 5,000-student demo (%1 hires): %2 sites, built in %3 ms")
               .arg(hireCount)
               .arg(recruitment->rows.size())
               .arg(t.elapsed())
        << Qt::endl;
    for (ReportFormat format : {ReportFormat::Xlsx, ReportFormat::Pdf, ReportFormat::Csv}) {
        const QString path = dir.filePath(QStringLiteral("recruitment.") + ReportExport::suffix(format));
        t.restart();
        auto r = ReportExport::write(recruitment.value(), format, path, ReportExport::Options{});
        out << QStringLiteral("  recruitment %1: %2 ms%3")
                   .arg(ReportExport::suffix(format))
                   .arg(t.elapsed())
                   .arg(r ? QString() : QStringLiteral(" FAILED: ") + r.error().message)
            << Qt::endl;
    }
    return 0;
}
