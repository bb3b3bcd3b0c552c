#pragma once

#include <QAbstractItemModel>

#include <optional>

namespace praksis {

// An outline of groups (a template's sections, the guide's topics) holding entries (items, questions) as a tree:
// groups at the top level, their entries below. The model is read-only: edits go through undoable commands, and the
// page gives the model the new contents when the plan changes. Dragging a group or an entry and dropping it elsewhere
// does not move anything in the model; it asks for the move with moveRequested(). Subclasses hold the contents and
// say what a group's or an entry's cells show; this base knows only the shape (the ids, in order).
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Group,
        Entry
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        KindRole, // Kind, as int
    };
    // A group or an entry, by id.
    struct Node
    {
        Kind kind = Kind::Group;
        qint64 id = 0;
    };

    // mimeType: what a drag carries; each kind of outline has its own, so nothing is dropped on another kind.
    OutlineModel(const QString &mimeType, QObject *parent = nullptr);

    QModelIndex groupIndex(qint64 groupId) const;
    QModelIndex entryIndex(qint64 entryId) const;
    QModelIndex indexOf(const Node &node) const;
    static std::optional<Node> nodeAt(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // A dropped group should go to `position` of the outline, or a dropped entry to `position` of group `groupId`
    // (positions as after the move). Emitted after the drop is handled, never during it.
    void moveRequested(praksis::OutlineModel::Kind kind, qint64 id, qint64 groupId, int position);

protected:
    struct Group
    {
        qint64 id = 0;
        QList<qint64> entries;
    };
    // The new shape, with a model reset; a subclass calls it when its contents change (after storing them).
    void setShape(QList<Group> shape);

    // What a group's or an entry's cell shows for `role` (the display, tooltip and font roles; ids and kinds are
    // answered here, and a group is bold).
    virtual QVariant groupData(int group, int column, int role) const = 0;
    virtual QVariant entryData(int group, int entry, int column, int role) const = 0;

private:
    struct Target
    {
        Kind kind;
        qint64 id;
        qint64 groupId;
        int position;
    };
    std::optional<Target> dropTarget(const QMimeData *data, int row, const QModelIndex &parent) const;

    QString m_mimeType;
    QList<Group> m_shape;
};

} // namespace praksis
