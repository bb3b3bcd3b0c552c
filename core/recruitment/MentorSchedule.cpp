#include "recruitment/MentorSchedule.h"

#include "calendar/WorkCalendar.h"
#include "model/Hire.h"

namespace praksis {

namespace {

// The date of conversation `number` before it is moved to a working day.
QDate rawDate(QDate start, int number)
{
    if (number <= MentorSchedule::weeklyConversations)
        return start.addDays(7 * (number - 1));
    const int fortnightly = number - MentorSchedule::weeklyConversations;
    if (fortnightly <= MentorSchedule::fortnightlyConversations)
        return start.addMonths(1).addDays(14 * (fortnightly - 1));
    const int monthly = fortnightly - MentorSchedule::fortnightlyConversations;
    return start.addMonths(2 + monthly);
}

} // namespace

QList<QDate> MentorSchedule::dates(QDate start, int months)
{
    QList<QDate> out;
    if (!start.isValid() || months < 1 || months > Mentorship::maximumMonths)
        return out;
    // the raw dates grow with the number (the last fortnightly one is at most 73 days in, the first monthly one at
    // least 89), and no run of days off is long enough to move one past the next
    const QDate end = start.addMonths(months);
    for (int number = 1;; ++number) {
        const QDate raw = rawDate(start, number);
        if (raw >= end)
            break;
        out << WorkCalendar::workingDayOnOrAfter(raw);
    }
    return out;
}

QDate MentorSchedule::date(QDate start, int months, int number)
{
    const QList<QDate> all = dates(start, months);
    return number >= 1 && number <= all.size() ? all.at(number - 1) : QDate();
}

int MentorSchedule::count(QDate start, int months)
{
    return int(dates(start, months).size());
}

MentorSchedule::Stage MentorSchedule::stage(int number)
{
    if (number <= weeklyConversations)
        return Stage::Weekly;
    if (number <= weeklyConversations + fortnightlyConversations)
        return Stage::Fortnightly;
    return Stage::Monthly;
}

QString MentorSchedule::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Weekly:
        return tr("Weekly (month 1)");
    case Stage::Fortnightly:
        return tr("Every other week (months 2–3)");
    case Stage::Monthly:
        break;
    }
    return tr("Monthly");
}

} // namespace praksis
