#include "model/Names.h"

namespace praksis {

QString personName(const QString &givenName, const QString &familyName)
{
    if (givenName.isEmpty())
        return familyName;
    if (familyName.isEmpty())
        return givenName;
    return givenName + QLatin1Char(' ') + familyName;
}

QString siteName(const QString &name, const QString &unit)
{
    return unit.isEmpty() ? name : name + QStringLiteral(" / ") + unit;
}

QString displayDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString displayDateRange(const QDate &from, const QDate &to)
{
    if (from == to)
        return displayDate(from);
    return displayDate(from) + QChar(0x2013) + displayDate(to);
}

} // namespace praksis
