#include "pages/template/TemplateModel.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

namespace praksis {

namespace {

const QString nodeMime = QStringLiteral("application/x-praksisplan-template-node");

// internalId: 0 for a section, section row + 1 for an item of that section.
constexpr quintptr sectionNode = 0;

} // namespace

TemplateModel::TemplateModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void TemplateModel::setTemplate(const WelcomeTemplate &contents, const QString &language)
{
    beginResetModel();
    m_contents = contents;
    m_language = language;
    endResetModel();
}

QModelIndex TemplateModel::sectionIndex(qint64 sectionId) const
{
    for (int s = 0; s < m_contents.sections.size(); ++s)
        if (m_contents.sections[s].id == sectionId)
            return createIndex(s, 0, sectionNode);
    return {};
}

QModelIndex TemplateModel::itemIndex(qint64 itemId) const
{
    for (int s = 0; s < m_contents.sections.size(); ++s) {
        const auto &items = m_contents.sections[s].items;
        for (int i = 0; i < items.size(); ++i)
            if (items[i].id == itemId)
                return createIndex(i, 0, quintptr(s + 1));
    }
    return {};
}

QModelIndex TemplateModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, sectionNode);
    if (parent.internalId() != sectionNode)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TemplateModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionNode)
        return {};
    return createIndex(int(child.internalId() - 1), 0, sectionNode);
}

int TemplateModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_contents.sections.size());
    if (parent.column() != 0 || parent.internalId() != sectionNode)
        return 0;
    return int(m_contents.sections[parent.row()].items.size());
}

int TemplateModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TemplateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == sectionNode) {
        const TemplateSection &section = m_contents.sections[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return index.column() == TextColumn ? section.title.in(m_language) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case IdRole:
            return section.id;
        case KindRole:
            return int(Kind::Section);
        default:
            return {};
        }
    }
    const TemplateItem &item = m_contents.sections[int(index.internalId() - 1)].items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TextColumn:
            return item.text.in(m_language);
        case RoleColumn:
            return label(item.role);
        case DueColumn:
            return dueDayText(item.dueDay, item.fromEnd);
        default:
            return {};
        }
    case IdRole:
        return item.id;
    case KindRole:
        return int(Kind::Item);
    default:
        return {};
    }
}

QVariant TemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Task");
    case RoleColumn:
        return tr("Responsible");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

Qt::ItemFlags TemplateModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // sections can be dropped between the others
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.internalId() == sectionNode)
        f |= Qt::ItemIsDropEnabled; // items can be dropped into a section
    return f;
}

QStringList TemplateModel::mimeTypes() const
{
    return {nodeMime};
}

QMimeData *TemplateModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const QModelIndex first = indexes.first();
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << first.data(KindRole).toInt() << first.data(IdRole).toLongLong();
    auto *mime = new QMimeData;
    mime->setData(nodeMime, bytes);
    return mime;
}

Qt::DropActions TemplateModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

std::optional<TemplateModel::Target> TemplateModel::dropTarget(const QMimeData *data, int row,
                                                               const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(nodeMime))
        return std::nullopt;
    QDataStream in(data->data(nodeMime));
    int kind = -1;
    qint64 id = 0;
    in >> kind >> id;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;

    if (Kind(kind) == Kind::Section) {
        const QModelIndex from = sectionIndex(id);
        if (!from.isValid())
            return std::nullopt;
        // Between sections (row), or onto a section or one of its items (that section's place).
        int to = row;
        if (parent.isValid())
            to = parent.internalId() == sectionNode ? parent.row() : int(parent.internalId() - 1);
        if (to < 0 || to > rowCount())
            to = rowCount();
        if (to > from.row())
            --to; // the section leaves its place first
        if (to == from.row())
            return std::nullopt;
        return Target{Kind::Section, id, 0, to};
    }
    if (Kind(kind) != Kind::Item)
        return std::nullopt;
    const QModelIndex from = itemIndex(id);
    if (!from.isValid())
        return std::nullopt;
    // Into a section (at row, or at its end), or onto an item (that item's place).
    int sectionRow = -1;
    int to = row;
    if (!parent.isValid())
        return std::nullopt; // items live in sections
    if (parent.internalId() == sectionNode) {
        sectionRow = parent.row();
    } else {
        sectionRow = int(parent.internalId() - 1);
        to = parent.row();
    }
    const int count = int(m_contents.sections[sectionRow].items.size());
    if (to < 0 || to > count)
        to = count;
    const bool sameSection = from.parent().row() == sectionRow;
    if (sameSection && to > from.row())
        --to;
    if (sameSection && to == from.row())
        return std::nullopt;
    return Target{Kind::Item, id, m_contents.sections[sectionRow].id, to};
}

bool TemplateModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                    const QModelIndex &parent) const
{
    return action == Qt::MoveAction && dropTarget(data, row, parent).has_value();
}

bool TemplateModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction)
        return false;
    const auto target = dropTarget(data, row, parent);
    if (!target)
        return false;
    // The model is reloaded when the move is done; doing that inside the view's drop handling is not safe.
    QMetaObject::invokeMethod(
        this, [this, t = *target] { emit moveRequested(t.kind, t.id, t.sectionId, t.position); }, Qt::QueuedConnection);
    // Not accepted as a move of rows: the view must not remove the dragged rows itself.
    return false;
}

} // namespace praksis
