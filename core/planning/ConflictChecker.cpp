#include "planning/ConflictChecker.h"

#include "calendar/NorwegianHolidays.h"
#include "calendar/WorkCalendar.h"
#include "followup/FollowUp.h"

#include "model/Kinds.h"
#include "model/Names.h"
#include "model/Validation.h"
#include "planning/IntervalSweep.h"
#include "recruitment/MentorFollowUp.h"
#include "storage/PlanFile.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace praksis {

namespace {

struct PlacementRow
{
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 siteId = 0;
    qint64 supervisorId = 0;
    qint64 periodId = 0;
    qint64 start = 0; // Julian days
    qint64 end = 0;
    int siteCapacity = 0; // for the placement's period
    QString siteKind;
};

struct PeriodRow
{
    QString name;
    qint64 start = 0;
    qint64 end = 0;
    QSet<QString> kinds; // empty: every kind is eligible
};

struct SupervisorRow
{
    QString name;
    qint64 siteId = 0;
    int maxStudents = 0;
};

struct Absence
{
    qint64 start = 0;
    qint64 end = 0;
};

QDate day(qint64 julian)
{
    return QDate::fromJulianDay(julian);
}

// "Solbakken, Fjordheim and Lia"
QString joinNames(QStringList names)
{
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return ConflictChecker::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace

namespace {
void sortConflicts(QList<Conflict> &out)
{
    std::sort(out.begin(), out.end(), [](const Conflict &a, const Conflict &b) {
        if (a.rule != b.rule)
            return std::pair(conflictRuleNumber(a.rule), int(a.rule)) <
                   std::pair(conflictRuleNumber(b.rule), int(b.rule));
        if (a.from != b.from)
            return a.from < b.from;
        return a.placementIds.value(0) < b.placementIds.value(0);
    });
}
} // namespace

Result<QList<Conflict>> ConflictChecker::checkAll(qint64 periodId, QDate today) const
{
    auto out = check(periodId);
    if (!out)
        return out;
    auto followUp = FollowUp::conflicts(m_plan, periodId, today);
    if (!followUp)
        return followUp.error();
    out->append(followUp.value());
    if (periodId == 0) {
        // mentor conversations belong to no period
        auto conversations = MentorFollowUp::overdue(m_plan, today);
        if (!conversations)
            return conversations.error();
        out->append(conversations.value());
    }
    sortConflicts(out.value());
    return out;
}

QString conflictRuleId(Conflict::Rule rule)
{
    switch (rule) {
    case Conflict::Rule::StudentDoubleBooked:
        return QStringLiteral("studentDoubleBooked");
    case Conflict::Rule::SiteOverCapacity:
        return QStringLiteral("siteOverCapacity");
    case Conflict::Rule::SupervisorOverloaded:
        return QStringLiteral("supervisorOverloaded");
    case Conflict::Rule::SupervisorAbsent:
        return QStringLiteral("supervisorAbsent");
    case Conflict::Rule::OutsidePeriod:
        return QStringLiteral("outsidePeriod");
    case Conflict::Rule::SiteKindNotEligible:
        return QStringLiteral("siteKindNotEligible");
    case Conflict::Rule::FirstDayNotWorkingDay:
        return QStringLiteral("firstDayNotWorkingDay");
    case Conflict::Rule::AbsenceMakeUp:
        return QStringLiteral("absenceMakeUp");
    case Conflict::Rule::AbsenceAtRisk:
        return QStringLiteral("absenceAtRisk");
    case Conflict::Rule::MeetingOverdue:
        return QStringLiteral("meetingOverdue");
    case Conflict::Rule::ConversationOverdue:
        return QStringLiteral("conversationOverdue");
    }
    return {};
}

int conflictRuleNumber(Conflict::Rule rule)
{
    const int n = int(rule);
    return n >= 10 ? n / 10 : n;
}

QString conflictRuleTitle(int ruleNumber)
{
    switch (ruleNumber) {
    case 1:
        return ConflictChecker::tr("A student has one placement at a time");
    case 2:
        return ConflictChecker::tr("A site holds no more students than its capacity");
    case 3:
        return ConflictChecker::tr("A supervisor has no more students than her maximum, and none while absent");
    case 4:
        return ConflictChecker::tr("A placement lies inside its period, at an eligible site, from a working day");
    case 5:
        return ConflictChecker::tr("Absence stays within the limits");
    case 6:
        return ConflictChecker::tr("Assessment meetings are held by their due date");
    }
    return ConflictChecker::tr("Rule %1").arg(ruleNumber);
}

Result<QList<Conflict>> ConflictChecker::check(qint64 periodId) const
{
    // --- load -----------------------------------------------------------------------------------------------
    QHash<qint64, PeriodRow> periods;
    {
        auto q = m_plan.exec(QStringLiteral("SELECT id, name, CAST(julianday(start_date) + 0.5 AS INTEGER), "
                                            "CAST(julianday(end_date) + 0.5 AS INTEGER) FROM periods"));
        if (!q)
            return q.error();
        while (q->next())
            periods.insert(q->value(0).toLongLong(),
                           PeriodRow{q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toLongLong(), {}});
        auto k = m_plan.exec(QStringLiteral("SELECT period_id, kind FROM period_site_kinds"));
        if (!k)
            return k.error();
        while (k->next())
            periods[k->value(0).toLongLong()].kinds.insert(k->value(1).toString());
    }
    if (periodId != 0 && !periods.contains(periodId))
        return Error::make(Error::Kind::NotFound, tr("The period with id %1 does not exist.").arg(periodId));

    QString where = QStringLiteral("p.status <> 'cancelled'");
    QVariantList bindings;
    if (periodId != 0) {
        // the period's placements and every placement that shares a date with the period
        const PeriodRow &p = periods[periodId];
        where += QStringLiteral(" AND (p.period_id = ? OR (p.start_date <= ? AND p.end_date >= ?))");
        bindings << periodId << day(p.end).toString(Qt::ISODate) << day(p.start).toString(Qt::ISODate);
    }
    QList<PlacementRow> placements;
    {
        auto q = m_plan.exec(
            QStringLiteral("SELECT p.id, p.student_id, p.site_id, coalesce(p.supervisor_id, 0), p.period_id, "
                           "CAST(julianday(p.start_date) + 0.5 AS INTEGER), "
                           "CAST(julianday(p.end_date) + 0.5 AS INTEGER), coalesce(c.capacity, s.capacity), s.kind "
                           "FROM placements p JOIN sites s ON s.id = p.site_id "
                           "LEFT JOIN period_site_capacities c ON c.period_id = p.period_id AND c.site_id = p.site_id "
                           "WHERE ") +
                where + QStringLiteral(" ORDER BY p.id"),
            bindings);
        if (!q)
            return q.error();
        while (q->next())
            placements << PlacementRow{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                                       q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong(),
                                       q->value(6).toLongLong(), q->value(7).toInt(),      q->value(8).toString()};
    }
    QHash<qint64, qsizetype> placementIndex;
    placementIndex.reserve(placements.size());
    QSet<qint64> studentIds, siteIds, supervisorIds;
    for (qsizetype i = 0; i < placements.size(); ++i) {
        placementIndex.insert(placements[i].id, i);
        studentIds.insert(placements[i].studentId);
        siteIds.insert(placements[i].siteId);
        if (placements[i].supervisorId)
            supervisorIds.insert(placements[i].supervisorId);
    }

    QHash<qint64, QString> studentNames, siteNames;
    QHash<qint64, SupervisorRow> supervisors;
    QHash<qint64, QList<Absence>> absences;
    {
        auto q = m_plan.exec(QStringLiteral("SELECT id, given_name, family_name FROM students"));
        if (!q)
            return q.error();
        while (q->next())
            if (studentIds.contains(q->value(0).toLongLong()))
                studentNames.insert(q->value(0).toLongLong(),
                                    personName(q->value(1).toString(), q->value(2).toString()));
        q = m_plan.exec(QStringLiteral("SELECT id, name, unit FROM sites"));
        if (!q)
            return q.error();
        while (q->next())
            siteNames.insert(q->value(0).toLongLong(), siteName(q->value(1).toString(), q->value(2).toString()));
        q = m_plan.exec(QStringLiteral("SELECT id, given_name, family_name, site_id, max_students FROM supervisors"));
        if (!q)
            return q.error();
        while (q->next())
            if (supervisorIds.contains(q->value(0).toLongLong()))
                supervisors.insert(q->value(0).toLongLong(),
                                   SupervisorRow{personName(q->value(1).toString(), q->value(2).toString()),
                                                 q->value(3).toLongLong(), q->value(4).toInt()});
        q = m_plan.exec(QStringLiteral("SELECT supervisor_id, CAST(julianday(start_date) + 0.5 AS INTEGER), "
                                       "CAST(julianday(end_date) + 0.5 AS INTEGER) FROM supervisor_absences "
                                       "ORDER BY supervisor_id, start_date, id"));
        if (!q)
            return q.error();
        while (q->next())
            if (supervisorIds.contains(q->value(0).toLongLong()))
                absences[q->value(0).toLongLong()] << Absence{q->value(1).toLongLong(), q->value(2).toLongLong()};
    }

    // --- evaluate -------------------------------------------------------------------------------------------
    QList<Conflict> out;
    auto involvesPeriod = [&](const QList<qint64> &ids) {
        if (periodId == 0)
            return true;
        for (qint64 id : ids)
            if (placements[placementIndex.value(id)].periodId == periodId)
                return true;
        return false;
    };
    auto studentName = [&](qint64 id) { return studentNames.value(id); };
    auto studentList = [&](const QList<qint64> &ids) {
        QStringList names;
        for (qint64 id : ids)
            names << studentName(placements[placementIndex.value(id)].studentId);
        return joinNames(names);
    };

    // Runs of days on which more intervals are active than the smallest limit among them, merged when they touch.
    struct Run
    {
        qint64 from = 0;
        qint64 to = 0;
        int count = 0; // the most at one time
        int limit = 0;
        QList<qint64> ids;
    };
    auto overloadRuns = [](const QList<DayInterval> &items) {
        QList<Run> runs;
        sweepIntervals(items, [&](qint64 from, qint64 to, const QList<DayInterval> &active) {
            int limit = active.first().limit;
            for (const DayInterval &i : active)
                limit = std::min(limit, i.limit);
            if (active.size() <= limit)
                return;
            if (runs.isEmpty() || runs.last().to + 1 != from)
                runs << Run{from, to, 0, limit, {}};
            Run &r = runs.last();
            r.to = to;
            r.count = std::max(r.count, int(active.size()));
            r.limit = std::min(r.limit, limit);
            for (const DayInterval &i : active)
                if (!r.ids.contains(i.id))
                    r.ids << i.id;
        });
        for (Run &r : runs)
            std::sort(r.ids.begin(), r.ids.end());
        return runs;
    };

    QHash<qint64, QList<DayInterval>> byStudent, bySite, bySupervisor;
    for (const PlacementRow &p : std::as_const(placements)) {
        byStudent[p.studentId] << DayInterval{p.id, p.start, p.end, 1};
        bySite[p.siteId] << DayInterval{p.id, p.start, p.end, p.siteCapacity};
        if (p.supervisorId && supervisors.contains(p.supervisorId))
            bySupervisor[p.supervisorId] << DayInterval{p.id, p.start, p.end, supervisors[p.supervisorId].maxStudents};
    }

    // rule 1
    for (auto it = byStudent.cbegin(); it != byStudent.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        for (const Run &r : overloadRuns(it.value())) {
            if (!involvesPeriod(r.ids))
                continue;
            QStringList where;
            for (qint64 id : r.ids) {
                const PlacementRow &p = placements[placementIndex.value(id)];
                where << tr("%1 (%2)").arg(siteNames.value(p.siteId), periods.value(p.periodId).name);
            }
            Conflict c;
            c.rule = Conflict::Rule::StudentDoubleBooked;
            c.placementIds = r.ids;
            c.studentId = it.key();
            c.from = day(r.from);
            c.to = day(r.to);
            c.message = tr("%1 has %2 placements at the same time (%3): %4.")
                            .arg(studentName(it.key()))
                            .arg(r.count)
                            .arg(displayDateRange(c.from, c.to), joinNames(where));
            out << c;
        }
    }

    // rule 2
    for (auto it = bySite.cbegin(); it != bySite.cend(); ++it) {
        for (const Run &r : overloadRuns(it.value())) {
            if (!involvesPeriod(r.ids))
                continue;
            Conflict c;
            c.rule = Conflict::Rule::SiteOverCapacity;
            c.placementIds = r.ids;
            c.siteId = it.key();
            c.periodId = placements[placementIndex.value(r.ids.first())].periodId;
            c.from = day(r.from);
            c.to = day(r.to);
            c.message = tr("%1 has %2 students at a time (%3) but room for %4: %5.")
                            .arg(siteNames.value(it.key()))
                            .arg(r.count)
                            .arg(displayDateRange(c.from, c.to))
                            .arg(r.limit)
                            .arg(studentList(r.ids));
            out << c;
        }
    }

    // rule 3: over her maximum, and assigned while absent
    for (auto it = bySupervisor.cbegin(); it != bySupervisor.cend(); ++it) {
        const SupervisorRow &sv = supervisors[it.key()];
        for (const Run &r : overloadRuns(it.value())) {
            if (!involvesPeriod(r.ids))
                continue;
            Conflict c;
            c.rule = Conflict::Rule::SupervisorOverloaded;
            c.placementIds = r.ids;
            c.supervisorId = it.key();
            c.siteId = sv.siteId;
            c.from = day(r.from);
            c.to = day(r.to);
            c.message = tr("%1 (supervisor at %2) has %3 students at a time (%4) but may have at most %5: %6.")
                            .arg(sv.name, siteNames.value(sv.siteId))
                            .arg(r.count)
                            .arg(displayDateRange(c.from, c.to))
                            .arg(sv.maxStudents)
                            .arg(studentList(r.ids));
            out << c;
        }
        const QList<Absence> away = absences.value(it.key());
        if (away.isEmpty())
            continue;
        for (const DayInterval &i : it.value()) {
            if (!involvesPeriod({i.id}))
                continue;
            for (const Absence &a : away) {
                const qint64 from = std::max(a.start, i.start), to = std::min(a.end, i.end);
                if (from > to)
                    continue;
                const PlacementRow &p = placements[placementIndex.value(i.id)];
                Conflict c;
                c.rule = Conflict::Rule::SupervisorAbsent;
                c.placementIds = {i.id};
                c.studentId = p.studentId;
                c.siteId = p.siteId;
                c.supervisorId = it.key();
                c.periodId = p.periodId;
                c.from = day(from);
                c.to = day(to);
                c.message = tr("%1 supervises %2 at %3, but is absent %4.")
                                .arg(sv.name, studentName(p.studentId), siteNames.value(p.siteId),
                                     displayDateRange(c.from, c.to));
                out << c;
            }
        }
    }

    // rule 4
    for (const PlacementRow &p : std::as_const(placements)) {
        if (periodId != 0 && p.periodId != periodId)
            continue;
        const PeriodRow period = periods.value(p.periodId);
        if (p.start < period.start || p.end > period.end) {
            Conflict c;
            c.rule = Conflict::Rule::OutsidePeriod;
            c.placementIds = {p.id};
            c.studentId = p.studentId;
            c.siteId = p.siteId;
            c.periodId = p.periodId;
            c.from = day(p.start);
            c.to = day(p.end);
            c.message = tr("%1's placement at %2 (%3) lies outside the period %4 (%5).")
                            .arg(studentName(p.studentId), siteNames.value(p.siteId), displayDateRange(c.from, c.to),
                                 period.name, displayDateRange(day(period.start), day(period.end)));
            out << c;
        }
        if (!period.kinds.isEmpty() && !period.kinds.contains(p.siteKind)) {
            const auto kind = fromId<SiteKind>(p.siteKind);
            Conflict c;
            c.rule = Conflict::Rule::SiteKindNotEligible;
            c.placementIds = {p.id};
            c.studentId = p.studentId;
            c.siteId = p.siteId;
            c.periodId = p.periodId;
            c.from = day(p.start);
            c.to = day(p.end);
            c.message = tr("%1 is placed at %2, a site of the kind “%3”, which is not eligible in the period %4.")
                            .arg(studentName(p.studentId), siteNames.value(p.siteId), kind ? label(*kind) : p.siteKind,
                                 period.name);
            out << c;
        }
        // the first day, which the welcome letter names, should be one the site is open for a newcomer
        const QDate first = day(p.start);
        if (!WorkCalendar::isWorkingDay(first)) {
            const QString holiday = NorwegianHolidays::name(first);
            const QDate next = WorkCalendar::workingDayOnOrAfter(first);
            const QLocale locale;
            Conflict c;
            c.rule = Conflict::Rule::FirstDayNotWorkingDay;
            c.severity = Conflict::Severity::Warning;
            c.placementIds = {p.id};
            c.studentId = p.studentId;
            c.siteId = p.siteId;
            c.periodId = p.periodId;
            c.from = first;
            c.to = first;
            c.message = tr("%1's first day at %2, %3 %4, is not a working day (%5); the next working day is %6 %7.")
                            .arg(studentName(p.studentId), siteNames.value(p.siteId), locale.dayName(first.dayOfWeek()),
                                 Validation::formatDate(first), holiday.isEmpty() ? tr("a weekend") : holiday,
                                 locale.dayName(next.dayOfWeek()), Validation::formatDate(next));
            out << c;
        }
    }

    for (Conflict &c : out) {
        if (c.periodId == 0 && !c.placementIds.isEmpty())
            c.periodId = placements[placementIndex.value(c.placementIds.first())].periodId;
    }
    sortConflicts(out);
    return out;
}

} // namespace praksis
