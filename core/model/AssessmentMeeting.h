#pragma once

#include "model/Kinds.h"

#include <QDate>
#include <QString>

namespace praksis {

// An assessment meeting of a placement (forventningssamtale, midtveisvurdering, sluttvurdering, or for apprentices
// halvårsvurdering): when it is planned, when it was held and who took part.
struct AssessmentMeeting
{
    qint64 id = 0; // 0 until stored; insert() keeps a non-zero id (undo of a removal)
    qint64 placementId = 0;
    MeetingKind kind = MeetingKind::Forventningssamtale;
    QDate plannedDate; // may be null: then it is due by the latest date for its kind (FollowUp::dueDate)
    QDate heldDate;    // null until held
    QString participants;

    bool isHeld() const { return heldDate.isValid(); }

    friend bool operator==(const AssessmentMeeting &, const AssessmentMeeting &) = default;
};

} // namespace praksis
