#include "ResultAssert.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "model/Validation.h"
#include "storage/PeriodRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/StudentRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

class TestSchoolRepository : public QObject
{
    Q_OBJECT

    // A valid organisation number (mod 11), found with the one implementation of the rule.
    static QString validOrgNumber()
    {
        for (int i = 0; i < 1000; ++i) {
            const QString candidate = u"974760"_s + QString::number(i).rightJustified(3, u'0');
            if (Validation::isValidOrganisationNumber(candidate))
                return candidate;
        }
        return {};
    }

private slots:
    void roundTrip()
    {
        test::TempPlan t;
        SchoolRepository repo(t.plan());
        const QString org = validOrgNumber();
        QVERIFY(!org.isEmpty());
        School s{0,
                 u"Nord universitet"_s,
                 SchoolKind::Universitet,
                 org.left(3) + u' ' + org.mid(3),
                 u"Eva Moe"_s,
                 u"eva@nord.no"_s,
                 u"75 51 72 00"_s,
                 {}};
        s.programmes = {Programme{0, 0, u"Sykepleie"_s, ProgrammeKind::Sykepleie},
                        Programme{0, 0, u"Helsefagarbeider"_s, ProgrammeKind::Helsearbeiderfag}};
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto id = repo.insert(s);
        PRAKSIS_VERIFY_OK(id);
        QCOMPARE(spy.count(), 2); // the school and its programmes
        t.reopen();
        SchoolRepository again(t.plan());
        auto got = again.get(id.value());
        PRAKSIS_VERIFY_OK(got);
        QCOMPARE(got->name, s.name);
        QCOMPARE(got->orgNumber, org); // stored without spaces
        QCOMPARE(got->programmes.size(), 2);
        QCOMPARE(got->programmes.at(0).name, u"Helsefagarbeider"_s); // by name
        QCOMPARE(got->programmes.at(0).schoolId, id.value());

        School changed = got.value();
        changed.contactPerson = u"Per Moe"_s;
        changed.programmes.clear(); // update() leaves programmes alone
        PRAKSIS_VERIFY_OK(again.update(changed));
        QCOMPARE(again.get(id.value())->contactPerson, u"Per Moe"_s);
        QCOMPARE(again.get(id.value())->programmes.size(), 2);
        QCOMPARE(again.findByName(u"NORD universitet"_s).value(), id.value());
        QCOMPARE(again.findProgramme(id.value(), u"sykepleie"_s).value(), got->programmes.at(1).id);
        QCOMPARE(again.list()->size(), 1);
    }

    void validation_data()
    {
        QTest::addColumn<School>("school");
        QTest::addColumn<QString>("message");
        School s{0, u"Ny skole"_s, SchoolKind::Vgs, {}, {}, {}, {}, {}};
        School empty = s;
        empty.name = u"  "_s;
        QTest::newRow("no name") << empty << Validation::requiredText(u""_s, u"Name"_s)->message;
        School taken = s;
        taken.name = u"oslomet"_s;
        QTest::newRow("name taken") << taken << u"There is already a school named “oslomet”."_s;
        School org = s;
        org.orgNumber = u"123456789"_s;
        QTest::newRow("org number")
            << org << Validation::organisationNumber(u"123456789"_s, Validation::Presence::Optional)->message;
        School mail = s;
        mail.email = u"post@skole"_s;
        QTest::newRow("e-mail") << mail << Validation::email(u"post@skole"_s, Validation::Presence::Optional)->message;
        School programme = s;
        programme.programmes = {Programme{0, 0, u"A"_s, ProgrammeKind::Annet},
                                Programme{0, 0, u"a"_s, ProgrammeKind::Annet}};
        QTest::newRow("programme twice") << programme << u"Ny skole already has a programme named “a”."_s;
    }

    void validation()
    {
        QFETCH(School, school);
        QFETCH(QString, message);
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        SchoolRepository repo(t.plan());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto r = repo.insert(school);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().message, message);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM schools"_s).toInt(), 2);
    }

    void programmes()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        SchoolRepository repo(t.plan());
        auto taken = repo.insertProgramme(Programme{0, w.oslomet, u"SYKEPLEIE"_s, ProgrammeKind::Sykepleie});
        QVERIFY(!taken);
        QCOMPARE(taken.error().message, u"OsloMet already has a programme named “SYKEPLEIE”."_s);
        QCOMPARE(repo.insertProgramme(Programme{0, 999, u"X"_s, ProgrammeKind::Annet}).error().message,
                 u"The programme has no school: school 999 does not exist."_s);
        // the same name at another school is fine
        PRAKSIS_VERIFY_OK(repo.insertProgramme(Programme{0, w.vid, u"Sykepleie"_s, ProgrammeKind::Sykepleie}));
        QCOMPARE(repo.programmes(w.vid)->size(), 2);
        QCOMPARE(repo.programmes()->size(), 3);

        // Kari takes Sykepleie at OsloMet: it cannot move to VID
        Programme moved = repo.programme(w.sykepleie).value();
        moved.schoolId = w.vid;
        moved.name = u"Sykepleie Oslo"_s;
        QCOMPARE(repo.updateProgramme(moved).error().message,
                 u"The programme “Sykepleie” cannot move to another school: it is taken by 1 student of OsloMet."_s);
        moved.schoolId = w.oslomet;
        PRAKSIS_VERIFY_OK(repo.updateProgramme(moved));
        QCOMPARE(repo.programme(w.sykepleie)->name, u"Sykepleie Oslo"_s);

        auto deps = repo.programmeDependents(w.sykepleie);
        QCOMPARE(deps->text(), u"1 student, 1 period"_s);
        QCOMPARE(repo.removeProgramme(w.sykepleie, true).error().message,
                 u"The programme “Sykepleie Oslo” cannot be deleted: it is still used by 1 student. Delete or move "
                 u"those first."_s);
        PRAKSIS_VERIFY_OK(StudentRepository(t.plan()).remove(w.kari, true));
        QVERIFY(!repo.removeProgramme(w.sykepleie)); // its period needs a confirmation
        auto removed = repo.removeProgramme(w.sykepleie, true);
        PRAKSIS_VERIFY_OK(removed);
        QVERIFY(PeriodRepository(t.plan()).get(w.autumn)->programmeIds.isEmpty());
        PRAKSIS_VERIFY_OK(repo.restoreProgramme(removed.value()));
        QCOMPARE(repo.programme(w.sykepleie)->name, u"Sykepleie Oslo"_s);
        QCOMPARE(PeriodRepository(t.plan()).get(w.autumn)->programmeIds, QList<qint64>{w.sykepleie});
    }

    void dependentsAndRemove()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        SchoolRepository repo(t.plan());
        QCOMPARE(repo.dependents(w.oslomet)->text(), u"1 student, 1 programme"_s);
        auto refused = repo.remove(w.oslomet, true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(refused.error().message, u"The school “OsloMet” cannot be deleted: it is still used by 1 student. "
                                          u"Delete or move those first."_s);

        PRAKSIS_VERIFY_OK(StudentRepository(t.plan()).remove(w.kari, true));
        auto unconfirmed = repo.remove(w.oslomet);
        QVERIFY(!unconfirmed);
        QCOMPARE(unconfirmed.error().message,
                 u"The school “OsloMet” has 1 programme. Deleting it deletes those too; confirm to go ahead."_s);

        const School before = repo.get(w.oslomet).value();
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto removed = repo.remove(w.oslomet, true);
        PRAKSIS_VERIFY_OK(removed);
        QCOMPARE(removed->record, before);
        QCOMPARE(removed->links.periodProgrammes.size(), 1);
        QCOMPARE(spy.last().at(0).value<Change>().entity, Entity::School);
        QCOMPARE(repo.get(w.oslomet).error().kind, Error::Kind::NotFound);
        QVERIFY(PeriodRepository(t.plan()).get(w.autumn)->programmeIds.isEmpty());

        PRAKSIS_VERIFY_OK(repo.restore(removed.value()));
        QCOMPARE(repo.get(w.oslomet).value(), before);
        QCOMPARE(PeriodRepository(t.plan()).get(w.autumn)->programmeIds, QList<qint64>{w.sykepleie});
    }
};

QTEST_GUILESS_MAIN(TestSchoolRepository)
#include "tst_schoolrepository.moc"
