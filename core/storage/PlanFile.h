#pragma once

#include "Error.h"
#include "storage/Change.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

struct sqlite3;

namespace praksis {

// One schema step: the SQL that takes a plan from version - 1 to version.
struct Migration
{
    int version = 0;
    QString sql;
};

// An open plan file: a SQLite database with foreign keys on, WAL journal, a busy timeout and the schema at the
// current version. Opening migrates an older plan (after a backup) and refuses a newer one, a file that is not a
// plan and a damaged file, each with a message a person understands. Every write goes through a Transaction;
// committed changes are announced with changed().
class PlanFile : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode
    {
        OpenOrCreate, // create an empty plan if the file does not exist
        OpenExisting, // the file must exist
    };

    // The application id stored in every plan file (PRAGMA application_id): "PPLN".
    static constexpr int applicationId = 0x50504C4E;

    struct OpenOptions
    {
        OpenMode mode = OpenMode::OpenOrCreate;
        // false skips the integrity and foreign-key checks: for a plan this process has just opened, checked and
        // migrated on another thread (the desktop program does that work off the UI thread, then opens it again).
        bool check = true;
        // Asked now and then while the plan is checked and migrated; when it returns false the work stops, nothing
        // is changed and the result is an Error::Kind::Cancelled.
        std::function<bool()> keepGoing = {};
        // Reading only (list, reports, backup, …): the connection cannot write, takes no write lock, leaves the
        // journal mode alone and, when closed, does not fold the WAL back (which waits for writers). The file must
        // exist. A plan in a folder this user cannot write is opened so too (SQLite cannot create its
        // shared-memory file there). A plan that needs converting to this version is opened for writing once.
        bool readOnly = false;
    };

    static Result<std::unique_ptr<PlanFile>> open(const QString &path, OpenMode mode = OpenMode::OpenOrCreate);
    static Result<std::unique_ptr<PlanFile>> open(const QString &path, const OpenOptions &options);
    // For tests of the migration mechanism: open with another list of migrations.
    static Result<std::unique_ptr<PlanFile>> open(const QString &path, OpenMode mode,
                                                  const QList<Migration> &migrations);

    ~PlanFile() override;

    // The migrations shipped in core/storage/migrations, in order.
    static QList<Migration> builtInMigrations();
    static int currentSchemaVersion();

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // The backup taken before the last migration when this plan was opened, or empty.
    QString migrationBackupPath() const { return m_migrationBackup; }

    // The connection of the thread that opened the plan. Another thread opens a PlanFile of its own.
    QSqlDatabase database() const;
    sqlite3 *handle() const;

    // Prepares and runs one statement with positional (?) bindings. Errors become Error values.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;
    // Runs a script of several statements (no results).
    Result<void> execScript(const QString &sql) const;

    // A consistent copy of the plan while it is in use (SQLite's online backup), created readable by the
    // owner only.
    Result<void> backupTo(const QString &targetPath) const;

    // Records a change; announced when the outermost transaction commits, dropped when it rolls back.
    void notifyChanged(Entity entity, Change::Kind kind, const QList<qint64> &ids = {});

    // Turns a failed SQL call into an Error worded for a person.
    Error errorFrom(const QSqlError &error, const QString &context = {}) const;
    Error errorFromSqlite(int code, const QString &context = {}) const;

    int transactionDepth() const { return m_depth; }
    bool isReadOnly() const { return m_readOnly; }

signals:
    void changed(const praksis::Change &change);

private:
    friend class Transaction;
    explicit PlanFile(QString path, QString connectionName);

    enum class ReadAccess
    {
        Write,
        ReadOnly,  // SQLITE_OPEN_READONLY: shares the WAL with writers, takes no write lock
        Immutable, // also without the shared-memory file: for a plan in a folder nobody can write
    };
    static ReadAccess readAccess(const QString &absolute, const OpenOptions &options, bool exists);
    static void setReadAccess(QSqlDatabase &db, const QString &absolute, ReadAccess access);
    Result<void> harden();
    Result<void> applyPragmas();
    // Refuses a plan whose schema objects are not exactly those the migrations create for its version.
    Result<void> checkSchema(const QList<Migration> &migrations, int version) const;
    // Joins neighbouring pending changes of one kind to one entity, from index `from` on (not below the floor).
    void coalescePending(qsizetype from);
    static Result<std::unique_ptr<PlanFile>> open(const QString &path, const OpenOptions &options,
                                                  const QList<Migration> &migrations);
    Result<void> prepare(const QList<Migration> &migrations, const OpenOptions &options);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QString m_migrationBackup;
    bool m_readOnly = false;
    bool m_needsWriting = false; // read-only open of a plan that must be migrated first
    int m_depth = 0;
    QList<Change> m_pending;
    qsizetype m_pendingFloor = 0; // pending changes before this index belong to an enclosing savepoint
};

// One transaction on a plan: BEGIN IMMEDIATE at the outermost level, a SAVEPOINT inside another. Rolls back
// unless commit() succeeded, so an early return or an exception never leaves half a change behind.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Transaction)

public:
    explicit Transaction(PlanFile &plan);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether the transaction could be started (a busy plan is the usual reason it could not).
    bool ok() const { return m_begun.ok(); }
    const Error &error() const { return m_begun.error(); }

    Result<void> commit();
    void rollback();

private:
    PlanFile &m_plan;
    Result<void> m_begun;
    bool m_open = false;
    int m_level = 0;
    qsizetype m_pendingStart = 0; // m_pending's size when this transaction began
    qsizetype m_outerFloor = 0;
};

} // namespace praksis
