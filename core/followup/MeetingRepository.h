#pragma once

#include "Error.h"
#include "model/AssessmentMeeting.h"

#include <QCoreApplication>
#include <QList>

namespace praksis {

class PlanFile;

// A placement's assessment meetings. Every write is one transaction, validated first, and announced with
// PlanFile::changed (Entity::Meeting with the meeting ids).
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(praksis::MeetingRepository)

public:
    explicit MeetingRepository(PlanFile &plan)
        : m_plan(plan)
    {}

    Result<AssessmentMeeting> get(qint64 id) const;
    // by planned date (meetings without one last), then kind and id
    Result<QList<AssessmentMeeting>> listByPlacement(qint64 placementId) const;

    // The placement exists; a held meeting was held on a real date.
    Result<void> validate(const AssessmentMeeting &meeting) const;
    // Plans a meeting (keeps meeting.id when it is not 0, to undo a removal) and returns its id.
    Result<qint64> insert(const AssessmentMeeting &meeting);
    // Changes kind, planned date, held date and participants.
    Result<void> update(const AssessmentMeeting &meeting);
    // Records that the meeting was held on `held` with these participants (a null date: not held after all).
    Result<void> hold(qint64 id, QDate held, const QString &participants);
    // Removes a meeting and returns it as it was, for undo.
    Result<AssessmentMeeting> remove(qint64 id);
    // Plans the meetings FollowUp::proposedMeetings() gives for the placement's dates and programme kind that it
    // does not have yet (by kind; half-year assessments by number) in one transaction; returns the new ids.
    Result<QList<qint64>> createProposed(qint64 placementId);
    // After a placement's dates changed (they were oldStart–oldEnd): each meeting not held that is still on the date
    // proposed for the old dates moves to the one proposed for the new dates; meetings moved by hand stay.
    // Returns the ids of the meetings moved.
    Result<QList<qint64>> followDates(qint64 placementId, QDate oldStart, QDate oldEnd);

private:
    PlanFile &m_plan;
};

} // namespace praksis
