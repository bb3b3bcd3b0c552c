// `praksisplan-cli list placements --json` on the 5,000-student demo (50,000 placements), beside `sqlite3 -json` on
// the same join in the same run (the ratio counts on a shared machine), with the listing's peak memory.
// Budget (docs/performance.md): within 2x of sqlite3, < 300 MB. Prints figures; asserts nothing.
//
//   build/tests/bench_list [PLAN]   (without PLAN: demo --seed 9 --students 5000 in a temporary folder)

#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    double wallMs = 0;
    double cpuMs = 0; // user + system of the child
    qint64 bytes = 0;
};

double childCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(arguments);
    const double cpu = childCpuMs();
    QElapsedTimer t;
    t.start();
    p.start();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    Run r;
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        r.bytes += p.readAllStandardOutput().size();
    }
    r.bytes += p.readAllStandardOutput().size();
    r.wallMs = double(t.nsecsElapsed()) / 1e6;
    r.cpuMs = childCpuMs() - cpu;
    return r;
}

// The join `list placements` reads, with the same keys, for sqlite3's own JSON writer.
const char *joinSql =
    "SELECT pl.id AS id, st.given_name || ' ' || st.family_name AS student, st.student_number AS studentNumber,"
    " sc.name AS school, CASE WHEN si.unit = '' THEN si.name ELSE si.name || ' / ' || si.unit END AS site,"
    " coalesce(su.given_name || ' ' || su.family_name, '') AS supervisor, pe.name AS period, pl.start_date AS start,"
    " pl.end_date AS \"end\", pl.status AS status, pl.locked AS locked"
    " FROM placements pl JOIN students st ON st.id = pl.student_id JOIN schools sc ON sc.id = st.school_id"
    " JOIN sites si ON si.id = pl.site_id LEFT JOIN supervisors su ON su.id = pl.supervisor_id"
    " JOIN periods pe ON pe.id = pl.period_id"
    " ORDER BY pl.start_date, si.name, si.unit, st.family_name, st.given_name, pl.id;\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString cli = QStringLiteral(PRAKSIS_CLI_PATH);
    QTemporaryDir dir;
    QString plan = app.arguments().value(1);
    if (plan.isEmpty()) {
        plan = dir.filePath(u"demo.praksisplan"_s);
        const Run demo = run(cli, {u"--db"_s, plan, u"demo"_s, u"--seed"_s, u"9"_s, u"--students"_s, u"5000"_s});
        out << u"demo plan (seed 9, 5,000 students) made in %1 ms\n"_s.arg(demo.wallMs, 0, 'f', 0);
    }
    // once, so that a migration or the first read of the file is not in the figures
    run(cli, {u"--db"_s, plan, u"list"_s, u"periods"_s});

    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
    for (int round = 1; round <= 3; ++round) {
        const Run ours = run(cli, {u"--db"_s, plan, u"list"_s, u"placements"_s, u"--json"_s});
        rusage u{};
        getrusage(RUSAGE_CHILDREN, &u);
        out << u"round %1: praksisplan-cli list placements --json: %2 ms wall, %3 ms processor, %4 MB written"
               u" (peak memory of the largest child so far: %5 MB; budget 300 MB)\n"_s.arg(round)
                   .arg(ours.wallMs, 0, 'f', 0)
                   .arg(ours.cpuMs, 0, 'f', 0)
                   .arg(double(ours.bytes) / 1e6, 0, 'f', 1)
                   .arg(u.ru_maxrss / 1024.0, 0, 'f', 0);
        if (sqlite.isEmpty()) {
            out << "  sqlite3 not found (apt-get install sqlite3 for the figure beside it)\n";
            continue;
        }
        const Run floor = run(sqlite, {u"-json"_s, plan}, joinSql);
        const Run checked =
            run(sqlite, {u"-json"_s, plan}, QByteArray("PRAGMA quick_check;\nPRAGMA foreign_key_check;\n") + joinSql);
        out << u"  sqlite3 -json, same join: %1 ms wall, %2 ms processor -> ratio %3 (processor %4; budget 2)\n"_s
                   .arg(floor.wallMs, 0, 'f', 0)
                   .arg(floor.cpuMs, 0, 'f', 0)
                   .arg(ours.wallMs / floor.wallMs, 0, 'f', 2)
                   .arg(ours.cpuMs / floor.cpuMs, 0, 'f', 2);
        out << u"  sqlite3 with the checks every open does (quick_check, foreign_key_check) first: %1 ms processor"
               u" -> ratio %2\n"_s.arg(checked.cpuMs, 0, 'f', 0)
                   .arg(ours.cpuMs / checked.cpuMs, 0, 'f', 2);
    }
    return 0;
}
