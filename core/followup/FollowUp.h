#pragma once

#include "Error.h"
#include "model/Kinds.h"
#include "planning/Conflict.h"
#include "storage/PlanSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace praksis {

class PlanFile;

// How a placement's absence stands against the limits of rule 5.
enum class AbsenceLevel
{
    None,   // at or below the first limit
    MakeUp, // above the first limit (default 10 %): the absence must be made up
    AtRisk, // above the second limit (default 20 %): the period is at risk
};

struct AbsenceSummary
{
    qint64 placementId = 0;
    double plannedHours = 0.0; // working days between start and end × hours per week / 5
    double absenceHours = 0.0;
    double percent = 0.0; // absenceHours of plannedHours, in per cent
    AbsenceLevel level = AbsenceLevel::None;
};

// A meeting proposed from a placement's dates: the date to plan it on and the latest date it is due by.
struct ProposedMeeting
{
    MeetingKind kind = MeetingKind::Forventningssamtale;
    QDate date;
    QDate due;

    friend bool operator==(const ProposedMeeting &, const ProposedMeeting &) = default;
};

// A meeting not held yet that is due up to a given date (for the overview and rule 6).
struct DueMeeting
{
    qint64 meetingId = 0;
    qint64 placementId = 0;
    qint64 studentId = 0;
    qint64 siteId = 0;
    qint64 periodId = 0;
    MeetingKind kind = MeetingKind::Forventningssamtale;
    QDate due;
    bool overdue = false; // due before today
    QString studentName;
    QString siteName;
    qint64 supervisorId = 0; // 0: none yet
    QString supervisorName;
};

// What follow-up needs to know of a placement: its dates, the kind of the student's programme and the hours a week
// of its period (the planned hours and a day's absence are counted from them).
struct PlacementDates
{
    qint64 placementId = 0;
    QDate start;
    QDate end;
    ProgrammeKind programme = ProgrammeKind::Annet; // Annet when the student has no programme
    double hoursPerWeek = 0.0;
};

// Follow-up during placements (PRODUCT.md section 2, rules 5 and 6): planned hours and absence, proposed
// assessment meetings, and the conflicts of rules 5 and 6. Reads with a few aggregate queries, so a plan of
// 50,000 placements is checked at once.
class FollowUp
{
    Q_DECLARE_TR_FUNCTIONS(praksis::FollowUp)

public:
    // --- absence (rule 5) ---
    // The planned hours of a placement: WorkCalendar::plannedHours(start, end, hoursPerWeek).
    static double plannedHours(QDate start, QDate end, double hoursPerWeek);
    // absence of planned, in per cent; 0 when both are 0, 100 when only planned is 0
    static double absencePercent(double absenceHours, double plannedHours);
    // Above limits.atRiskPercent: AtRisk; above limits.makeUpPercent: MakeUp; else None. A value exactly at a
    // limit is not above it.
    static AbsenceLevel classify(double absenceHours, double plannedHours, const AbsenceLimits &limits);
    static AbsenceSummary summarise(double absenceHours, double plannedHours, const AbsenceLimits &limits);
    // The absence of one placement against the plan's limits.
    static Result<AbsenceSummary> absence(PlanFile &plan, qint64 placementId);
    // Every placement of a period (0: of the whole plan) that has absence recorded, not cancelled.
    static Result<QList<AbsenceSummary>> absences(PlanFile &plan, qint64 periodId = 0);

    // --- meetings (rule 6) ---
    // The meetings to plan for a placement from start to end: forventningssamtale in the first week,
    // midtveisvurdering around the middle and at the latest three weeks before the end, sluttvurdering in the last
    // week — each on a working day; for apprentices (ProgrammeKind::Laerling) a halvårsvurdering every six months
    // from the start instead (the last one at the end).
    static QList<ProposedMeeting> proposedMeetings(QDate start, QDate end, ProgrammeKind programme);
    // The latest date a meeting of this kind is due by when it has no planned date: the end of the first week
    // (forventningssamtale), three weeks before the end (midtveisvurdering), the end (sluttvurdering and
    // halvårsvurdering).
    static QDate dueDate(MeetingKind kind, QDate start, QDate end);
    // Meetings not held whose due date (the planned date, else dueDate()) is on or before `until`, of a period (0:
    // the whole plan), cancelled placements left out; by due date. `today` decides which are overdue.
    static Result<QList<DueMeeting>> meetingsDue(PlanFile &plan, qint64 periodId, QDate today, QDate until);

    // The dates, programme kind and hours a week of a placement; NotFound when there is none with this id.
    static Result<PlacementDates> placementDates(PlanFile &plan, qint64 placementId);

    // --- conflicts ---
    // Rules 5 and 6 for a period (0: the whole plan): AbsenceAtRisk (Error) or AbsenceMakeUp (Warning) per
    // placement, MeetingOverdue (Warning) per meeting not held by its due date before `today`. Sorted by rule, date
    // and placement id.
    static Result<QList<Conflict>> conflicts(PlanFile &plan, qint64 periodId, QDate today);
};

} // namespace praksis
