#include "storage/Dependents.h"

namespace praksis {

void Dependents::add(What what, qint64 count, bool goesWithRecord)
{
    if (count > 0)
        items << Item{what, count, goesWithRecord};
}

qint64 Dependents::count(What what) const
{
    qint64 n = 0;
    for (const Item &i : items) {
        if (i.what == what)
            n += i.count;
    }
    return n;
}

bool Dependents::hasBlockingRecords() const
{
    for (const Item &i : items) {
        if (!i.goesWithRecord)
            return true;
    }
    return false;
}

bool Dependents::blocksRemoval(bool cascade) const
{
    return hasBlockingRecords() || (!cascade && !items.isEmpty());
}

QString Dependents::countText(What what, qint64 n)
{
    // English has two forms; a translation supplies its own.
    const bool one = n == 1;
    switch (what) {
    case What::Placement:
        return one ? tr("1 placement") : tr("%1 placements").arg(n);
    case What::Student:
        return one ? tr("1 student") : tr("%1 students").arg(n);
    case What::Programme:
        return one ? tr("1 programme") : tr("%1 programmes").arg(n);
    case What::Supervisor:
        return one ? tr("1 supervisor") : tr("%1 supervisors").arg(n);
    case What::SupervisorAbsence:
        return one ? tr("1 absence period") : tr("%1 absence periods").arg(n);
    case What::Preference:
        return one ? tr("1 preference") : tr("%1 preferences").arg(n);
    case What::Exclusion:
        return one ? tr("1 exclusion") : tr("%1 exclusions").arg(n);
    case What::CapacityOverride:
        return one ? tr("1 period capacity") : tr("%1 period capacities").arg(n);
    case What::PeriodLink:
        return one ? tr("1 period") : tr("%1 periods").arg(n);
    case What::WelcomeTemplate:
        return tr("its own welcome template");
    case What::Meeting:
        return one ? tr("1 assessment meeting") : tr("%1 assessment meetings").arg(n);
    case What::AbsenceRecord:
        return one ? tr("1 absence record") : tr("%1 absence records").arg(n);
    case What::ChecklistItem:
        return one ? tr("1 ticked checklist item") : tr("%1 ticked checklist items").arg(n);
    case What::Hire:
        return one ? tr("1 new hire") : tr("%1 new hires").arg(n);
    case What::Mentorship:
        return one ? tr("1 mentorship") : tr("%1 mentorships").arg(n);
    case What::MentoredHire:
        return one ? tr("1 mentorship as mentor") : tr("%1 mentorships as mentor").arg(n);
    case What::Conversation:
        return one ? tr("1 mentor conversation held") : tr("%1 mentor conversations held").arg(n);
    case What::HireLink:
        return one ? tr("1 link to a new hire") : tr("%1 links to new hires").arg(n);
    }
    return QString::number(n);
}
QString Dependents::text() const
{
    QStringList parts;
    for (const Item &i : items)
        parts << countText(i.what, i.count);
    return parts.join(QStringLiteral(", "));
}

Error Dependents::refusal(const QString &what, bool cascade) const
{
    if (hasBlockingRecords()) {
        QStringList blocking;
        for (const Item &i : items) {
            if (!i.goesWithRecord)
                blocking << countText(i.what, i.count);
        }
        return Error::make(Error::Kind::Conflict, tr("%1 cannot be deleted: it is still used by %2. Delete or move "
                                                     "those first.")
                                                      .arg(what, blocking.join(QStringLiteral(", "))));
    }
    Q_UNUSED(cascade)
    return Error::make(Error::Kind::Conflict,
                       tr("%1 has %2. Deleting it deletes those too; confirm to go ahead.").arg(what, text()));
}

} // namespace praksis
