#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

    void unknownCommandInBokmal()
    {
        const QString out = runWith(QStringLiteral("nb_NO.UTF-8"), {QStringLiteral("frobnicate")});
        QVERIFY2(out.contains(QStringLiteral("Ukjent kommando «frobnicate»")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Kommandoer:")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
