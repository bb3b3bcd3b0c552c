#pragma once

#include "Error.h"

#include <QList>
#include <QString>

namespace praksis {

class PlanFile;
struct Hire;

// Someone who can be a new hire's mentor: a supervisor or another hire (what the mentor form offers).
struct MentorChoice
{
    enum class Kind
    {
        SupervisorAtHerSite, // a supervisor at the hire's own site
        Supervisor,          // a supervisor at another site
        Hire,                // another new hire
    };
    Kind kind = Kind::Supervisor;
    qint64 id = 0;    // the supervisor's or the hire's id
    QString name;     // "Given Family" (PRAKSIS_SQL_PERSON_NAME)
    QString siteName; // the mentor's site, its name only

    bool isSupervisor() const { return kind != Kind::Hire; }

    friend bool operator==(const MentorChoice &, const MentorChoice &) = default;
};

namespace MentorChoices {

// The mentors a hire can be given: the supervisors at her site first, then the other supervisors, then the other
// hires (not herself); each group by name (Norwegian order).
Result<QList<MentorChoice>> forHire(const PlanFile &plan, const Hire &hire);

} // namespace MentorChoices

} // namespace praksis
