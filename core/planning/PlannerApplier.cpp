#include "planning/PlannerApplier.h"

#include "placements/PlacementService.h"
#include "planning/PlannerLoader.h"
#include "storage/PlanFile.h"

#include <QHash>
#include <QSet>

namespace praksis {

Result<PlannerApplied> PlannerApplier::apply(PlanFile &plan, const PlannerInput &input, const PlannerResult &result,
                                             const PlannerProgress &progress)
{
    const auto cancelled = [] {
        return Error::make(Error::Kind::Cancelled, tr("Applying the plan was cancelled; nothing was changed."));
    };
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    auto now = PlannerLoader::load(plan, input.periodId);
    if (!now)
        return now.error();
    if (!(now.value() == input))
        return Error::make(Error::Kind::Conflict,
                           tr("The plan has changed since the planner ran for the period %1; nothing was written. "
                              "Run the planner again.")
                               .arg(input.periodName));

    // the period's planner-made placements that are planned again, per student
    QSet<qint64> toPlan;
    for (const PlannerInput::Student &st : input.students)
        if (st.status == PlannerInput::Student::Status::ToPlan)
            toPlan.insert(st.id);
    struct Current
    {
        qint64 id = 0;
        qint64 siteId = 0;
        qint64 supervisorId = 0;
        QDate start, end;
    };
    QHash<qint64, QList<Current>> current;
    {
        auto q = plan.exec(QStringLiteral("SELECT id, student_id, site_id, coalesce(supervisor_id, 0), start_date, "
                                          "end_date FROM placements WHERE period_id = ? AND locked = 0 "
                                          "AND status = 'planned' ORDER BY id"),
                           {input.periodId});
        if (!q)
            return q.error();
        while (q->next())
            if (toPlan.contains(q->value(1).toLongLong()))
                current[q->value(1).toLongLong()]
                    << Current{q->value(0).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong(),
                               QDate::fromString(q->value(4).toString(), Qt::ISODate),
                               QDate::fromString(q->value(5).toString(), Qt::ISODate)};
    }

    PlannerApplied applied;
    // each placed student, each current placement, then the checklist and meetings of each new placement
    const qsizetype total = 2 * result.placed.size() + current.size();
    qsizetype done = 0;
    auto step = [&]() {
        return !progress || ++done % 200 != 0 || progress(int(done * 100 / std::max<qsizetype>(total, 1)));
    };
    QSet<qint64> placedStudents;
    QList<Placement> inserts;
    QList<PlacementRepository::Move> moves;
    for (const PlannerResult::Placed &p : result.placed) {
        if (!toPlan.contains(p.studentId))
            return Error::make(Error::Kind::Conflict, tr("The plan places a student who is not to be planned."));
        placedStudents.insert(p.studentId);
        QList<Current> mine = current.value(p.studentId);
        if (mine.isEmpty()) {
            Placement fresh;
            fresh.studentId = p.studentId;
            fresh.siteId = p.siteId;
            fresh.supervisorId = p.supervisorId;
            fresh.periodId = input.periodId;
            fresh.start = input.start;
            fresh.end = input.end;
            fresh.status = PlacementStatus::Planned;
            fresh.locked = false;
            inserts << fresh;
        } else {
            const Current c = mine.takeFirst();
            if (c.siteId == p.siteId && c.supervisorId == p.supervisorId && c.start == input.start &&
                c.end == input.end) {
                ++applied.unchanged;
            } else {
                moves << PlacementRepository::Move{c.id, p.siteId, p.supervisorId, input.start, input.end};
                applied.updated << c.id;
            }
            for (const Current &extra : std::as_const(mine))
                applied.removed << extra.id;
        }
        if (!step())
            return cancelled();
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (!placedStudents.contains(it.key()))
            for (const Current &c : it.value())
                applied.removed << c.id;
        if (!step())
            return cancelled();
    }
    // Through the placements' one write path: new placements get their checklists and meetings, moved ones take
    // theirs along, removed ones lose theirs.
    PlacementService placements(plan);
    std::sort(applied.removed.begin(), applied.removed.end());
    if (auto r = placements.removeMany(applied.removed); !r)
        return r.error();
    if (auto r = placements.move(moves); !r)
        return r.error();
    auto inserted = placements.insertMany(inserts, step);
    if (!inserted)
        return inserted.error().kind == Error::Kind::Cancelled ? cancelled() : inserted.error();
    applied.inserted = inserted.value();
    if (progress && !progress(100))
        return cancelled();
    auto committed = tx.commit();
    if (!committed)
        return committed.error();
    return applied;
}

} // namespace praksis
