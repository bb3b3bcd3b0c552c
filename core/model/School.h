#pragma once

#include "model/Kinds.h"
#include "model/Programme.h"

#include <QList>
#include <QString>

namespace praksis {

// A school (utdanningsinstitusjon) that sends students.
struct School
{
    qint64 id = 0; // 0 until stored; insert() keeps a non-zero id (undo re-creates the same record)
    QString name;
    SchoolKind kind = SchoolKind::Hogskole;
    QString orgNumber; // 9 digits with a modulus-11 check digit, or empty
    QString contactPerson;
    QString email;
    QString phone;
    // Its programmes, ordered by name. Filled by SchoolRepository::get()/list(); insert() writes them too (so
    // the value returned by remove() restores everything); update() leaves them alone - programmes have their
    // own insertProgramme()/updateProgramme()/removeProgramme().
    QList<Programme> programmes;

    friend bool operator==(const School &, const School &) = default;
};

} // namespace praksis
