#include "model/Student.h"

#include "model/PersonName.h"

namespace praksis {

QString Student::fullName() const
{
    return personName(givenName, familyName);
}

} // namespace praksis
