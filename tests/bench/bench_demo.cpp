// Prints how long `demo --students N` takes and how big the plan file gets. Not run by ctest.
// Usage: bench_demo [students=5000] [seed=1]
#include "demo/DemoGenerator.h"
#include "storage/PlanFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace praksis;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    DemoOptions options;
    options.students = args.size() > 1 ? args.at(1).toInt() : 5000;
    options.seed = args.size() > 2 ? args.at(2).toUInt() : 1;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.praksisplan"));
    QElapsedTimer timer;
    timer.start();
    auto plan = PlanFile::open(path);
    if (!plan) {
        out << plan.error().toString() << Qt::endl;
        return 1;
    }
    const qint64 opened = timer.elapsed();
    auto result = DemoGenerator::generate(*plan.value(), options);
    if (!result) {
        out << result.error().toString() << Qt::endl;
        return 1;
    }
    const qint64 generated = timer.elapsed();
    plan.value().reset(); // checkpoint the WAL into the file
    const qint64 closed = timer.elapsed();
    const DemoSummary &s = result.value();
    out << QStringLiteral("demo --students %1: %2 students, %3 sites, %4 supervisors, %5 periods, %6 placements, "
                          "%7 meetings, %8 absences")
               .arg(options.students)
               .arg(s.students)
               .arg(s.sites)
               .arg(s.supervisors)
               .arg(s.periods)
               .arg(s.placements)
               .arg(s.meetings)
               .arg(s.absences)
        << Qt::endl;
    out << QStringLiteral("create plan %1 ms, generate and write %2 ms, close %3 ms, total %4 ms")
               .arg(opened)
               .arg(generated - opened)
               .arg(closed - generated)
               .arg(closed)
        << Qt::endl;
    out << QStringLiteral("plan file size: %1 MB").arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1) << Qt::endl;
    return 0;
}
