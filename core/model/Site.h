#pragma once

#include "model/Kinds.h"

#include <QString>

namespace praksis {

// A placement site (praksissted): one unit of an institution.
struct Site
{
    qint64 id = 0; // 0 until stored; insert() keeps a non-zero id
    QString name;
    QString unit; // avdeling, may be empty
    QString municipality;
    QString municipalityNumber; // kommunenummer, 4 digits, or empty
    SiteKind kind = SiteKind::Sykehjem;
    QString address;
    QString contactPerson;
    QString email;
    QString phone;
    int capacity = 2; // students at a time, unless a period overrides it

    // "Solbakken sykehjem, avdeling 2" - the name and the unit when there is one
    QString displayName() const;

    friend bool operator==(const Site &, const Site &) = default;
};

} // namespace praksis
