#pragma once

#include "model/AbsenceRecord.h"
#include "models/RowListModel.h"
#include "storage/Change.h"

namespace praksis {

class PlanFile;

// The absence records of one placement: date, hours, reason category (never health details), by date. Follows the
// plan's changes of absence records.
class AbsenceTableModel : public RowListModel<AbsenceRecord>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        HoursColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    AbsenceTableModel(PlanFile &plan, qint64 placementId, QObject *parent = nullptr);

    qint64 placementId() const { return m_placementId; }
    // Reads the records again; the difference becomes row signals.
    void reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 key(const AbsenceRecord &row) const override { return row.id; }

private:
    void planChanged(const Change &change);

    PlanFile &m_plan;
    qint64 m_placementId;
};

} // namespace praksis
