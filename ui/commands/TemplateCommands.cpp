#include "commands/TemplateCommands.h"

#include "storage/PlanFile.h"

namespace praksis {

namespace {

// Command ids for QUndoCommand::id(); RecordCommands.h uses 1000.
constexpr int TemplateEditId = 1100;

Result<void> replace(WelcomeTemplates &templates, const WelcomeTemplate &contents)
{
    if (auto r = templates.replaceContents(contents); !r)
        return r.error();
    return {};
}

} // namespace

TemplateEditCommand::TemplateEditCommand(PlanFile &plan, qint64 templateId, const QString &text, Edit edit,
                                         QString mergeKey)
    : PlanCommand(plan, text)
    , m_templateId(templateId)
    , m_edit(std::move(edit))
    , m_mergeKey(std::move(mergeKey))
{}

int TemplateEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : TemplateEditId;
}

bool TemplateEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const TemplateEditCommand *>(other);
    if (!o || o->m_templateId != m_templateId || o->m_mergeKey != m_mergeKey || !o->m_after)
        return false;
    m_after = o->m_after;
    return true;
}

Result<void> TemplateEditCommand::doRedo()
{
    WelcomeTemplates templates(m_plan);
    if (m_after)
        return replace(templates, *m_after);
    // The first time: take the snapshot, do the edit and take the result, all in one transaction.
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto before = templates.load(m_templateId);
    if (!before)
        return before.error();
    if (auto r = m_edit(templates); !r)
        return r.error();
    auto after = templates.load(m_templateId);
    if (!after)
        return after.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_before = std::move(before.value());
    m_after = std::move(after.value());
    return {};
}

Result<void> TemplateEditCommand::doUndo()
{
    if (!m_before)
        return {};
    WelcomeTemplates templates(m_plan);
    return replace(templates, *m_before);
}

SiteVariantCommand::SiteVariantCommand(PlanFile &plan, qint64 siteId, Action action, const QString &text)
    : PlanCommand(plan, text)
    , m_siteId(siteId)
    , m_action(action)
{}

Result<void> SiteVariantCommand::create()
{
    auto id = WelcomeTemplates(m_plan).createSiteVariant(m_siteId, m_templateId);
    if (!id)
        return id.error();
    m_templateId = id.value();
    return {};
}

Result<void> SiteVariantCommand::remove()
{
    auto removed = WelcomeTemplates(m_plan).removeSiteVariant(m_siteId);
    if (!removed)
        return removed.error();
    m_templateId = removed->id;
    m_removed = std::move(removed.value());
    return {};
}

Result<void> SiteVariantCommand::doRedo()
{
    if (m_action == Action::Create && m_removed)
        return WelcomeTemplates(m_plan).restoreVariant(*m_removed); // redo after an undo: the same ids again
    return m_action == Action::Create ? create() : remove();
}

Result<void> SiteVariantCommand::doUndo()
{
    if (m_action == Action::Create) {
        // Keep the variant exactly (ids included) for the redo.
        auto removed = WelcomeTemplates(m_plan).removeSiteVariant(m_siteId);
        if (!removed)
            return removed.error();
        m_removed = std::move(removed.value());
        return {};
    }
    if (!m_removed)
        return {};
    return WelcomeTemplates(m_plan).restoreVariant(*m_removed);
}

} // namespace praksis
