#include "models/MeetingTableModel.h"

#include "Colors.h"
#include "calendar/IsoWeek.h"
#include "followup/FollowUp.h"
#include "followup/MeetingRepository.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"

#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>

namespace praksis {

MeetingTableModel::MeetingTableModel(PlanFile &plan, qint64 placementId, QObject *parent)
    : RowListModel(parent)
    , m_plan(plan)
    , m_placementId(placementId)
    , m_today(QDate::currentDate())
{
    connect(&m_plan, &PlanFile::changed, this, &MeetingTableModel::planChanged);
    reload();
}

void MeetingTableModel::setToday(QDate today)
{
    m_today = today;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MeetingTableModel::planChanged(const Change &change)
{
    // A placement's dates and its student's programme decide the proposals.
    if (change.entity == Entity::Meeting || change.entity == Entity::Placement || change.entity == Entity::Student ||
        change.entity == Entity::Programme || change.entity == Entity::All)
        reload();
}

void MeetingTableModel::reload()
{
    QList<MeetingRow> next;
    auto dates = FollowUp::placementDates(m_plan, m_placementId);
    auto stored = MeetingRepository(m_plan).listByPlacement(m_placementId);
    if (!dates || !stored) {
        setRows({});
        return;
    }
    QHash<MeetingKind, int> have;
    for (const AssessmentMeeting &m : std::as_const(*stored)) {
        ++have[m.kind];
        const QDate due = m.plannedDate.isValid() ? m.plannedDate : FollowUp::dueDate(m.kind, dates->start, dates->end);
        next.append(MeetingRow{m, due, -1});
    }
    QHash<MeetingKind, int> seen;
    const QList<ProposedMeeting> proposals = FollowUp::proposedMeetings(dates->start, dates->end, dates->programme);
    for (int i = 0; i < int(proposals.size()); ++i) {
        const ProposedMeeting &p = proposals.at(i);
        if (++seen[p.kind] <= have.value(p.kind))
            continue;
        MeetingRow row;
        row.meeting.placementId = m_placementId;
        row.meeting.kind = p.kind;
        row.meeting.plannedDate = p.date;
        row.due = p.date;
        row.proposal = i;
        next.append(row);
    }
    std::stable_sort(next.begin(), next.end(), [](const MeetingRow &a, const MeetingRow &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return int(a.meeting.kind) < int(b.meeting.kind);
    });
    setRows(std::move(next));
}

int MeetingTableModel::proposedCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), [](const MeetingRow &r) { return !r.isStored(); }));
}

int MeetingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingTableModel::stateText(const MeetingRow &row) const
{
    if (row.meeting.isHeld())
        return tr("Held");
    if (!row.isStored())
        return row.due < m_today ? tr("Proposed, not planned (date passed)") : tr("Proposed, not planned yet");
    if (row.due < m_today)
        return tr("Overdue");
    if (IsoWeek::of(row.due) == IsoWeek::of(m_today))
        return tr("Due this week");
    return tr("Planned");
}

QVariant MeetingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingRow &r = rowAt(index.row());
    const AssessmentMeeting &m = r.meeting;
    switch (role) {
    case IdRole:
        return m.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return label(m.kind);
        case PlannedColumn:
            return m.plannedDate.isValid() ? Validation::formatDate(m.plannedDate)
                                           : tr("by %1").arg(Validation::formatDate(r.due));
        case HeldColumn:
            return Validation::formatDate(m.heldDate);
        case ParticipantsColumn:
            return m.participants;
        case StateColumn:
            return stateText(r);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && !m.isHeld()) {
            if (r.due < m_today)
                return r.isStored() ? Colors::errorText(QGuiApplication::palette()) : Colors::warning().darker(130);
            if (IsoWeek::of(r.due) == IsoWeek::of(m_today))
                return Colors::warning().darker(130);
        }
        if (!r.isStored())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (!r.isStored()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (!r.isStored())
            return tr("Proposed from the placement's dates. Edit its date, hold it, or plan all proposed meetings to "
                      "keep it.");
        if (!m.plannedDate.isValid())
            return tr("No planned date: due by %1.").arg(Validation::formatDate(r.due));
        return {};
    default:
        return {};
    }
}

QVariant MeetingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Meeting");
    case PlannedColumn:
        return tr("Planned");
    case HeldColumn:
        return tr("Held");
    case ParticipantsColumn:
        return tr("Participants");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace praksis
