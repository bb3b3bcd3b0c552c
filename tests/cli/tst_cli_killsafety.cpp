#include "CliRunner.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

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

// Everything the plan holds, table by table, as text: two plans with the same content give the same text (the
// time of each change-log entry left out).
QString content(const QString &path)
{
    auto plan = PlanFile::open(path, PlanFile::OpenMode::OpenExisting);
    if (!plan)
        return QStringLiteral("<does not open: %1>").arg(plan.error().toString());
    QString out;
    auto tables = plan.value()->exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!tables)
        return QStringLiteral("<error>");
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString &table : std::as_const(names)) {
        auto q = plan.value()->exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        if (!q)
            return QStringLiteral("<error in %1>").arg(table);
        out += table + u'\n';
        QCryptographicHash hash(QCryptographicHash::Sha1);
        int rows = 0;
        while (q->next()) {
            ++rows;
            for (int c = 0; c < q->record().count(); ++c)
                if (q->record().fieldName(c) != QStringLiteral("at")) // the change log's clock time differs per run
                    hash.addData((q->isNull(c) ? QStringLiteral("\x01") : q->value(c).toString() + u'\x02').toUtf8());
            hash.addData("\n");
        }
        out += QString::number(rows) + u' ' + QString::fromLatin1(hash.result().toHex()) + u'\n';
    }
    return out;
}

qint64 walSize(const QString &db)
{
    return QFileInfo(db + QStringLiteral("-wal")).size(); // 0 when there is none
}

// Waits until the write-ahead log has grown past its first pages (the command is writing its transaction) or the
// command has ended; true when it is still running then. waitForFinished() is what lets QProcess see the child's
// end: a loop that only reads state() never does, and spins on when the command ends before its log grows.
bool waitForLogGrowth(QProcess &p, const QString &db, qint64 bytes)
{
    const qint64 start = walSize(db);
    QDeadlineTimer deadline(120 * 1000);
    while (walSize(db) <= start + bytes) {
        if (p.waitForFinished(1) || p.state() != QProcess::Running || deadline.hasExpired())
            return false;
    }
    return p.state() == QProcess::Running;
}

bool copyPlan(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
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
        int killedInTheMiddle = 0, killedWhileWriting = 0;
        constexpr int iterations = 15;
        for (int i = 0; i < iterations; ++i) {
            QFile::remove(db);
            QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
            auto p = cli.start(demo);
            QVERIFY(p->waitForStarted());
            if (i % 2 == 0) {
                // The demo builds its data in memory and writes only at its end: kill the moment the write-ahead
                // log grows past its first pages, in the middle of that write.
                waitForLogGrowth(*p, db, 64 * 1024);
            } else {
                // Anywhere from the start to a little past the usual end.
                QTest::qWait(int(random.bounded(duration * 6 / 5 + 1)));
            }
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
            if (stillRunning && s.students == 0) {
                ++killedInTheMiddle;
                if (i % 2 == 0)
                    ++killedWhileWriting;
            }
        }
        qInfo("%d of %d kills hit a running write, %d while the log grew", killedInTheMiddle, iterations,
              killedWhileWriting);
        QVERIFY(killedInTheMiddle > 0);  // otherwise the test proved nothing
        QVERIFY(killedWhileWriting > 0); // at least one kill in the middle of writing the transaction

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

    // kill -9 during the commands that change a plan already full of data. Each iteration starts from the same
    // plan; half the kills land the moment the write-ahead log grows (the command is writing its transaction), the
    // others at a random moment of the command's run. After each the plan opens, SQLite finds it intact and it
    // holds exactly what it held before the command or exactly what the command leaves when it completes.
    void killedCommandLeavesBeforeOrAfter_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("import") << QStringLiteral("import");
        QTest::newRow("plan --apply") << QStringLiteral("plan");
        QTest::newRow("purge") << QStringLiteral("purge");
        QTest::newRow("restore") << QStringLiteral("restore");
    }
    void killedCommandLeavesBeforeOrAfter()
    {
        QFETCH(QString, command);
        CliRunner cli;
        const QString base = cli.filePath(QStringLiteral("base.praksisplan"));
        const QString db = cli.filePath(QStringLiteral("plan.praksisplan"));
        auto runOk = [&](const QStringList &args) {
            const auto r = cli.run(args);
            if (r.exitCode != 0)
                qWarning("%s", qPrintable(r.describe()));
            return r.exitCode == 0;
        };
        auto demo = [&](const QString &path, const QString &seed) {
            return runOk({QStringLiteral("--db"), path, QStringLiteral("init")}) &&
                   runOk({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("demo"),
                          QStringLiteral("--students"), QStringLiteral("1000"), QStringLiteral("--seed"), seed});
        };
        QStringList args;
        if (command == QStringLiteral("import")) {
            QVERIFY(runOk({QStringLiteral("--db"), base, QStringLiteral("init")}));
            const QString csv = cli.filePath(QStringLiteral("students.csv"));
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Fornavn;Etternavn;Studentnummer;Studieprogram;Kull;E-post\n");
            for (int i = 0; i < 20000; ++i)
                f.write(QStringLiteral("Elev%1;Etternavn%1;s%1;Sykepleie;2026;elev%1@example.no\n").arg(i).toUtf8());
            f.close();
            args = {QStringLiteral("import"), QStringLiteral("students"), csv, QStringLiteral("--school"),
                    QStringLiteral("Nord vgs")};
        } else if (command == QStringLiteral("plan")) {
            QVERIFY(runOk({QStringLiteral("--db"), base, QStringLiteral("init")}));
            const auto r = cli.run({QStringLiteral("--db"), base, QStringLiteral("--json"), QStringLiteral("demo"),
                                    QStringLiteral("--students"), QStringLiteral("1000"), QStringLiteral("--seed"),
                                    QStringLiteral("3")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            const QString period =
                QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("planningPeriod")).toString();
            QVERIFY(!period.isEmpty());
            args = {QStringLiteral("plan"), QStringLiteral("--period"), period, QStringLiteral("--apply")};
        } else if (command == QStringLiteral("purge")) {
            QVERIFY(demo(base, QStringLiteral("3")));
            args = {QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("1")};
            // the demo's placements ten years earlier: every student's last placement is old
            auto plan = PlanFile::open(base, PlanFile::OpenMode::OpenExisting);
            QVERIFY(plan.ok());
            QVERIFY(
                plan.value()->exec(QStringLiteral("UPDATE placements SET start_date = date(start_date, '-10 years'), "
                                                  "end_date = date(end_date, '-10 years')")));
        } else {
            QVERIFY(demo(base, QStringLiteral("3")));
            const QString copy = cli.filePath(QStringLiteral("backup.praksisplan"));
            QVERIFY(demo(copy, QStringLiteral("4")));
            args = {QStringLiteral("restore"), copy};
        }
        {
            // all in the main file, no log beside it: each iteration starts from the very same bytes
            auto plan = PlanFile::open(base, PlanFile::OpenMode::OpenExisting);
            QVERIFY(plan.ok());
            QVERIFY(plan.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        args = QStringList{QStringLiteral("--db"), db} + args;

        // the plan before, and after one complete run
        const QString before = content(base);
        QVERIFY(copyPlan(base, db));
        QElapsedTimer timer;
        timer.start();
        const auto full = cli.run(args);
        const qint64 duration = std::max<qint64>(timer.elapsed(), 100);
        QVERIFY2(full.exitCode == 0, qPrintable(full.describe()));
        const QString after = content(db);
        QVERIFY(after != before);
        qInfo("%s takes %lld ms", qPrintable(command), duration);

        QRandomGenerator random(20261202);
        int killedWhileWriting = 0, killedRunning = 0;
        constexpr int iterations = 6;
        for (int i = 0; i < iterations; ++i) {
            QVERIFY(copyPlan(base, db));
            const bool watchLog = i % 2 == 0 && command != QStringLiteral("restore");
            auto p = cli.start(args);
            QVERIFY(p->waitForStarted());
            bool grew = false;
            if (watchLog) {
                // the moment the log gets its first frame: a command's transaction can be small (a plan of a few
                // placements is written in a few milliseconds, so a later mark lands after its commit as often as not)
                grew = waitForLogGrowth(*p, db, 0);
            } else {
                QTest::qWait(int(random.bounded(duration * 6 / 5 + 1)));
            }
            const bool running = p->state() == QProcess::Running;
            if (p->state() != QProcess::NotRunning) {
                p->kill(); // SIGKILL
                QVERIFY(p->waitForFinished());
            }
            const State s = inspect(db);
            const QString where = QStringLiteral("%1, iteration %2: ").arg(command).arg(i);
            QVERIFY2(s.opens, qPrintable(where + s.error));
            QVERIFY2(s.integrity == QStringLiteral("ok"), qPrintable(where + s.integrity));
            const QString now = content(db);
            QVERIFY2(now == before || now == after, qPrintable(where + QStringLiteral("neither before nor after")));
            if (running) {
                ++killedRunning;
                if (grew && now == before)
                    ++killedWhileWriting;
            }
        }
        qInfo("%s: %d of %d kills hit the running command, %d while its log grew", qPrintable(command), killedRunning,
              iterations, killedWhileWriting);
        QVERIFY(killedRunning > 0); // otherwise the test proved nothing
        if (command != QStringLiteral("restore"))
            QVERIFY(killedWhileWriting > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliKillSafety)
#include "tst_cli_killsafety.moc"
