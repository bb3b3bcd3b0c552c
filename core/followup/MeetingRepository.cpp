#include "followup/MeetingRepository.h"

#include "followup/FollowUp.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"

namespace praksis {

namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, placement_id, kind, planned_date, held_date, participants FROM assessment_meetings ");

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(Validation::toIsoDate(d)) : QVariant();
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : Validation::fromIsoDate(v.toString()).value_or(QDate());
}

// The participants as stored: trimmed, and an empty text rather than NULL.
QString participantsValue(const QString &participants)
{
    const QString t = participants.trimmed();
    return t.isNull() ? QStringLiteral("") : t;
}

AssessmentMeeting fromRow(const QSqlQuery &q)
{
    AssessmentMeeting m;
    m.id = q.value(0).toLongLong();
    m.placementId = q.value(1).toLongLong();
    m.kind = fromId<MeetingKind>(q.value(2).toString()).value_or(MeetingKind::Forventningssamtale);
    m.plannedDate = dateFrom(q.value(3));
    m.heldDate = dateFrom(q.value(4));
    m.participants = q.value(5).toString();
    return m;
}

} // namespace

Result<AssessmentMeeting> MeetingRepository::get(qint64 id) const
{
    auto q = m_plan.exec(selectColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("There is no assessment meeting with id %1.").arg(id));
    return fromRow(*q);
}

Result<QList<AssessmentMeeting>> MeetingRepository::listByPlacement(qint64 placementId) const
{
    auto q = m_plan.exec(selectColumns + QStringLiteral("WHERE placement_id = ? "
                                                        "ORDER BY planned_date IS NULL, planned_date, kind, id"),
                         {placementId});
    if (!q)
        return q.error();
    QList<AssessmentMeeting> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

Result<void> MeetingRepository::validate(const AssessmentMeeting &meeting) const
{
    auto placement = FollowUp::placementDates(m_plan, meeting.placementId);
    if (!placement)
        return placement.error();
    // A meeting without a planned date is allowed: it is due by the latest date for its kind.
    if (!meeting.heldDate.isNull() && !meeting.heldDate.isValid())
        return Error::invalid(tr("The date the meeting was held is not a date."), tr("Held"));
    if (!meeting.plannedDate.isNull() && !meeting.plannedDate.isValid())
        return Error::invalid(tr("The planned date of the meeting is not a date."), tr("Planned"));
    return {};
}

Result<qint64> MeetingRepository::insert(const AssessmentMeeting &meeting)
{
    if (auto v = validate(meeting); !v)
        return v.error();
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto q = m_plan.exec(QStringLiteral("INSERT INTO assessment_meetings "
                                        "(id, placement_id, kind, planned_date, held_date, participants) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                         {meeting.id == 0 ? QVariant() : QVariant(meeting.id), meeting.placementId, toId(meeting.kind),
                          dateValue(meeting.plannedDate), dateValue(meeting.heldDate),
                          participantsValue(meeting.participants)});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    m_plan.notifyChanged(Entity::Meeting, Change::Kind::Inserted, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<void> MeetingRepository::update(const AssessmentMeeting &meeting)
{
    if (auto v = validate(meeting); !v)
        return v;
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto q = m_plan.exec(QStringLiteral("UPDATE assessment_meetings SET placement_id = ?, kind = ?, planned_date = ?, "
                                        "held_date = ?, participants = ? WHERE id = ?"),
                         {meeting.placementId, toId(meeting.kind), dateValue(meeting.plannedDate),
                          dateValue(meeting.heldDate), participantsValue(meeting.participants), meeting.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, tr("There is no assessment meeting with id %1.").arg(meeting.id));
    m_plan.notifyChanged(Entity::Meeting, Change::Kind::Updated, {meeting.id});
    return tx.commit();
}

Result<void> MeetingRepository::hold(qint64 id, QDate held, const QString &participants)
{
    auto meeting = get(id);
    if (!meeting)
        return meeting.error();
    meeting->heldDate = held;
    meeting->participants = participants;
    return update(*meeting);
}

Result<AssessmentMeeting> MeetingRepository::remove(qint64 id)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = get(id);
    if (!old)
        return old.error();
    auto q = m_plan.exec(QStringLiteral("DELETE FROM assessment_meetings WHERE id = ?"), {id});
    if (!q)
        return q.error();
    m_plan.notifyChanged(Entity::Meeting, Change::Kind::Removed, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return old;
}

Result<QList<qint64>> MeetingRepository::createProposed(qint64 placementId)
{
    auto placement = FollowUp::placementDates(m_plan, placementId);
    if (!placement)
        return placement.error();
    auto existing = listByPlacement(placementId);
    if (!existing)
        return existing.error();
    QHash<MeetingKind, int> have;
    for (const AssessmentMeeting &m : std::as_const(*existing))
        ++have[m.kind];

    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    QList<qint64> ids;
    QHash<MeetingKind, int> seen;
    for (const ProposedMeeting &p :
         FollowUp::proposedMeetings(placement->start, placement->end, placement->programme)) {
        // the n-th proposal of a kind is made only when the placement has fewer than n of that kind
        if (++seen[p.kind] <= have.value(p.kind))
            continue;
        AssessmentMeeting m;
        m.placementId = placementId;
        m.kind = p.kind;
        m.plannedDate = p.date;
        auto id = insert(m);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return ids;
}

Result<QList<qint64>> MeetingRepository::followDates(qint64 placementId, QDate oldStart, QDate oldEnd)
{
    auto placement = FollowUp::placementDates(m_plan, placementId);
    if (!placement)
        return placement.error();
    // the n-th proposal of each kind, for the old dates and for the new
    const auto byKind = [](const QList<ProposedMeeting> &proposals) {
        QHash<MeetingKind, QList<QDate>> dates;
        for (const ProposedMeeting &p : proposals)
            dates[p.kind] << p.date;
        return dates;
    };
    const auto before = byKind(FollowUp::proposedMeetings(oldStart, oldEnd, placement->programme));
    const auto after = byKind(FollowUp::proposedMeetings(placement->start, placement->end, placement->programme));
    auto existing = listByPlacement(placementId);
    if (!existing)
        return existing.error();

    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    QList<qint64> moved;
    for (AssessmentMeeting m : std::as_const(*existing)) {
        if (m.isHeld() || !m.plannedDate.isValid())
            continue;
        const qsizetype n = before.value(m.kind).indexOf(m.plannedDate);
        if (n < 0 || n >= after.value(m.kind).size() || after.value(m.kind).at(n) == m.plannedDate)
            continue;
        m.plannedDate = after.value(m.kind).at(n);
        if (auto r = update(m); !r)
            return r.error();
        moved << m.id;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return moved;
}

} // namespace praksis
