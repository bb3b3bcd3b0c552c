#include "ResultAssert.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "model/Validation.h"
#include "recruitment/HireRepository.h"
#include "recruitment/MentorRepository.h"
#include "recruitment/MentorSchedule.h"
#include "storage/ChangeLog.h"
#include "storage/SiteRepository.h"
#include "storage/StudentRepository.h"
#include "storage/SupervisorRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

// HireRepository and MentorRepository: new hires, their mentors and the conversations on the schedule.
class TestHireRepository : public QObject
{
    Q_OBJECT

    static Hire newHire(const test::SmallPlan &w)
    {
        Hire h;
        h.siteId = w.solbakken;
        h.givenName = u"Kari"_s;
        h.familyName = u"Nordmann"_s;
        h.profession = Profession::Sykepleier;
        h.position = HirePosition::Fast;
        h.start = QDate(2027, 1, 4);
        h.email = u"kari.nordmann@example.no"_s;
        h.phone = u"915 00 001"_s;
        return h;
    }

    static qint64 storeHire(PlanFile &plan, Hire h)
    {
        auto id = HireRepository(plan).insert(h);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return id.value();
    }

    static Mentorship supervisorMentor(qint64 hire, qint64 supervisor, QDate start, int months = 12)
    {
        Mentorship m;
        m.hireId = hire;
        m.mentorSupervisorId = supervisor;
        m.start = start;
        m.months = months;
        return m;
    }

    static QList<QDate> planned(const QList<MentorConversation> &conversations)
    {
        QList<QDate> out;
        for (const MentorConversation &c : conversations)
            out << c.plannedDate;
        return out;
    }

private slots:
    void init() { ChangeLog::setUserName(u"tester"_s); }

    void roundTrip()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        HireRepository repo(t.plan());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto id = repo.insert(newHire(w));
        PRAKSIS_VERIFY_OK(id);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().entity, Entity::Hire);
        t.reopen();
        HireRepository again(t.plan());
        auto got = again.get(id.value());
        PRAKSIS_VERIFY_OK(got);
        QCOMPARE(got->fullName(), u"Kari Nordmann"_s);
        QCOMPARE(got->position, HirePosition::Fast);
        QCOMPARE(got->probationEnd, QDate(2027, 7, 4)); // the default: start + 6 months
        QVERIFY(!got->end.isValid());
        QVERIFY(!got->endReason);
        QCOMPARE(got->studentId, 0);
        QCOMPARE(test::scalar(t.plan(), u"SELECT probation_end FROM hires WHERE id = ?"_s, {id.value()}).toString(),
                 u"2027-07-04"_s);

        Hire changed = got.value();
        changed.end = QDate(2027, 5, 31);
        changed.endReason = EndReason::AnnenArbeidsgiver;
        changed.position = HirePosition::Vikariat;
        changed.probationEnd = QDate(2027, 6, 30);
        auto before = again.update(changed);
        PRAKSIS_VERIFY_OK(before);
        QCOMPARE(before.value(), got.value());
        QCOMPARE(again.get(id.value()).value(), changed);
        QVERIFY(again.get(id.value())->leftInProbation());
        QCOMPARE(test::scalar(t.plan(), u"SELECT end_reason FROM hires WHERE id = ?"_s, {id.value()}).toString(),
                 u"annen-arbeidsgiver"_s);
        // undo of the update: the hire as she was
        PRAKSIS_VERIFY_OK(again.update(before.value()));
        QCOMPARE(again.get(id.value()).value(), got.value());

        Hire other = newHire(w);
        other.givenName = u"Åse"_s;
        other.familyName = u"Berg"_s;
        other.siteId = w.fjellheim;
        const qint64 aase = storeHire(t.plan(), other);
        QCOMPARE(again.list()->size(), 2);
        QCOMPARE(again.list()->first().id, aase); // by family name
        QCOMPARE(again.list(w.fjellheim)->size(), 1);
        QCOMPARE(again.list(w.solbakken)->first().id, id.value());
    }

    void kinds()
    {
        QCOMPARE(toId(HirePosition::Sommervikar), u"sommervikar"_s);
        QCOMPARE(fromId<HirePosition>(u" Vikariat "), HirePosition::Vikariat);
        QCOMPARE(allIds<HirePosition>(), u"fast, vikariat, sommervikar"_s);
        QCOMPARE(allIds<EndReason>(), u"annen-stilling-i-kommunen, annen-arbeidsgiver, utdanning, flytting, annet"_s);
        QCOMPARE(fromId<EndReason>(u"flytting"), EndReason::Flytting);
        QVERIFY(!fromId<EndReason>(u"sykdom")); // never health
        QCOMPARE(label(EndReason::AnnenStillingIKommunen), u"Another post in the municipality"_s);
        QCOMPARE(label(HirePosition::Sommervikar), u"Summer temp"_s);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("given name") << u"given"_s << u"Given name"_s
                                    << Validation::requiredText(u""_s, u"Given name"_s)->message;
        QTest::newRow("family name") << u"family"_s << u"Family name"_s
                                     << Validation::requiredText(u" "_s, u"Family name"_s)->message;
        QTest::newRow("identity number")
            << u"idnumber"_s << u"Family name"_s
            << Validation::storableText(u"Nordmann 01017000027"_s, u"Family name"_s)->message;
        QTest::newRow("site") << u"site"_s << u"Site"_s << u"Kari Nordmann has no site: site 999 does not exist."_s;
        QTest::newRow("no start") << u"start"_s << u"Start"_s << u"Kari Nordmann has no start date."_s;
        QTest::newRow("probation end") << u"probation"_s << u"Probation end"_s
                                       << Validation::dateOrder(QDate(2027, 1, 4), QDate(2027, 1, 3))->message;
        QTest::newRow("end") << u"end"_s << u"End"_s
                             << Validation::dateOrder(QDate(2027, 1, 4), QDate(2026, 12, 31))->message;
        QTest::newRow("reason without end")
            << u"reason"_s << u"End reason"_s << u"Kari Nordmann has a reason for leaving but no end date."_s;
        QTest::newRow("e-mail") << u"email"_s << u"E-mail"_s
                                << Validation::email(u"kari@"_s, Validation::Presence::Optional)->message;
        QTest::newRow("phone") << u"phone"_s << u"Phone"_s
                               << Validation::phone(u"12"_s, Validation::Presence::Optional)->message;
        QTest::newRow("student") << u"student"_s << u"Student"_s << u"Student 999 does not exist."_s;
    }

    void validation()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        QFETCH(QString, message);
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        Hire h = newHire(w);
        if (what == u"given"_s)
            h.givenName.clear();
        else if (what == u"family"_s)
            h.familyName = u" "_s;
        else if (what == u"idnumber"_s)
            h.familyName = u"Nordmann 01017000027"_s;
        else if (what == u"site"_s)
            h.siteId = 999;
        else if (what == u"start"_s)
            h.start = QDate();
        else if (what == u"probation"_s)
            h.probationEnd = QDate(2027, 1, 3);
        else if (what == u"end"_s)
            h.end = QDate(2026, 12, 31);
        else if (what == u"reason"_s)
            h.endReason = EndReason::Utdanning;
        else if (what == u"email"_s)
            h.email = u"kari@"_s;
        else if (what == u"phone"_s)
            h.phone = u"12"_s;
        else if (what == u"student"_s)
            h.studentId = 999;
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto r = HireRepository(t.plan()).insert(h);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().message, message);
        QCOMPARE(r.error().field, field);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM hires"_s).toInt(), 0);
    }

    void studentLink()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        HireRepository repo(t.plan());
        const qint64 id = storeHire(t.plan(), newHire(w));
        QCOMPARE(repo.setStudentLink(id, w.kari).value(), 0);
        QCOMPARE(repo.get(id)->studentId, w.kari);
        QCOMPARE(repo.listByStudent(w.kari)->size(), 1);
        QCOMPARE(repo.setStudentLink(id, 999).error().message, u"Student 999 does not exist."_s);
        QCOMPARE(repo.get(id)->studentId, w.kari);
        QCOMPARE(repo.setStudentLink(id, 0).value(), w.kari); // undo: the previous link comes back with it
        QVERIFY(repo.listByStudent(w.kari)->isEmpty());
    }

    void changeLog()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        HireRepository repo(t.plan());
        const qint64 id = storeHire(t.plan(), newHire(w));
        Hire h = repo.get(id).value();
        h.phone = u"915 00 002"_s;
        PRAKSIS_VERIFY_OK(repo.update(h));
        const qint64 m = MentorRepository(t.plan()).assign(supervisorMentor(id, w.anne, h.start)).value();
        PRAKSIS_VERIFY_OK(repo.remove(id, true));
        auto hires = ChangeLog::entries(t.plan(), -1, u"hire"_s);
        PRAKSIS_VERIFY_OK(hires);
        QCOMPARE(hires->size(), 3);
        QCOMPARE(hires->at(0).action, u"inserted"_s);
        QCOMPARE(hires->at(1).action, u"updated"_s);
        QCOMPARE(hires->at(2).action, u"removed"_s);
        QCOMPARE(*hires->at(2).entityId, id);
        QCOMPARE(hires->at(2).user, u"tester"_s);
        auto mentorships = ChangeLog::entries(t.plan(), -1, u"mentorship"_s);
        QCOMPARE(mentorships->first().action, u"inserted"_s);
        QCOMPARE(*mentorships->first().entityId, m);
        QCOMPARE(mentorships->last().action, u"reset"_s); // went with her
        auto conversations = ChangeLog::entries(t.plan(), -1, u"mentor-conversation"_s);
        QCOMPARE(conversations->at(0).summary.left(10), u"17 records"_s);
        // the log holds no names
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM change_log WHERE summary LIKE '%Nordmann%'"_s).toInt(),
                 0);
        QCOMPARE(ChangeLog::entityText(u"hire"_s), u"new hire"_s);
    }

    void assignPlansTheSchedule()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        const qint64 hire = storeHire(t.plan(), newHire(w));
        MentorRepository repo(t.plan());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto id = repo.assign(supervisorMentor(hire, w.anne, QDate(2027, 1, 4)));
        PRAKSIS_VERIFY_OK(id);
        QCOMPARE(spy.count(), 2); // the mentorship and its conversations
        auto conversations = repo.conversations(id.value());
        PRAKSIS_VERIFY_OK(conversations);
        QCOMPARE(conversations->size(), 17);
        QCOMPARE(planned(*conversations), MentorSchedule::dates(QDate(2027, 1, 4), 12));
        QCOMPARE(conversations->at(0).number, 1);
        QCOMPARE(conversations->at(16).number, 17);
        QCOMPARE(repo.mentorName(repo.get(id.value()).value()).value(), u"Anne Hansen"_s);
        QCOMPARE(repo.listByHire(hire)->size(), 1);
        QCOMPARE(repo.listByMentorSupervisor(w.anne)->size(), 1);

        // another hire as mentor, after the first mentorship ended early
        Hire mentor = newHire(w);
        mentor.givenName = u"Berit"_s;
        mentor.start = QDate(2020, 8, 1);
        const qint64 berit = storeHire(t.plan(), mentor);
        Mentorship first = repo.get(id.value()).value();
        first.endedOn = QDate(2027, 2, 26);
        PRAKSIS_VERIFY_OK(repo.update(first));
        Mentorship second;
        second.hireId = hire;
        second.mentorHireId = berit;
        second.start = QDate(2027, 3, 1);
        second.months = 24;
        auto secondId = repo.assign(second);
        PRAKSIS_VERIFY_OK(secondId);
        QCOMPARE(repo.conversations(secondId.value())->size(), 29);
        QCOMPARE(repo.mentorName(repo.get(secondId.value()).value()).value(), u"Berit Nordmann"_s);
        QCOMPARE(repo.listByMentorHire(berit)->size(), 1);
        QCOMPARE(repo.get(id.value())->endExclusive(), QDate(2027, 2, 27));
    }

    void mentorValidation_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("no mentor") << u"none"_s
                                   << u"The mentor of Kari Nordmann must be either a supervisor or another new hire."_s;
        QTest::newRow("two mentors") << u"both"_s
                                     << u"The mentor of Kari Nordmann must be either a supervisor or another new "
                                        u"hire."_s;
        QTest::newRow("herself") << u"self"_s << u"Kari Nordmann cannot be her own mentor."_s;
        QTest::newRow("no such supervisor") << u"supervisor"_s << u"Supervisor 999 does not exist."_s;
        QTest::newRow("no such hire") << u"hire"_s << u"New hire 999 does not exist."_s;
        QTest::newRow("before her start") << u"early"_s
                                          << u"The mentorship of Kari Nordmann starts on 03.01.2027, before she starts "
                                             u"on 04.01.2027."_s;
        QTest::newRow("after she left") << u"late"_s
                                        << u"The mentorship of Kari Nordmann starts on 01.07.2027, after she left on "
                                           u"30.06.2027."_s;
        QTest::newRow("0 months") << u"zero"_s << u"A mentorship lasts 1 to 24 months, not 0."_s;
        QTest::newRow("25 months") << u"long"_s << u"A mentorship lasts 1 to 24 months, not 25."_s;
        QTest::newRow("ended before start")
            << u"ended"_s << Validation::dateOrder(QDate(2027, 1, 4), QDate(2027, 1, 3))->message;
        QTest::newRow("overlap") << u"overlap"_s
                                 << u"Kari Nordmann already has a mentor (Anne Hansen) from 04.01.2027 to "
                                    u"03.01.2028."_s;
    }

    void mentorValidation()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        Hire h = newHire(w);
        h.end = QDate(2027, 6, 30);
        const qint64 hire = storeHire(t.plan(), h);
        MentorRepository repo(t.plan());
        Mentorship m = supervisorMentor(hire, w.anne, QDate(2027, 1, 4));
        if (what == u"none"_s)
            m.mentorSupervisorId = 0;
        else if (what == u"both"_s)
            m.mentorHireId = hire;
        else if (what == u"self"_s)
            m.mentorSupervisorId = 0, m.mentorHireId = hire;
        else if (what == u"supervisor"_s)
            m.mentorSupervisorId = 999;
        else if (what == u"hire"_s)
            m.mentorSupervisorId = 0, m.mentorHireId = 999;
        else if (what == u"early"_s)
            m.start = QDate(2027, 1, 3);
        else if (what == u"late"_s)
            m.start = QDate(2027, 7, 1);
        else if (what == u"zero"_s)
            m.months = 0;
        else if (what == u"long"_s)
            m.months = 25;
        else if (what == u"ended"_s)
            m.endedOn = QDate(2027, 1, 3);
        else if (what == u"overlap"_s) {
            PRAKSIS_VERIFY_OK(repo.assign(m));
            m.mentorSupervisorId = w.per;
            m.start = QDate(2027, 6, 1);
        }
        const int before = test::scalar(t.plan(), u"SELECT count(*) FROM mentor_conversations"_s).toInt();
        auto r = repo.assign(m);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().message, message);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM mentorships"_s).toInt(), what == u"overlap"_s ? 1 : 0);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM mentor_conversations"_s).toInt(), before);
    }

    // A moved start: conversations on their proposed dates follow it, one moved by hand or held stays; undo (put)
    // brings back every date as it was.
    void conversationsFollowTheStart()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        const qint64 hire = storeHire(t.plan(), newHire(w));
        MentorRepository repo(t.plan());
        const qint64 id = repo.assign(supervisorMentor(hire, w.anne, QDate(2027, 1, 4))).value();
        QList<MentorConversation> c = repo.conversations(id).value();
        // conversation 1 held, 2 moved by hand, the rest as proposed
        PRAKSIS_VERIFY_OK(repo.hold(c.at(0).id, QDate(2027, 1, 5)));
        PRAKSIS_VERIFY_OK(repo.plan(c.at(1).id, QDate(2027, 1, 13)));
        const MentorshipState beforeMove = repo.state(id).value();

        Mentorship moved = repo.get(id).value();
        moved.start = QDate(2027, 1, 18);
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto before = repo.update(moved);
        PRAKSIS_VERIFY_OK(before);
        QCOMPARE(before.value(), beforeMove);
        const QList<QDate> proposed = MentorSchedule::dates(QDate(2027, 1, 18), 12);
        c = repo.conversations(id).value();
        QCOMPARE(c.size(), 17);
        QCOMPARE(c.at(0).plannedDate, QDate(2027, 1, 4)); // held: stays
        QCOMPARE(c.at(0).heldDate, QDate(2027, 1, 5));
        QCOMPARE(c.at(1).plannedDate, QDate(2027, 1, 13)); // by hand: stays
        for (int i = 2; i < 17; ++i)
            QCOMPARE(c.at(i).plannedDate, proposed.at(i));
        QCOMPARE(c.at(16).plannedDate, QDate(2027, 12, 20));

        // shorter: the places the schedule no longer has go, held ones stay
        PRAKSIS_VERIFY_OK(repo.hold(c.at(10).id, QDate(2027, 6, 21)));
        moved.months = 4;
        PRAKSIS_VERIFY_OK(repo.update(moved));
        c = repo.conversations(id).value();
        QCOMPARE(c.size(), 10); // 9 places and the held conversation 11
        QCOMPARE(c.last().number, 11);
        // longer again: the places come back on their proposed dates
        moved.months = 12;
        PRAKSIS_VERIFY_OK(repo.update(moved));
        c = repo.conversations(id).value();
        QCOMPARE(c.size(), 17);
        QCOMPARE(c.at(9).plannedDate, proposed.at(9));
        QCOMPARE(c.at(10).heldDate, QDate(2027, 6, 21));

        // undo of the move, exactly
        PRAKSIS_VERIFY_OK(repo.put(before.value()));
        QCOMPARE(repo.state(id).value(), beforeMove);
    }

    void hireStartMovesHerMentorship()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        HireRepository hires(t.plan());
        const qint64 hire = storeHire(t.plan(), newHire(w));
        MentorRepository repo(t.plan());
        const qint64 id = repo.assign(supervisorMentor(hire, w.anne, QDate(2027, 1, 4))).value();
        Hire h = hires.get(hire).value();
        const Hire original = h;
        h.start = QDate(2027, 2, 1);
        h.probationEnd = QDate(2027, 8, 1);
        PRAKSIS_VERIFY_OK(hires.update(h));
        QCOMPARE(repo.get(id)->start, QDate(2027, 2, 1));
        QCOMPARE(planned(repo.conversations(id).value()), MentorSchedule::dates(QDate(2027, 2, 1), 12));
        // and back (undo of the hire's edit)
        PRAKSIS_VERIFY_OK(hires.update(original));
        QCOMPARE(repo.get(id)->start, QDate(2027, 1, 4));
        QCOMPARE(planned(repo.conversations(id).value()), MentorSchedule::dates(QDate(2027, 1, 4), 12));
    }

    void conversations()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        const qint64 hire = storeHire(t.plan(), newHire(w));
        MentorRepository repo(t.plan());
        const qint64 id = repo.assign(supervisorMentor(hire, w.anne, QDate(2027, 1, 4))).value();
        const MentorConversation first = repo.conversations(id)->first();
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto was = repo.hold(first.id, QDate(2027, 1, 6));
        PRAKSIS_VERIFY_OK(was);
        QCOMPARE(was.value(), first);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().entity, Entity::MentorConversation);
        QVERIFY(repo.conversation(first.id)->isHeld());
        QCOMPARE(repo.plan(first.id, QDate(2027, 1, 1)).error().message,
                 u"Mentor conversation 1 cannot be planned on 01.01.2027, before the mentorship starts on "
                 u"04.01.2027."_s);
        QCOMPARE(repo.hold(first.id, QDate(2026, 12, 1)).error().field, u"Held"_s);
        QCOMPARE(repo.plan(first.id, QDate()).error().field, u"Planned"_s);
        QCOMPARE(repo.conversation(first.id)->heldDate, QDate(2027, 1, 6));
        // undo: back as it was
        PRAKSIS_VERIFY_OK(repo.updateConversation(was.value()));
        QCOMPARE(repo.conversation(first.id).value(), first);
        QCOMPARE(repo.hold(12345, QDate(2027, 1, 6)).error().kind, Error::Kind::NotFound);
    }

    void removeMentorship()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        const qint64 hire = storeHire(t.plan(), newHire(w));
        MentorRepository repo(t.plan());
        const qint64 id = repo.assign(supervisorMentor(hire, w.anne, QDate(2027, 1, 4))).value();
        // nothing held: it goes unasked
        const MentorshipState fresh = repo.state(id).value();
        auto removed = repo.remove(id);
        PRAKSIS_VERIFY_OK(removed);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM mentor_conversations"_s).toInt(), 0);
        PRAKSIS_VERIFY_OK(repo.restore(removed.value()));
        QCOMPARE(repo.state(id).value(), fresh);

        PRAKSIS_VERIFY_OK(repo.hold(fresh.conversations.at(0).id, QDate(2027, 1, 4)));
        QCOMPARE(repo.dependents(id)->text(), u"1 mentor conversation held"_s);
        QCOMPARE(repo.remove(id).error().message, u"The mentorship of Kari Nordmann (mentor Anne Hansen) has 1 mentor "
                                                  u"conversation held. Deleting it deletes those too; "
                                                  u"confirm to go ahead."_s);
        const MentorshipState held = repo.state(id).value();
        removed = repo.remove(id, true);
        PRAKSIS_VERIFY_OK(removed);
        QVERIFY(repo.listByHire(hire)->isEmpty());
        PRAKSIS_VERIFY_OK(repo.restore(removed.value()));
        QCOMPARE(repo.state(id).value(), held);
    }

    void removeHire()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        HireRepository hires(t.plan());
        const qint64 hire = storeHire(t.plan(), newHire(w));
        Hire mentorHire = newHire(w);
        mentorHire.givenName = u"Berit"_s;
        const qint64 berit = storeHire(t.plan(), mentorHire);
        MentorRepository mentors(t.plan());
        Mentorship m = supervisorMentor(hire, 0, QDate(2027, 1, 4));
        m.mentorHireId = berit;
        const qint64 mentorship = mentors.assign(m).value();
        PRAKSIS_VERIFY_OK(mentors.hold(mentors.conversations(mentorship)->first().id, QDate(2027, 1, 4)));
        const MentorshipState state = mentors.state(mentorship).value();

        // Berit is Kari's mentor: she cannot go
        QCOMPARE(hires.dependents(berit)->text(), u"1 mentorship as mentor"_s);
        QCOMPARE(hires.remove(berit, true).error().message,
                 u"The new hire Berit Nordmann cannot be deleted: it is still used by 1 mentorship as mentor. Delete "
                 u"or move those first."_s);
        // Kari goes with her mentorship, when confirmed
        QCOMPARE(hires.dependents(hire)->text(), u"1 mentorship"_s);
        QCOMPARE(hires.remove(hire).error().kind, Error::Kind::Conflict);
        const Hire kari = hires.get(hire).value();
        auto removed = hires.remove(hire, true);
        PRAKSIS_VERIFY_OK(removed);
        QCOMPARE(removed->record, kari);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM mentorships"_s).toInt(), 0);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM mentor_conversations"_s).toInt(), 0);
        PRAKSIS_VERIFY_OK(hires.restore(removed.value()));
        QCOMPARE(hires.get(hire).value(), kari);
        QCOMPARE(mentors.state(mentorship).value(), state);
    }

    // Sites and supervisors with hires or mentorships are not removed from under them.
    void siteAndSupervisorAsked()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        Hire h = newHire(w);
        h.siteId = w.fjellheim;
        const qint64 hire = storeHire(t.plan(), h);
        PRAKSIS_VERIFY_OK(MentorRepository(t.plan()).assign(supervisorMentor(hire, w.anne, h.start)));
        SiteRepository sites(t.plan());
        QVERIFY(sites.dependents(w.fjellheim)->text().contains(u"1 new hire"_s));
        auto r = sites.remove(w.fjellheim, true);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"1 new hire"_s));
        SupervisorRepository supervisors(t.plan());
        QCOMPARE(supervisors.dependents(w.anne)->text(), u"1 mentorship as mentor"_s);
        QCOMPARE(supervisors.remove(w.anne, true).error().message,
                 u"The supervisor Anne Hansen cannot be deleted: it is still used by 1 mentorship as mentor. Delete "
                 u"or move those first."_s);
    }
};

QTEST_GUILESS_MAIN(TestHireRepository)
#include "tst_hirerepository.moc"
