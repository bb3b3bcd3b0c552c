#include "commands/TemplateCommands.h"

#include "storage/PlanFile.h"

namespace praksis {

namespace {

// Command ids for QUndoCommand::id(); RecordCommands.h uses 1000, GuideCommands 1200.
constexpr int TemplateEditId = 1100;

} // namespace

TemplateEditCommand::TemplateEditCommand(PlanFile &plan, qint64 templateId, const QString &text, Edit edit,
                                         QString mergeKey)
    // the template's id in the key: edits of two templates never merge
    : SnapshotEditCommand(plan, text, TemplateEditId, std::move(edit),
                          mergeKey.isEmpty() ? QString() : QString::number(templateId) + u'/' + mergeKey)
    , m_templateId(templateId)
{}

Result<WelcomeTemplate> TemplateEditCommand::load(WelcomeTemplates &templates) const
{
    return templates.load(m_templateId);
}

Result<void> TemplateEditCommand::replace(WelcomeTemplates &templates, const WelcomeTemplate &contents) const
{
    return withoutValue(templates.replaceContents(contents));
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
