#include "model/Names.h"

#include "model/Validation.h"

namespace praksis {

QString siteName(const QString &name, const QString &unit)
{
    return unit.isEmpty() ? name : name + QStringLiteral(" / ") + unit;
}

QString displayDateRange(const QDate &from, const QDate &to)
{
    if (from == to)
        return Validation::formatDate(from);
    return Validation::formatDate(from) + QChar(0x2013) + Validation::formatDate(to);
}

} // namespace praksis
