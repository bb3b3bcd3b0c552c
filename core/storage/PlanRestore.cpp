#include "storage/PlanRestore.h"

#include "storage/FilePermissions.h"
#include "storage/PlanFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

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
    if (!QFile::copy(copyPath, target))
        return Error{Error::Kind::Io, RestoreText::tr("The copy “%1” could not be read.").arg(native(copyPath)),
                     native(copyPath)};
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
Result<void> keep(const QString &planPath, const QString &keptPath)
{
    if (auto created = createPrivateFile(keptPath); !created)
        return created.error();
    sqlite3 *src = nullptr;
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(planPath.toUtf8().constData(), &src, SQLITE_OPEN_READWRITE, nullptr);
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
    sqlite3_close(src);
    if (rc == SQLITE_OK)
        return makePrivate(keptPath);

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

    auto busy = inUse(planPath);
    if (!busy)
        return busy.error();
    if (busy.value())
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
        if (auto r = keep(planPath, kept); !r) {
            QFile::remove(staged);
            return r.error();
        }
        outcome.keptBackup = kept;
    }

    // A WAL left beside the old plan would be replayed into the restored one.
    removeSidecars(planPath);
    if (!replaceFile(staged, planPath)) {
        QFile::remove(staged);
        return Error{Error::Kind::Io,
                     RestoreText::tr("The plan “%1” could not be replaced; it was not changed.").arg(native(planPath)),
                     native(planPath)};
    }
    (void)makePrivate(planPath);
    return outcome;
}

} // namespace praksis
