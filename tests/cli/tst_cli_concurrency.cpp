#include "CliRunner.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace praksis;
using praksis::test::CliRunner;

// Two programs writing one plan.
class TestCliConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void busyPlanGivesAClearMessage()
    {
        CliRunner cli;
        const QString db = cli.filePath(QStringLiteral("plan.praksisplan"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        auto opened = PlanFile::open(db, PlanFile::OpenMode::OpenExisting); // the desktop program, mid-change
        QVERIFY(opened.ok());
        {
            Transaction tx(*opened.value());
            QVERIFY(tx.ok());
            QVERIFY(opened.value()->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('A', 'vgs')")).ok());
            QElapsedTimer timer;
            timer.start();
            const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("purge"), QStringLiteral("--older-than"),
                                    QStringLiteral("1")});
            QVERIFY2(r.exitCode == 1 && !r.crashed, qPrintable(r.describe()));
            QVERIFY2(r.err.contains(QStringLiteral("The plan is busy")), qPrintable(r.err));
            QVERIFY(timer.elapsed() >= 1000); // it waited before giving up
            // Reading is never blocked.
            const auto list = cli.run({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("schools")});
            QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
            QVERIFY(tx.commit().ok());
        }
        const auto r = cli.run(
            {QStringLiteral("--db"), db, QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(test::scalar(*opened.value(), QStringLiteral("SELECT count(*) FROM schools")).toInt(), 1);
    }

    // The other program holds the lock for 3 s, less than the promised five: the waiting command then succeeds.
    // (Not a timing assertion: with a shorter wait it fails, with the promised one it passes on any machine whose
    // command starts within two seconds.)
    void waitsForALockHeldThreeSeconds()
    {
        CliRunner cli;
        const QString db = cli.filePath(QStringLiteral("plan.praksisplan"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        auto opened = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
        QVERIFY(opened.ok());
        auto tx = std::make_unique<Transaction>(*opened.value());
        QVERIFY(tx->ok());
        QVERIFY(opened.value()->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('A', 'vgs')")).ok());
        auto p = cli.start({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("sites"),
                            QString::fromUtf8(PRAKSIS_TEST_DATA_DIR "/csv/sites.csv")});
        QVERIFY(p->waitForStarted());
        QTest::qWait(3000);
        QCOMPARE(p->state(), QProcess::Running); // still waiting for the lock
        QVERIFY(tx->commit().ok());
        tx.reset();
        QVERIFY(p->waitForFinished(60000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(err));
        QVERIFY(test::scalar(*opened.value(), QStringLiteral("SELECT count(*) FROM sites")).toInt() > 0);
    }

    void twoWritersAtOnce()
    {
        CliRunner cli;
        const QString db = cli.filePath(QStringLiteral("plan.praksisplan"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const QStringList demo = {QStringLiteral("--db"),       db,
                                  QStringLiteral("--json"),     QStringLiteral("demo"),
                                  QStringLiteral("--students"), QStringLiteral("800")};
        auto a = cli.start(demo);
        auto b = cli.start(demo);
        QVERIFY(a->waitForFinished(300000));
        QVERIFY(b->waitForFinished(300000));
        QCOMPARE(a->exitStatus(), QProcess::NormalExit);
        QCOMPARE(b->exitStatus(), QProcess::NormalExit);
        // One fills the plan; the other fails with a message and writes nothing. (Which message depends on when it
        // looked: busy, "already holds data", or — since demo checks for an empty plan before its transaction — a
        // UNIQUE constraint of the rows the winner wrote.)
        QList<int> codes = {a->exitCode(), b->exitCode()};
        std::sort(codes.begin(), codes.end());
        QCOMPARE(codes.at(0), 0);
        QVERIFY2(codes.at(1) == 1 || codes.at(1) == 3, qPrintable(QString::number(codes.at(1))));
        QProcess *winner = a->exitCode() == 0 ? a.get() : b.get();
        QProcess *loser = winner == a.get() ? b.get() : a.get();
        const QString message = QString::fromUtf8(loser->readAllStandardError());
        QVERIFY2(!message.trimmed().isEmpty(), "the loser said nothing");
        const int students =
            QJsonDocument::fromJson(winner->readAllStandardOutput()).object().value(QStringLiteral("students")).toInt();

        auto plan = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
        QVERIFY(plan.ok());
        QCOMPARE(test::scalar(*plan.value(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(test::scalar(*plan.value(), QStringLiteral("SELECT count(*) FROM students")).toInt(), students);
    }

    // Restore holds the plan from its check for other programs to its end: a program that writes meanwhile (a real
    // second process) either waits and writes into the restored plan, or says the plan is busy. Its change is
    // never silently lost (issue 20: it was in neither the restored plan nor the kept copy).
    void restoreRacesAWriter()
    {
        CliRunner cli;
        const QString db = cli.filePath(QStringLiteral("plan.praksisplan"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--students"),
                          QStringLiteral("5000")})
                     .exitCode,
                 0);
        const QString copy = cli.filePath(QStringLiteral("before.bak"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), copy}).exitCode,
                 0);
        const QString sites = cli.filePath(QStringLiteral("race.csv"));
        {
            QFile f(sites);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Navn;Type;Kapasitet\nKappløpet sykehjem;sykehjem;2\n");
        }
        int raced = 0;
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto restore = cli.start({QStringLiteral("--db"), db, QStringLiteral("restore"), copy});
            // Restore is at work once its checked copy is being prepared beside the plan.
            const QString staged = db + QStringLiteral(".restoring");
            while (!QFile::exists(staged) && !restore->waitForFinished(2)) {
            }
            if (restore->state() == QProcess::NotRunning) {
                QCOMPARE(restore->exitCode(), 0);
                continue; // done before the writer could start: no race this time
            }
            ++raced;
            const auto writer =
                cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("sites"), sites});
            QVERIFY(restore->waitForFinished(120000));
            QVERIFY2(restore->exitCode() == 0, restore->readAllStandardError().constData());
            QVERIFY2(!writer.crashed, qPrintable(writer.describe()));
            const auto list = cli.run({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("sites")});
            QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
            if (writer.exitCode == 0)
                QVERIFY2(list.out.contains(QStringLiteral("Kappløpet sykehjem")),
                         "the writer said it wrote, but its change is not in the restored plan");
            else
                QVERIFY2(writer.exitCode == 1 && writer.err.contains(QStringLiteral("busy")),
                         qPrintable(writer.describe()));
            // the next attempt restores the copy again, without the site
        }
        if (raced == 0)
            QSKIP("restore was always done before the writer started");
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "tst_cli_concurrency.moc"
