#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <compare>

namespace praksis {

// An ISO 8601 week: weeks start on Monday, and week 1 is the week with the year's first Thursday, so 1 January
// may belong to the last week of the previous week-year and 31 December to week 1 of the next. A week-year has
// 52 or 53 weeks (2020 and 2026 have 53).
struct IsoWeek
{
    int year = 0; // the ISO week-year, which differs from the calendar year around New Year
    int week = 0; // 1 … 52 or 53

    // The week a date lies in; an invalid IsoWeek for an invalid date.
    static IsoWeek of(QDate date);
    // 52 or 53
    static int weeksInYear(int isoYear);
    // The Monday of a week; an invalid date when the week does not exist (week 53 of a 52-week year).
    static QDate monday(int isoYear, int week);
    // Every week that the range from … to (inclusive) touches, in order; empty when to < from.
    static QList<IsoWeek> spanning(QDate from, QDate to);

    bool isValid() const { return year != 0 && week >= 1 && week <= weeksInYear(year); }
    QDate monday() const { return monday(year, week); }
    QDate sunday() const { return monday().addDays(6); }
    bool contains(QDate date) const { return of(date) == *this; }
    IsoWeek next() const { return of(monday().addDays(7)); }
    IsoWeek previous() const { return of(monday().addDays(-7)); }

    // "week 34" (translated: "uke 34", "veke 34")
    QString label() const;
    // "week 34, 2026" where the year matters
    QString labelWithYear() const;
    // Two lines for a planner column: "week 14" and the Monday as dd.MM. ("30.03.")
    QString headerText() const;

    friend bool operator==(const IsoWeek &, const IsoWeek &) = default;
    friend auto operator<=>(const IsoWeek &, const IsoWeek &) = default;
};

} // namespace praksis
