#include "followup/FollowUp.h"

#include "calendar/WorkCalendar.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace praksis {

namespace {

// Comparisons of percentages are made on hours × 100 against limit × planned hours with this tolerance, so that
// 15 of 150 hours is exactly 10 % and not above it.
constexpr double tolerance = 1e-9;

QString studentName(const QString &given, const QString &family)
{
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    return given + QLatin1Char(' ') + family;
}

QString siteName(const QString &name, const QString &unit)
{
    return unit.isEmpty() ? name : name + QStringLiteral(", ") + unit;
}

QString numberText(double hours)
{
    return QLocale().toString(hours, 'f', std::fmod(hours, 1.0) == 0.0 ? 0 : 1);
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'f', 1);
}

QDate isoDate(const QVariant &v)
{
    return v.isNull() ? QDate() : Validation::fromIsoDate(v.toString()).value_or(QDate());
}

// "AND p.period_id = ?" and its binding when a period is given
QString periodFilter(qint64 periodId, QVariantList &bindings)
{
    if (periodId == 0)
        return {};
    bindings << periodId;
    return QStringLiteral(" AND p.period_id = ?");
}

struct AbsenceRow
{
    AbsenceSummary summary;
    qint64 studentId = 0;
    qint64 siteId = 0;
    qint64 periodId = 0;
    QDate start;
    QDate end;
    QString student;
    QString site;
};

Result<QList<AbsenceRow>> loadAbsences(PlanFile &plan, qint64 periodId, qint64 placementId = 0)
{
    const AbsenceLimits limits = PlanSettings(plan).absenceLimits();
    QVariantList bindings;
    QString where = periodFilter(periodId, bindings);
    if (placementId != 0) {
        where += QStringLiteral(" AND p.id = ?");
        bindings << placementId;
    }
    auto q = plan.exec(QStringLiteral("SELECT p.id, p.student_id, p.site_id, p.period_id, p.start_date, p.end_date, "
                                      "per.hours_per_week, SUM(a.hours), st.given_name, st.family_name, s.name, s.unit "
                                      "FROM placements p "
                                      "JOIN absences a ON a.placement_id = p.id "
                                      "JOIN periods per ON per.id = p.period_id "
                                      "JOIN students st ON st.id = p.student_id "
                                      "JOIN sites s ON s.id = p.site_id "
                                      "WHERE p.status <> 'cancelled'") +
                           where + QStringLiteral(" GROUP BY p.id ORDER BY p.start_date, p.id"),
                       bindings);
    if (!q)
        return q.error();
    QList<AbsenceRow> rows;
    // placements of a period mostly share their dates: count working days once per distinct range
    QHash<std::pair<qint64, qint64>, int> workingDays;
    while (q->next()) {
        AbsenceRow r;
        r.studentId = q->value(1).toLongLong();
        r.siteId = q->value(2).toLongLong();
        r.periodId = q->value(3).toLongLong();
        r.start = isoDate(q->value(4));
        r.end = isoDate(q->value(5));
        const auto range = std::make_pair(r.start.toJulianDay(), r.end.toJulianDay());
        auto days = workingDays.constFind(range);
        if (days == workingDays.cend())
            days = workingDays.insert(range, WorkCalendar::workingDays(r.start, r.end));
        // the same sum as FollowUp::plannedHours
        const double planned = *days * q->value(6).toDouble() / 5.0;
        r.summary = FollowUp::summarise(q->value(7).toDouble(), planned, limits);
        r.summary.placementId = q->value(0).toLongLong();
        r.student = studentName(q->value(8).toString(), q->value(9).toString());
        r.site = siteName(q->value(10).toString(), q->value(11).toString());
        rows.append(r);
    }
    return rows;
}

} // namespace

// --- absence -------------------------------------------------------------------------------------------------------

double FollowUp::plannedHours(QDate start, QDate end, double hoursPerWeek)
{
    return WorkCalendar::plannedHours(start, end, hoursPerWeek);
}

double FollowUp::absencePercent(double absenceHours, double plannedHours)
{
    if (plannedHours <= 0.0)
        return absenceHours > 0.0 ? 100.0 : 0.0;
    return absenceHours * 100.0 / plannedHours;
}

AbsenceLevel FollowUp::classify(double absenceHours, double plannedHours, const AbsenceLimits &limits)
{
    const auto above = [&](double limitPercent) {
        if (plannedHours <= 0.0)
            return absenceHours > 0.0;
        return absenceHours * 100.0 > limitPercent * plannedHours + tolerance;
    };
    if (above(limits.atRiskPercent))
        return AbsenceLevel::AtRisk;
    if (above(limits.makeUpPercent))
        return AbsenceLevel::MakeUp;
    return AbsenceLevel::None;
}

AbsenceSummary FollowUp::summarise(double absenceHours, double plannedHours, const AbsenceLimits &limits)
{
    AbsenceSummary s;
    s.plannedHours = plannedHours;
    s.absenceHours = absenceHours;
    s.percent = absencePercent(absenceHours, plannedHours);
    s.level = classify(absenceHours, plannedHours, limits);
    return s;
}

Result<AbsenceSummary> FollowUp::absence(PlanFile &plan, qint64 placementId)
{
    auto rows = loadAbsences(plan, 0, placementId);
    if (!rows)
        return rows.error();
    if (!rows->isEmpty())
        return rows->constFirst().summary;
    // no absence recorded (or a cancelled placement): its planned hours, 0 %
    auto dates = placementDates(plan, placementId);
    if (!dates)
        return dates.error();
    AbsenceSummary s;
    s.placementId = placementId;
    s.plannedHours = plannedHours(dates->start, dates->end, dates->hoursPerWeek);
    // a cancelled placement may still have absence recorded
    auto sum =
        plan.exec(QStringLiteral("SELECT COALESCE(SUM(hours), 0) FROM absences WHERE placement_id = ?"), {placementId});
    if (!sum)
        return sum.error();
    const double hours = sum->next() ? sum->value(0).toDouble() : 0.0;
    AbsenceSummary full = summarise(hours, s.plannedHours, PlanSettings(plan).absenceLimits());
    full.placementId = placementId;
    return full;
}

Result<QList<AbsenceSummary>> FollowUp::absences(PlanFile &plan, qint64 periodId)
{
    auto rows = loadAbsences(plan, periodId);
    if (!rows)
        return rows.error();
    QList<AbsenceSummary> out;
    out.reserve(rows->size());
    for (const AbsenceRow &r : std::as_const(*rows))
        out.append(r.summary);
    return out;
}

// --- meetings ------------------------------------------------------------------------------------------------------

QDate FollowUp::dueDate(MeetingKind kind, QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return {};
    switch (kind) {
    case MeetingKind::Forventningssamtale:
        return std::min(start.addDays(6), end);
    case MeetingKind::Midtveisvurdering:
        return std::max(start, end.addDays(-21));
    case MeetingKind::Sluttvurdering:
    case MeetingKind::Halvarsvurdering:
        return end;
    }
    return end;
}

namespace {

// A working day near `target` within [from, to]: the one on or before it, else the one after it, else the target.
QDate workingDayNear(QDate target, QDate from, QDate to)
{
    const QDate before = WorkCalendar::workingDayOnOrBefore(target);
    if (before >= from && before <= to)
        return before;
    const QDate after = WorkCalendar::workingDayOnOrAfter(target);
    if (after >= from && after <= to)
        return after;
    return target;
}

} // namespace

QList<ProposedMeeting> FollowUp::proposedMeetings(QDate start, QDate end, ProgrammeKind programme)
{
    QList<ProposedMeeting> out;
    if (!start.isValid() || !end.isValid() || end < start)
        return out;
    const qint64 days = start.daysTo(end);

    if (programme == ProgrammeKind::Laerling) {
        // every six months from the start; the last one at the end
        const int count = std::max(1, int(std::lround(double(days) / 182.625)));
        for (int k = 1; k <= count; ++k) {
            const QDate target = k == count ? end : std::min(start.addMonths(6 * k), end);
            const QDate date = workingDayNear(target, start, end);
            out.append(ProposedMeeting{MeetingKind::Halvarsvurdering, date, date});
        }
        return out;
    }

    // forventningssamtale: in the first week, a couple of days in (the student has met the unit first)
    const QDate firstWeekEnd = std::min(start.addDays(6), end);
    QDate expectation = WorkCalendar::workingDayOnOrAfter(start.addDays(2));
    if (expectation > firstWeekEnd)
        expectation = workingDayNear(start, start, firstWeekEnd);
    out.append(ProposedMeeting{MeetingKind::Forventningssamtale, expectation,
                               dueDate(MeetingKind::Forventningssamtale, start, end)});

    // midtveisvurdering: around the middle, at the latest three weeks before the end, after the first week
    const QDate middle = start.addDays(days / 2);
    const QDate latest = end.addDays(-21);
    QDate target = std::min(middle, latest);
    if (target <= firstWeekEnd)
        target = middle; // a short placement: the middle is the best there is
    const QDate midterm = workingDayNear(target, start, end);
    out.append(ProposedMeeting{MeetingKind::Midtveisvurdering, midterm,
                               std::max(midterm, dueDate(MeetingKind::Midtveisvurdering, start, end))});

    // sluttvurdering: in the last week, a couple of days before the last day
    const QDate lastWeekStart = std::max(end.addDays(-6), start);
    QDate final = WorkCalendar::workingDayOnOrBefore(end.addDays(-2));
    if (final < lastWeekStart)
        final = workingDayNear(end, lastWeekStart, end);
    out.append(ProposedMeeting{MeetingKind::Sluttvurdering, final, dueDate(MeetingKind::Sluttvurdering, start, end)});
    return out;
}

Result<QList<DueMeeting>> FollowUp::meetingsDue(PlanFile &plan, qint64 periodId, QDate today, QDate until)
{
    QVariantList bindings{Validation::toIsoDate(until)};
    const QString where = periodFilter(periodId, bindings);
    auto q =
        plan.exec(QStringLiteral("SELECT m.id, m.kind, m.planned_date, p.id, p.start_date, p.end_date, "
                                 "p.student_id, p.site_id, st.given_name, st.family_name, s.name, s.unit, p.period_id, "
                                 "v.id, v.given_name, v.family_name "
                                 "FROM assessment_meetings m "
                                 "JOIN placements p ON p.id = m.placement_id "
                                 "JOIN students st ON st.id = p.student_id "
                                 "JOIN sites s ON s.id = p.site_id "
                                 "LEFT JOIN supervisors v ON v.id = p.supervisor_id "
                                 "WHERE m.held_date IS NULL AND p.status <> 'cancelled' "
                                 "AND (m.planned_date IS NULL OR m.planned_date <= ?)") +
                      where,
                  bindings);
    if (!q)
        return q.error();
    QList<DueMeeting> out;
    while (q->next()) {
        const auto kind = fromId<MeetingKind>(q->value(1).toString());
        if (!kind)
            continue;
        DueMeeting m;
        m.meetingId = q->value(0).toLongLong();
        m.kind = *kind;
        m.due = isoDate(q->value(2));
        if (!m.due.isValid())
            m.due = dueDate(*kind, isoDate(q->value(4)), isoDate(q->value(5)));
        if (!m.due.isValid() || m.due > until)
            continue;
        m.placementId = q->value(3).toLongLong();
        m.studentId = q->value(6).toLongLong();
        m.siteId = q->value(7).toLongLong();
        m.periodId = q->value(12).toLongLong();
        m.overdue = m.due < today;
        m.studentName = studentName(q->value(8).toString(), q->value(9).toString());
        m.siteName = siteName(q->value(10).toString(), q->value(11).toString());
        m.supervisorId = q->value(13).toLongLong();
        if (m.supervisorId != 0)
            m.supervisorName = studentName(q->value(14).toString(), q->value(15).toString());
        out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const DueMeeting &a, const DueMeeting &b) {
        return a.due != b.due ? a.due < b.due : a.meetingId < b.meetingId;
    });
    return out;
}

Result<PlacementDates> FollowUp::placementDates(PlanFile &plan, qint64 placementId)
{
    auto q = plan.exec(QStringLiteral("SELECT p.start_date, p.end_date, pr.kind, per.hours_per_week FROM placements p "
                                      "JOIN students st ON st.id = p.student_id "
                                      "LEFT JOIN programmes pr ON pr.id = st.programme_id "
                                      "JOIN periods per ON per.id = p.period_id WHERE p.id = ?"),
                       {placementId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("There is no placement with id %1.").arg(placementId));
    PlacementDates d;
    d.placementId = placementId;
    d.start = isoDate(q->value(0));
    d.end = isoDate(q->value(1));
    d.programme = fromId<ProgrammeKind>(q->value(2).toString()).value_or(ProgrammeKind::Annet);
    d.hoursPerWeek = q->value(3).toDouble();
    return d;
}

// --- conflicts -----------------------------------------------------------------------------------------------------

Result<QList<Conflict>> FollowUp::conflicts(PlanFile &plan, qint64 periodId, QDate today)
{
    QList<Conflict> out;
    const AbsenceLimits limits = PlanSettings(plan).absenceLimits();

    auto absenceRows = loadAbsences(plan, periodId);
    if (!absenceRows)
        return absenceRows.error();
    for (const AbsenceRow &r : std::as_const(*absenceRows)) {
        if (r.summary.level == AbsenceLevel::None)
            continue;
        Conflict c;
        c.placementIds = {r.summary.placementId};
        c.studentId = r.studentId;
        c.siteId = r.siteId;
        c.periodId = r.periodId;
        c.from = r.start;
        c.to = r.end;
        const QString range = Validation::formatDate(r.start) + QChar(0x2013) + Validation::formatDate(r.end);
        if (r.summary.level == AbsenceLevel::AtRisk) {
            c.rule = Conflict::Rule::AbsenceAtRisk;
            c.severity = Conflict::Severity::Error;
            c.message = tr("%1 has %2 % absence at %3 (%4 of %5 planned hours, %6): above %7 %, the period is at "
                           "risk.")
                            .arg(r.student, percentText(r.summary.percent), r.site, numberText(r.summary.absenceHours),
                                 numberText(r.summary.plannedHours), range, numberText(limits.atRiskPercent));
        } else {
            c.rule = Conflict::Rule::AbsenceMakeUp;
            c.severity = Conflict::Severity::Warning;
            c.message = tr("%1 has %2 % absence at %3 (%4 of %5 planned hours, %6): above %7 %, the absence must be "
                           "made up.")
                            .arg(r.student, percentText(r.summary.percent), r.site, numberText(r.summary.absenceHours),
                                 numberText(r.summary.plannedHours), range, numberText(limits.makeUpPercent));
        }
        out.append(c);
    }

    auto due = meetingsDue(plan, periodId, today, today.addDays(-1));
    if (!due)
        return due.error();
    for (const DueMeeting &m : std::as_const(*due)) {
        Conflict c;
        c.rule = Conflict::Rule::MeetingOverdue;
        c.severity = Conflict::Severity::Warning;
        c.placementIds = {m.placementId};
        c.studentId = m.studentId;
        c.siteId = m.siteId;
        c.periodId = m.periodId;
        c.from = m.due;
        c.to = m.due;
        c.message = tr("%1 for %2 at %3 was due %4 and has not been held.")
                        .arg(label(m.kind), m.studentName, m.siteName, Validation::formatDate(m.due));
        out.append(c);
    }

    std::stable_sort(out.begin(), out.end(), [](const Conflict &a, const Conflict &b) {
        // rule 5 (to be made up, then at risk), then rule 6
        const auto order = [](Conflict::Rule r) {
            return r == Conflict::Rule::MeetingOverdue ? 2 : r == Conflict::Rule::AbsenceAtRisk ? 1 : 0;
        };
        if (a.rule != b.rule)
            return order(a.rule) < order(b.rule);
        if (a.from != b.from)
            return a.from < b.from;
        return a.placementIds.value(0) < b.placementIds.value(0);
    });
    return out;
}

} // namespace praksis
