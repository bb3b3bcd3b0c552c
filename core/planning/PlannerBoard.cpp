#include "planning/PlannerBoard.h"

#include "model/Names.h"
#include "planning/ConflictChecker.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace praksis {

using namespace Qt::StringLiterals;

Result<PlannerBoard> PlannerBoard::load(PlanFile &plan, qint64 periodId)
{
    PlannerBoard board;
    if (periodId == 0)
        return board;
    {
        auto q = plan.exec(u"SELECT name, start_date, end_date FROM periods WHERE id = ?"_s, {periodId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::make(Error::Kind::NotFound, tr("There is no period with id %1.").arg(periodId));
        board.periodId = periodId;
        board.periodName = q->value(0).toString();
        board.start = sql::toDate(q->value(1));
        board.end = sql::toDate(q->value(2));
    }

    auto lookup = PlacementLookup(plan).rows(PlacementFilter{.periodId = periodId});
    if (!lookup)
        return lookup.error();
    board.placements = std::move(lookup.value());

    // Rows: the sites of an eligible kind (every site when the period names no kind), and any other site that
    // holds a placement of the period.
    QSet<qint64> used;
    for (const PlacementRow &p : std::as_const(board.placements))
        used.insert(p.siteId);
    {
        auto q = plan.exec(u"SELECT s.id, s.name, s.unit, s.kind, coalesce(c.capacity, s.capacity), "
                           u"  NOT EXISTS (SELECT 1 FROM period_site_kinds WHERE period_id = ?) "
                           u"  OR EXISTS (SELECT 1 FROM period_site_kinds k WHERE k.period_id = ? AND k.kind = s.kind) "
                           u"FROM sites s LEFT JOIN period_site_capacities c ON c.site_id = s.id AND c.period_id = ? "
                           u"ORDER BY s.name COLLATE NORWEGIAN, s.unit COLLATE NORWEGIAN, s.id"_s,
                           {periodId, periodId, periodId});
        if (!q)
            return q.error();
        while (q->next()) {
            Site s;
            s.id = q->value(0).toLongLong();
            s.eligible = q->value(5).toBool();
            if (!s.eligible && !used.contains(s.id))
                continue;
            s.baseName = q->value(1).toString();
            s.unit = q->value(2).toString();
            s.name = siteName(s.baseName, s.unit);
            s.kind = fromId<SiteKind>(q->value(3).toString()).value_or(SiteKind::Annet);
            s.capacity = q->value(4).toInt();
            board.sites << s;
        }
        // grouped by kind in the order of the vocabulary; the query gave the order by name within a kind
        std::stable_sort(board.sites.begin(), board.sites.end(),
                         [](const Site &a, const Site &b) { return int(a.kind) < int(b.kind); });
    }

    // The students of the period's programmes with no placement in the period (a cancelled one counts: she
    // withdrew, and setting its status back is how she returns).
    QHash<qint64, QString> siteNames;
    for (const Site &s : std::as_const(board.sites))
        siteNames.insert(s.id, s.name);
    {
        auto q = plan.exec(u"SELECT st.id, st.given_name, st.family_name, st.student_number, sc.name, "
                           u"coalesce(pr.name, '') FROM students st "
                           u"JOIN period_programmes pp ON pp.programme_id = st.programme_id AND pp.period_id = ? "
                           u"JOIN schools sc ON sc.id = st.school_id "
                           u"LEFT JOIN programmes pr ON pr.id = st.programme_id "
                           u"WHERE NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.student_id = st.id "
                           u"AND pl.period_id = ?) "
                           u"ORDER BY st.family_name COLLATE NORWEGIAN, st.given_name COLLATE NORWEGIAN, st.id"_s,
                           {periodId, periodId});
        if (!q)
            return q.error();
        while (q->next()) {
            Student s;
            s.id = q->value(0).toLongLong();
            s.name = personName(q->value(1).toString(), q->value(2).toString());
            const QString given = q->value(1).toString(), family = q->value(2).toString();
            s.sortName = family.isEmpty() || given.isEmpty() ? s.name : family + u", "_s + given;
            s.studentNumber = q->value(3).toString();
            s.school = q->value(4).toString();
            s.programme = q->value(5).toString();
            board.unplaced << s;
        }
    }
    QHash<qint64, int> indexOf;
    for (int i = 0; i < board.unplaced.size(); ++i)
        indexOf.insert(board.unplaced[i].id, i);
    if (!indexOf.isEmpty()) {
        auto q = plan.exec(u"SELECT p.student_id, p.site_id, s.name, s.unit FROM preferences p "
                           u"JOIN sites s ON s.id = p.site_id WHERE p.period_id = ? ORDER BY p.student_id, p.rank"_s,
                           {periodId});
        if (!q)
            return q.error();
        while (q->next()) {
            const auto it = indexOf.constFind(q->value(0).toLongLong());
            if (it == indexOf.cend())
                continue;
            Student &s = board.unplaced[it.value()];
            s.choices << q->value(1).toLongLong();
            s.choiceNames << siteName(q->value(2).toString(), q->value(3).toString());
        }
        auto x = plan.exec(u"SELECT e.student_id, e.site_id FROM exclusions e "
                           u"JOIN students st ON st.id = e.student_id "
                           u"JOIN period_programmes pp ON pp.programme_id = st.programme_id AND pp.period_id = ? "
                           u"ORDER BY e.student_id, e.site_id"_s,
                           {periodId});
        if (!x)
            return x.error();
        while (x->next()) {
            const auto it = indexOf.constFind(x->value(0).toLongLong());
            if (it != indexOf.cend())
                board.unplaced[it.value()].excluded << x->value(1).toLongLong();
        }
    }

    auto conflicts = ConflictChecker(plan).check(periodId);
    if (!conflicts)
        return conflicts.error();
    board.conflicts = std::move(conflicts.value());
    return board;
}

Result<QList<PlannerBoard::SupervisorChoice>> PlannerBoard::supervisors(PlanFile &plan, qint64 siteId, qint64 periodId)
{
    return sql::rows<SupervisorChoice>(
        plan,
        u"SELECT v.id, v.given_name, v.family_name, v.max_students, "
        u"  (SELECT count(*) FROM placements pl WHERE pl.supervisor_id = v.id AND pl.period_id = ? "
        u"   AND pl.status <> 'cancelled'), "
        u"  EXISTS (SELECT 1 FROM supervisor_absences a JOIN periods pe ON pe.id = ? "
        u"   WHERE a.supervisor_id = v.id AND a.start_date <= pe.end_date AND a.end_date >= pe.start_date) "
        u"FROM supervisors v WHERE v.site_id = ? ORDER BY v.family_name COLLATE NORWEGIAN, v.given_name COLLATE NORWEGIAN, v.id"_s,
        {periodId, periodId, siteId}, [](const QSqlQuery &q) {
            SupervisorChoice c;
            c.id = q.value(0).toLongLong();
            c.name = personName(q.value(1).toString(), q.value(2).toString());
            c.maxStudents = q.value(3).toInt();
            c.assigned = q.value(4).toInt();
            c.absent = q.value(5).toBool();
            return c;
        });
}

} // namespace praksis
