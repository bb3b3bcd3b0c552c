#include "Error.h"

namespace praksis {

namespace {
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Error)
};
} // namespace

QString Error::toString() const
{
    QStringList where;
    if (!file.isEmpty() && !message.contains(file)) // a message that names its file already says where
        where << file;
    if (line > 0)
        where << ErrorText::tr("line %1").arg(line);
    if (column > 0 && !field.isEmpty())
        where << ErrorText::tr("column %1 (%2)").arg(column).arg(field);
    else if (column > 0)
        where << ErrorText::tr("column %1").arg(column);
    else if (!field.isEmpty())
        where << ErrorText::tr("field “%1”").arg(field);
    if (where.isEmpty())
        return message;
    return where.join(QStringLiteral(", ")) + QStringLiteral(": ") + message;
}

} // namespace praksis
