#pragma once

#include <QList>

#include <algorithm>

namespace praksis {

// An interval of whole days, both ends included, as Julian day numbers (QDate::toJulianDay). `limit` is the most
// items the interval's own context allows at a time (a site's capacity for the placement's period, a supervisor's
// maximum); `id` names the record.
struct DayInterval
{
    qint64 id = 0;
    qint64 start = 0;
    qint64 end = 0;
    int limit = 0;
};

// Sweeps over the intervals in date order and calls visit(from, to, active) once for each maximal run of days on
// which the set of active intervals is the same and not empty. O(n log n + total size of the active sets): the one
// way conflict rules and the planner count how many students a site or supervisor has at every date.
template<typename Visit> void sweepIntervals(QList<DayInterval> items, Visit &&visit)
{
    if (items.isEmpty())
        return;
    std::sort(items.begin(), items.end(), [](const DayInterval &a, const DayInterval &b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    });
    QList<qint64> ends; // the day after each interval, sorted
    ends.reserve(items.size());
    for (const DayInterval &i : std::as_const(items))
        ends << i.end + 1;
    std::sort(ends.begin(), ends.end());

    QList<DayInterval> active;
    qsizetype next = 0; // next interval to start
    qsizetype nextEnd = 0;
    qint64 day = items.first().start;
    while (next < items.size() || !active.isEmpty()) {
        while (next < items.size() && items[next].start == day)
            active << items[next++];
        // the run lasts until the next start or the next end, whichever comes first
        while (nextEnd < ends.size() && ends[nextEnd] <= day)
            ++nextEnd;
        qint64 stop = nextEnd < ends.size() ? ends[nextEnd] : day + 1;
        if (next < items.size())
            stop = std::min(stop, items[next].start);
        if (!active.isEmpty())
            visit(day, stop - 1, std::as_const(active));
        day = stop;
        active.removeIf([day](const DayInterval &i) { return i.end < day; });
        if (active.isEmpty() && next < items.size())
            day = std::max(day, items[next].start);
    }
}

} // namespace praksis
