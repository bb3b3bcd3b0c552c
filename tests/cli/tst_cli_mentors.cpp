#include "CliRunner.h"
#include "ResultAssert.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "recruitment/HireRepository.h"
#include "recruitment/MentorRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

// The mentor programme through the real praksisplan-cli: an overdue mentor conversation is a finding of `check`.
class TestCliMentors : public QObject
{
    Q_OBJECT

    test::CliRunner m_cli;
    QString m_db;
    qint64 m_hire = 0;
    qint64 m_mentorship = 0;

private slots:
    void initTestCase()
    {
        m_db = m_cli.filePath(u"plan.praksisplan"_s);
        auto plan = PlanFile::open(m_db);
        PRAKSIS_VERIFY_OK(plan);
        test::SmallPlan w(*plan.value());
        Hire h;
        h.siteId = w.solbakken;
        h.givenName = u"Åse"_s;
        h.familyName = u"Ødegård"_s;
        h.position = HirePosition::Fast;
        h.start = QDate(2020, 8, 3); // long ago: every conversation is in the past, whatever today is
        auto hire = HireRepository(*plan.value()).insert(h);
        PRAKSIS_VERIFY_OK(hire);
        m_hire = hire.value();
        Mentorship m;
        m.hireId = m_hire;
        m.mentorSupervisorId = w.anne;
        m.start = h.start;
        auto mentorship = MentorRepository(*plan.value()).assign(m);
        PRAKSIS_VERIFY_OK(mentorship);
        m_mentorship = mentorship.value();
        // all but the last two held
        auto conversations = MentorRepository(*plan.value()).conversations(m_mentorship);
        PRAKSIS_VERIFY_OK(conversations);
        QCOMPARE(conversations->size(), 17);
        for (int i = 0; i < 15; ++i)
            PRAKSIS_VERIFY_OK(
                MentorRepository(*plan.value()).hold(conversations->at(i).id, conversations->at(i).plannedDate));
    }

    void overdueInCheck()
    {
        auto r = m_cli.run({u"--db"_s, m_db, u"check"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(all.size(), 2);
        const QJsonObject first = all.at(0).toObject();
        QCOMPARE(first.value(u"rule"_s).toInt(), 6);
        QCOMPARE(first.value(u"kind"_s).toString(), u"conversationOverdue"_s);
        QCOMPARE(first.value(u"severity"_s).toString(), u"warning"_s);
        QCOMPARE(first.value(u"hireId"_s).toInteger(), m_hire);
        // conversation 16: 3 August 2020 + 10 months = 3 June 2021, a Thursday
        QCOMPARE(first.value(u"from"_s).toString(), u"2021-06-03"_s);
        QCOMPARE(first.value(u"message"_s).toString(),
                 u"Mentor conversation 16 of Åse Ødegård (mentor Anne Hansen) at Solbakken sykehjem, Avdeling 2 was "
                 u"planned for 03.06.2021 and has not been held."_s);
        // conversation 17: 3 July 2021 is a Saturday
        QCOMPARE(all.at(1).toObject().value(u"from"_s).toString(), u"2021-07-05"_s);

        r = m_cli.run({u"--db"_s, m_db, u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.startsWith(u"warning: rule 6: Mentor conversation 16 of Åse Ødegård"_s));
        // in Bokmål
        m_cli.setEnvironmentVariable(u"LC_ALL"_s, u"nb_NO.UTF-8"_s);
        r = m_cli.run({u"--db"_s, m_db, u"check"_s});
        m_cli.setEnvironmentVariable(u"LC_ALL"_s, u"C.UTF-8"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(u"Mentorsamtale 16 med Åse Ødegård (mentor Anne Hansen)"_s), qPrintable(r.out));
    }

    // held, or after the mentorship ended early, or after she left: no finding
    void notOverdue()
    {
        {
            auto plan = PlanFile::open(m_db, PlanFile::OpenMode::OpenExisting);
            PRAKSIS_VERIFY_OK(plan);
            MentorRepository mentors(*plan.value());
            Mentorship m = mentors.get(m_mentorship).value();
            m.endedOn = QDate(2021, 6, 30); // conversation 17 (5 July) is after the end
            PRAKSIS_VERIFY_OK(mentors.update(m));
        }
        auto r = m_cli.run({u"--db"_s, m_db, u"check"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        {
            auto plan = PlanFile::open(m_db, PlanFile::OpenMode::OpenExisting);
            PRAKSIS_VERIFY_OK(plan);
            HireRepository hires(*plan.value());
            Hire h = hires.get(m_hire).value();
            h.end = QDate(2021, 4, 30); // she left before conversation 16
            h.endReason = EndReason::Flytting;
            PRAKSIS_VERIFY_OK(hires.update(h));
        }
        r = m_cli.run({u"--db"_s, m_db, u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out.trimmed(), u"No conflicts."_s);
        // a period's check is about placements only
        r = m_cli.run({u"--db"_s, m_db, u"check"_s, u"--period"_s, u"Høst 2026"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliMentors)
#include "tst_cli_mentors.moc"
