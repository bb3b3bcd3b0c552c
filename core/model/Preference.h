#pragma once

#include <QList>

namespace praksis {

// A student's ranked site choices for one period: siteIds[0] is her first choice. At most three.
struct Preference
{
    static constexpr int maxChoices = 3;

    qint64 studentId = 0;
    qint64 periodId = 0;
    QList<qint64> siteIds;

    friend bool operator==(const Preference &, const Preference &) = default;
};

} // namespace praksis
