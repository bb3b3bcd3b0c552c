#include "PdfText.h"
#include "PlacementSeed.h"
#include "TestSupport.h"
#include "VerifyResult.h"
#include "documents/WelcomeLetter.h"
#include "storage/PlanSettings.h"
#include "welcome/Checklists.h"
#include "welcome/SiteWelcome.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace praksis;
using namespace Qt::StringLiterals;

// Documents need fonts, so this core test runs with a QGuiApplication (QTEST_MAIN without widgets).
class TestWelcomeLetter : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        test::TempPlan t;
        test::PlacementSeed seed;
        qint64 placement = 0;
    };

    void prepare(Fixture &f)
    {
        PlanSettings settings(f.t.plan());
        QVERIFY(settings.setValue(PlanSettings::organisationName, u"Bergen kommune – Helse og omsorg"_s));
        f.placement = test::seedPlacement(f.t.plan(), f.seed);
        SiteWelcome details;
        details.siteId = test::siteId(f.t.plan(), f.seed.site);
        details.arrivalTime = u"9.30"_s;
        details.meetingPlace = u"Resepsjonen i første etasje, spør etter Bjørn"_s;
        details.note = u"Parkering er gratis bak bygget."_s;
        QVERIFY_RESULT(SiteWelcomes::save(f.t.plan(), details));
        QVERIFY_RESULT(Checklists::create(f.t.plan(), {f.placement}));
    }

private slots:
    void singleLetterHasEverything_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("supervisorLabel");
        QTest::addColumn<QString>("firstDay");
        QTest::addColumn<QString>("page");
        QTest::newRow("nb") << u"nb"_s << u"Velkommen til praksis ved Solgløtt sykehjem"_s << u"Praksisveileder"_s
                            << u"mandag 17.08.2026 kl. 09.30"_s << u"Side 1 av"_s;
        QTest::newRow("nn") << u"nn"_s << u"Velkomen til praksis ved Solgløtt sykehjem"_s << u"Praksisrettleiar"_s
                            << u"måndag 17.08.2026 kl. 09.30"_s << u"Side 1 av"_s;
        QTest::newRow("en") << u"en"_s << u"Welcome to your placement at Solgløtt sykehjem"_s << u"Supervisor"_s
                            << u"Monday 17.08.2026 at 09:30"_s << u"Page 1 of"_s;
    }

    void singleLetterHasEverything()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, supervisorLabel);
        QFETCH(QString, firstDay);
        QFETCH(QString, page);
        Fixture f;
        prepare(f);
        // the plan's document language decides, not the interface's
        QVERIFY(PlanSettings(f.t.plan()).setValue(PlanSettings::documentLanguage, language));
        const auto items = Checklists::forPlacement(f.t.plan(), f.placement).value();
        QVERIFY(Checklists::tick(f.t.plan(), items.first().id, u"Kari Nærø"_s,
                                 QDateTime(QDate(2026, 8, 3), QTime(12, 0), QTimeZone(7200))));

        const QString pdf = f.t.dir() + u"/velkomst æøå.pdf"_s;
        WelcomeLetterOptions options;
        options.printDate = QDate(2026, 7, 1);
        auto pages = WelcomeLetter::writePdf(f.t.plan(), {f.placement}, pdf, options);
        QVERIFY_RESULT(pages);
        QVERIFY(pages.value() >= 2);
        const QStringList text = test::pdfPages(pdf);
        QCOMPARE(text.size(), pages.value());
        const QString all = text.join(QLatin1Char(' '));

        QVERIFY2(text.first().startsWith(u"Bergen kommune – Helse og omsorg"_s), qPrintable(text.first().left(80)));
        for (const QString &expected :
             {title, supervisorLabel, firstDay, u"Åse Ødegård"_s, u"Solgløtt sykehjem, Avdeling Bjørk"_s,
              u"Skogveien 12, 5003 Bergen"_s, u"Bjørn Ærlig"_s, u"Kari Nærø"_s, u"Høgskolen på Vestlandet"_s,
              u"Resepsjonen i første etasje, spør etter Bjørn"_s, u"Parkering er gratis bak bygget."_s,
              u"17.08.2026 – 09.10.2026"_s, u"01.07.2026"_s, u"03.08.2026"_s})
            QVERIFY2(all.contains(expected), qPrintable(expected));
        QVERIFY2(text.first().contains(page + u" "_s + QString::number(pages.value())), qPrintable(text.first()));
        // the letter is page 1; the checklist starts on page 2
        QVERIFY(!text.first().contains(items.first().text.in(language)));
        // every item with its due date, in the plan's language, section titles too
        for (const ChecklistItem &i : items) {
            const QString line = i.text.in(language).simplified();
            QVERIFY2(all.contains(line), qPrintable(line));
            QVERIFY2(all.contains(i.section.in(language)), qPrintable(i.section.in(language)));
            const qsizetype at = all.indexOf(line);
            QVERIFY2(all.mid(at + line.size(), 60).contains(i.dueDate.toString(u"dd.MM.yyyy"_s)), qPrintable(line));
        }
        if (language == u"nn"_s) {
            QVERIFY(all.contains(u"Teieplikterklæring signert"_s));
            QVERIFY(!all.contains(u"Taushetserklæring"_s));
        }
        // the fonts are embedded
        QProcess fonts;
        fonts.start(u"pdffonts"_s, {pdf});
        QVERIFY(fonts.waitForFinished());
        const QStringList rows = QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n')).mid(2);
        for (const QString &row : rows)
            if (!row.trimmed().isEmpty())
                QVERIFY2(row.contains(u" yes "_s), qPrintable(row));
    }

    // What pdfinfo (poppler) reads as the document's title, and what the letter says of a site without a contact
    // person; names with "fi" and "ff" come out of pdftotext as letters, not ligature glyphs.
    void titleContactAndLigatures()
    {
        Fixture f;
        f.seed.givenName = u"Sofie"_s;
        f.seed.familyName = u"Kristoffersen"_s;
        prepare(f);
        QVERIFY(f.t->exec(u"UPDATE sites SET contact_person = ''"_s).ok()); // a site without a contact person
        const QString pdf = f.t.dir() + u"/brev.pdf"_s;
        QVERIFY_RESULT(WelcomeLetter::writePdf(f.t.plan(), {f.placement}, pdf, {}));
        QProcess info;
        info.start(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, pdf});
        QVERIFY(info.waitForFinished(30000));
        const QString meta = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(meta.contains(QRegularExpression(u"^Title: +Velkomstbrev – Sofie Kristoffersen$"_s,
                                                  QRegularExpression::MultilineOption)),
                 qPrintable(meta));
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(u"Sofie Kristoffersen"_s), qPrintable(text.left(400)));
        for (const QChar ligature : {QChar(0xFB00), QChar(0xFB01), QChar(0xFB02), QChar(0xFB03), QChar(0xFB04)})
            QVERIFY(!text.contains(ligature));
        // the contact person's line: the site's phone, not the site's name as a person
        const QString all = test::pdfPages(pdf).join(QLatin1Char(' '));
        QVERIFY2(all.contains(u"Kontaktperson tlf. 55 56 57 58"_s), qPrintable(all));
    }

    void batchPutsEachPlacementOnNewPages()
    {
        Fixture f;
        prepare(f);
        test::PlacementSeed second = f.seed;
        second.givenName = u"Øystein"_s;
        second.familyName = u"Aasen"_s;
        const qint64 b = test::seedPlacement(f.t.plan(), second);
        test::PlacementSeed third = f.seed;
        third.givenName = u"Ærle"_s;
        third.familyName = u"Berg"_s;
        third.site = u"Fjordtun helsehus"_s;
        third.supervisor.clear();
        const qint64 c = test::seedPlacement(f.t.plan(), third);
        test::PlacementSeed cancelled = f.seed;
        cancelled.givenName = u"Trine"_s;
        cancelled.status = u"cancelled"_s;
        test::seedPlacement(f.t.plan(), cancelled);
        QVERIFY_RESULT(Checklists::create(f.t.plan(), {b, c}));

        const qint64 period = test::scalar(f.t.plan(), u"SELECT id FROM periods"_s).toLongLong();
        auto all = WelcomeLetter::placementsOf(f.t.plan(), period);
        QVERIFY_RESULT(all);
        // by site, then family name in Norwegian order, where "Aasen" is alphabetised as "Åsen", after "Ødegård";
        // the cancelled one is left out
        QCOMPARE(all.value(), (QList<qint64>{c, f.placement, b}));
        auto atSite = WelcomeLetter::placementsOf(f.t.plan(), period, test::siteId(f.t.plan(), f.seed.site));
        QCOMPARE(atSite.value(), (QList<qint64>{f.placement, b}));
        // the sites those placements are at, each once
        auto sites = WelcomeLetter::sitesOf(f.t.plan(), period);
        QVERIFY_RESULT(sites);
        QList<qint64> expectedSites;
        for (qint64 p : all.value()) {
            const qint64 site =
                test::scalar(f.t.plan(), u"SELECT site_id FROM placements WHERE id = ?"_s, {p}).toLongLong();
            if (!expectedSites.contains(site))
                expectedSites << site;
        }
        QList<qint64> got = sites.value();
        std::sort(got.begin(), got.end());
        std::sort(expectedSites.begin(), expectedSites.end());
        QCOMPARE(got, expectedSites);
        QCOMPARE(got.size(), 2);

        const QString pdf = f.t.dir() + u"/batch.pdf"_s;
        QList<int> progress;
        WelcomeLetterOptions options;
        options.progress = [&](int done, int total) {
            progress << done;
            return total == 3;
        };
        auto pages = WelcomeLetter::writePdf(f.t.plan(), all.value(), pdf, options);
        QVERIFY_RESULT(pages);
        QCOMPARE(progress, (QList<int>{1, 2, 3}));
        const QStringList text = test::pdfPages(pdf);
        QCOMPARE(text.size(), pages.value());
        // each placement starts on a page of its own with its letter, in order
        QList<int> letterPages;
        for (int i = 0; i < text.size(); ++i)
            if (text[i].contains(u"Velkommen til praksis"_s))
                letterPages << i;
        QCOMPARE(letterPages.size(), 3);
        QVERIFY(text[letterPages[0]].contains(u"Hei, Ærle!"_s));
        QVERIFY(text[letterPages[1]].contains(u"Hei, Åse!"_s));
        QVERIFY(text[letterPages[2]].contains(u"Hei, Øystein!"_s));
        // page numbers count per placement
        for (int k = 0; k < 3; ++k)
            QVERIFY2(text[letterPages[k]].contains(u"Side 1 av"_s), qPrintable(text[letterPages[k]].right(60)));
        // no supervisor yet: the letter says so
        QVERIFY(text[letterPages[0]].contains(u"Ikke avklart ennå"_s));
        // a site without details: the default arrival time and the address as the meeting place
        QVERIFY(text[letterPages[0]].contains(u"kl. 10.00"_s));
    }

    void cancelLeavesNoFile()
    {
        Fixture f;
        prepare(f);
        test::PlacementSeed second = f.seed;
        second.givenName = u"Per"_s;
        const qint64 b = test::seedPlacement(f.t.plan(), second);
        const QString pdf = f.t.dir() + u"/cancelled.pdf"_s;
        WelcomeLetterOptions options;
        options.progress = [](int done, int) { return done < 1; };
        auto r = WelcomeLetter::writePdf(f.t.plan(), {f.placement, b}, pdf, options);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QVERIFY(!QFile::exists(pdf));
    }

    void unknownPlacementWritesNothing()
    {
        Fixture f;
        prepare(f);
        const QString pdf = f.t.dir() + u"/missing.pdf"_s;
        auto r = WelcomeLetter::writePdf(f.t.plan(), {f.placement, 424242}, pdf);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(r.error().message.contains(u"424242"_s));
        QVERIFY(!QFile::exists(pdf));
        auto none = WelcomeLetter::writePdf(f.t.plan(), {}, pdf);
        QVERIFY(!none);
        QVERIFY(!QFile::exists(pdf));
    }

    void siteWelcomeIsValidatedAndUndoable()
    {
        Fixture f;
        prepare(f);
        const qint64 site = test::siteId(f.t.plan(), f.seed.site);
        SiteWelcome bad{site, u"25:99"_s, {}, {}};
        auto r = SiteWelcomes::save(f.t.plan(), bad);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        const SiteWelcome before = SiteWelcomes::load(f.t.plan(), site).value();
        QCOMPARE(before.arrivalTime, u"09:30"_s);
        auto old = SiteWelcomes::save(f.t.plan(), SiteWelcome{site, u"08:15"_s, u"Hovedinngangen"_s, {}});
        QVERIFY_RESULT(old);
        QCOMPARE(old.value(), before);
        QCOMPARE(SiteWelcomes::load(f.t.plan(), site)->meetingPlace, u"Hovedinngangen"_s);
        QVERIFY_RESULT(SiteWelcomes::save(f.t.plan(), old.value()));
        QCOMPARE(SiteWelcomes::load(f.t.plan(), site).value(), before);
    }
};

QTEST_MAIN(TestWelcomeLetter)
#include "tst_welcomeletter.moc"
