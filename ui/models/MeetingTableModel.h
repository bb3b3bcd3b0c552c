#pragma once

#include "model/AssessmentMeeting.h"
#include "models/RowListModel.h"
#include "storage/Change.h"

#include <QDate>

namespace praksis {

class PlanFile;

// One assessment meeting of a placement as the detail view shows it: a stored meeting, or one proposed from the
// placement's dates (FollowUp::proposedMeetings) that is not planned yet (meeting.id == 0).
struct MeetingRow
{
    AssessmentMeeting meeting;
    QDate due;         // the planned date, else the latest date its kind is due by (FollowUp::dueDate)
    int proposal = -1; // for a proposed meeting: its index among the placement's proposals

    bool isStored() const { return meeting.id != 0; }
    friend bool operator==(const MeetingRow &, const MeetingRow &) = default;
};

// The assessment meetings of one placement: those stored, and those proposed from its dates that it does not have
// yet (the n-th proposal of a kind shows while the placement has fewer than n meetings of that kind, as
// MeetingRepository::createProposed plans them), by due date. Follows the plan's changes.
class MeetingTableModel : public RowListModel<MeetingRow>
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        PlannedColumn,
        HeldColumn,
        StateColumn,
        ParticipantsColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1; // the meeting's id, 0 for a proposed one

    MeetingTableModel(PlanFile &plan, qint64 placementId, QObject *parent = nullptr);

    qint64 placementId() const { return m_placementId; }
    // The date that decides what is overdue (tests set it; default: the current date).
    void setToday(QDate today);
    QDate today() const { return m_today; }
    // How many proposed meetings are not planned yet.
    int proposedCount() const;
    void reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Held 26.08.2026", "Overdue", "Due this week", "Planned", "Proposed"
    QString stateText(const MeetingRow &row) const;

protected:
    qint64 key(const MeetingRow &row) const override
    {
        return row.isStored() ? row.meeting.id : -qint64(row.proposal) - 1;
    }

private:
    void planChanged(const Change &change);

    PlanFile &m_plan;
    qint64 m_placementId;
    QDate m_today;
};

} // namespace praksis
