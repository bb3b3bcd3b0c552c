#pragma once

#include "documents/ReportTable.h"

#include <QAbstractTableModel>

namespace praksis {

// A read-only table over a computed report (core/documents ReportTable): the rows as the report shows them, the
// raw values (QDate, numbers) under SortRole so a QSortFilterProxyModel sorts dates and numbers as such. The
// totals row is not a row of the model; totalsText() gives it as one line for beneath the table.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(ReportTable table);
    const ReportTable &table() const { return m_table; }
    // Rows whose value in `column` equals `value` are shown struck through (cancelled placements); -1: none.
    void setStruckOut(int column, const QString &value);

    // "Total: 2 placements · Weeks 6 · Hours planned 180.0 · …": the non-empty cells of the totals row.
    QString totalsText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
    int m_struckColumn = -1;
    QString m_struckValue;
};

} // namespace praksis
