#pragma once

#include "commands/PlanCommand.h"
#include "model/Site.h"
#include "welcome/SiteWelcome.h"

namespace praksis {

// Adds or edits a site together with what its welcome letters say about the first day (arrival time, meeting
// place, note): one form, one undo step, one transaction each way.
class SaveSiteCommand : public PlanCommand
{
public:
    // before.id == 0: a new site.
    SaveSiteCommand(PlanFile &plan, Site before, Site after, SiteWelcome welcomeBefore, SiteWelcome welcomeAfter,
                    const QString &text);
    qint64 recordId() const { return m_after.id; }

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    bool m_isNew;
    Site m_before;
    Site m_after;
    SiteWelcome m_welcomeBefore;
    SiteWelcome m_welcomeAfter;
};

} // namespace praksis
