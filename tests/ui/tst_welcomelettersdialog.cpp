#include "PlacementSeed.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "dialogs/WelcomeLettersDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

// Welcome letters in batch: the placements of a period (optionally one site) into one PDF.
class TestWelcomeLettersDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanSession> m_session;
    QStringList m_errors;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors << text; };
        m_session = std::make_unique<PlanSession>();
        QVERIFY(m_session->open(m_dir.filePath(u"letters.praksisplan"_s), PlanFile::OpenMode::OpenOrCreate));
        test::PlacementSeed a;
        test::seedPlacement(m_session->plan(), a);
        test::PlacementSeed b;
        b.givenName = u"Øystein"_s;
        b.familyName = u"Aasen"_s;
        b.site = u"Fjordtun omsorgssenter"_s;
        test::seedPlacement(m_session->plan(), b);
        test::PlacementSeed other; // another period: not printed
        other.givenName = u"Nils"_s;
        other.period = u"Vår 2027"_s;
        other.start = QDate(2027, 1, 11);
        other.end = QDate(2027, 3, 5);
        test::seedPlacement(m_session->plan(), other);
    }

    void cleanupTestCase() { m_session.reset(); }

    void periodAndSiteChooseThePlacements()
    {
        WelcomeLettersDialog dialog(*m_session);
        auto *period = dialog.findChild<QComboBox *>(u"lettersPeriod"_s);
        auto *site = dialog.findChild<QComboBox *>(u"lettersSite"_s);
        period->setCurrentIndex(period->findText(u"Høst 2026"_s));
        QCOMPARE(dialog.placements().size(), 2);
        QVERIFY(dialog.findChild<QLabel *>(u"lettersCount"_s)->text().contains(u"2"_s));
        // "All sites" and the two sites of the period
        QCOMPARE(site->count(), 3);
        site->setCurrentIndex(site->findText(u"Fjordtun omsorgssenter"_s, Qt::MatchStartsWith));
        QCOMPARE(dialog.placements().size(), 1);
        period->setCurrentIndex(period->findText(u"Vår 2027"_s));
        QCOMPARE(dialog.placements().size(), 1);
        QCOMPARE(site->count(), 2);
    }

    void writesOnePdf()
    {
        WelcomeLettersDialog dialog(*m_session);
        auto *period = dialog.findChild<QComboBox *>(u"lettersPeriod"_s);
        period->setCurrentIndex(period->findText(u"Høst 2026"_s));
        const QString path = m_dir.filePath(u"velkomst høst.pdf"_s);
        auto pages = dialog.writePdf(path);
        QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
        QVERIFY(pages.value() >= 2); // each placement starts on a new page
        QVERIFY(QFileInfo(path).size() > 0);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY(p.waitForFinished());
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(u"Åse Ødegård"_s));
        QVERIFY(text.contains(u"Øystein Aasen"_s));
        QVERIFY(!text.contains(u"Nils"_s));
        QVERIFY(m_errors.isEmpty());
    }
};

QTEST_MAIN(TestWelcomeLettersDialog)
#include "tst_welcomelettersdialog.moc"
