#include "ResultAssert.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "model/Validation.h"
#include "placements/PlacementService.h"
#include "storage/StudentRepository.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace praksis;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::function<void(Student &, const test::SmallPlan &)>)

class TestStudentRepository : public QObject
{
    Q_OBJECT

    using Edit = std::function<void(Student &, const test::SmallPlan &)>;

    static Student newStudent(const test::SmallPlan &w)
    {
        Student s;
        s.schoolId = w.oslomet;
        s.programmeId = w.sykepleie;
        s.studentNumber = u"54321"_s;
        s.givenName = u"Nora"_s;
        s.familyName = u"Lie"_s;
        s.cohort = 2025;
        s.email = u"nora@example.no"_s;
        s.phone = u"+47 900 00 000"_s;
        s.notes = u"Prefers mornings"_s;
        s.policeCertificateSeen = QDate(2025, 8, 1);
        return s;
    }

private slots:
    void roundTrip()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        StudentRepository repo(t.plan());
        Student s = newStudent(w);
        s.preferences = {Preference{0, w.autumn, {w.fjellheim, w.solbakken}}};
        auto id = repo.insert(s);
        PRAKSIS_VERIFY_OK(id);
        QVERIFY(id.value() > 0);
        s.id = id.value();
        s.preferences[0].studentId = s.id;

        t.reopen();
        StudentRepository again(t.plan());
        auto got = again.get(s.id);
        QVERIFY(got);
        QCOMPARE(got.value(), s);
        QCOMPARE(got->fullName(), u"Nora Lie"_s);

        s.familyName = u"Lie-Hansen"_s;
        s.confidentialitySigned = QDate(2025, 8, 20);
        s.cohort = 0;
        s.preferences.clear(); // update() leaves preferences alone
        PRAKSIS_VERIFY_OK(again.update(s));
        auto updated = again.get(s.id);
        QVERIFY(updated);
        QCOMPARE(updated->familyName, u"Lie-Hansen"_s);
        QCOMPARE(updated->confidentialitySigned, QDate(2025, 8, 20));
        QCOMPARE(updated->cohort, 0);
        QCOMPARE(updated->preferences.size(), 1);
        QCOMPARE(updated->preferences.first().siteIds, (QList<qint64>{w.fjellheim, w.solbakken}));
    }

    void listsAndFinds()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        StudentRepository repo(t.plan());
        auto all = repo.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).familyName, u"Berg"_s); // by family name
        auto atOslomet = repo.list(w.oslomet);
        QVERIFY(atOslomet);
        QCOMPARE(atOslomet->size(), 1);
        QCOMPARE(atOslomet->first().id, w.kari);
        QCOMPARE(repo.findByNumber(w.oslomet, u" 12345 "_s).value(), w.kari);
        QCOMPARE(repo.findByNumber(w.vid, u"12345"_s).value(), 0);
        QCOMPARE(repo.listByProgramme(w.sykepleie)->size(), 1);
        QCOMPARE(repo.get(9999).error().kind, Error::Kind::NotFound);
    }

    void validation_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        QTest::newRow("no given name") << Edit([](Student &s, const test::SmallPlan &) { s.givenName = u"  "_s; })
                                       << u"“Given name” is empty."_s << u"Given name"_s;
        QTest::newRow("no family name") << Edit([](Student &s, const test::SmallPlan &) { s.familyName.clear(); })
                                        << u"“Family name” is empty."_s << u"Family name"_s;
        QTest::newRow("no number") << Edit([](Student &s, const test::SmallPlan &) { s.studentNumber = u" "_s; })
                                   << u"“Student number” is empty."_s << u"Student number"_s;
        QTest::newRow("number taken") << Edit([](Student &s, const test::SmallPlan &) { s.studentNumber = u"12345"_s; })
                                      << u"Student number 12345 is already used by Kari Nordmann at OsloMet."_s
                                      << u"Student number"_s;
        QTest::newRow("no school") << Edit([](Student &s, const test::SmallPlan &) { s.schoolId = 999; })
                                   << u"Nora Lie has no school: school 999 does not exist."_s << u"School"_s;
        QTest::newRow("programme of another school")
            << Edit([](Student &s, const test::SmallPlan &w) { s.programmeId = w.vernepleie; })
            << u"The programme “Vernepleie” belongs to VID, not to OsloMet."_s << u"Programme"_s;
        QTest::newRow("no programme") << Edit([](Student &s, const test::SmallPlan &) { s.programmeId = 999; })
                                      << u"Programme 999 does not exist."_s << u"Programme"_s;
    }

    void validation()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, message);
        QFETCH(QString, field);
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        StudentRepository repo(t.plan());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        Student s = newStudent(w);
        edit(s, w);
        auto r = repo.insert(s);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().message, message);
        QCOMPARE(r.error().field, field);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM students"_s).toInt(), 2);

        // the same rule on update
        auto kari = repo.get(w.kari);
        QVERIFY(kari);
        Student changed = newStudent(w);
        edit(changed, w);
        changed.id = w.kari;
        if (changed.studentNumber == kari->studentNumber)
            return; // Kari's own number is hers
        auto u = repo.update(changed);
        QVERIFY(!u);
        QCOMPARE(u.error().message, message);
        QCOMPARE(repo.get(w.kari).value(), kari.value());
    }

    // The field rules are Validation's: the repository gives its message unchanged.
    void fieldRules_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("message");
        QTest::newRow("e-mail") << Edit([](Student &s, const test::SmallPlan &) { s.email = u"nora@"_s; })
                                << Validation::email(u"nora@"_s, Validation::Presence::Optional)->message;
        QTest::newRow("phone") << Edit([](Student &s, const test::SmallPlan &) { s.phone = u"12"_s; })
                               << Validation::phone(u"12"_s, Validation::Presence::Optional)->message;
        QTest::newRow("cohort") << Edit([](Student &s, const test::SmallPlan &) { s.cohort = 1900; })
                                << Validation::cohortYear(1900)->message;
    }

    void fieldRules()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, message);
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        Student s = newStudent(w);
        edit(s, w);
        auto r = StudentRepository(t.plan()).insert(s);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().message, message);
    }

    void refusesNationalIdentityNumber()
    {
        QString fnr;
        for (int i = 0; i < 100000 && fnr.isEmpty(); ++i) {
            const QString candidate = u"010190"_s + QString::number(i).rightJustified(5, u'0');
            if (Validation::looksLikeNationalIdentityNumber(candidate))
                fnr = candidate;
        }
        QVERIFY(!fnr.isEmpty());
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        Student s = newStudent(w);
        s.studentNumber = fnr;
        auto r = StudentRepository(t.plan()).insert(s);
        QVERIFY(!r);
        QCOMPARE(r.error().field, u"Student number"_s);
        QVERIFY(r.error().message.contains(u"national identity number"_s));
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM students WHERE student_number = ?"_s, {fnr}).toInt(), 0);
    }

    void sameNumberAtAnotherSchool()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        StudentRepository repo(t.plan());
        Student s = newStudent(w);
        s.schoolId = w.vid;
        s.programmeId = 0;
        s.studentNumber = u"12345"_s;
        PRAKSIS_VERIFY_OK(repo.insert(s));
    }

    void signalsOnceAfterCommit()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        StudentRepository repo(t.plan());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto id = repo.insert(newStudent(w));
        QVERIFY(id);
        QCOMPARE(spy.count(), 1);
        auto c = spy.at(0).at(0).value<Change>();
        QCOMPARE(c.entity, Entity::Student);
        QCOMPARE(c.kind, Change::Kind::Inserted);
        QCOMPARE(c.ids, QList<qint64>{id.value()});

        spy.clear();
        Student s = repo.get(id.value()).value();
        s.notes = u"changed"_s;
        PRAKSIS_VERIFY_OK(repo.update(s));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().kind, Change::Kind::Updated);

        // inside an outer transaction: announced only when it commits, dropped when it rolls back
        spy.clear();
        {
            Transaction tx(t.plan());
            s.notes = u"again"_s;
            PRAKSIS_VERIFY_OK(repo.update(s));
            QCOMPARE(spy.count(), 0);
        }
        QCOMPARE(spy.count(), 0);
        QCOMPARE(repo.get(s.id)->notes, u"changed"_s);
    }

    void dependentsAndRemove()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        StudentRepository repo(t.plan());
        PRAKSIS_VERIFY_OK(repo.setPreference(Preference{w.kari, w.autumn, {w.solbakken}}));
        PRAKSIS_VERIFY_OK(repo.setExclusion(Exclusion{w.kari, w.fjellheim, u"Her mother works there"_s}));
        Placement p;
        p.studentId = w.kari;
        p.siteId = w.solbakken;
        p.periodId = w.autumn;
        auto placement = PlacementService(t.plan()).insert(p);
        QVERIFY(placement);

        auto deps = repo.dependents(w.kari);
        QVERIFY(deps);
        QCOMPARE(deps->text(), u"1 placement, 1 preference, 1 exclusion"_s);
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto refused = repo.remove(w.kari, true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(refused.error().message,
                 u"The student Kari Nordmann cannot be deleted: it is still used by 1 placement. Delete or move those "
                 u"first."_s);
        QCOMPARE(spy.count(), 0);

        QVERIFY(PlacementService(t.plan()).remove(placement.value()));
        deps = repo.dependents(w.kari);
        QCOMPARE(deps->text(), u"1 preference, 1 exclusion"_s);
        auto withoutCascade = repo.remove(w.kari);
        QVERIFY(!withoutCascade);
        QCOMPARE(withoutCascade.error().message,
                 u"The student Kari Nordmann has 1 preference, 1 exclusion. Deleting it deletes those too; confirm "
                 u"to go ahead."_s);

        const Student before = repo.get(w.kari).value();
        spy.clear();
        auto removed = repo.remove(w.kari, true);
        QVERIFY(removed);
        QCOMPARE(removed->record, before);
        QCOMPARE(repo.get(w.kari).error().kind, Error::Kind::NotFound);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM preferences"_s).toInt(), 0);
        QVERIFY(spy.count() >= 1);
        QCOMPARE(spy.last().at(0).value<Change>().entity, Entity::Student);
        QCOMPARE(spy.last().at(0).value<Change>().kind, Change::Kind::Removed);

        // undo: the same id, preferences and exclusions back
        PRAKSIS_VERIFY_OK(repo.restore(removed.value()));
        QCOMPARE(repo.get(w.kari).value(), before);
        // and a second insert with that id is refused
        auto twice = repo.insert(before);
        QVERIFY(!twice);
        QCOMPARE(twice.error().kind, Error::Kind::Conflict);
    }

    void preferences_data()
    {
        QTest::addColumn<QList<int>>("sites"); // 1 solbakken, 2 fjellheim, 9 missing
        QTest::addColumn<QString>("message");
        QTest::newRow("four") << QList<int>{1, 2, 1, 2}
                              << u"A student can rank at most 3 sites for a period; 4 were given."_s;
        QTest::newRow("twice") << QList<int>{1, 1} << u"Solbakken sykehjem, Avdeling 2 is ranked more than once."_s;
        QTest::newRow("missing") << QList<int>{9} << u"Site 999 does not exist."_s;
        QTest::newRow("excluded")
            << QList<int>{2}
            << u"Kari Nordmann must not be placed at Fjellheim (excluded), so it cannot be one of "
               u"her choices."_s;
        QTest::newRow("fine") << QList<int>{2, 1} << QString(); // no exclusion in this row
    }

    void preferences()
    {
        QFETCH(QList<int>, sites);
        QFETCH(QString, message);
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        StudentRepository repo(t.plan());
        const bool fine = message.isEmpty();
        if (!fine)
            PRAKSIS_VERIFY_OK(repo.setExclusion(Exclusion{w.kari, w.fjellheim, u"Worked there"_s}));
        Preference p{w.kari, w.autumn, {}};
        for (int s : std::as_const(sites))
            p.siteIds << (s == 1 ? w.solbakken : s == 2 ? w.fjellheim : 999);
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto r = repo.setPreference(p);
        if (fine) {
            QVERIFY(r);
            QCOMPARE(repo.preference(w.kari, w.autumn).value(), p);
            QCOMPARE(repo.preferencesForPeriod(w.autumn)->size(), 1);
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.at(0).at(0).value<Change>().entity, Entity::Preference);
            // replacing with fewer, then none
            PRAKSIS_VERIFY_OK(repo.setPreference(Preference{w.kari, w.autumn, {w.solbakken}}));
            QCOMPARE(repo.preference(w.kari, w.autumn)->siteIds, QList<qint64>{w.solbakken});
            PRAKSIS_VERIFY_OK(repo.setPreference(Preference{w.kari, w.autumn, {}}));
            QVERIFY(repo.preference(w.kari, w.autumn)->siteIds.isEmpty());
            return;
        }
        QVERIFY(!r);
        QCOMPARE(r.error().message, message);
        QCOMPARE(spy.count(), 0);
    }

    void exclusions()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        StudentRepository repo(t.plan());
        PRAKSIS_VERIFY_OK(repo.setExclusion(Exclusion{w.kari, w.fjellheim, u"Worked there"_s}));
        PRAKSIS_VERIFY_OK(repo.setExclusion(Exclusion{w.kari, w.fjellheim, u"Her aunt is the leader"_s}));
        auto list = repo.exclusions(w.kari);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().reason, u"Her aunt is the leader"_s);
        QCOMPARE(repo.exclusionsOfSite(w.fjellheim)->size(), 1);
        QCOMPARE(repo.setExclusion(Exclusion{w.kari, 999, {}}).error().message, u"Site 999 does not exist."_s);
        PRAKSIS_VERIFY_OK(repo.removeExclusion(w.kari, w.fjellheim));
        QCOMPARE(repo.removeExclusion(w.kari, w.fjellheim).error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestStudentRepository)
#include "tst_studentrepository.moc"
