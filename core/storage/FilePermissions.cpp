#include "storage/FilePermissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace praksis {

namespace {
struct PermissionText
{
    Q_DECLARE_TR_FUNCTIONS(praksis::FilePermissions)
};
} // namespace

Result<void> makePrivate(const QString &path)
{
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{Error::Kind::Io,
                     PermissionText::tr("The permissions of “%1” could not be set.").arg(QDir::toNativeSeparators(path)),
                     QDir::toNativeSeparators(path)};
    return {};
}

Result<void> createPrivateFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{Error::Kind::Io,
                     PermissionText::tr("“%1” could not be created: %2").arg(QDir::toNativeSeparators(path), f.errorString()),
                     QDir::toNativeSeparators(path)};
    f.close();
    return makePrivate(path);
}

} // namespace praksis
