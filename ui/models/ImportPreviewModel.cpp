#include "models/ImportPreviewModel.h"

#include "Colors.h"

#include <QBrush>
#include <QFont>

namespace praksis {

using namespace Qt::StringLiterals;

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_reg = preview.reg;
    m_headers = preview.headers;
    m_mapping = preview.mapping;
    m_rows = preview.rows;
    endResetModel();
}

QString ImportPreviewModel::statusId(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::New:
        return u"new"_s;
    case ImportRowStatus::Changed:
        return u"changed"_s;
    case ImportRowStatus::Unchanged:
        return u"unchanged"_s;
    case ImportRowStatus::Invalid:
        return u"error"_s;
    }
    return {};
}

QString ImportPreviewModel::statusText(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::New:
        return tr("New");
    case ImportRowStatus::Changed:
        return tr("Changed");
    case ImportRowStatus::Unchanged:
        return tr("Unchanged");
    case ImportRowStatus::Invalid:
        return tr("Error");
    }
    return {};
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCellColumn + int(m_headers.size());
}

QString ImportPreviewModel::detail(const ImportRow &row) const
{
    if (row.status == ImportRowStatus::Invalid) {
        QStringList reasons;
        for (const Error &e : row.errors)
            reasons << e.message;
        return reasons.join(u' ');
    }
    if (row.status == ImportRowStatus::Changed) {
        QStringList names;
        for (const QString &key : row.changedFields)
            for (const ImportField &f : importFields(m_reg))
                if (f.key == key)
                    names << f.label();
        return tr("Changes: %1").arg(names.join(u", "_s));
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::UserRole)
        return statusId(row.status);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case LineColumn:
            return role == Qt::DisplayRole ? QVariant(row.line) : QVariant();
        case StatusColumn:
            return statusText(row.status);
        case RecordColumn:
            return row.key;
        case DetailColumn:
            return detail(row);
        default:
            return row.cells.value(column - FirstCellColumn);
        }
    }
    if (role == Qt::TextAlignmentRole && column == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole) {
        if (column == StatusColumn && row.status != ImportRowStatus::Unchanged) {
            QColor c = row.status == ImportRowStatus::Invalid   ? Colors::conflict()
                       : row.status == ImportRowStatus::Changed ? Colors::warning()
                                                                : Colors::status(PlacementStatus::Ongoing);
            c.setAlpha(70);
            return QBrush(c);
        }
        if (column >= FirstCellColumn && row.status == ImportRowStatus::Invalid) {
            for (const Error &e : row.errors) {
                if (e.column == column - FirstCellColumn + 1) {
                    QColor c = Colors::conflict();
                    c.setAlpha(70);
                    return QBrush(c);
                }
            }
        }
    }
    if (role == Qt::FontRole && column >= FirstCellColumn && row.status == ImportRowStatus::Changed) {
        const QString key = m_mapping.value(column - FirstCellColumn);
        if (!key.isEmpty() && row.changedFields.contains(key)) {
            QFont f;
            f.setBold(true);
            return f;
        }
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case StatusColumn:
        return tr("Status");
    case RecordColumn:
        return tr("Record");
    case DetailColumn:
        return tr("Changes or problems");
    default:
        return m_headers.value(section - FirstCellColumn);
    }
}

// --- errors --------------------------------------------------------------------------------------------------------

ImportErrorModel::ImportErrorModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportErrorModel::setErrors(const QList<Error> &errors)
{
    beginResetModel();
    m_errors = errors;
    endResetModel();
}

int ImportErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size());
}

int ImportErrorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Error &e = m_errors.at(index.row());
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && index.column() == ReasonColumn)) {
        switch (index.column()) {
        case LineColumn:
            return e.line > 0 ? QVariant(e.line) : QVariant();
        case ColumnColumn:
            return e.column > 0 ? QVariant(e.column) : QVariant();
        case FieldColumn:
            return e.field;
        case ReasonColumn:
            return e.message;
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == LineColumn || index.column() == ColumnColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case FieldColumn:
        return tr("Field");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace praksis
