#include "pages/template/TemplateModel.h"

namespace praksis {

TemplateModel::TemplateModel(QObject *parent)
    : OutlineModel(QStringLiteral("application/x-praksisplan-template-node"), parent)
{}

void TemplateModel::setTemplate(const WelcomeTemplate &contents, const QString &language)
{
    m_contents = contents;
    m_language = language;
    QList<Group> shape;
    for (const TemplateSection &section : contents.sections) {
        Group group{section.id, {}};
        for (const TemplateItem &item : section.items)
            group.entries << item.id;
        shape << group;
    }
    setShape(std::move(shape));
}

int TemplateModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TemplateModel::groupData(int group, int column, int role) const
{
    if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && column == TextColumn)
        return m_contents.sections[group].title.in(m_language);
    return {};
}

QVariant TemplateModel::entryData(int group, int entry, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const TemplateItem &item = m_contents.sections[group].items[entry];
    switch (column) {
    case TextColumn:
        return item.text.in(m_language);
    case RoleColumn:
        return label(item.role);
    case DueColumn:
        return dueDayText(item.dueDay, item.fromEnd);
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

} // namespace praksis
