#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace praksis {

// The Trondheim model of mentor conversations (PRODUCT.md section 10), from a mentorship's start date for a number
// of months (1 to 24):
//   month 1       weekly:          start, +7, +14, +21 days                     conversations 1-4
//   months 2-3    every other week: start + 1 month, then +14, +28, +42 days   conversations 5-8
//   months 4-24   monthly:          start + 3 months, + 4 months, …            conversations 9-
// Only dates before the end of the mentorship (start + months) are in it; a 12-month mentorship has 17
// conversations, a 24-month one 29. Each date is moved to the first working day on or after it (WorkCalendar:
// weekends and Norwegian public holidays are not working days); months are counted from the start itself, so a
// start on 31 January gives 28 (29) February, 31 March, 30 April, …
class MentorSchedule
{
    Q_DECLARE_TR_FUNCTIONS(praksis::MentorSchedule)

public:
    static constexpr int weeklyConversations = 4;      // month 1
    static constexpr int fortnightlyConversations = 4; // months 2-3

    // The stage of the schedule a conversation belongs to.
    enum class Stage
    {
        Weekly,      // month 1
        Fortnightly, // months 2-3
        Monthly,     // month 4 on
    };

    // The proposed dates, conversation 1 first; empty for an invalid start or months outside 1-24.
    static QList<QDate> dates(QDate start, int months);
    // The proposed date of conversation `number` (1-based); null when the schedule has no such conversation.
    static QDate date(QDate start, int months, int number);
    // How many conversations the schedule has.
    static int count(QDate start, int months);
    static Stage stage(int number);
    // "Weekly (month 1)", "Every other week (months 2–3)", "Monthly" (translated)
    static QString stageText(Stage stage);
};

} // namespace praksis
