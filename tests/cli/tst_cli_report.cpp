#include "ReportFixture.h"
#include "TestSupport.h"
#include "storage/PlanFile.h"
#include "storage/PlanSettings.h"

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
        const QString out = m_dir.filePath(QStringLiteral("norsk.ics"));
        const Run r = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("ical")} +
                          args + QStringList{QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("events")).toInt(), events);
        // the name alone is shared: the message says how to name one, and that form works (above)
        const Run shared = cli({QStringLiteral("--db"), db, QStringLiteral("ical"), QStringLiteral("--supervisor"),
                                QStringLiteral("Stine Ødegård"), QStringLiteral("-o"), out});
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
