#include "ResultAssert.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "model/Validation.h"
#include "storage/PeriodRepository.h"
#include "placements/PlacementService.h"
#include "storage/SiteRepository.h"
#include "storage/StudentRepository.h"
#include "storage/SupervisorRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

class TestSiteRepository : public QObject
{
    Q_OBJECT

    static Site newSite()
    {
        Site s;
        s.name = u"Lindeberg omsorgssenter"_s;
        s.unit = u"Korttid"_s;
        s.municipality = u"Oslo"_s;
        s.municipalityNumber = u"0301"_s;
        s.kind = SiteKind::Helsehus;
        s.address = u"Lindebergveien 1"_s;
        s.contactPerson = u"Liv Dahl"_s;
        s.email = u"liv.dahl@example.no"_s;
        s.phone = u"22 00 00 00"_s;
        s.capacity = 4;
        return s;
    }

private slots:
    void roundTrip()
    {
        test::TempPlan t;
        SiteRepository repo(t.plan());
        Site s = newSite();
        auto id = repo.insert(s);
        PRAKSIS_VERIFY_OK(id);
        s.id = id.value();
        t.reopen();
        SiteRepository again(t.plan());
        QCOMPARE(again.get(s.id).value(), s);
        s.capacity = 0;
        s.unit.clear();
        PRAKSIS_VERIFY_OK(again.update(s));
        QCOMPARE(again.get(s.id).value(), s);
        QCOMPARE(again.get(s.id)->displayName(), u"Lindeberg omsorgssenter"_s);
        QCOMPARE(again.listByKind(SiteKind::Helsehus)->size(), 1);
        QCOMPARE(again.listByKind(SiteKind::Legevakt)->size(), 0);
        QCOMPARE(again.get(999).error().kind, Error::Kind::NotFound);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("name") << u"name"_s << u" "_s << Validation::requiredText(u""_s, u"Name"_s)->message;
        QTest::newRow("municipality number")
            << u"municipalityNumber"_s << u"301"_s
            << Validation::municipalityNumber(u"301"_s, Validation::Presence::Optional)->message;
        QTest::newRow("capacity") << u"capacity"_s << u"-1"_s << Validation::nonNegative(-1, u"Capacity"_s)->message;
        QTest::newRow("e-mail") << u"email"_s << u"liv"_s
                                << Validation::email(u"liv"_s, Validation::Presence::Optional)->message;
        QTest::newRow("phone") << u"phone"_s << u"abc"_s
                               << Validation::phone(u"abc"_s, Validation::Presence::Optional)->message;
        QTest::newRow("same name and unit")
            << u"name"_s << u"solbakken SYKEHJEM"_s << u"There is already a site “solbakken SYKEHJEM, Avdeling 2”."_s;
    }

    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        Site s = newSite();
        if (field == u"name"_s) {
            s.name = value;
            s.unit = u"Avdeling 2"_s;
        } else if (field == u"municipalityNumber"_s) {
            s.municipalityNumber = value;
        } else if (field == u"capacity"_s) {
            s.capacity = value.toInt();
        } else if (field == u"email"_s) {
            s.email = value;
        } else if (field == u"phone"_s) {
            s.phone = value;
        }
        SiteRepository repo(t.plan());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto r = repo.insert(s);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().message, message);
        QCOMPARE(spy.count(), 0);
        s.id = w.fjellheim; // the same rule when Fjellheim is changed
        QCOMPARE(repo.update(s).error().message, message);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // site name, or the start of the error message
        QTest::newRow("name") << u"fjellheim"_s << u"Fjellheim"_s;
        QTest::newRow("unique name with unit") << u"Solbakken sykehjem"_s << u"Solbakken sykehjem"_s;
        QTest::newRow("ambiguous") << u"Rosenhof"_s << u"Several sites are named “Rosenhof”"_s;
        QTest::newRow("name / unit") << u"Rosenhof / Avdeling B"_s << u"Rosenhof"_s;
        QTest::newRow("unknown") << u"Nowhere"_s << u"There is no site named “Nowhere”."_s;
    }

    void resolve()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        SiteRepository repo(t.plan());
        Site r = newSite();
        r.name = u"Rosenhof"_s;
        r.unit = u"Avdeling A"_s;
        PRAKSIS_VERIFY_OK(repo.insert(r));
        r.unit = u"Avdeling B"_s;
        auto b = repo.insert(r);
        PRAKSIS_VERIFY_OK(b);
        auto found = repo.resolve(text);
        if (found) {
            QCOMPARE(repo.get(found.value())->name, expected);
            if (text.contains(u'/'))
                QCOMPARE(found.value(), b.value());
        } else {
            QVERIFY2(found.error().message.startsWith(expected), qPrintable(found.error().message));
        }
    }

    void dependentsAndRemove()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        SiteRepository repo(t.plan());
        StudentRepository students(t.plan());
        // Kari ranks Solbakken then Fjellheim; Ola excludes Solbakken; the period gives Solbakken capacity 5
        PRAKSIS_VERIFY_OK(students.setPreference(Preference{w.kari, w.autumn, {w.solbakken, w.fjellheim}}));
        PRAKSIS_VERIFY_OK(students.setExclusion(Exclusion{w.ola, w.solbakken, u"Her father works there"_s}));
        PRAKSIS_VERIFY_OK(PeriodRepository(t.plan()).setCapacity(w.autumn, w.solbakken, 5));
        Placement p;
        p.studentId = w.kari;
        p.siteId = w.solbakken;
        p.periodId = w.autumn;
        const qint64 placement = PlacementService(t.plan()).insert(p).value();

        auto deps = repo.dependents(w.solbakken);
        PRAKSIS_VERIFY_OK(deps);
        QCOMPARE(deps->text(), u"1 placement, 1 supervisor, 1 preference, 1 exclusion, 1 period capacity"_s);
        auto refused = repo.remove(w.solbakken, true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 u"The site “Solbakken sykehjem, Avdeling 2” cannot be deleted: it is still used by 1 placement, 1 "
                 u"supervisor. Delete or move those first."_s);

        PRAKSIS_VERIFY_OK(PlacementService(t.plan()).remove(placement));
        PRAKSIS_VERIFY_OK(SupervisorRepository(t.plan()).remove(w.anne));
        QVERIFY(!repo.remove(w.solbakken)); // details need a confirmation
        const Site before = repo.get(w.solbakken).value();

        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto removed = repo.remove(w.solbakken, true);
        PRAKSIS_VERIFY_OK(removed);
        QCOMPARE(removed->record, before);
        // Kari's second choice moved up
        QCOMPARE(students.preference(w.kari, w.autumn)->siteIds, QList<qint64>{w.fjellheim});
        QVERIFY(students.exclusions(w.ola)->isEmpty());
        QCOMPARE(PeriodRepository(t.plan()).get(w.autumn)->capacities.size(), 0);
        QList<Entity> announced;
        for (const auto &args : std::as_const(spy))
            announced << args.at(0).value<Change>().entity;
        QVERIFY(announced.contains(Entity::Site));
        QVERIFY(announced.contains(Entity::Preference));
        QVERIFY(announced.contains(Entity::Exclusion));

        // undo brings back the site with its id and every link
        PRAKSIS_VERIFY_OK(repo.restore(removed.value()));
        QCOMPARE(repo.get(w.solbakken).value(), before);
        QCOMPARE(students.preference(w.kari, w.autumn)->siteIds, (QList<qint64>{w.solbakken, w.fjellheim}));
        QCOMPARE(students.exclusions(w.ola)->size(), 1);
        QCOMPARE(PeriodRepository(t.plan()).capacity(w.autumn, w.solbakken).value(), 5);
    }

    void removesUnusedSiteWithoutAsking()
    {
        test::TempPlan t;
        SiteRepository repo(t.plan());
        const qint64 id = repo.insert(newSite()).value();
        QVERIFY(repo.dependents(id)->isEmpty());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        PRAKSIS_VERIFY_OK(repo.remove(id));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().kind, Change::Kind::Removed);
        QCOMPARE(spy.at(0).at(0).value<Change>().ids, QList<qint64>{id});
        // re-insert with the same id (redo of an insert after its undo)
        Site again = newSite();
        again.id = id;
        QCOMPARE(repo.insert(again).value(), id);
    }
};

QTEST_GUILESS_MAIN(TestSiteRepository)
#include "tst_siterepository.moc"
