#include "PlanningFixture.h"
#include "TestSupport.h"
#include "planning/ConflictChecker.h"

#include <QTest>

using namespace praksis;

// One small plan: period Vår (05.01.–27.02.2026, sykehjem and hjemmetjeneste eligible, Hjemme takes 1 in Vår) and
// period Høst (02.02.–27.03.2026, sykehjem only). Sites A (sykehjem, 2), B (sykehjem, 1), H (hjemmetjeneste, 3).
// Supervisors a1 (A, max 1), a2 (A, max 2, away 19.–23.01.2026), b1 (B, max 2), h1 (H, max 2).
class TestConflicts : public QObject
{
    Q_OBJECT

    struct World
    {
        test::TempPlan t;
        QHash<QString, qint64> ids;
    };

    static void build(World &w)
    {
        test::PlanningFixture f(w.t.plan());
        const qint64 school = f.school(QStringLiteral("OsloMet"));
        const qint64 prog = f.programme(school, QStringLiteral("Sykepleie"));
        w.ids[QStringLiteral("A")] = f.site(QStringLiteral("Solbakken"), QStringLiteral("sykehjem"), 2);
        w.ids[QStringLiteral("B")] = f.site(QStringLiteral("Fjordheim"), QStringLiteral("sykehjem"), 1);
        w.ids[QStringLiteral("H")] = f.site(QStringLiteral("Hjemme"), QStringLiteral("hjemmetjeneste"), 3);
        w.ids[QStringLiteral("a1")] = f.supervisor(w.ids[QStringLiteral("A")], QStringLiteral("Anne"), 1);
        w.ids[QStringLiteral("a2")] = f.supervisor(w.ids[QStringLiteral("A")], QStringLiteral("Berit"), 2);
        w.ids[QStringLiteral("b1")] = f.supervisor(w.ids[QStringLiteral("B")], QStringLiteral("Cecilie"), 2);
        w.ids[QStringLiteral("h1")] = f.supervisor(w.ids[QStringLiteral("H")], QStringLiteral("Dina"), 2);
        f.absence(w.ids[QStringLiteral("a2")], QStringLiteral("2026-01-19"), QStringLiteral("2026-01-23"));
        w.ids[QStringLiteral("P")] =
            f.period(QStringLiteral("Vår"), QStringLiteral("2026-01-05"), QStringLiteral("2026-02-27"),
                     {QStringLiteral("sykehjem"), QStringLiteral("hjemmetjeneste")}, {prog});
        w.ids[QStringLiteral("Q")] = f.period(QStringLiteral("Høst"), QStringLiteral("2026-02-02"),
                                              QStringLiteral("2026-03-27"), {QStringLiteral("sykehjem")}, {prog});
        f.capacity(w.ids[QStringLiteral("P")], w.ids[QStringLiteral("H")], 1);
        const QStringList names{QStringLiteral("Kari"), QStringLiteral("Lise"), QStringLiteral("Mona")};
        for (int i = 0; i < names.size(); ++i)
            w.ids[QStringLiteral("s%1").arg(i + 1)] = f.student(school, prog, QString::number(100 + i), names[i]);
    }

    // "s1 A a2 P 2026-01-05 2026-01-30 [cancelled]"; "-" for no supervisor
    static QList<qint64> place(World &w, const QStringList &specs)
    {
        test::PlanningFixture f(w.t.plan());
        QList<qint64> out;
        for (const QString &spec : specs) {
            const QStringList p = spec.split(QLatin1Char(' '));
            out << f.placement(w.ids.value(p[0]), w.ids.value(p[1]), w.ids.value(p[2]), w.ids.value(p[3]), p[4], p[5],
                               p.value(6, QStringLiteral("planned")));
        }
        return out;
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QStringList>("placements");
        QTest::addColumn<QString>("expectedRule"); // empty: no conflict
        QTest::addColumn<QList<int>>("involved");  // indexes into placements
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("mentions"); // words the message must contain

        QTest::newRow("no conflict") << QStringList{QStringLiteral("s1 A a1 P 2026-01-05 2026-02-27"),
                                                    QStringLiteral("s2 B b1 P 2026-01-05 2026-02-27")}
                                     << QString() << QList<int>{} << QString() << QString() << QStringList{};
        QTest::newRow("student double-booked")
            << QStringList{QStringLiteral("s1 A - P 2026-01-05 2026-01-30"),
                           QStringLiteral("s1 B - P 2026-01-26 2026-02-27")}
            << QStringLiteral("studentDoubleBooked") << QList<int>{0, 1} << QStringLiteral("2026-01-26")
            << QStringLiteral("2026-01-30")
            << QStringList{QStringLiteral("Kari"), QStringLiteral("Solbakken"), QStringLiteral("Fjordheim")};
        QTest::newRow("double booking with a cancelled placement")
            << QStringList{QStringLiteral("s1 A - P 2026-01-05 2026-01-30"),
                           QStringLiteral("s1 B - P 2026-01-26 2026-02-27 cancelled")}
            << QString() << QList<int>{} << QString() << QString() << QStringList{};
        QTest::newRow("site over capacity")
            << QStringList{QStringLiteral("s1 B - P 2026-01-05 2026-02-27"),
                           QStringLiteral("s2 B - P 2026-02-02 2026-02-27")}
            << QStringLiteral("siteOverCapacity") << QList<int>{0, 1} << QStringLiteral("2026-02-02")
            << QStringLiteral("2026-02-27")
            << QStringList{QStringLiteral("Fjordheim"), QStringLiteral("Kari"), QStringLiteral("Lise")};
        QTest::newRow("back to back is not over capacity")
            << QStringList{QStringLiteral("s1 B - P 2026-01-05 2026-01-15"), // (a start on a working day: a
                           QStringLiteral("s2 B - P 2026-01-16 2026-02-27")} // weekend start is a warning)
            << QString() << QList<int>{} << QString() << QString() << QStringList{};
        QTest::newRow("cancelled placements do not count")
            << QStringList{QStringLiteral("s1 B - P 2026-01-05 2026-02-27"),
                           QStringLiteral("s2 B - P 2026-01-05 2026-02-27 cancelled")}
            << QString() << QList<int>{} << QString() << QString() << QStringList{};
        QTest::newRow("capacity override of the period")
            << QStringList{QStringLiteral("s1 H h1 P 2026-01-05 2026-02-27"),
                           QStringLiteral("s2 H h1 P 2026-01-12 2026-01-16")}
            << QStringLiteral("siteOverCapacity") << QList<int>{0, 1} << QStringLiteral("2026-01-12")
            << QStringLiteral("2026-01-16") << QStringList{QStringLiteral("Hjemme")};
        QTest::newRow("over capacity across periods")
            << QStringList{QStringLiteral("s1 B - P 2026-02-02 2026-02-27"),
                           QStringLiteral("s2 B - Q 2026-02-16 2026-03-27")}
            << QStringLiteral("siteOverCapacity") << QList<int>{0, 1} << QStringLiteral("2026-02-16")
            << QStringLiteral("2026-02-27") << QStringList{QStringLiteral("Fjordheim")};
        QTest::newRow("supervisor over her maximum")
            << QStringList{QStringLiteral("s1 A a1 P 2026-01-05 2026-02-27"),
                           QStringLiteral("s2 A a1 P 2026-02-09 2026-02-13")}
            << QStringLiteral("supervisorOverloaded") << QList<int>{0, 1} << QStringLiteral("2026-02-09")
            << QStringLiteral("2026-02-13") << QStringList{QStringLiteral("Anne"), QStringLiteral("Lise")};
        QTest::newRow("supervisor absent")
            << QStringList{QStringLiteral("s1 A a2 P 2026-01-05 2026-02-27")} << QStringLiteral("supervisorAbsent")
            << QList<int>{0} << QStringLiteral("2026-01-19") << QStringLiteral("2026-01-23")
            << QStringList{QStringLiteral("Berit"), QStringLiteral("Kari"), QStringLiteral("19.01.2026")};
        QTest::newRow("supervisor back before the placement")
            << QStringList{QStringLiteral("s1 A a2 P 2026-01-26 2026-02-27")} << QString() << QList<int>{} << QString()
            << QString() << QStringList{};
        QTest::newRow("outside the period")
            << QStringList{QStringLiteral("s1 A - P 2026-01-02 2026-01-30")} << QStringLiteral("outsidePeriod")
            << QList<int>{0} << QStringLiteral("2026-01-02") << QStringLiteral("2026-01-30")
            << QStringList{QStringLiteral("Kari"), QStringLiteral("Vår")};
        QTest::newRow("site kind not eligible")
            << QStringList{QStringLiteral("s1 H - Q 2026-02-02 2026-03-27")} << QStringLiteral("siteKindNotEligible")
            << QList<int>{0} << QStringLiteral("2026-02-02") << QStringLiteral("2026-03-27")
            << QStringList{QStringLiteral("Hjemme"), QStringLiteral("Høst")};
    }

    void rules()
    {
        QFETCH(QStringList, placements);
        QFETCH(QString, expectedRule);
        QFETCH(QList<int>, involved);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, mentions);
        World w;
        build(w);
        const QList<qint64> ids = place(w, placements);
        auto conflicts = ConflictChecker(w.t.plan()).check();
        QVERIFY2(conflicts.ok(), qPrintable(conflicts.ok() ? QString() : conflicts.error().message));
        if (expectedRule.isEmpty()) {
            for (const Conflict &c : conflicts.value())
                qWarning() << c.message;
            QCOMPARE(conflicts->size(), 0);
            return;
        }
        QCOMPARE(conflicts->size(), 1);
        const Conflict c = conflicts->first();
        QCOMPARE(conflictRuleId(c.rule), expectedRule);
        QList<qint64> expectedIds;
        for (int i : involved)
            expectedIds << ids[i];
        QCOMPARE(c.placementIds, expectedIds);
        QCOMPARE(c.from, QDate::fromString(from, Qt::ISODate));
        QCOMPARE(c.to, QDate::fromString(to, Qt::ISODate));
        QCOMPARE(c.severity, Conflict::Severity::Error);
        for (const QString &word : mentions)
            QVERIFY2(c.message.contains(word), qPrintable(c.message + QStringLiteral(" lacks ") + word));
    }

    // A first day on a weekend or a public holiday: a warning with the next working day (which the welcome letter
    // would otherwise name without a word).
    void firstDayNotAWorkingDay_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("next"); // empty: a working day, no warning
        QTest::newRow("Saturday") << QStringLiteral("2026-01-10") << QStringLiteral("12.01.2026");
        QTest::newRow("Sunday") << QStringLiteral("2026-01-11") << QStringLiteral("12.01.2026");
        QTest::newRow("Constitution Day, a Monday") << QStringLiteral("2027-05-17") << QStringLiteral("18.05.2027");
        QTest::newRow("Maundy Thursday to after Easter")
            << QStringLiteral("2026-04-02") << QStringLiteral("07.04.2026");
        QTest::newRow("a Monday") << QStringLiteral("2026-01-12") << QString();
        QTest::newRow("the day after Easter Monday") << QStringLiteral("2026-04-07") << QString();
    }
    void firstDayNotAWorkingDay()
    {
        QFETCH(QString, start);
        QFETCH(QString, next);
        World w;
        build(w);
        const QDate first = QDate::fromString(start, Qt::ISODate);
        place(w, {QStringLiteral("s1 A - P %1 %2").arg(start, first.addDays(20).toString(Qt::ISODate))});
        auto conflicts = ConflictChecker(w.t.plan()).check();
        QVERIFY(conflicts.ok());
        QList<Conflict> found;
        for (const Conflict &c : conflicts.value())
            if (c.rule == Conflict::Rule::FirstDayNotWorkingDay)
                found << c;
        if (next.isEmpty()) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Conflict::Severity::Warning);
        QCOMPARE(found.first().from, first);
        QCOMPARE(conflictRuleId(found.first().rule), QStringLiteral("firstDayNotWorkingDay"));
        QCOMPARE(conflictRuleNumber(found.first().rule), 4);
        QVERIFY2(found.first().message.contains(next), qPrintable(found.first().message));
        QVERIFY2(found.first().message.contains(first.toString(QStringLiteral("dd.MM.yyyy"))),
                 qPrintable(found.first().message));
    }

    void periodFilter_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("count");
        QTest::newRow("whole plan") << QString() << 2;
        QTest::newRow("Vår") << QStringLiteral("P") << 1;
        QTest::newRow("Høst") << QStringLiteral("Q") << 1;
    }

    void periodFilter()
    {
        QFETCH(QString, period);
        QFETCH(int, count);
        World w;
        build(w);
        // B over capacity in Vår only; H not eligible in Høst only
        place(w, {QStringLiteral("s1 B - P 2026-01-05 2026-01-30"), QStringLiteral("s2 B - P 2026-01-05 2026-01-30"),
                  QStringLiteral("s3 H - Q 2026-03-02 2026-03-27")});
        auto conflicts = ConflictChecker(w.t.plan()).check(w.ids.value(period));
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), count);
        for (const Conflict &c : conflicts.value())
            if (!period.isEmpty())
                QCOMPARE(c.periodId, w.ids.value(period));
    }

    void unknownPeriod()
    {
        World w;
        build(w);
        auto conflicts = ConflictChecker(w.t.plan()).check(9999);
        QVERIFY(!conflicts.ok());
        QCOMPARE(conflicts.error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
