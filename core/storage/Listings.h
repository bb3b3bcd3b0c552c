#pragma once

#include "Error.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

// The read side: the named listings of the plan and the derived ideas their SQL is made of, written once here so
// that ui/ and app/ hold no SQL text (tests/deps/check-no-sql-above-core.py fails when one appears there).
// docs/architecture.md describes where SQL lives.

// A site's label, "name" or "name / unit", as an SQL expression over a table alias of `sites` ("si").
#define PRAKSIS_SQL_SITE_LABEL(site)                                                                                   \
    "CASE WHEN " site ".unit = '' THEN " site ".name ELSE " site ".name || ' / ' || " site ".unit END"
// A person's name, "given family", as an SQL expression over an alias of students, supervisors or hires.
#define PRAKSIS_SQL_PERSON_NAME(person) person ".given_name || ' ' || " person ".family_name"
// A person's name as sorted, "family, given".
#define PRAKSIS_SQL_PERSON_SORT_NAME(person) person ".family_name || ', ' || " person ".given_name"
// The name ("given family") of the mentor of a hire's latest mentorship, a supervisor or another hire; null without
// one. Over an alias of `hires`.
#define PRAKSIS_SQL_HIRE_MENTOR(hire)                                                                                  \
    "(SELECT coalesce(" PRAKSIS_SQL_PERSON_NAME("ms") ", " PRAKSIS_SQL_PERSON_NAME(                                    \
        "mh") ")"                                                                                                      \
              " FROM mentorships m LEFT JOIN supervisors ms ON ms.id = m.mentor_supervisor_id"                         \
              " LEFT JOIN hires mh ON mh.id = m.mentor_hire_id"                                                        \
              " WHERE m.hire_id = " hire ".id ORDER BY m.start_date DESC, m.id DESC LIMIT 1)"
// The conversations (c) of all of a hire's mentorships (m), as the FROM and WHERE of a subquery over an alias of
// `hires`: "(SELECT count(*) " PRAKSIS_SQL_HIRE_CONVERSATIONS("h") ")".
#define PRAKSIS_SQL_HIRE_CONVERSATIONS(hire)                                                                           \
    "FROM mentor_conversations c JOIN mentorships m ON m.id = c.mentorship_id WHERE m.hire_id = " hire ".id"

// The rows of the students, placements and new hires with what they show of their school, site, supervisor and
// period, as both `praksisplan-cli list` and the register pages read them (one FROM clause each, so both list the
// same rows): aliases st (students), sc (schools), pr (programmes), pl (placements), si (sites), su (supervisors),
// pe (periods), h (hires).
#define PRAKSIS_SQL_STUDENTS_FROM                                                                                      \
    "FROM students st JOIN schools sc ON sc.id = st.school_id LEFT JOIN programmes pr ON pr.id = st.programme_id"
#define PRAKSIS_SQL_PLACEMENTS_FROM                                                                                    \
    "FROM placements pl JOIN students st ON st.id = pl.student_id JOIN schools sc ON sc.id = st.school_id"             \
    " JOIN sites si ON si.id = pl.site_id LEFT JOIN supervisors su ON su.id = pl.supervisor_id"                        \
    " JOIN periods pe ON pe.id = pl.period_id"
#define PRAKSIS_SQL_HIRES_FROM                                                                                         \
    "FROM hires h JOIN sites si ON si.id = h.site_id LEFT JOIN students st ON st.id = h.student_id"                    \
    " LEFT JOIN schools sc ON sc.id = st.school_id"

namespace praksis {

class PlanFile;

namespace Listings {

enum class Type
{
    Text,
    Integer,
    Real,
    Boolean,
    Date // stored as ISO yyyy-MM-dd, which JSON keeps; a table shows dd.MM.yyyy
};

// One column of a listing: its JSON key, its table heading (untranslated, context "praksis::cli"), its type, and
// whether people see it in the table (JSON always has every column). A column with a label function shows the
// vocabulary's label.
struct Column
{
    const char *key;
    const char *heading;
    Type type = Type::Text;
    bool inTable = true;
    std::function<QString(const QString &)> label = {};
};

// What a filter applies to in one listing: the option's name and the SQL condition (each ? takes the value).
struct Filter
{
    const char *option;
    const char *condition;
};

struct Listing
{
    const char *name;
    const char *select; // the columns in the order of `columns`
    const char *orderBy;
    QList<Column> columns;
    QList<Filter> filters;

    const Filter *filter(const QString &option) const;
};

// The listings of `praksisplan-cli list`: schools, programmes, students, sites, supervisors, periods, placements,
// hires.
const QList<Listing> &all();
const Listing *find(const QString &name);

// One statement of a listing with its filters (option, value) applied, sorted by its sort key.
struct Statement
{
    QString sql;
    QVariantList bindings;
};
Statement statement(const Listing &listing, const QList<std::pair<const Filter *, QString>> &filters);

// A filter naming something that does not exist is a mistake worth saying, not an empty list: the message (with
// %1 for the name, untranslated, context "praksis::cli") when no school, period or site has that name, or nullopt.
Result<std::optional<const char *>> missingFilterTarget(PlanFile &plan, const QString &option, const QString &value);

// The sites as ("name" or "name / unit", id) for a choice, by name and unit.
QString siteChoicesSql();

// The placements that count in a period (PRAKSIS_SQL_PLACEMENTS_IN_PERIOD).
Result<qint64> placementsInPeriod(PlanFile &plan, qint64 periodId);

// Whether a placement with this id exists.
Result<bool> placementExists(PlanFile &plan, qint64 id);

} // namespace Listings
} // namespace praksis
