#include "TestSupport.h"
#include "storage/PlanWatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace praksis;

// Two connections on one plan, as two windows or the desktop and the CLI would have.
class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void watcherSeesOnlyOtherWriters()
    {
        test::TempPlan t;
        auto other = PlanFile::open(t.path(), PlanFile::OpenMode::OpenExisting);
        QVERIFY(other.ok());
        PlanWatcher watcher(t.plan());
        QSignalSpy external(&watcher, &PlanWatcher::externallyChanged);
        QSignalSpy changed(&t.plan(), &PlanFile::changed);

        QVERIFY(!watcher.changedElsewhere());
        // Our own change is ours: not "elsewhere".
        QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('A', 'vgs')")).ok());
        QVERIFY(!watcher.poll());
        QCOMPARE(external.count(), 0);

        QVERIFY(other.value()->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('B', 'vgs')")).ok());
        QVERIFY(watcher.poll());
        QCOMPARE(external.count(), 1);
        QCOMPARE(changed.count(), 1);
        const auto c = changed.takeFirst().at(0).value<Change>();
        QCOMPARE(c.entity, Entity::All);
        QCOMPARE(c.kind, Change::Kind::Reset);
        QVERIFY(!watcher.poll()); // reported once
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM schools")).toInt(), 2);

        // Not inside our own transaction: the check waits for the next poll.
        QVERIFY(other.value()->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('C', 'vgs')")).ok());
        {
            Transaction tx(t.plan());
            QVERIFY(!watcher.poll());
        }
        QVERIFY(watcher.poll());
    }

    void timerPolls()
    {
        test::TempPlan t;
        auto other = PlanFile::open(t.path(), PlanFile::OpenMode::OpenExisting);
        PlanWatcher watcher(t.plan());
        QSignalSpy external(&watcher, &PlanWatcher::externallyChanged);
        watcher.start(20);
        QVERIFY(other.value()->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('B', 'vgs')")).ok());
        QTRY_COMPARE(external.count(), 1);
        watcher.stop();
    }

    void busyWriterGetsAClearMessageAndNothingIsLost()
    {
        test::TempPlan t;
        auto other = PlanFile::open(t.path(), PlanFile::OpenMode::OpenExisting);
        QVERIFY(other.ok());
        Transaction holding(t.plan());
        QVERIFY(holding.ok());
        QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('A', 'vgs')")).ok());

        QElapsedTimer waited;
        waited.start();
        Transaction second(*other.value());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Busy);
        QVERIFY2(second.error().message.contains(QStringLiteral("busy")), qPrintable(second.error().message));
        QVERIFY(waited.elapsed() >= 1000); // it waited (busy_timeout) before giving up
        // docs/reliability.md promises up to five seconds: the wait SQLite is told to make on every connection
        QCOMPARE(test::scalar(*other.value(), QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);

        // Readers are never blocked by the writer and see the last committed state.
        QCOMPARE(test::scalar(*other.value(), QStringLiteral("SELECT count(*) FROM schools")).toInt(), 0);
        QVERIFY(holding.commit().ok());
        Transaction third(*other.value());
        QVERIFY(third.ok());
        QVERIFY(other.value()->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('B', 'vgs')")).ok());
        QVERIFY(third.commit().ok());
        QCOMPARE(test::scalar(t.plan(),
                              QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM schools ORDER BY name)"))
                     .toString(),
                 QStringLiteral("A,B"));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
