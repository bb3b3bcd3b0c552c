#pragma once

#include "Error.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace praksis {

class PlanFile;

// Automatic daily backups of a plan: at most one a day, in a folder "backups" beside the plan, named
// "<plan name>-yyyy-MM-dd.praksisplan", the newest `keep` kept and older ones deleted. Each is a consistent online
// copy (PlanFile::backupTo) readable by its owner only, in a folder only its owner can enter.
//
// The desktop program calls takeIfDue() after opening a plan and before closing it; both calls on one day make
// one backup.
class BackupRotation
{
public:
    static constexpr int defaultKeep = 7;

    // <folder of the plan>/backups
    static QString folderFor(const QString &planPath);

    // Today's backup unless there is one already, then prunes to the newest `keep`. Returns the new backup's path,
    // or an empty string when today's backup already existed.
    static Result<QString> takeIfDue(const PlanFile &plan, int keep = defaultKeep,
                                     const QDate &today = QDate::currentDate());

    // This plan's automatic backups, newest first (another plan's backups in the same folder are not listed).
    static QStringList backups(const QString &planPath);
};

} // namespace praksis
