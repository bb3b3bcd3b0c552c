#pragma once

#include "model/Kinds.h"

#include <QDate>

namespace praksis {

// A day (or part of one) a student was away from her placement: a date, hours and a category. Never health details.
struct AbsenceRecord
{
    qint64 id = 0; // 0 until stored; insert() keeps a non-zero id (undo of a removal)
    qint64 placementId = 0;
    QDate date;
    double hours = 0.0; // more than 0, at most 24
    AbsenceReason reason = AbsenceReason::Annet;

    friend bool operator==(const AbsenceRecord &, const AbsenceRecord &) = default;
};

} // namespace praksis
