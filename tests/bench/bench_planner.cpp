// Prints how long the planner takes on one large period (5,000 students × 500 sites × 1,500 supervisors), next to
// GLPK's glpsol on the very same network written as an LP, and how long `check` takes on the 50,000-placement demo
// plan (demo --students 5000). `bench_planner --planner-only` runs just the planner (for profiling).
// Nothing here asserts on time.

#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "planning/ConflictChecker.h"
#include "planning/Planner.h"
#include "planning/PlannerApplier.h"
#include "planning/PlannerLoader.h"
#include "storage/PeriodRepository.h"
#include "storage/PlanFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <random>

using namespace praksis;

namespace {

PlannerInput largeInput(int students, int sites, int supervisors)
{
    std::mt19937 rng(2026);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    PlannerInput in;
    in.periodId = 1;
    in.periodName = QStringLiteral("Vår 2026");
    in.start = QDate(2026, 1, 5);
    in.end = QDate(2026, 2, 27);
    for (int s = 0; s < sites; ++s) {
        PlannerInput::Site site;
        site.id = s + 1;
        site.name = QStringLiteral("Site %1").arg(site.id);
        site.eligible = pick(0, 9) < 8;
        site.capacity = pick(4, 16);
        site.room = std::max(0, site.capacity - pick(0, 3));
        in.sites << site;
    }
    for (int v = 0; v < supervisors; ++v) {
        PlannerInput::Supervisor sv;
        sv.id = v + 1;
        sv.siteId = v < sites ? v + 1 : pick(1, sites);
        sv.name = QStringLiteral("Supervisor %1").arg(sv.id);
        sv.absent = pick(0, 19) == 0;
        sv.room = sv.absent ? 0 : pick(1, 3);
        in.supervisors << sv;
    }
    // popular sites: choices drawn from a skewed distribution
    std::geometric_distribution<int> popular(0.01);
    for (int i = 0; i < students; ++i) {
        PlannerInput::Student st;
        st.id = i + 1;
        st.name = QStringLiteral("Student %1").arg(st.id);
        st.studentNumber = QString::number(100000 + i);
        while (st.choices.size() < 3) {
            const qint64 site = 1 + popular(rng) % sites;
            if (!st.choices.contains(site))
                st.choices << site;
        }
        if (pick(0, 2) == 0)
            for (int k = pick(1, 2); k > 0; --k)
                st.visited << pick(1, sites);
        if (pick(0, 29) == 0)
            st.excluded << pick(1, sites);
        in.students << st;
    }
    return in;
}

// The network as an LP for glpsol: flow conservation at every node, 0 ≤ flow ≤ capacity.
QString lp(const FlowNetwork &net)
{
    QString out;
    QTextStream s(&out);
    QList<QStringList> terms(net.nodeCount);
    s << "Minimize\n obj:";
    for (int a = 0; a < net.arcs.size(); ++a) {
        s << "\n + " << net.arcs[a].cost << " f" << a;
        terms[net.arcs[a].from] << QStringLiteral(" + f%1").arg(a);
        terms[net.arcs[a].to] << QStringLiteral(" - f%1").arg(a);
    }
    s << "\nSubject To\n";
    for (int n = 0; n < net.nodeCount; ++n) {
        if (terms[n].isEmpty())
            continue;
        s << " n" << n << ":";
        for (const QString &t : std::as_const(terms[n]))
            s << "\n" << t;
        s << " = " << net.supply[n] << "\n";
    }
    s << "Bounds\n";
    for (int a = 0; a < net.arcs.size(); ++a)
        s << " 0 <= f" << a << " <= " << net.arcs[a].capacity << "\n";
    s << "End\n";
    return out;
}

void benchPlanner(QTextStream &out, bool withGlpk)
{
    const PlannerInput in = largeInput(5000, 500, 1500);
    QElapsedTimer t;
    t.start();
    const std::clock_t cpuStart = std::clock();
    auto r = Planner::solve(in);
    const qint64 plannerMs = t.elapsed();
    // the processor time too: on a busy machine the wall-clock time mostly measures waiting for a core
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    if (!r) {
        out << "planner failed: " << r.error().message << Qt::endl;
        return;
    }
    const FlowNetwork net = Planner::network(in);
    out << "planner: 5000 students, 500 sites, 1500 supervisors; network " << net.nodeCount << " nodes, "
        << net.arcs.size() << " arcs" << Qt::endl;
    out << "planner: " << plannerMs << " ms (" << qRound(cpuMs) << " ms processor time), total cost " << r->totalCost
        << ", placed " << r->placed.size() << ", unplaced " << r->unplaced.size() << Qt::endl;
    // a digest of the whole result, so that a change meant to be faster only can be seen to give the same plan
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const PlannerResult::Placed &p : std::as_const(r->placed))
        digest.addData(QStringLiteral("%1 %2 %3 %4 %5\n")
                           .arg(p.studentId)
                           .arg(p.siteId)
                           .arg(p.supervisorId)
                           .arg(p.cost)
                           .arg(p.explanation)
                           .toUtf8());
    for (const PlannerResult::Unplaced &u : std::as_const(r->unplaced))
        digest.addData(QStringLiteral("%1 %2 %3\n").arg(u.studentId).arg(int(u.reason)).arg(u.explanation).toUtf8());
    out << "planner: result digest " << digest.result().toHex().left(16) << Qt::endl;

    const QString glpsol = withGlpk ? QStandardPaths::findExecutable(QStringLiteral("glpsol")) : QString();
    if (!withGlpk) {
        out << "glpsol: left out (--planner-only)" << Qt::endl;
        return;
    }
    if (glpsol.isEmpty()) {
        out << "glpsol: not installed" << Qt::endl;
        return;
    }
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("planner.lp")));
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(lp(net).toUtf8());
    f.close();
    QProcess p;
    t.restart();
    p.start(glpsol,
            {QStringLiteral("--lp"), f.fileName(), QStringLiteral("-o"), dir.filePath(QStringLiteral("out.txt"))});
    p.waitForFinished(-1);
    const qint64 glpkMs = t.elapsed();
    QFile sol(dir.filePath(QStringLiteral("out.txt")));
    sol.open(QIODevice::ReadOnly);
    const auto m =
        QRegularExpression(QStringLiteral("Objective:\\s+obj = (-?[0-9.e+]+)")).match(QString::fromUtf8(sol.readAll()));
    out << "glpsol:  " << glpkMs << " ms (reading the LP included), total cost "
        << (m.hasMatch() ? m.captured(1) : QStringLiteral("?")) << Qt::endl;
    out << "same optimum: " << (m.hasMatch() && qint64(m.captured(1).toDouble()) == r->totalCost ? "yes" : "NO")
        << ", planner " << (plannerMs > 0 ? double(glpkMs) / double(plannerMs) : 0.0) << "× faster" << Qt::endl;
}

// Applying a plan through the placements' write path: the new placements with their checklists and meetings, then
// the period a week later and the plan applied again (every placement moved, checklists and meetings following),
// then the planner's placements removed (the students unplaced).
void benchApply(QTextStream &out, PlanFile &plan, const PlannerInput &in, const PlannerResult &r)
{
    QElapsedTimer timer;
    timer.start();
    auto first = PlannerApplier::apply(plan, in, r);
    if (!first) {
        out << "apply failed: " << first.error().message << Qt::endl;
        return;
    }
    out << "apply: " << first->inserted.size() << " new in " << timer.elapsed() << " ms" << Qt::endl;
    auto period = PeriodRepository(plan).get(in.periodId);
    if (!period)
        return;
    period->start = period->start.addDays(7);
    period->end = period->end.addDays(7);
    if (!PeriodRepository(plan).update(period.value()))
        return;
    auto again = PlannerLoader::load(plan, in.periodId);
    if (!again)
        return;
    PlannerResult same = r;
    timer.restart();
    auto moved = PlannerApplier::apply(plan, again.value(), same);
    if (!moved) {
        out << "apply (moved) failed: " << moved.error().message << Qt::endl;
        return;
    }
    out << "apply: " << moved->updated.size() << " moved in " << timer.elapsed() << " ms" << Qt::endl;
    auto last = PlannerLoader::load(plan, in.periodId);
    if (!last)
        return;
    timer.restart();
    auto removed = PlannerApplier::apply(plan, last.value(), PlannerResult{});
    if (!removed) {
        out << "apply (removed) failed: " << removed.error().message << Qt::endl;
        return;
    }
    out << "apply: " << removed->removed.size() << " removed in " << timer.elapsed() << " ms" << Qt::endl;
}

void benchCheck(QTextStream &out)
{
    test::TempPlan t;
    QElapsedTimer timer;
    timer.start();
    DemoOptions options;
    options.students = 5000;
    options.today = QDate(2026, 3, 2);
    auto demo = DemoGenerator::generate(t.plan(), options);
    if (!demo) {
        out << "demo failed: " << demo.error().message << Qt::endl;
        return;
    }
    out << "check: demo plan of " << demo->placements << " placements built in " << timer.elapsed() << " ms"
        << Qt::endl;
    timer.restart();
    auto all = ConflictChecker(t.plan()).check();
    out << "check: whole plan " << timer.elapsed() << " ms, " << (all ? all->size() : -1) << " conflicts" << Qt::endl;

    auto period = PlannerLoader::findPeriod(t.plan(), demo->planningPeriod);
    if (!period)
        return;
    timer.restart();
    auto one = ConflictChecker(t.plan()).check(period.value());
    out << "check: period " << demo->planningPeriod << " " << timer.elapsed() << " ms, " << (one ? one->size() : -1)
        << " conflicts" << Qt::endl;
    timer.restart();
    auto in = PlannerLoader::load(t.plan(), period.value());
    const qint64 loadMs = timer.elapsed();
    if (!in)
        return;
    timer.restart();
    auto r = Planner::solve(in.value());
    out << "plan " << demo->planningPeriod << " of the demo: load " << loadMs << " ms, solve " << timer.elapsed()
        << " ms, " << (r ? r->placed.size() : -1) << " placed, " << (r ? r->unplaced.size() : -1) << " unplaced"
        << Qt::endl;
    if (r)
        benchApply(out, t.plan(), in.value(), r.value());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    // --planner-only: just the planner on the large input (for profiling), without glpsol and the demo plan
    const bool plannerOnly = app.arguments().contains(QStringLiteral("--planner-only"));
    benchPlanner(out, !plannerOnly);
    if (!plannerOnly)
        benchCheck(out);
    return 0;
}
