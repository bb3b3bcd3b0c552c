#include "ReportFixture.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "documents/PlacementCalendar.h"
#include "documents/ReportExport.h"
#include "documents/Reports.h"
#include "followup/FollowUp.h"
#include "io/CsvReader.h"
#include "io/ICalendarWriter.h"
#include "io/XlsxWriter.h"
#include "model/KindLabels.h"
#include "model/Kinds.h"
#include "storage/PlanFile.h"
#include "storage/PlanSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace praksis;

namespace {

QString runPython(const QString &script, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("python: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void schoolReportRows_data()
    {
        QTest::addColumn<bool>("byPeriod");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("students");
        QTest::newRow("period") << true << QDate() << QDate()
                                << QStringList{QStringLiteral("Per Berg"), QStringLiteral("Åse Ødegård")};
        QTest::newRow("range overlapping both")
            << false << QDate(2027, 1, 20) << QDate(2027, 1, 25)
            << QStringList{QStringLiteral("Per Berg"), QStringLiteral("Åse Ødegård")};
        QTest::newRow("range before the second")
            << false << QDate(2027, 1, 1) << QDate(2027, 1, 8) << QStringList{QStringLiteral("Åse Ødegård")};
        QTest::newRow("range outside") << false << QDate(2027, 2, 1) << QDate(2027, 3, 1) << QStringList{};
    }
    void schoolReportRows()
    {
        QFETCH(bool, byPeriod);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, students);
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        auto r = Reports::schoolReport(t.plan(), SchoolReportQuery{1, byPeriod ? 1 : 0, from, to});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const ReportTable &table = r.value();
        QCOMPARE(table.columnCount(), int(Reports::SchoolColumnCount));
        QStringList names;
        for (const QVariantList &row : table.rows) {
            names << row.at(Reports::StudentName).toString();
            QVERIFY(row.at(Reports::StudentNumber).toString().startsWith(QLatin1String("A-"))); // never school B
        }
        QCOMPARE(names, students); // sorted by family name
        QVERIFY(table.subtitle.contains(QStringLiteral("Høgskolen A")));
    }

    void schoolReportFigures()
    {
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        auto r = Reports::schoolReport(t.plan(), SchoolReportQuery{1, 1, {}, {}});
        QVERIFY(r.ok());
        const ReportTable &table = r.value();
        QCOMPARE(table.rows.size(), 2);
        const QVariantList &berg = table.rows.at(0);
        const QVariantList &ase = table.rows.at(1);
        // Åse: 4 weeks, 20 working days × 6 h = 120 h, 12 h absent = 10 %, 2 meetings / 1 held, 1 of 4 items
        QCOMPARE(ase.at(Reports::Weeks).toInt(), 4);
        QCOMPARE(ase.at(Reports::PlannedHours).toDouble(), 120.0);
        QCOMPARE(ase.at(Reports::AbsenceHours).toDouble(), 12.0);
        QCOMPARE(ase.at(Reports::AbsencePercent).toDouble(), 10.0);
        QCOMPARE(ase.at(Reports::MeetingsPlanned).toInt(), 2);
        QCOMPARE(ase.at(Reports::MeetingsHeld).toInt(), 1);
        QCOMPARE(ase.at(Reports::ChecklistDone).toDouble(), 25.0);
        QCOMPARE(ase.at(Reports::Start).toDate(), QDate(2027, 1, 4));
        QCOMPARE(ase.at(Reports::End).toDate(), QDate(2027, 1, 29));
        QCOMPARE(ase.at(Reports::Site).toString(), QStringLiteral("Solbakken sykehjem"));
        QCOMPARE(ase.at(Reports::Unit).toString(), QStringLiteral("Avdeling 2"));
        QCOMPARE(ase.at(Reports::Supervisor).toString(), QStringLiteral("Nina Veileder"));
        QCOMPARE(ase.at(Reports::Cohort).toInt(), 2025);
        // Per: two weeks, 10 working days = 60 h, no absence, no checklist
        QCOMPARE(berg.at(Reports::Weeks).toInt(), 2);
        QCOMPARE(berg.at(Reports::PlannedHours).toDouble(), 60.0);
        QCOMPARE(berg.at(Reports::AbsencePercent).toDouble(), 0.0);
        QVERIFY(berg.at(Reports::ChecklistDone).isNull());
        // totals: 6 weeks, 180 h, 12 h = 6.67 % (exact: each format rounds as it shows it)
        QCOMPARE(table.totals.at(Reports::Weeks).toInt(), 6);
        QCOMPARE(table.totals.at(Reports::PlannedHours).toDouble(), 180.0);
        QCOMPARE(table.totals.at(Reports::AbsenceHours).toDouble(), 12.0);
        QCOMPARE(table.totals.at(Reports::AbsencePercent).toDouble(), 12.0 * 100.0 / 180.0);
        QCOMPARE(table.totals.at(Reports::MeetingsPlanned).toInt(), 2);
        QVERIFY(table.totals.at(Reports::StudentName).toString().contains(QLatin1Char('2')));
    }

    void plannedHoursSkipHolidays()
    {
        // Easter 2027: Maundy Thursday 25 March, Good Friday 26 March, Easter Monday 29 March
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        test::runSql(t.plan(),
                     QStringLiteral("UPDATE placements SET start_date = '2027-03-22', end_date = '2027-04-02' "
                                    "WHERE id = 2"));
        test::runSql(t.plan(), QStringLiteral("UPDATE periods SET end_date = '2027-04-30' WHERE id = 1"));
        auto r = Reports::schoolReport(t.plan(), SchoolReportQuery{1, 1, {}, {}});
        QVERIFY(r.ok());
        // 10 weekdays minus 3 holidays = 7 working days × 6 h
        QCOMPARE(r->rows.at(0).at(Reports::PlannedHours).toDouble(), 42.0);
    }

    void cancelledListedNotCounted()
    {
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        test::runSql(t.plan(), QStringLiteral("UPDATE placements SET status = 'cancelled' WHERE id = 2"));
        auto r = Reports::schoolReport(t.plan(), SchoolReportQuery{1, 1, {}, {}});
        QVERIFY(r.ok());
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(r->totals.at(Reports::Weeks).toInt(), 4);
        QCOMPARE(r->totals.at(Reports::PlannedHours).toDouble(), 120.0);
    }

    // The absence percentage is follow-up's (FollowUp::absencePercent on the exact hours), so the report, the
    // overview's alerts and `check` never disagree.
    // The expected percentages are worked out by hand: Per's placement (2) runs 11.–22. January 2027, 10 working
    // days × 6 h = 60 planned hours.
    void absenceAsFollowUp_data()
    {
        QTest::addColumn<double>("hours"); // recorded on Per's placement (2), 60 planned hours
        QTest::addColumn<double>("percent");
        QTest::newRow("none") << 0.0 << 0.0;
        QTest::newRow("a third of an hour") << 0.35 << 0.35 / 60.0 * 100.0; // 0.583… % (exact, not rounded)
        QTest::newRow("exactly 10 %") << 6.0 << 10.0;
        QTest::newRow("above 20 %") << 12.5 << 12.5 / 60.0 * 100.0; // 20.833… %
    }
    void absenceAsFollowUp()
    {
        QFETCH(double, hours);
        QFETCH(double, percent);
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        if (hours > 0)
            test::runSql(t.plan(),
                         QStringLiteral("INSERT INTO absences (placement_id, date, hours) VALUES (2, '2027-01-12', ?)"),
                         {hours});
        auto r = Reports::schoolReport(t.plan(), SchoolReportQuery{1, 1, {}, {}});
        QVERIFY(r.ok());
        const QVariantList &per = r->rows.at(0);
        QCOMPARE(per.at(Reports::StudentNumber).toString(), QStringLiteral("A-2"));
        auto followUp = FollowUp::absence(t.plan(), 2);
        QVERIFY(followUp.ok());
        QCOMPARE(per.at(Reports::PlannedHours).toDouble(), followUp->plannedHours);
        QCOMPARE(per.at(Reports::AbsencePercent).toDouble(), followUp->percent);
        QCOMPARE(per.at(Reports::AbsencePercent).toDouble() + 1.0, hours * 100.0 / 60.0 + 1.0); // exact, not rounded
        QCOMPARE(per.at(Reports::PlannedHours).toDouble(), 60.0);
        QCOMPARE(per.at(Reports::AbsencePercent).toDouble() + 1.0, percent + 1.0);
    }

    // A placement with no working day (a weekend) has 0 planned hours: with no absence it shows 0 %, not 100 %,
    // and adds nothing to the totals (Åse's 120 h, 12 h absent = 10 %).
    void noPlannedHoursIsNoAbsence()
    {
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        test::runSql(t.plan(),
                     QStringLiteral("UPDATE placements SET start_date = '2027-01-09', end_date = '2027-01-10' "
                                    "WHERE id = 2"));
        auto r = Reports::schoolReport(t.plan(), SchoolReportQuery{1, 1, {}, {}});
        QVERIFY(r.ok());
        const QVariantList &per = r->rows.at(0);
        QCOMPARE(per.at(Reports::StudentNumber).toString(), QStringLiteral("A-2"));
        QCOMPARE(per.at(Reports::PlannedHours).toDouble(), 0.0);
        QCOMPARE(per.at(Reports::AbsencePercent).toDouble(), 0.0);
        QCOMPARE(r->totals.at(Reports::PlannedHours).toDouble(), 120.0);
        QCOMPARE(r->totals.at(Reports::AbsencePercent).toDouble(), 10.0);
    }

    // Reports are documents: their words follow the plan's document language, not the interface's.
    void documentLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("status");
        QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("Rapport per utdanningsinstitusjon")
                            << QStringLiteral("Bekreftet");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("School report") << QStringLiteral("Confirmed");
    }
    void documentLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, status);
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        QVERIFY(PlanSettings(t.plan()).setValue(PlanSettings::documentLanguage, language).ok());
        auto r = Reports::schoolReport(t.plan(), SchoolReportQuery{1, 1, {}, {}});
        QVERIFY(r.ok());
        QCOMPARE(r->language, language);
        QCOMPARE(r->title, title);
        QCOMPARE(r->rows.at(1).at(Reports::Status).toString(), status); // Åse: confirmed
        // an explicit language wins over the plan's
        const QString other = language == QStringLiteral("en") ? QStringLiteral("nn") : QStringLiteral("en");
        auto o = Reports::schoolReport(t.plan(), SchoolReportQuery{1, 1, {}, {}, other});
        QVERIFY(o.ok());
        QVERIFY(o->title != title);
        // the calendar's words too
        auto c = PlacementCalendar::forSite(t.plan(), 1);
        QVERIFY(c.ok());
        QCOMPARE(c->events.at(0).summary.startsWith(QStringLiteral("Placement:")), language == QStringLiteral("en"));
        QVERIFY(c->events.at(0).description.contains(status) ||
                c->events.at(1).description.contains(status)); // both are confirmed
    }

    void supervisorReport()
    {
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        auto r = Reports::supervisorReport(t.plan(), SupervisorReportQuery{QDate(2027, 1, 18), QDate(2027, 1, 31), 0});
        QVERIFY(r.ok());
        const ReportTable &table = r.value();
        QCOMPARE(table.rows.size(), 3);
        // by supervisor family name: Hjelper, then Veileder (Kari Skolebsen, Åse Ødegård by start, then name)
        QCOMPARE(table.rows.at(0).at(Reports::SupervisorName).toString(), QStringLiteral("Ola Hjelper"));
        QCOMPARE(table.rows.at(0).at(Reports::From).toDate(), QDate(2027, 1, 18)); // cut to the range
        QCOMPARE(table.rows.at(0).at(Reports::To).toDate(), QDate(2027, 1, 22));
        QCOMPARE(table.rows.at(0).at(Reports::SupervisedWeeks).toInt(), 1);
        QCOMPARE(table.rows.at(1).at(Reports::SupervisorName).toString(), QStringLiteral("Nina Veileder"));
        QCOMPARE(table.rows.at(1).at(Reports::SupervisedWeeks).toInt(), 2);
        QCOMPARE(table.rows.at(1).at(Reports::To).toDate(), QDate(2027, 1, 29));
        QCOMPARE(table.totals.at(Reports::SupervisedWeeks).toInt(), 5);
        QVERIFY(table.totals.at(Reports::SupervisorName).toString().contains(QLatin1Char('2')));

        // one school's students only
        auto a = Reports::supervisorReport(t.plan(), SupervisorReportQuery{QDate(2027, 1, 1), QDate(2027, 1, 31), 2});
        QVERIFY(a.ok());
        QCOMPARE(a->rows.size(), 1);
        QCOMPARE(a->rows.at(0).at(Reports::SupervisedStudent).toString(), QStringLiteral("Kari Skolebsen"));
    }

    // The pay-week rule, against a count made day by day: a week is counted on the placement's first day in it
    // (its start, or a Monday), in whichever part of a split holds that day.
    void supervisorWeeksAddUpOverAnySplit()
    {
        const auto bruteForce = [](QDate start, QDate end, QDate from, QDate to) {
            int n = 0;
            for (QDate d = start; d <= end; d = d.addDays(1))
                if ((d == start || d.dayOfWeek() == Qt::Monday) && d >= from && d <= to)
                    ++n;
            return n;
        };
        const auto touched = [](QDate start, QDate end) { // the ISO weeks a placement touches, by their numbers
            QSet<QPair<int, int>> weeks;
            for (QDate d = start; d <= end; d = d.addDays(1)) {
                int year = 0;
                const int week = d.weekNumber(&year);
                weeks.insert({year, week});
            }
            return int(weeks.size());
        };
        // the case of the issue: 20.12.2026 … 03.01.2027 is three weeks, whole or split at the new year
        QCOMPARE(Reports::weeksWithin(QDate(2026, 12, 20), QDate(2027, 1, 3), QDate(2026, 12, 1), QDate(2027, 1, 31)),
                 3);
        QCOMPARE(
            Reports::weeksWithin(QDate(2026, 12, 20), QDate(2027, 1, 3), QDate(2026, 12, 1), QDate(2026, 12, 31)) +
                Reports::weeksWithin(QDate(2026, 12, 20), QDate(2027, 1, 3), QDate(2027, 1, 1), QDate(2027, 1, 31)),
            3);
        QRandomGenerator random(19); // fixed seed: the same cases on every run
        const QDate origin(2025, 11, 1);
        for (int i = 0; i < 3000; ++i) {
            const QDate start = origin.addDays(random.bounded(500));
            const QDate end = start.addDays(random.bounded(120));
            const QDate from = start.addDays(random.bounded(-40, 20));
            const QDate to = end.addDays(random.bounded(-20, 40));
            if (to < from)
                continue;
            const int whole = Reports::weeksWithin(start, end, from, to);
            QCOMPARE(whole, bruteForce(start, end, from, to));
            if (from <= start && to >= end)
                QCOMPARE(whole, touched(start, end)); // a placement inside the range: every week it touches
            // cut from … to into up to four parts at random days: the parts add up to the whole
            QList<QDate> cuts{from, to.addDays(1)};
            for (int k = random.bounded(4); k > 0; --k)
                cuts << from.addDays(random.bounded(int(from.daysTo(to)) + 1));
            std::sort(cuts.begin(), cuts.end());
            int sum = 0;
            for (int k = 0; k + 1 < cuts.size(); ++k)
                if (cuts[k] < cuts[k + 1]) {
                    const int part = Reports::weeksWithin(start, end, cuts[k], cuts[k + 1].addDays(-1));
                    QCOMPARE(part, bruteForce(start, end, cuts[k], cuts[k + 1].addDays(-1)));
                    sum += part;
                }
            QCOMPARE(sum, whole);
        }
    }
    // the report itself: the totals of two adjoining ranges are the total of both together
    void supervisorReportSplitsAddUp_data()
    {
        QTest::addColumn<QDate>("cut");
        for (const QDate cut : {QDate(2027, 1, 6), QDate(2027, 1, 11), QDate(2027, 1, 14), QDate(2027, 1, 17),
                                QDate(2027, 1, 20), QDate(2027, 1, 29)})
            QTest::newRow(qPrintable(cut.toString(Qt::ISODate))) << cut;
    }
    void supervisorReportSplitsAddUp()
    {
        QFETCH(QDate, cut);
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        const auto total = [&t](QDate from, QDate to) {
            auto r = Reports::supervisorReport(t.plan(), SupervisorReportQuery{from, to, 0});
            return r ? r->totals.at(Reports::SupervisedWeeks).toInt() : -1;
        };
        const QDate from(2027, 1, 1), to(2027, 2, 28);
        QCOMPARE(total(from, to), 4 + 2 + 4); // every week of the three placements
        QCOMPARE(total(from, cut) + total(cut.addDays(1), to), total(from, to));
        auto r = Reports::supervisorReport(t.plan(), SupervisorReportQuery{from, to, 0});
        QVERIFY(r.ok());
        QVERIFY(!r->note.isEmpty()); // the rule is said in the report
    }

    // Every row of the supervisor report against its placement, read straight from the tables in the report's
    // order: the report makes a supervisor's, site's, student's and school's cells once and shares them between
    // their rows, so a row must still get the cells of its own placement (a supervisor at several sites, a student
    // with several supervisors), and it sorts by keys made once per row.
    void supervisorReportRowsMatchTheirPlacements_data()
    {
        QTest::addColumn<bool>("oneSchool");
        QTest::newRow("whole plan") << false;
        QTest::newRow("one school") << true;
    }
    void supervisorReportRowsMatchTheirPlacements()
    {
        QFETCH(bool, oneSchool);
        test::TempPlan t;
        DemoOptions demo;
        demo.students = 60;
        demo.today = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generate(t.plan(), demo).ok());
        // some placements at another site than their supervisor's
        QVERIFY(t.plan()
                    .exec(QStringLiteral("UPDATE placements SET site_id = site_id % (SELECT max(id) FROM sites) + 1"
                                         " WHERE id % 3 = 0"))
                    .ok());
        const qint64 school = oneSchool ? 2 : 0;
        const QDate from(2000, 1, 1), to(2100, 1, 1);
        auto r = Reports::supervisorReport(t.plan(), SupervisorReportQuery{from, to, school});
        QVERIFY(r.ok());
        auto q = t.plan().exec(
            QStringLiteral("SELECT trim(v.given_name || ' ' || v.family_name), v.profession, s.name, s.unit,"
                           " trim(st.given_name || ' ' || st.family_name), sc.name, p.start_date, p.end_date"
                           " FROM placements p JOIN supervisors v ON v.id = p.supervisor_id"
                           " JOIN sites s ON s.id = p.site_id JOIN students st ON st.id = p.student_id"
                           " JOIN schools sc ON sc.id = st.school_id"
                           " WHERE p.status <> 'cancelled' AND (? = 0 OR st.school_id = ?)"
                           // the report's order (NameRanks orders as these collations do)
                           " ORDER BY v.family_name COLLATE NORWEGIAN, v.given_name COLLATE NORWEGIAN, v.id,"
                           " p.start_date, st.family_name COLLATE NORWEGIAN, p.id"),
            {school, school});
        QVERIFY(q.ok());
        QStringList expected;
        while (q->next()) {
            const QDate start = QDate::fromString(q->value(6).toString(), Qt::ISODate);
            const QDate end = QDate::fromString(q->value(7).toString(), Qt::ISODate);
            expected << QStringList{q->value(0).toString(),
                                    labelIn(r->language, fromId<Profession>(q->value(1).toString()).value()),
                                    q->value(2).toString(),
                                    q->value(3).toString(),
                                    q->value(4).toString(),
                                    q->value(5).toString(),
                                    start.toString(Qt::ISODate),
                                    end.toString(Qt::ISODate),
                                    QString::number(Reports::weeksWithin(start, end, from, to))}
                            .join(QLatin1Char('|'));
        }
        QStringList actual;
        for (const QVariantList &row : std::as_const(r->rows))
            actual << QStringList{row.at(Reports::SupervisorName).toString(),
                                  row.at(Reports::Profession).toString(),
                                  row.at(Reports::SupervisorSite).toString(),
                                  row.at(Reports::SupervisorUnit).toString(),
                                  row.at(Reports::SupervisedStudent).toString(),
                                  row.at(Reports::StudentSchool).toString(),
                                  row.at(Reports::From).toDate().toString(Qt::ISODate),
                                  row.at(Reports::To).toDate().toString(Qt::ISODate),
                                  row.at(Reports::SupervisedWeeks).toString()}
                          .join(QLatin1Char('|'));
        QVERIFY(expected.size() > 20);
        QCOMPARE(actual, expected);
    }

    void wrongQueries()
    {
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        QCOMPARE(
            Reports::schoolReport(t.plan(), SchoolReportQuery{1, 0, QDate(2027, 2, 1), QDate(2027, 1, 1)}).error().kind,
            Error::Kind::Invalid);
        QCOMPARE(Reports::schoolReport(t.plan(), SchoolReportQuery{99, 1, {}, {}}).error().kind, Error::Kind::NotFound);
        QCOMPARE(Reports::findSchool(t.plan(), QStringLiteral("høgskolen a")).value(), 1); // case-insensitive
        QCOMPARE(Reports::findSchool(t.plan(), QStringLiteral("Skolen")).value(), 2);      // a unique beginning
        const auto missing = Reports::findSchool(t.plan(), QStringLiteral("Ukjent"));
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("Skolen B"))); // says what exists
        QCOMPARE(Reports::findSite(t.plan(), QStringLiteral("Solbakken sykehjem / Avdeling 2")).value(), 1);
        QCOMPARE(Reports::findSupervisor(t.plan(), QStringLiteral("nina veileder")).value(), 1);
    }

    void csvParsedBack()
    {
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        auto r = Reports::schoolReport(t.plan(), SchoolReportQuery{1, 1, {}, {}, QStringLiteral("en")});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.csv"));
        QVERIFY(ReportExport::write(r.value(), ReportFormat::Csv, path, {}).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // BOM for Excel
        QVERIFY(bytes.contains("\r\n"));
        auto csv = CsvReader::read(bytes);
        QVERIFY(csv.ok());
        QCOMPARE(csv->delimiter, QLatin1Char(';'));
        QCOMPARE(csv->records.size(), 1 + 2 + 1); // header, rows, totals
        QCOMPARE(csv->records.at(0).field(0), QStringLiteral("Student"));
        const CsvRecord &ase = csv->records.at(2);
        QCOMPARE(ase.field(Reports::StudentName), QStringLiteral("Åse Ødegård"));
        QCOMPARE(ase.field(Reports::Start), QStringLiteral("2027-01-04"));
        QCOMPARE(ase.field(Reports::PlannedHours), QStringLiteral("120"));
        QCOMPARE(ase.field(Reports::AbsencePercent), QStringLiteral("10"));
        QCOMPARE(csv->records.at(3).field(Reports::AbsencePercent), QStringLiteral("6,7")); // decimal comma
    }

    // The data rows' XML is written by XlsxWriter itself: text with markup characters and edge spaces reads back as
    // it was, an empty text is an empty cell.
    void xlsxTextReadsBackAsWritten()
    {
        ReportTable table;
        table.title = QStringLiteral("Texts");
        table.columns = {{QStringLiteral("Text"), ReportColumn::Type::Text},
                         {QStringLiteral("Weeks"), ReportColumn::Type::Integer}};
        const QStringList texts{QStringLiteral("Hjem & <omsorg> \"A\""), QStringLiteral(" leading and trailing "),
                                QString()};
        for (const QString &text : texts)
            table.rows << QVariantList{text, 3};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.xlsx"));
        QVERIFY(XlsxWriter::write(table, path, {}).ok());
        const QString script = QStringLiteral(R"(
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(json.dumps([[ws.cell(row=r, column=c).value for c in (1, 2)] for r in range(5, ws.max_row + 1)]))
)");
        const QJsonArray rows = QJsonDocument::fromJson(runPython(script, {path}).toUtf8()).array();
        QCOMPARE(rows.size(), texts.size());
        for (int i = 0; i < texts.size(); ++i) {
            const QJsonArray row = rows.at(i).toArray();
            QCOMPARE(row.at(0).isNull() ? QString() : row.at(0).toString(), texts.at(i));
            QCOMPARE(row.at(1).toInt(), 3);
        }
    }

    void xlsxReadBackWithOpenpyxl()
    {
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        auto r = Reports::schoolReport(t.plan(), SchoolReportQuery{1, 1, {}, {}, QStringLiteral("en")});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.xlsx"));
        QVERIFY(XlsxWriter::write(r.value(), path, {QStringLiteral("Testkommune"), QDate(2027, 1, 2)}).ok());
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        const QString script = QStringLiteral(R"(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
h = 4  # the header row (1-based)
def cell(r, c):
    v = ws.cell(row=r, column=c)
    t = type(v.value).__name__
    val = v.value.isoformat() if isinstance(v.value, (datetime.date, datetime.datetime)) else v.value
    return {"v": val, "t": t, "fmt": v.number_format, "bold": bool(v.font.b)}
out = {"title": ws.cell(row=1, column=1).value, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
       "header": [cell(h, c) for c in range(1, ws.max_column + 1)],
       "rows": [[cell(r, c) for c in range(1, ws.max_column + 1)] for r in range(h + 1, ws.max_row + 1)],
       "company": wb.properties.creator or "", "widths": ws.column_dimensions["A"].width,
       "sheet": ws.title, "note": ws.cell(row=3, column=1).value,
       # a number with more than 15 significant digits is float noise Excel would not have stored
       "noisy": [repr(c.value) for row in ws.iter_rows(min_row=h + 1) for c in row
                 if isinstance(c.value, float) and float('%.15g' % c.value) != c.value]}
print(json.dumps(out))
)");
        const QJsonObject o = QJsonDocument::fromJson(runPython(script, {path}).toUtf8()).object();
        QVERIFY2(!o.isEmpty(), "openpyxl could not read the workbook");
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("School report"));
        QCOMPARE(o.value(QStringLiteral("freeze")).toString(), QStringLiteral("A5"));
        QCOMPARE(o.value(QStringLiteral("filter")).toString(), QStringLiteral("A4:Q6"));
        const QJsonArray header = o.value(QStringLiteral("header")).toArray();
        QCOMPARE(header.size(), int(Reports::SchoolColumnCount));
        QVERIFY(header.at(0).toObject().value(QStringLiteral("bold")).toBool());
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3); // two placements and the totals
        const QJsonArray ase = rows.at(1).toArray();
        auto at = [&](const QJsonArray &row, int c) { return row.at(c).toObject(); };
        QCOMPARE(at(ase, Reports::StudentName).value(QStringLiteral("v")).toString(), QStringLiteral("Åse Ødegård"));
        QCOMPARE(at(ase, Reports::Start).value(QStringLiteral("t")).toString(), QStringLiteral("datetime"));
        QCOMPARE(at(ase, Reports::Start).value(QStringLiteral("v")).toString(), QStringLiteral("2027-01-04T00:00:00"));
        QCOMPARE(at(ase, Reports::Start).value(QStringLiteral("fmt")).toString(), QStringLiteral("dd.mm.yyyy"));
        QCOMPARE(at(ase, Reports::Weeks).value(QStringLiteral("t")).toString(), QStringLiteral("int"));
        QCOMPARE(at(ase, Reports::Weeks).value(QStringLiteral("v")).toInt(), 4);
        QCOMPARE(at(ase, Reports::PlannedHours).value(QStringLiteral("v")).toDouble(), 120.0);
        QCOMPARE(at(ase, Reports::AbsencePercent).value(QStringLiteral("v")).toDouble(), 0.1); // a percent cell
        QVERIFY(at(ase, Reports::AbsencePercent).value(QStringLiteral("fmt")).toString().contains(QLatin1Char('%')));
        QCOMPARE(at(ase, Reports::Cohort).value(QStringLiteral("v")).toInt(), 2025);
        QCOMPARE(at(ase, Reports::StudentNumber).value(QStringLiteral("t")).toString(), QStringLiteral("str"));
        const QJsonArray totals = rows.at(2).toArray();
        QVERIFY(at(totals, Reports::Weeks).value(QStringLiteral("bold")).toBool());
        QCOMPARE(at(totals, Reports::Weeks).value(QStringLiteral("v")).toInt(), 6);
        QVERIFY(o.value(QStringLiteral("widths")).toDouble() > 8);
        // exact values, rounded only by the number format: 12 h of 180 h is 0.0667, not 0.067
        QVERIFY(std::abs(at(totals, Reports::AbsencePercent).value(QStringLiteral("v")).toDouble() - 12.0 / 180.0) <
                1e-12);
        QCOMPARE(at(totals, Reports::AbsencePercent).value(QStringLiteral("fmt")).toString(), QStringLiteral("0.0%"));
        QCOMPARE(o.value(QStringLiteral("noisy")).toArray(), QJsonArray());
        // the sheet's name is a whole word or two, within Excel's 31 characters
        QCOMPARE(o.value(QStringLiteral("sheet")).toString(), QStringLiteral("By school"));
        // and in Norwegian, whose title is longer than Excel allows: a name of its own, not the title cut mid-word
        for (const QString &language : {QStringLiteral("nb"), QStringLiteral("nn")}) {
            auto n = Reports::schoolReport(t.plan(), SchoolReportQuery{1, 1, {}, {}, language});
            QVERIFY(n.ok());
            QVERIFY(n->title.size() > 31);
            const QString nbPath = dir.filePath(language + QStringLiteral(".xlsx"));
            QVERIFY(XlsxWriter::write(n.value(), nbPath, {QString(), QDate(2027, 1, 2)}).ok());
            const QString sheet =
                runPython(
                    QStringLiteral("import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1]).active.title)"),
                    {nbPath})
                    .trimmed();
            QCOMPARE(sheet, QStringLiteral("Per utdanningsinstitusjon"));
        }
    }

    void icalendarFormat()
    {
        // escaping of TEXT
        QCOMPARE(ICalendarWriter::escape(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
        // folding at 75 octets, never inside a UTF-8 character
        const QString line = QStringLiteral("DESCRIPTION:") + QString(100, QChar(u'ø'));
        const QByteArray folded = ICalendarWriter::fold(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> parts = folded.chopped(2).split('\n');
        QVERIFY(parts.size() > 2);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QByteArray part = parts.at(i);
            if (part.endsWith('\r'))
                part.chop(1);
            QVERIFY(part.size() <= 75);
            QVERIFY(QString::fromUtf8(part).toUtf8() == part); // whole characters
            if (i > 0)
                QVERIFY(part.startsWith(' '));
        }
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(QString::fromUtf8(unfolded.chopped(2)), line);
    }

    void icalendarParsedBack()
    {
        test::TempPlan t;
        test::buildReportPlan(t.plan());
        auto c = PlacementCalendar::forSite(t.plan(), 1);
        QVERIFY(c.ok());
        QCOMPARE(c->events.size(), 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.ics"));
        QVERIFY(
            ICalendarWriter::write(c->events, c->name, path, QDateTime(QDate(2027, 1, 2), QTime(8, 0), Qt::UTC)).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("\n\n"));
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n")); // CRLF only
        const QString script = QStringLiteral(R"(
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for e in cal.walk('VEVENT'):
    out.append({"uid": str(e['UID']), "summary": str(e['SUMMARY']), "start": e.decoded('DTSTART').isoformat(),
                "end": e.decoded('DTEND').isoformat(), "stamp": e.decoded('DTSTAMP').isoformat(),
                "location": str(e.get('LOCATION', '')), "description": str(e.get('DESCRIPTION', ''))})
print(json.dumps({"name": str(cal.get('X-WR-CALNAME')), "events": out}))
)");
        const QJsonObject o = QJsonDocument::fromJson(runPython(script, {path}).toUtf8()).object();
        const QJsonArray events = o.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject first = events.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("start")).toString(), QStringLiteral("2027-01-04")); // all-day
        QCOMPARE(first.value(QStringLiteral("end")).toString(), QStringLiteral("2027-01-30"));   // exclusive
        QVERIFY(first.value(QStringLiteral("stamp")).toString().startsWith(QStringLiteral("2027-01-02T08:00:00")));
        QVERIFY(first.value(QStringLiteral("uid")).toString().startsWith(QStringLiteral("placement-")));
        QStringList summaries;
        for (const auto &e : events)
            summaries << e.toObject().value(QStringLiteral("summary")).toString();
        QVERIFY(summaries.join(QLatin1Char('|')).contains(QStringLiteral("Åse Ødegård")));
        QVERIFY(first.value(QStringLiteral("location")).toString().contains(QStringLiteral("Solbakkveien 3, Oslo")));
        QVERIFY(first.value(QStringLiteral("description")).toString().contains(QStringLiteral("Nina Veileder")));
        QVERIFY(o.value(QStringLiteral("name")).toString().contains(QStringLiteral("Solbakken sykehjem")));

        // a site name with a comma survives escaping
        auto other = PlacementCalendar::forSupervisor(t.plan(), 2);
        QVERIFY(other.ok());
        QCOMPARE(other->events.size(), 1);
        const QByteArray b = ICalendarWriter::toBytes(other->events, other->name);
        QVERIFY(b.contains("Hjemmetjenesten\\, Nord"));
    }

    // Read back by python-icalendar: UIDs differ between two plans with the same placement ids and stay the same
    // for a placement; a changed placement gets a higher SEQUENCE and a LAST-MODIFIED; a cancelled one is written
    // as cancelled (with a higher SEQUENCE), not left out.
    void icalendarUpdatesEventsInPlace()
    {
        const QString script = QStringLiteral(R"(
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = {}
for e in cal.walk('VEVENT'):
    lm = e.get('LAST-MODIFIED')
    out[str(e['UID'])] = {"seq": int(e.get('SEQUENCE', -1)), "status": str(e.get('STATUS', '')),
                          "end": e.decoded('DTEND').isoformat(), "modified": lm.dt.isoformat() if lm else ""}
print(json.dumps(out))
)");
        QTemporaryDir dir;
        const auto exported = [&](PlanFile &plan, const QString &name) {
            auto c = PlacementCalendar::forSite(plan, 1);
            if (!c)
                return QJsonObject();
            const QString path = dir.filePath(name);
            if (!ICalendarWriter::write(c->events, c->name, path))
                return QJsonObject();
            return QJsonDocument::fromJson(runPython(script, {path}).toUtf8()).object();
        };
        test::TempPlan a, b;
        test::buildReportPlan(a.plan());
        test::buildReportPlan(b.plan());
        const QJsonObject first = exported(a.plan(), QStringLiteral("a1.ics"));
        const QJsonObject other = exported(b.plan(), QStringLiteral("b.ics"));
        QCOMPARE(first.size(), 2);
        QCOMPARE(other.size(), 2);
        for (const QString &uid : first.keys())
            QVERIFY2(!other.contains(uid), qPrintable(uid)); // another plan, same placement ids: other UIDs
        QCOMPARE(exported(a.plan(), QStringLiteral("a2.ics")).keys(), first.keys()); // stable

        QString uid1, uid3;
        for (const QString &uid : first.keys()) {
            (uid.startsWith(QStringLiteral("placement-1-")) ? uid1 : uid3) = uid;
            QCOMPARE(first.value(uid).toObject().value(QStringLiteral("seq")).toInt(), 0);
        }
        QVERIFY(uid3.startsWith(QStringLiteral("placement-3-")));
        test::runSql(a.plan(), QStringLiteral("UPDATE placements SET end_date = '2027-01-22' WHERE id = 1"));
        test::runSql(a.plan(), QStringLiteral("UPDATE placements SET status = 'cancelled' WHERE id = 3"));
        const QJsonObject after = exported(a.plan(), QStringLiteral("a3.ics"));
        QCOMPARE(after.keys(), first.keys()); // the cancelled one is still there
        const QJsonObject changed = after.value(uid1).toObject();
        QCOMPARE(changed.value(QStringLiteral("seq")).toInt(), 1);
        QCOMPARE(changed.value(QStringLiteral("end")).toString(), QStringLiteral("2027-01-23"));
        QVERIFY(!changed.value(QStringLiteral("modified")).toString().isEmpty());
        const QJsonObject cancelled = after.value(uid3).toObject();
        QCOMPARE(cancelled.value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
        QCOMPARE(cancelled.value(QStringLiteral("seq")).toInt(), 1);
        // a change that no event shows (the notes) leaves the sequence alone
        test::runSql(a.plan(), QStringLiteral("UPDATE placements SET notes = 'x' WHERE id = 1"));
        QCOMPARE(
            exported(a.plan(), QStringLiteral("a4.ics")).value(uid1).toObject().value(QStringLiteral("seq")).toInt(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
