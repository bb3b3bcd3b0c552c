#include "calendar/WorkCalendar.h"
#include "recruitment/MentorSchedule.h"

#include <QTest>

using namespace praksis;

// The Trondheim schedule (PRODUCT.md section 10) on working days, dates worked out by hand from the calendar.
class TestMentorSchedule : public QObject
{
    Q_OBJECT

    static QList<QDate> isoDates(std::initializer_list<const char *> texts)
    {
        QList<QDate> out;
        for (const char *t : texts)
            out << QDate::fromString(QString::fromLatin1(t), Qt::ISODate);
        return out;
    }

private slots:
    void dates_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("months");
        QTest::addColumn<QList<QDate>>("expected");

        // weekly from a Monday, every other week from 7 October, monthly from 7 December; weekends move on
        QTest::newRow("12 months from a Monday")
            << QDate(2026, 9, 7) << 12
            << isoDates({"2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28", "2026-10-07", "2026-10-21",
                         "2026-11-04", "2026-11-18", "2026-12-07", "2027-01-07", "2027-02-08", "2027-03-08",
                         "2027-04-07", "2027-05-07", "2027-06-07", "2027-07-07", "2027-08-09"});
        // a Sunday start on a month's last day: the months end on 28 February, 30 April, 31 May, …; 28 March 2027
        // is Easter Sunday and 29 March Easter Monday, so that conversation is on Tuesday 30 March
        QTest::newRow("month ends and Easter")
            << QDate(2027, 1, 31) << 12
            << isoDates({"2027-02-01", "2027-02-08", "2027-02-15", "2027-02-22", "2027-03-01", "2027-03-15",
                         "2027-03-30", "2027-04-12", "2027-04-30", "2027-05-31", "2027-06-30", "2027-08-02",
                         "2027-08-31", "2027-09-30", "2027-11-01", "2027-11-30", "2027-12-31"});
        // 2028 is a leap year: a month after 31 January is 29 February; two months end on 31 March
        QTest::newRow("leap year, two months") << QDate(2028, 1, 31) << 2
                                               << isoDates({"2028-01-31", "2028-02-07", "2028-02-14", "2028-02-21",
                                                            "2028-02-29", "2028-03-14", "2028-03-28"});
        QTest::newRow("not a leap year, two months")
            << QDate(2027, 1, 4) << 2
            << isoDates({"2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25", "2027-02-04", "2027-02-18"});
        // a start on 29 February: the months after fall on the 29th, and the mentorship ends on 28 February 2029
        QTest::newRow("start on 29 February")
            << QDate(2028, 2, 29) << 12
            << isoDates({"2028-02-29", "2028-03-07", "2028-03-14", "2028-03-21", "2028-03-29", "2028-04-12",
                         "2028-04-26", "2028-05-10", "2028-05-29", "2028-06-29", "2028-07-31", "2028-08-29",
                         "2028-09-29", "2028-10-30", "2028-11-29", "2028-12-29", "2029-01-29"});
        // Maundy Thursday 25 March 2027: Good Friday, the weekend and Easter Monday follow
        QTest::newRow("Maundy Thursday") << QDate(2027, 3, 4) << 1
                                         << isoDates({"2027-03-04", "2027-03-11", "2027-03-18", "2027-03-30"});
        // 17 May 2027 is a Monday (and Whit Monday too)
        QTest::newRow("17 May") << QDate(2027, 5, 3) << 1
                                << isoDates({"2027-05-03", "2027-05-10", "2027-05-18", "2027-05-24"});
        // Christmas Day 2026 is a Friday, Boxing Day a Saturday
        QTest::newRow("Christmas") << QDate(2026, 12, 4) << 1
                                   << isoDates({"2026-12-04", "2026-12-11", "2026-12-18", "2026-12-28"});
        // a start on a holiday or a weekend: the first conversation is on the next working day
        QTest::newRow("start on 17 May") << QDate(2027, 5, 17) << 1
                                         << isoDates({"2027-05-18", "2027-05-24", "2027-05-31", "2027-06-07"});
        QTest::newRow("start on a Saturday")
            << QDate(2026, 9, 5) << 1 << isoDates({"2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28"});
        QTest::newRow("start on New Year's Day")
            << QDate(2027, 1, 1) << 1 << isoDates({"2027-01-04", "2027-01-08", "2027-01-15", "2027-01-22"});
        QTest::newRow("no start") << QDate() << 12 << QList<QDate>{};
        QTest::newRow("0 months") << QDate(2026, 9, 7) << 0 << QList<QDate>{};
        QTest::newRow("25 months") << QDate(2026, 9, 7) << 25 << QList<QDate>{};
    }

    void dates()
    {
        QFETCH(QDate, start);
        QFETCH(int, months);
        QFETCH(QList<QDate>, expected);
        const QList<QDate> got = MentorSchedule::dates(start, months);
        QCOMPARE(got, expected);
        QCOMPARE(MentorSchedule::count(start, months), int(expected.size()));
        for (int n = 1; n <= int(expected.size()); ++n)
            QCOMPARE(MentorSchedule::date(start, months, n), expected.at(n - 1));
        QVERIFY(MentorSchedule::date(start, months, int(expected.size()) + 1).isNull());
        QVERIFY(MentorSchedule::date(start, months, 0).isNull());
    }

    void lengths_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("count");
        QTest::newRow("1") << 1 << 4;
        QTest::newRow("3") << 3 << 8;
        QTest::newRow("4") << 4 << 9;
        QTest::newRow("12") << 12 << 17;
        QTest::newRow("24") << 24 << 29;
    }

    // every start of two years: the count is the same, every date a working day, in order, inside the mentorship
    void lengths()
    {
        QFETCH(int, months);
        QFETCH(int, count);
        for (QDate start(2027, 1, 1); start < QDate(2029, 1, 1); start = start.addDays(1)) {
            const QList<QDate> got = MentorSchedule::dates(start, months);
            QCOMPARE(got.size(), count);
            for (qsizetype i = 0; i < got.size(); ++i) {
                QVERIFY2(WorkCalendar::isWorkingDay(got.at(i)), qPrintable(got.at(i).toString(Qt::ISODate)));
                QVERIFY(got.at(i) >= start);
                QVERIFY(got.at(i) < start.addMonths(months));
                if (i > 0)
                    QVERIFY(got.at(i) > got.at(i - 1));
            }
        }
    }

    void stages()
    {
        QCOMPARE(MentorSchedule::stage(1), MentorSchedule::Stage::Weekly);
        QCOMPARE(MentorSchedule::stage(4), MentorSchedule::Stage::Weekly);
        QCOMPARE(MentorSchedule::stage(5), MentorSchedule::Stage::Fortnightly);
        QCOMPARE(MentorSchedule::stage(8), MentorSchedule::Stage::Fortnightly);
        QCOMPARE(MentorSchedule::stage(9), MentorSchedule::Stage::Monthly);
        QCOMPARE(MentorSchedule::stage(29), MentorSchedule::Stage::Monthly);
        QCOMPARE(MentorSchedule::stageText(MentorSchedule::Stage::Fortnightly),
                 QStringLiteral("Every other week (months 2–3)"));
    }
};

QTEST_GUILESS_MAIN(TestMentorSchedule)
#include "tst_mentorschedule.moc"
