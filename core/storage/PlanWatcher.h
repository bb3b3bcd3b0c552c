#pragma once

#include <QObject>
#include <QTimer>

namespace praksis {

class PlanFile;

// Notices changes another program (another window, praksisplan-cli) committed to the plan, through SQLite's
// PRAGMA data_version, which changes when any *other* connection commits. Polling it is cheap (no file read).
//
// The desktop program makes one per open plan and calls start(); on a change elsewhere it emits
// externallyChanged() and announces Change{Entity::All, Reset} on the plan, so every model reloads.
class PlanWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PlanWatcher(PlanFile &plan, QObject *parent = nullptr);

    // Whether another connection committed since the last call (or since construction). Changes made through
    // this plan's own connection do not count.
    bool changedElsewhere();

    // Checks every intervalMs milliseconds while running.
    void start(int intervalMs = 2000);
    void stop();

    // One check now: emits externallyChanged() and announces a reset when something changed elsewhere. A check
    // while this plan is inside a transaction waits for the next one.
    bool poll();

signals:
    void externallyChanged();

private:
    qint64 dataVersion() const;

    PlanFile &m_plan;
    qint64 m_version = -1;
    QTimer m_timer;
};

} // namespace praksis
