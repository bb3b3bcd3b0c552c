#include "storage/BackupRotation.h"

#include "storage/FilePermissions.h"
#include "storage/PlanFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace praksis {

namespace {

struct RotationText
{
    Q_DECLARE_TR_FUNCTIONS(praksis::BackupRotation)
};

const QString dateFormat = QStringLiteral("yyyy-MM-dd");

QString prefixFor(const QString &planPath)
{
    return QFileInfo(planPath).completeBaseName() + QLatin1Char('-');
}

QString suffix()
{
    return QStringLiteral(".praksisplan");
}

} // namespace

QString BackupRotation::folderFor(const QString &planPath)
{
    return QFileInfo(planPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList BackupRotation::backups(const QString &planPath)
{
    const QDir dir(folderFor(planPath));
    const QRegularExpression name(QStringLiteral("^") + QRegularExpression::escape(prefixFor(planPath)) +
                                  QStringLiteral("(\\d{4}-\\d{2}-\\d{2})") + QRegularExpression::escape(suffix()) +
                                  QStringLiteral("$"));
    QStringList dated;
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString &f : files) {
        const auto m = name.match(f);
        if (m.hasMatch() && QDate::fromString(m.captured(1), dateFormat).isValid())
            dated << f;
    }
    // The dates have a fixed width, so the names sort by date.
    std::sort(dated.begin(), dated.end(), std::greater<>());
    QStringList out;
    for (const QString &f : std::as_const(dated))
        out << dir.filePath(f);
    return out;
}

Result<QString> BackupRotation::takeIfDue(const PlanFile &plan, int keep, const QDate &today)
{
    const QString folder = folderFor(plan.path());
    const QString target = QDir(folder).filePath(prefixFor(plan.path()) + today.toString(dateFormat) + suffix());
    QString taken;
    if (!QFileInfo::exists(target)) {
        if (!QDir().mkpath(folder))
            return Error{
                Error::Kind::Io,
                RotationText::tr("The backup folder “%1” could not be created.").arg(QDir::toNativeSeparators(folder)),
                QDir::toNativeSeparators(folder)};
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (auto r = plan.backupTo(target); !r)
            return r.error();
        taken = target;
    }
    const QStringList all = backups(plan.path());
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        QFile::remove(all[i]);
    return taken;
}

} // namespace praksis
