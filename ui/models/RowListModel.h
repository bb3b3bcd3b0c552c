#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <algorithm>

namespace praksis {

// A table over a short list of rows held in memory (a placement's meetings or absence records). setRows() takes
// the list as it is now and turns the difference into row removals, insertions and dataChanged, so a view keeps its
// selection and scroll position after a one-row change; only a change of order resets the model. Row must be
// equality-comparable; key() identifies a row across reloads.
template<typename Row> class RowListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    virtual qint64 key(const Row &row) const = 0;

    void setRows(QList<Row> next)
    {
        QSet<qint64> nextKeys;
        for (const Row &r : std::as_const(next))
            nextKeys.insert(key(r));
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (!nextKeys.contains(key(m_rows.at(i)))) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        // The rows left must keep their order in the new list; if not (a date changed), reset.
        QList<qint64> kept;
        QSet<qint64> oldKeys;
        for (const Row &r : std::as_const(m_rows))
            oldKeys.insert(key(r));
        for (const Row &r : std::as_const(next))
            if (oldKeys.contains(key(r)))
                kept.append(key(r));
        bool sameOrder = kept.size() == m_rows.size();
        for (qsizetype i = 0; sameOrder && i < kept.size(); ++i)
            sameOrder = kept.at(i) == key(m_rows.at(i));
        if (!sameOrder) {
            beginResetModel();
            m_rows = std::move(next);
            endResetModel();
            return;
        }
        for (int j = 0; j < int(next.size()); ++j) {
            if (j >= m_rows.size() || key(m_rows.at(j)) != key(next.at(j))) {
                beginInsertRows({}, j, j);
                m_rows.insert(j, next.at(j));
                endInsertRows();
            } else if (!(m_rows.at(j) == next.at(j))) {
                m_rows[j] = next.at(j);
                emit dataChanged(index(j, 0), index(j, columnCount() - 1));
            }
        }
    }

private:
    QList<Row> m_rows;
};

} // namespace praksis
