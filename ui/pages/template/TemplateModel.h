#pragma once

#include "welcome/WelcomeTemplate.h"

#include <QAbstractItemModel>

namespace praksis {

// A welcome template as a tree: sections at the top level, their items below. Columns: task, responsible role,
// due. Texts are shown in the plan's document language. The model is read-only: edits go through undoable
// commands, and the page reloads the model with setTemplate() when the plan changes. Dragging a section or an
// item and dropping it elsewhere does not move anything in the model; it asks for the move with moveRequested().
class TemplateModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Section,
        Item
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        KindRole, // Kind, as int
    };
    enum Column
    {
        TextColumn,
        RoleColumn,
        DueColumn,
        ColumnCount
    };

    explicit TemplateModel(QObject *parent = nullptr);

    void setTemplate(const WelcomeTemplate &contents, const QString &language);
    const WelcomeTemplate &contents() const { return m_contents; }

    QModelIndex sectionIndex(qint64 sectionId) const;
    QModelIndex itemIndex(qint64 itemId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // A dropped section should go to `position` of the template, or a dropped item to `position` of section
    // `sectionId` (positions as after the move). Emitted after the drop is handled, never during it.
    void moveRequested(praksis::TemplateModel::Kind kind, qint64 id, qint64 sectionId, int position);

private:
    struct Target
    {
        Kind kind;
        qint64 id;
        qint64 sectionId;
        int position;
    };
    std::optional<Target> dropTarget(const QMimeData *data, int row, const QModelIndex &parent) const;

    WelcomeTemplate m_contents;
    QString m_language = QStringLiteral("nb");
};

} // namespace praksis
