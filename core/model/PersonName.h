#pragma once

#include <QString>

namespace praksis {

// "Kari Nordmann": given and family name joined, either may be empty.
inline QString personName(const QString &given, const QString &family)
{
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    return given + QLatin1Char(' ') + family;
}

} // namespace praksis
