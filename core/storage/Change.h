#pragma once

#include <QList>
#include <QMetaType>

namespace praksis {

// What a committed change touched. Core announces these after each commit; ui models turn them into
// row insertions, data changes and removals.
enum class Entity
{
    School,
    Programme,
    Student,
    Site,
    Supervisor,
    SupervisorAbsence,
    Period,
    Placement,
    Meeting,
    Absence,
    Template,
    Checklist,
    Preference,
    Exclusion,
    Setting,
    Hire,               // a new hire (nytilsatt)
    Mentorship,         // a hire's mentor
    MentorConversation, // a mentorship's conversations
    Guide,              // the conversation guide
    All,                // everything may have changed (restore, import of many registers, another program's write)
};

struct Change
{
    enum class Kind
    {
        Inserted,
        Updated,
        Removed,
        Reset
    };
    Entity entity = Entity::All;
    Kind kind = Kind::Reset;
    QList<qint64> ids; // empty with Reset
};

} // namespace praksis

Q_DECLARE_METATYPE(praksis::Change)
