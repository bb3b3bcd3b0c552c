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
