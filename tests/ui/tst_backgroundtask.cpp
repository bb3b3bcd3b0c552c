// Long work off the UI thread (widgets/BackgroundTask): the result comes back, the event loop keeps running while
// the work runs, the progress dialog shows how far it got, and Cancel reaches the work.
#include "widgets/BackgroundTask.h"

#include <QApplication>
#include <QMainWindow>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace praksis;

class TestBackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void returnsTheResultOfQuickWorkWithoutADialog()
    {
        QMainWindow window;
        const QString result = runWithProgress<QString>(&window, QStringLiteral("Quick"), QStringLiteral("quick"),
                                                        [](TaskProgress &) { return QStringLiteral("done"); });
        QCOMPARE(result, QStringLiteral("done"));
    }

    void runsOffTheUiThreadAndReportsProgress_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::newRow("counted") << qint64(200);
        QTest::newRow("beyond int") << (qint64(1) << 40);
    }

    void runsOffTheUiThreadAndReportsProgress()
    {
        QFETCH(qint64, total);
        QMainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSemaphore halfway;
        QSemaphore finish;
        int maximum = -1;
        int value = -1;
        bool sawDialog = false;
        Qt::HANDLE workThread = nullptr;
        // The UI thread keeps running: this timer fires while the work is blocked halfway.
        QTimer probe;
        probe.setInterval(50);
        connect(&probe, &QTimer::timeout, this, [&] {
            auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("slowProgress"));
            if (dialog && dialog->isVisible() && halfway.available() > 0 && dialog->value() > 0) {
                sawDialog = true;
                maximum = dialog->maximum();
                value = dialog->value();
                finish.release();
            }
        });
        probe.start();
        const int result = runWithProgress<int>(&window, QStringLiteral("Slow work…"), QStringLiteral("slowProgress"),
                                                [&, total](TaskProgress &progress) {
                                                    workThread = QThread::currentThreadId();
                                                    progress.set(total / 2, total);
                                                    halfway.release();
                                                    finish.acquire();
                                                    progress.set(total, total);
                                                    return 42;
                                                });
        probe.stop();
        QCOMPARE(result, 42);
        QVERIFY(workThread != QThread::currentThreadId());
        QVERIFY(sawDialog);
        QVERIFY(maximum > 0);
        QVERIFY2(qAbs(value * 2 - maximum) <= 2, qPrintable(QStringLiteral("%1 of %2").arg(value).arg(maximum)));
    }

    void cancelReachesTheWork()
    {
        QMainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTimer clicker;
        clicker.setInterval(50);
        connect(&clicker, &QTimer::timeout, this, [&] {
            auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("endlessProgress"));
            if (!dialog || !dialog->isVisible())
                return;
            if (auto *cancel = dialog->findChild<QPushButton *>(); cancel && cancel->isVisible())
                QTest::mouseClick(cancel, Qt::LeftButton);
        });
        clicker.start();
        const bool stopped = runWithProgress<bool>(&window, QStringLiteral("Endless…"),
                                                   QStringLiteral("endlessProgress"), [](TaskProgress &progress) {
                                                       while (!progress.cancelled())
                                                           QThread::msleep(5);
                                                       return true;
                                                   });
        clicker.stop();
        QVERIFY(stopped);
    }
};

QTEST_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
