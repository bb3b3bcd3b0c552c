#include "planning/PlannerLoader.h"

#include "model/Names.h"
#include "planning/IntervalSweep.h"
#include "storage/PlanFile.h"
#include "storage/PlanSettings.h"

#include <QHash>
#include <QSet>

namespace praksis {

namespace {

// Julian day numbers straight from SQLite: julianday() counts from noon, QDate from midnight.
const QLatin1StringView julianStart("CAST(julianday(p.start_date) + 0.5 AS INTEGER)");
const QLatin1StringView julianEnd("CAST(julianday(p.end_date) + 0.5 AS INTEGER)");

struct Existing
{
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 siteId = 0;
    qint64 supervisorId = 0;
    qint64 periodId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString status;
    bool locked = true;
    int siteCapacity = 0; // for the placement's own period
    QString where;        // "Solbakken, 05.01.2026–13.02.2026 (Vår 2026)"
};

} // namespace

Result<qint64> PlannerLoader::findPeriod(PlanFile &plan, const QString &name)
{
    auto q = plan.exec(QStringLiteral("SELECT id FROM periods WHERE name = ? COLLATE FOLDED"), {name.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no period named “%1”.").arg(name), QStringLiteral("period"));
    return q->value(0).toLongLong();
}

Result<PlannerInput> PlannerLoader::load(PlanFile &plan, qint64 periodId)
{
    PlannerInput in;
    in.periodId = periodId;
    qint64 pStart = 0, pEnd = 0;
    {
        auto q = plan.exec(QStringLiteral("SELECT name, CAST(julianday(start_date) + 0.5 AS INTEGER), "
                                          "CAST(julianday(end_date) + 0.5 AS INTEGER) FROM periods WHERE id = ?"),
                           {periodId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::make(Error::Kind::NotFound, tr("The period with id %1 does not exist.").arg(periodId));
        in.periodName = q->value(0).toString();
        pStart = q->value(1).toLongLong();
        pEnd = q->value(2).toLongLong();
        in.start = QDate::fromJulianDay(pStart);
        in.end = QDate::fromJulianDay(pEnd);
    }
    in.costs = PlanSettings(plan).plannerCosts();
    const QString startIso = in.start.toString(Qt::ISODate), endIso = in.end.toString(Qt::ISODate);

    // sites: eligible kinds (none listed: every kind), capacity for the period
    QSet<QString> kinds;
    {
        auto q = plan.exec(QStringLiteral("SELECT kind FROM period_site_kinds WHERE period_id = ?"), {periodId});
        if (!q)
            return q.error();
        while (q->next())
            kinds.insert(q->value(0).toString());
    }
    QHash<qint64, qsizetype> siteIndex;
    QHash<qint64, QString> siteNames;
    {
        auto q = plan.exec(QStringLiteral("SELECT s.id, s.name, s.unit, s.kind, coalesce(c.capacity, s.capacity) "
                                          "FROM sites s LEFT JOIN period_site_capacities c "
                                          "ON c.site_id = s.id AND c.period_id = ? ORDER BY s.id"),
                           {periodId});
        if (!q)
            return q.error();
        while (q->next()) {
            PlannerInput::Site s;
            s.id = q->value(0).toLongLong();
            s.name = siteName(q->value(1).toString(), q->value(2).toString());
            s.eligible = kinds.isEmpty() || kinds.contains(q->value(3).toString());
            s.capacity = q->value(4).toInt();
            siteIndex.insert(s.id, in.sites.size());
            siteNames.insert(s.id, s.name);
            in.sites << s;
        }
    }
    QHash<qint64, qsizetype> supervisorIndex;
    QHash<qint64, int> supervisorMax;
    {
        auto q = plan.exec(QStringLiteral("SELECT id, site_id, given_name, family_name, max_students FROM supervisors "
                                          "ORDER BY id"));
        if (!q)
            return q.error();
        while (q->next()) {
            PlannerInput::Supervisor v;
            v.id = q->value(0).toLongLong();
            v.siteId = q->value(1).toLongLong();
            v.name = personName(q->value(2).toString(), q->value(3).toString());
            supervisorMax.insert(v.id, q->value(4).toInt());
            supervisorIndex.insert(v.id, in.supervisors.size());
            in.supervisors << v;
        }
        q = plan.exec(QStringLiteral("SELECT DISTINCT supervisor_id FROM supervisor_absences "
                                     "WHERE start_date <= ? AND end_date >= ?"),
                      {endIso, startIso});
        if (!q)
            return q.error();
        while (q->next()) {
            const qsizetype i = supervisorIndex.value(q->value(0).toLongLong(), -1);
            if (i >= 0)
                in.supervisors[i].absent = true;
        }
    }

    // the period's students
    QHash<qint64, qsizetype> studentIndex;
    {
        auto q = plan.exec(QStringLiteral("SELECT s.id, s.given_name, s.family_name, s.student_number, sc.name "
                                          "FROM students s JOIN schools sc ON sc.id = s.school_id "
                                          "WHERE s.anonymised = 0 AND s.programme_id IN "
                                          "(SELECT programme_id FROM period_programmes WHERE period_id = ?) "
                                          "ORDER BY s.id"),
                           {periodId});
        if (!q)
            return q.error();
        while (q->next()) {
            PlannerInput::Student st;
            st.id = q->value(0).toLongLong();
            st.name = personName(q->value(1).toString(), q->value(2).toString());
            st.studentNumber = q->value(3).toString();
            st.school = q->value(4).toString();
            studentIndex.insert(st.id, in.students.size());
            in.students << st;
        }
    }

    // placements of the period and every other placement at its dates
    QList<Existing> existing;
    {
        auto q = plan.exec(
            QStringLiteral("SELECT p.id, p.student_id, p.site_id, coalesce(p.supervisor_id, 0), p.period_id, ") +
                julianStart + QStringLiteral(", ") + julianEnd +
                QStringLiteral(
                    ", p.status, p.locked, coalesce(c.capacity, s.capacity), pe.name "
                    "FROM placements p JOIN sites s ON s.id = p.site_id "
                    "JOIN periods pe ON pe.id = p.period_id "
                    "LEFT JOIN period_site_capacities c ON c.period_id = p.period_id AND c.site_id = p.site_id "
                    "WHERE p.period_id = ? OR (p.status <> 'cancelled' AND p.start_date <= ? "
                    "AND p.end_date >= ?) ORDER BY p.id"),
            {periodId, endIso, startIso});
        if (!q)
            return q.error();
        while (q->next()) {
            Existing e;
            e.id = q->value(0).toLongLong();
            e.studentId = q->value(1).toLongLong();
            e.siteId = q->value(2).toLongLong();
            e.supervisorId = q->value(3).toLongLong();
            e.periodId = q->value(4).toLongLong();
            e.start = q->value(5).toLongLong();
            e.end = q->value(6).toLongLong();
            e.status = q->value(7).toString();
            e.locked = q->value(8).toInt() != 0;
            e.siteCapacity = q->value(9).toInt();
            e.where = tr("%1, %2 (%3)")
                          .arg(siteNames.value(e.siteId),
                               displayDateRange(QDate::fromJulianDay(e.start), QDate::fromJulianDay(e.end)),
                               q->value(10).toString());
            existing << e;
        }
    }
    const QString cancelled = QStringLiteral("cancelled"), planned = QStringLiteral("planned");
    // which students stay, which are planned again
    QSet<qint64> keptStudents, replannedPlacements;
    for (const Existing &e : std::as_const(existing))
        if (e.periodId == periodId && e.status != cancelled && (e.locked || e.status != planned))
            keptStudents.insert(e.studentId);
    for (const Existing &e : std::as_const(existing)) {
        const qsizetype i = studentIndex.value(e.studentId, -1);
        if (i < 0)
            continue;
        PlannerInput::Student &st = in.students[i];
        if (e.periodId == periodId) {
            if (e.status == cancelled)
                continue;
            if (keptStudents.contains(e.studentId)) {
                if (st.status != PlannerInput::Student::Status::Kept) {
                    st.status = PlannerInput::Student::Status::Kept;
                    st.placedAt = e.where;
                }
            } else {
                replannedPlacements.insert(e.id);
                if (st.currentSiteId == 0) {
                    st.currentSiteId = e.siteId;
                    st.currentSupervisorId = e.supervisorId;
                }
            }
        }
    }
    for (const Existing &e : std::as_const(existing)) {
        const qsizetype i = studentIndex.value(e.studentId, -1);
        if (i < 0)
            continue;
        PlannerInput::Student &st = in.students[i];
        if (st.status == PlannerInput::Student::Status::Kept)
            continue;
        if (e.periodId != periodId && e.status != cancelled) {
            st.status = PlannerInput::Student::Status::AlreadyPlaced;
            if (st.placedAt.isEmpty())
                st.placedAt = e.where;
        }
    }
    for (const Existing &e : std::as_const(existing)) {
        const qsizetype i = studentIndex.value(e.studentId, -1);
        if (i < 0 || e.periodId != periodId || e.status != cancelled)
            continue;
        PlannerInput::Student &st = in.students[i];
        if (st.status == PlannerInput::Student::Status::ToPlan && st.currentSiteId == 0)
            st.status = PlannerInput::Student::Status::Withdrawn;
    }
    for (PlannerInput::Student &st : in.students)
        if (st.status != PlannerInput::Student::Status::ToPlan)
            st.currentSiteId = st.currentSupervisorId = 0;

    // room left at the fullest date of the period
    QHash<qint64, QList<DayInterval>> bySite, bySupervisor;
    for (const Existing &e : std::as_const(existing)) {
        if (e.status == cancelled || replannedPlacements.contains(e.id))
            continue;
        const qint64 from = std::max(e.start, pStart), to = std::min(e.end, pEnd);
        if (from > to)
            continue;
        bySite[e.siteId] << DayInterval{e.id, from, to, e.siteCapacity};
        if (e.supervisorId)
            bySupervisor[e.supervisorId] << DayInterval{e.id, from, to, supervisorMax.value(e.supervisorId)};
    }
    for (PlannerInput::Site &s : in.sites) {
        int room = s.capacity;
        sweepIntervals(bySite.value(s.id), [&](qint64, qint64, const QList<DayInterval> &active) {
            int limit = s.capacity;
            for (const DayInterval &i : active)
                limit = std::min(limit, i.limit);
            room = std::min(room, limit - int(active.size()));
        });
        s.room = std::max(0, room);
    }
    for (PlannerInput::Supervisor &v : in.supervisors) {
        int peak = 0;
        sweepIntervals(bySupervisor.value(v.id), [&](qint64, qint64, const QList<DayInterval> &active) {
            peak = std::max(peak, int(active.size()));
        });
        v.room = v.absent ? 0 : std::max(0, supervisorMax.value(v.id) - peak);
    }

    // choices, exclusions and earlier sites of the students
    {
        auto q = plan.exec(QStringLiteral("SELECT student_id, rank, site_id FROM preferences WHERE period_id = ? "
                                          "ORDER BY student_id, rank"),
                           {periodId});
        if (!q)
            return q.error();
        while (q->next()) {
            const qsizetype i = studentIndex.value(q->value(0).toLongLong(), -1);
            const int rank = q->value(1).toInt();
            if (i < 0 || rank < 1 || rank > 3)
                continue;
            QList<qint64> &choices = in.students[i].choices;
            while (choices.size() < rank)
                choices << 0; // a rank left empty
            choices[rank - 1] = q->value(2).toLongLong();
        }
        q = plan.exec(QStringLiteral("SELECT student_id, site_id FROM exclusions ORDER BY student_id, site_id"));
        if (!q)
            return q.error();
        while (q->next()) {
            const qsizetype i = studentIndex.value(q->value(0).toLongLong(), -1);
            if (i >= 0)
                in.students[i].excluded << q->value(1).toLongLong();
        }
        q = plan.exec(QStringLiteral("SELECT DISTINCT student_id, site_id FROM placements "
                                     "WHERE status <> 'cancelled' AND period_id <> ? AND start_date < ? "
                                     "ORDER BY student_id, site_id"),
                      {periodId, startIso});
        if (!q)
            return q.error();
        while (q->next()) {
            const qsizetype i = studentIndex.value(q->value(0).toLongLong(), -1);
            if (i >= 0)
                in.students[i].visited << q->value(1).toLongLong();
        }
    }
    return in;
}

} // namespace praksis
