#pragma once

#include <QFutureWatcher>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>

class QWidget;

namespace praksis {

// What long work running off the UI thread shares with the progress dialog that waits for it: how far it got, and
// whether the person pressed Cancel. The work reads cancelled() at points where it can stop without leaving half a
// change behind.
class TaskProgress
{
public:
    void set(qint64 done, qint64 total)
    {
        m_done.store(done);
        m_total.store(total);
    }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); } // 0 while the amount of work is unknown
    bool cancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }

private:
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic_bool m_cancelled{false};
};

namespace detail {
// Shows a window-modal progress dialog (after a short delay, so quick work shows none) until the watched work has
// finished; Cancel sets the flag and the dialog waits for the work to stop.
void waitWithProgress(QWidget *parent, const QString &label, const QString &objectName, QFutureWatcherBase &watcher,
                      TaskProgress &progress);
} // namespace detail

// Runs work(progress) on a worker thread while the event loop keeps running and a progress dialog reports it, and
// returns its result. The work must not touch widgets or the UI thread's plan connection (a worker opens a PlanFile
// of its own).
template<typename T>
T runWithProgress(QWidget *parent, const QString &label, const QString &objectName,
                  std::function<T(TaskProgress &)> work)
{
    TaskProgress progress;
    QFutureWatcher<T> watcher;
    watcher.setFuture(QtConcurrent::run([&progress, work = std::move(work)] { return work(progress); }));
    detail::waitWithProgress(parent, label, objectName, watcher, progress);
    return watcher.result();
}

} // namespace praksis
