#pragma once

#include <QString>

namespace praksis {

// A site a student must never be placed at (conflict of interest), with the reason.
struct Exclusion
{
    qint64 studentId = 0;
    qint64 siteId = 0;
    QString reason;

    friend bool operator==(const Exclusion &, const Exclusion &) = default;
};

} // namespace praksis
