#pragma once

#include <QObject>

#include <functional>
#include <utility>

namespace praksis {

// A call that runs once from the event loop however often it was requested before that: the change notices of one
// commit (a checklist, its placement, its meetings) make one reload of a page or dialog, not one each.
class CoalescedCall : public QObject
{
public:
    CoalescedCall(std::function<void()> call, QObject *parent)
        : QObject(parent)
        , m_call(std::move(call))
    {}

    void request()
    {
        if (m_pending)
            return;
        m_pending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!std::exchange(m_pending, false))
                    return; // cancelled, or already run for a later request
                m_call();
            },
            Qt::QueuedConnection);
    }

    // Drops a request not yet run (the caller has just done the work itself).
    void cancel() { m_pending = false; }

private:
    std::function<void()> m_call;
    bool m_pending = false;
};

} // namespace praksis
