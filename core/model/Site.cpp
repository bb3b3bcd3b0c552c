#include "model/Site.h"

namespace praksis {

QString Site::displayName() const
{
    if (unit.isEmpty())
        return name;
    return name + QStringLiteral(", ") + unit;
}

} // namespace praksis
