#include "commands/GuideCommands.h"

#include "storage/PlanFile.h"

namespace praksis {

namespace {

// Command ids for QUndoCommand::id(); RecordCommands.h uses 1000, TemplateCommands 1100.
constexpr int GuideEditId = 1200;

Result<void> replace(PlanFile &plan, const QList<GuideTopic> &topics)
{
    if (auto r = ConversationGuide(plan).replaceContents(topics); !r)
        return r.error();
    return {};
}

} // namespace

GuideEditCommand::GuideEditCommand(PlanFile &plan, const QString &text, Edit edit, QString mergeKey)
    : PlanCommand(plan, text)
    , m_edit(std::move(edit))
    , m_mergeKey(std::move(mergeKey))
{}

int GuideEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : GuideEditId;
}

bool GuideEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const GuideEditCommand *>(other);
    if (!o || o->m_mergeKey != m_mergeKey || !o->m_after)
        return false;
    m_after = o->m_after;
    return true;
}

Result<void> GuideEditCommand::doRedo()
{
    if (m_after)
        return replace(m_plan, *m_after);
    // The first time: take the snapshot, do the edit and take the result, all in one transaction.
    ConversationGuide guide(m_plan);
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto before = guide.load();
    if (!before)
        return before.error();
    if (auto r = m_edit(guide); !r)
        return r.error();
    auto after = guide.load();
    if (!after)
        return after.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_before = std::move(before.value());
    m_after = std::move(after.value());
    return {};
}

Result<void> GuideEditCommand::doUndo()
{
    if (!m_before)
        return {};
    return replace(m_plan, *m_before);
}

} // namespace praksis
