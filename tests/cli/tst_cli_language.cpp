#include "SmallPlan.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// praksisplan-cli speaks the language of the system locale: nb/no → Bokmål, nn → Nynorsk, anything else → English.
class TestCliLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // Runs the real CLI with LANG=lang and no other locale variable (ctest sets LC_ALL, which would win).
    QString runWith(const QString &lang, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), lang);
        // A fresh home, so that no language chosen in the settings of the person running the tests interferes.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PRAKSIS_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            return QStringLiteral("(timed out)");
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

    // SmallPlan with its period at 32.5 hours a week and Kari placed from a Saturday to a week past the period's
    // end: check has an error (outside the period) and a warning (the first day is not a working day).
    QString planWithConflicts()
    {
        const QString path = m_home.filePath(QStringLiteral("conflicts.praksisplan"));
        if (QFile::exists(path))
            return path;
        auto opened = praksis::PlanFile::open(path, praksis::PlanFile::OpenMode::OpenOrCreate);
        if (!opened)
            qFatal("plan: %s", qPrintable(opened.error().toString()));
        praksis::PlanFile &plan = *opened.value();
        const praksis::test::SmallPlan s(plan);
        praksis::test::scalar(plan, QStringLiteral("UPDATE periods SET hours_per_week = 32.5"));
        praksis::test::insert(plan,
                              QStringLiteral("INSERT INTO placements (student_id, site_id, supervisor_id, period_id,"
                                             " start_date, end_date, status) VALUES (?, ?, ?, ?, '2026-08-29',"
                                             " '2026-10-23', 'planned')"),
                              {s.kari, s.solbakken, s.anne, s.autumn});
        return path;
    }

private slots:
    void missingPlan_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("notExpected");
        QTest::newRow("bokmal") << QStringLiteral("nb_NO.UTF-8") << QStringLiteral("finnes ikke")
                                << QStringLiteral("does not exist");
        QTest::newRow("norsk (no)") << QStringLiteral("no_NO.UTF-8") << QStringLiteral("finnes ikke")
                                    << QStringLiteral("does not exist");
        QTest::newRow("nynorsk") << QStringLiteral("nn_NO.UTF-8") << QStringLiteral("finst ikkje")
                                 << QStringLiteral("does not exist");
        QTest::newRow("english") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("does not exist")
                                 << QStringLiteral("finnes ikke");
        QTest::newRow("other language") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("does not exist")
                                        << QStringLiteral("finnes ikke");
    }

    void missingPlan()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QFETCH(QString, notExpected);
        QVERIFY(m_home.isValid());
        const QString missing = m_home.filePath(QStringLiteral("nowhere/missing.praksisplan"));
        const QString out =
            runWith(lang, {QStringLiteral("--db"), missing, QStringLiteral("list"), QStringLiteral("students")});
        QVERIFY2(out.contains(expected), qPrintable(out));
        QVERIFY2(!out.contains(notExpected), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("missing.praksisplan")), qPrintable(out));
    }

    // check's text output names the severity in the interface language before the (translated) message; --json
    // keeps the identifiers
    void checkSeverityWords_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("warning");
        QTest::newRow("bokmal") << QStringLiteral("nb_NO.UTF-8") << QStringLiteral("feil: regel ")
                                << QStringLiteral("advarsel: regel ");
        QTest::newRow("nynorsk") << QStringLiteral("nn_NO.UTF-8") << QStringLiteral("feil: regel ")
                                 << QStringLiteral("åtvaring: regel ");
        QTest::newRow("english") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("error: rule ")
                                 << QStringLiteral("warning: rule ");
    }
    void checkSeverityWords()
    {
        QFETCH(QString, lang);
        QFETCH(QString, error);
        QFETCH(QString, warning);
        const QString db = planWithConflicts();
        const QString out = runWith(lang, {QStringLiteral("--db"), db, QStringLiteral("check")});
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(error); }),
                 qPrintable(out));
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(warning); }),
                 qPrintable(out));
        if (!lang.startsWith(QStringLiteral("en")))
            QVERIFY2(!out.contains(QStringLiteral("error:")) && !out.contains(QStringLiteral("warning:")),
                     qPrintable(out));
        const QString json =
            runWith(lang, {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("check")});
        QVERIFY2(json.contains(QStringLiteral("\"severity\": \"error\"")) &&
                     json.contains(QStringLiteral("\"severity\": \"warning\"")),
                 qPrintable(json));
    }

    // list's tables write numbers and dates the way the interface language does; --json keeps numbers and ISO
    void listNumbersAndDates_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QString>("start");
        QTest::newRow("bokmal") << QStringLiteral("nb_NO.UTF-8") << QStringLiteral("32,5")
                                << QStringLiteral("24.08.2026");
        QTest::newRow("nynorsk") << QStringLiteral("nn_NO.UTF-8") << QStringLiteral("32,5")
                                 << QStringLiteral("24.08.2026");
        QTest::newRow("english") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("32.5")
                                 << QStringLiteral("24.08.2026");
    }
    void listNumbersAndDates()
    {
        QFETCH(QString, lang);
        QFETCH(QString, hours);
        QFETCH(QString, start);
        const QString db = planWithConflicts();
        const QString periods =
            runWith(lang, {QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("periods")});
        QVERIFY2(periods.contains(hours) && periods.contains(start) && periods.contains(QStringLiteral("16.10.2026")),
                 qPrintable(periods));
        QVERIFY2(!periods.contains(QStringLiteral("2026-08-24")), qPrintable(periods));
        const QString placements =
            runWith(lang, {QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("placements")});
        QVERIFY2(placements.contains(QStringLiteral("29.08.2026")) && placements.contains(QStringLiteral("23.10.2026")),
                 qPrintable(placements));
        const QString json = runWith(lang, {QStringLiteral("--db"), db, QStringLiteral("--json"),
                                            QStringLiteral("list"), QStringLiteral("periods")});
        QVERIFY2(json.contains(QStringLiteral("\"hoursPerWeek\": 32.5")) &&
                     json.contains(QStringLiteral("\"start\": \"2026-08-24\"")),
                 qPrintable(json));
    }

    void unknownCommandInBokmal()
    {
        const QString out = runWith(QStringLiteral("nb_NO.UTF-8"), {QStringLiteral("frobnicate")});
        QVERIFY2(out.contains(QStringLiteral("Ukjent kommando «frobnicate»")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Kommandoer:")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
