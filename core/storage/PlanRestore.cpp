#include "storage/PlanRestore.h"

#include "storage/FilePermissions.h"
#include "storage/PlanFile.h"
#include "storage/SchemaCheck.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace praksis {

namespace {

struct RestoreText
{
    Q_DECLARE_TR_FUNCTIONS(praksis::PlanRestore)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void removeSidecars(const QString &path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

Error refused(const QString &copyPath, const QString &reason)
{
    Error e = Error::invalid(
        RestoreText::tr("The copy “%1” cannot be used: %2 The plan was not changed.").arg(native(copyPath), reason));
    e.file = native(copyPath);
    return e;
}

// The disk holding folder has no room left: said as such (a full disk is not a damaged copy).
Error diskFull(const QString &folder)
{
    return Error{Error::Kind::Io,
                 RestoreText::tr("The disk is full: there is no room in “%1” for the restored plan. Make room on the "
                                 "disk and restore again; the plan was not changed.")
                     .arg(native(folder)),
                 native(folder)};
}

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8) |
           quint32(quint8(b[at + 3]));
}

// Copies the plan's bytes from copyPath to a new private file at target. Only as many bytes as the database
// header says the plan has are copied (a file with gigabytes of junk after its end costs nothing); a read error
// and a write error (a full disk) are told apart.
Result<void> copyPlanBytes(const QString &copyPath, const QString &target)
{
    QFile in(copyPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io,
                     RestoreText::tr("The copy “%1” could not be read: %2").arg(native(copyPath), in.errorString()),
                     native(copyPath)};
    qint64 length = in.size();
    const QByteArray header = in.peek(100);
    if (header.size() == 100 && header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
        if (pageSize == 1)
            pageSize = 65536;
        const quint32 pages = bigEndian32(header, 28);
        // the page count is valid when "version-valid-for" equals the change counter
        if (pages > 0 && bigEndian32(header, 92) == bigEndian32(header, 24) && pageSize >= 512)
            length = std::min(length, qint64(pages) * qint64(pageSize));
    }
    // a disk without room for the copy is said to be full before anything is written
    if (const QStorageInfo disk(QFileInfo(target).absolutePath()); disk.isValid() && disk.bytesAvailable() < length)
        return diskFull(QFileInfo(target).absolutePath());
    if (auto created = createPrivateFile(target); !created)
        return created.error();
    QFile out(target);
    const auto writeFailed = [&] {
        const QString reason = out.errorString();
        QStorageInfo disk(QFileInfo(target).absolutePath());
        disk.refresh();
        const bool full = out.error() == QFileDevice::ResourceError ||
                          reason == QString::fromLocal8Bit(strerror(ENOSPC)) || disk.bytesAvailable() < 64 * 1024;
        out.close();
        QFile::remove(target);
        if (full)
            return diskFull(QFileInfo(target).absolutePath());
        return Error{Error::Kind::Io,
                     RestoreText::tr("The copy could not be written to “%1”: %2. Check that the disk has room; the "
                                     "plan was not changed.")
                         .arg(native(QFileInfo(target).absolutePath()), reason),
                     native(target)};
    };
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeFailed();
    QByteArray chunk;
    for (qint64 left = length; left > 0;) {
        chunk = in.read(std::min<qint64>(left, 1 << 20));
        if (chunk.isEmpty()) {
            out.close();
            QFile::remove(target);
            return Error{Error::Kind::Io,
                         RestoreText::tr("The copy “%1” could not be read: %2").arg(native(copyPath), in.errorString()),
                         native(copyPath)};
        }
        if (out.write(chunk) != chunk.size())
            return writeFailed();
        left -= chunk.size();
    }
    if (!out.flush())
        return writeFailed();
    out.close();
    if (out.error() != QFileDevice::NoError)
        return writeFailed();
    return {};
}

// Holds a plan exclusively: from acquire() until release() no other connection, of this or another process, can
// read or write it (SQLite's exclusive locking mode holds the database file's exclusive lock). Before the plan's
// file is replaced, detach() switches it to a rollback journal (folding its WAL in, under the same lock), so that
// letting go of the old file after the rename touches no file beside the new plan.
class ExclusiveHold
{
public:
    ExclusiveHold() = default;
    ExclusiveHold(const ExclusiveHold &) = delete;
    ExclusiveHold &operator=(const ExclusiveHold &) = delete;
    ~ExclusiveHold() { release(); }

    enum class Outcome
    {
        Held,
        Busy,     // another program has the plan open
        Unusable, // no plan, or not a database SQLite can lock (damaged): nobody else can use it either
    };

    Outcome acquire(const QString &planPath)
    {
        const QFileInfo info(planPath);
        if (!info.exists() || info.size() == 0)
            return Outcome::Unusable;
        int rc = sqlite3_open_v2(planPath.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        if (rc == SQLITE_OK) {
            (void)SchemaCheck::harden(m_db);
            rc = sqlite3_exec(m_db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;", nullptr, nullptr,
                              nullptr);
        }
        if (rc == SQLITE_OK)
            return Outcome::Held;
        const int primary = rc & 0xff;
        release();
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? Outcome::Busy : Outcome::Unusable;
    }

    sqlite3 *handle() const { return m_db; }

    // Writes the plan at stagedPath into the held plan, in one transaction of the held connection: the file
    // stays the same file, so a program that opened it meanwhile and waits for the lock reads the restored plan
    // when it gets its turn (a rename would leave it writing into the replaced file). A crash midway leaves a hot
    // journal that SQLite rolls back: the old plan, whole.
    int replaceWith(const QString &stagedPath)
    {
        sqlite3 *src = nullptr;
        int rc = sqlite3_open_v2(stagedPath.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(m_db, "PRAGMA main.journal_mode = DELETE", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_backup *b = sqlite3_backup_init(m_db, "main", src, "main");
            rc = b ? sqlite3_backup_step(b, -1) : sqlite3_errcode(m_db);
            if (b)
                sqlite3_backup_finish(b);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        sqlite3_close(src);
        if (rc == SQLITE_OK)
            (void)sqlite3_exec(m_db, "PRAGMA main.journal_mode = WAL", nullptr, nullptr, nullptr);
        return rc;
    }

    void release()
    {
        if (!m_db)
            return;
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }

private:
    sqlite3 *m_db = nullptr;
};

// Copies copyPath (and a -wal file beside it) to target and opens the result as a plan: the checks of
// PlanFile::open plus a full integrity check. Returns the schema version. The copy itself is never opened.
Result<int> checkInto(const QString &copyPath, const QString &target)
{
    const QFileInfo info(copyPath);
    if (!info.exists())
        return refused(copyPath, RestoreText::tr("the file does not exist."));
    if (info.isDir())
        return refused(copyPath, RestoreText::tr("it is a folder."));
    if (info.size() == 0)
        return refused(copyPath, RestoreText::tr("the file is empty."));

    QFile::remove(target);
    removeSidecars(target);
    if (auto r = copyPlanBytes(copyPath, target); !r)
        return r.error();
    if (QFile::exists(copyPath + QStringLiteral("-wal")))
        QFile::copy(copyPath + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
    (void)makePrivate(target);

    int version = 0;
    {
        auto opened = PlanFile::open(target, PlanFile::OpenMode::OpenExisting);
        if (!opened) {
            // The check ran on a private copy; name the file the person gave.
            QString reason = opened.error().message;
            reason.replace(native(target), native(copyPath));
            return refused(copyPath, reason);
        }
        PlanFile &plan = *opened.value();
        if (!plan.migrationBackupPath().isEmpty())
            QFile::remove(plan.migrationBackupPath());
        auto check = plan.exec(QStringLiteral("PRAGMA integrity_check"));
        if (!check)
            return refused(copyPath, check.error().message);
        const QString result = check->next() ? check->value(0).toString() : QString();
        check->finish();
        if (result != QStringLiteral("ok"))
            return refused(copyPath, RestoreText::tr("it is damaged (%1).").arg(result));
        version = plan.schemaVersion();
    }
    removeSidecars(target);
    return version;
}

// Keeps the plan about to be replaced. A plan SQLite can read is copied with the online backup (so a pending
// WAL is included); anything else is copied byte for byte, so even a damaged plan is never thrown away.
Result<void> keep(const QString &planPath, sqlite3 *held, const QString &keptPath)
{
    if (auto created = createPrivateFile(keptPath); !created)
        return created.error();
    sqlite3 *src = held;
    sqlite3 *dest = nullptr;
    int rc = src ? SQLITE_OK : SQLITE_CANTOPEN;
    if (rc == SQLITE_OK)
        rc = sqlite3_open_v2(keptPath.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *b = sqlite3_backup_init(dest, "main", src, "main");
        rc = b ? sqlite3_backup_step(b, -1) : sqlite3_errcode(dest);
        if (b)
            sqlite3_backup_finish(b);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_close(dest);
    if (rc == SQLITE_OK)
        return makePrivate(keptPath);
    if ((rc & 0xff) == SQLITE_FULL) {
        QFile::remove(keptPath);
        removeSidecars(keptPath);
        return diskFull(QFileInfo(keptPath).absolutePath());
    }

    QFile::remove(keptPath);
    removeSidecars(keptPath);
    const bool copied = QFile::copy(planPath, keptPath) &&
                        (!QFile::exists(planPath + QStringLiteral("-wal")) ||
                         QFile::copy(planPath + QStringLiteral("-wal"), keptPath + QStringLiteral("-wal")));
    if (!copied)
        return Error{
            Error::Kind::Io,
            RestoreText::tr("The current plan could not be kept as “%1”; nothing was changed.").arg(native(keptPath)),
            native(keptPath)};
    (void)makePrivate(keptPath);
    if (QFile::exists(keptPath + QStringLiteral("-wal")))
        (void)makePrivate(keptPath + QStringLiteral("-wal"));
    return {};
}

bool replaceFile(const QString &from, const QString &to)
{
    std::error_code ec;
    // Atomic on POSIX (rename(2)) and on Windows (MoveFileEx with REPLACE_EXISTING).
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            ec);
    return !ec;
}

} // namespace

Result<bool> PlanRestore::inUse(const QString &planPath)
{
    const QFileInfo info(planPath);
    if (!info.exists() || info.size() == 0)
        return false;
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(planPath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    bool busy = false;
    if (rc == SQLITE_OK) {
        // In exclusive locking mode SQLite needs the file's exclusive lock, which it cannot get while any other
        // connection (of any process) has the plan open.
        rc = sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;", nullptr, nullptr, nullptr);
        const int primary = rc & 0xff;
        busy = primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    }
    sqlite3_close(db);
    return busy;
}

Result<void> PlanRestore::checkCopy(const QString &copyPath)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::make(Error::Kind::Io, RestoreText::tr("No temporary folder could be created for the check."));
    auto r = checkInto(QFileInfo(copyPath).absoluteFilePath(), dir.filePath(QStringLiteral("check.praksisplan")));
    if (!r)
        return r.error();
    return {};
}

Result<PlanRestore::Outcome> PlanRestore::restore(const QString &planPathIn, const QString &copyPathIn)
{
    const QString planPath = QFileInfo(planPathIn).absoluteFilePath();
    const QString copyPath = QFileInfo(copyPathIn).absoluteFilePath();
    if (QFileInfo(planPath) == QFileInfo(copyPath))
        return refused(copyPath, RestoreText::tr("it is the plan itself."));
    if (QFileInfo(planPath).isDir())
        return Error{Error::Kind::Io, RestoreText::tr("“%1” is a folder, not a plan file.").arg(native(planPath)),
                     native(planPath)};
    if (QFileInfo::exists(planPath) && !QFileInfo(planPath).isFile()) // a device (/dev/null) is never replaced
        return Error{Error::Kind::Io,
                     RestoreText::tr("“%1” is not a regular file (a device, a pipe or a socket); a plan is a file.")
                         .arg(native(planPath)),
                     native(planPath)};

    // From here to the end nobody else can use the plan: a program that starts writing meanwhile waits (and
    // then writes into the restored plan) or says the plan is busy; nothing it does is lost.
    ExclusiveHold hold;
    if (hold.acquire(planPath) == ExclusiveHold::Outcome::Busy)
        return Error{Error::Kind::Busy,
                     RestoreText::tr("The plan “%1” is open in another program. Close it there, then restore; the "
                                     "plan was not changed.")
                         .arg(native(planPath)),
                     native(planPath)};

    if (!QDir().mkpath(QFileInfo(planPath).absolutePath()))
        return Error{
            Error::Kind::Io,
            RestoreText::tr("The folder “%1” could not be created.").arg(native(QFileInfo(planPath).absolutePath())),
            native(planPath)};

    // The checked copy is prepared next to the plan, on the same file system, so the final rename is atomic.
    const QString staged = planPath + QStringLiteral(".restoring");
    auto version = checkInto(copyPath, staged);
    if (!version) {
        QFile::remove(staged);
        removeSidecars(staged);
        return version.error();
    }

    Outcome outcome;
    outcome.schemaVersion = version.value();
    if (QFileInfo::exists(planPath)) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString kept = planPath + QStringLiteral(".before-restore-%1.bak").arg(stamp);
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = planPath + QStringLiteral(".before-restore-%1-%2.bak").arg(stamp).arg(n);
        if (auto r = keep(planPath, hold.handle(), kept); !r) {
            QFile::remove(staged);
            return r.error();
        }
        outcome.keptBackup = kept;
    }

    if (hold.handle()) {
        const int replaced = hold.replaceWith(staged);
        QFile::remove(staged);
        removeSidecars(staged);
        if ((replaced & 0xff) == SQLITE_FULL)
            return diskFull(QFileInfo(planPath).absolutePath());
        if (replaced != SQLITE_OK)
            return Error{Error::Kind::Io,
                         RestoreText::tr(
                             "The plan “%1” could not be replaced; it was not changed. Check that the disk has room.")
                             .arg(native(planPath)),
                         native(planPath)};
    } else {
        // No plan (or a damaged one nobody can open): the checked copy takes its place in one atomic rename. A WAL
        // left beside the old file would be replayed into the restored one.
        removeSidecars(planPath);
        if (!replaceFile(staged, planPath)) {
            QFile::remove(staged);
            return Error{
                Error::Kind::Io,
                RestoreText::tr("The plan “%1” could not be replaced; it was not changed.").arg(native(planPath)),
                native(planPath)};
        }
    }
    (void)makePrivate(planPath);
    hold.release();
    return outcome;
}

} // namespace praksis
