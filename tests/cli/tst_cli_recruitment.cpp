#include "CliRunner.h"
#include "PdfText.h"
#include "RecruitmentFixture.h"
#include "ReportFixture.h"
#include "storage/PlanFile.h"
#include "storage/PlanSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {

// A file read back by another program (python: csv or openpyxl), as JSON rows.
QJsonArray readBack(const QString &script, const QString &path)
{
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    if (!py.waitForFinished(60000) || py.exitCode() != 0) {
        qWarning("python: %s", py.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(py.readAllStandardOutput()).array();
}

const char *const csvScript = R"(
import csv, json, sys
print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=';'))))
)";

const char *const xlsxScript = R"(
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], read_only=True).active
print(json.dumps([list(row) for row in ws.iter_rows(values_only=True)]))
)";

// The figures of tests/support/RecruitmentFixture.h for 2025, in the report's column order (site first).
const QList<QStringList> expectedRows = {
    {QStringLiteral("Hjemmetjenesten, Nord"), u"2"_s, u"1"_s, u"1"_s, u"0"_s, u"2"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s},
    {QStringLiteral("Lia bo- og aktivitetssenter"), u"1"_s, u"0"_s, u"1"_s, u"1"_s, u"2"_s, u"0"_s, u"0"_s, u"0"_s,
     u"1"_s},
    {QStringLiteral("Solbakken sykehjem / Avdeling 2"), u"3"_s, u"2"_s, u"1"_s, u"1"_s, u"4"_s, u"1"_s, u"0"_s, u"0"_s,
     u"2"_s},
};
const QStringList expectedWhole = {u"5"_s, u"2"_s, u"3"_s, u"2"_s, u"6"_s, u"1"_s, u"0"_s, u"0"_s, u"3"_s};

QStringList strings(const QJsonArray &row)
{
    QStringList out;
    for (const QJsonValue &v : row)
        out << (v.isDouble() ? QString::number(v.toInt()) : v.toString());
    return out;
}

} // namespace

class TestCliRecruitment : public QObject
{
    Q_OBJECT

    test::CliRunner m_cli;
    QString m_db;

    test::CliRunner::Run report(const QStringList &args) const
    {
        return m_cli.run(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("report"),
                                     QStringLiteral("--recruitment"), QStringLiteral("--from"),
                                     QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                                     QStringLiteral("31.12.2025")} +
                         args);
    }

private slots:
    void initTestCase()
    {
        m_db = m_cli.filePath(QStringLiteral("plan.praksisplan"));
        auto plan = PlanFile::open(m_db);
        QVERIFY(plan.ok());
        test::buildFormerStudentsPlan(*plan.value());
        QVERIFY(
            PlanSettings(*plan.value()).setValue(PlanSettings::organisationName, QStringLiteral("Testkommune")).ok());
    }

    // --json: per site an object with exactly the keys of PRODUCT.md section 10, and one with site null.
    void json()
    {
        const auto r = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("report"),
                                  QStringLiteral("--recruitment"), QStringLiteral("--from"),
                                  QStringLiteral("01.01.2025"), QStringLiteral("--to"), QStringLiteral("2025-12-31")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray lines = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(lines.size(), 4);
        const QStringList keys = {u"formerStudents"_s, u"hiredSummer"_s, u"hiredPost"_s,      u"hiredHere"_s,
                                  u"newHires"_s,       u"mentored"_s,    u"stayed12Months"_s, u"leftInProbation"_s};
        QStringList expectedKeys = keys;
        expectedKeys << QStringLiteral("site");
        expectedKeys.sort();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject o = lines.at(i).toObject();
            QStringList k = o.keys();
            k.sort();
            QCOMPARE(k, expectedKeys);
            QStringList figures;
            for (const QString &key : keys)
                figures << QString::number(o.value(key).toInt(-1));
            if (i < 3) {
                QCOMPARE(o.value(QStringLiteral("site")).toString(), expectedRows.at(i).at(0));
                QCOMPARE(figures, expectedRows.at(i).mid(1, 6) + expectedRows.at(i).mid(8));
            } else {
                QVERIFY(o.value(QStringLiteral("site")).isNull());
                QCOMPARE(figures, expectedWhole.mid(0, 6) + expectedWhole.mid(7));
            }
        }
    }

    void csvReadBack()
    {
        const QString out = m_cli.filePath(QStringLiteral("recruitment.csv"));
        const auto r = report({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        const QJsonArray rows = readBack(QString::fromUtf8(csvScript), out);
        QCOMPARE(rows.size(), 5); // header, three sites, the whole plan
        // the plan's document language: Bokmål
        QCOMPARE(strings(rows.at(0).toArray()),
                 (QStringList{u"Praksissted"_s, u"Tidligere studenter"_s, u"Ansatt som sommervikar"_s,
                              u"Ansatt i stilling"_s, u"Ansatt her"_s, u"Nytilsatte"_s, u"Med mentor"_s,
                              u"12 måneder gått"_s, u"Ble i 12 måneder"_s, u"Sluttet i prøvetiden"_s}));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(strings(rows.at(i + 1).toArray()), expectedRows.at(i));
        QCOMPARE(strings(rows.at(4).toArray()), QStringList{u"Hele planen"_s} + expectedWhole);
    }

    void xlsxReadBack()
    {
        const QString out = m_cli.filePath(QStringLiteral("recruitment.xlsx"));
        const auto r = report({QStringLiteral("-o"), out}); // the format from the suffix
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray rows = readBack(QString::fromUtf8(xlsxScript), out);
        qsizetype header = -1;
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (rows.at(i).toArray().at(0).toString() == QStringLiteral("Praksissted"))
                header = i;
        QVERIFY2(header > 0, qPrintable(QString::fromUtf8(QJsonDocument(rows).toJson())));
        QCOMPARE(rows.size(), header + 5);
        for (int i = 0; i < 3; ++i) {
            const QJsonArray row = rows.at(header + 1 + i).toArray();
            QVERIFY(row.at(1).isDouble()); // typed number cells, not text
            QCOMPARE(strings(row), expectedRows.at(i));
        }
        QCOMPARE(strings(rows.at(header + 4).toArray()), QStringList{u"Hele planen"_s} + expectedWhole);
    }

    void pdfInEnglish()
    {
        const QString db = m_cli.filePath(QStringLiteral("english.praksisplan"));
        {
            auto plan = PlanFile::open(db);
            QVERIFY(plan.ok());
            test::buildFormerStudentsPlan(*plan.value());
            QVERIFY(PlanSettings(*plan.value()).setValue(PlanSettings::documentLanguage, QStringLiteral("en")).ok());
        }
        const QString out = m_cli.filePath(QStringLiteral("recruitment.pdf"));
        const auto r = m_cli.run({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--recruitment"),
                                  QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                                  QStringLiteral("2025-12-31"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                  QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList pages = test::pdfPages(out);
        QCOMPARE(pages.size(), 1);
        const QString &page = pages.first();
        for (const QString &expected : {QStringLiteral("Recruitment report"), QStringLiteral("01.01.2025 – 31.12.2025"),
                                        QStringLiteral("Solbakken sykehjem / Avdeling 2 3 2 1 1 4 1 0 0 2"),
                                        QStringLiteral("Hjemmetjenesten, Nord 2 1 1 0 2 0 0 0 0"),
                                        QStringLiteral("Whole plan 5 2 3 2 6 1 0 0 3"), QStringLiteral("Page 1 of 1")})
            QVERIFY2(page.contains(expected), qPrintable(QStringLiteral("missing “%1” in: %2").arg(expected, page)));
        // counts only: no person is named in the report
        for (const QString &name : {QStringLiteral("Ødegård"), QStringLiteral("Lund"), QStringLiteral("Moe")})
            QVERIFY(!page.contains(name));
    }

    void wrongCalls_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QStringList range{QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                                QStringLiteral("2025-12-31")};
        QTest::newRow("no file, no --json") << range << 2;
        QTest::newRow("no --to") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                                QStringLiteral("--json")}
                                 << 2;
        QTest::newRow("not a date") << QStringList{QStringLiteral("--from"), QStringLiteral("1.13.2025"),
                                                   QStringLiteral("--to"), QStringLiteral("2025-12-31"),
                                                   QStringLiteral("--json")}
                                    << 2;
        QTest::newRow("with a school") << range + QStringList{QStringLiteral("--school"), QStringLiteral("Høgskolen A"),
                                                              QStringLiteral("--json")}
                                       << 2;
        QTest::newRow("with a period") << range + QStringList{QStringLiteral("--period"), QStringLiteral("Hele 2025"),
                                                              QStringLiteral("--json")}
                                       << 2;
        QTest::newRow("--format without a file")
            << range + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--json")} << 2;
        QTest::newRow("unknown format") << range + QStringList{QStringLiteral("--format"), QStringLiteral("ods"),
                                                               QStringLiteral("-o"), QStringLiteral("x.ods")}
                                        << 2;
        QTest::newRow("to before from") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-12-31"),
                                                       QStringLiteral("--to"), QStringLiteral("2025-01-01"),
                                                       QStringLiteral("--json")}
                                        << 3;
    }
    void wrongCalls()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const auto r = m_cli.run(
            QStringList{QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--recruitment")} +
            args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    // An existing file is not replaced without --force.
    void noOverwriteWithoutForce()
    {
        const QString out = m_cli.filePath(QStringLiteral("exists.csv"));
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep");
        }
        auto r = report({QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep"));
        f.close();
        r = report({QStringLiteral("-o"), out, QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QFileInfo(out).size() > 100);
    }

    // list hires --json: exactly the keys of PRODUCT.md section 10; the linked student's number and school or
    // null; the mentor of the latest mentorship; the conversations of all her mentorships.
    void listHires()
    {
        const QString db = m_cli.filePath(QStringLiteral("list.praksisplan"));
        {
            auto plan = PlanFile::open(db);
            QVERIFY(plan.ok());
            test::buildFormerStudentsPlan(*plan.value());
            PlanFile &p = *plan.value();
            test::runSql(p, QStringLiteral("INSERT INTO supervisors (id, site_id, given_name, family_name) VALUES "
                                           "(1, 1, 'Mona', 'Mentor')"));
            test::runSql(p, QStringLiteral("INSERT INTO mentorships (id, hire_id, mentor_supervisor_id, start_date) "
                                           "VALUES (2, 5, 1, '2025-07-01')"));
            test::runSql(p, QStringLiteral("INSERT INTO mentor_conversations (mentorship_id, number, planned_date, "
                                           "held_date) VALUES (1, 1, '2025-01-08', '2025-01-08'), "
                                           "(1, 2, '2025-01-15', NULL), (1, 3, '2025-01-22', NULL), "
                                           "(2, 1, '2025-07-02', '2025-07-03'), (2, 2, '2025-07-09', NULL)"));
        }
        const auto r = m_cli.run(
            {QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("hires"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray hires = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hires.size(), 10);
        QStringList keys = hires.at(0).toObject().keys();
        keys.sort();
        QStringList expectedKeys = {u"id"_s,
                                    u"givenName"_s,
                                    u"familyName"_s,
                                    u"site"_s,
                                    u"profession"_s,
                                    u"position"_s,
                                    u"start"_s,
                                    u"probationEnd"_s,
                                    u"end"_s,
                                    u"endReason"_s,
                                    u"studentNumber"_s,
                                    u"school"_s,
                                    u"mentor"_s,
                                    u"conversationsPlanned"_s,
                                    u"conversationsHeld"_s};
        expectedKeys.sort();
        QCOMPARE(keys, expectedKeys);
        QJsonObject ola, kari, ase;
        for (const QJsonValue &v : hires) {
            const QJsonObject o = v.toObject();
            if (o.value(u"id"_s).toInt() == 5)
                ola = o;
            else if (o.value(u"id"_s).toInt() == 10)
                kari = o;
            else if (o.value(u"id"_s).toInt() == 1)
                ase = o;
        }
        QCOMPARE(ola.value(u"givenName"_s).toString(), u"Ola"_s);
        QCOMPARE(ola.value(u"site"_s).toString(), u"Solbakken sykehjem / Avdeling 2"_s);
        QCOMPARE(ola.value(u"position"_s).toString(), u"fast"_s);
        QCOMPARE(ola.value(u"profession"_s).toString(), u"sykepleier"_s);
        QCOMPARE(ola.value(u"start"_s).toString(), u"2025-01-06"_s);
        QCOMPARE(ola.value(u"probationEnd"_s).toString(), u"2025-07-06"_s);
        QVERIFY(ola.value(u"end"_s).isNull());
        QVERIFY(ola.value(u"endReason"_s).isNull());
        QCOMPARE(ola.value(u"studentNumber"_s).toString(), u"A-4"_s);
        QCOMPARE(ola.value(u"school"_s).toString(), u"Høgskolen A"_s);
        QCOMPARE(ola.value(u"mentor"_s).toString(), u"Mona Mentor"_s); // the latest mentorship's
        QCOMPARE(ola.value(u"conversationsPlanned"_s).toInt(), 5);
        QCOMPARE(ola.value(u"conversationsHeld"_s).toInt(), 2);
        // not linked: no student, no school
        QCOMPARE(kari.value(u"familyName"_s).toString(), u"Lund"_s);
        QVERIFY(kari.value(u"studentNumber"_s).isNull());
        QVERIFY(kari.value(u"school"_s).isNull());
        QVERIFY(kari.value(u"mentor"_s).isNull());
        QCOMPARE(kari.value(u"conversationsPlanned"_s).toInt(), 0);
        QCOMPARE(ase.value(u"end"_s).toString(), u"2025-08-15"_s);
        QCOMPARE(ase.value(u"endReason"_s).toString(), u"utdanning"_s);
        QCOMPARE(ase.value(u"position"_s).toString(), u"sommervikar"_s);

        // the table for people, and --site
        const auto table = m_cli.run({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("hires"),
                                      QStringLiteral("--site"), QStringLiteral("Lia bo- og aktivitetssenter")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        const QStringList lines = table.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5); // the heading, its rule, Lise and Eva's two hires
        QVERIFY2(lines.at(0).contains(u"Probation end"_s), qPrintable(table.out));
        QVERIFY(lines.at(3).contains(u"Eva"_s) && lines.at(3).contains(u"13.06.2025"_s));
        QVERIFY(!table.out.contains(u"Ola"_s));
    }

    // A school's report never shows hires: a hire with her own name at the school's students' site stays out.
    void schoolReportShowsNoHires()
    {
        {
            auto plan = PlanFile::open(m_db);
            QVERIFY(plan.ok());
            test::runSql(*plan.value(),
                         QStringLiteral("INSERT INTO hires (site_id, given_name, family_name, position, start_date, "
                                        "probation_end, email) VALUES (1, 'Hilde', 'Hiresen', 'fast', '2025-03-01', "
                                        "'2025-09-01', 'hilde@example.no')"));
        }
        const QString out = m_cli.filePath(QStringLiteral("school.csv"));
        const auto r = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--school"),
                                  QStringLiteral("Høgskolen A"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                  QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("Ødegård")));
        for (const QString &word : {QStringLiteral("Hiresen"), QStringLiteral("hilde@example.no"),
                                    QStringLiteral("sommervikar"), QStringLiteral("Nytilsatt")})
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));
        QVERIFY(text.contains(QStringLiteral("Kari Lund"))); // a student of the school (her placements)
    }
};

QTEST_GUILESS_MAIN(TestCliRecruitment)
#include "tst_cli_recruitment.moc"
