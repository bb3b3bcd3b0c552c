#pragma once

#include "pages/template/OutlineModel.h"
#include "recruitment/ConversationGuide.h"

namespace praksis {

// The mentor conversation guide as an outline (OutlineModel): topics at the top level, their questions below, in one
// column, in the plan's document language.
class GuideModel : public OutlineModel
{
    Q_OBJECT

public:
    explicit GuideModel(QObject *parent = nullptr);

    void setGuide(const QList<GuideTopic> &topics, const QString &language);
    const QList<GuideTopic> &topics() const { return m_topics; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant groupData(int group, int column, int role) const override;
    QVariant entryData(int group, int entry, int column, int role) const override;

private:
    QList<GuideTopic> m_topics;
    QString m_language = QStringLiteral("nb");
};

} // namespace praksis
