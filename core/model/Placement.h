#pragma once

#include "model/Kinds.h"

#include <QDate>
#include <QString>

namespace praksis {

// A student at a site in a period. Its meetings, absence records and checklist are stored with it
// (core/followup, core/welcome) and go with it when it is removed.
struct Placement
{
    qint64 id = 0; // 0 until stored; insert() keeps a non-zero id
    qint64 studentId = 0;
    qint64 siteId = 0;
    qint64 supervisorId = 0; // 0: none yet (allowed while planned)
    qint64 periodId = 0;
    QDate start; // null on insert: the period's start
    QDate end;   // null on insert: the period's end
    PlacementStatus status = PlacementStatus::Planned;
    bool locked = true; // made or confirmed by a person: the planner keeps it; false: proposed by the planner
    QString notes;

    friend bool operator==(const Placement &, const Placement &) = default;
};

} // namespace praksis
