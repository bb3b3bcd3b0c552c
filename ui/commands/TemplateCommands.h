#pragma once

#include "commands/PlanCommand.h"
#include "welcome/WelcomeTemplate.h"

#include <functional>

namespace praksis {

// One edit of a welcome template's sections and items. The edit itself is any function over
// WelcomeTemplates; the command keeps the template's contents before and after it, so undo and redo put back
// exactly what was there (ids included) with WelcomeTemplates::replaceContents, whatever the edit was.
// Consecutive edits of the same field of the same section or item (mergeKey) merge into one undo step.
class TemplateEditCommand : public PlanCommand
{
public:
    using Edit = std::function<Result<void>(WelcomeTemplates &)>;

    TemplateEditCommand(PlanFile &plan, qint64 templateId, const QString &text, Edit edit, QString mergeKey = {});

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    qint64 m_templateId;
    Edit m_edit;
    QString m_mergeKey;
    std::optional<WelcomeTemplate> m_before;
    std::optional<WelcomeTemplate> m_after;
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
