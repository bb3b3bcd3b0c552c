#include "CliRunner.h"
#include "TestSupport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace praksis;
using praksis::test::CliRunner;

// purge and log through the real program.
class TestCliPrivacy : public QObject
{
    Q_OBJECT

private:
    QString m_db;

    // Student 1's last placement ended ten years ago, student 2's last month.
    QString makePlan(CliRunner &cli)
    {
        cli.setEnvironmentVariable(QStringLiteral("USER"), QStringLiteral("koordinator"));
        const QString db = cli.filePath(QStringLiteral("plan.praksisplan"));
        if (cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode != 0)
            return {};
        auto opened = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
        if (!opened)
            return {};
        PlanFile &plan = *opened.value();
        const QString old = QDate::currentDate().addYears(-10).toString(Qt::ISODate);
        const QString recent = QDate::currentDate().addMonths(-1).toString(Qt::ISODate);
        const QStringList sql = {
            QStringLiteral("INSERT INTO schools (id, name, kind) VALUES (1, 'Nordlys vgs', 'vgs')"),
            QStringLiteral("INSERT INTO sites (id, name, kind) VALUES (1, 'Solbakken', 'sykehjem')"),
            QStringLiteral(
                "INSERT INTO periods (id, name, start_date, end_date) VALUES (1, 'P', '2000-01-01', '2100-01-01')"),
            QStringLiteral("INSERT INTO students (id, school_id, student_number, given_name, family_name) VALUES"
                           " (1, 1, 'N1', 'Kari', 'Nordmann'), (2, 1, 'N2', 'Ola', 'Hansen')"),
            QStringLiteral("INSERT INTO placements (student_id, site_id, period_id, start_date, end_date) VALUES"
                           " (1, 1, 1, '%1', '%1'), (2, 1, 1, '%2', '%2')")
                .arg(old, recent),
        };
        for (const QString &s : sql)
            if (!plan.exec(s))
                return {};
        return db;
    }

    static QJsonArray array(const CliRunner::Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()).array(); }

private slots:
    void dryRunChangesNothing()
    {
        CliRunner cli;
        const QString db = makePlan(cli);
        QVERIFY(!db.isEmpty());
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("purge"), QStringLiteral("--older-than"),
                          QStringLiteral("5"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("students")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("placements")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("delete"));
        r = cli.run(
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("students")});
        QCOMPARE(array(r).size(), 2);
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("purge"), QStringLiteral("--older-than"),
                     QStringLiteral("5"), QStringLiteral("--dry-run")});
        QVERIFY2(r.out.contains(QStringLiteral("Would delete 1 student")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Nothing was changed")));
    }

    void anonymiseThenLog()
    {
        CliRunner cli;
        const QString db = makePlan(cli);
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("purge"), QStringLiteral("--older-than"),
                          QStringLiteral("5"), QStringLiteral("--anonymise")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("Anonymised 1 student")), qPrintable(r.out));
        r = cli.run(
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("students")});
        const QJsonArray students = array(r);
        QCOMPARE(students.size(), 2);
        QStringList names;
        for (const QJsonValue &v : students)
            names << v.toObject().value(QStringLiteral("familyName")).toString();
        QVERIFY(!names.contains(QStringLiteral("Nordmann")));
        QVERIFY(names.contains(QStringLiteral("Hansen")));
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("list"),
                     QStringLiteral("placements")});
        QCOMPARE(array(r).size(), 2); // kept

        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("log"),
                     QStringLiteral("--entity"), QStringLiteral("student")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray log = array(r);
        QCOMPARE(log.size(), 1);
        const QJsonObject e = log.at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("user")).toString(), QStringLiteral("koordinator"));
        QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("updated"));
        QCOMPARE(e.value(QStringLiteral("entityId")).toInt(), 1);
        QVERIFY(
            e.value(QStringLiteral("at")).toString().startsWith(QDate::currentDate().toString(Qt::ISODate).left(4)));
        for (const QString &key : {QStringLiteral("id"), QStringLiteral("summary"), QStringLiteral("entity")})
            QVERIFY(e.contains(key));

        // Table and CSV export.
        r = cli.run(
            {QStringLiteral("--db"), db, QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
        QVERIFY(r.out.contains(QStringLiteral("koordinator")));
        const QString csv = cli.filePath(QStringLiteral("log.csv"));
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("log"), QStringLiteral("-o"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("When;Who;Action")));
        QVERIFY(text.contains(QStringLiteral(";koordinator;updated;student;1;")));
    }

    void deleteRemovesThem()
    {
        CliRunner cli;
        const QString db = makePlan(cli);
        auto r = cli.run(
            {QStringLiteral("--db"), db, QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli.run(
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("students")});
        const QJsonArray students = array(r);
        QCOMPARE(students.size(), 1);
        QCOMPARE(students.at(0).toObject().value(QStringLiteral("studentNumber")).toString(), QStringLiteral("N2"));
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no years") << QStringList{QStringLiteral("purge")};
        QTest::newRow("zero years") << QStringList{QStringLiteral("purge"), QStringLiteral("--older-than"),
                                                   QStringLiteral("0")};
        QTest::newRow("words") << QStringList{QStringLiteral("purge"), QStringLiteral("--older-than"),
                                              QStringLiteral("many")};
        QTest::newRow("log limit") << QStringList{QStringLiteral("log"), QStringLiteral("--limit"),
                                                  QStringLiteral("-1")};
        QTest::newRow("log entity") << QStringList{QStringLiteral("log"), QStringLiteral("--entity"),
                                                   QStringLiteral("cats")};
    }

    void wrongUsage()
    {
        QFETCH(QStringList, arguments);
        CliRunner cli;
        const QString db = makePlan(cli);
        const auto r = cli.run(QStringList{QStringLiteral("--db"), db} + arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        const auto list = cli.run(
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("students")});
        QCOMPARE(array(list).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "tst_cli_privacy.moc"
