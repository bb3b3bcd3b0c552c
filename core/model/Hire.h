#pragma once

#include "model/Kinds.h"
#include "model/PersonName.h"

#include <QDate>
#include <QString>

namespace praksis {

// A new hire (nytilsatt) at a site (PRODUCT.md section 10): who she is, her post, when she started and, when she
// left, when and why (a category only: never free text, never health). studentId is her student record here, set
// only when a person confirmed the link.
struct Hire
{
    // Probation (prøvetid) lasts six months unless the hire says otherwise.
    static constexpr int probationMonths = 6;

    qint64 id = 0; // 0 until stored; insert() keeps a non-zero id (undo of a removal)
    qint64 siteId = 0;
    QString givenName;
    QString familyName;
    Profession profession = Profession::Sykepleier;
    HirePosition position = HirePosition::Fast;
    QDate start;
    QDate probationEnd;                 // null: the default, start + 6 months (HireRepository stores it so)
    QDate end;                          // null while she is employed
    std::optional<EndReason> endReason; // only with an end date
    QString email;
    QString phone;
    qint64 studentId = 0; // 0: no confirmed link

    // start + 6 months (the same day of the month, or the month's last day)
    static QDate defaultProbationEnd(QDate start)
    {
        return start.isValid() ? start.addMonths(probationMonths) : QDate();
    }
    // The probation end as stored: the one given, or the default.
    QDate effectiveProbationEnd() const { return probationEnd.isValid() ? probationEnd : defaultProbationEnd(start); }
    // Whether she is employed on the date: started on or before it and not ended before it.
    bool employedOn(QDate date) const { return start.isValid() && start <= date && (!end.isValid() || end >= date); }
    // She left on or before the probation end.
    bool leftInProbation() const { return end.isValid() && end <= effectiveProbationEnd(); }

    // "Kari Nordmann"
    QString fullName() const { return personName(givenName, familyName); }

    friend bool operator==(const Hire &, const Hire &) = default;
};

// A mentor for a new hire: a supervisor or another hire (exactly one of the two ids is set), from a start date for
// `months` months (12, up to 24). endedOn: the mentorship stopped early.
struct Mentorship
{
    static constexpr int defaultMonths = 12;
    static constexpr int maximumMonths = 24;

    qint64 id = 0; // 0 until stored
    qint64 hireId = 0;
    qint64 mentorSupervisorId = 0;
    qint64 mentorHireId = 0;
    QDate start;
    int months = defaultMonths;
    QDate endedOn; // null: runs its full length

    // The day after the last day of the mentorship: start + months, or the day after endedOn when it stopped early.
    QDate endExclusive() const
    {
        const QDate full = start.addMonths(months);
        return endedOn.isValid() && endedOn < full ? endedOn.addDays(1) : full;
    }

    friend bool operator==(const Mentorship &, const Mentorship &) = default;
};

// One conversation of a mentorship: its place in the schedule (MentorSchedule), the date it is planned for and,
// once held, the date it was held. Nothing of what was said is stored.
struct MentorConversation
{
    qint64 id = 0; // 0 until stored
    qint64 mentorshipId = 0;
    int number = 1; // 1-based place in the schedule
    QDate plannedDate;
    QDate heldDate; // null until held

    bool isHeld() const { return heldDate.isValid(); }

    friend bool operator==(const MentorConversation &, const MentorConversation &) = default;
};

} // namespace praksis
