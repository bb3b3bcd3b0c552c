#pragma once

#include "commands/PlanCommand.h"
#include "recruitment/ConversationGuide.h"

#include <functional>

namespace praksis {

// One edit of the mentor conversation guide's topics and questions. The edit itself is any function over
// ConversationGuide; the command keeps the whole guide before and after it, so undo and redo put back exactly what
// was there (ids included) with ConversationGuide::replaceContents, whatever the edit was. Consecutive edits of the
// same field of the same topic or question (mergeKey) merge into one undo step.
class GuideEditCommand : public PlanCommand
{
public:
    using Edit = std::function<Result<void>(ConversationGuide &)>;

    GuideEditCommand(PlanFile &plan, const QString &text, Edit edit, QString mergeKey = {});

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    Edit m_edit;
    QString m_mergeKey;
    std::optional<QList<GuideTopic>> m_before;
    std::optional<QList<GuideTopic>> m_after;
};

} // namespace praksis
