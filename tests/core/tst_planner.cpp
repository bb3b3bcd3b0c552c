#include "PlanningFixture.h"
#include "TestSupport.h"
#include "planning/ConflictChecker.h"
#include "planning/Planner.h"
#include "planning/PlannerApplier.h"
#include "planning/PlannerLoader.h"
#include "placements/PlacementService.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

using namespace praksis;

namespace {

using Student = PlannerInput::Student;

// The cost table of PRODUCT.md section 6, written again here so the test does not trust the planner's own.
int costOf(const PlannerInput &in, const Student &st, const PlannerInput::Site &site)
{
    if (!site.eligible || st.excluded.contains(site.id))
        return -1;
    int cost = in.costs.notChosen;
    if (st.choices.value(0) == site.id)
        cost = in.costs.choice1;
    else if (st.choices.value(1) == site.id)
        cost = in.costs.choice2;
    else if (st.choices.value(2) == site.id)
        cost = in.costs.choice3;
    if (st.visited.contains(site.id))
        cost += in.costs.revisit;
    return cost;
}

// A student can be placed at a site when it is eligible, not excluded, and the site and its supervisors have room.
// Supervisors of one site are interchangeable, so a site can take min(room, sum of its supervisors' room).
QList<int> siteLimits(const PlannerInput &in)
{
    QList<int> limits;
    for (const PlannerInput::Site &s : in.sites) {
        int sup = 0;
        for (const PlannerInput::Supervisor &v : in.supervisors)
            if (v.siteId == s.id)
                sup += v.room;
        limits << std::min(s.room, sup);
    }
    return limits;
}

// Exhaustive search over every assignment of the students to a site or to nothing.
qint64 bruteForce(const PlannerInput &in)
{
    QList<const Student *> students;
    for (const Student &s : in.students)
        if (s.status == Student::Status::ToPlan)
            students << &s;
    const QList<int> limits = siteLimits(in);
    QList<int> used(in.sites.size(), 0);
    qint64 best = std::numeric_limits<qint64>::max();
    std::function<void(int, qint64)> go = [&](int i, qint64 cost) {
        if (cost >= best)
            return;
        if (i == students.size()) {
            best = cost;
            return;
        }
        go(i + 1, cost + in.costs.unplaced);
        for (int s = 0; s < in.sites.size(); ++s) {
            const int c = costOf(in, *students[i], in.sites[s]);
            if (c < 0 || used[s] >= limits[s])
                continue;
            ++used[s];
            go(i + 1, cost + c);
            --used[s];
        }
    };
    go(0, 0);
    return best;
}

PlannerInput randomInput(std::mt19937 &rng, int students, int sites, bool oddCosts)
{
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    PlannerInput in;
    in.periodId = 1;
    in.periodName = QStringLiteral("P");
    in.start = QDate(2026, 1, 5);
    in.end = QDate(2026, 2, 27);
    if (oddCosts)
        in.costs = PlannerCosts{pick(0, 12), pick(0, 12), pick(0, 12), pick(0, 12), pick(0, 25), pick(0, 30)};
    qint64 supervisorId = 100;
    for (int s = 0; s < sites; ++s) {
        PlannerInput::Site site;
        site.id = 10 + s * 3; // ids with gaps
        site.name = QStringLiteral("Site %1").arg(site.id);
        site.eligible = pick(0, 5) > 0;
        site.capacity = pick(0, 3);
        site.room = pick(0, site.capacity);
        in.sites << site;
        const int n = pick(0, 3);
        for (int v = 0; v < n; ++v) {
            PlannerInput::Supervisor sv;
            sv.id = supervisorId++;
            sv.siteId = site.id;
            sv.name = QStringLiteral("Sup %1").arg(sv.id);
            sv.absent = pick(0, 4) == 0;
            sv.room = sv.absent ? 0 : pick(0, 2);
            in.supervisors << sv;
        }
    }
    for (int i = 0; i < students; ++i) {
        Student st;
        st.id = 1000 + i * 7;
        st.name = QStringLiteral("Student %1").arg(st.id);
        st.studentNumber = QString::number(st.id);
        const int status = pick(0, 9);
        st.status = status == 0 ? Student::Status::Kept : Student::Status::ToPlan;
        QList<qint64> ids;
        for (const auto &s : std::as_const(in.sites))
            ids << s.id;
        std::shuffle(ids.begin(), ids.end(), rng);
        const int choices = std::min<int>(pick(0, 3), int(ids.size()));
        st.choices = ids.mid(0, choices);
        for (qint64 id : std::as_const(ids)) {
            if (pick(0, 6) == 0)
                st.excluded << id;
            else if (pick(0, 5) == 0)
                st.visited << id;
        }
        in.students << st;
    }
    return in;
}

// Checks the plan against every hard limit and recomputes its cost from scratch.
QString violations(const PlannerInput &in, const PlannerResult &r, qint64 *cost)
{
    QHash<qint64, const PlannerInput::Site *> sites;
    for (const auto &s : in.sites)
        sites.insert(s.id, &s);
    QHash<qint64, const PlannerInput::Supervisor *> sups;
    for (const auto &v : in.supervisors)
        sups.insert(v.id, &v);
    QHash<qint64, const Student *> students;
    for (const auto &s : in.students)
        students.insert(s.id, &s);
    QHash<qint64, int> atSite, atSup;
    QSet<qint64> seen;
    qint64 total = 0;
    for (const auto &p : r.placed) {
        const Student *st = students.value(p.studentId);
        if (!st || st->status != Student::Status::ToPlan)
            return QStringLiteral("placed a student not to plan: %1").arg(p.studentId);
        if (seen.contains(p.studentId))
            return QStringLiteral("student placed twice");
        seen.insert(p.studentId);
        const auto *site = sites.value(p.siteId);
        const auto *sup = sups.value(p.supervisorId);
        if (!site || !sup || sup->siteId != p.siteId)
            return QStringLiteral("supervisor not of the site");
        const int c = costOf(in, *st, *site);
        if (c < 0)
            return QStringLiteral("excluded or ineligible site used");
        if (c != p.cost)
            return QStringLiteral("reported cost %1, table says %2").arg(p.cost).arg(c);
        if (++atSite[p.siteId] > site->room)
            return QStringLiteral("site over its room");
        if (++atSup[p.supervisorId] > sup->room)
            return QStringLiteral("supervisor over her room (absent: %1)").arg(sup->absent);
        total += c;
    }
    int toPlan = 0;
    for (const auto &s : in.students)
        if (s.status == Student::Status::ToPlan)
            ++toPlan;
    if (r.placed.size() + r.unplaced.size() != toPlan)
        return QStringLiteral("placed + unplaced is not the students to plan");
    total += qint64(in.costs.unplaced) * r.unplaced.size();
    *cost = total;
    return {};
}

// The assignment problem as a MIP in CPLEX LP format, written independently of the planner's network.
QString lpModel(const PlannerInput &in)
{
    QString obj, rows, bounds, generals;
    const QList<int> limits = siteLimits(in);
    QHash<qint64, QStringList> perSite;
    for (const Student &st : in.students) {
        if (st.status != Student::Status::ToPlan)
            continue;
        QString assign = QStringLiteral(" + y%1").arg(st.id);
        obj += QStringLiteral("\n + %1 y%2").arg(in.costs.unplaced).arg(st.id);
        generals += QStringLiteral("\n y%1").arg(st.id);
        for (int s = 0; s < in.sites.size(); ++s) {
            const int c = costOf(in, st, in.sites[s]);
            if (c < 0 || limits[s] <= 0)
                continue;
            const QString x = QStringLiteral("x%1_%2").arg(st.id).arg(in.sites[s].id);
            obj += QStringLiteral("\n + %1 %2").arg(c).arg(x);
            assign += QStringLiteral("\n + ") + x;
            perSite[in.sites[s].id] << x;
            generals += QStringLiteral("\n ") + x;
        }
        rows += QStringLiteral(" one%1: %2 = 1\n").arg(st.id).arg(assign);
    }
    for (int s = 0; s < in.sites.size(); ++s)
        if (perSite.contains(in.sites[s].id))
            rows += QStringLiteral(" cap%1: %2 <= %3\n")
                        .arg(in.sites[s].id)
                        .arg(perSite[in.sites[s].id].join(QStringLiteral("\n + ")))
                        .arg(limits[s]);
    return QStringLiteral("Minimize\n obj:") + obj + QStringLiteral("\nSubject To\n") + rows +
           QStringLiteral("Binary\n") + generals + QStringLiteral("\nEnd\n");
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void optimalOnSmallInstances_data()
    {
        QTest::addColumn<bool>("oddCosts");
        QTest::newRow("default costs") << false;
        QTest::newRow("random costs") << true;
    }

    void optimalOnSmallInstances()
    {
        QFETCH(bool, oddCosts);
        std::mt19937 rng(oddCosts ? 7 : 3);
        for (int round = 0; round < 400; ++round) {
            const PlannerInput in = randomInput(rng, 1 + round % 6, 1 + (round / 6) % 4, oddCosts);
            auto r = Planner::solve(in);
            QVERIFY(r.ok());
            qint64 cost = 0;
            const QString broken = violations(in, r.value(), &cost);
            QVERIFY2(broken.isEmpty(), qPrintable(broken));
            QCOMPARE(cost, r->totalCost);
            QCOMPARE(r->totalCost, bruteForce(in));
            for (const auto &u : r->unplaced)
                QVERIFY(!u.explanation.isEmpty());
            for (const auto &p : r->placed)
                QVERIFY(!p.explanation.isEmpty());
        }
    }

    void sameOptimumAsGlpk()
    {
        const QString glpsol = QStandardPaths::findExecutable(QStringLiteral("glpsol"));
        if (glpsol.isEmpty())
            QSKIP("glpsol (glpk-utils) is not installed");
        QTemporaryDir dir;
        std::mt19937 rng(11);
        for (int round = 0; round < 8; ++round) {
            const PlannerInput in = randomInput(rng, 40 + 10 * round, 12 + round, round % 2 == 1);
            auto r = Planner::solve(in);
            QVERIFY(r.ok());
            qint64 cost = 0;
            const QString broken = violations(in, r.value(), &cost);
            QVERIFY2(broken.isEmpty(), qPrintable(broken));
            QCOMPARE(cost, r->totalCost);

            const QString lp = dir.filePath(QStringLiteral("m%1.lp").arg(round));
            const QString out = dir.filePath(QStringLiteral("m%1.txt").arg(round));
            QFile f(lp);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(lpModel(in).toUtf8());
            f.close();
            QProcess p;
            p.start(glpsol, {QStringLiteral("--lp"), lp, QStringLiteral("-o"), out});
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().right(600).constData());
            QFile sol(out);
            QVERIFY(sol.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(sol.readAll());
            static const QRegularExpression objective(QStringLiteral("Objective:\\s+obj = (-?\\d+)"));
            const auto m = objective.match(text);
            QVERIFY2(m.hasMatch(), qPrintable(text.left(400)));
            QVERIFY(text.contains(QStringLiteral("INTEGER OPTIMAL")));
            QCOMPARE(r->totalCost, m.captured(1).toLongLong());
        }
    }

    void sameInputSamePlan()
    {
        std::mt19937 rng(5);
        PlannerInput in = randomInput(rng, 300, 40, false);
        // many ties: everyone has the same choices
        for (Student &s : in.students)
            s.choices = {in.sites[0].id, in.sites[1].id};
        auto a = Planner::solve(in);
        auto b = Planner::solve(in);
        PlannerInput shuffled = in;
        std::shuffle(shuffled.students.begin(), shuffled.students.end(), rng);
        std::shuffle(shuffled.sites.begin(), shuffled.sites.end(), rng);
        std::shuffle(shuffled.supervisors.begin(), shuffled.supervisors.end(), rng);
        auto c = Planner::solve(shuffled);
        QVERIFY(a.ok() && b.ok() && c.ok());
        auto key = [](const PlannerResult &r) {
            QList<std::tuple<qint64, qint64, qint64>> k;
            for (const auto &p : r.placed)
                k << std::tuple(p.studentId, p.siteId, p.supervisorId);
            return k;
        };
        QVERIFY(!a->placed.isEmpty());
        QCOMPARE(key(a.value()), key(b.value()));
        QCOMPARE(key(a.value()), key(c.value()));
    }

    void explanations()
    {
        PlannerInput in;
        in.periodId = 1;
        in.sites = {{1, QStringLiteral("Solbakken"), true, 1, 1},
                    {2, QStringLiteral("Fjordheim"), true, 1, 1},
                    {3, QStringLiteral("Lia"), true, 5, 5},
                    {4, QStringLiteral("Tunet"), false, 5, 5}};
        in.supervisors = {{11, 1, QStringLiteral("A"), 2, false},
                          {12, 2, QStringLiteral("B"), 2, false},
                          {13, 3, QStringLiteral("C"), 0, true},
                          {14, 4, QStringLiteral("D"), 2, false}};
        Student kari{1,
                     QStringLiteral("Kari"),
                     QStringLiteral("1"),
                     QStringLiteral("S"),
                     Student::Status::ToPlan,
                     {},
                     {1, 2},
                     {},
                     {},
                     0,
                     0};
        kari.choices = {1};
        Student lise = kari;
        lise.id = 2;
        lise.choices = {1, 2};
        lise.name = QStringLiteral("Lise");
        Student mona = kari; // first choice Solbakken, but she has been there before
        mona.id = 3;
        mona.choices = {1};
        mona.visited = {1};
        Student nora = kari;
        nora.id = 4;
        nora.choices = {};
        nora.excluded = {1, 2, 3};
        in.students = {kari, lise, mona, nora};
        auto r = Planner::solve(in);
        QVERIFY(r.ok());
        QCOMPARE(r->placed.size(), 2);
        QCOMPARE(r->placed[0].studentId, 1);
        QCOMPARE(r->placed[0].choice, 1);
        QCOMPARE(r->placed[1].studentId, 2);
        QCOMPARE(r->placed[1].choice, 2);
        QVERIFY2(r->placed[1].explanation.contains(QStringLiteral("Solbakken was full")),
                 qPrintable(r->placed[1].explanation));
        QCOMPARE(r->unplaced.size(), 2);
        QCOMPARE(r->unplaced[0].studentId, 3);
        QCOMPARE(r->unplaced[0].reason, PlannerResult::Reason::NoSupervisorCapacity);
        QVERIFY(r->unplaced[0].explanation.contains(QStringLiteral("Lia")));
        QCOMPARE(r->unplaced[1].reason, PlannerResult::Reason::AllExcluded);
        QCOMPARE(r->totalCost, 0 + 1 + 2 * 1000);
    }

    // From the plan file: capacities, supervisor limits, absence, exclusions and locked placements.
    void loadSolveApply()
    {
        test::TempPlan t;
        test::PlanningFixture f(t.plan());
        const qint64 school = f.school(QStringLiteral("OsloMet"));
        const qint64 prog = f.programme(school, QStringLiteral("Sykepleie"));
        const qint64 other = f.programme(school, QStringLiteral("Vernepleie"));
        const qint64 a = f.site(QStringLiteral("Solbakken"), QStringLiteral("sykehjem"), 2);
        const qint64 b = f.site(QStringLiteral("Fjordheim"), QStringLiteral("sykehjem"), 3);
        const qint64 h = f.site(QStringLiteral("Hjemme"), QStringLiteral("hjemmetjeneste"), 5);
        const qint64 a1 = f.supervisor(a, QStringLiteral("Anne"), 2);
        const qint64 b1 = f.supervisor(b, QStringLiteral("Berit"), 1);
        const qint64 b2 = f.supervisor(b, QStringLiteral("Bodil"), 2);
        f.supervisor(h, QStringLiteral("Hege"), 2);
        f.absence(b2, QStringLiteral("2026-02-10"), QStringLiteral("2026-02-12"));
        const qint64 p = f.period(QStringLiteral("Vår 2026"), QStringLiteral("2026-01-05"),
                                  QStringLiteral("2026-02-27"), {QStringLiteral("sykehjem")}, {prog});
        const qint64 earlier = f.period(QStringLiteral("Høst 2025"), QStringLiteral("2025-09-01"),
                                        QStringLiteral("2025-10-31"), {QStringLiteral("sykehjem")}, {prog});
        f.capacity(p, b, 2);
        QList<qint64> s;
        for (int i = 0; i < 6; ++i)
            s << f.student(school, prog, QString::number(200 + i), QStringLiteral("S%1").arg(i));
        f.student(school, other, QStringLiteral("900"), QStringLiteral("Other"));
        // s0 is placed by hand at Solbakken: locked, kept, counts
        const qint64 locked = f.placement(s[0], a, a1, p, QStringLiteral("2026-01-05"), QStringLiteral("2026-02-27"));
        // s1 withdrew
        f.placement(s[1], a, a1, p, QStringLiteral("2026-01-05"), QStringLiteral("2026-02-27"),
                    QStringLiteral("cancelled"));
        // s2 has been at Solbakken; wants it first
        f.placement(s[2], a, a1, earlier, QStringLiteral("2025-09-01"), QStringLiteral("2025-10-31"),
                    QStringLiteral("completed"));
        f.preference(s[2], p, 1, a);
        f.preference(s[3], p, 1, a);
        f.preference(s[3], p, 2, b);
        f.exclusion(s[4], a);
        f.exclusion(s[4], b);
        f.exclusion(s[5], b);

        auto in = PlannerLoader::load(t.plan(), p);
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
        QCOMPARE(in->students.size(), 6); // not the other programme's student
        auto statusOf = [&](qint64 id) {
            for (const auto &st : in->students)
                if (st.id == id)
                    return st.status;
            return Student::Status::ToPlan;
        };
        QCOMPARE(statusOf(s[0]), Student::Status::Kept);
        QCOMPARE(statusOf(s[1]), Student::Status::Withdrawn);
        QCOMPARE(statusOf(s[2]), Student::Status::ToPlan);
        for (const auto &site : in->sites) {
            if (site.id == a)
                QCOMPARE(site.room, 1); // 2 less the locked placement
            if (site.id == b)
                QCOMPARE(site.room, 2); // the period's override
            if (site.id == h)
                QVERIFY(!site.eligible);
        }
        for (const auto &v : in->supervisors) {
            if (v.id == b2)
                QCOMPARE(v.room, 0); // absent during the period
            if (v.id == a1)
                QCOMPARE(v.room, 1);
        }

        auto r = Planner::solve(in.value());
        QVERIFY(r.ok());
        // room for 1 at Solbakken (a1) and 1 at Fjordheim (b1 only): s3 gets Solbakken (choice 1); s2 would pay
        // 0 + 20 there, so she goes elsewhere at 10; s4 excluded from both; s5 unplaced or placed
        QHash<qint64, PlannerResult::Placed> placed;
        for (const auto &pl : r->placed)
            placed.insert(pl.studentId, pl);
        QCOMPARE(placed.value(s[3]).siteId, a);
        QCOMPARE(placed.value(s[2]).siteId, b);
        QCOMPARE(placed.value(s[2]).supervisorId, b1);
        QVERIFY(!placed.contains(s[4]));
        QCOMPARE(r->placed.size(), 2);
        QCOMPARE(r->totalCost, 0 + 10 + 2 * 1000);

        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        // cancelling writes nothing
        auto cancelled = PlannerApplier::apply(t.plan(), in.value(), r.value(), [](int) { return false; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM placements WHERE locked = 0")).toInt(), 0);
        QCOMPARE(spy.count(), 0);

        auto applied = PlannerApplier::apply(t.plan(), in.value(), r.value());
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        QCOMPARE(applied->inserted.size(), 2);
        // announced: the placements, and the welcome checklists and meetings made for them, each once
        QCOMPARE(spy.count(), 3);
        QList<Entity> announced;
        for (const auto &args : std::as_const(spy))
            announced << args.first().value<Change>().entity;
        QVERIFY(announced.contains(Entity::Placement));
        QVERIFY(announced.contains(Entity::Checklist));
        QVERIFY(announced.contains(Entity::Meeting));
        for (qint64 id : std::as_const(applied->inserted))
            QVERIFY(test::scalar(t.plan(),
                                 QStringLiteral("SELECT count(*) FROM checklist_items WHERE placement_id = ?"), {id})
                        .toInt() > 0);
        for (qint64 id : std::as_const(applied->inserted))
            QVERIFY(test::scalar(t.plan(),
                                 QStringLiteral("SELECT count(*) FROM assessment_meetings WHERE placement_id = ? "
                                                "AND held_date IS NULL AND planned_date IS NOT NULL"),
                                 {id})
                        .toInt() > 0);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM placements WHERE locked = 0 AND "
                                                       "status = 'planned' AND start_date = '2026-01-05' AND "
                                                       "end_date = '2026-02-27'"))
                     .toInt(),
                 2);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT site_id FROM placements WHERE id = ?"), {locked})
                     .toLongLong(),
                 a);
        auto conflicts = ConflictChecker(t.plan()).check(p);
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), 0);

        // an applied plan is stale once the plan has changed
        auto again = PlannerApplier::apply(t.plan(), in.value(), r.value());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);

        // a re-run plans the planner's placements again and proposes the same
        auto in2 = PlannerLoader::load(t.plan(), p);
        QVERIFY(in2.ok());
        auto r2 = Planner::solve(in2.value());
        QVERIFY(r2.ok());
        QCOMPARE(r2->totalCost, r->totalCost);
        QCOMPARE(r2->comparison.unchanged, 2);
        auto applied2 = PlannerApplier::apply(t.plan(), in2.value(), r2.value());
        QVERIFY(applied2.ok());
        QCOMPARE(applied2->unchanged, 2);
        QVERIFY(applied2->inserted.isEmpty() && applied2->updated.isEmpty() && applied2->removed.isEmpty());

        // the locked placement never moves, even when moving it would be cheaper
        QCOMPARE(test::scalar(t.plan(),
                              QStringLiteral("SELECT site_id || '/' || supervisor_id || '/' || locked FROM "
                                             "placements WHERE id = ?"),
                              {locked})
                     .toString(),
                 QStringLiteral("%1/%2/1").arg(a).arg(a1));
    }

    // When the period's dates change, applying the plan again moves its placements, and their checklists and
    // meetings go with them: the same as a new placement on the new dates gets (issue 16).
    void movedPlacementsTakeChecklistAndMeetings()
    {
        test::TempPlan t;
        test::PlanningFixture f(t.plan());
        const qint64 school = f.school(QStringLiteral("OsloMet"));
        const qint64 prog = f.programme(school, QStringLiteral("Sykepleie"));
        const qint64 site = f.site(QStringLiteral("Solbakken"), QStringLiteral("sykehjem"), 5);
        f.supervisor(site, QStringLiteral("Anne"), 5);
        const qint64 p = f.period(QStringLiteral("Vår 2027"), QStringLiteral("2027-01-11"),
                                  QStringLiteral("2027-03-05"), {QStringLiteral("sykehjem")}, {prog});
        for (int i = 0; i < 3; ++i)
            f.student(school, prog, QString::number(300 + i), QStringLiteral("S%1").arg(i));
        const auto applyOnce = [&]() -> PlannerApplied {
            auto in = PlannerLoader::load(t.plan(), p);
            if (!in)
                return {};
            auto r = Planner::solve(in.value());
            if (!r)
                return {};
            auto applied = PlannerApplier::apply(t.plan(), in.value(), r.value());
            return applied ? applied.value() : PlannerApplied{};
        };
        const PlannerApplied first = applyOnce();
        QCOMPARE(first.inserted.size(), 3);
        // a meeting someone held stays where it was
        QVERIFY(test::scalar(t.plan(),
                             QStringLiteral("UPDATE assessment_meetings SET held_date = planned_date WHERE id = "
                                            "(SELECT min(id) FROM assessment_meetings WHERE placement_id = ?) "
                                            "RETURNING held_date"),
                             {first.inserted.first()})
                    .isValid());
        const QString held =
            test::scalar(t.plan(), QStringLiteral("SELECT group_concat(kind || ' ' || planned_date) FROM "
                                                  "assessment_meetings WHERE held_date IS NOT NULL"))
                .toString();
        QVERIFY(!held.isEmpty());

        // the period a week later, as `import periods` with a new Start and Slutt does
        test::scalar(t.plan(),
                     QStringLiteral("UPDATE periods SET start_date = '2027-01-18', end_date = '2027-03-12' "
                                    "WHERE id = ? RETURNING id"),
                     {p});
        const PlannerApplied second = applyOnce();
        QCOMPARE(second.updated.size(), 3);

        // a new placement on the new dates, with its checklist and meetings made the way every new one's are
        const qint64 other = f.student(school, prog, QStringLiteral("399"), QStringLiteral("Ny"));
        Placement fresh;
        fresh.studentId = other;
        fresh.siteId = site;
        fresh.periodId = p;
        auto freshId = PlacementService(t.plan()).insert(fresh);
        QVERIFY2(freshId.ok(), qPrintable(freshId.ok() ? QString() : freshId.error().message));
        const auto checklist = [&](qint64 id) {
            return test::scalar(t.plan(),
                                QStringLiteral("SELECT group_concat(text_id || ' ' || due_date, ', ') FROM (SELECT "
                                               "text_id, due_date FROM checklist_items WHERE placement_id = ? "
                                               "ORDER BY text_id, due_date)"),
                                {id})
                .toString();
        };
        const auto meetings = [&](qint64 id) {
            return test::scalar(t.plan(),
                                QStringLiteral("SELECT group_concat(kind || ' ' || planned_date, ', ') FROM (SELECT "
                                               "kind, planned_date FROM assessment_meetings WHERE placement_id = ? "
                                               "AND held_date IS NULL ORDER BY kind, planned_date)"),
                                {id})
                .toString();
        };
        QVERIFY(!checklist(freshId.value()).isEmpty());
        QVERIFY(!meetings(freshId.value()).isEmpty());
        for (qint64 id : second.updated) {
            QCOMPARE(test::scalar(t.plan(),
                                  QStringLiteral("SELECT start_date || ' ' || end_date FROM placements "
                                                 "WHERE id = ?"),
                                  {id})
                         .toString(),
                     QStringLiteral("2027-01-18 2027-03-12"));
            QCOMPARE(checklist(id), checklist(freshId.value()));
            if (id != first.inserted.first())
                QCOMPARE(meetings(id), meetings(freshId.value()));
        }
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT group_concat(kind || ' ' || planned_date) FROM "
                                                       "assessment_meetings WHERE held_date IS NOT NULL"))
                     .toString(),
                 held);
    }

    void unknownPeriodIsInvalid()
    {
        test::TempPlan t;
        auto id = PlannerLoader::findPeriod(t.plan(), QStringLiteral("Nope"));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, Error::Kind::Invalid);
        QVERIFY(id.error().message.contains(QStringLiteral("Nope")));
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
