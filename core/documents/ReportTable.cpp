#include "documents/ReportTable.h"

#include "model/Validation.h"

namespace praksis {

QString ReportTable::text(const QVariant &value, ReportColumn::Type type, const QLocale &locale)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    switch (type) {
    case ReportColumn::Type::Date:
        return Validation::formatDate(value.toDate());
    case ReportColumn::Type::Integer:
        return QString::number(value.toLongLong()); // years and counts: no grouping
    case ReportColumn::Type::Decimal:
        return locale.toString(value.toDouble(), 'f', 1);
    case ReportColumn::Type::Percent:
        return locale.toString(value.toDouble(), 'f', 1) + QStringLiteral(" %");
    case ReportColumn::Type::Text:
        return value.toString();
    }
    return value.toString();
}

} // namespace praksis
