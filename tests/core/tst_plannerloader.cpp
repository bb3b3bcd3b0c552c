#include "PlanningFixture.h"
#include "TestSupport.h"
#include "planning/Planner.h"
#include "planning/PlannerApplier.h"
#include "planning/PlannerLoader.h"

#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {

using Student = PlannerInput::Student;

const Student *studentOf(const PlannerInput &in, qint64 id)
{
    for (const Student &st : in.students)
        if (st.id == id)
            return &st;
    return nullptr;
}

const PlannerInput::Site *siteOf(const PlannerInput &in, qint64 id)
{
    for (const PlannerInput::Site &s : in.sites)
        if (s.id == id)
            return &s;
    return nullptr;
}

const PlannerInput::Supervisor *supervisorOf(const PlannerInput &in, qint64 id)
{
    for (const PlannerInput::Supervisor &v : in.supervisors)
        if (v.id == id)
            return &v;
    return nullptr;
}

const PlannerResult::Placed *placedOf(const PlannerResult &r, qint64 studentId)
{
    for (const PlannerResult::Placed &p : r.placed)
        if (p.studentId == studentId)
            return &p;
    return nullptr;
}

const PlannerResult::Unplaced *unplacedOf(const PlannerResult &r, qint64 studentId)
{
    for (const PlannerResult::Unplaced &u : r.unplaced)
        if (u.studentId == studentId)
            return &u;
    return nullptr;
}

// A school with two programmes: the period's (nursing) and another whose students only fill sites at the dates.
struct Base
{
    explicit Base(PlanFile &plan)
        : f(plan)
    {
        school = f.school(u"OsloMet"_s);
        nursing = f.programme(school, u"Sykepleie"_s);
        other = f.programme(school, u"Vernepleie"_s);
    }
    test::PlanningFixture f;
    qint64 school = 0, nursing = 0, other = 0;
};

} // namespace

// PlannerLoader reads a period's planning problem from the plan. Each expected value below is worked out by hand
// from the small plan the test builds (the period runs 2.–27. March 2026, Monday to Friday of four weeks).
class TestPlannerLoader : public QObject
{
    Q_OBJECT

private slots:
    // PRODUCT.md section 2: a period's site kinds limit where its students may go; a period that names none
    // accepts every kind.
    void periodWithoutSiteKindsAcceptsEveryKind()
    {
        test::TempPlan t;
        Base b(t.plan());
        const qint64 home = b.f.site(u"Solbakken"_s, u"sykehjem"_s, 2);
        const qint64 care = b.f.site(u"Hjemmetjenesten"_s, u"hjemmetjeneste"_s, 2);
        b.f.supervisor(home, u"Anne"_s, 2);
        b.f.supervisor(care, u"Hege"_s, 2);
        const qint64 open = b.f.period(u"Åpen"_s, u"2026-03-02"_s, u"2026-03-27"_s, {}, {b.nursing});
        const qint64 narrow = b.f.period(u"Sykehjem"_s, u"2026-04-06"_s, u"2026-05-01"_s, {u"sykehjem"_s}, {b.nursing});
        const qint64 kari = b.f.student(b.school, b.nursing, u"100"_s, u"Kari"_s);
        b.f.preference(kari, open, 1, care);

        auto in = PlannerLoader::load(t.plan(), open);
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
        QVERIFY(siteOf(*in, home)->eligible);
        QVERIFY(siteOf(*in, care)->eligible);
        auto r = Planner::solve(*in);
        QVERIFY(r.ok());
        QVERIFY(placedOf(*r, kari));
        QCOMPARE(placedOf(*r, kari)->siteId, care); // her first choice, a kind the period does not name

        auto in2 = PlannerLoader::load(t.plan(), narrow);
        QVERIFY(in2.ok());
        QVERIFY(siteOf(*in2, home)->eligible);
        QVERIFY(!siteOf(*in2, care)->eligible);
    }

    // Rule 1: a student is never at two places at once. A placement of another period that shares at least one day
    // with this period (both ends count) makes her "already placed"; a cancelled one does not.
    void alreadyPlacedAtTheSameDates_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("alreadyPlaced");
        QTest::newRow("overlapping the first week") << u"2026-02-16"_s << u"2026-03-06"_s << u"planned"_s << true;
        QTest::newRow("inside the period") << u"2026-03-09"_s << u"2026-03-13"_s << u"confirmed"_s << true;
        QTest::newRow("around the period") << u"2026-02-02"_s << u"2026-04-30"_s << u"planned"_s << true;
        QTest::newRow("ends on the first day") << u"2026-02-02"_s << u"2026-03-02"_s << u"planned"_s << true;
        QTest::newRow("starts on the last day") << u"2026-03-27"_s << u"2026-04-24"_s << u"planned"_s << true;
        QTest::newRow("ends the day before") << u"2026-02-02"_s << u"2026-03-01"_s << u"planned"_s << false;
        QTest::newRow("starts the day after") << u"2026-03-28"_s << u"2026-04-24"_s << u"planned"_s << false;
        QTest::newRow("cancelled, overlapping") << u"2026-02-16"_s << u"2026-03-06"_s << u"cancelled"_s << false;
    }
    void alreadyPlacedAtTheSameDates()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, status);
        QFETCH(bool, alreadyPlaced);
        test::TempPlan t;
        Base b(t.plan());
        const qint64 home = b.f.site(u"Solbakken"_s, u"sykehjem"_s, 5);
        const qint64 elsewhere = b.f.site(u"Fjordheim"_s, u"sykehjem"_s, 5);
        const qint64 anne = b.f.supervisor(home, u"Anne"_s, 5);
        const qint64 berit = b.f.supervisor(elsewhere, u"Berit"_s, 5);
        const qint64 period = b.f.period(u"Mars"_s, u"2026-03-02"_s, u"2026-03-27"_s, {}, {b.nursing});
        const qint64 earlier = b.f.period(u"Annen"_s, from, to, {}, {b.other});
        const qint64 kari = b.f.student(b.school, b.nursing, u"100"_s, u"Kari"_s);
        b.f.preference(kari, period, 1, home);
        b.f.placement(kari, elsewhere, berit, earlier, from, to, status);

        auto in = PlannerLoader::load(t.plan(), period);
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
        QVERIFY(studentOf(*in, kari));
        QCOMPARE(studentOf(*in, kari)->status,
                 alreadyPlaced ? Student::Status::AlreadyPlaced : Student::Status::ToPlan);
        // her other placement takes one of Fjordheim's and Berit's five places only when it shares a day
        const int taken = alreadyPlaced ? 1 : 0;
        QCOMPARE(siteOf(*in, elsewhere)->room, 5 - taken);
        QCOMPARE(supervisorOf(*in, berit)->room, 5 - taken);
        QCOMPARE(supervisorOf(*in, anne)->room, 5);

        auto r = Planner::solve(*in);
        QVERIFY(r.ok());
        if (alreadyPlaced) {
            QVERIFY(!placedOf(*r, kari)); // not double-booked
            QVERIFY(unplacedOf(*r, kari));
            QCOMPARE(unplacedOf(*r, kari)->reason, PlannerResult::Reason::AlreadyPlaced);
            QVERIFY2(unplacedOf(*r, kari)->explanation.contains(u"Fjordheim"_s),
                     qPrintable(unplacedOf(*r, kari)->explanation));
            QCOMPARE(r->totalCost, 0);
        } else {
            QVERIFY(placedOf(*r, kari));
            QCOMPARE(placedOf(*r, kari)->siteId, home);
            QCOMPARE(r->totalCost, 0);
        }
    }

    // A supervisor's room is her maximum less the students she has on the busiest day of the period, not on its
    // first or last day: here two on 9.–13. March, one on each other working day.
    void supervisorRoomAtTheBusiestDay()
    {
        test::TempPlan t;
        Base b(t.plan());
        const qint64 home = b.f.site(u"Solbakken"_s, u"sykehjem"_s, 10);
        const qint64 anne = b.f.supervisor(home, u"Anne"_s, 3);
        const qint64 period = b.f.period(u"Mars"_s, u"2026-03-02"_s, u"2026-03-27"_s, {}, {b.nursing});
        const qint64 other = b.f.period(u"Vernepleie mars"_s, u"2026-02-02"_s, u"2026-04-30"_s, {}, {b.other});
        const QList<std::pair<QString, QString>> dates = {
            {u"2026-02-23"_s, u"2026-03-13"_s}, {u"2026-03-09"_s, u"2026-03-20"_s}, {u"2026-03-23"_s, u"2026-04-17"_s}};
        int number = 900;
        for (const auto &[from, to] : dates) {
            const qint64 s = b.f.student(b.school, b.other, QString::number(number++), u"Ola"_s);
            b.f.placement(s, home, anne, other, from, to, u"confirmed"_s);
        }
        QList<qint64> nurses;
        for (int i = 0; i < 3; ++i) {
            nurses << b.f.student(b.school, b.nursing, QString::number(100 + i), u"Kari"_s);
            b.f.preference(nurses.last(), period, 1, home);
        }

        auto in = PlannerLoader::load(t.plan(), period);
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
        QCOMPARE(supervisorOf(*in, anne)->room, 3 - 2);
        QCOMPARE(siteOf(*in, home)->room, 10 - 2);
        auto r = Planner::solve(*in);
        QVERIFY(r.ok());
        QCOMPARE(r->placed.size(), 1); // Anne can take one more for the whole period
        QCOMPARE(r->unplaced.size(), 2);
        QCOMPARE(r->totalCost, 0 + 2 * 1000);

        // the busiest day at the end of the period instead: the same room
        const qint64 s = b.f.student(b.school, b.other, u"950"_s, u"Per"_s);
        b.f.placement(s, home, anne, other, u"2026-03-26"_s, u"2026-04-10"_s, u"confirmed"_s);
        auto in2 = PlannerLoader::load(t.plan(), period);
        QVERIFY(in2.ok());
        QCOMPARE(supervisorOf(*in2, anne)->room, 3 - 2);
    }

    // The preview's comparison with the plan as it is: a planner-made placement that keeps its site but gets
    // another supervisor has moved; one that keeps both is unchanged. Applying writes exactly that.
    void supervisorChangeIsAMove()
    {
        test::TempPlan t;
        Base b(t.plan());
        const qint64 home = b.f.site(u"Solbakken"_s, u"sykehjem"_s, 5);
        const qint64 anne = b.f.supervisor(home, u"Anne"_s, 2);
        const qint64 astrid = b.f.supervisor(home, u"Astrid"_s, 2);
        const qint64 fjord = b.f.site(u"Fjordheim"_s, u"sykehjem"_s, 5);
        const qint64 berit = b.f.supervisor(fjord, u"Berit"_s, 2);
        const qint64 period = b.f.period(u"Mars"_s, u"2026-03-02"_s, u"2026-03-27"_s, {}, {b.nursing});
        const qint64 kari = b.f.student(b.school, b.nursing, u"100"_s, u"Kari"_s);
        const qint64 ola = b.f.student(b.school, b.nursing, u"101"_s, u"Ola"_s);
        b.f.preference(kari, period, 1, home);
        b.f.preference(ola, period, 1, fjord);
        const qint64 karis =
            b.f.placement(kari, home, anne, period, u"2026-03-02"_s, u"2026-03-27"_s, u"planned"_s, false);
        const qint64 olas =
            b.f.placement(ola, fjord, berit, period, u"2026-03-02"_s, u"2026-03-27"_s, u"planned"_s, false);
        // Anne is away for a day of the period: Kari stays at Solbakken, with Astrid
        b.f.absence(anne, u"2026-03-16"_s, u"2026-03-16"_s);

        auto in = PlannerLoader::load(t.plan(), period);
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
        QCOMPARE(studentOf(*in, kari)->currentSiteId, home);
        QCOMPARE(studentOf(*in, kari)->currentSupervisorId, anne);
        QCOMPARE(supervisorOf(*in, anne)->room, 0);
        auto r = Planner::solve(*in);
        QVERIFY(r.ok());
        QCOMPARE(placedOf(*r, kari)->siteId, home);
        QCOMPARE(placedOf(*r, kari)->supervisorId, astrid);
        QCOMPARE(placedOf(*r, ola)->supervisorId, berit);
        QCOMPARE(r->comparison.moved, 1);
        QCOMPARE(r->comparison.unchanged, 1);
        QCOMPARE(r->comparison.added, 0);
        QCOMPARE(r->comparison.removed, 0);

        auto applied = PlannerApplier::apply(t.plan(), *in, *r);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        QCOMPARE(applied->updated, QList<qint64>{karis});
        QCOMPARE(applied->unchanged, 1);
        QVERIFY(applied->inserted.isEmpty() && applied->removed.isEmpty());
        QCOMPARE(test::scalar(t.plan(), u"SELECT supervisor_id FROM placements WHERE id = ?"_s, {karis}).toLongLong(),
                 astrid);
        QCOMPARE(test::scalar(t.plan(), u"SELECT supervisor_id FROM placements WHERE id = ?"_s, {olas}).toLongLong(),
                 berit);
    }

    // The cost table comes from the plan's settings (PRODUCT.md section 6). Kari's first choice is full, so she goes
    // to her second or third choice, whichever the settings make cheaper.
    void costsFromTheSettings_data()
    {
        QTest::addColumn<int>("choice2");
        QTest::addColumn<int>("choice3");
        QTest::addColumn<int>("expectedChoice");
        QTest::addColumn<int>("expectedCost");
        QTest::newRow("defaults") << -1 << -1 << 2 << 1;
        QTest::newRow("second cheaper") << 5 << 7 << 2 << 5;
        QTest::newRow("third cheaper") << 9 << 4 << 3 << 4;
    }
    void costsFromTheSettings()
    {
        QFETCH(int, choice2);
        QFETCH(int, choice3);
        QFETCH(int, expectedChoice);
        QFETCH(int, expectedCost);
        test::TempPlan t;
        Base b(t.plan());
        const qint64 full = b.f.site(u"Solbakken"_s, u"sykehjem"_s, 0);
        const qint64 second = b.f.site(u"Fjordheim"_s, u"sykehjem"_s, 1);
        const qint64 third = b.f.site(u"Lia"_s, u"sykehjem"_s, 1);
        b.f.supervisor(full, u"Anne"_s, 1);
        b.f.supervisor(second, u"Berit"_s, 1);
        b.f.supervisor(third, u"Cecilie"_s, 1);
        const qint64 period = b.f.period(u"Mars"_s, u"2026-03-02"_s, u"2026-03-27"_s, {}, {b.nursing});
        const qint64 kari = b.f.student(b.school, b.nursing, u"100"_s, u"Kari"_s);
        b.f.preference(kari, period, 1, full);
        b.f.preference(kari, period, 2, second);
        b.f.preference(kari, period, 3, third);
        if (choice2 >= 0) {
            test::insert(t.plan(), u"INSERT INTO settings (key, value) VALUES ('planner/costChoice2', ?)"_s,
                         {QString::number(choice2)});
            test::insert(t.plan(), u"INSERT INTO settings (key, value) VALUES ('planner/costChoice3', ?)"_s,
                         {QString::number(choice3)});
        }

        auto in = PlannerLoader::load(t.plan(), period);
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
        QCOMPARE(in->costs.choice2, choice2 >= 0 ? choice2 : 1);
        QCOMPARE(in->costs.choice3, choice3 >= 0 ? choice3 : 2);
        auto r = Planner::solve(*in);
        QVERIFY(r.ok());
        QVERIFY(placedOf(*r, kari));
        QCOMPARE(placedOf(*r, kari)->choice, expectedChoice);
        QCOMPARE(placedOf(*r, kari)->siteId, expectedChoice == 2 ? second : third);
        QCOMPARE(r->totalCost, expectedCost);
    }
};

QTEST_GUILESS_MAIN(TestPlannerLoader)
#include "tst_plannerloader.moc"
