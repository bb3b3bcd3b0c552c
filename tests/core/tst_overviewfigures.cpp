#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "storage/OverviewFigures.h"
#include "storage/PlanFile.h"
#include "welcome/Checklists.h"

#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

using test::insert;

// The Overview's chart figures as aggregates (issue 22): placements counted per site kind and date range, spread
// over the weeks they touch; the cancelled left out.
class TestOverviewFigures : public QObject
{
    Q_OBJECT

private slots:
    void perWeekSpreadsRanges_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("weeks"); // four weeks from Monday 24 August 2026
        QTest::newRow("all four weeks") << QDate(2026, 8, 24) << QDate(2026, 9, 18) << 3 << QList<int>{3, 3, 3, 3};
        QTest::newRow("a Friday to a Monday")
            << QDate(2026, 8, 28) << QDate(2026, 8, 31) << 2 << QList<int>{2, 2, 0, 0};
        QTest::newRow("the last week only") << QDate(2026, 9, 14) << QDate(2026, 9, 14) << 1 << QList<int>{0, 0, 0, 1};
        QTest::newRow("beyond both ends") << QDate(2026, 8, 3) << QDate(2026, 10, 30) << 5 << QList<int>{5, 5, 5, 5};
    }

    void perWeekSpreadsRanges()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(int, count);
        QFETCH(QList<int>, weeks);
        const QList<QDate> mondays{QDate(2026, 8, 24), QDate(2026, 8, 31), QDate(2026, 9, 7), QDate(2026, 9, 14)};
        // a second range of another kind must not mix in
        const QList<OverviewFigures::KindRange> ranges{{SiteKind::Sykehjem, start, end, count},
                                                       {SiteKind::Hjemmetjeneste, mondays.at(0), mondays.at(0), 7}};
        const auto perKind = OverviewFigures::perWeek(ranges, mondays);
        QCOMPARE(perKind.value(SiteKind::Sykehjem), weeks);
        QCOMPARE(perKind.value(SiteKind::Hjemmetjeneste), (QList<int>{7, 0, 0, 0}));
    }

    void occupancyCountsPerKindAndRange()
    {
        test::TempPlan plan;
        PlanFile &p = plan.plan();
        const qint64 school = insert(p, u"INSERT INTO schools (name, kind) VALUES ('OsloMet', 'universitet')"_s);
        const qint64 home = insert(p, u"INSERT INTO sites (name, kind) VALUES ('Solbakken', 'sykehjem')"_s);
        const qint64 care = insert(p, u"INSERT INTO sites (name, kind) VALUES ('Nord', 'hjemmetjeneste')"_s);
        const qint64 period = insert(p, u"INSERT INTO periods (name, start_date, end_date, hours_per_week) "
                                        "VALUES ('Høst', '2026-08-24', '2026-10-30', 30)"_s);
        const qint64 other = insert(p, u"INSERT INTO periods (name, start_date, end_date, hours_per_week) "
                                       "VALUES ('Vår', '2027-01-04', '2027-03-26', 30)"_s);
        int number = 0;
        const auto placement = [&](qint64 site, qint64 per, const QString &from, const QString &to,
                                   const QString &status) {
            const qint64 st = insert(p,
                                     u"INSERT INTO students (school_id, student_number, given_name, family_name) "
                                     "VALUES (?, ?, 'Elev', 'Elevsen')"_s,
                                     {school, QString::number(++number)});
            insert(p,
                   u"INSERT INTO placements (student_id, site_id, period_id, start_date, end_date, status) "
                   "VALUES (?, ?, ?, ?, ?, ?)"_s,
                   {st, site, per, from, to, status});
        };
        placement(home, period, u"2026-08-24"_s, u"2026-10-30"_s, u"ongoing"_s);
        placement(home, period, u"2026-08-24"_s, u"2026-10-30"_s, u"planned"_s);
        placement(home, period, u"2026-09-07"_s, u"2026-10-30"_s, u"planned"_s);
        placement(home, period, u"2026-08-24"_s, u"2026-10-30"_s, u"cancelled"_s);
        placement(care, period, u"2026-08-24"_s, u"2026-10-30"_s, u"confirmed"_s);
        placement(care, other, u"2027-01-04"_s, u"2027-03-26"_s, u"planned"_s);

        auto ranges = OverviewFigures::occupancy(p, period);
        QVERIFY(ranges);
        QStringList found;
        for (const auto &r : std::as_const(*ranges))
            found << u"%1 %2 %3 %4"_s.arg(toId(r.kind), r.start.toString(Qt::ISODate), r.end.toString(Qt::ISODate))
                         .arg(r.count);
        found.sort();
        QCOMPARE(found, (QStringList{u"hjemmetjeneste 2026-08-24 2026-10-30 1"_s, u"sykehjem 2026-08-24 2026-10-30 2"_s,
                                     u"sykehjem 2026-09-07 2026-10-30 1"_s}));

        auto dates = OverviewFigures::periodDates(p, period);
        QVERIFY(dates);
        QCOMPARE(dates->first, QDate(2026, 8, 24));
        QCOMPARE(dates->second, QDate(2026, 10, 30));
        auto none = OverviewFigures::periodDates(p, 999);
        QVERIFY(none);
        QVERIFY(!none->first.isValid());

        auto inPeriod = OverviewFigures::statusCounts(p, period);
        QVERIFY(inPeriod);
        QCOMPARE(inPeriod->value(PlacementStatus::Planned), 2);
        QCOMPARE(inPeriod->value(PlacementStatus::Cancelled), 1);
        auto whole = OverviewFigures::statusCounts(p, 0);
        QVERIFY(whole);
        QCOMPARE(whole->value(PlacementStatus::Planned), 3);
    }

    // The Overview's checklist groups are the items of Checklists::dueBetween counted per site and supervisor, and
    // dueBetween of some sites is its items at those sites, in the same order.
    void checklistGroupsCountTheItemsDue_data()
    {
        QTest::addColumn<int>("days"); // from the demo's today
        QTest::newRow("a week") << 6;
        QTest::newRow("a day") << 0;
        QTest::newRow("a month") << 30;
    }

    void checklistGroupsCountTheItemsDue()
    {
        QFETCH(int, days);
        static test::TempPlan plan;
        static const QDate today(2026, 11, 23);
        static bool made = false;
        if (!made) {
            DemoOptions options;
            options.students = 300;
            options.today = today;
            QVERIFY(DemoGenerator::generate(plan.plan(), options));
            made = true;
        }
        const QDate from = today.addDays(-2);
        const QDate to = today.addDays(days);
        auto items = Checklists::dueBetween(plan.plan(), from, to);
        auto groups = Checklists::dueGroups(plan.plan(), from, to, today);
        QVERIFY(items && groups);
        QVERIFY(!items->isEmpty());
        QMap<std::pair<qint64, qint64>, std::pair<int, int>> expected; // (site, supervisor) -> (count, overdue)
        QHash<qint64, QString> siteNames, supervisorNames;
        for (const DueItem &d : std::as_const(*items)) {
            auto &[count, overdue] = expected[{d.siteId, d.supervisorId}];
            ++count;
            overdue += d.item.dueDate < today ? 1 : 0;
            siteNames.insert(d.siteId, d.siteName);
            supervisorNames.insert(d.supervisorId, d.supervisorName);
        }
        QMap<std::pair<qint64, qint64>, std::pair<int, int>> found;
        for (const DueGroup &g : std::as_const(*groups)) {
            QVERIFY(!found.contains({g.siteId, g.supervisorId}));
            found[{g.siteId, g.supervisorId}] = {g.count, g.overdue};
            QCOMPARE(g.siteName, siteNames.value(g.siteId));
            QCOMPARE(g.supervisorName, supervisorNames.value(g.supervisorId));
        }
        QCOMPARE(found, expected);

        // the items of two sites: those of dueBetween, in its order
        const QList<qint64> two{groups->constFirst().siteId, groups->constLast().siteId};
        auto some = Checklists::dueBetween(plan.plan(), from, to, two);
        QVERIFY(some);
        QList<qint64> want, got;
        for (const DueItem &d : std::as_const(*items))
            if (two.contains(d.siteId))
                want << d.item.id;
        for (const DueItem &d : std::as_const(*some))
            got << d.item.id;
        QCOMPARE(got, want);
    }
};

QTEST_GUILESS_MAIN(TestOverviewFigures)
#include "tst_overviewfigures.moc"
