#pragma once

#include "commands/PlanCommand.h"
#include "storage/PlanSettings.h"

namespace praksis {

// Every plan-level setting the settings dialog edits, read and written together.
struct PlanSettingsValues
{
    QString organisationName;
    QByteArray organisationLogo;
    QString documentLanguage;
    PlannerCosts costs;
    AbsenceLimits absence;
    QString welcomeArrivalTime; // "HH:mm": the first day's arrival time where a site has none of its own

    static PlanSettingsValues read(PlanFile &plan);
    Result<void> write(PlanFile &plan) const; // one transaction
    bool sameAs(const PlanSettingsValues &other) const;
};

class PlanSettingsCommand : public PlanCommand
{
public:
    PlanSettingsCommand(PlanFile &plan, PlanSettingsValues before, PlanSettingsValues after);

protected:
    Result<void> doRedo() override { return m_after.write(m_plan); }
    Result<void> doUndo() override { return m_before.write(m_plan); }

private:
    PlanSettingsValues m_before;
    PlanSettingsValues m_after;
};

} // namespace praksis
