#include "storage/PlanSettings.h"

#include "storage/PlanFile.h"

namespace praksis {

QVariant PlanSettings::rawValue(const char *key) const
{
    auto q = m_plan.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {QString::fromLatin1(key)});
    if (q && q->next())
        return q->value(0);
    return {};
}

Result<void> PlanSettings::setRawValue(const char *key, const QString &value)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto r = m_plan.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {QString::fromLatin1(key), value});
    if (!r)
        return r.error();
    m_plan.notifyChanged(Entity::Setting, Change::Kind::Updated);
    return tx.commit();
}

PlannerCosts PlanSettings::plannerCosts() const
{
    return PlannerCosts{value(costChoice1), value(costChoice2), value(costChoice3),
                        value(costNotChosen), value(costRevisit), value(costUnplaced)};
}

Result<void> PlanSettings::setPlannerCosts(const PlannerCosts &c)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    for (auto r : {setValue(costChoice1, c.choice1), setValue(costChoice2, c.choice2), setValue(costChoice3, c.choice3),
                   setValue(costNotChosen, c.notChosen), setValue(costRevisit, c.revisit),
                   setValue(costUnplaced, c.unplaced)})
        if (!r)
            return r;
    return tx.commit();
}

AbsenceLimits PlanSettings::absenceLimits() const
{
    return AbsenceLimits{value(absenceMakeUpPercent), value(absenceAtRiskPercent)};
}

Result<void> PlanSettings::setAbsenceLimits(const AbsenceLimits &limits)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto r = setValue(absenceMakeUpPercent, limits.makeUpPercent); !r)
        return r;
    if (auto r = setValue(absenceAtRiskPercent, limits.atRiskPercent); !r)
        return r;
    return tx.commit();
}

} // namespace praksis
