#pragma once

#include "model/Kinds.h"

#include <QString>

namespace praksis {

// A programme (utdanning) of one school.
struct Programme
{
    qint64 id = 0;
    qint64 schoolId = 0;
    QString name;
    ProgrammeKind kind = ProgrammeKind::Sykepleie;

    friend bool operator==(const Programme &, const Programme &) = default;
};

} // namespace praksis
