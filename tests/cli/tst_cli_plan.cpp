#include "PlanningFixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;

// `plan` and `check` through the real praksisplan-cli.
class TestCliPlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(PRAKSIS_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
        p.waitForFinished(60000);
        return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("plan-%1.praksisplan").arg(++m_count));
        auto plan = PlanFile::open(m_db);
        QVERIFY(plan.ok());
        test::PlanningFixture f(*plan.value());
        const qint64 school = f.school(QStringLiteral("OsloMet"));
        const qint64 prog = f.programme(school, QStringLiteral("Sykepleie"));
        const qint64 a = f.site(QStringLiteral("Solbakken"), QStringLiteral("sykehjem"), 1);
        const qint64 b = f.site(QStringLiteral("Fjordheim"), QStringLiteral("sykehjem"), 1);
        f.supervisor(a, QStringLiteral("Anne"), 2, QStringLiteral("Berg"));
        f.supervisor(b, QStringLiteral("Berit"), 2, QStringLiteral("Dahl"));
        const qint64 p = f.period(QStringLiteral("Vår 2026"), QStringLiteral("2026-01-05"),
                                  QStringLiteral("2026-02-27"), {QStringLiteral("sykehjem")}, {prog});
        const qint64 kari = f.student(school, prog, QStringLiteral("s100"), QStringLiteral("Kari"));
        const qint64 lise = f.student(school, prog, QStringLiteral("s101"), QStringLiteral("Lise"));
        f.student(school, prog, QStringLiteral("s102"), QStringLiteral("Mona"));
        f.preference(kari, p, 1, a);
        f.preference(lise, p, 1, a);
        f.preference(lise, p, 2, b);
    }

    void planJson()
    {
        const Run r = cli(
            {QStringLiteral("plan"), QStringLiteral("--period"), QStringLiteral("vår 2026"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray placed = o.value(QStringLiteral("placed")).toArray();
        const QJsonArray unplaced = o.value(QStringLiteral("unplaced")).toArray();
        QCOMPARE(placed.size(), 2);
        QCOMPARE(unplaced.size(), 1);
        QCOMPARE(o.value(QStringLiteral("totalCost")).toInteger(), 0 + 1 + 1000);
        QCOMPARE(o.value(QStringLiteral("applied")).toBool(), false);
        for (const QString &key : {QStringLiteral("studentNumber"), QStringLiteral("school"), QStringLiteral("site"),
                                   QStringLiteral("supervisor"), QStringLiteral("cost"), QStringLiteral("choice"),
                                   QStringLiteral("explanation")})
            QVERIFY2(placed.first().toObject().contains(key), qPrintable(key));
        const QJsonObject kari = placed.at(0).toObject();
        QCOMPARE(kari.value(QStringLiteral("studentNumber")).toString(), QStringLiteral("s100"));
        QCOMPARE(kari.value(QStringLiteral("school")).toString(), QStringLiteral("OsloMet"));
        QCOMPARE(kari.value(QStringLiteral("site")).toString(), QStringLiteral("Solbakken"));
        QCOMPARE(kari.value(QStringLiteral("supervisor")).toString(), QStringLiteral("Anne Berg"));
        QCOMPARE(kari.value(QStringLiteral("cost")).toInt(), 0);
        const QJsonObject lise = placed.at(1).toObject();
        QCOMPARE(lise.value(QStringLiteral("site")).toString(), QStringLiteral("Fjordheim"));
        QCOMPARE(lise.value(QStringLiteral("choice")).toInt(), 2);
        const QJsonObject mona = unplaced.at(0).toObject();
        QCOMPARE(mona.value(QStringLiteral("studentNumber")).toString(), QStringLiteral("s102"));
        QCOMPARE(mona.value(QStringLiteral("school")).toString(), QStringLiteral("OsloMet"));
        QVERIFY(!mona.value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(mona.value(QStringLiteral("reasonCode")).toString(), QStringLiteral("noSiteRoom"));

        // nothing was written without --apply
        const Run check = cli({QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(check.code, 0);
        QCOMPARE(QJsonDocument::fromJson(check.out).array().size(), 0);
    }

    void applyThenCheck()
    {
        Run r = cli({QStringLiteral("plan"), QStringLiteral("--period"), QStringLiteral("Vår 2026"),
                     QStringLiteral("--apply")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("Total cost: 1001")));
        auto plan = PlanFile::open(m_db, PlanFile::OpenMode::OpenExisting);
        QVERIFY(plan.ok());
        QCOMPARE(
            test::scalar(*plan.value(), QStringLiteral("SELECT count(*) FROM placements WHERE locked = 0")).toInt(), 2);

        // the period is in the past: each new placement has its meetings planned, and until they are recorded as
        // held rule 6 flags them
        QVERIFY(
            test::scalar(*plan.value(), QStringLiteral("SELECT count(*) FROM assessment_meetings m JOIN placements p "
                                                       "ON p.id = m.placement_id WHERE p.locked = 0 AND "
                                                       "m.held_date IS NULL"))
                .toInt() >= 2);
        r = cli({QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(!QJsonDocument::fromJson(r.out).array().isEmpty());
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            QCOMPARE(v.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("meetingOverdue"));
        QVERIFY(plan.value()->exec(QStringLiteral("UPDATE assessment_meetings SET held_date = planned_date")).ok());

        // a hand-made second student at Solbakken breaks rule 2; check reports it and still exits 0
        test::PlanningFixture f(*plan.value());
        const qint64 mona =
            test::scalar(*plan.value(), QStringLiteral("SELECT id FROM students WHERE student_number = 's102'"))
                .toLongLong();
        const qint64 placement = f.placement(mona, 1, 0, 1, QStringLiteral("2026-01-05"), QStringLiteral("2026-01-30"));
        plan.value().reset();
        r = cli({QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray conflicts = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject c = conflicts.first().toObject();
        QCOMPARE(c.value(QStringLiteral("rule")).toInt(), 2);
        QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("siteOverCapacity"));
        QCOMPARE(c.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(c.value(QStringLiteral("placementIds")).toArray().contains(placement));
        QVERIFY(c.value(QStringLiteral("message")).toString().contains(QStringLiteral("Solbakken")));
        QCOMPARE(c.value(QStringLiteral("from")).toString(), QStringLiteral("2026-01-05"));

        r = cli({QStringLiteral("check"), QStringLiteral("--period"), QStringLiteral("Vår 2026")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n')).size(), 1);
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("Solbakken")));
    }

    // A first day on a weekend or a public holiday is a warning in `check`, with the next working day proposed.
    void firstDayNotAWorkingDay()
    {
        {
            auto plan = PlanFile::open(m_db, PlanFile::OpenMode::OpenExisting);
            QVERIFY(plan.ok());
            test::PlanningFixture f(*plan.value());
            const qint64 kari =
                test::scalar(*plan.value(), QStringLiteral("SELECT id FROM students WHERE student_number = 's100'"))
                    .toLongLong();
            // Saturday 10 January 2026; the next working day is Monday 12 January
            f.placement(kari, 1, 0, 1, QStringLiteral("2026-01-10"), QStringLiteral("2026-01-30"));
        }
        const Run r = cli({QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray conflicts = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject c = conflicts.first().toObject();
        QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("firstDayNotWorkingDay"));
        QCOMPARE(c.value(QStringLiteral("rule")).toInt(), 4);
        QCOMPARE(c.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        const QString message = c.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("10.01.2026")) && message.contains(QStringLiteral("12.01.2026")),
                 qPrintable(message));
    }

    void unknownPeriod_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("plan") << QStringLiteral("plan");
        QTest::newRow("check") << QStringLiteral("check");
    }

    void unknownPeriod()
    {
        QFETCH(QString, command);
        const Run r = cli({command, QStringLiteral("--period"), QStringLiteral("Sommer 1999")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Sommer 1999")), qPrintable(r.err));
    }

    void planNeedsPeriod() { QCOMPARE(cli({QStringLiteral("plan")}).code, 2); }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
