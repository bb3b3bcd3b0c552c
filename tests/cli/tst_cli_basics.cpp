#include "BrokenPlans.h"
#include "CliRunner.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace praksis;
using praksis::test::CliRunner;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QJsonArray parseArray(const CliRunner::Run &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("not a JSON array: %s\n%s", qPrintable(error.errorString()), qPrintable(r.out));
    return doc.array();
}

// A small plan written by SQL, as another program (or an older import) could have left it.
void fillPlan(const QString &path)
{
    auto opened = PlanFile::open(path, PlanFile::OpenMode::OpenExisting);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    PlanFile &plan = *opened.value();
    Transaction tx(plan);
    QVERIFY(tx.ok());
    const char *statements[] = {
        "INSERT INTO schools (id, name, kind) VALUES (1, 'Nordlys vgs', 'vgs'), (2, 'Fjord høgskole', 'hogskole')",
        "INSERT INTO programmes (id, school_id, name, kind) VALUES (1, 1, 'Helsearbeiderfag Vg2', 'helsearbeiderfag'),"
        " (2, 2, 'Sykepleie', 'sykepleie')",
        "INSERT INTO students (id, school_id, programme_id, student_number, given_name, family_name, cohort)"
        " VALUES (1, 1, 1, 'N-001', 'Kari', 'Nordmann', 2026), (2, 2, 2, 'F-042', 'Øystein', 'Ås', NULL)",
        "INSERT INTO sites (id, name, unit, kind, municipality, capacity) VALUES"
        " (1, 'Solbakken sykehjem', 'Avdeling 2', 'sykehjem', 'Tromsø', 3),"
        " (2, 'Hjemmetjenesten Sentrum', '', 'hjemmetjeneste', 'Tromsø', 2)",
        "INSERT INTO supervisors (id, site_id, given_name, family_name, has_training) VALUES"
        " (1, 1, 'Ola', 'Hansen', 1)",
        "INSERT INTO periods (id, name, start_date, end_date) VALUES (1, 'Høst 2026', '2026-09-01', '2026-10-30'),"
        " (2, 'Vår 2027', '2027-01-11', '2027-03-12')",
        "INSERT INTO placements (id, student_id, site_id, supervisor_id, period_id, start_date, end_date, status)"
        " VALUES (1, 1, 1, 1, 1, '2026-09-01', '2026-10-30', 'confirmed'),"
        " (2, 2, 2, NULL, 2, '2027-01-11', '2027-03-12', 'planned')",
    };
    for (const char *sql : statements) {
        auto r = plan.exec(QString::fromUtf8(sql));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    }
    QVERIFY(tx.commit().ok());
}

} // namespace

class TestCliBasics : public QObject
{
    Q_OBJECT

private:
    // A runner with an initialised plan at plan.praksisplan in its folder.
    QString initPlan(const CliRunner &cli)
    {
        const QString path = cli.filePath(QStringLiteral("plan.praksisplan"));
        const auto r = cli.run({QStringLiteral("--db"), path, QStringLiteral("init")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return path;
    }

    QString backUp(const CliRunner &cli, const QString &db)
    {
        const QString copy = cli.filePath(QStringLiteral("copy.praksisplan"));
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), copy});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return copy;
    }

private slots:
    void helpListsEveryCommand()
    {
        CliRunner cli;
        const auto r = cli.run({QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("Usage:")));
        for (const char *command : {"init", "list", "backup", "restore"})
            QVERIFY2(r.out.contains(QStringLiteral("\n  ") + QString::fromLatin1(command)), command);
        // Help names the isolated default plan, proving the runner never touches the real user's.
        QVERIFY2(r.out.contains(cli.defaultPlanPath()), qPrintable(r.out));
    }

    void commandHelp()
    {
        CliRunner cli;
        const auto r = cli.run({QStringLiteral("list"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("list schools|programmes")));
    }

    void version()
    {
        CliRunner cli;
        const auto r = cli.run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("praksisplan-cli " PRAKSIS_VERSION));
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("Usage:");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("Unknown command “frobnicate”");
        QTest::newRow("--db without file")
            << QStringList{QStringLiteral("list"), QStringLiteral("--db")} << QStringLiteral("--db needs a file name");
        QTest::newRow("list without register")
            << QStringList{QStringLiteral("list")} << QStringLiteral("Too few arguments");
        QTest::newRow("list unknown register")
            << QStringList{QStringLiteral("list"), QStringLiteral("cats")} << QStringLiteral("Cannot list “cats”");
        QTest::newRow("list filter that does not apply") << QStringList{QStringLiteral("list"), QStringLiteral("sites"),
                                                                        QStringLiteral("--period"), QStringLiteral("x")}
                                                         << QStringLiteral("has no option --period");
        QTest::newRow("list unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("sites"), QStringLiteral("--colour")}
            << QStringLiteral("colour");
        QTest::newRow("backup without -o") << QStringList{QStringLiteral("backup")} << QStringLiteral("-o FILE");
        QTest::newRow("restore without file")
            << QStringList{QStringLiteral("restore")} << QStringLiteral("Too few arguments");
    }

    void wrongUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        CliRunner cli;
        const auto r = cli.run(arguments);
        QVERIFY2(r.exitCode == 2 && !r.crashed, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Wrong usage writes nothing, not even the default plan.
        QVERIFY(!QFile::exists(cli.defaultPlanPath()));
    }

    void missingPlanIsARuntimeError()
    {
        CliRunner cli;
        const QString path = cli.filePath(QStringLiteral("nowhere.praksisplan"));
        const auto r = cli.run({QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("students")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
    }

    void initUsesDefaultPlanAndRefusesTwice()
    {
        CliRunner cli;
        auto r = cli.run({QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QFile::exists(cli.defaultPlanPath()));
        const QByteArray before = fileHash(cli.defaultPlanPath());
        r = cli.run({QStringLiteral("init")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        QCOMPARE(fileHash(cli.defaultPlanPath()), before);
        // list without --db reads the same default plan.
        r = cli.run({QStringLiteral("list"), QStringLiteral("schools"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(parseArray(r).size(), 0);
    }

    void listEmptyPlan_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("heading");
        for (const auto &[what, heading] : {std::pair{"schools", "Name"},
                                            {"programmes", "School"},
                                            {"students", "Student number"},
                                            {"sites", "Capacity"},
                                            {"supervisors", "Site"},
                                            {"periods", "Start"},
                                            {"placements", "Student number"}})
            QTest::newRow(what) << QString::fromLatin1(what) << QString::fromLatin1(heading);
    }

    void listEmptyPlan()
    {
        QFETCH(QString, what);
        QFETCH(QString, heading);
        CliRunner cli;
        const QString db = initPlan(cli);
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("list"), what});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // headings and rule, no rows
        QVERIFY(lines[0].contains(heading));
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("list"), what});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out.trimmed(), QStringLiteral("[\n]"));
        QCOMPARE(parseArray(r).size(), 0);
    }

    void listTable()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        fillPlan(db);
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("placements")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        // Ordered by start date; columns aligned: "Site" starts at the same place in every line.
        QVERIFY(lines[2].contains(QStringLiteral("Kari Nordmann")));
        QVERIFY(lines[2].contains(QStringLiteral("Solbakken sykehjem / Avdeling 2")));
        QVERIFY(lines[3].contains(QStringLiteral("Øystein Ås")));
        const qsizetype column = lines[0].indexOf(QStringLiteral("Site"));
        QVERIFY(column > 0);
        QCOMPARE(lines[2].indexOf(QStringLiteral("Solbakken")), column);
        QCOMPARE(lines[3].indexOf(QStringLiteral("Hjemmetjenesten")), column);
    }

    void listJson_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("schools") << QStringLiteral("schools") << 2
                                 << QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                                                QStringLiteral("orgNumber"), QStringLiteral("students")};
        QTest::newRow("programmes") << QStringLiteral("programmes") << 2
                                    << QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                                   QStringLiteral("school"), QStringLiteral("kind")};
        QTest::newRow("students") << QStringLiteral("students") << 2
                                  << QStringList{QStringLiteral("id"),        QStringLiteral("studentNumber"),
                                                 QStringLiteral("givenName"), QStringLiteral("familyName"),
                                                 QStringLiteral("school"),    QStringLiteral("programme"),
                                                 QStringLiteral("cohort")};
        QTest::newRow("sites") << QStringLiteral("sites") << 2
                               << QStringList{QStringLiteral("id"),           QStringLiteral("name"),
                                              QStringLiteral("unit"),         QStringLiteral("kind"),
                                              QStringLiteral("municipality"), QStringLiteral("capacity")};
        QTest::newRow("supervisors") << QStringLiteral("supervisors") << 1
                                     << QStringList{QStringLiteral("id"),          QStringLiteral("givenName"),
                                                    QStringLiteral("familyName"),  QStringLiteral("site"),
                                                    QStringLiteral("hasTraining"), QStringLiteral("maxStudents")};
        QTest::newRow("periods") << QStringLiteral("periods") << 2
                                 << QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("start"),
                                                QStringLiteral("end"), QStringLiteral("hoursPerWeek")};
        QTest::newRow("placements")
            << QStringLiteral("placements") << 2
            << QStringList{QStringLiteral("id"),     QStringLiteral("student"), QStringLiteral("studentNumber"),
                           QStringLiteral("school"), QStringLiteral("site"),    QStringLiteral("supervisor"),
                           QStringLiteral("period"), QStringLiteral("start"),   QStringLiteral("end"),
                           QStringLiteral("status")};
    }

    void listJson()
    {
        QFETCH(QString, what);
        QFETCH(int, count);
        QFETCH(QStringList, keys);
        CliRunner cli;
        const QString db = initPlan(cli);
        fillPlan(db);
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("list"), what, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray array = parseArray(r);
        QCOMPARE(array.size(), count);
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            for (const QString &key : keys)
                QVERIFY2(o.contains(key), qPrintable(what + QStringLiteral(": no key ") + key));
            for (const QString &key : o.keys()) {
                QVERIFY2(key.at(0).isLower() && !key.contains(QLatin1Char('_')), qPrintable(key)); // lowerCamelCase
            }
            QVERIFY(o.value(QStringLiteral("id")).isDouble());
        }
    }

    void listPlacementValues()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        fillPlan(db);
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("list"),
                                QStringLiteral("placements")});
        const QJsonArray array = parseArray(r);
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("student")).toString(), QStringLiteral("Kari Nordmann"));
        QCOMPARE(first.value(QStringLiteral("studentNumber")).toString(), QStringLiteral("N-001"));
        QCOMPARE(first.value(QStringLiteral("school")).toString(), QStringLiteral("Nordlys vgs"));
        QCOMPARE(first.value(QStringLiteral("site")).toString(), QStringLiteral("Solbakken sykehjem / Avdeling 2"));
        QCOMPARE(first.value(QStringLiteral("supervisor")).toString(), QStringLiteral("Ola Hansen"));
        QCOMPARE(first.value(QStringLiteral("period")).toString(), QStringLiteral("Høst 2026"));
        QCOMPARE(first.value(QStringLiteral("start")).toString(), QStringLiteral("2026-09-01"));
        QCOMPARE(first.value(QStringLiteral("end")).toString(), QStringLiteral("2026-10-30"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        const QJsonObject second = array.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("site")).toString(), QStringLiteral("Hjemmetjenesten Sentrum"));
        QCOMPARE(second.value(QStringLiteral("supervisor")).toString(), QString());
        QCOMPARE(second.value(QStringLiteral("student")).toString(), QStringLiteral("Øystein Ås"));
    }

    void listFilters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QList<int>>("ids");
        QTest::newRow("period") << QStringList{QStringLiteral("placements"), QStringLiteral("--period"),
                                               QStringLiteral("Vår 2027")}
                                << QList<int>{2};
        QTest::newRow("school") << QStringList{QStringLiteral("placements"), QStringLiteral("--school"),
                                               QStringLiteral("Nordlys vgs")}
                                << QList<int>{1};
        QTest::newRow("site name") << QStringList{QStringLiteral("placements"), QStringLiteral("--site"),
                                                  QStringLiteral("Solbakken sykehjem")}
                                   << QList<int>{1};
        QTest::newRow("site / unit") << QStringList{QStringLiteral("placements"), QStringLiteral("--site"),
                                                    QStringLiteral("Solbakken sykehjem / Avdeling 2")}
                                     << QList<int>{1};
        QTest::newRow("two filters") << QStringList{QStringLiteral("placements"), QStringLiteral("--school"),
                                                    QStringLiteral("Nordlys vgs"), QStringLiteral("--period"),
                                                    QStringLiteral("Vår 2027")}
                                     << QList<int>{};
        QTest::newRow("students of a school")
            << QStringList{QStringLiteral("students"), QStringLiteral("--school"), QStringLiteral("Fjord høgskole")}
            << QList<int>{2};
        QTest::newRow("supervisors of a site") << QStringList{QStringLiteral("supervisors"), QStringLiteral("--site"),
                                                              QStringLiteral("Hjemmetjenesten Sentrum")}
                                               << QList<int>{};
    }

    void listFilters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QList<int>, ids);
        CliRunner cli;
        const QString db = initPlan(cli);
        fillPlan(db);
        const auto r = cli.run(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("list")} + arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QList<int> got;
        const QJsonArray array = parseArray(r);
        for (const QJsonValue &v : array)
            got << v.toObject().value(QStringLiteral("id")).toInt();
        QCOMPARE(got, ids);
    }

    void listFilterUnknownName()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        fillPlan(db);
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("placements"),
                                QStringLiteral("--period"), QStringLiteral("Sommer 1999")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY(r.err.contains(QStringLiteral("no period named “Sommer 1999”")));
    }

    void backupRestoreRoundTrip()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        fillPlan(db);
        const QString copy = cli.filePath(QStringLiteral("copies/monday.praksisplan"));
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), copy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QFile::exists(copy));
        QCOMPARE(QFile::permissions(copy) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                             QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        // A second backup to the same name needs --force.
        const QByteArray firstCopy = fileHash(copy);
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), copy});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY(r.err.contains(QStringLiteral("--force")));
        QCOMPARE(fileHash(copy), firstCopy);

        // Change the plan after the backup.
        {
            auto plan = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
            QVERIFY(plan.ok());
            QVERIFY(plan.value()->exec(QStringLiteral("DELETE FROM placements WHERE id = 2")).ok());
            QVERIFY(plan.value()->exec(QStringLiteral("UPDATE students SET given_name = 'Kristin' WHERE id = 1")).ok());
        }

        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("restore"), copy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(fileHash(copy), firstCopy); // the copy itself is never changed

        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("list"),
                     QStringLiteral("placements")});
        const QJsonArray restored = parseArray(r);
        QCOMPARE(restored.size(), 2);
        QCOMPARE(restored.at(0).toObject().value(QStringLiteral("student")).toString(),
                 QStringLiteral("Kari Nordmann"));
        QVERIFY(!QFile::permissions(db).testFlag(QFileDevice::ReadOther));

        // The replaced plan is kept beside it, with the change made after the backup.
        const QStringList kept =
            QDir(cli.dir()).entryList({QStringLiteral("plan.praksisplan.before-restore-*.bak")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        const QString keptPath = cli.filePath(kept.constFirst());
        QVERIFY(!QFile::permissions(keptPath).testFlag(QFileDevice::ReadOther));
        r = cli.run({QStringLiteral("--db"), keptPath, QStringLiteral("--json"), QStringLiteral("list"),
                     QStringLiteral("placements")});
        const QJsonArray old = parseArray(r);
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.at(0).toObject().value(QStringLiteral("student")).toString(), QStringLiteral("Kristin Nordmann"));
    }

    void backupWhileAnotherProgramWrites()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        fillPlan(db);
        auto opened = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
        QVERIFY(opened.ok());
        PlanFile &plan = *opened.value();
        // A committed change still in the WAL and an open read transaction: the copy holds the committed state.
        QVERIFY(plan.exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('Ny skole', 'vgs')")).ok());
        const QString copy = cli.filePath(QStringLiteral("live.praksisplan"));
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), copy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        auto b = PlanFile::open(copy, PlanFile::OpenMode::OpenExisting);
        QVERIFY(b.ok());
        QCOMPARE(test::scalar(*b.value(), QStringLiteral("SELECT count(*) FROM schools")).toInt(), 3);
    }

    void restoreRefuses_data()
    {
        QTest::addColumn<QString>("fixture"); // in tests/data/plans, or empty for a missing file
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QString() << QStringLiteral("does not exist");
        QTest::newRow("empty") << QStringLiteral("empty.praksisplan") << QStringLiteral("is empty");
        QTest::newRow("text") << QStringLiteral("text.praksisplan") << QStringLiteral("not a Praksisplan plan file");
        QTest::newRow("random bytes") << QStringLiteral("random-bytes.praksisplan")
                                      << QStringLiteral("not a Praksisplan plan file");
        QTest::newRow("truncated") << QStringLiteral("truncated.praksisplan") << QStringLiteral("damaged");
        QTest::newRow("corrupted page") << QStringLiteral("corrupted-page.praksisplan") << QStringLiteral("damaged");
        QTest::newRow("other program") << QStringLiteral("other-program.sqlite")
                                       << QStringLiteral("SQLite database, but not a Praksisplan plan");
        QTest::newRow("newer version") << QStringLiteral("newer-version.praksisplan")
                                       << QStringLiteral("newer version of Praksisplan");
        QTest::newRow("dangling reference")
            << QStringLiteral("dangling-reference.praksisplan") << QStringLiteral("refers to one that does not exist");
        // Every broken and hostile plan of tests/data/plans gives its own message on restore too.
        const auto all = test::brokenPlans();
        for (const auto &b : all)
            if (b.file != QLatin1String("empty.praksisplan"))
                QTest::addRow("fixture %s", qPrintable(b.file)) << b.file << b.message;
    }

    void restoreRefuses()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, message);
        CliRunner cli;
        const QString db = initPlan(cli);
        fillPlan(db);
        const QByteArray before = fileHash(db);
        const QString copy = cli.filePath(QStringLiteral("copy.praksisplan"));
        if (!fixture.isEmpty())
            QVERIFY(QFile::copy(test::dataPath(QStringLiteral("plans/") + fixture), copy));
        const QByteArray copyBefore = fileHash(copy);

        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("restore"), copy});
        QVERIFY2(r.exitCode == 3 && !r.crashed, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("The plan was not changed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("copy.praksisplan")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral(".restoring")), qPrintable(r.err));
        QCOMPARE(fileHash(db), before);
        QCOMPARE(fileHash(copy), copyBefore);
        // No backup of the untouched plan, no leftovers.
        QCOMPARE(QDir(cli.dir()).entryList({QStringLiteral("plan.praksisplan*")}, QDir::Files),
                 QStringList{QStringLiteral("plan.praksisplan")});
    }

    void restoreRefusesWhilePlanIsOpen()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        fillPlan(db);
        const QString copy = backUp(cli, db);
        auto opened = PlanFile::open(db, PlanFile::OpenMode::OpenExisting); // as the desktop program would
        QVERIFY(opened.ok());
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("restore"), copy});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("open in another program")), qPrintable(r.err));
        QCOMPARE(test::scalar(*opened.value(), QStringLiteral("SELECT count(*) FROM placements")).toInt(), 2);
        opened = Error{};
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("restore"), copy}).exitCode, 0);
    }

    void restoreIntoMissingPlan()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        fillPlan(db);
        const QString copy = backUp(cli, db);
        const QString fresh = cli.filePath(QStringLiteral("new/plan.praksisplan"));
        const auto r = cli.run({QStringLiteral("--db"), fresh, QStringLiteral("restore"), copy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!r.out.contains(QStringLiteral("kept")));
        auto plan = PlanFile::open(fresh, PlanFile::OpenMode::OpenExisting);
        QVERIFY(plan.ok());
        QCOMPARE(test::scalar(*plan.value(), QStringLiteral("SELECT count(*) FROM students")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
