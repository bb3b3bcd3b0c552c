#include "calendar/IsoWeek.h"
#include "calendar/NorwegianHolidays.h"
#include "calendar/WorkCalendar.h"

#include <QTest>

using namespace praksis;
using Holiday = NorwegianHolidays::Holiday;

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void isoWeekOfDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("week");
        QTest::newRow("ordinary") << QDate(2026, 8, 24) << 2026 << 35;
        QTest::newRow("1 Jan 2021 in week 53 of 2020") << QDate(2021, 1, 1) << 2020 << 53;
        QTest::newRow("31 Dec 2020") << QDate(2020, 12, 31) << 2020 << 53;
        QTest::newRow("1 Jan 2026 is a Thursday: week 1") << QDate(2026, 1, 1) << 2026 << 1;
        QTest::newRow("31 Dec 2026 in week 53") << QDate(2026, 12, 31) << 2026 << 53;
        QTest::newRow("1 Jan 2027 in week 53 of 2026") << QDate(2027, 1, 1) << 2026 << 53;
        QTest::newRow("3 Jan 2027 (Sunday) still 2026") << QDate(2027, 1, 3) << 2026 << 53;
        QTest::newRow("4 Jan 2027 week 1") << QDate(2027, 1, 4) << 2027 << 1;
        QTest::newRow("30 Dec 2024 belongs to 2025") << QDate(2024, 12, 30) << 2025 << 1;
        QTest::newRow("1 Jan 2023 (Sunday) week 52 of 2022") << QDate(2023, 1, 1) << 2022 << 52;
    }
    void isoWeekOfDate()
    {
        QFETCH(QDate, date);
        QFETCH(int, year);
        QFETCH(int, week);
        const IsoWeek w = IsoWeek::of(date);
        QCOMPARE(w.year, year);
        QCOMPARE(w.week, week);
        QVERIFY(w.isValid());
        QVERIFY(w.contains(date));
        QVERIFY(w.monday() <= date && date <= w.sunday());
        QCOMPARE(w.monday().dayOfWeek(), 1);
    }

    void weeksInYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("weeks");
        QTest::newRow("2015") << 2015 << 53;
        QTest::newRow("2020") << 2020 << 53;
        QTest::newRow("2021") << 2021 << 52;
        QTest::newRow("2024") << 2024 << 52;
        QTest::newRow("2025") << 2025 << 52;
        QTest::newRow("2026") << 2026 << 53;
        QTest::newRow("2027") << 2027 << 52;
        QTest::newRow("2032") << 2032 << 53;
    }
    void weeksInYear()
    {
        QFETCH(int, year);
        QFETCH(int, weeks);
        QCOMPARE(IsoWeek::weeksInYear(year), weeks);
        QVERIFY((IsoWeek{year, weeks}.isValid()));
        QVERIFY(!(IsoWeek{year, weeks + 1}.isValid()));
        QVERIFY(!IsoWeek::monday(year, weeks + 1).isValid());
        // the last week's Monday lies in that week-year and the next Monday starts week 1 of the next
        const QDate last = IsoWeek::monday(year, weeks);
        QCOMPARE(IsoWeek::of(last), (IsoWeek{year, weeks}));
        QCOMPARE(IsoWeek::of(last.addDays(7)), (IsoWeek{year + 1, 1}));
        QCOMPARE((IsoWeek{year, weeks}.next()), (IsoWeek{year + 1, 1}));
        QCOMPARE((IsoWeek{year + 1, 1}.previous()), (IsoWeek{year, weeks}));
    }

    void mondayOfWeek_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("week");
        QTest::addColumn<QDate>("monday");
        QTest::newRow("2026 w1") << 2026 << 1 << QDate(2025, 12, 29);
        QTest::newRow("2026 w14") << 2026 << 14 << QDate(2026, 3, 30);
        QTest::newRow("2026 w34") << 2026 << 34 << QDate(2026, 8, 17);
        QTest::newRow("2026 w53") << 2026 << 53 << QDate(2026, 12, 28);
        QTest::newRow("2020 w53") << 2020 << 53 << QDate(2020, 12, 28);
        QTest::newRow("2025 w1") << 2025 << 1 << QDate(2024, 12, 30);
    }
    void mondayOfWeek()
    {
        QFETCH(int, year);
        QFETCH(int, week);
        QFETCH(QDate, monday);
        QCOMPARE(IsoWeek::monday(year, week), monday);
        QCOMPARE((IsoWeek{year, week}.sunday()), monday.addDays(6));
    }

    void everyDayOfAYearRoundTrips()
    {
        for (QDate d(2019, 12, 1); d < QDate(2028, 2, 1); d = d.addDays(1)) {
            const IsoWeek w = IsoWeek::of(d);
            QCOMPARE(w.monday().addDays(d.dayOfWeek() - 1), d);
        }
    }

    void spanning_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QList<int>>("weeks");
        QTest::newRow("one day") << QDate(2026, 8, 26) << QDate(2026, 8, 26) << QList<int>{35};
        QTest::newRow("Friday to Monday") << QDate(2026, 8, 28) << QDate(2026, 8, 31) << QList<int>{35, 36};
        QTest::newRow("across New Year 2026/27")
            << QDate(2026, 12, 14) << QDate(2027, 1, 15) << QList<int>{51, 52, 53, 1, 2};
        QTest::newRow("across New Year 2020/21") << QDate(2020, 12, 21) << QDate(2021, 1, 4) << QList<int>{52, 53, 1};
        QTest::newRow("reversed") << QDate(2026, 9, 1) << QDate(2026, 8, 1) << QList<int>{};
    }
    void spanning()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QList<int>, weeks);
        const QList<IsoWeek> got = IsoWeek::spanning(from, to);
        QList<int> numbers;
        for (const IsoWeek &w : got)
            numbers.append(w.week);
        QCOMPARE(numbers, weeks);
        for (qsizetype i = 1; i < got.size(); ++i)
            QVERIFY(got[i - 1] < got[i]);
    }

    void labels()
    {
        const IsoWeek w{2026, 14};
        QCOMPARE(w.label(), u"week 14"_qs);
        QCOMPARE(w.labelWithYear(), u"week 14, 2026"_qs);
        QCOMPARE(w.headerText(), u"week 14\n30.03."_qs);
    }

    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2038") << 2038 << QDate(2038, 4, 25);
        QTest::newRow("2285 (earliest possible, 22 March)") << 2285 << QDate(2285, 3, 22);
        QTest::newRow("1943 (latest possible, 25 April)") << 1943 << QDate(1943, 4, 25);
    }
    void easter()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(NorwegianHolidays::easterSunday(year), easter);
        QCOMPARE(easter.dayOfWeek(), 7);
        QVERIFY(NorwegianHolidays::isHoliday(easter));
    }

    void holidays2026()
    {
        const QList<NorwegianHolidays::Entry> list = NorwegianHolidays::holidays(2026);
        const QList<QPair<QDate, Holiday>> expected{
            {QDate(2026, 1, 1), Holiday::NewYearsDay},    {QDate(2026, 4, 2), Holiday::MaundyThursday},
            {QDate(2026, 4, 3), Holiday::GoodFriday},     {QDate(2026, 4, 5), Holiday::EasterSunday},
            {QDate(2026, 4, 6), Holiday::EasterMonday},   {QDate(2026, 5, 1), Holiday::LabourDay},
            {QDate(2026, 5, 14), Holiday::AscensionDay},  {QDate(2026, 5, 17), Holiday::ConstitutionDay},
            {QDate(2026, 5, 24), Holiday::WhitSunday},    {QDate(2026, 5, 25), Holiday::WhitMonday},
            {QDate(2026, 12, 25), Holiday::ChristmasDay}, {QDate(2026, 12, 26), Holiday::BoxingDay},
        };
        QCOMPARE(list.size(), expected.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            QCOMPARE(list[i].date, expected[i].first);
            QVERIFY(list[i].holiday == expected[i].second);
            QVERIFY(!list[i].name().isEmpty());
        }
        int holidayDays = 0;
        for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1))
            holidayDays += NorwegianHolidays::isHoliday(d) ? 1 : 0;
        QCOMPARE(holidayDays, 12);
    }

    void holidayNames_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("name");
        QTest::newRow("17 May") << QDate(2026, 5, 17) << u"Constitution Day"_qs;
        QTest::newRow("Good Friday 2025") << QDate(2025, 4, 18) << u"Good Friday"_qs;
        QTest::newRow("Ascension 2024") << QDate(2024, 5, 9) << u"Ascension Day"_qs;
        QTest::newRow("Whit Monday 2038") << QDate(2038, 6, 14) << u"Whit Monday"_qs;
        QTest::newRow("Boxing Day") << QDate(2026, 12, 26) << u"Boxing Day"_qs;
        QTest::newRow("two on one date, 17 May 2027") << QDate(2027, 5, 17) << u"Constitution Day / Whit Monday"_qs;
        QTest::newRow("ordinary day") << QDate(2026, 5, 18) << QString();
        QTest::newRow("Christmas Eve is no public holiday") << QDate(2026, 12, 24) << QString();
        QTest::newRow("Holy Saturday is no public holiday") << QDate(2026, 4, 4) << QString();
    }
    void holidayNames()
    {
        QFETCH(QDate, date);
        QFETCH(QString, name);
        QCOMPARE(NorwegianHolidays::name(date), name);
        QCOMPARE(NorwegianHolidays::isHoliday(date), !name.isEmpty());
    }

    void holidaysInRange()
    {
        const auto list = NorwegianHolidays::holidays(QDate(2026, 12, 20), QDate(2027, 1, 10));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].date, QDate(2026, 12, 25));
        QCOMPARE(list[2].date, QDate(2027, 1, 1));
    }

    void workingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("days");
        QTest::newRow("one ordinary week") << QDate(2026, 8, 24) << QDate(2026, 8, 28) << 5;
        QTest::newRow("week with weekend") << QDate(2026, 8, 24) << QDate(2026, 8, 30) << 5;
        QTest::newRow("a Saturday") << QDate(2026, 8, 29) << QDate(2026, 8, 29) << 0;
        QTest::newRow("Easter 2026, weeks 14-15") << QDate(2026, 3, 30) << QDate(2026, 4, 10) << 7;
        QTest::newRow("17 May 2027 = Whit Monday, counted once") << QDate(2027, 5, 10) << QDate(2027, 5, 21) << 9;
        QTest::newRow("May 2026: 1 May, Ascension, Whit Monday") << QDate(2026, 4, 27) << QDate(2026, 5, 22) << 18;
        QTest::newRow("17 May 2026 is a Sunday") << QDate(2026, 5, 11) << QDate(2026, 5, 17) << 4;
        QTest::newRow("whole year 2026") << QDate(2026, 1, 1) << QDate(2026, 12, 31) << 253;
        QTest::newRow("Christmas across the New Year") << QDate(2026, 12, 21) << QDate(2027, 1, 8) << 13;
        QTest::newRow("autumn placement") << QDate(2026, 8, 24) << QDate(2026, 10, 30) << 50;
        QTest::newRow("reversed") << QDate(2026, 8, 28) << QDate(2026, 8, 24) << 0;
    }
    void workingDays()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, days);
        QCOMPARE(WorkCalendar::workingDays(from, to), days);
        // the arithmetic shortcut agrees with counting day by day
        int counted = 0;
        for (QDate d = from; d <= to; d = d.addDays(1))
            counted += WorkCalendar::isWorkingDay(d) ? 1 : 0;
        QCOMPARE(counted, days);
        QCOMPARE(WorkCalendar::plannedHours(from, to, 30.0), days * 6.0);
        QCOMPARE(WorkCalendar::plannedHours(from, to, 37.5), days * 7.5);
    }

    void workingDaysAgreeWithDayByDayCounting()
    {
        // every start weekday and length up to 60 days across Easter and Christmas
        for (const QDate base : {QDate(2026, 3, 16), QDate(2026, 12, 14), QDate(2027, 4, 26)}) {
            for (int s = 0; s < 7; ++s) {
                const QDate from = base.addDays(s);
                int counted = 0;
                for (int len = 0; len < 60; ++len) {
                    const QDate to = from.addDays(len);
                    counted += WorkCalendar::isWorkingDay(to) ? 1 : 0;
                    QCOMPARE(WorkCalendar::workingDays(from, to), counted);
                }
            }
        }
    }

    void nearestWorkingDay()
    {
        QCOMPARE(WorkCalendar::workingDayOnOrAfter(QDate(2026, 4, 2)), QDate(2026, 4, 7));
        QCOMPARE(WorkCalendar::workingDayOnOrBefore(QDate(2026, 4, 6)), QDate(2026, 4, 1));
        QCOMPARE(WorkCalendar::workingDayOnOrAfter(QDate(2026, 8, 26)), QDate(2026, 8, 26));
        QCOMPARE(WorkCalendar::workingDayOnOrBefore(QDate(2026, 8, 30)), QDate(2026, 8, 28));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
