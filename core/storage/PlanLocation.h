#pragma once

#include <QString>

namespace praksis {

// Where the plan lives when nobody names one: the plan the desktop program opened last, else plan.praksisplan
// in the user's data folder. The desktop program and praksisplan-cli share this, so both open the same plan.
class PlanLocation
{
public:
    static QString defaultPath();
    static QString lastOpened(); // empty when none
    static void setLastOpened(const QString &path);
    static QStringList recent();
    static QString fileSuffix() { return QStringLiteral("praksisplan"); }
};

} // namespace praksis
