#include "pages/template/OutlineModel.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

namespace praksis {

namespace {

// internalId: 0 for a group, group row + 1 for an entry of that group.
constexpr quintptr groupNode = 0;

} // namespace

OutlineModel::OutlineModel(const QString &mimeType, QObject *parent)
    : QAbstractItemModel(parent)
    , m_mimeType(mimeType)
{}

void OutlineModel::setShape(QList<Group> shape)
{
    beginResetModel();
    m_shape = std::move(shape);
    endResetModel();
}

QModelIndex OutlineModel::groupIndex(qint64 groupId) const
{
    for (int g = 0; g < m_shape.size(); ++g)
        if (m_shape[g].id == groupId)
            return createIndex(g, 0, groupNode);
    return {};
}

QModelIndex OutlineModel::entryIndex(qint64 entryId) const
{
    for (int g = 0; g < m_shape.size(); ++g) {
        const int e = int(m_shape[g].entries.indexOf(entryId));
        if (e >= 0)
            return createIndex(e, 0, quintptr(g + 1));
    }
    return {};
}

QModelIndex OutlineModel::indexOf(const Node &node) const
{
    return node.kind == Kind::Group ? groupIndex(node.id) : entryIndex(node.id);
}

std::optional<OutlineModel::Node> OutlineModel::nodeAt(const QModelIndex &index)
{
    if (!index.isValid())
        return std::nullopt;
    return Node{Kind(index.data(KindRole).toInt()), index.data(IdRole).toLongLong()};
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupNode);
    if (parent.internalId() != groupNode)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupNode)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupNode);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_shape.size());
    if (parent.column() != 0 || parent.internalId() != groupNode)
        return 0;
    return int(m_shape[parent.row()].entries.size());
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool group = index.internalId() == groupNode;
    const int groupRow = group ? index.row() : int(index.internalId() - 1);
    switch (role) {
    case IdRole:
        return group ? m_shape[groupRow].id : m_shape[groupRow].entries[index.row()];
    case KindRole:
        return int(group ? Kind::Group : Kind::Entry);
    case Qt::FontRole:
        if (group) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return group ? groupData(groupRow, index.column(), role) : entryData(groupRow, index.row(), index.column(), role);
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // groups can be dropped between the others
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.internalId() == groupNode)
        f |= Qt::ItemIsDropEnabled; // entries can be dropped into a group
    return f;
}

QStringList OutlineModel::mimeTypes() const
{
    return {m_mimeType};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const QModelIndex first = indexes.first();
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << first.data(KindRole).toInt() << first.data(IdRole).toLongLong();
    auto *mime = new QMimeData;
    mime->setData(m_mimeType, bytes);
    return mime;
}

Qt::DropActions OutlineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

std::optional<OutlineModel::Target> OutlineModel::dropTarget(const QMimeData *data, int row,
                                                             const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(m_mimeType))
        return std::nullopt;
    QDataStream in(data->data(m_mimeType));
    int kind = -1;
    qint64 id = 0;
    in >> kind >> id;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;

    if (Kind(kind) == Kind::Group) {
        const QModelIndex from = groupIndex(id);
        if (!from.isValid())
            return std::nullopt;
        // Between groups (row), or onto a group or one of its entries (that group's place).
        int to = row;
        if (parent.isValid())
            to = parent.internalId() == groupNode ? parent.row() : int(parent.internalId() - 1);
        if (to < 0 || to > rowCount())
            to = rowCount();
        if (to > from.row())
            --to; // the group leaves its place first
        if (to == from.row())
            return std::nullopt;
        return Target{Kind::Group, id, 0, to};
    }
    if (Kind(kind) != Kind::Entry)
        return std::nullopt;
    const QModelIndex from = entryIndex(id);
    if (!from.isValid())
        return std::nullopt;
    // Into a group (at row, or at its end), or onto an entry (that entry's place).
    if (!parent.isValid())
        return std::nullopt; // entries live in groups
    int groupRow = -1;
    int to = row;
    if (parent.internalId() == groupNode) {
        groupRow = parent.row();
    } else {
        groupRow = int(parent.internalId() - 1);
        to = parent.row();
    }
    const int count = int(m_shape[groupRow].entries.size());
    if (to < 0 || to > count)
        to = count;
    const bool sameGroup = from.parent().row() == groupRow;
    if (sameGroup && to > from.row())
        --to;
    if (sameGroup && to == from.row())
        return std::nullopt;
    return Target{Kind::Entry, id, m_shape[groupRow].id, to};
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                   const QModelIndex &parent) const
{
    return action == Qt::MoveAction && dropTarget(data, row, parent).has_value();
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction)
        return false;
    const auto target = dropTarget(data, row, parent);
    if (!target)
        return false;
    // The model is reloaded when the move is done; doing that inside the view's drop handling is not safe.
    QMetaObject::invokeMethod(
        this, [this, t = *target] { emit moveRequested(t.kind, t.id, t.groupId, t.position); }, Qt::QueuedConnection);
    // Not accepted as a move of rows: the view must not remove the dragged rows itself.
    return false;
}

} // namespace praksis
