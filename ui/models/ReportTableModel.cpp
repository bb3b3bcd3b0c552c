#include "models/ReportTableModel.h"

#include <QFont>

namespace praksis {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

void ReportTableModel::setStruckOut(int column, const QString &value)
{
    m_struckColumn = column;
    m_struckValue = value;
    if (!m_table.rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::FontRole});
}

QString ReportTableModel::totalsText() const
{
    QStringList parts;
    for (int c = 0; c < m_table.columnCount() && c < m_table.totals.size(); ++c) {
        const QVariant &v = m_table.totals.at(c);
        if (v.isNull())
            continue;
        const ReportColumn &column = m_table.columns.at(c);
        const QString text = ReportTable::text(v, column.type);
        // a text total ("Total: 2 placements") speaks for itself; a figure is named by its column
        parts << (v.typeId() == QMetaType::QString ? text : tr("%1: %2").arg(column.title, text));
    }
    return parts.join(QStringLiteral(" · "));
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount();
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_table.rows.at(index.row());
    const QVariant value = row.value(index.column());
    const ReportColumn::Type type = m_table.columns.at(index.column()).type;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return ReportTable::text(value, type);
    case SortRole:
        return value;
    case Qt::TextAlignmentRole:
        if (type == ReportColumn::Type::Text || type == ReportColumn::Type::Date)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (m_struckColumn >= 0 && row.value(m_struckColumn).toString() == m_struckValue) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_table.columnCount() &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return m_table.columns.at(section).title;
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return section + 1;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace praksis
