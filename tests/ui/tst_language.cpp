#include "MainWindow.h"
#include "Prompts.h"
#include "i18n/Language.h"

#include <QAction>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;

// The main window speaks the installed interface language: Bokmål, Nynorsk or English.
class TestLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_errors; // error prompts shown (Prompts::errorHook): none is expected here

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors << text; };
    }

    void init() { m_errors.clear(); }
    void cleanup()
    {
        QVERIFY2(m_errors.isEmpty(), qPrintable(QStringLiteral("unexpected error prompt: ") + m_errors.join(u'\n')));
    }

    void cleanupTestCase() { Language::install(QStringLiteral("en")); }

    void mainWindowTexts_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("newPlan");
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("supervisorsPage");
        QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("&Ny plan…") << QStringLiteral("Inn&stillinger…")
                            << QStringLiteral("Praksisveiledere");
        QTest::newRow("nn") << QStringLiteral("nn") << QStringLiteral("&Ny plan…") << QStringLiteral("Inn&stillingar…")
                            << QStringLiteral("Praksisrettleiarar");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&New plan…") << QStringLiteral("&Settings…")
                            << QStringLiteral("Supervisors");
    }

    void mainWindowTexts()
    {
        QFETCH(QString, code);
        QFETCH(QString, newPlan);
        QFETCH(QString, settings);
        QFETCH(QString, supervisorsPage);

        Language::install(code);
        QCOMPARE(Language::installed(), code);
        const QString path = m_dir.filePath(code + QStringLiteral(".praksisplan"));
        MainWindow window;
        QVERIFY(window.openPlan(path, PlanFile::OpenMode::OpenOrCreate));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *newAction = window.findChild<QAction *>(QStringLiteral("actionNewPlan"));
        QVERIFY(newAction);
        QCOMPARE(newAction->text(), newPlan);
        auto *settingsAction = window.findChild<QAction *>(QStringLiteral("actionSettings"));
        QVERIFY(settingsAction);
        QCOMPARE(settingsAction->text(), settings);
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QStringList pages;
        for (int i = 0; i < sidebar->count(); ++i)
            pages << sidebar->item(i)->text();
        QVERIFY2(pages.contains(supervisorsPage), qPrintable(pages.join(u", ")));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
