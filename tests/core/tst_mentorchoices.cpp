#include "ResultAssert.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "model/Hire.h"
#include "model/Supervisor.h"
#include "recruitment/HireRepository.h"
#include "recruitment/MentorChoices.h"
#include "storage/SupervisorRepository.h"

#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

// The mentors the mentor form offers a new hire: the supervisors at her site, the other supervisors, the other
// hires, each group in Norwegian order (Æ, Ø, Å after Z).
class TestMentorChoices : public QObject
{
    Q_OBJECT

    static qint64 supervisor(PlanFile &plan, qint64 site, const QString &given, const QString &family)
    {
        Supervisor s;
        s.siteId = site;
        s.givenName = given;
        s.familyName = family;
        auto id = SupervisorRepository(plan).insert(s);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return id.value();
    }

    static Hire hire(PlanFile &plan, qint64 site, const QString &given, const QString &family)
    {
        Hire h;
        h.siteId = site;
        h.givenName = given;
        h.familyName = family;
        h.position = HirePosition::Fast;
        h.start = QDate(2027, 1, 4);
        auto id = HireRepository(plan).insert(h);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        h.id = id.value();
        return h;
    }

    // "atSite Anne Hansen, Solbakken sykehjem": what one choice says, for comparing lists
    static QStringList texts(const QList<MentorChoice> &choices)
    {
        QStringList out;
        for (const MentorChoice &c : choices) {
            const char *kind = c.kind == MentorChoice::Kind::SupervisorAtHerSite ? "atSite"
                               : c.kind == MentorChoice::Kind::Supervisor        ? "supervisor"
                                                                                 : "hire";
            out << u"%1 %2, %3"_s.arg(QLatin1String(kind), c.name, c.siteName);
        }
        return out;
    }

private slots:
    void forHire_data()
    {
        QTest::addColumn<bool>("atFjellheim"); // which of the two hires asks
        QTest::addColumn<QStringList>("expected");
        // SmallPlan: Anne Hansen at Solbakken sykehjem (unit Avdeling 2: the choice shows the name only), Per Olsen
        // at Fjellheim; here also Åse Lie and Ørjan Dahl at Fjellheim
        QTest::newRow("hire at Solbakken")
            << false
            << QStringList{u"atSite Anne Hansen, Solbakken sykehjem"_s, u"supervisor Per Olsen, Fjellheim"_s,
                           u"supervisor Ørjan Dahl, Fjellheim"_s, u"supervisor Åse Lie, Fjellheim"_s,
                           u"hire Tone Vik, Fjellheim"_s};
        QTest::newRow("hire at Fjellheim")
            << true
            << QStringList{u"atSite Per Olsen, Fjellheim"_s, u"atSite Ørjan Dahl, Fjellheim"_s,
                           u"atSite Åse Lie, Fjellheim"_s, u"supervisor Anne Hansen, Solbakken sykehjem"_s,
                           u"hire Siri Ødegård, Solbakken sykehjem"_s};
    }

    void forHire()
    {
        QFETCH(bool, atFjellheim);
        QFETCH(QStringList, expected);
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PlanFile &plan = t.plan();
        supervisor(plan, w.fjellheim, u"Åse"_s, u"Lie"_s);
        const qint64 orjan = supervisor(plan, w.fjellheim, u"Ørjan"_s, u"Dahl"_s);
        const Hire siri = hire(plan, w.solbakken, u"Siri"_s, u"Ødegård"_s);
        const Hire tone = hire(plan, w.fjellheim, u"Tone"_s, u"Vik"_s);
        const Hire &asking = atFjellheim ? tone : siri;
        auto choices = MentorChoices::forHire(plan, asking);
        PRAKSIS_VERIFY_OK(choices);
        QCOMPARE(texts(*choices), expected);
        // the ids are the supervisors' and the hires' own; she is not among the hires
        for (const MentorChoice &c : std::as_const(*choices)) {
            QVERIFY(c.isSupervisor() || c.id != asking.id);
            if (c.name == u"Ørjan Dahl"_s)
                QCOMPARE(c.id, orjan);
            if (!c.isSupervisor())
                QCOMPARE(c.id, (atFjellheim ? siri : tone).id);
        }
    }
};

QTEST_GUILESS_MAIN(TestMentorChoices)
#include "tst_mentorchoices.moc"
