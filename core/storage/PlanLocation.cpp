#include "storage/PlanLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace praksis {

namespace {
constexpr int maxRecent = 8;
const QString lastKey = QStringLiteral("plan/last");
const QString recentKey = QStringLiteral("plan/recent");
} // namespace

QString PlanLocation::defaultPath()
{
    const QString last = lastOpened();
    if (!last.isEmpty())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/plan.") + fileSuffix();
}

QString PlanLocation::lastOpened()
{
    return QSettings().value(lastKey).toString();
}

void PlanLocation::setLastOpened(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings s;
    s.setValue(lastKey, absolute);
    QStringList list = s.value(recentKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxRecent)
        list.removeLast();
    s.setValue(recentKey, list);
}

QStringList PlanLocation::recent()
{
    return QSettings().value(recentKey).toStringList();
}

} // namespace praksis
