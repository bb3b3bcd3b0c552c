#include "TestSupport.h"
#include "storage/PlanFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PRAKSIS_CLI_PATH), args);
    if (!p.waitForFinished(300000))
        qFatal("praksisplan-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT

private slots:
    void createsPlanAndPrintsSummary()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.praksisplan"));
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--students"),
                           QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("4")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Placements")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("2000")));

        auto plan = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
        QVERIFY(plan.ok());
        QCOMPARE(test::scalar(*plan.value(), QStringLiteral("SELECT count(*) FROM students")).toInt(), 200);
        QCOMPARE(test::scalar(*plan.value(), QStringLiteral("SELECT count(*) FROM placements")).toInt(), 2000);
    }

    void jsonSummaryMatchesPlan()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.praksisplan"));
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("demo"),
                           QStringLiteral("--students"), QStringLiteral("100"), QStringLiteral("--today"),
                           QStringLiteral("2026-11-23")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("students")).toInt(), 100);
        QCOMPARE(o.value(QStringLiteral("sites")).toInt(), 10);
        QCOMPARE(o.value(QStringLiteral("supervisors")).toInt(), 30);
        QCOMPARE(o.value(QStringLiteral("periods")).toInt(), 20);
        QCOMPARE(o.value(QStringLiteral("placements")).toInt(), 1000);
        QCOMPARE(o.value(QStringLiteral("planningPeriod")).toString(), QStringLiteral("Sykepleie vår 2027"));
        QVERIFY(o.value(QStringLiteral("unplaced")).toInt() > 0);

        auto plan = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
        QVERIFY(plan.ok());
        QCOMPARE(test::scalar(*plan.value(), QStringLiteral("SELECT count(*) FROM assessment_meetings")).toInt(),
                 o.value(QStringLiteral("meetings")).toInt());
    }

    void sameSeedSameFileContents()
    {
        QTemporaryDir dir;
        QStringList dumps;
        for (const QString &name : {QStringLiteral("a.plan"), QStringLiteral("b.plan")}) {
            const QString db = dir.filePath(name);
            QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--students"),
                          QStringLiteral("100"), QStringLiteral("--seed"), QStringLiteral("77"),
                          QStringLiteral("--today"), QStringLiteral("2025-03-01")})
                         .exitCode,
                     0);
            auto plan = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
            QVERIFY(plan.ok());
            auto q = plan.value()->exec(QStringLiteral(
                "SELECT group_concat(student_id || ',' || site_id || ',' || ifnull(supervisor_id, '') || ',' || "
                "start_date || ',' || end_date || ',' || status, ';') FROM (SELECT * FROM placements ORDER BY id)"));
            QVERIFY(q.ok() && q->next());
            dumps << q->value(0).toString();
        }
        QVERIFY(!dumps.at(0).isEmpty());
        QCOMPARE(dumps.at(0), dumps.at(1));
    }

    void refusesPlanWithData()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.praksisplan"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--students"),
                      QStringLiteral("50")})
                     .exitCode,
                 0);
        const Run again = cli(
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--students"), QStringLiteral("50")});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains(QStringLiteral("already holds data")), qPrintable(again.err));
        auto plan = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
        QCOMPARE(test::scalar(*plan.value(), QStringLiteral("SELECT count(*) FROM students")).toInt(), 50);
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("students not a number") << QStringList{QStringLiteral("--students"), QStringLiteral("many")};
        QTest::newRow("too few students") << QStringList{QStringLiteral("--students"), QStringLiteral("3")};
        QTest::newRow("seed not a number") << QStringList{QStringLiteral("--seed"), QStringLiteral("-x")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("--today"), QStringLiteral("23.11.2026")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--force")};
    }
    void wrongUsage()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.praksisplan"));
        const Run r = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("demo")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFileInfo::exists(db));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
