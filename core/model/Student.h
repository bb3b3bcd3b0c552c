#pragma once

#include "model/Exclusion.h"
#include "model/Preference.h"

#include <QDate>
#include <QList>
#include <QString>

namespace praksis {

// A student. Never a national identity number, never health data.
struct Student
{
    qint64 id = 0; // 0 until stored; insert() keeps a non-zero id
    qint64 schoolId = 0;
    qint64 programmeId = 0; // 0: none given
    QString studentNumber;  // unique per school; the key for re-imports
    QString givenName;
    QString familyName;
    int cohort = 0; // year the cohort started, 0: not given
    QString email;
    QString phone;
    QString notes;
    QDate policeCertificateSeen; // null: not seen yet
    QDate confidentialitySigned; // null: not signed yet
    bool anonymised = false;
    // Her site choices (one per period) and the sites she must not be placed at. Filled by get()/list(),
    // written by insert() (restore after remove); update() leaves them alone - use setPreference(),
    // setExclusion() and removeExclusion().
    QList<Preference> preferences;
    QList<Exclusion> exclusions;

    // "Kari Nordmann"
    QString fullName() const;

    friend bool operator==(const Student &, const Student &) = default;
};

} // namespace praksis
