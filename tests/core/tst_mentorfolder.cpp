#include "PdfText.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "VerifyResult.h"
#include "documents/MentorFolder.h"
#include "storage/PlanSettings.h"

#include <QFile>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

// The printed mentor folder of a new hire: the schedule of her mentorship and the conversation guide, in the plan's
// document language, read back with pdftotext. Documents need fonts: QTEST_MAIN with a QGuiApplication.
class TestMentorFolder : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        test::TempPlan t;
        test::SmallPlan small{t.plan()};
        qint64 hire = 0;
        qint64 mentorship = 0;
    };

    static void exec(PlanFile &plan, const QString &sql, const QVariantList &bindings = {})
    {
        auto q = plan.exec(sql, bindings);
        QVERIFY2(q, qPrintable(q ? QString() : q.error().message));
    }

    // Hire Siri Ødegård at Solbakken from 2027-01-04, probation to 2027-07-03, mentored by Anne Hansen from the
    // same day; conversations 1-3 planned, the first held; a guide of two topics.
    void prepare(Fixture &f, bool withMentor = true)
    {
        PlanFile &plan = f.t.plan();
        QVERIFY(PlanSettings(plan).setValue(PlanSettings::organisationName, u"Trondheim kommune – Helse og velferd"_s));
        exec(plan,
             u"INSERT INTO hires (site_id, given_name, family_name, profession, position, start_date, "
             "probation_end) VALUES (?, 'Siri', 'Ødegård', 'sykepleier', 'fast', '2027-01-04', '2027-07-03')"_s,
             {f.small.solbakken});
        f.hire = test::scalar(plan, u"SELECT max(id) FROM hires"_s).toLongLong();
        if (withMentor) {
            exec(plan,
                 u"INSERT INTO mentorships (hire_id, mentor_supervisor_id, start_date, months) "
                 "VALUES (?, ?, '2027-01-04', 12)"_s,
                 {f.hire, f.small.anne});
            f.mentorship = test::scalar(plan, u"SELECT max(id) FROM mentorships"_s).toLongLong();
            exec(plan,
                 u"INSERT INTO mentor_conversations (mentorship_id, number, planned_date, held_date) VALUES "
                 "(?, 1, '2027-01-04', '2027-01-05'), (?, 2, '2027-01-11', NULL), "
                 "(?, 3, '2027-01-18', NULL)"_s,
                 {f.mentorship, f.mentorship, f.mentorship});
        }
        exec(plan, u"DELETE FROM guide_topics"_s);
        exec(plan, u"INSERT INTO guide_topics (id, position, title_nb, title_nn, title_en) VALUES "
                   "(901, 1, 'Hverdagens utfordringer', 'Kvardagens utfordringar', 'Everyday challenges'), "
                   "(902, 2, 'De første vaktene', '', 'The first shifts')"_s);
        exec(plan, u"INSERT INTO guide_questions (topic_id, position, text_nb, text_nn, text_en) VALUES "
                   "(901, 1, 'Hva har vært krevende denne uka?', 'Kva har vore krevjande denne veka?', "
                   "'What was hard this week?'), "
                   "(902, 1, 'Hvordan gikk nattevakten?', '', 'How did the night shift go?')"_s);
    }

private slots:
    void folderHasScheduleAndGuide_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("page");
        QTest::newRow("nb") << u"nb"_s
                            << QStringList{u"Mentormappe"_s,
                                           u"Prøvetid slutter"_s,
                                           u"03.07.2027"_s,
                                           u"Anne Hansen"_s,
                                           u"04.01.2027 – 03.01.2028 (12 måneder)"_s,
                                           u"man. 11.01.2027"_s,
                                           u"uke 2"_s,
                                           u"05.01.2027"_s,
                                           u"Samtaleguide"_s,
                                           u"Hverdagens utfordringer"_s,
                                           u"Hva har vært krevende denne uka?"_s,
                                           u"De første vaktene"_s}
                            << u"Side 1 av 2"_s;
        QTest::newRow("nn") << u"nn"_s
                            << QStringList{u"Mentormappe"_s, u"Kvardagens utfordringar"_s,
                                           u"Kva har vore krevjande denne veka?"_s,
                                           // no Nynorsk text: Bokmål
                                           u"De første vaktene"_s, u"Hvordan gikk nattevakten?"_s, u"(12 månader)"_s,
                                           u"veke 3"_s}
                            << u"Side 1 av 2"_s;
        QTest::newRow("en") << u"en"_s << QStringList{u"Mentor folder"_s,       u"Probation ends"_s,
                                                      u"Everyday challenges"_s, u"What was hard this week?"_s,
                                                      u"The first shifts"_s,    u"(12 months)"_s,
                                                      u"Mon 11.01.2027"_s,      u"week 2"_s}
                            << u"Page 1 of 2"_s;
    }

    void folderHasScheduleAndGuide()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QString, page);
        Fixture f;
        prepare(f);
        // the plan's document language decides
        QVERIFY(PlanSettings(f.t.plan()).setValue(PlanSettings::documentLanguage, language));
        const QString pdf = f.t.dir() + u"/mentor æøå.pdf"_s;
        MentorFolderOptions options;
        options.printDate = QDate(2026, 12, 20);
        auto pages = MentorFolder::writePdf(f.t.plan(), f.hire, pdf, options);
        QVERIFY_RESULT(pages);
        QCOMPARE(pages.value(), 2);
        QCOMPARE(QFile(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QStringList text = test::pdfPages(pdf);
        QCOMPARE(text.size(), 2);
        const QString all = text.join(u' ');
        QVERIFY2(text.first().startsWith(u"Trondheim kommune – Helse og velferd"_s), qPrintable(text.first().left(80)));
        for (const QString &e : std::as_const(expected))
            QVERIFY2(all.contains(e), qPrintable(e + u" not in: "_s + all));
        for (const QString &e : {u"Siri Ødegård"_s, u"Solbakken sykehjem, Avdeling 2"_s, u"04.01.2027"_s,
                                 u"18.01.2027"_s, u"20.12.2026"_s})
            QVERIFY2(all.contains(e), qPrintable(e + u" not in: "_s + all));
        QVERIFY2(text.first().contains(page), qPrintable(text.first()));
        // the schedule on page 1 in order, the guide on page 2
        const QString first = text.first();
        QVERIFY(first.indexOf(u"04.01.2027"_s) < first.indexOf(u"11.01.2027"_s));
        QVERIFY(first.indexOf(u"11.01.2027"_s) < first.indexOf(u"18.01.2027"_s));
        if (const QString dir = qEnvironmentVariable("PRAKSIS_SHOTS"); !dir.isEmpty())
            QFile::copy(pdf, dir + u"/mentor-folder-"_s + language + u".pdf"_s);
        QVERIFY(
            !first.contains(expected.contains(u"Everyday challenges"_s) ? u"Everyday challenges"_s : u"utfordring"_s));
    }

    void heldConversationIsTicked()
    {
        // the held date stands in the row of the conversation that was held, and only there
        Fixture f;
        prepare(f);
        QVERIFY(PlanSettings(f.t.plan()).setValue(PlanSettings::documentLanguage, u"en"_s));
        const QString pdf = f.t.dir() + u"/held.pdf"_s;
        QVERIFY_RESULT(MentorFolder::writePdf(f.t.plan(), f.hire, pdf));
        QString page = test::pdfPages(pdf).value(0);
        QVERIFY2(page.contains(u"1 Mon 04.01.2027 week 1 1 05.01.2027"_s), qPrintable(page));
        QVERIFY2(page.contains(u"2 Mon 11.01.2027 week 2 1 3"_s), qPrintable(page));
        exec(f.t.plan(), u"UPDATE mentor_conversations SET held_date = '2027-01-12' WHERE number = 2"_s);
        QVERIFY_RESULT(MentorFolder::writePdf(f.t.plan(), f.hire, pdf));
        page = test::pdfPages(pdf).value(0);
        QVERIFY2(page.contains(u"2 Mon 11.01.2027 week 2 1 12.01.2027"_s), qPrintable(page));
    }

    void longScheduleGoesOnOverThePage()
    {
        // a 24-month mentorship has 29 conversations: the table goes on on the next page under its header again,
        // and every conversation is there once, in order; the guide follows on a page of its own
        Fixture f;
        prepare(f);
        PlanFile &plan = f.t.plan();
        QVERIFY(PlanSettings(plan).setValue(PlanSettings::documentLanguage, u"en"_s));
        exec(plan, u"UPDATE mentorships SET months = 24"_s);
        for (int n = 4; n <= 29; ++n)
            exec(plan, u"INSERT INTO mentor_conversations (mentorship_id, number, planned_date) VALUES (?, ?, ?)"_s,
                 {f.mentorship, n, QDate(2027, 2, 1).addDays(14 * (n - 4)).toString(Qt::ISODate)});
        const QString pdf = f.t.dir() + u"/long.pdf"_s;
        auto pages = MentorFolder::writePdf(plan, f.hire, pdf);
        QVERIFY_RESULT(pages);
        QCOMPARE(pages.value(), 3);
        const QStringList text = test::pdfPages(pdf);
        QCOMPARE(text.size(), 3);
        QVERIFY2(text.at(1).contains(u"Conversations (continued) No. Planned Week Month Held on"_s),
                 qPrintable(text.at(1)));
        QVERIFY(text.at(2).contains(u"Conversation guide"_s));
        const QString schedule = text.at(0) + u' ' + text.at(1);
        int at = 0;
        for (int n = 4; n <= 29; ++n) {
            const QString date = QDate(2027, 2, 1).addDays(14 * (n - 4)).toString(u"dd.MM.yyyy"_s);
            const int next =
                int(schedule.indexOf(u' ' + QString::number(n) + u' ' +
                                     QLocale(QLocale::English).dayName(1, QLocale::ShortFormat) + u' ' + date));
            QVERIFY2(next > at, qPrintable(date));
            QCOMPARE(schedule.count(date), 1);
            at = next;
        }
        if (const QString dir = qEnvironmentVariable("PRAKSIS_SHOTS"); !dir.isEmpty())
            QFile::copy(pdf, dir + u"/mentor-folder-long.pdf"_s);
    }

    void hireWithoutMentor()
    {
        Fixture f;
        prepare(f, false);
        QVERIFY(PlanSettings(f.t.plan()).setValue(PlanSettings::documentLanguage, u"nb"_s));
        const QString pdf = f.t.dir() + u"/alone.pdf"_s;
        QVERIFY_RESULT(MentorFolder::writePdf(f.t.plan(), f.hire, pdf));
        const QString all = test::pdfPages(pdf).join(u' ');
        QVERIFY2(all.contains(u"Ikke tildelt ennå"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Hverdagens utfordringer"_s), qPrintable(all));
        QVERIFY(!all.contains(u"Planlagt"_s));
    }

    void unknownHireLeavesNoFile()
    {
        Fixture f;
        const QString pdf = f.t.dir() + u"/none.pdf"_s;
        auto r = MentorFolder::writePdf(f.t.plan(), 4711, pdf);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(pdf));
    }

    void suggestedFileName()
    {
        Fixture f;
        prepare(f);
        QCOMPARE(MentorFolder::suggestedFileName(f.t.plan(), f.hire, u"nb"_s), u"Mentormappe Siri Ødegård.pdf"_s);
        QCOMPARE(MentorFolder::suggestedFileName(f.t.plan(), f.hire, u"en"_s), u"Mentor folder Siri Ødegård.pdf"_s);
    }
};

QTEST_MAIN(TestMentorFolder)
#include "tst_mentorfolder.moc"
