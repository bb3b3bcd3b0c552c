#include "CliRunner.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace praksis;
using praksis::test::CliRunner;

namespace {

// What a plan holds after a kill: it opens, SQLite finds it intact, and the big write is all there or not at all.
struct State
{
    bool opens = false;
    QString integrity;
    int students = -1;
    int placements = -1;
    QString error;
};

State inspect(const QString &path)
{
    State s;
    auto plan = PlanFile::open(path, PlanFile::OpenMode::OpenExisting);
    if (!plan) {
        s.error = plan.error().toString();
        return s;
    }
    s.opens = true;
    s.integrity = test::scalar(*plan.value(), QStringLiteral("PRAGMA integrity_check")).toString();
    s.students = test::scalar(*plan.value(), QStringLiteral("SELECT count(*) FROM students")).toInt();
    s.placements = test::scalar(*plan.value(), QStringLiteral("SELECT count(*) FROM placements")).toInt();
    return s;
}

} // namespace

// kill -9 at random moments of a large write (demo fills the plan in one transaction): the plan must stay
// consistent and hold either none or all of the write.
class TestCliKillSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedDemoLeavesAllOrNothing()
    {
        CliRunner cli;
        const QString db = cli.filePath(QStringLiteral("plan.praksisplan"));
        const QStringList demo = {QStringLiteral("--db"),       db,
                                  QStringLiteral("--json"),     QStringLiteral("demo"),
                                  QStringLiteral("--students"), QStringLiteral("1500"),
                                  QStringLiteral("--seed"),     QStringLiteral("3")};
        // One complete run tells how much a whole write is and how long it takes here.
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        QElapsedTimer timer;
        timer.start();
        const auto full = cli.run(demo);
        QVERIFY2(full.exitCode == 0, qPrintable(full.describe()));
        const qint64 duration = std::max<qint64>(timer.elapsed(), 200);
        const QJsonObject summary = QJsonDocument::fromJson(full.out.toUtf8()).object();
        const int students = summary.value(QStringLiteral("students")).toInt();
        const int placements = summary.value(QStringLiteral("placements")).toInt();
        QVERIFY(students > 0 && placements > 0);

        QRandomGenerator random(20261123);
        int killedInTheMiddle = 0;
        constexpr int iterations = 15;
        for (int i = 0; i < iterations; ++i) {
            QFile::remove(db);
            QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
            auto p = cli.start(demo);
            QVERIFY(p->waitForStarted());
            // Anywhere from the start to a little past the usual end.
            QTest::qWait(int(random.bounded(duration * 6 / 5 + 1)));
            const bool stillRunning = p->state() == QProcess::Running;
            if (p->state() != QProcess::NotRunning) {
                p->kill(); // SIGKILL
                QVERIFY(p->waitForFinished());
            }

            const State s = inspect(db);
            const QString where = QStringLiteral("iteration %1: ").arg(i);
            QVERIFY2(s.opens, qPrintable(where + s.error));
            QVERIFY2(s.integrity == QStringLiteral("ok"), qPrintable(where + s.integrity));
            QVERIFY2(s.students == 0 || s.students == students, qPrintable(where + QString::number(s.students)));
            QVERIFY2(s.placements == 0 || s.placements == placements,
                     qPrintable(where + QString::number(s.placements)));
            QCOMPARE(s.students == 0, s.placements == 0); // one transaction: both or neither
            if (stillRunning && s.students == 0)
                ++killedInTheMiddle;
        }
        qInfo("%d of %d kills hit a running write", killedInTheMiddle, iterations);
        QVERIFY(killedInTheMiddle > 0); // otherwise the test proved nothing

        // After a kill the plan is fully usable: the same write now completes.
        QFile::remove(db);
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        auto p = cli.start(demo);
        QTest::qWait(int(duration / 3));
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished();
        }
        if (inspect(db).students > 0) { // finished before the kill: start from an empty plan again
            QFile::remove(db);
            QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        }
        const auto again = cli.run(demo);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(inspect(db).placements, placements);
    }
};

QTEST_GUILESS_MAIN(TestCliKillSafety)
#include "tst_cli_killsafety.moc"
