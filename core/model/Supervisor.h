#pragma once

#include "model/Kinds.h"
#include "model/SupervisorAbsence.h"

#include <QList>
#include <QString>

namespace praksis {

// A supervisor (praksisveileder) at one site.
struct Supervisor
{
    static constexpr int defaultMaxStudents = 2;

    qint64 id = 0; // 0 until stored; insert() keeps a non-zero id
    qint64 siteId = 0;
    QString givenName;
    QString familyName;
    Profession profession = Profession::Sykepleier;
    bool hasTraining = false; // supervision training (veilederutdanning)
    int trainingYear = 0;     // 0: not given
    int maxStudents = defaultMaxStudents;
    QString email;
    QString phone;
    // Her absence periods, ordered by start. Filled by get()/list(), written by insert() (restore after remove);
    // update() leaves them alone - use addAbsence(), updateAbsence() and removeAbsence().
    QList<SupervisorAbsence> absences;

    // "Kari Nordmann"
    QString fullName() const;

    friend bool operator==(const Supervisor &, const Supervisor &) = default;
};

} // namespace praksis
