#include "storage/FilePermissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace praksis {

namespace {
struct PermissionText
{
    Q_DECLARE_TR_FUNCTIONS(praksis::FilePermissions)
};

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

Result<void> makePrivate(const QString &path)
{
    if (!QFile::setPermissions(path, ownerOnly))
        return Error{
            Error::Kind::Io,
            PermissionText::tr("The permissions of “%1” could not be set.").arg(QDir::toNativeSeparators(path)),
            QDir::toNativeSeparators(path)};
    return {};
}

Result<void> createPrivateFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append, ownerOnly))
        return Error{
            Error::Kind::Io,
            PermissionText::tr("“%1” could not be created: %2").arg(QDir::toNativeSeparators(path), f.errorString()),
            QDir::toNativeSeparators(path)};
    f.close();
    return makePrivate(path);
}

PrivateSaveFile::PrivateSaveFile(const QString &path, QObject *parent)
    : QFile(parent)
    , m_target(QFileInfo(path).absoluteFilePath())
{}

PrivateSaveFile::~PrivateSaveFile()
{
    if (fileName() != m_target && !fileName().isEmpty()) {
        close();
        QFile::remove(fileName());
    }
}

bool PrivateSaveFile::open(OpenMode mode)
{
    if (isOpen() || !(mode & WriteOnly) || (mode & (ReadOnly | Append))) {
        setErrorString(PermissionText::tr("The file can only be written once, from its start."));
        return false;
    }
    if (QFileInfo(m_target).isDir()) {
        setErrorString(PermissionText::tr("It is a folder."));
        return false;
    }
    m_cancelled = false;
    // A name nobody else has: NewOnly refuses an existing file (or a link planted there), and the permissions
    // are those of the creation itself.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString temp =
            m_target + QStringLiteral(".part-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        setFileName(temp);
        if (QFile::open(WriteOnly | NewOnly | (mode & (Text | Unbuffered)), ownerOnly))
            return true;
        if (QFileInfo::exists(temp))
            continue;
        break;
    }
    setFileName(QString());
    return false;
}

bool PrivateSaveFile::commit()
{
    if (!isOpen())
        return false;
    const QString temp = fileName();
    bool ok = !m_cancelled && flush() && error() == NoError;
#ifdef Q_OS_UNIX
    ok = ok && ::fsync(handle()) == 0;
#endif
    QFile::close();
    if (ok) {
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(temp.toStdU16String()),
                                std::filesystem::path(m_target.toStdU16String()), ec);
        if (ec) {
            setErrorString(QString::fromLocal8Bit(ec.message()));
            ok = false;
        }
    }
    if (!ok)
        QFile::remove(temp);
    setFileName(m_target);
    return ok;
}

void PrivateSaveFile::cancelWriting()
{
    m_cancelled = true;
}

} // namespace praksis
