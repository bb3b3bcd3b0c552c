#pragma once

#include <QDate>

namespace praksis {

// Working days are Monday to Friday except Norwegian public holidays (NorwegianHolidays). Planned hours of a range
// are its working days × hours per week / 5, so a week with a holiday plans fewer hours.
class WorkCalendar
{
public:
    static bool isWorkingDay(QDate date);
    // Working days from … to, both inclusive; 0 when to < from or a date is invalid.
    static int workingDays(QDate from, QDate to);
    // workingDays(from, to) × hoursPerWeek / 5
    static double plannedHours(QDate from, QDate to, double hoursPerWeek);
    // The date itself when it is a working day, else the next working day after it.
    static QDate workingDayOnOrAfter(QDate date);
    // The date itself when it is a working day, else the last working day before it.
    static QDate workingDayOnOrBefore(QDate date);
};

} // namespace praksis
