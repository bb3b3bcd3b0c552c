#include "storage/PlanFile.h"

#include "storage/NameOrder.h"

#include "recruitment/ConversationGuide.h"

#include "storage/ChangeLog.h"
#include "storage/FilePermissions.h"
#include "storage/SchemaCheck.h"
#include "welcome/WelcomeTemplate.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <optional>

namespace praksis {

namespace {

// COLLATE FOLDED, COLLATE NORWEGIAN and praksis_fold() for the queries (storage/NameOrder.h), on every connection
Result<void> installNameOrder(sqlite3 *handle, const QString &path);

struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(praksis::PlanFile)
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A plan file starts with SQLite's own header; anything else is not a plan, whatever its name.
bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

PlanFile::PlanFile(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
    qRegisterMetaType<praksis::Change>();
}

PlanFile::~PlanFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // Fold the WAL back into the main file so a closed plan is one self-contained file. A reader does not:
            // that would wait for another program's writing (the last connection to close folds it anyway).
            sqlite3 *h = m_readOnly ? nullptr : handle();
            if (h)
                sqlite3_wal_checkpoint_v2(h, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QList<Migration> PlanFile::builtInMigrations()
{
    QList<Migration> out;
    QDirIterator it(QStringLiteral(":/praksis/migrations"), {QStringLiteral("*.sql")}, QDir::Files);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    static const QRegularExpression number(QStringLiteral("^(\\d+)_"));
    for (const QString &file : std::as_const(files)) {
        const auto match = number.match(QFileInfo(file).fileName());
        QFile f(file);
        if (!match.hasMatch() || !f.open(QIODevice::ReadOnly))
            continue;
        out << Migration{match.captured(1).toInt(), QString::fromUtf8(f.readAll())};
    }
    return out;
}

int PlanFile::currentSchemaVersion()
{
    static const int version = [] {
        int v = 0;
        const auto all = builtInMigrations();
        for (const auto &m : all)
            v = std::max(v, m.version);
        return v;
    }();
    return version;
}

Result<std::unique_ptr<PlanFile>> PlanFile::open(const QString &path, OpenMode mode)
{
    return open(path, OpenOptions{mode}, builtInMigrations());
}

Result<std::unique_ptr<PlanFile>> PlanFile::open(const QString &path, const OpenOptions &options)
{
    return open(path, options, builtInMigrations());
}

Result<std::unique_ptr<PlanFile>> PlanFile::open(const QString &path, OpenMode mode, const QList<Migration> &migrations)
{
    return open(path, OpenOptions{mode}, migrations);
}

Result<std::unique_ptr<PlanFile>> PlanFile::open(const QString &path, const OpenOptions &options,
                                                 const QList<Migration> &migrations)
{
    const OpenMode mode = options.mode;
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    Error err;
    err.file = nativePath(absolute);

    if (info.exists() && info.isDir()) {
        err.kind = Error::Kind::Io;
        err.message = PlanText::tr("“%1” is a folder, not a plan file.").arg(nativePath(absolute));
        return err;
    }
    if (info.exists() && !info.isFile()) {
        // A device (/dev/null), a pipe or a socket: SQLite would create its journal beside it (/dev/null-journal),
        // and reading a pipe waits for ever. Refused before anything touches it.
        err.kind = Error::Kind::Io;
        err.message = PlanText::tr("“%1” is not a regular file (a device, a pipe or a socket); a plan is a file.")
                          .arg(nativePath(absolute));
        return err;
    }
    if (!info.exists()) {
        if (mode == OpenMode::OpenExisting) {
            err.kind = Error::Kind::NotFound;
            err.message = PlanText::tr("The plan file “%1” does not exist.").arg(nativePath(absolute));
            return err;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            err.kind = Error::Kind::Io;
            err.message = PlanText::tr("The folder “%1” could not be created.").arg(nativePath(info.absolutePath()));
            return err;
        }
        // Create the file first so that it, and the -wal and -shm files SQLite derives from it, are private.
        if (auto created = createPrivateFile(absolute); !created)
            return created.error();
    } else if (info.size() == 0 && mode == OpenMode::OpenExisting) {
        // An existing plan is never empty; do not quietly turn the file someone named into a new plan.
        err.kind = Error::Kind::NotAPlan;
        err.message = PlanText::tr("“%1” is empty; it is not a plan file.").arg(nativePath(absolute));
        return err;
    } else if (info.size() > 0 && !hasSqliteHeader(absolute)) {
        err.kind = Error::Kind::NotAPlan;
        err.message = PlanText::tr("“%1” is not a Praksisplan plan file.").arg(nativePath(absolute));
        return err;
    }

    const QString connection = QStringLiteral("praksis-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<PlanFile> plan(new PlanFile(absolute, connection));
    const ReadAccess access = readAccess(absolute, options, info.exists());
    plan->m_readOnly = access != ReadAccess::Write;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        setReadAccess(db, absolute, access);
        if (!db.open()) {
            err.kind = Error::Kind::Io;
            err.message = PlanText::tr("The plan file “%1” could not be opened: %2")
                              .arg(nativePath(absolute), db.lastError().text());
            return err;
        }
    }
    if (auto r = plan->harden(); !r)
        return r.error();
    if (auto r = installNameOrder(plan->handle(), absolute); !r)
        return r.error();
    if (auto r = plan->applyPragmas(); !r)
        return r.error();
    if (auto r = plan->prepare(migrations, options); !r) {
        if (plan->m_needsWriting && options.readOnly && access == ReadAccess::ReadOnly) {
            // An older plan is converted once (with its backup), then read.
            plan.reset();
            OpenOptions writing = options;
            writing.readOnly = false;
            return open(path, writing, migrations);
        }
        return r.error();
    }
    return plan;
}

QSqlDatabase PlanFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

PlanFile::ReadAccess PlanFile::readAccess(const QString &absolute, const OpenOptions &options, bool exists)
{
    const QFileInfo info(absolute);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (exists && !folderWritable && !QFileInfo::exists(absolute + QStringLiteral("-wal")))
        // Nobody can be writing: a writer would need the -wal file beside it. SQLite could not create its
        // shared-memory file here either, so the plan is read as an unchanging file.
        return ReadAccess::Immutable;
    if (exists && (options.readOnly || !info.isWritable()))
        return ReadAccess::ReadOnly;
    return ReadAccess::Write;
}

void PlanFile::setReadAccess(QSqlDatabase &db, const QString &absolute, ReadAccess access)
{
    switch (access) {
    case ReadAccess::Write:
        db.setDatabaseName(absolute);
        break;
    case ReadAccess::ReadOnly:
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        break;
    case ReadAccess::Immutable: {
        QUrl url = QUrl::fromLocalFile(absolute);
        url.setScheme(QStringLiteral("file"));
        url.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        break;
    }
    }
}

sqlite3 *PlanFile::handle() const
{
    const QVariant v = database().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

namespace {
Result<void> installNameOrder(sqlite3 *handle, const QString &path)
{
    if (!NameOrder::install(handle))
        return Error{Error::Kind::Database,
                     PlanText::tr("The plan file “%1” could not be opened: %2")
                         .arg(nativePath(path), QStringLiteral("name collation")),
                     nativePath(path)};
    return {};
}
} // namespace

Result<void> PlanFile::harden()
{
    // Before anything of the file is read: a plan from someone else must not run its own SQL in ours.
    if (auto r = SchemaCheck::harden(handle()); !r) {
        Error e = r.error();
        e.file = nativePath(m_path);
        return e;
    }
    return {};
}

Result<void> PlanFile::applyPragmas()
{
    // busy_timeout first: the others may already need the lock.
    const char *pragmas[] = {
        "PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON",   "PRAGMA synchronous = NORMAL",
        "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32000",
    };
    for (const char *p : pragmas) {
        auto r = exec(QString::fromLatin1(p));
        if (!r)
            return r.error();
    }
    return {};
}

Result<void> PlanFile::prepare(const QList<Migration> &migrations, const OpenOptions &options)
{
    Error err;
    err.file = nativePath(m_path);

    // During the checks SQLite asks keepGoing every few thousand steps and stops the statement when it says no.
    // Migrations are not interrupted: once the first one starts, all of them run.
    struct ProgressHandler
    {
        sqlite3 *handle;
        ProgressHandler(sqlite3 *h, const std::function<bool()> *keepGoing)
            : handle(keepGoing && *keepGoing ? h : nullptr)
        {
            if (handle)
                sqlite3_progress_handler(
                    handle, 4000, [](void *f) { return (*static_cast<const std::function<bool()> *>(f))() ? 0 : 1; },
                    const_cast<std::function<bool()> *>(keepGoing));
        }
        ~ProgressHandler()
        {
            if (handle)
                sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        }
    };
    std::optional<ProgressHandler> progressHandler(std::in_place, handle(), &options.keepGoing);
    const auto cancelled = [&] { return options.keepGoing && !options.keepGoing(); };
    const auto cancelledError = [&] {
        return Error{Error::Kind::Cancelled,
                     PlanText::tr("Opening the plan “%1” was cancelled; it was not changed.").arg(nativePath(m_path)),
                     nativePath(m_path)};
    };

    auto header = exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id()),"
                                      " (SELECT user_version FROM pragma_user_version()),"
                                      " (SELECT count(*) FROM sqlite_schema)"));
    if (!header && cancelled())
        return cancelledError();
    if (!header) {
        Error e = header.error();
        if (e.kind == Error::Kind::Database)
            e.kind = Error::Kind::NotAPlan;
        return e;
    }
    if (!header->next()) {
        err.kind = Error::Kind::NotAPlan;
        err.message = PlanText::tr("“%1” could not be read as a plan file.").arg(nativePath(m_path));
        return err;
    }
    const int appId = header->value(0).toInt();
    const int version = header->value(1).toInt();
    const int objects = header->value(2).toInt();
    header->finish();

    const bool empty = appId == 0 && version == 0 && objects == 0;
    if (!empty && appId != applicationId) {
        err.kind = Error::Kind::NotAPlan;
        err.message =
            PlanText::tr("“%1” is an SQLite database, but not a Praksisplan plan file.").arg(nativePath(m_path));
        return err;
    }

    int target = 0;
    for (const auto &m : migrations)
        target = std::max(target, m.version);

    if (version > target) {
        err.kind = Error::Kind::NewerVersion;
        err.message = PlanText::tr("The plan “%1” was written by a newer version of Praksisplan (plan version %2; "
                                   "this program reads up to version %3). Update Praksisplan to open it.")
                          .arg(nativePath(m_path))
                          .arg(version)
                          .arg(target);
        return err;
    }

    if (!empty) {
        if (auto r = checkSchema(migrations, version); !r)
            return r.error();
    }

    if (m_readOnly && (empty || version < target)) {
        m_needsWriting = true;
        err.kind = Error::Kind::Io;
        err.message = PlanText::tr("The plan “%1” must be converted to this version of Praksisplan, but it cannot be "
                                   "written here.")
                          .arg(nativePath(m_path));
        return err;
    }

    // Only now that the file is known to be a plan (or a new one) may it be changed: WAL rewrites the header.
    if (!m_readOnly) {
        if (auto r = exec(QStringLiteral("PRAGMA journal_mode = WAL")); !r)
            return r.error();
    }

    if (!empty && options.check) {
        auto check = exec(QStringLiteral("PRAGMA quick_check"));
        if (!check && cancelled())
            return cancelledError();
        if (!check)
            return Error{Error::Kind::NotAPlan, check.error().message, nativePath(m_path)};
        if (!check->next() || check->value(0).toString() != QStringLiteral("ok")) {
            // SQLite's report can run to hundreds of lines; its first finding is enough to say what is wrong.
            QString finding;
            const QStringList lines = check->value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &l : lines)
                if (!l.startsWith(QStringLiteral("***"))) {
                    finding = l.trimmed().left(160);
                    break;
                }
            err.kind = Error::Kind::NotAPlan;
            err.message =
                finding.isEmpty()
                    ? PlanText::tr("The plan “%1” is damaged. Restore it from a backup.").arg(nativePath(m_path))
                    : PlanText::tr("The plan “%1” is damaged (%2). Restore it from a backup.")
                          .arg(nativePath(m_path), finding);
            return err;
        }
    }

    // a plan with broken references is not migrated either: it is left as it was
    if (!empty && options.check) {
        if (auto fk = exec(QStringLiteral("PRAGMA foreign_key_check")); fk && fk->next()) {
            err.kind = Error::Kind::NotAPlan;
            err.message = PlanText::tr("The plan “%1” is damaged: a record in “%2” refers to one that does not exist. "
                                       "Restore it from a backup.")
                              .arg(nativePath(m_path), fk->value(0).toString());
            return err;
        }
    }

    if (cancelled())
        return cancelledError();
    progressHandler.reset();

    if (version > 0 && version < target) {
        // A copy of the plan as it was, before the first migration touches it.
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup = m_path + QStringLiteral(".v%1-%2.bak").arg(version).arg(stamp);
        if (auto r = backupTo(backup); !r)
            return r.error();
        m_migrationBackup = backup;
    }

    // The migrations are the program's own SQL, run on a schema just found to be exactly the program's: SQLite's
    // defensive mode is lifted while they run, so that one may rewrite a constraint's text in place (004), and put
    // back before anything else runs.
    struct DefensiveLifted
    {
        sqlite3 *handle = nullptr;
        void lift(sqlite3 *h)
        {
            if (!handle && h && sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr) == SQLITE_OK)
                handle = h;
        }
        ~DefensiveLifted()
        {
            if (handle)
                sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        }
    };
    std::optional<DefensiveLifted> lifted(std::in_place);
    for (const auto &m : migrations) {
        if (m.version <= version)
            continue;
        lifted->lift(handle());
        Transaction tx(*this);
        if (!tx.ok())
            return tx.error();
        if (auto r = execScript(m.sql); !r) {
            Error e = r.error();
            e.message =
                PlanText::tr("The plan could not be brought up to version %1: %2").arg(m.version).arg(e.message);
            return e;
        }
        if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !r)
            return r.error();
        if (auto r = exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    lifted.reset();
    if (auto r = harden(); !r) // defensive again, and verifiably so
        return r.error();
    m_schemaVersion = std::max(version, target);
    if (version > 0 && version < target) {
        // The migrations ran on what the check let in; the result must be what they create on an empty plan.
        if (auto r = checkSchema(migrations, m_schemaVersion); !r)
            return r.error();
    }

    if (version == 0) {
        // A new plan starts with the default welcome template (core/welcome), in a transaction of its own.
        if (auto r = installDefaultTemplate(*this); !r)
            return r.error();
    }
    if (version < conversationGuideSchemaVersion && m_schemaVersion >= conversationGuideSchemaVersion) {
        // ... and the shipped conversation guide (core/recruitment), also when it is brought up to schema 4
        if (auto r = installConversationGuide(*this); !r)
            return r.error();
    }

    return {};
}

Result<void> PlanFile::checkSchema(const QList<Migration> &migrations, int version) const
{
    if (version <= 0) {
        // A plan always has a version from its first migration on; 0 or less is a file someone else changed.
        return Error{Error::Kind::NotAPlan,
                     PlanText::tr("The plan “%1” has no valid plan version (%2). It was changed by another program; "
                                  "restore a backup.")
                         .arg(nativePath(m_path))
                         .arg(version),
                     nativePath(m_path)};
    }
    return SchemaCheck::verify(handle(), migrations, version, m_path);
}

Result<QSqlQuery> PlanFile::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q.lastError(), sql);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return errorFrom(q.lastError(), sql);
    return q;
}

Result<void> PlanFile::execScript(const QString &sql) const
{
    sqlite3 *h = handle();
    if (!h)
        return Error::make(Error::Kind::Database, PlanText::tr("The plan is not open."));
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(h, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error e = errorFromSqlite(rc, message ? QString::fromUtf8(message) : QString());
        sqlite3_free(message);
        return e;
    }
    return {};
}

Result<void> PlanFile::backupTo(const QString &targetPath) const
{
    const QString absolute = QFileInfo(targetPath).absoluteFilePath();
    if (QFileInfo(absolute) == QFileInfo(m_path))
        return Error{Error::Kind::Io, PlanText::tr("A backup cannot replace the plan it is taken from."),
                     nativePath(absolute)};
    const QString temp = absolute + QStringLiteral(".part");
    QFile::remove(temp);
    QDir().mkpath(QFileInfo(absolute).absolutePath());
    if (auto created = createPrivateFile(temp); !created)
        return created.error();

    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(temp.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *b = sqlite3_backup_init(dest, "main", handle(), "main");
        if (b) {
            // All pages in one step: the copy is one consistent snapshot even while others write.
            rc = sqlite3_backup_step(b, -1);
            sqlite3_backup_finish(b);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        } else {
            rc = sqlite3_errcode(dest);
        }
    }
    if (dest)
        sqlite3_close(dest);
    if (rc != SQLITE_OK) {
        QFile::remove(temp);
        Error e = errorFromSqlite(rc);
        e.kind = Error::Kind::Io;
        e.file = nativePath(absolute);
        e.message = PlanText::tr("The backup “%1” could not be written: %2").arg(nativePath(absolute), e.message);
        return e;
    }
    QFile::remove(absolute);
    if (!QFile::rename(temp, absolute)) {
        QFile::remove(temp);
        return Error{Error::Kind::Io, PlanText::tr("The backup “%1” could not be written.").arg(nativePath(absolute)),
                     nativePath(absolute)};
    }
    return {};
}

void PlanFile::notifyChanged(Entity entity, Change::Kind kind, const QList<qint64> &ids)
{
    Change c{entity, kind, ids};
    if (m_depth == 0) {
        emit changed(c);
        return;
    }
    m_pending << c;
    coalescePending(m_pending.size() - 2);
}

void PlanFile::coalescePending(qsizetype from)
{
    // Consecutive changes of one kind to one entity in a transaction are told as one (a planner run that plans
    // meetings for a thousand placements is one change of meetings, not three thousand), but never across the start
    // of a savepoint that may still roll back alone.
    from = std::max(from, m_pendingFloor);
    if (from < 0 || from >= m_pending.size() - 1)
        return;
    qsizetype kept = from;
    for (qsizetype i = from + 1; i < m_pending.size(); ++i) {
        Change &last = m_pending[kept];
        const Change &next = m_pending.at(i);
        if (last.entity == next.entity && last.kind == next.kind && !last.ids.isEmpty() && !next.ids.isEmpty())
            last.ids += next.ids;
        else
            m_pending[++kept] = next;
    }
    m_pending.resize(kept + 1);
}

Error PlanFile::errorFromSqlite(int code, const QString &context) const
{
    Error e;
    e.file = nativePath(m_path);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        e.kind = Error::Kind::Busy;
        e.message = PlanText::tr("The plan is busy: another program is writing to it. Try again in a moment.");
        return e;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        e.kind = Error::Kind::NotAPlan;
        e.message = PlanText::tr("The plan file is damaged or not a plan file. Restore it from a backup.");
        return e;
    case SQLITE_CONSTRAINT:
        e.kind = Error::Kind::Conflict;
        e.message = context.isEmpty() ? PlanText::tr("The change breaks a rule of the plan.") : context;
        return e;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PERM:
        e.kind = Error::Kind::Io;
        e.message = PlanText::tr("The plan file could not be written (%1). Check the disk and the file's permissions.")
                        .arg(QString::fromUtf8(sqlite3_errstr(code)));
        return e;
    default:
        e.kind = Error::Kind::Database;
        e.message = context.isEmpty() ? QString::fromUtf8(sqlite3_errstr(code))
                                      : QString::fromUtf8(sqlite3_errstr(code)) + QStringLiteral(": ") + context;
        return e;
    }
}

Error PlanFile::errorFrom(const QSqlError &error, const QString &context) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    Error e = errorFromSqlite(ok ? code : SQLITE_ERROR, {});
    if (e.kind == Error::Kind::Database || (e.kind == Error::Kind::Conflict && !context.isEmpty())) {
        // Unexpected: keep SQLite's words and the statement for whoever reads the report.
        e.message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        if (e.kind == Error::Kind::Database && !context.isEmpty())
            e.message += QStringLiteral(" [") + context.simplified().left(200) + QStringLiteral("]");
    }
    return e;
}

Transaction::Transaction(PlanFile &plan)
    : m_plan(plan)
{
    m_level = plan.m_depth;
    const QString sql =
        m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT praksis_%1").arg(m_level);
    auto r = plan.exec(sql);
    if (!r) {
        m_begun = r.error();
        return;
    }
    m_open = true;
    ++plan.m_depth;
    m_pendingStart = plan.m_pending.size();
    m_outerFloor = std::exchange(plan.m_pendingFloor, m_pendingStart);
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Error::make(Error::Kind::Database, tr("The transaction was already finished."))
                            : m_begun.error();
    // The change log is written in the same transaction, so a change never exists without its entry.
    if (m_level == 0) {
        if (auto logged = ChangeLog::record(m_plan, m_plan.m_pending); !logged) {
            rollback();
            return logged.error();
        }
    }
    const QString sql =
        m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT praksis_%1").arg(m_level);
    auto r = m_plan.exec(sql);
    if (!r) {
        rollback();
        return r.error();
    }
    m_open = false;
    --m_plan.m_depth;
    m_plan.m_pendingFloor = m_outerFloor;
    if (m_level > 0) // what the savepoint announced may now join what came before it
        m_plan.coalescePending(m_pendingStart - 1);
    if (m_level == 0) {
        const QList<Change> pending = std::exchange(m_plan.m_pending, {});
        for (const Change &c : pending)
            emit m_plan.changed(c);
    }
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_level == 0) {
        (void)m_plan.exec(QStringLiteral("ROLLBACK"));
        m_plan.m_pending.clear();
    } else {
        (void)m_plan.exec(QStringLiteral("ROLLBACK TO SAVEPOINT praksis_%1").arg(m_level));
        (void)m_plan.exec(QStringLiteral("RELEASE SAVEPOINT praksis_%1").arg(m_level));
        // what the savepoint announced is undone with it
        m_plan.m_pending.resize(std::min(m_plan.m_pending.size(), m_pendingStart));
    }
    m_open = false;
    --m_plan.m_depth;
    m_plan.m_pendingFloor = m_outerFloor;
}

} // namespace praksis
