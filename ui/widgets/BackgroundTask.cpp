#include "widgets/BackgroundTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

#include <climits>

namespace praksis::detail {

void waitWithProgress(QWidget *parent, const QString &label, const QString &objectName, QFutureWatcherBase &watcher,
                      TaskProgress &progress)
{
    if (watcher.isFinished())
        return;
    QProgressDialog dialog(label, QCoreApplication::translate("praksis::BackgroundTask", "Cancel"), 0, 0, parent);
    dialog.setObjectName(objectName);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&] {
        if (const qint64 total = progress.total(); total > 0) {
            // QProgressDialog counts in int; a long count is scaled down.
            const qint64 scale = total / INT_MAX + 1;
            dialog.setMaximum(int(total / scale));
            dialog.setValue(int(qMin(progress.done(), total) / scale));
        } else {
            dialog.setValue(0); // keeps the busy indicator moving and lets the minimum duration elapse
        }
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        progress.cancel();
        dialog.setLabelText(QCoreApplication::translate("praksis::BackgroundTask", "Stopping…"));
        dialog.setCancelButton(nullptr);
        dialog.show(); // QProgressDialog hides itself on cancel; stay until the work has stopped
    });
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    tick.start();
    if (!watcher.isFinished())
        loop.exec();
}

} // namespace praksis::detail
