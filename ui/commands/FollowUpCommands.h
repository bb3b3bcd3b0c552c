#pragma once

#include "commands/PlanCommand.h"
#include "model/AbsenceRecord.h"
#include "model/AssessmentMeeting.h"

#include <optional>

namespace praksis {

// Undoable changes to a placement's absence records and assessment meetings (core/followup). Each redo and undo is
// one transaction; a record brought back by undo or redo keeps its id, so later commands on the stack still find it.

class AddAbsenceCommand : public PlanCommand
{
public:
    AddAbsenceCommand(PlanFile &plan, AbsenceRecord record);
    qint64 recordId() const { return m_record.id; }

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    AbsenceRecord m_record;
};

class EditAbsenceCommand : public PlanCommand
{
public:
    EditAbsenceCommand(PlanFile &plan, AbsenceRecord before, AbsenceRecord after);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    AbsenceRecord m_before;
    AbsenceRecord m_after;
};

class RemoveAbsenceCommand : public PlanCommand
{
public:
    RemoveAbsenceCommand(PlanFile &plan, qint64 id);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    qint64 m_id;
    std::optional<AbsenceRecord> m_removed;
};

// Plans a meeting (before empty: a proposed one is stored) or changes one: its planned date, or that it was held,
// when and with whom.
class SaveMeetingCommand : public PlanCommand
{
public:
    SaveMeetingCommand(PlanFile &plan, std::optional<AssessmentMeeting> before, AssessmentMeeting after,
                       const QString &text);
    qint64 meetingId() const { return m_after.id; }

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    std::optional<AssessmentMeeting> m_before;
    AssessmentMeeting m_after;
};

// Plans the meetings proposed from the placement's dates that it does not have yet
// (MeetingRepository::createProposed).
class PlanProposedMeetingsCommand : public PlanCommand
{
public:
    PlanProposedMeetingsCommand(PlanFile &plan, qint64 placementId);
    int plannedCount() const { return int(m_created.size()); }

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    qint64 m_placementId;
    QList<AssessmentMeeting> m_created; // after the first redo, later redos insert these with their ids
};

} // namespace praksis
