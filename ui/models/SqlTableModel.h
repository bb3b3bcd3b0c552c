#pragma once

#include "storage/Change.h"
#include "storage/Listings.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>

namespace praksis {

class PlanFile;

// One column of a SqlTableModel: a header, the SQL expression shown, and how its value is presented.
struct SqlColumn
{
    enum class Format
    {
        Text,
        Integer,
        Year,
        Decimal,
        Date,
        Bool,
        Status,
        SchoolKind,
        ProgrammeKind,
        SiteKind,
        Profession,
        HirePosition,
        EndReason
    };
    QString header;
    QString expr;
    Format format = Format::Text;
    QString sortExpr = {}; // defaults to expr
    QString toolTip = {};  // what the column means, on its header (tooltip and What's This)
};

// A read-only table over SQL that stays fast on the 50,000-placement plan (ARCHITECTURE.md rule 7): filtering,
// searching and sorting happen in SQL, which yields only the ordered ids of the matching rows; the columns are
// fetched for the rows near the ones the view asks for, in chunks, and cached. When the plan announces a change
// the ids are queried again and the difference becomes row removals, insertions and dataChanged — never a reset
// after a one-row change. Nothing is queried until the rows are first asked for, so filters set before a view is
// attached cost no query of their own.
class SqlTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;  // the row's id
    static constexpr int RawRole = Qt::UserRole + 2; // the value as stored (identifier, ISO date)

    // from and idExpr: a table of core (storage/Registers.h, Registers::Table); entities: the changes that concern it.
    SqlTableModel(PlanFile &plan, QString from, QString idExpr, QList<SqlColumn> columns, QList<Entity> entities,
                  QObject *parent = nullptr);

    // Expressions the search field matches (case-insensitive substring of any of them).
    void setSearchColumns(const QStringList &exprs);
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // An extra condition (from Registers::Table::where), ANDed with the search; empty for none.
    void setFilter(const QString &where, const QVariantList &bindings = {});
    void setFilter(const Listings::Statement &condition) { setFilter(condition.sql, condition.bindings); }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // Rows without filter or search.
    qint64 totalCount() const
    {
        ensureLoaded();
        return m_total;
    }

    // While held (its page out of view), a change only marks the model stale; released, a stale model queries once.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }

    // Queries the ids again and turns the difference into row signals; updated ids also get dataChanged.
    void refresh(const QSet<qint64> &updated = {}, bool allChanged = false);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Every text a column of a vocabulary (status, kinds, yes/no) can show; empty for other columns.
    QStringList vocabulary(int column) const;
    // Whether the column's cells carry a decoration (the status colour).
    bool hasDecoration(int column) const;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The shown or total count changed.
    void countsChanged();

private:
    void onChanged(const Change &change);
    void ensureLoaded() const;
    QList<qint64> queryIds() const;
    void queryTotal() const;
    void fetchAround(int row) const;
    void applyIds(const QList<qint64> &ids);

    PlanFile &m_plan;
    QString m_from;
    QString m_idExpr;
    QList<SqlColumn> m_columns;
    QList<Entity> m_entities;
    QStringList m_searchColumns;
    QString m_search;
    QString m_filter;
    QVariantList m_filterBindings;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable bool m_loaded = false;
    bool m_held = false;
    bool m_staleWhileHeld = false;
    mutable QList<qint64> m_ids;
    mutable qint64 m_total = 0;
    mutable QHash<qint64, QVariantList> m_cache;
};

} // namespace praksis
