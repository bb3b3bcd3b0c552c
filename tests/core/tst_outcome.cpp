#include "RecruitmentFixture.h"
#include "ReportFixture.h"
#include "TestSupport.h"
#include "recruitment/Outcome.h"
#include "storage/PlanFile.h"

#include <QTest>

using namespace praksis;

namespace {

// siteId, site, former, summer, post, here, new, mentored, eligible, stayed, left, mentored eligible, mentored stayed
OutcomeFigures line(qint64 siteId, const QString &site, std::initializer_list<int> figures)
{
    OutcomeFigures f;
    f.siteId = siteId;
    f.site = site;
    auto field = Outcome::fields().begin();
    for (int v : figures)
        f.*(field++)->member = v;
    return f;
}

QString describe(const OutcomeFigures &f)
{
    return QStringLiteral("%1 %2: former %3 summer %4 post %5 here %6 new %7 mentored %8 eligible %9 stayed %10 "
                          "left %11 m-eligible %12 m-stayed %13")
        .arg(QString::number(f.siteId), f.site)
        .arg(f.formerStudents)
        .arg(f.hiredSummer)
        .arg(f.hiredPost)
        .arg(f.hiredHere)
        .arg(f.newHires)
        .arg(f.mentored)
        .arg(f.eligible12Months)
        .arg(f.stayed12Months)
        .arg(f.leftInProbation)
        .arg(f.mentoredEligible12Months)
        .arg(f.mentoredStayed12Months);
}

void compareLines(const QList<OutcomeFigures> &actual, const QList<OutcomeFigures> &expected)
{
    QStringList a, e;
    for (const auto &f : actual)
        a << describe(f);
    for (const auto &f : expected)
        e << describe(f);
    QCOMPARE(a.join(QLatin1Char('\n')), e.join(QLatin1Char('\n')));
}

} // namespace

class TestOutcome : public QObject
{
    Q_OBJECT

private slots:
    // Each figure of the former students on the hand-made plan (RecruitmentFixture.h says why each is so).
    void formerStudents()
    {
        test::TempPlan t;
        test::buildFormerStudentsPlan(t.plan());
        auto r = Outcome::compute(t.plan(), QDate(2025, 1, 1), QDate(2025, 12, 31));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        compareLines(r.value(),
                     {line(2, QStringLiteral("Hjemmetjenesten, Nord"), {2, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0}),
                      line(3, QStringLiteral("Lia bo- og aktivitetssenter"), {1, 0, 1, 1, 2, 0, 0, 0, 1, 0, 0}),
                      line(1, QStringLiteral("Solbakken sykehjem / Avdeling 2"), {3, 2, 1, 1, 4, 1, 0, 0, 2, 0, 0}),
                      line(0, QString(), {5, 2, 3, 2, 6, 1, 0, 0, 3, 0, 0})});
        QVERIFY(r->constLast().wholePlan());
    }

    // A hire that starts on the day her last placement there ended is not later; one day after is.
    void laterMeansAfterTheLastPlacement()
    {
        test::TempPlan t;
        test::buildFormerStudentsPlan(t.plan());
        test::runSql(t.plan(), QStringLiteral("UPDATE hires SET start_date = '2025-06-14' WHERE id = 8"));
        auto r = Outcome::compute(t.plan(), QDate(2025, 1, 1), QDate(2025, 12, 31));
        QVERIFY(r.ok());
        QCOMPARE(r->at(1).site, QStringLiteral("Lia bo- og aktivitetssenter"));
        QCOMPARE(r->at(1).hiredSummer, 1);
        QCOMPARE(r->constLast().hiredSummer, 3);
        // Per's summer job started before his last placement at Solbakken ended; a range that ends before that
        // placement makes the first one his last such placement, and then the summer job is later
        auto early = Outcome::compute(t.plan(), QDate(2025, 1, 1), QDate(2025, 4, 30));
        QVERIFY(early.ok());
        const OutcomeFigures &solbakken = early->at(1);
        QCOMPARE(solbakken.siteId, 1);
        QCOMPARE(solbakken.formerStudents, 2); // Åse, Per (Lise's placement ends 31.12)
        QCOMPARE(solbakken.hiredSummer, 2);
        QCOMPARE(solbakken.hiredHere, 2);
    }

    // Cancelled placements make no former student; once not cancelled, Kari counts at Solbakken, and her
    // vikariat there (after that placement) is hired here and a post.
    void cancelledPlacementsDoNotCount()
    {
        test::TempPlan t;
        test::buildFormerStudentsPlan(t.plan());
        test::runSql(t.plan(), QStringLiteral("UPDATE placements SET status = 'completed' WHERE id = 4"));
        auto r = Outcome::compute(t.plan(), QDate(2025, 1, 1), QDate(2025, 12, 31));
        QVERIFY(r.ok());
        const OutcomeFigures &solbakken = r->at(2);
        QCOMPARE(solbakken.siteId, 1);
        QCOMPARE(solbakken.formerStudents, 4);
        QCOMPARE(solbakken.hiredPost, 2);
        QCOMPARE(solbakken.hiredHere, 2);
        QCOMPARE(r->constLast().formerStudents, 5); // Kari was already a former student (of site 2)
        QCOMPARE(r->constLast().hiredHere, 3);
    }

    // Only a confirmed link makes a hire a former student's: linking the second "Kari Lund" hire (at site 2,
    // after her placement there) makes her hired here at site 2.
    void onlyTheLinkCounts()
    {
        test::TempPlan t;
        test::buildFormerStudentsPlan(t.plan());
        test::runSql(t.plan(), QStringLiteral("UPDATE hires SET student_id = 3 WHERE id = 10"));
        auto r = Outcome::compute(t.plan(), QDate(2025, 1, 1), QDate(2025, 12, 31));
        QVERIFY(r.ok());
        QCOMPARE(r->at(0).siteId, 2);
        QCOMPARE(r->at(0).hiredHere, 1);
        QCOMPARE(r->constLast().hiredHere, 3);
        QCOMPARE(r->constLast().newHires, 5); // Kari's two hires are one person now
    }

    // New hires, mentored, stayed 12 months (leap day, the 12-month day itself, a day short), left in probation.
    void newHires()
    {
        test::TempPlan t;
        test::buildNewHiresPlan(t.plan());
        auto r = Outcome::compute(t.plan(), QDate(2024, 1, 1), QDate(2025, 6, 30));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        compareLines(r.value(), {line(1, QStringLiteral("A"), {0, 0, 0, 0, 6, 3, 5, 4, 0, 3, 3}),
                                 line(2, QStringLiteral("B"), {0, 0, 0, 0, 3, 1, 0, 0, 1, 0, 0}),
                                 line(0, QString(), {0, 0, 0, 0, 8, 4, 5, 4, 1, 3, 3})});
    }

    // The 12-month day must be on or before TO: a day earlier, N9 (30.06.2024) cannot have stayed yet.
    void eligibleOnlyWhenTwelveMonthsPassed()
    {
        test::TempPlan t;
        test::buildNewHiresPlan(t.plan());
        auto r = Outcome::compute(t.plan(), QDate(2024, 1, 1), QDate(2025, 6, 29));
        QVERIFY(r.ok());
        QCOMPARE(r->at(0).newHires, 6);
        QCOMPARE(r->at(0).eligible12Months, 4);
        QCOMPARE(r->at(0).stayed12Months, 3);
        QCOMPARE(r->at(0).mentoredStayed12Months, 2);
        QCOMPARE(r->at(1).newHires, 2); // N7 starts 30.06.2025
    }

    // A hire that ended after the probation end but before 12 months, and one still employed.
    void leftInProbationAndStayedAreDifferent_data()
    {
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("left");
        QTest::addColumn<int>("stayed");
        QTest::newRow("employed") << QString() << 0 << 1;
        QTest::newRow("on the probation end") << QStringLiteral("2024-07-15") << 1 << 0;
        QTest::newRow("a day after the probation end") << QStringLiteral("2024-07-16") << 0 << 0;
        QTest::newRow("the day before the 12-month day") << QStringLiteral("2025-01-14") << 0 << 0;
        QTest::newRow("the 12-month day") << QStringLiteral("2025-01-15") << 0 << 1;
    }
    void leftInProbationAndStayedAreDifferent()
    {
        QFETCH(QString, end);
        QFETCH(int, left);
        QFETCH(int, stayed);
        test::TempPlan t;
        test::buildNewHiresPlan(t.plan());
        test::runSql(t.plan(), QStringLiteral("DELETE FROM hires WHERE id <> 1"));
        test::runSql(t.plan(), QStringLiteral("UPDATE hires SET end_date = ? WHERE id = 1"),
                     {end.isEmpty() ? QVariant() : QVariant(end)});
        auto r = Outcome::compute(t.plan(), QDate(2024, 1, 1), QDate(2025, 6, 30));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 2);
        for (const OutcomeFigures &f : r.value()) {
            QCOMPARE(f.newHires, 1);
            QCOMPARE(f.leftInProbation, left);
            QCOMPARE(f.stayed12Months, stayed);
            QCOMPARE(f.eligible12Months, 1);
            QCOMPARE(f.mentoredStayed12Months, stayed);
        }
    }

    void emptyPlanHasTheWholePlanLine()
    {
        test::TempPlan t;
        auto r = Outcome::compute(t.plan(), QDate(2025, 1, 1), QDate(2025, 12, 31));
        QVERIFY(r.ok());
        compareLines(r.value(), {line(0, QString(), {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})});
    }

    void invalidRange()
    {
        test::TempPlan t;
        QVERIFY(!Outcome::compute(t.plan(), QDate(2025, 2, 1), QDate(2025, 1, 1)).ok());
        QVERIFY(!Outcome::compute(t.plan(), QDate(), QDate(2025, 1, 1)).ok());
        QCOMPARE(Outcome::compute(t.plan(), QDate(2025, 1, 1), QDate()).error().kind, Error::Kind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestOutcome)
#include "tst_outcome.moc"
