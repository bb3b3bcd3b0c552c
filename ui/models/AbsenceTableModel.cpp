#include "models/AbsenceTableModel.h"

#include "followup/AbsenceRepository.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"

#include <QLocale>

namespace praksis {

AbsenceTableModel::AbsenceTableModel(PlanFile &plan, qint64 placementId, QObject *parent)
    : RowListModel(parent)
    , m_plan(plan)
    , m_placementId(placementId)
{
    connect(&m_plan, &PlanFile::changed, this, &AbsenceTableModel::planChanged);
    reload();
}

void AbsenceTableModel::planChanged(const Change &change)
{
    if (change.entity == Entity::Absence || change.entity == Entity::Placement || change.entity == Entity::All)
        reload();
}

void AbsenceTableModel::reload()
{
    auto records = AbsenceRepository(m_plan).listByPlacement(m_placementId);
    setRows(records ? *records : QList<AbsenceRecord>());
}

int AbsenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AbsenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AbsenceRecord &r = rowAt(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return Validation::formatDate(r.date);
        case HoursColumn:
            return QLocale().toString(r.hours, 'f', 1);
        case ReasonColumn:
            return label(r.reason);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == HoursColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AbsenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case HoursColumn:
        return tr("Hours");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace praksis
