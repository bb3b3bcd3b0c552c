#pragma once

#include "Error.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace praksis {

struct Migration;

// A plan from someone else is hostile until proven otherwise: it may carry triggers, views or altered tables that
// would run their own SQL inside ours. A plan may hold only the schema objects the program itself creates for its
// schema version; the expected set is derived from the program's own migrations (run on an empty in-memory
// database), never kept by hand.
namespace SchemaCheck {

// One row of sqlite_schema: type ("table", "index", "view", "trigger"), name, table and the SQL with its white
// space collapsed (empty for SQLite's automatic indexes).
struct Object
{
    QString type;
    QString name;
    QString table;
    QString sql;
    bool operator==(const Object &) const = default;
};

// The objects the migrations up to and including `version` create, sorted by type and name.
Result<QList<Object>> expected(const QList<Migration> &migrations, int version);
// The objects of the main schema of an open connection, sorted the same way.
Result<QList<Object>> actual(sqlite3 *db);
// Refuses (Error::Kind::NotAPlan, naming the objects) a plan whose schema differs from expected(version).
Result<void> verify(sqlite3 *db, const QList<Migration> &migrations, int version, const QString &planPath);

// Hardening of a connection to a plan, before anything of it is read: PRAGMA trusted_schema = OFF (functions with
// side effects may not be called from the schema) and SQLITE_DBCONFIG_DEFENSIVE (no writable_schema, no writes to
// the schema tables or the journal by SQL).
Result<void> harden(sqlite3 *db);

} // namespace SchemaCheck

} // namespace praksis
