#pragma once

#include "io/Importer.h"

#include <QAbstractTableModel>

namespace praksis {

// The rows of an import preview: line, status (new / changed / unchanged / error), the record, what changes or
// what is wrong, then the file's own cells. Qt::UserRole on any column gives the row's status id ("new",
// "changed", "unchanged", "error") for filtering.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        StatusColumn,
        RecordColumn,
        DetailColumn,
        FirstCellColumn
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportPreview &preview);

    static QString statusId(ImportRowStatus status);
    static QString statusText(ImportRowStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString detail(const ImportRow &row) const;

    ImportRegister m_reg = ImportRegister::Students;
    QStringList m_headers;
    QStringList m_mapping;
    QList<ImportRow> m_rows;
};

// Every problem of an import preview: line, column, field and reason, in the preview's order (header first, then
// the rows by line).
class ImportErrorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        ColumnColumn,
        FieldColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ImportErrorModel(QObject *parent = nullptr);

    void setErrors(const QList<Error> &errors);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Error> m_errors;
};

} // namespace praksis
