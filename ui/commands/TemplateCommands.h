#pragma once

#include "commands/SnapshotEditCommand.h"
#include "welcome/WelcomeTemplate.h"

namespace praksis {

// One edit of a welcome template's sections and items (SnapshotEditCommand over the template's contents), undone
// and redone exactly with WelcomeTemplates::replaceContents. Consecutive edits of the same field of the same section
// or item (mergeKey) merge into one undo step.
class TemplateEditCommand : public SnapshotEditCommand<WelcomeTemplates, WelcomeTemplate>
{
public:
    TemplateEditCommand(PlanFile &plan, qint64 templateId, const QString &text, Edit edit, QString mergeKey = {});

protected:
    Result<WelcomeTemplate> load(WelcomeTemplates &templates) const override;
    Result<void> replace(WelcomeTemplates &templates, const WelcomeTemplate &contents) const override;

private:
    qint64 m_templateId;
};

// Makes a site's own variant of the template (a copy of the default), or removes it (the site then uses the
// default again). Undo removes or restores it exactly, ids included.
class SiteVariantCommand : public PlanCommand
{
public:
    enum class Action
    {
        Create,
        Remove
    };

    SiteVariantCommand(PlanFile &plan, qint64 siteId, Action action, const QString &text);

    // The variant's template id after the command was performed (Create), or the removed one (Remove).
    qint64 templateId() const { return m_templateId; }

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    Result<void> create();
    Result<void> remove();

    qint64 m_siteId;
    Action m_action;
    qint64 m_templateId = 0;
    std::optional<WelcomeTemplate> m_removed;
};

} // namespace praksis
