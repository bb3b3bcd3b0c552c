#include "model/Supervisor.h"

#include "model/PersonName.h"

namespace praksis {

QString Supervisor::fullName() const
{
    return personName(givenName, familyName);
}

} // namespace praksis
