#include "CliRunner.h"
#include "PdfText.h"
#include "PlacementSeed.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;
using praksis::test::CliRunner;

class TestCliChecklist : public QObject
{
    Q_OBJECT

private:
    // A plan with three placements in "Høst 2026": two at Solgløtt, one at Fjordtun. Created without checklists,
    // as an older plan could be: the command makes them.
    QString makePlan(const CliRunner &cli, qint64 *first)
    {
        const QString path = cli.filePath(u"plan.praksisplan"_s);
        auto opened = PlanFile::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        PlanFile &plan = *opened.value();
        *first = test::seedPlacement(plan);
        test::PlacementSeed b;
        b.givenName = u"Øystein"_s;
        b.familyName = u"Aasen"_s;
        test::seedPlacement(plan, b);
        test::PlacementSeed c;
        c.givenName = u"Ærle"_s;
        c.familyName = u"Berg"_s;
        c.site = u"Fjordtun helsehus"_s;
        c.unit = u""_s;
        test::seedPlacement(plan, c);
        return path;
    }

private slots:
    void onePlacement()
    {
        CliRunner cli;
        qint64 id = 0;
        const QString plan = makePlan(cli, &id);
        const QString pdf = cli.filePath(u"åse.pdf"_s);
        const auto r = cli.run({u"--db"_s, plan, u"checklist"_s, u"--placement"_s, QString::number(id), u"-o"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString text = test::pdfPages(pdf).join(QLatin1Char(' '));
        QVERIFY(text.contains(u"Åse Ødegård"_s));
        QVERIFY(text.contains(u"Solgløtt sykehjem"_s));
        QVERIFY(text.contains(u"Bjørn Ærlig"_s));
        QVERIFY(text.contains(u"Taushetserklæring signert"_s));
        QVERIFY(!text.contains(u"Øystein"_s));
        // the checklist was made in the plan, once
        auto opened = PlanFile::open(plan);
        QVERIFY(opened);
        const int items = test::scalar(*opened.value(), u"SELECT count(*) FROM checklist_items"_s).toInt();
        QVERIFY(items > 20);
        opened.value().reset();
        // an existing file is not overwritten without --force
        const auto refused =
            cli.run({u"--db"_s, plan, u"checklist"_s, u"--placement"_s, QString::number(id), u"-o"_s, pdf});
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.describe()));
        QCOMPARE(cli.run({u"--db"_s, plan, u"checklist"_s, u"--placement"_s, QString::number(id), u"-o"_s, pdf,
                          u"--force"_s})
                     .exitCode,
                 0);
        auto again = PlanFile::open(plan);
        QCOMPARE(test::scalar(*again.value(), u"SELECT count(*) FROM checklist_items"_s).toInt(), items);
    }

    void periodAndSite_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("period") << QStringList{u"--period"_s, u"høst 2026"_s}
                                << QStringList{u"Hei, Åse!"_s, u"Hei, Øystein!"_s, u"Hei, Ærle!"_s} << QStringList{};
        QTest::newRow("site by name") << QStringList{u"--period"_s, u"Høst 2026"_s, u"--site"_s, u"Solgløtt sykehjem"_s}
                                      << QStringList{u"Hei, Åse!"_s, u"Hei, Øystein!"_s}
                                      << QStringList{u"Hei, Ærle!"_s};
        QTest::newRow("site by name / unit")
            << QStringList{u"--period"_s, u"Høst 2026"_s, u"--site"_s, u"Solgløtt sykehjem / Avdeling Bjørk"_s}
            << QStringList{u"Hei, Åse!"_s} << QStringList{u"Hei, Ærle!"_s};
        QTest::newRow("other site") << QStringList{u"--period"_s, u"Høst 2026"_s, u"--site"_s, u"Fjordtun helsehus"_s}
                                    << QStringList{u"Hei, Ærle!"_s} << QStringList{u"Hei, Åse!"_s, u"Hei, Øystein!"_s};
    }

    void periodAndSite()
    {
        QFETCH(QStringList, filter);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        CliRunner cli;
        qint64 id = 0;
        const QString plan = makePlan(cli, &id);
        const QString pdf = cli.filePath(u"batch.pdf"_s);
        const auto r = cli.run(QStringList{u"--db"_s, plan, u"checklist"_s} + filter + QStringList{u"-o"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString text = test::pdfPages(pdf).join(QLatin1Char(' '));
        for (const QString &p : std::as_const(present))
            QVERIFY2(text.contains(p), qPrintable(p));
        for (const QString &a : std::as_const(absent))
            QVERIFY2(!text.contains(a), qPrintable(a));
    }

    void wrongInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown period") << QStringList{u"--period"_s, u"Vår 1999"_s, u"-o"_s, u"x.pdf"_s} << 3
                                        << u"Vår 1999"_s;
        QTest::newRow("unknown site") << QStringList{u"--period"_s, u"Høst 2026"_s, u"--site"_s,
                                                     u"Nowhere"_s,  u"-o"_s,        u"x.pdf"_s}
                                      << 3 << u"Nowhere"_s;
        QTest::newRow("unknown placement")
            << QStringList{u"--placement"_s, u"9999"_s, u"-o"_s, u"x.pdf"_s} << 3 << u"9999"_s;
        QTest::newRow("not a number") << QStringList{u"--placement"_s, u"abc"_s, u"-o"_s, u"x.pdf"_s} << 3 << u"abc"_s;
        QTest::newRow("no output") << QStringList{u"--placement"_s, u"1"_s} << 2 << u"-o"_s;
        QTest::newRow("both") << QStringList{u"--placement"_s, u"1"_s,  u"--period"_s,
                                             u"Høst 2026"_s,   u"-o"_s, u"x.pdf"_s}
                              << 2 << u"--placement"_s;
        QTest::newRow("neither") << QStringList{u"-o"_s, u"x.pdf"_s} << 2 << u"--period"_s;
    }

    void wrongInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        CliRunner cli;
        qint64 id = 0;
        const QString plan = makePlan(cli, &id);
        const auto r = cli.run(QStringList{u"--db"_s, plan, u"checklist"_s} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(cli.filePath(u"x.pdf"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliChecklist)
#include "tst_cli_checklist.moc"
