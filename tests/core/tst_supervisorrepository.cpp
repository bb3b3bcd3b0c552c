#include "ResultAssert.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "model/Validation.h"
#include "placements/PlacementService.h"
#include "storage/SupervisorRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

class TestSupervisorRepository : public QObject
{
    Q_OBJECT

    static Supervisor newSupervisor(const test::SmallPlan &w)
    {
        Supervisor s;
        s.siteId = w.solbakken;
        s.givenName = u"Ingrid"_s;
        s.familyName = u"Bakke"_s;
        s.profession = Profession::Helsefagarbeider;
        s.hasTraining = true;
        s.trainingYear = 2019;
        s.maxStudents = 3;
        s.email = u"ingrid@example.no"_s;
        s.phone = u"915 00 000"_s;
        s.absences = {SupervisorAbsence{0, 0, QDate(2026, 9, 7), QDate(2026, 9, 11), u"Course"_s},
                      SupervisorAbsence{0, 0, QDate(2026, 7, 1), QDate(2026, 7, 31), u"Holiday"_s}};
        return s;
    }

private slots:
    void roundTrip()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        SupervisorRepository repo(t.plan());
        Supervisor s = newSupervisor(w);
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto id = repo.insert(s);
        PRAKSIS_VERIFY_OK(id);
        QCOMPARE(spy.count(), 2); // supervisor and absences, after the commit
        t.reopen();
        SupervisorRepository again(t.plan());
        auto got = again.get(id.value());
        PRAKSIS_VERIFY_OK(got);
        QCOMPARE(got->fullName(), u"Ingrid Bakke"_s);
        QCOMPARE(got->profession, Profession::Helsefagarbeider);
        QCOMPARE(got->trainingYear, 2019);
        QCOMPARE(got->absences.size(), 2);
        QCOMPARE(got->absences.at(0).start, QDate(2026, 7, 1)); // by start
        QCOMPARE(got->absences.at(0).supervisorId, id.value());

        Supervisor changed = got.value();
        changed.maxStudents = 1;
        changed.absences.clear(); // update() leaves absences alone
        PRAKSIS_VERIFY_OK(again.update(changed));
        QCOMPARE(again.get(id.value())->maxStudents, 1);
        QCOMPARE(again.get(id.value())->absences.size(), 2);
        QCOMPARE(again.list(w.solbakken)->size(), 2);
        QCOMPARE(again.list()->size(), 3);
        QCOMPARE(again.findByName(w.solbakken, u"ingrid"_s, u"BAKKE"_s).value(), id.value());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("given name") << u"given"_s << Validation::requiredText(u""_s, u"Given name"_s)->message;
        QTest::newRow("family name") << u"family"_s << Validation::requiredText(u""_s, u"Family name"_s)->message;
        QTest::newRow("site") << u"site"_s << u"Ingrid Bakke has no site: site 999 does not exist."_s;
        QTest::newRow("maximum") << u"max"_s << Validation::nonNegative(-1, u"Maximum students"_s)->message;
        QTest::newRow("training year") << u"year"_s
                                       << u"The training year 19 of Ingrid Bakke is not a plausible year."_s;
        QTest::newRow("e-mail") << u"email"_s << Validation::email(u"x"_s, Validation::Presence::Optional)->message;
        QTest::newRow("absence order") << u"absence"_s
                                       << Validation::dateOrder(QDate(2026, 9, 11), QDate(2026, 9, 7))->message;
    }

    void validation()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        Supervisor s = newSupervisor(w);
        if (what == u"given"_s)
            s.givenName.clear();
        else if (what == u"family"_s)
            s.familyName = u" "_s;
        else if (what == u"site"_s)
            s.siteId = 999;
        else if (what == u"max"_s)
            s.maxStudents = -1;
        else if (what == u"year"_s)
            s.trainingYear = 19;
        else if (what == u"email"_s)
            s.email = u"x"_s;
        else if (what == u"absence"_s)
            s.absences = {SupervisorAbsence{0, 0, QDate(2026, 9, 11), QDate(2026, 9, 7), {}}};
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto r = SupervisorRepository(t.plan()).insert(s);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().message, message);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM supervisors"_s).toInt(), 2);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM supervisor_absences"_s).toInt(), 0);
    }

    void cannotMoveAwayFromHerPlacements()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        Placement p;
        p.studentId = w.kari;
        p.siteId = w.solbakken;
        p.supervisorId = w.anne;
        p.periodId = w.autumn;
        PRAKSIS_VERIFY_OK(PlacementService(t.plan()).insert(p));
        SupervisorRepository repo(t.plan());
        Supervisor anne = repo.get(w.anne).value();
        anne.siteId = w.fjellheim;
        auto r = repo.update(anne);
        QVERIFY(!r);
        QCOMPARE(r.error().message, u"Anne Hansen cannot move to another site: 1 placement at her present site name "
                                    u"her as supervisor."_s);
    }

    void absences()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        SupervisorRepository repo(t.plan());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto id = repo.addAbsence(SupervisorAbsence{0, w.anne, QDate(2026, 10, 1), QDate(2026, 10, 2), u"Leave"_s});
        PRAKSIS_VERIFY_OK(id);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().entity, Entity::SupervisorAbsence);
        QCOMPARE(repo.absences(w.anne)->size(), 1);
        QCOMPARE(repo.absencesOverlapping(QDate(2026, 10, 2), QDate(2026, 12, 1))->size(), 1);
        QCOMPARE(repo.absencesOverlapping(QDate(2026, 10, 3), QDate(2026, 12, 1))->size(), 0);

        SupervisorAbsence a = repo.absence(id.value()).value();
        a.end = QDate(2026, 9, 1);
        QCOMPARE(repo.updateAbsence(a).error().message,
                 Validation::dateOrder(QDate(2026, 10, 1), QDate(2026, 9, 1))->message);
        a.end = QDate(2026, 10, 5);
        PRAKSIS_VERIFY_OK(repo.updateAbsence(a));
        QCOMPARE(repo.absence(id.value())->end, QDate(2026, 10, 5));
        QCOMPARE(repo.addAbsence(SupervisorAbsence{0, 999, QDate(2026, 1, 1), QDate(2026, 1, 2), {}}).error().message,
                 u"Supervisor 999 does not exist."_s);

        auto removed = repo.removeAbsence(id.value());
        PRAKSIS_VERIFY_OK(removed);
        QCOMPARE(removed.value(), a);
        QVERIFY(repo.absences(w.anne)->isEmpty());
        QCOMPARE(repo.addAbsence(removed.value()).value(), id.value()); // undo keeps the id
    }

    void dependentsAndRemove()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        SupervisorRepository repo(t.plan());
        PRAKSIS_VERIFY_OK(repo.addAbsence(SupervisorAbsence{0, w.anne, QDate(2026, 7, 1), QDate(2026, 7, 20), {}}));
        Placement p;
        p.studentId = w.kari;
        p.siteId = w.solbakken;
        p.supervisorId = w.anne;
        p.periodId = w.autumn;
        const qint64 placement = PlacementService(t.plan()).insert(p).value();
        QCOMPARE(repo.dependents(w.anne)->text(), u"1 placement, 1 absence period"_s);
        QCOMPARE(repo.remove(w.anne, true).error().message,
                 u"The supervisor Anne Hansen cannot be deleted: it is still used by 1 placement. Delete or move "
                 u"those first."_s);
        PRAKSIS_VERIFY_OK(PlacementService(t.plan()).remove(placement));
        QCOMPARE(repo.remove(w.anne).error().message,
                 u"The supervisor Anne Hansen has 1 absence period. Deleting it deletes those too; confirm to go "
                 u"ahead."_s);
        const Supervisor before = repo.get(w.anne).value();
        auto removed = repo.remove(w.anne, true);
        PRAKSIS_VERIFY_OK(removed);
        QCOMPARE(removed->record, before);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM supervisor_absences"_s).toInt(), 0);
        PRAKSIS_VERIFY_OK(repo.restore(removed.value()));
        QCOMPARE(repo.get(w.anne).value(), before); // same ids, absences included
    }
};

QTEST_GUILESS_MAIN(TestSupervisorRepository)
#include "tst_supervisorrepository.moc"
