#include "models/SqlTableModel.h"

#include "Colors.h"
#include "model/Kinds.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"
#include "storage/Registers.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace praksis {

namespace {
constexpr int chunkBefore = 64;
constexpr int chunkAfter = 192;
constexpr int maxCached = 4000;
// More runs of rows removed or inserted than this and a change of ids is told as one layout change.
constexpr int maxRowRuns = 32;

// How many contiguous runs of rows leave `from` (not in toSet) and enter `to` (not in fromSet); stops counting past
// maxRowRuns.
int runsBetween(const QList<qint64> &from, const QSet<qint64> &fromSet, const QList<qint64> &to,
                const QSet<qint64> &toSet)
{
    int runs = 0;
    const auto count = [&runs](const QList<qint64> &list, const QSet<qint64> &other) {
        bool inRun = false;
        for (qint64 id : list) {
            const bool gone = !other.contains(id);
            if (gone && !inRun && ++runs > maxRowRuns)
                return;
            inRun = gone;
        }
    };
    count(from, toSet);
    count(to, fromSet);
    return runs;
}

template<typename E> QString kindLabel(const QVariant &raw)
{
    const auto v = fromId<E>(raw.toString());
    return v ? label(*v) : raw.toString();
}

template<typename E> QStringList labelsOf()
{
    QStringList out;
    for (E v : allValues<E>())
        out << label(v);
    return out;
}
} // namespace

QStringList SqlTableModel::vocabulary(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    switch (m_columns.at(column).format) {
    case SqlColumn::Format::Bool:
        return {tr("Yes"), tr("No")};
    case SqlColumn::Format::Status:
        return labelsOf<PlacementStatus>();
    case SqlColumn::Format::SchoolKind:
        return labelsOf<SchoolKind>();
    case SqlColumn::Format::ProgrammeKind:
        return labelsOf<ProgrammeKind>();
    case SqlColumn::Format::SiteKind:
        return labelsOf<SiteKind>();
    case SqlColumn::Format::Profession:
        return labelsOf<Profession>();
    default:
        return {};
    }
}

bool SqlTableModel::hasDecoration(int column) const
{
    return column >= 0 && column < m_columns.size() && m_columns.at(column).format == SqlColumn::Format::Status;
}

SqlTableModel::SqlTableModel(PlanFile &plan, QString from, QString idExpr, QList<SqlColumn> columns,
                             QList<Entity> entities, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(plan)
    , m_from(std::move(from))
    , m_idExpr(std::move(idExpr))
    , m_columns(std::move(columns))
    , m_entities(std::move(entities))
{
    for (SqlColumn &c : m_columns)
        if (c.sortExpr.isEmpty())
            c.sortExpr = c.expr;
    connect(&m_plan, &PlanFile::changed, this, &SqlTableModel::onChanged);
}

void SqlTableModel::ensureLoaded() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    queryTotal();
    m_ids = queryIds();
}

void SqlTableModel::setSearchColumns(const QStringList &exprs)
{
    m_searchColumns = exprs;
}

void SqlTableModel::setSearchText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_search)
        return;
    m_search = t;
    refresh();
}

void SqlTableModel::setFilter(const QString &where, const QVariantList &bindings)
{
    if (where == m_filter && bindings == m_filterBindings)
        return;
    m_filter = where;
    m_filterBindings = bindings;
    refresh();
}

qint64 SqlTableModel::idAt(int row) const
{
    ensureLoaded();
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int SqlTableModel::rowOf(qint64 id) const
{
    ensureLoaded();
    return int(m_ids.indexOf(id));
}

QList<qint64> SqlTableModel::queryIds() const
{
    const SqlColumn &sortColumn = m_columns.at(qBound(0, m_sortColumn, int(m_columns.size()) - 1));
    const auto [sql, bindings] = Registers::idsStatement(
        m_from, m_idExpr, {m_filter, m_filterBindings}, m_searchColumns, m_search, sortColumn.sortExpr,
        sortColumn.format == SqlColumn::Format::Text, m_sortOrder == Qt::AscendingOrder);
    QList<qint64> ids;
    auto q = m_plan.exec(sql, bindings);
    if (!q) {
        qWarning("SqlTableModel: %s", qPrintable(q.error().message));
        return ids;
    }
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

void SqlTableModel::queryTotal() const
{
    auto q = m_plan.exec(Registers::countSql(m_from));
    m_total = q && q->next() ? q->value(0).toLongLong() : 0;
}

void SqlTableModel::fetchAround(int row) const
{
    if (m_cache.size() > maxCached)
        m_cache.clear();
    const int first = qMax(0, row - chunkBefore);
    const int last = qMin(int(m_ids.size()) - 1, row + chunkAfter);
    QVariantList ids;
    for (int r = first; r <= last; ++r)
        if (!m_cache.contains(m_ids.at(r)))
            ids.append(m_ids.at(r));
    if (ids.isEmpty())
        return;
    QStringList exprs;
    for (const SqlColumn &c : m_columns)
        exprs.append(c.expr);
    auto q = m_plan.exec(Registers::rowsSql(m_from, m_idExpr, exprs, ids.size()), ids);
    if (!q)
        return;
    while (q->next()) {
        QVariantList values;
        values.reserve(m_columns.size());
        for (int c = 0; c < m_columns.size(); ++c)
            values.append(q->value(c + 1));
        m_cache.insert(q->value(0).toLongLong(), values);
    }
}

void SqlTableModel::refresh(const QSet<qint64> &updated, bool allChanged)
{
    if (!m_loaded) // the first query will see the change
        return;
    for (qint64 id : updated)
        m_cache.remove(id);
    if (allChanged)
        m_cache.clear();
    applyIds(queryIds());
    if (allChanged && !m_ids.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, int(m_columns.size()) - 1));
    } else {
        for (qint64 id : updated) {
            const int row = rowOf(id);
            if (row >= 0)
                emit dataChanged(index(row, 0), index(row, int(m_columns.size()) - 1));
        }
    }
    emit countsChanged();
}

void SqlTableModel::applyIds(const QList<qint64> &ids)
{
    // A handful of rows in and out (an edit, an undo) become row removals and insertions, so the view keeps its
    // place and animates nothing away. A new filter or search on a big table moves thousands of scattered rows: as
    // row signals each run costs the view a pass over all its rows (seconds on the 50,000-placement plan), so that
    // becomes one layout change, which keeps the selection on the records still shown, as QSortFilterProxyModel
    // does when it is invalidated.
    const QSet<qint64> newSet(ids.cbegin(), ids.cend());
    const QSet<qint64> oldSet(m_ids.cbegin(), m_ids.cend());
    if (runsBetween(m_ids, oldSet, ids, newSet) > maxRowRuns) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<qint64, int> newRow;
        newRow.reserve(ids.size());
        for (int r = 0; r < ids.size(); ++r)
            newRow.insert(ids.at(r), r);
        const QModelIndexList persistent = persistentIndexList();
        QModelIndexList to;
        to.reserve(persistent.size());
        for (const QModelIndex &from : persistent) {
            const auto it = newRow.constFind(m_ids.at(from.row()));
            to.append(it == newRow.constEnd() ? QModelIndex() : createIndex(*it, from.column()));
        }
        m_ids = ids;
        changePersistentIndexList(persistent, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    // 1. removals, as contiguous runs from the end
    for (int i = int(m_ids.size()) - 1; i >= 0;) {
        if (newSet.contains(m_ids.at(i))) {
            --i;
            continue;
        }
        const int last = i;
        while (i >= 0 && !newSet.contains(m_ids.at(i)))
            --i;
        beginRemoveRows({}, i + 1, last);
        m_ids.remove(i + 1, last - i);
        endRemoveRows();
    }
    // 2. moves (a sort key changed): a layout change that keeps the selection on the same records (the ids removed
    // above are not in `ids`, so the set from before serves here and below)
    QList<qint64> kept;
    kept.reserve(m_ids.size());
    for (qint64 id : ids)
        if (oldSet.contains(id))
            kept.append(id);
    // std::equal, not QList's ==: Qt 6.4's compares two empty lists with memcmp(nullptr, …) (UBSan reports it)
    if (!std::equal(kept.cbegin(), kept.cend(), m_ids.cbegin(), m_ids.cend())) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<qint64, int> newRow;
        for (int r = 0; r < kept.size(); ++r)
            newRow.insert(kept.at(r), r);
        const QModelIndexList persistent = persistentIndexList();
        QModelIndexList to;
        to.reserve(persistent.size());
        for (const QModelIndex &from : persistent)
            to.append(index(newRow.value(m_ids.at(from.row())), from.column()));
        m_ids = kept;
        changePersistentIndexList(persistent, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    // 3. insertions, as contiguous runs in the new order
    for (int i = 0; i < ids.size();) {
        if (oldSet.contains(ids.at(i))) {
            ++i;
            continue;
        }
        const int first = i;
        while (i < ids.size() && !oldSet.contains(ids.at(i)))
            ++i;
        beginInsertRows({}, first, i - 1);
        m_ids.insert(first, i - first, 0);
        for (int r = first; r < i; ++r)
            m_ids[r] = ids.at(r);
        endInsertRows();
    }
}

void SqlTableModel::setHeld(bool held)
{
    m_held = held;
    if (held || !std::exchange(m_staleWhileHeld, false))
        return;
    queryTotal();
    refresh({}, true);
}

void SqlTableModel::onChanged(const Change &change)
{
    if (!m_loaded)
        return;
    if (m_held) {
        m_staleWhileHeld = m_staleWhileHeld || change.entity == Entity::All || change.kind == Change::Kind::Reset ||
                           m_entities.contains(change.entity);
        return;
    }
    if (change.entity == Entity::All || change.kind == Change::Kind::Reset) {
        beginResetModel();
        m_cache.clear();
        queryTotal();
        m_ids = queryIds();
        endResetModel();
        emit countsChanged();
        return;
    }
    if (!m_entities.contains(change.entity))
        return;
    if (change.kind != Change::Kind::Updated)
        queryTotal();
    // The first entity is the table's own: its updates touch those rows only; a change to a related record
    // (a student renamed, shown on many placements) may touch any row.
    const bool own = change.entity == m_entities.first();
    if (own && !change.ids.isEmpty())
        refresh(QSet<qint64>(change.ids.cbegin(), change.ids.cend()));
    else
        refresh({}, true);
}

int SqlTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    ensureLoaded();
    return int(m_ids.size());
}

int SqlTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SqlTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    const SqlColumn &column = m_columns.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        if (column.format == SqlColumn::Format::Integer || column.format == SqlColumn::Format::Decimal ||
            column.format == SqlColumn::Format::Year)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawRole && role != Qt::DecorationRole &&
        role != Qt::FontRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    auto it = m_cache.constFind(id);
    if (it == m_cache.constEnd()) {
        fetchAround(index.row());
        it = m_cache.constFind(id);
        if (it == m_cache.constEnd())
            return {};
    }
    const QVariant raw = it->at(index.column());
    if (role == RawRole)
        return raw;
    if (column.format == SqlColumn::Format::Status) {
        const auto status = fromId<PlacementStatus>(raw.toString());
        if (role == Qt::DecorationRole)
            return status && *status != PlacementStatus::Cancelled ? QVariant(Colors::status(*status)) : QVariant();
        if (role == Qt::FontRole) {
            if (status != PlacementStatus::Cancelled)
                return {};
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
    } else if (role == Qt::DecorationRole || role == Qt::FontRole) {
        return {};
    }
    if (raw.isNull())
        return QString();
    switch (column.format) {
    case SqlColumn::Format::Text:
        return raw.toString();
    case SqlColumn::Format::Integer:
        return role == Qt::EditRole ? raw : QVariant(QLocale().toString(raw.toLongLong()));
    case SqlColumn::Format::Year:
        return raw.toLongLong() == 0 ? QString() : QString::number(raw.toLongLong());
    case SqlColumn::Format::Decimal:
        return role == Qt::EditRole ? raw : QVariant(QLocale().toString(raw.toDouble(), 'g', 4));
    case SqlColumn::Format::Date: {
        const auto date = Validation::fromIsoDate(raw.toString());
        return date ? Validation::formatDate(*date) : raw.toString();
    }
    case SqlColumn::Format::Bool:
        return raw.toBool() ? tr("Yes") : tr("No");
    case SqlColumn::Format::Status:
        return kindLabel<PlacementStatus>(raw);
    case SqlColumn::Format::SchoolKind:
        return kindLabel<SchoolKind>(raw);
    case SqlColumn::Format::ProgrammeKind:
        return kindLabel<ProgrammeKind>(raw);
    case SqlColumn::Format::SiteKind:
        return kindLabel<SiteKind>(raw);
    case SqlColumn::Format::Profession:
        return kindLabel<Profession>(raw);
    case SqlColumn::Format::HirePosition:
        return kindLabel<HirePosition>(raw);
    case SqlColumn::Format::EndReason:
        return kindLabel<EndReason>(raw);
    }
    return raw;
}

QVariant SqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).header;
    if (orientation == Qt::Horizontal && (role == Qt::ToolTipRole || role == Qt::WhatsThisRole) && section >= 0 &&
        section < m_columns.size() && !m_columns.at(section).toolTip.isEmpty())
        return m_columns.at(section).toolTip;
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

void SqlTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_loaded)
        applyIds(queryIds());
}

} // namespace praksis
