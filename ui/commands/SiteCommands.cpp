#include "commands/SiteCommands.h"

#include "storage/PlanFile.h"
#include "storage/SiteRepository.h"

namespace praksis {

SaveSiteCommand::SaveSiteCommand(PlanFile &plan, Site before, Site after, SiteWelcome welcomeBefore,
                                 SiteWelcome welcomeAfter, const QString &text)
    : PlanCommand(plan, text)
    , m_isNew(before.id == 0)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_welcomeBefore(std::move(welcomeBefore))
    , m_welcomeAfter(std::move(welcomeAfter))
{}

Result<void> SaveSiteCommand::doRedo()
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    SiteRepository repo(m_plan);
    if (m_isNew) {
        auto id = repo.insert(m_after); // keeps the id on redo
        if (!id)
            return id.error();
        m_after.id = id.value();
    } else if (!(m_after == m_before)) {
        if (auto r = repo.update(m_after); !r)
            return r;
    }
    m_welcomeAfter.siteId = m_after.id;
    if (!(m_welcomeAfter == m_welcomeBefore) || m_isNew)
        if (auto r = SiteWelcomes::save(m_plan, m_welcomeAfter); !r)
            return r.error();
    return tx.commit();
}

Result<void> SaveSiteCommand::doUndo()
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    SiteRepository repo(m_plan);
    if (m_isNew) {
        // what the letters said goes with the site
        if (auto r = SiteWelcomes::save(m_plan, SiteWelcome{m_after.id, {}, {}, {}}); !r)
            return r.error();
        if (auto r = repo.remove(m_after.id, true); !r)
            return r.error();
    } else {
        if (!(m_after == m_before))
            if (auto r = repo.update(m_before); !r)
                return r;
        if (!(m_welcomeAfter == m_welcomeBefore))
            if (auto r = SiteWelcomes::save(m_plan, m_welcomeBefore); !r)
                return r.error();
    }
    return tx.commit();
}

} // namespace praksis
