#include "ResultAssert.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "model/Validation.h"
#include "storage/PeriodRepository.h"
#include "placements/PlacementService.h"
#include "storage/StudentRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

class TestPeriodRepository : public QObject
{
    Q_OBJECT

    static Period newPeriod(const test::SmallPlan &w)
    {
        Period p;
        p.name = u"Vår 2027"_s;
        p.start = QDate(2027, 1, 4);
        p.end = QDate(2027, 3, 5);
        p.hoursPerWeek = 37.5;
        p.programmeIds = {w.vernepleie, w.sykepleie};
        p.siteKinds = {SiteKind::Legevakt, SiteKind::Sykehjem};
        p.capacities = {CapacityOverride{0, w.fjellheim, 1}, CapacityOverride{0, w.solbakken, 0}};
        return p;
    }

private slots:
    void roundTrip()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PeriodRepository repo(t.plan());
        auto id = repo.insert(newPeriod(w));
        PRAKSIS_VERIFY_OK(id);
        t.reopen();
        PeriodRepository again(t.plan());
        auto got = again.get(id.value());
        PRAKSIS_VERIFY_OK(got);
        QCOMPARE(got->name, u"Vår 2027"_s);
        QCOMPARE(got->hoursPerWeek, 37.5);
        QCOMPARE(got->programmeIds, (QList<qint64>{qMin(w.sykepleie, w.vernepleie), qMax(w.sykepleie, w.vernepleie)}));
        QCOMPARE(got->siteKinds, (QList<SiteKind>{SiteKind::Sykehjem, SiteKind::Legevakt})); // enum order
        QCOMPARE(got->capacities.size(), 2);
        QCOMPARE(got->capacityOf(w.fjellheim, 9), 1);
        QCOMPARE(got->capacityOf(w.solbakken, 9), 0);
        QCOMPARE(got->capacityOf(12345, 9), 9);
        QVERIFY(got->isEligible(SiteKind::Legevakt));
        QVERIFY(!got->isEligible(SiteKind::Hjemmetjeneste));

        // update replaces the settings
        Period changed = got.value();
        changed.programmeIds = {w.vernepleie};
        changed.siteKinds = {SiteKind::Hjemmetjeneste};
        changed.capacities = {CapacityOverride{id.value(), w.solbakken, 6}};
        PRAKSIS_VERIFY_OK(again.update(changed));
        QCOMPARE(again.get(id.value()).value(), changed);
        QCOMPARE(again.capacity(id.value(), w.solbakken).value(), 6);
        QCOMPARE(again.capacity(id.value(), w.fjellheim).value(), 2); // the site's own

        QCOMPARE(again.list()->size(), 2);
        QCOMPARE(again.list()->first().id, w.autumn); // by start
        QCOMPARE(again.listByProgramme(w.sykepleie)->size(), 1);
        QCOMPARE(again.listOverlapping(QDate(2027, 3, 5), QDate(2027, 4, 1))->size(), 1);
        QCOMPARE(again.findByName(u"vår 2027"_s).value(), id.value()); // SQLite NOCASE folds ASCII letters only
    }

    void validation_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("name") << u"name"_s << Validation::requiredText(u""_s, u"Name"_s)->message;
        QTest::newRow("name taken") << u"taken"_s << u"There is already a period named “høst 2026”."_s;
        QTest::newRow("no start") << u"start"_s << u"The period “Vår 2027” has no start date."_s;
        QTest::newRow("order") << u"order"_s << Validation::dateOrder(QDate(2027, 1, 4), QDate(2026, 12, 1))->message;
        QTest::newRow("hours") << u"hours"_s << Validation::hoursPerWeek(61)->message;
        QTest::newRow("programme") << u"programme"_s << u"Programme 999 does not exist."_s;
        QTest::newRow("capacity") << u"capacity"_s << Validation::nonNegative(-2, u"Capacity of Fjellheim"_s)->message;
        QTest::newRow("capacity site") << u"site"_s << u"Site 999 does not exist."_s;
        QTest::newRow("capacity twice") << u"twice"_s << u"Fjellheim has more than one capacity in “Vår 2027”."_s;
    }

    void validation()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        Period p = newPeriod(w);
        if (what == u"name"_s)
            p.name = u" "_s;
        else if (what == u"taken"_s)
            p.name = u"høst 2026"_s;
        else if (what == u"start"_s)
            p.start = QDate();
        else if (what == u"order"_s)
            p.end = QDate(2026, 12, 1);
        else if (what == u"hours"_s)
            p.hoursPerWeek = 61;
        else if (what == u"programme"_s)
            p.programmeIds << 999;
        else if (what == u"capacity"_s)
            p.capacities[0].capacity = -2;
        else if (what == u"site"_s)
            p.capacities << CapacityOverride{0, 999, 1};
        else if (what == u"twice"_s)
            p.capacities << CapacityOverride{0, w.fjellheim, 3};
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto r = PeriodRepository(t.plan()).insert(p);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().message, message);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM periods"_s).toInt(), 1);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM period_site_capacities"_s).toInt(), 0);
    }

    void setCapacity()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PeriodRepository repo(t.plan());
        QCOMPARE(repo.capacity(w.autumn, w.solbakken).value(), 3);
        PRAKSIS_VERIFY_OK(repo.setCapacity(w.autumn, w.solbakken, 7));
        QCOMPARE(repo.capacity(w.autumn, w.solbakken).value(), 7);
        QCOMPARE(repo.capacitiesOfSite(w.solbakken)->size(), 1);
        QVERIFY(!repo.setCapacity(w.autumn, w.solbakken, -1));
        QCOMPARE(repo.capacity(w.autumn, w.solbakken).value(), 7);
        PRAKSIS_VERIFY_OK(repo.setCapacity(w.autumn, w.solbakken, std::nullopt));
        QCOMPARE(repo.capacity(w.autumn, w.solbakken).value(), 3);
    }

    void dependentsAndRemove()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PeriodRepository repo(t.plan());
        PRAKSIS_VERIFY_OK(StudentRepository(t.plan()).setPreference(Preference{w.kari, w.autumn, {w.fjellheim}}));
        PRAKSIS_VERIFY_OK(
            StudentRepository(t.plan()).setPreference(Preference{w.ola, w.autumn, {w.solbakken, w.fjellheim}}));
        PRAKSIS_VERIFY_OK(repo.setCapacity(w.autumn, w.fjellheim, 4));
        Placement p;
        p.studentId = w.kari;
        p.siteId = w.fjellheim;
        p.periodId = w.autumn;
        const qint64 placement = PlacementService(t.plan()).insert(p).value();
        QCOMPARE(repo.dependents(w.autumn)->text(), u"1 placement, 3 preferences"_s);
        QCOMPARE(repo.remove(w.autumn, true).error().message,
                 u"The period “Høst 2026” cannot be deleted: it is still used by 1 placement. Delete or move those "
                 u"first."_s);
        PRAKSIS_VERIFY_OK(PlacementService(t.plan()).remove(placement));
        QVERIFY(!repo.remove(w.autumn));

        const Period before = repo.get(w.autumn).value();
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto removed = repo.remove(w.autumn, true);
        PRAKSIS_VERIFY_OK(removed);
        QCOMPARE(removed->record, before);
        QCOMPARE(removed->links.preferences.size(), 2);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM preferences"_s).toInt(), 0);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM period_site_kinds"_s).toInt(), 0);
        QCOMPARE(spy.last().at(0).value<Change>().entity, Entity::Period);
        QCOMPARE(spy.last().at(0).value<Change>().kind, Change::Kind::Removed);

        PRAKSIS_VERIFY_OK(repo.restore(removed.value()));
        QCOMPARE(repo.get(w.autumn).value(), before);
        QCOMPARE(StudentRepository(t.plan()).preference(w.ola, w.autumn)->siteIds,
                 (QList<qint64>{w.solbakken, w.fjellheim}));
    }
};

QTEST_GUILESS_MAIN(TestPeriodRepository)
#include "tst_periodrepository.moc"
