#include "storage/PlanWatcher.h"

#include "storage/PlanFile.h"

namespace praksis {

PlanWatcher::PlanWatcher(PlanFile &plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
{
    m_version = dataVersion();
    connect(&m_timer, &QTimer::timeout, this, &PlanWatcher::poll);
}

qint64 PlanWatcher::dataVersion() const
{
    auto q = m_plan.exec(QStringLiteral("PRAGMA data_version"));
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

bool PlanWatcher::changedElsewhere()
{
    const qint64 now = dataVersion();
    if (now < 0 || now == m_version)
        return false;
    m_version = now;
    return true;
}

void PlanWatcher::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void PlanWatcher::stop()
{
    m_timer.stop();
}

bool PlanWatcher::poll()
{
    if (m_plan.transactionDepth() > 0 || !changedElsewhere())
        return false;
    emit externallyChanged();
    m_plan.notifyChanged(Entity::All, Change::Kind::Reset);
    return true;
}

} // namespace praksis
