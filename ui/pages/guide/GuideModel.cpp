#include "pages/guide/GuideModel.h"

namespace praksis {

GuideModel::GuideModel(QObject *parent)
    : OutlineModel(QStringLiteral("application/x-praksisplan-guide-node"), parent)
{}

void GuideModel::setGuide(const QList<GuideTopic> &topics, const QString &language)
{
    m_topics = topics;
    m_language = language;
    QList<Group> shape;
    for (const GuideTopic &topic : topics) {
        Group group{topic.id, {}};
        for (const GuideQuestion &question : topic.questions)
            group.entries << question.id;
        shape << group;
    }
    setShape(std::move(shape));
}

int GuideModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant GuideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section != 0)
        return {};
    return tr("Topic or question");
}

QVariant GuideModel::groupData(int group, int, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_topics[group].title.in(m_language);
    return {};
}

QVariant GuideModel::entryData(int group, int entry, int, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_topics[group].questions[entry].text.in(m_language);
    return {};
}

} // namespace praksis
