#pragma once

#include "pages/template/OutlineModel.h"
#include "welcome/WelcomeTemplate.h"

namespace praksis {

// A welcome template as an outline (OutlineModel): sections at the top level, their items below. Columns: task,
// responsible role, due. Texts are shown in the plan's document language.
class TemplateModel : public OutlineModel
{
    Q_OBJECT

public:
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

    QModelIndex sectionIndex(qint64 sectionId) const { return groupIndex(sectionId); }
    QModelIndex itemIndex(qint64 itemId) const { return entryIndex(itemId); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant groupData(int group, int column, int role) const override;
    QVariant entryData(int group, int entry, int column, int role) const override;

private:
    WelcomeTemplate m_contents;
    QString m_language = QStringLiteral("nb");
};

} // namespace praksis
