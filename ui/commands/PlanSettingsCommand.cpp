#include "commands/PlanSettingsCommand.h"

#include "storage/PlanFile.h"

#include <QCoreApplication>

namespace praksis {

bool PlanSettingsValues::sameAs(const PlanSettingsValues &o) const
{
    const PlannerCosts &a = costs;
    const PlannerCosts &b = o.costs;
    return organisationName == o.organisationName && organisationLogo == o.organisationLogo &&
           documentLanguage == o.documentLanguage && welcomeArrivalTime == o.welcomeArrivalTime &&
           absence.makeUpPercent == o.absence.makeUpPercent && absence.atRiskPercent == o.absence.atRiskPercent &&
           a.choice1 == b.choice1 && a.choice2 == b.choice2 && a.choice3 == b.choice3 && a.notChosen == b.notChosen &&
           a.revisit == b.revisit && a.unplaced == b.unplaced;
}

PlanSettingsValues PlanSettingsValues::read(PlanFile &plan)
{
    PlanSettings s(plan);
    return PlanSettingsValues{s.value(PlanSettings::organisationName),
                              s.value(PlanSettings::organisationLogo),
                              s.value(PlanSettings::documentLanguage),
                              s.plannerCosts(),
                              s.absenceLimits(),
                              s.value(PlanSettings::welcomeArrivalTime)};
}

Result<void> PlanSettingsValues::write(PlanFile &plan) const
{
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    PlanSettings s(plan);
    // A null QString would be bound as SQL NULL (settings.value is NOT NULL): store an empty text instead.
    const QString name = organisationName.isNull() ? QStringLiteral("") : organisationName;
    if (auto r = s.setValue(PlanSettings::organisationName, name); !r)
        return r;
    if (auto r = s.setValue(PlanSettings::organisationLogo, organisationLogo); !r)
        return r;
    if (auto r = s.setValue(PlanSettings::documentLanguage, documentLanguage); !r)
        return r;
    const QString arrival =
        welcomeArrivalTime.isEmpty() ? PlanSettings::welcomeArrivalTime.defaultValue : welcomeArrivalTime;
    if (auto r = s.setValue(PlanSettings::welcomeArrivalTime, arrival); !r)
        return r;
    if (auto r = s.setPlannerCosts(costs); !r)
        return r;
    if (auto r = s.setAbsenceLimits(absence); !r)
        return r;
    return tx.commit();
}

PlanSettingsCommand::PlanSettingsCommand(PlanFile &plan, PlanSettingsValues before, PlanSettingsValues after)
    : PlanCommand(plan, QCoreApplication::translate("praksis::PlanSettingsCommand", "Change settings"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

} // namespace praksis
