#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace praksis {

// A broken rule of PRODUCT.md section 2, shown in the planner, in `check` and on the placement.
struct Conflict
{
    enum class Rule
    {
        StudentDoubleBooked = 1,    // rule 1: a student has more than one placement at a date
        SiteOverCapacity = 2,       // rule 2: more students at a site than its capacity for the period
        SupervisorOverloaded = 3,   // rule 3: more students than the supervisor's maximum
        SupervisorAbsent = 31,      // rule 3: a student assigned while the supervisor is away
        OutsidePeriod = 4,          // rule 4: the placement does not lie inside its period
        SiteKindNotEligible = 41,   // rule 4: the site's kind is not eligible in the period
        FirstDayNotWorkingDay = 42, // rule 4 (warning): the first day is a weekend or a public holiday
        AbsenceMakeUp = 5,          // rule 5: absence above the first limit (to be made up)
        AbsenceAtRisk = 51,         // rule 5: absence above the second limit (period at risk)
        MeetingOverdue = 6,         // rule 6: an assessment meeting not held by its due date
        ConversationOverdue = 61,   // like rule 6: a mentor conversation not held by its planned date
    };
    enum class Severity
    {
        Warning,
        Error
    };

    Rule rule = Rule::StudentDoubleBooked;
    Severity severity = Severity::Error;
    QList<qint64> placementIds; // the placements involved
    qint64 studentId = 0;       // 0 when not about one student
    qint64 siteId = 0;
    qint64 supervisorId = 0;
    qint64 periodId = 0;
    qint64 hireId = 0; // a new hire (mentor conversations), 0 when not about one
    QDate from;        // the dates the conflict covers
    QDate to;
    QString message; // translated, complete: who, where, when, what is wrong
};

} // namespace praksis
