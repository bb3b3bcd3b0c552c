#pragma once

#include "commands/SnapshotEditCommand.h"
#include "recruitment/ConversationGuide.h"

namespace praksis {

// One edit of the mentor conversation guide's topics and questions (SnapshotEditCommand over the whole guide),
// undone and redone exactly with ConversationGuide::replaceContents. Consecutive edits of the same field of the same
// topic or question (mergeKey) merge into one undo step.
class GuideEditCommand : public SnapshotEditCommand<ConversationGuide, QList<GuideTopic>>
{
public:
    GuideEditCommand(PlanFile &plan, const QString &text, Edit edit, QString mergeKey = {});

protected:
    Result<QList<GuideTopic>> load(ConversationGuide &guide) const override;
    Result<void> replace(ConversationGuide &guide, const QList<GuideTopic> &topics) const override;
};

} // namespace praksis
