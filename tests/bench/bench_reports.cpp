// Prints how long a school report of about 10,000 placements takes to build and to write as XLSX, PDF and CSV
// (PRODUCT.md section 8: XLSX < 1 s, PDF < 5 s), the supervisor report of the whole plan (XLSX < 1 s), and the
// recruitment report (PRODUCT.md section 10) of the 5,000-student demo, over the whole plan.
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
#include <QTemporaryDir>
#include <QTextStream>

using namespace praksis;

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
    out << QStringLiteral("supervisor report, whole plan: %1 rows, built in %2 ms")
               .arg(supervisors->rows.size())
               .arg(t.elapsed())
        << Qt::endl;
    for (ReportFormat format : {ReportFormat::Xlsx, ReportFormat::Csv}) {
        const QString path = dir.filePath(QStringLiteral("supervisors.") + ReportExport::suffix(format));
        t.restart();
        auto r = ReportExport::write(supervisors.value(), format, path, ReportExport::Options{});
        out << QStringLiteral("  supervisor %1: %2 ms%3")
                   .arg(ReportExport::suffix(format))
                   .arg(t.elapsed())
                   .arg(r ? QString() : QStringLiteral(" FAILED: ") + r.error().message)
            << Qt::endl;
    }

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
