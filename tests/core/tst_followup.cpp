#include "TestSupport.h"
#include "calendar/WorkCalendar.h"
#include "followup/AbsenceRepository.h"
#include "followup/FollowUp.h"
#include "followup/MeetingRepository.h"
#include "storage/PlanSettings.h"

#include <QSignalSpy>
#include <QTest>

using namespace praksis;

Q_DECLARE_METATYPE(praksis::MeetingKind)

namespace {

using test::insert;

// A small plan built by hand: one school with a nursing and an apprentice programme, two sites, two periods.
struct HandPlan
{
    test::TempPlan t;
    qint64 school = 0, nursing = 0, apprentices = 0, solbakken = 0, heimen = 0, autumn = 0, spring = 0;

    HandPlan()
    {
        PlanFile &p = t.plan();
        school = insert(p, u"INSERT INTO schools (name, kind) VALUES ('OsloMet', 'universitet')"_qs, {});
        nursing = insert(p, u"INSERT INTO programmes (school_id, name, kind) VALUES (?, 'Sykepleie', 'sykepleie')"_qs,
                         {school});
        apprentices = insert(
            p, u"INSERT INTO programmes (school_id, name, kind) VALUES (?, 'Lærlinger', 'laerling')"_qs, {school});
        solbakken =
            insert(p, u"INSERT INTO sites (name, unit, kind) VALUES ('Solbakken sykehjem', '', 'sykehjem')"_qs, {});
        heimen = insert(p, u"INSERT INTO sites (name, unit, kind) VALUES ('Heimen', 'Avd. 2', 'sykehjem')"_qs, {});
        // 24.08.2026–30.10.2026: 50 working days, 30 hours a week: 300 planned hours
        autumn = insert(p,
                        u"INSERT INTO periods (name, start_date, end_date, hours_per_week) "
                        "VALUES ('Høst 2026', '2026-08-24', '2026-10-30', 30)"_qs,
                        {});
        // 09.03.2026–10.04.2026 over Easter: 22 working days, 37.5 hours a week: 165 planned hours
        spring = insert(p,
                        u"INSERT INTO periods (name, start_date, end_date, hours_per_week) "
                        "VALUES ('Vår 2026', '2026-03-09', '2026-04-10', 37.5)"_qs,
                        {});
    }

    PlanFile &plan() { return t.plan(); }

    qint64 student(const QString &given, const QString &family, qint64 programme)
    {
        static int number = 0;
        return insert(plan(),
                      u"INSERT INTO students (school_id, programme_id, student_number, given_name, family_name) "
                      "VALUES (?, ?, ?, ?, ?)"_qs,
                      {school, programme, QString::number(++number), given, family});
    }

    qint64 placement(qint64 student, qint64 site, qint64 period, const QString &start, const QString &end,
                     const QString &status = u"ongoing"_qs)
    {
        return insert(plan(),
                      u"INSERT INTO placements (student_id, site_id, period_id, start_date, end_date, status) "
                      "VALUES (?, ?, ?, ?, ?, ?)"_qs,
                      {student, site, period, start, end, status});
    }

    void absence(qint64 placement, const QString &date, double hours)
    {
        insert(plan(), u"INSERT INTO absences (placement_id, date, hours) VALUES (?, ?, ?)"_qs,
               {placement, date, hours});
    }
};

const QList<Conflict> &ok(const Result<QList<Conflict>> &r)
{
    if (!r)
        qFatal("conflicts: %s", qPrintable(r.error().toString()));
    return r.value();
}

} // namespace

class TestFollowUp : public QObject
{
    Q_OBJECT

private slots:
    void plannedHours_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<double>("hoursPerWeek");
        QTest::addColumn<double>("planned");
        QTest::newRow("10 ordinary weeks") << QDate(2026, 8, 24) << QDate(2026, 10, 30) << 30.0 << 300.0;
        // 4 weeks over Easter 2026: Maundy Thursday, Good Friday and Easter Monday off: 17 days
        QTest::newRow("Easter 2026") << QDate(2026, 3, 23) << QDate(2026, 4, 17) << 30.0 << 102.0;
        QTest::newRow("Easter 2026, 37.5 h") << QDate(2026, 3, 9) << QDate(2026, 4, 10) << 37.5 << 165.0;
        // 17 May 2027 is a Monday and Whit Monday too: one day off, not two; Ascension Day 6 May
        QTest::newRow("May 2027") << QDate(2027, 5, 3) << QDate(2027, 5, 21) << 30.0 << 78.0;
        // 17 May 2026 is a Sunday: no day off for it; Ascension Day 14 May is
        QTest::newRow("May 2026") << QDate(2026, 5, 11) << QDate(2026, 5, 22) << 30.0 << 54.0;
        // across week 53 of 2026 and the New Year: Christmas Day, 1 January off (Boxing Day is a Saturday)
        QTest::newRow("week 53 of 2026") << QDate(2026, 12, 21) << QDate(2027, 1, 8) << 30.0 << 78.0;
        QTest::newRow("week 53 of 2020") << QDate(2020, 12, 28) << QDate(2021, 1, 3) << 35.0 << 28.0;
        QTest::newRow("a weekend only") << QDate(2026, 8, 29) << QDate(2026, 8, 30) << 30.0 << 0.0;
    }
    void plannedHours()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(double, hoursPerWeek);
        QFETCH(double, planned);
        QCOMPARE(FollowUp::plannedHours(start, end, hoursPerWeek), planned);
    }

    void thresholds_data()
    {
        QTest::addColumn<double>("absence");
        QTest::addColumn<double>("planned");
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("level");
        const int none = int(AbsenceLevel::None), makeUp = int(AbsenceLevel::MakeUp), risk = int(AbsenceLevel::AtRisk);
        QTest::newRow("no absence") << 0.0 << 300.0 << 0.0 << none;
        QTest::newRow("exactly 10 %") << 30.0 << 300.0 << 10.0 << none;
        QTest::newRow("just above 10 %") << 30.5 << 300.0 << 30.5 / 3.0 << makeUp;
        QTest::newRow("exactly 20 %") << 60.0 << 300.0 << 20.0 << makeUp;
        QTest::newRow("just above 20 %") << 60.5 << 300.0 << 60.5 / 3.0 << risk;
        // 7 days at 37.5 h: 52.5 h planned; 5.25 h is exactly 10 % (not exact in binary floating point)
        QTest::newRow("exactly 10 % of 52.5") << 5.25 << 52.5 << 10.0 << none;
        QTest::newRow("exactly 20 % of 102") << 20.4 << 102.0 << 20.0 << makeUp;
        QTest::newRow("exactly 10 % of 165") << 16.5 << 165.0 << 10.0 << none;
        QTest::newRow("nothing planned, some absence") << 3.0 << 0.0 << 100.0 << risk;
        // a placement with no working days (a weekend, or a period of 0 hours): no absence is 0 %, not 100 %
        QTest::newRow("nothing planned, no absence") << 0.0 << 0.0 << 0.0 << none;
    }
    void thresholds()
    {
        QFETCH(double, absence);
        QFETCH(double, planned);
        QFETCH(double, percent);
        QFETCH(int, level);
        const AbsenceSummary s = FollowUp::summarise(absence, planned, AbsenceLimits{});
        QVERIFY(qAbs(s.percent - percent) < 1e-9);
        QCOMPARE(int(s.level), level);
    }

    void limitsFromSettings()
    {
        const AbsenceLimits strict{5.0, 15.0};
        QCOMPARE(FollowUp::classify(15.0, 300.0, strict), AbsenceLevel::None);
        QCOMPARE(FollowUp::classify(16.0, 300.0, strict), AbsenceLevel::MakeUp);
        QCOMPARE(FollowUp::classify(46.0, 300.0, strict), AbsenceLevel::AtRisk);

        HandPlan h;
        const qint64 s = h.student(u"Kari"_qs, u"Nordmann"_qs, h.nursing);
        const qint64 p = h.placement(s, h.solbakken, h.autumn, u"2026-08-24"_qs, u"2026-10-30"_qs);
        h.absence(p, u"2026-09-01"_qs, 6);
        h.absence(p, u"2026-09-02"_qs, 12);
        auto a = FollowUp::absence(h.plan(), p);
        QVERIFY(a);
        QCOMPARE(a->plannedHours, 300.0);
        QCOMPARE(a->absenceHours, 18.0);
        QCOMPARE(a->percent, 6.0);
        QCOMPARE(a->level, AbsenceLevel::None);
        QVERIFY(PlanSettings(h.plan()).setAbsenceLimits(strict));
        a = FollowUp::absence(h.plan(), p);
        QCOMPARE(a->level, AbsenceLevel::MakeUp);
        QCOMPARE(ok(FollowUp::conflicts(h.plan(), 0, QDate(2026, 9, 3))).size(), 1);
    }

    void absenceOfPlacementWithoutRecords()
    {
        HandPlan h;
        const qint64 s = h.student(u"Kari"_qs, u"Nordmann"_qs, h.nursing);
        const qint64 p = h.placement(s, h.solbakken, h.spring, u"2026-03-09"_qs, u"2026-04-10"_qs);
        auto a = FollowUp::absence(h.plan(), p);
        QVERIFY(a);
        QCOMPARE(a->plannedHours, 165.0);
        QCOMPARE(a->absenceHours, 0.0);
        QCOMPARE(a->level, AbsenceLevel::None);
        QCOMPARE(FollowUp::absence(h.plan(), 999).ok(), false);
        QCOMPARE(FollowUp::absence(h.plan(), 999).error().kind, Error::Kind::NotFound);
    }

    // What follow-up reads of one placement: its dates, the kind of the student's programme and the hours a week of
    // its period (the placement window shows the planned hours and proposes a day's absence from them).
    void placementDates_data()
    {
        QTest::addColumn<bool>("apprentice");
        QTest::addColumn<bool>("spring");
        QTest::addColumn<double>("hoursPerWeek");
        QTest::newRow("nursing, autumn") << false << false << 30.0;
        QTest::newRow("nursing, spring") << false << true << 37.5;
        QTest::newRow("apprentice, spring") << true << true << 37.5;
    }

    void placementDates()
    {
        QFETCH(bool, apprentice);
        QFETCH(bool, spring);
        QFETCH(double, hoursPerWeek);
        HandPlan h;
        // another placement in the other period first: the one asked about is not the first row
        h.placement(h.student(u"Per"_qs, u"Ås"_qs, h.nursing), h.heimen, spring ? h.autumn : h.spring,
                    spring ? u"2026-08-24"_qs : u"2026-03-09"_qs, spring ? u"2026-10-30"_qs : u"2026-04-10"_qs);
        const qint64 s = h.student(u"Kari"_qs, u"Nordmann"_qs, apprentice ? h.apprentices : h.nursing);
        const qint64 p = h.placement(s, h.solbakken, spring ? h.spring : h.autumn, u"2026-03-16"_qs, u"2026-04-03"_qs);
        auto d = FollowUp::placementDates(h.plan(), p);
        QVERIFY(d);
        QCOMPARE(d->placementId, p);
        QCOMPARE(d->start, QDate(2026, 3, 16));
        QCOMPARE(d->end, QDate(2026, 4, 3));
        QCOMPARE(d->programme, apprentice ? ProgrammeKind::Laerling : ProgrammeKind::Sykepleie);
        QCOMPARE(d->hoursPerWeek, hoursPerWeek);
        QCOMPARE(FollowUp::placementDates(h.plan(), p + 100).error().kind, Error::Kind::NotFound);
    }

    void proposedMeetings_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<bool>("apprentice");
        QTest::addColumn<QList<QDate>>("dates");
        // Monday to Friday, 10 weeks: Wednesday of week 1; the middle is Saturday 26.09 -> Friday 25.09; the
        // Wednesday of the last week
        QTest::newRow("10 weeks") << QDate(2026, 8, 24) << QDate(2026, 10, 30) << false
                                  << QList<QDate>{QDate(2026, 8, 26), QDate(2026, 9, 25), QDate(2026, 10, 28)};
        // 5 weeks: the middle (25.03) is later than three weeks before the end (20.03), which wins
        QTest::newRow("5 weeks, midway three weeks before the end")
            << QDate(2026, 3, 9) << QDate(2026, 4, 10) << false
            << QList<QDate>{QDate(2026, 3, 11), QDate(2026, 3, 20), QDate(2026, 4, 8)};
        // ends Tuesday after Easter: two days before is Easter Sunday; Easter Monday, Good Friday and Maundy
        // Thursday are off, so the final assessment is Wednesday 01.04 (still in the last week)
        QTest::newRow("final assessment before Easter")
            << QDate(2026, 2, 16) << QDate(2026, 4, 7) << false
            << QList<QDate>{QDate(2026, 2, 18), QDate(2026, 3, 13), QDate(2026, 4, 1)};
        // starts Tuesday before Easter: two days in is Maundy Thursday; the next working day (07.04) is after the
        // first week, so the expectations meeting is on the first day
        QTest::newRow("first week over Easter")
            << QDate(2026, 3, 31) << QDate(2026, 5, 29) << false
            << QList<QDate>{QDate(2026, 3, 31), QDate(2026, 4, 29), QDate(2026, 5, 27)};
        // 2 weeks: three weeks before the end lies before the start, so the middle (Saturday 29.08 -> Friday)
        QTest::newRow("2 weeks") << QDate(2026, 8, 24) << QDate(2026, 9, 4) << false
                                 << QList<QDate>{QDate(2026, 8, 26), QDate(2026, 8, 28), QDate(2026, 9, 2)};
        // apprentice, two years: every six months, the last at the end
        QTest::newRow("apprentice two years")
            << QDate(2026, 8, 17) << QDate(2028, 8, 16) << true
            << QList<QDate>{QDate(2027, 2, 17), QDate(2027, 8, 17), QDate(2028, 2, 17), QDate(2028, 8, 16)};
        // six months from 17.11.2026 is Monday 17.05.2027, Constitution Day and Whit Monday: the Friday before
        QTest::newRow("apprentice, 17 May") << QDate(2026, 11, 17) << QDate(2027, 11, 16) << true
                                            << QList<QDate>{QDate(2027, 5, 14), QDate(2027, 11, 16)};
    }
    void proposedMeetings()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(bool, apprentice);
        QFETCH(QList<QDate>, dates);
        const auto proposed =
            FollowUp::proposedMeetings(start, end, apprentice ? ProgrammeKind::Laerling : ProgrammeKind::Sykepleie);
        QList<QDate> got;
        for (const ProposedMeeting &m : proposed) {
            got.append(m.date);
            QVERIFY(m.due >= m.date);
            QCOMPARE(m.kind == MeetingKind::Halvarsvurdering, apprentice);
        }
        QCOMPARE(got, dates);
        if (!apprentice) {
            QCOMPARE(proposed[0].kind, MeetingKind::Forventningssamtale);
            QCOMPARE(proposed[1].kind, MeetingKind::Midtveisvurdering);
            QCOMPARE(proposed[2].kind, MeetingKind::Sluttvurdering);
        }
    }

    void proposedMeetingsKeepTheRules()
    {
        // every start day over two years and lengths from 3 to 12 weeks
        for (QDate start(2026, 1, 1); start < QDate(2028, 1, 1); start = start.addDays(3)) {
            for (int weeks = 3; weeks <= 12; weeks += 3) {
                const QDate end = start.addDays(weeks * 7 - 3);
                const auto p = FollowUp::proposedMeetings(start, end, ProgrammeKind::Helsearbeiderfag);
                QCOMPARE(p.size(), 3);
                for (const ProposedMeeting &m : p) {
                    QVERIFY2(m.date >= start && m.date <= end, qPrintable(start.toString(Qt::ISODate)));
                }
                QVERIFY(p[0].date <= start.addDays(6));
                QVERIFY(p[2].date >= end.addDays(-6));
                QVERIFY(p[0].date <= p[1].date && p[1].date <= p[2].date);
                if (weeks >= 6) {
                    QVERIFY(p[1].date <= end.addDays(-21));
                    QVERIFY(p[1].date > start.addDays(6));
                    for (const ProposedMeeting &m : p)
                        QVERIFY2(WorkCalendar::isWorkingDay(m.date), qPrintable(m.date.toString(Qt::ISODate)));
                }
            }
        }
    }

    void rulesFiveAndSix()
    {
        HandPlan h;
        PlanFile &plan = h.plan();
        const qint64 kari = h.student(u"Kari"_qs, u"Nordmann"_qs, h.nursing);
        const qint64 ola = h.student(u"Ola"_qs, u"Hansen"_qs, h.nursing);
        const qint64 per = h.student(u"Per"_qs, u"Berg"_qs, h.nursing);
        const qint64 eva = h.student(u"Eva"_qs, u"Dahl"_qs, h.nursing);
        const qint64 lise = h.student(u"Lise"_qs, u"Lie"_qs, h.nursing);
        // 300 planned hours each
        const qint64 pKari = h.placement(kari, h.solbakken, h.autumn, u"2026-08-24"_qs, u"2026-10-30"_qs);
        const qint64 pOla = h.placement(ola, h.heimen, h.autumn, u"2026-08-24"_qs, u"2026-10-30"_qs);
        const qint64 pPer = h.placement(per, h.solbakken, h.autumn, u"2026-08-24"_qs, u"2026-10-30"_qs);
        const qint64 pEva =
            h.placement(eva, h.solbakken, h.autumn, u"2026-08-24"_qs, u"2026-10-30"_qs, u"cancelled"_qs);
        // 165 planned hours
        const qint64 pLise = h.placement(lise, h.heimen, h.spring, u"2026-03-09"_qs, u"2026-04-10"_qs, u"completed"_qs);

        h.absence(pKari, u"2026-09-01"_qs, 24); // 30 h: exactly 10 %, no conflict
        h.absence(pKari, u"2026-09-02"_qs, 6);
        h.absence(pOla, u"2026-09-01"_qs, 24); // 31 h: 10.3 %, to be made up
        h.absence(pOla, u"2026-09-02"_qs, 7);
        for (int d = 1; d <= 10; ++d) // 61 h: 20.3 %, at risk
            h.absence(pPer, u"2026-09-%1"_qs.arg(d, 2, 10, QLatin1Char('0')), d == 10 ? 7 : 6);
        h.absence(pEva, u"2026-09-01"_qs, 24); // cancelled: never counted
        h.absence(pEva, u"2026-09-02"_qs, 24);
        h.absence(pLise, u"2026-03-10"_qs, 17); // 17 of 165 h: 10.3 %

        // meetings: Kari's expectations meeting planned 26.08, not held; her midway one planned 25.09
        insert(plan,
               u"INSERT INTO assessment_meetings (placement_id, kind, planned_date) VALUES (?, 'forventningssamtale', "
               "'2026-08-26')"_qs,
               {pKari});
        insert(plan,
               u"INSERT INTO assessment_meetings (placement_id, kind, planned_date) VALUES (?, 'midtveisvurdering', "
               "'2026-09-25')"_qs,
               {pKari});
        // Ola's was held
        insert(plan,
               u"INSERT INTO assessment_meetings (placement_id, kind, planned_date, held_date) VALUES (?, "
               "'forventningssamtale', '2026-08-26', '2026-08-27')"_qs,
               {pOla});
        // Per's has no planned date: due by the end of the first week, 30.08
        insert(plan, u"INSERT INTO assessment_meetings (placement_id, kind) VALUES (?, 'forventningssamtale')"_qs,
               {pPer});
        // Eva's placement is cancelled
        insert(plan,
               u"INSERT INTO assessment_meetings (placement_id, kind, planned_date) VALUES (?, 'forventningssamtale', "
               "'2026-08-26')"_qs,
               {pEva});

        const QDate today(2026, 9, 1);
        const QList<Conflict> all = ok(FollowUp::conflicts(plan, 0, today));
        QCOMPARE(all.size(), 5);

        // sorted by rule: 5 (made up), 51 (at risk), 6 (meetings)
        QCOMPARE(all[0].rule, Conflict::Rule::AbsenceMakeUp);
        QCOMPARE(all[0].severity, Conflict::Severity::Warning);
        QCOMPARE(all[0].placementIds, QList<qint64>{pLise}); // earlier dates first
        QCOMPARE(all[1].rule, Conflict::Rule::AbsenceMakeUp);
        QCOMPARE(all[1].placementIds, QList<qint64>{pOla});
        QCOMPARE(all[1].studentId, ola);
        QCOMPARE(all[1].siteId, h.heimen);
        QCOMPARE(all[1].periodId, h.autumn);
        QCOMPARE(all[1].from, QDate(2026, 8, 24));
        QCOMPARE(all[1].to, QDate(2026, 10, 30));
        for (const QString &part : {u"Ola Hansen"_qs, u"Heimen, Avd. 2"_qs, u"10.3 %"_qs, u"31 of 300"_qs,
                                    u"24.08.2026"_qs, u"30.10.2026"_qs, u"above 10 %"_qs, u"made up"_qs})
            QVERIFY2(all[1].message.contains(part), qPrintable(all[1].message));

        QCOMPARE(all[2].rule, Conflict::Rule::AbsenceAtRisk);
        QCOMPARE(all[2].severity, Conflict::Severity::Error);
        QCOMPARE(all[2].placementIds, QList<qint64>{pPer});
        for (const QString &part :
             {u"Per Berg"_qs, u"Solbakken sykehjem"_qs, u"20.3 %"_qs, u"61 of 300"_qs, u"above 20 %"_qs, u"at risk"_qs})
            QVERIFY2(all[2].message.contains(part), qPrintable(all[2].message));

        QCOMPARE(all[3].rule, Conflict::Rule::MeetingOverdue);
        QCOMPARE(all[3].placementIds, QList<qint64>{pKari});
        QCOMPARE(all[3].from, QDate(2026, 8, 26));
        QCOMPARE(all[3].periodId, h.autumn);
        for (const QString &part :
             {u"Kari Nordmann"_qs, u"Solbakken sykehjem"_qs, u"26.08.2026"_qs, u"Expectations meeting"_qs})
            QVERIFY2(all[3].message.contains(part), qPrintable(all[3].message));
        QCOMPARE(all[4].rule, Conflict::Rule::MeetingOverdue);
        QCOMPARE(all[4].placementIds, QList<qint64>{pPer});
        QCOMPARE(all[4].from, QDate(2026, 8, 30));

        // one period only
        const QList<Conflict> spring = ok(FollowUp::conflicts(plan, h.spring, today));
        QCOMPARE(spring.size(), 1);
        QCOMPARE(spring[0].placementIds, QList<qint64>{pLise});
        QCOMPARE(ok(FollowUp::conflicts(plan, h.autumn, today)).size(), 4);

        // on the due date itself a meeting is not overdue yet; later the midway one is too
        QCOMPARE(ok(FollowUp::conflicts(plan, h.autumn, QDate(2026, 8, 26))).size(), 2);
        QCOMPARE(ok(FollowUp::conflicts(plan, h.autumn, QDate(2026, 9, 26))).size(), 5);

        // holding the meeting clears it
        auto meetings = MeetingRepository(plan).listByPlacement(pKari);
        QVERIFY(meetings);
        QVERIFY(MeetingRepository(plan).hold(meetings->at(0).id, QDate(2026, 9, 1), u"Kari, veileder"_qs));
        QCOMPARE(ok(FollowUp::conflicts(plan, h.autumn, today)).size(), 3);

        // the overview's list: due up to the end of the week, overdue marked
        auto due = FollowUp::meetingsDue(plan, 0, today, QDate(2026, 9, 30));
        QVERIFY(due);
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).placementId, pPer);
        QVERIFY(due->at(0).overdue);
        QCOMPARE(due->at(1).placementId, pKari);
        QCOMPARE(due->at(1).kind, MeetingKind::Midtveisvurdering);
        QVERIFY(!due->at(1).overdue);

        auto absences = FollowUp::absences(plan, h.autumn);
        QVERIFY(absences);
        QCOMPARE(absences->size(), 3); // Kari, Ola, Per; Eva's placement is cancelled
    }

    void absenceRecords()
    {
        HandPlan h;
        PlanFile &plan = h.plan();
        const qint64 s = h.student(u"Kari"_qs, u"Nordmann"_qs, h.nursing);
        const qint64 p = h.placement(s, h.solbakken, h.autumn, u"2026-08-24"_qs, u"2026-10-30"_qs);
        AbsenceRepository repo(plan);
        QSignalSpy spy(&plan, &PlanFile::changed);

        AbsenceRecord r{0, p, QDate(2026, 9, 1), 7.5, AbsenceReason::SyktBarn};
        auto id = repo.insert(r);
        QVERIFY(id);
        QCOMPARE(spy.count(), 1);
        auto change = spy.takeFirst().at(0).value<Change>();
        QCOMPARE(change.entity, Entity::Absence);
        QCOMPARE(change.kind, Change::Kind::Inserted);
        QCOMPARE(change.ids, QList<qint64>{*id});
        r.id = *id;
        QCOMPARE(repo.get(*id).value(), r);

        // invalid records are refused and nothing is written
        const struct
        {
            AbsenceRecord record;
            QString field;
        } bad[] = {
            {AbsenceRecord{0, p, QDate(2026, 8, 21), 6, AbsenceReason::Annet}, u"Date"_qs},
            {AbsenceRecord{0, p, QDate(2026, 10, 31), 6, AbsenceReason::Annet}, u"Date"_qs},
            {AbsenceRecord{0, p, QDate(), 6, AbsenceReason::Annet}, u"Date"_qs},
            {AbsenceRecord{0, p, QDate(2026, 9, 2), 0, AbsenceReason::Annet}, u"Hours"_qs},
            {AbsenceRecord{0, p, QDate(2026, 9, 2), 25, AbsenceReason::Annet}, u"Hours"_qs},
        };
        for (const auto &b : bad) {
            auto res = repo.insert(b.record);
            QVERIFY(!res);
            QCOMPARE(res.error().kind, Error::Kind::Invalid);
            QCOMPARE(res.error().field, b.field);
        }
        QVERIFY(!repo.insert(AbsenceRecord{0, 999, QDate(2026, 9, 2), 6, AbsenceReason::Annet}));
        QCOMPARE(test::scalar(plan, u"SELECT count(*) FROM absences"_qs).toInt(), 1);
        QCOMPARE(spy.count(), 0);

        r.hours = 4;
        r.reason = AbsenceReason::Velferd;
        QVERIFY(repo.update(r));
        QCOMPARE(repo.get(r.id).value(), r);
        QCOMPARE(spy.takeFirst().at(0).value<Change>().kind, Change::Kind::Updated);
        QCOMPARE(FollowUp::absence(plan, p)->absenceHours, 4.0);

        auto removed = repo.remove(r.id);
        QVERIFY(removed);
        QCOMPARE(removed.value(), r);
        QCOMPARE(spy.takeFirst().at(0).value<Change>().kind, Change::Kind::Removed);
        QCOMPARE(repo.listByPlacement(p)->size(), 0);
        // undo: back with the same id
        QCOMPARE(repo.insert(removed.value()).value(), r.id);
        QCOMPARE(repo.listByPlacement(p).value(), QList<AbsenceRecord>{r});
    }

    void meetings()
    {
        HandPlan h;
        PlanFile &plan = h.plan();
        const qint64 s = h.student(u"Kari"_qs, u"Nordmann"_qs, h.nursing);
        const qint64 p = h.placement(s, h.solbakken, h.autumn, u"2026-08-24"_qs, u"2026-10-30"_qs);
        MeetingRepository repo(plan);
        QSignalSpy spy(&plan, &PlanFile::changed);

        auto ids = repo.createProposed(p);
        QVERIFY2(ids, ids ? "" : qPrintable(ids.error().toString()));
        QCOMPARE(ids->size(), 3);
        QCOMPARE(spy.count(), 1); // the three meetings as one Inserted, announced at the one commit
        QCOMPARE(spy.at(0).at(0).value<Change>().entity, Entity::Meeting);
        QCOMPARE(spy.at(0).at(0).value<Change>().ids, ids.value());
        auto list = repo.listByPlacement(p);
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).kind, MeetingKind::Forventningssamtale);
        QCOMPARE(list->at(0).plannedDate, QDate(2026, 8, 26));
        QCOMPARE(list->at(1).plannedDate, QDate(2026, 9, 25));
        QCOMPARE(list->at(2).plannedDate, QDate(2026, 10, 28));
        QVERIFY(!list->at(0).isHeld());
        // again: nothing missing, nothing created
        QCOMPARE(repo.createProposed(p)->size(), 0);

        spy.clear();
        QVERIFY(repo.hold(list->at(0).id, QDate(2026, 8, 27), u"Kari Nordmann, Siri Veileder"_qs));
        QCOMPARE(spy.count(), 1);
        auto held = repo.get(list->at(0).id);
        QCOMPARE(held->heldDate, QDate(2026, 8, 27));
        QCOMPARE(held->participants, u"Kari Nordmann, Siri Veileder"_qs);
        QVERIFY(held->isHeld());

        // edit the planned date, then remove and restore
        AssessmentMeeting m = list->at(1);
        m.plannedDate = QDate(2026, 9, 29);
        QVERIFY(repo.update(m));
        QCOMPARE(repo.get(m.id)->plannedDate, QDate(2026, 9, 29));
        auto removed = repo.remove(m.id);
        QVERIFY(removed);
        QCOMPARE(removed.value(), m);
        QCOMPARE(repo.listByPlacement(p)->size(), 2);
        // the missing midway assessment is proposed again
        QCOMPARE(repo.createProposed(p)->size(), 1);
        QVERIFY(!repo.get(999999));
        QCOMPARE(repo.hold(999999, QDate(2026, 9, 1), {}).error().kind, Error::Kind::NotFound);
        QCOMPARE(repo.insert(AssessmentMeeting{0, 999, MeetingKind::Sluttvurdering, {}, {}, {}}).error().kind,
                 Error::Kind::NotFound);

        // an apprentice gets half-year assessments
        const qint64 a = h.student(u"Ali"_qs, u"Khan"_qs, h.apprentices);
        const qint64 pa = h.placement(a, h.heimen, h.autumn, u"2026-08-17"_qs, u"2028-08-16"_qs);
        QCOMPARE(repo.createProposed(pa)->size(), 4);
        const QList<AssessmentMeeting> halfYear = repo.listByPlacement(pa).value();
        for (const AssessmentMeeting &x : halfYear)
            QCOMPARE(x.kind, MeetingKind::Halvarsvurdering);
        QCOMPARE(repo.createProposed(pa)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFollowUp)
#include "tst_followup.moc"
