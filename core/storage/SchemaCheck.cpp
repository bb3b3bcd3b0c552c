#include "storage/SchemaCheck.h"

#include "storage/PlanFile.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

#include <algorithm>

namespace praksis::SchemaCheck {

namespace {

struct SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(praksis::SchemaCheck)
};

QString typeWord(const QString &type)
{
    if (type == QLatin1String("table"))
        return SchemaText::tr("table");
    if (type == QLatin1String("index"))
        return SchemaText::tr("index");
    if (type == QLatin1String("view"))
        return SchemaText::tr("view");
    if (type == QLatin1String("trigger"))
        return SchemaText::tr("trigger");
    return type;
}

QString describe(const Object &o)
{
    return SchemaText::tr("%1 “%2”").arg(typeWord(o.type), o.name);
}

// SQLite's statistics tables (written by ANALYZE, e.g. by a database tool) hold numbers for the query planner, not
// code; they are tolerated.
bool isStatistics(const Object &o)
{
    return o.type == QLatin1String("table") && o.name.startsWith(QLatin1String("sqlite_stat"));
}

QString text(sqlite3_stmt *st, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return p ? QString::fromUtf8(p) : QString();
}

// A collation the migrations name but this bare connection lacks (one the program registers on its own
// connections) is stood in for by a byte comparison: only the schema's text matters here.
void needCollation(void *, sqlite3 *db, int encoding, const char *name)
{
    sqlite3_create_collation(db, name, encoding, nullptr, [](void *, int n1, const void *a, int n2, const void *b) {
        const int c = memcmp(a, b, size_t(std::min(n1, n2)));
        return c != 0 ? c : n1 - n2;
    });
}

Error sqliteError(sqlite3 *db)
{
    return Error::make(Error::Kind::Database, QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

Result<QList<Object>> actual(sqlite3 *db)
{
    QList<Object> out;
    sqlite3_stmt *st = nullptr;
    // Of the main schema only; the plan's own temporary tables live elsewhere.
    int rc = sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM main.sqlite_schema", -1, &st, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(db);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        out << Object{text(st, 0), text(st, 1), text(st, 2), text(st, 3).simplified()};
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return sqliteError(db);
    std::sort(out.begin(), out.end(),
              [](const Object &a, const Object &b) { return std::tie(a.type, a.name) < std::tie(b.type, b.name); });
    return out;
}

Result<QList<Object>> expected(const QList<Migration> &migrations, int version)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return Error::make(Error::Kind::Database, SchemaText::tr("No database could be created in memory."));
    }
    sqlite3_collation_needed(db, nullptr, needCollation);
    QList<Migration> steps = migrations;
    std::sort(steps.begin(), steps.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (const Migration &m : std::as_const(steps)) {
        if (m.version > version)
            break;
        char *message = nullptr;
        if (sqlite3_exec(db, m.sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            Error e = Error::make(Error::Kind::Database, message ? QString::fromUtf8(message) : QString());
            sqlite3_free(message);
            sqlite3_close(db);
            return e;
        }
    }
    auto objects = actual(db);
    sqlite3_close(db);
    return objects;
}

Result<void> verify(sqlite3 *db, const QList<Migration> &migrations, int version, const QString &planPath)
{
    auto want = expected(migrations, version);
    if (!want)
        return want.error();
    auto have = actual(db);
    if (!have) {
        Error e = have.error();
        e.kind = Error::Kind::NotAPlan;
        e.file = QDir::toNativeSeparators(planPath);
        return e;
    }
    QStringList foreign; // objects the program does not create, or creates otherwise
    QStringList altered;
    for (const Object &o : std::as_const(have.value())) {
        if (isStatistics(o) || want->contains(o))
            continue;
        const bool sameName = std::any_of(want->cbegin(), want->cend(), [&o](const Object &w) {
            return w.type == o.type && w.name == o.name && w.table == o.table;
        });
        (sameName ? altered : foreign) << describe(o);
    }
    QStringList missing;
    for (const Object &w : std::as_const(want.value())) {
        const bool present = std::any_of(have->cbegin(), have->cend(), [&w](const Object &o) {
            return w.type == o.type && w.name == o.name && w.table == o.table;
        });
        if (!present)
            missing << describe(w);
    }
    if (foreign.isEmpty() && altered.isEmpty() && missing.isEmpty())
        return {};

    // A sentence, not a dump: the first few objects of each kind.
    const auto few = [](QStringList list) {
        const qsizetype n = list.size();
        if (n > 3) {
            list = list.mid(0, 3);
            list << SchemaText::tr("and %n more", nullptr, int(n - 3));
        }
        return list.join(QStringLiteral(", "));
    };
    QStringList reasons;
    if (!foreign.isEmpty())
        reasons << SchemaText::tr("it holds %1, which Praksisplan does not create").arg(few(foreign));
    if (!altered.isEmpty())
        reasons << SchemaText::tr("%1 differs from what Praksisplan creates").arg(few(altered));
    if (!missing.isEmpty())
        reasons << SchemaText::tr("%1 is missing").arg(few(missing));
    const QString file = QDir::toNativeSeparators(planPath);
    return Error{Error::Kind::NotAPlan,
                 SchemaText::tr("The plan “%1” was changed by another program (%2). It could run that program's "
                                "commands inside Praksisplan, so it is not opened. Restore a backup.")
                     .arg(file, reasons.join(QStringLiteral("; "))),
                 file};
}

Result<void> harden(sqlite3 *db)
{
    if (!db)
        return Error::make(Error::Kind::Database, SchemaText::tr("The plan is not open."));
    int on = 0;
    int rc = sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
    if (rc == SQLITE_OK && on == 1)
        rc = sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on);
    if (rc != SQLITE_OK || on != 0)
        return Error::make(Error::Kind::Database,
                           SchemaText::tr("The plan could not be opened in SQLite's defensive mode."));
    return {};
}

} // namespace praksis::SchemaCheck
