#include "CliRunner.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;
using praksis::test::CliRunner;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QJsonObject parseObject(const CliRunner::Run &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object: %s\n%s", qPrintable(error.errorString()), qPrintable(r.out));
    return doc.object();
}

QString data(const QString &name)
{
    return test::dataPath(u"csv/"_s + name);
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QString initPlan(const CliRunner &cli)
    {
        const QString path = cli.filePath(u"plan.praksisplan"_s);
        const auto r = cli.run({u"--db"_s, path, u"init"_s});
        if (r.exitCode != 0)
            qFatal("init failed: %s", qPrintable(r.describe()));
        return path;
    }

    int countStudents(const CliRunner &cli, const QString &db)
    {
        const auto r = cli.run({u"--db"_s, db, u"--json"_s, u"list"_s, u"students"_s});
        if (r.exitCode != 0)
            qFatal("list failed: %s", qPrintable(r.describe()));
        return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }

private slots:
    void importsThenChangesNothing()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        const QStringList args{u"--db"_s,
                               db,
                               u"import"_s,
                               u"students"_s,
                               data(u"students_english.csv"_s),
                               u"--school"_s,
                               u"Høgskolen i Innlandet"_s};
        auto r = cli.run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(u"3 new"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Shoe size"_s), qPrintable(r.out)); // the ignored column is named
        QVERIFY2(r.out.contains(u"Høgskolen i Innlandet"_s), qPrintable(r.out));
        QCOMPARE(countStudents(cli, db), 3);

        r = cli.run(QStringList{u"--json"_s} + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = parseObject(r);
        QCOMPARE(o.value(u"register"_s).toString(), u"students"_s);
        QCOMPARE(o.value(u"new"_s).toInt(), 0);
        QCOMPARE(o.value(u"changed"_s).toInt(), 0);
        QCOMPARE(o.value(u"unchanged"_s).toInt(), 3);
        QCOMPARE(o.value(u"createdSchools"_s).toArray().size(), 0);
        QCOMPARE(o.value(u"ignoredColumns"_s).toArray(), QJsonArray{u"Shoe size"_s});
        QCOMPARE(countStudents(cli, db), 3);
    }

    void dryRunWritesNothing()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        const QByteArray before = fileHash(db);
        auto r =
            cli.run({u"--db"_s, db, u"--json"_s, u"import"_s, u"periods"_s, data(u"periods.csv"_s), u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = parseObject(r);
        QCOMPARE(o.value(u"dryRun"_s).toBool(), true);
        QCOMPARE(o.value(u"written"_s).toBool(), false);
        QCOMPARE(o.value(u"new"_s).toInt(), 3);
        QCOMPARE(o.value(u"createdSchools"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"createdProgrammes"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"createdSchools"_s).toArray().at(1).toObject().value(u"kind"_s).toString(), u"vgs"_s);
        QCOMPARE(fileHash(db), before);

        r = cli.run({u"--db"_s, db, u"import"_s, u"periods"_s, data(u"periods.csv"_s), u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(u"nothing was written"_s, Qt::CaseInsensitive));
        QCOMPARE(fileHash(db), before);
    }

    void invalidRowsExitThree()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        QVERIFY(cli.run({u"--db"_s, db, u"import"_s, u"students"_s, data(u"students_semicolon.csv"_s), u"--school"_s,
                         u"Nord vgs"_s})
                    .exitCode == 0);
        const QByteArray before = fileHash(db);
        auto r = cli.run({u"--db"_s, db, u"import"_s, u"students"_s, data(u"broken/students_empty_last_name.csv"_s),
                          u"--school"_s, u"Nord vgs"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"Line 4, column 2 (Etternavn): “Last name” is empty."_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Nothing was imported."_s), qPrintable(r.err));
        QCOMPARE(fileHash(db), before);

        // with --json the errors are in the object too, and still on stderr
        r = cli.run({u"--db"_s, db, u"--json"_s, u"import"_s, u"sites"_s, data(u"broken/sites_bad_kind.csv"_s)});
        QCOMPARE(r.exitCode, 3);
        const QJsonArray errors = parseObject(r).value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(u"line"_s).toInt(), 3);
        QCOMPARE(errors.at(0).toObject().value(u"column"_s).toInt(), 2);
        QCOMPARE(errors.at(0).toObject().value(u"header"_s).toString(), u"Type"_s);
        QVERIFY(r.err.contains(u"sjukehus"_s));
        QCOMPARE(fileHash(db), before);
    }

    void refusesIdentityNumbers()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        const QByteArray before = fileHash(db);
        auto r = cli.run({u"--db"_s, db, u"import"_s, u"students"_s,
                          data(u"broken/students_fodselsnummer_column.csv"_s), u"--school"_s, u"Nord vgs"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"Fødselsnummer"_s), qPrintable(r.err));
        QCOMPARE(fileHash(db), before);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no register") << QStringList{u"import"_s};
        QTest::newRow("no file") << QStringList{u"import"_s, u"sites"_s};
        QTest::newRow("unknown register") << QStringList{u"import"_s, u"placements"_s, data(u"sites.csv"_s)};
        QTest::newRow("students without school") << QStringList{u"import"_s, u"students"_s, data(u"sites.csv"_s)};
        QTest::newRow("school for sites")
            << QStringList{u"import"_s, u"sites"_s, data(u"sites.csv"_s), u"--school"_s, u"X"_s};
        QTest::newRow("unknown option") << QStringList{u"import"_s, u"sites"_s, data(u"sites.csv"_s), u"--fast"_s};
        QTest::newRow("two files") << QStringList{u"import"_s, u"sites"_s, data(u"sites.csv"_s), data(u"sites.csv"_s)};
    }

    void usage()
    {
        QFETCH(QStringList, args);
        CliRunner cli;
        const QString db = initPlan(cli);
        const QByteArray before = fileHash(db);
        const auto r = cli.run(QStringList{u"--db"_s, db} + args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.err.contains(u"import"_s));
        QCOMPARE(fileHash(db), before);
    }

    void missingFileIsRuntimeError()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        const auto r = cli.run({u"--db"_s, db, u"import"_s, u"sites"_s, cli.filePath(u"nowhere.csv"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"nowhere.csv"_s));
    }

    void allRegistersInOrder()
    {
        CliRunner cli;
        const QString db = initPlan(cli);
        const QList<QStringList> steps{
            {u"sites"_s, data(u"sites.csv"_s)},
            {u"supervisors"_s, data(u"supervisors.csv"_s)},
            {u"periods"_s, data(u"periods.csv"_s)},
            {u"students"_s, data(u"students_english.csv"_s), u"--school"_s, u"Høgskolen i Innlandet"_s},
            {u"preferences"_s, data(u"preferences.csv"_s)},
        };
        for (const QStringList &step : steps) {
            const auto r = cli.run(QStringList{u"--db"_s, db, u"--json"_s, u"import"_s} + step);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QVERIFY(parseObject(r).value(u"new"_s).toInt() > 0);
        }
        for (const QStringList &step : steps) {
            const auto r = cli.run(QStringList{u"--db"_s, db, u"--json"_s, u"import"_s} + step);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            const QJsonObject o = parseObject(r);
            QCOMPARE(o.value(u"new"_s).toInt() + o.value(u"changed"_s).toInt(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
