#include "model/Period.h"

namespace praksis {

int Period::capacityOf(qint64 siteId, int siteDefault) const
{
    for (const CapacityOverride &c : capacities) {
        if (c.siteId == siteId)
            return c.capacity;
    }
    return siteDefault;
}

} // namespace praksis
