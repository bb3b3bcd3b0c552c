#include "PdfText.h"
#include "ReportFixture.h"
#include "TestSupport.h"
#include "storage/PlanFile.h"
#include "storage/PlanSettings.h"

#include <QJsonArray>
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

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("plan.praksisplan"));
        auto plan = PlanFile::open(m_db);
        QVERIFY(plan.ok());
        test::buildReportPlan(*plan.value());
        QVERIFY(
            PlanSettings(*plan.value()).setValue(PlanSettings::organisationName, QStringLiteral("Testkommune")).ok());
        // the documents of these tests in English (the default document language is Bokmål)
        QVERIFY(PlanSettings(*plan.value()).setValue(PlanSettings::documentLanguage, QStringLiteral("en")).ok());
    }

    // The report is written in the plan's document language, whatever the interface language of the program.
    void pdfInTheDocumentLanguage()
    {
        const QString db = m_dir.filePath(QStringLiteral("nynorsk.praksisplan"));
        {
            auto plan = PlanFile::open(db);
            QVERIFY(plan.ok());
            test::buildReportPlan(*plan.value());
            QVERIFY(PlanSettings(*plan.value()).setValue(PlanSettings::documentLanguage, QStringLiteral("nb")).ok());
        }
        const QString out = m_dir.filePath(QStringLiteral("bokmal.pdf"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PRAKSIS_CLI_PATH),
                {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--school"),
                 QStringLiteral("Høgskolen A"), QStringLiteral("--period"), QStringLiteral("Vår 2027"),
                 QStringLiteral("-o"), out});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Wrote"))); // the interface
        const QString text = pdfText(out);
        QVERIFY2(text.contains(QStringLiteral("Rapport per utdanningsinstitusjon")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Side 1 av 1")));
        QVERIFY(text.contains(QStringLiteral("Bekreftet")));
        QVERIFY(!text.contains(QStringLiteral("School report")));
    }

    void schoolReportFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("selection");
        QTest::newRow("csv period") << QStringLiteral("csv")
                                    << QStringList{QStringLiteral("--period"), QStringLiteral("Vår 2027")};
        QTest::newRow("xlsx dates") << QStringLiteral("xlsx")
                                    << QStringList{QStringLiteral("--from"), QStringLiteral("01.01.2027"),
                                                   QStringLiteral("--to"), QStringLiteral("2027-01-31")};
        QTest::newRow("pdf period") << QStringLiteral("pdf")
                                    << QStringList{QStringLiteral("--period"), QStringLiteral("vår 2027")};
    }
    void schoolReportFormats()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, selection);
        const QString out = m_dir.filePath(QStringLiteral("school.") + format);
        const Run r = cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("report"),
                                      QStringLiteral("--school"), QStringLiteral("Høgskolen A")} +
                          selection + QStringList{QStringLiteral("--format"), format, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QVERIFY(QFileInfo(out).size() > 100);
        if (format == QStringLiteral("pdf")) {
            const QString text = pdfText(out);
            QVERIFY2(text.contains(QStringLiteral("School report")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Testkommune")));
            QVERIFY(text.contains(QStringLiteral("Høgskolen A")));
            QVERIFY(text.contains(QStringLiteral("Åse Ødegård")));
            QVERIFY(text.contains(QStringLiteral("Per Berg")));
            QVERIFY(!text.contains(QStringLiteral("Skolebsen"))); // another school's student
            QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
            QVERIFY(text.contains(QStringLiteral("04.01.2027")));
        } else if (format == QStringLiteral("csv")) {
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            QVERIFY(text.contains(QStringLiteral("Åse Ødegård")));
            QVERIFY(!text.contains(QStringLiteral("Skolebsen")));
        }
    }

    // The figures of the fixture worked out by hand (tests/support/ReportFixture.cpp): Per 11.–22. January 2027,
    // 10 working days × 6 h = 60 h, nothing absent; Åse 4.–29. January, 20 days × 6 h = 120 h, 12 h absent = 10 %,
    // 2 meetings of which 1 held, 1 of 4 checklist items = 25 %; totals 6 weeks, 180 h, 12 h = 6.7 %.
    void pdfFiguresAndTotals()
    {
        const QString out = m_dir.filePath(QStringLiteral("figures.pdf"));
        const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--school"),
                           QStringLiteral("Høgskolen A"), QStringLiteral("--period"), QStringLiteral("Vår 2027"),
                           QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList pages = test::pdfPages(out);
        QCOMPARE(pages.size(), 1);
        const QString &page = pages.first();
        for (const QString &expected :
             // one programme in every row: named once under the title, not as a column (issue 19)
             {QStringLiteral("Programme: Sykepleie Student Student number Cohort Site Unit Supervisor Start End Weeks "
                             "Hours planned Hours absent Absence % Meetings Held Checklist % Status"),
              QStringLiteral("Per Berg A-2 2026 Hjemmetjenesten, Nord Ola Hjelper 11.01.2027 22.01.2027 2 "
                             "60.0 0.0 0.0 % 0 0 Planned"),
              QStringLiteral("Åse Ødegård A-1 2025 Solbakken sykehjem Avdeling 2 Nina Veileder 04.01.2027 "
                             "29.01.2027 4 120.0 12.0 10.0 % 2 1 25.0 %"),
              QStringLiteral("Total: 2 placements 6 180.0 12.0 6.7 % 2 1 25.0 %"), QStringLiteral("Page 1 of 1")})
            QVERIFY2(page.contains(expected), qPrintable(QStringLiteral("missing “%1” in: %2").arg(expected, page)));
    }

    // A report longer than a page: the column headers on every page, "Page n of N" on each, every student once,
    // and the totals once, at the end. 60 more students at Solbakken 4.–8. January (5 working days × 6 h = 30 h,
    // 3 h absent each = 10 %): totals 6 + 60 = 66 weeks, 180 + 1800 = 1980 h, 12 + 180 = 192 h = 9.7 %.
    void pdfOfSeveralPages()
    {
        const QString db = m_dir.filePath(QStringLiteral("long.praksisplan"));
        {
            auto plan = PlanFile::open(db);
            QVERIFY(plan.ok());
            test::buildReportPlan(*plan.value());
            QVERIFY(PlanSettings(*plan.value()).setValue(PlanSettings::documentLanguage, QStringLiteral("en")).ok());
            test::runSql(*plan.value(),
                         QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) "
                                        "INSERT INTO students (id, school_id, programme_id, student_number, "
                                        "given_name, family_name, cohort) SELECT 100 + i, 1, 1, printf('M-%03d', i), "
                                        "'Elev', printf('Nr%03d', i), 2026 FROM n"));
            test::runSql(*plan.value(),
                         QStringLiteral("INSERT INTO placements (id, student_id, site_id, supervisor_id, "
                                        "period_id, start_date, end_date, status) SELECT id, id, 1, 1, "
                                        "1, '2027-01-04', '2027-01-08', 'confirmed' FROM students "
                                        "WHERE id > 100"));
            test::runSql(*plan.value(), QStringLiteral("INSERT INTO absences (placement_id, date, hours) "
                                                       "SELECT id, '2027-01-05', 3 FROM placements WHERE id > 100"));
        }
        const QString out = m_dir.filePath(QStringLiteral("long.pdf"));
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--school"),
                           QStringLiteral("Høgskolen A"), QStringLiteral("--period"), QStringLiteral("Vår 2027"),
                           QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList pages = test::pdfPages(out);
        QVERIFY2(pages.size() >= 2, qPrintable(pages.join(QStringLiteral("\n---\n"))));
        const QString header = QStringLiteral("Student Student number Cohort Site Unit Supervisor Start End "
                                              "Weeks Hours planned Hours absent Absence %");
        const QString totals = QStringLiteral("Total: 62 placements 66 1,980.0 192.0 9.7 % 2 1 25.0 %");
        for (int i = 0; i < pages.size(); ++i) {
            const QString &page = pages.at(i);
            QVERIFY2(page.count(header) == 1, qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(page)));
            QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())), qPrintable(page));
            QCOMPARE(page.count(QStringLiteral("Total:")), i == pages.size() - 1 ? 1 : 0);
        }
        QVERIFY2(pages.last().contains(totals), qPrintable(pages.last()));
        const QString all = pages.join(u' ');
        for (int i = 1; i <= 60; ++i) {
            const QString row = QStringLiteral("Elev Nr%1 M-%1 2026 Solbakken sykehjem Avdeling 2 Nina "
                                               "Veileder 04.01.2027 08.01.2027 1 30.0 3.0 10.0 %")
                                    .arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY2(all.count(row) == 1, qPrintable(row));
        }
        QCOMPARE(all.count(QStringLiteral("Åse Ødegård A-1")), 1);
        QCOMPARE(all.count(QStringLiteral("Per Berg A-2")), 1);
    }

    // The XLSX export of the command line read back by another program (openpyxl): the same figures, as numbers
    // and dates, not text.
    void xlsxReadBackWithOpenpyxl()
    {
        const QString out = m_dir.filePath(QStringLiteral("read.xlsx"));
        const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--school"),
                           QStringLiteral("Høgskolen A"), QStringLiteral("--period"), QStringLiteral("Vår 2027"),
                           QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral(R"(
import datetime, json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], read_only=True).active
def value(v):
    return v.date().isoformat() if isinstance(v, datetime.datetime) else v
print(json.dumps([[value(c) for c in row] for row in ws.iter_rows(values_only=True)]))
)"),
                                                      out});
        QVERIFY(py.waitForFinished(60000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QJsonArray rows = QJsonDocument::fromJson(py.readAllStandardOutput()).array();
        QVERIFY(rows.size() > 3);
        QCOMPARE(rows.at(0).toArray().at(0).toString(), QStringLiteral("School report"));
        qsizetype header = -1;
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (rows.at(i).toArray().at(0).toString() == QStringLiteral("Student"))
                header = i;
        QVERIFY(header > 0);
        QCOMPARE(rows.size(), header + 4); // Per, Åse, the totals
        const QJsonArray per = rows.at(header + 1).toArray(), ase = rows.at(header + 2).toArray(),
                         total = rows.at(header + 3).toArray();
        const QJsonArray expectedAse = {QStringLiteral("Åse Ødegård"),
                                        QStringLiteral("A-1"),
                                        QStringLiteral("Sykepleie"),
                                        2025,
                                        QStringLiteral("Solbakken sykehjem"),
                                        QStringLiteral("Avdeling 2"),
                                        QStringLiteral("Nina Veileder"),
                                        QStringLiteral("2027-01-04"),
                                        QStringLiteral("2027-01-29"),
                                        4,
                                        120,
                                        12,
                                        0.1,
                                        2,
                                        1,
                                        0.25};
        for (qsizetype c = 0; c < expectedAse.size(); ++c)
            QVERIFY2(ase.at(c) == expectedAse.at(c),
                     qPrintable(QStringLiteral("column %1: %2")
                                    .arg(c)
                                    .arg(QString::fromUtf8(
                                        QJsonDocument(QJsonArray{ase.at(c), expectedAse.at(c)}).toJson()))));
        QCOMPARE(per.at(0).toString(), QStringLiteral("Per Berg"));
        QCOMPARE(per.at(10).toDouble(), 60.0);
        QCOMPARE(per.at(11).toDouble(), 0.0);
        QCOMPARE(total.at(9).toDouble(), 6.0);
        QCOMPARE(total.at(10).toDouble(), 180.0);
        QCOMPARE(total.at(11).toDouble(), 12.0);
        QVERIFY2(qAbs(total.at(12).toDouble() - 12.0 / 180.0) < 0.0006,
                 qPrintable(total.at(12).toVariant().toString()));
    }

    void pdfFontsEmbedded()
    {
        const QString out = m_dir.filePath(QStringLiteral("fonts.pdf"));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--school"),
                      QStringLiteral("Høgskolen A"), QStringLiteral("--period"), QStringLiteral("Vår 2027"),
                      QStringLiteral("-o"), out})
                     .exitCode,
                 0);
        QProcess p;
        p.start(QStringLiteral("pdffonts"), {out});
        p.waitForFinished(30000);
        const QString fonts = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(fonts.contains(QStringLiteral("DejaVu")), qPrintable(fonts));
        const QStringList lines = fonts.split(QLatin1Char('\n')).mid(2);
        for (const QString &line : lines)
            if (line.contains(QStringLiteral("DejaVu")))
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // emb
    }

    void supervisorReport()
    {
        const QString out = m_dir.filePath(QStringLiteral("supervisors.csv"));
        const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("report"),
                           QStringLiteral("--supervisors"), QStringLiteral("--from"), QStringLiteral("2027-01-18"),
                           QStringLiteral("--to"), QStringLiteral("2027-01-31"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toInt(), 3);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("Nina Veileder")));
        QVERIFY(text.contains(QStringLiteral("2027-01-18")));
    }

    void ical()
    {
        const QString out = m_dir.filePath(QStringLiteral("nina.ics"));
        const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("ical"), QStringLiteral("--supervisor"),
                           QStringLiteral("Nina Veileder"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray b = f.readAll();
        QVERIFY(b.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(b.count("BEGIN:VEVENT"), 2);
        QVERIFY(b.contains("DTSTART;VALUE=DATE:20270104"));
    }

    // Names with Æ, Ø and Å in any case, and a supervisor named with her site (and unit), on the command line.
    void norwegianNamesOnTheCommandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("events");
        QTest::newRow("site, any case") << QStringList{QStringLiteral("--site"),
                                                       QStringLiteral("HJEMMESYKEPLEIEN ÅSGÅRD")}
                                        << 1;
        QTest::newRow("supervisor / site")
            << QStringList{QStringLiteral("--supervisor"), QStringLiteral("STINE ØDEGÅRD / hjemmesykepleien åsgård")}
            << 1;
        QTest::newRow("supervisor / site / unit")
            << QStringList{QStringLiteral("--supervisor"),
                           QStringLiteral("stine ødegård / Solbakken sykehjem / avdeling 2")}
            << 2;
    }
    void norwegianNamesOnTheCommandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, events);
        const QString db = m_dir.filePath(QStringLiteral("norsk.praksisplan"));
        if (!QFile::exists(db)) {
            auto plan = PlanFile::open(db);
            QVERIFY(plan.ok());
            test::buildReportPlan(*plan.value());
            // two supervisors share a name: Nina of Solbakken becomes Stine Ødegård, and so does Ola of site 2
            test::runSql(*plan.value(),
                         QStringLiteral("UPDATE sites SET name = 'Hjemmesykepleien Åsgård' WHERE id = 2"));
            test::runSql(*plan.value(),
                         QStringLiteral("UPDATE supervisors SET given_name = 'Stine', family_name = 'Ødegård'"));
        }
        static int run = 0; // a file of its own for every call: the CLI does not overwrite without --force
        const QString out = m_dir.filePath(QStringLiteral("norsk-%1.ics").arg(++run));
        const Run r = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("ical")} +
                          args + QStringList{QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("events")).toInt(), events);
        // the name alone is shared: the message says how to name one, and that form works (above)
        const Run shared = cli({QStringLiteral("--db"), db, QStringLiteral("ical"), QStringLiteral("--supervisor"),
                                QStringLiteral("Stine Ødegård"), QStringLiteral("-o"),
                                m_dir.filePath(QStringLiteral("shared-%1.ics").arg(run))});
        QVERIFY(shared.exitCode != 0);
        QVERIFY2(shared.err.contains(QStringLiteral("name / site")), qPrintable(shared.err));
    }

    void wrongCalls_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString o = QStringLiteral("-o");
        const QString f = QStringLiteral("x.csv");
        QTest::newRow("no school") << QStringList{QStringLiteral("report"), QStringLiteral("--period"),
                                                  QStringLiteral("Vår 2027"), o, f}
                                   << 2;
        QTest::newRow("period and dates") << QStringList{QStringLiteral("report"),
                                                         QStringLiteral("--school"),
                                                         QStringLiteral("Høgskolen A"),
                                                         QStringLiteral("--period"),
                                                         QStringLiteral("Vår 2027"),
                                                         QStringLiteral("--from"),
                                                         QStringLiteral("2027-01-01"),
                                                         QStringLiteral("--to"),
                                                         QStringLiteral("2027-01-31"),
                                                         o,
                                                         f}
                                          << 2;
        QTest::newRow("bad format") << QStringList{QStringLiteral("report"),
                                                   QStringLiteral("--school"),
                                                   QStringLiteral("Høgskolen A"),
                                                   QStringLiteral("--period"),
                                                   QStringLiteral("Vår 2027"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("docx"),
                                                   o,
                                                   f}
                                    << 2;
        QTest::newRow("bad date") << QStringList{QStringLiteral("report"),
                                                 QStringLiteral("--school"),
                                                 QStringLiteral("Høgskolen A"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("31.02.2027"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("2027-03-01"),
                                                 o,
                                                 f}
                                  << 2;
        QTest::newRow("unknown school") << QStringList{QStringLiteral("report"),
                                                       QStringLiteral("--school"),
                                                       QStringLiteral("Ukjent"),
                                                       QStringLiteral("--period"),
                                                       QStringLiteral("Vår 2027"),
                                                       o,
                                                       f}
                                        << 1;
        QTest::newRow("dates reversed") << QStringList{QStringLiteral("report"),
                                                       QStringLiteral("--school"),
                                                       QStringLiteral("Høgskolen A"),
                                                       QStringLiteral("--from"),
                                                       QStringLiteral("2027-03-01"),
                                                       QStringLiteral("--to"),
                                                       QStringLiteral("2027-01-01"),
                                                       o,
                                                       f}
                                        << 3;
        QTest::newRow("ical without target") << QStringList{QStringLiteral("ical"), o, QStringLiteral("x.ics")} << 2;
    }
    void wrongCalls()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QDir::setCurrent(m_dir.path());
        const Run r = cli(QStringList{QStringLiteral("--db"), m_db} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
