#include "calendar/WorkCalendar.h"

#include "calendar/NorwegianHolidays.h"

namespace praksis {

bool WorkCalendar::isWorkingDay(QDate date)
{
    return date.isValid() && date.dayOfWeek() <= 5 && !NorwegianHolidays::isHoliday(date);
}

int WorkCalendar::workingDays(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    // Weekdays counted arithmetically (whole weeks, then the rest), then the holidays on weekdays taken off, so a
    // long range costs no more than its number of years.
    const qint64 days = from.daysTo(to) + 1;
    qint64 weekdays = (days / 7) * 5;
    const int rest = int(days % 7);
    for (int i = 0, dow = from.dayOfWeek(); i < rest; ++i, dow = dow % 7 + 1)
        if (dow <= 5)
            ++weekdays;
    QDate previous;
    for (const auto &h : NorwegianHolidays::holidays(from, to)) {
        // two holidays on one date (Ascension Day on 17 May) count once
        if (h.date.dayOfWeek() <= 5 && h.date != previous)
            --weekdays;
        previous = h.date;
    }
    return int(weekdays);
}

double WorkCalendar::plannedHours(QDate from, QDate to, double hoursPerWeek)
{
    return workingDays(from, to) * hoursPerWeek / 5.0;
}

QDate WorkCalendar::workingDayOnOrAfter(QDate date)
{
    if (!date.isValid())
        return {};
    while (!isWorkingDay(date))
        date = date.addDays(1);
    return date;
}

QDate WorkCalendar::workingDayOnOrBefore(QDate date)
{
    if (!date.isValid())
        return {};
    while (!isWorkingDay(date))
        date = date.addDays(-1);
    return date;
}

} // namespace praksis
