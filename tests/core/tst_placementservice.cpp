#include "PlanningFixture.h"
#include "ResultAssert.h"
#include "TestSupport.h"
#include "placements/PlacementService.h"
#include "planning/Planner.h"
#include "planning/PlannerApplier.h"
#include "planning/PlannerLoader.h"

#include <QTest>

using namespace praksis;

// The placements' one write path as the planner's applier uses it (issue 16): apply a plan, move the period, apply
// again — the moved placements' checklist due dates and planned meetings follow their new dates, exactly as a new
// placement's on those dates are made, and the placements of students the plan no longer places go with their
// checklists and meetings.
class TestPlacementService : public QObject
{
    Q_OBJECT

    static QString checklist(PlanFile &plan, qint64 id)
    {
        return test::scalar(plan,
                            QStringLiteral("SELECT group_concat(text_id || ' ' || due_date, ', ') FROM (SELECT "
                                           "text_id, due_date FROM checklist_items WHERE placement_id = ? "
                                           "ORDER BY text_id, due_date)"),
                            {id})
            .toString();
    }
    static QString meetings(PlanFile &plan, qint64 id)
    {
        return test::scalar(plan,
                            QStringLiteral("SELECT group_concat(kind || ' ' || planned_date, ', ') FROM (SELECT "
                                           "kind, planned_date FROM assessment_meetings WHERE placement_id = ? "
                                           "ORDER BY kind, planned_date)"),
                            {id})
            .toString();
    }
    static int owned(PlanFile &plan, qint64 id)
    {
        return test::scalar(plan,
                            QStringLiteral("SELECT (SELECT count(*) FROM checklist_items WHERE placement_id = ?) + "
                                           "(SELECT count(*) FROM assessment_meetings WHERE placement_id = ?)"),
                            {id, id})
            .toInt();
    }

private slots:
    void applyMovePeriodApplyAgain_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("dropped"); // students the second plan no longer places
        // the steps: the period a week later
        QTest::newRow("a week later") << QStringLiteral("2027-01-18") << QStringLiteral("2027-03-12") << 0;
        QTest::newRow("two weeks earlier") << QStringLiteral("2026-12-28") << QStringLiteral("2027-02-19") << 0;
        QTest::newRow("longer, same start") << QStringLiteral("2027-01-11") << QStringLiteral("2027-03-26") << 0;
        QTest::newRow("later, one unplaced") << QStringLiteral("2027-01-18") << QStringLiteral("2027-03-12") << 1;
        QTest::newRow("same dates, two unplaced") << QStringLiteral("2027-01-11") << QStringLiteral("2027-03-05") << 2;
    }
    void applyMovePeriodApplyAgain()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(int, dropped);
        test::TempPlan t;
        PlanFile &plan = t.plan();
        test::PlanningFixture f(plan);
        const qint64 school = f.school(QStringLiteral("OsloMet"));
        const qint64 prog = f.programme(school, QStringLiteral("Sykepleie"));
        const qint64 site = f.site(QStringLiteral("Solbakken"), QStringLiteral("sykehjem"), 5);
        f.supervisor(site, QStringLiteral("Anne"), 5);
        const qint64 p = f.period(QStringLiteral("Vår 2027"), QStringLiteral("2027-01-11"),
                                  QStringLiteral("2027-03-05"), {QStringLiteral("sykehjem")}, {prog});
        for (int i = 0; i < 3; ++i)
            f.student(school, prog, QString::number(300 + i), QStringLiteral("S%1").arg(i));
        const auto applyOnce = [&](int drop) -> PlannerApplied {
            auto in = PlannerLoader::load(plan, p);
            if (!in)
                return {};
            auto r = Planner::solve(in.value());
            if (!r)
                return {};
            r->placed.resize(r->placed.size() - drop);
            auto applied = PlannerApplier::apply(plan, in.value(), r.value());
            return applied ? applied.value() : PlannerApplied{};
        };
        const PlannerApplied first = applyOnce(0);
        QCOMPARE(first.inserted.size(), 3);
        QHash<qint64, QString> checklistBefore, meetingsBefore;
        for (qint64 id : first.inserted) {
            checklistBefore[id] = checklist(plan, id);
            meetingsBefore[id] = meetings(plan, id);
            QVERIFY(!checklistBefore[id].isEmpty());
            QVERIFY(!meetingsBefore[id].isEmpty());
        }

        // the period on its new dates, as `import periods` with a new Start and Slutt does
        QVERIFY(test::scalar(plan,
                             QStringLiteral("UPDATE periods SET start_date = ?, end_date = ? WHERE id = ? "
                                            "RETURNING id"),
                             {start, end, p})
                    .isValid());
        const PlannerApplied second = applyOnce(dropped);
        const bool datesMoved = start != QStringLiteral("2027-01-11") || end != QStringLiteral("2027-03-05");
        QCOMPARE(second.updated.size(), datesMoved ? 3 - dropped : 0);
        QCOMPARE(second.removed.size(), dropped);

        // before a new placement can take a removed one's id
        for (qint64 id : second.removed) {
            QVERIFY(first.inserted.contains(id));
            QVERIFY(!PlacementRepository(plan).get(id).ok());
            QCOMPARE(owned(plan, id), 0);
        }

        // what a new placement on the new dates is given: what the moved ones must now have
        const qint64 other = f.student(school, prog, QStringLiteral("399"), QStringLiteral("Ny"));
        Placement fresh;
        fresh.studentId = other;
        fresh.siteId = site;
        fresh.periodId = p;
        auto freshId = PlacementService(plan).insert(fresh);
        QVERIFY2(freshId.ok(), qPrintable(freshId.ok() ? QString() : freshId.error().message));
        for (qint64 id : second.updated) {
            QCOMPARE(test::scalar(plan,
                                  QStringLiteral("SELECT start_date || ' ' || end_date FROM placements "
                                                 "WHERE id = ?"),
                                  {id})
                         .toString(),
                     start + u' ' + end);
            QCOMPARE(checklist(plan, id), checklist(plan, freshId.value()));
            QCOMPARE(meetings(plan, id), meetings(plan, freshId.value()));
            QVERIFY(checklist(plan, id) != checklistBefore.value(id));
        }
        if (!datesMoved)
            for (qint64 id : first.inserted)
                if (!second.removed.contains(id)) {
                    QCOMPARE(checklist(plan, id), checklistBefore.value(id));
                    QCOMPARE(meetings(plan, id), meetingsBefore.value(id));
                }
    }

    // update() is the same rule for one placement moved by hand, and moving it back restores every date.
    void updateFollowsAndMovesBack_data()
    {
        QTest::addColumn<int>("startShift");
        QTest::addColumn<int>("endShift");
        QTest::newRow("a week later") << 7 << 7;
        QTest::newRow("three days earlier") << -3 << -3;
        QTest::newRow("end only") << 0 << 14;
    }
    void updateFollowsAndMovesBack()
    {
        QFETCH(int, startShift);
        QFETCH(int, endShift);
        test::TempPlan t;
        PlanFile &plan = t.plan();
        test::PlanningFixture f(plan);
        const qint64 school = f.school(QStringLiteral("OsloMet"));
        const qint64 prog = f.programme(school, QStringLiteral("Sykepleie"));
        const qint64 site = f.site(QStringLiteral("Solbakken"), QStringLiteral("sykehjem"), 5);
        const qint64 p = f.period(QStringLiteral("Vår 2027"), QStringLiteral("2027-01-11"),
                                  QStringLiteral("2027-03-05"), {QStringLiteral("sykehjem")}, {prog});
        PlacementService service(plan);
        Placement a;
        a.studentId = f.student(school, prog, QStringLiteral("1"), QStringLiteral("A"));
        a.siteId = site;
        a.periodId = p;
        a.id = service.insert(a).value();
        a = service.get(a.id).value();
        const QString checklistWas = checklist(plan, a.id), meetingsWas = meetings(plan, a.id);

        Placement moved = a;
        moved.start = a.start.addDays(startShift);
        moved.end = a.end.addDays(endShift);
        PRAKSIS_VERIFY_OK(service.update(moved));
        Placement b;
        b.studentId = f.student(school, prog, QStringLiteral("2"), QStringLiteral("B"));
        b.siteId = site;
        b.periodId = p;
        b.start = moved.start;
        b.end = moved.end;
        const qint64 bId = service.insert(b).value();
        QCOMPARE(checklist(plan, a.id), checklist(plan, bId));
        QCOMPARE(meetings(plan, a.id), meetings(plan, bId));

        PRAKSIS_VERIFY_OK(service.update(a));
        QCOMPARE(checklist(plan, a.id), checklistWas);
        QCOMPARE(meetings(plan, a.id), meetingsWas);
    }
};

QTEST_GUILESS_MAIN(TestPlacementService)
#include "tst_placementservice.moc"
