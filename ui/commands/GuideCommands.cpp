#include "commands/GuideCommands.h"

namespace praksis {

namespace {

// Command ids for QUndoCommand::id(); RecordCommands.h uses 1000, TemplateCommands 1100.
constexpr int GuideEditId = 1200;

} // namespace

GuideEditCommand::GuideEditCommand(PlanFile &plan, const QString &text, Edit edit, QString mergeKey)
    : SnapshotEditCommand(plan, text, GuideEditId, std::move(edit), std::move(mergeKey))
{}

Result<QList<GuideTopic>> GuideEditCommand::load(ConversationGuide &guide) const
{
    return guide.load();
}

Result<void> GuideEditCommand::replace(ConversationGuide &guide, const QList<GuideTopic> &topics) const
{
    return withoutValue(guide.replaceContents(topics));
}

} // namespace praksis
