#include "recruitment/MentorRepository.h"

#include "model/Validation.h"
#include "recruitment/MentorSchedule.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"

#include <QHash>

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

const QString mentorshipSelect = u"SELECT id, hire_id, mentor_supervisor_id, mentor_hire_id, start_date, months, "
                                 u"ended_on FROM mentorships "_s;
const QString conversationSelect =
    u"SELECT id, mentorship_id, number, planned_date, held_date FROM mentor_conversations "_s;

Mentorship mentorshipFrom(const QSqlQuery &q)
{
    Mentorship m;
    m.id = q.value(0).toLongLong();
    m.hireId = q.value(1).toLongLong();
    m.mentorSupervisorId = q.value(2).toLongLong();
    m.mentorHireId = q.value(3).toLongLong();
    m.start = sql::toDate(q.value(4));
    m.months = q.value(5).toInt();
    m.endedOn = sql::toDate(q.value(6));
    return m;
}

MentorConversation conversationFrom(const QSqlQuery &q)
{
    return MentorConversation{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                              sql::toDate(q.value(3)), sql::toDate(q.value(4))};
}

// hire, mentor supervisor, mentor hire, start, months, ended on
QVariantList mentorshipValues(const Mentorship &m)
{
    return {m.hireId, sql::id(m.mentorSupervisorId), sql::id(m.mentorHireId), sql::date(m.start),
            m.months, sql::date(m.endedOn)};
}

} // namespace

Result<QList<Mentorship>> MentorRepository::query(const QString &where, const QVariantList &bindings) const
{
    return sql::rows<Mentorship>(m_plan, mentorshipSelect + where + u" ORDER BY start_date, id"_s, bindings,
                                 mentorshipFrom);
}

Result<Mentorship> MentorRepository::get(qint64 id) const
{
    auto found = query(u"WHERE id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no mentorship with id %1.").arg(id));
    return found->first();
}

Result<QList<Mentorship>> MentorRepository::listByHire(qint64 hireId) const
{
    return query(u"WHERE hire_id = ?"_s, {hireId});
}

Result<QList<Mentorship>> MentorRepository::listByMentorSupervisor(qint64 supervisorId) const
{
    return query(u"WHERE mentor_supervisor_id = ?"_s, {supervisorId});
}

Result<QList<Mentorship>> MentorRepository::listByMentorHire(qint64 hireId) const
{
    return query(u"WHERE mentor_hire_id = ?"_s, {hireId});
}

Result<QString> MentorRepository::mentorName(const Mentorship &m) const
{
    const bool supervisor = m.mentorSupervisorId != 0;
    auto q = m_plan.exec(supervisor ? u"SELECT given_name, family_name FROM supervisors WHERE id = ?"_s
                                    : u"SELECT given_name, family_name FROM hires WHERE id = ?"_s,
                         {supervisor ? m.mentorSupervisorId : m.mentorHireId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("The mentor of mentorship %1 does not exist.").arg(m.id));
    return personName(q->value(0).toString(), q->value(1).toString());
}

Result<MentorshipState> MentorRepository::state(qint64 id) const
{
    auto m = get(id);
    if (!m)
        return m.error();
    auto c = conversations(id);
    if (!c)
        return c.error();
    return MentorshipState{m.value(), c.value()};
}

Result<void> MentorRepository::validate(const Mentorship &m) const
{
    auto hire =
        m_plan.exec(u"SELECT given_name, family_name, start_date, end_date FROM hires WHERE id = ?"_s, {m.hireId});
    if (!hire)
        return hire.error();
    if (!hire->next())
        return Error::invalid(tr("New hire %1 does not exist.").arg(m.hireId), tr("New hire"));
    const QString who = personName(hire->value(0).toString(), hire->value(1).toString());
    const QDate hireStart = sql::toDate(hire->value(2)), hireEnd = sql::toDate(hire->value(3));
    hire->finish();
    if ((m.mentorSupervisorId == 0) == (m.mentorHireId == 0))
        return Error::invalid(tr("The mentor of %1 must be either a supervisor or another new hire.").arg(who),
                              tr("Mentor"));
    if (m.mentorHireId == m.hireId)
        return Error::invalid(tr("%1 cannot be her own mentor.").arg(who), tr("Mentor"));
    auto mentor = m_plan.exec(m.mentorSupervisorId != 0 ? u"SELECT count(*) FROM supervisors WHERE id = ?"_s
                                                        : u"SELECT count(*) FROM hires WHERE id = ?"_s,
                              {m.mentorSupervisorId != 0 ? m.mentorSupervisorId : m.mentorHireId});
    if (!mentor)
        return mentor.error();
    if (!mentor->next() || mentor->value(0).toLongLong() == 0)
        return Error::invalid(m.mentorSupervisorId != 0 ? tr("Supervisor %1 does not exist.").arg(m.mentorSupervisorId)
                                                        : tr("New hire %1 does not exist.").arg(m.mentorHireId),
                              tr("Mentor"));
    mentor->finish();
    if (!m.start.isValid())
        return Error::invalid(tr("The mentorship of %1 has no start date.").arg(who), tr("Start"));
    if (m.start < hireStart)
        return Error::invalid(tr("The mentorship of %1 starts on %2, before she starts on %3.")
                                  .arg(who, Validation::formatDate(m.start), Validation::formatDate(hireStart)),
                              tr("Start"));
    if (hireEnd.isValid() && m.start > hireEnd)
        return Error::invalid(tr("The mentorship of %1 starts on %2, after she left on %3.")
                                  .arg(who, Validation::formatDate(m.start), Validation::formatDate(hireEnd)),
                              tr("Start"));
    if (m.months < 1 || m.months > Mentorship::maximumMonths)
        return Error::invalid(
            tr("A mentorship lasts 1 to %1 months, not %2.").arg(Mentorship::maximumMonths).arg(m.months),
            tr("Months"));
    if (!m.endedOn.isNull() && !m.endedOn.isValid())
        return Error::invalid(tr("The end of the mentorship of %1 is not a date.").arg(who), tr("Ended"));
    if (m.endedOn.isValid()) {
        if (auto e = Validation::dateOrder(m.start, m.endedOn, tr("Ended")))
            return *e;
    }
    auto others = listByHire(m.hireId);
    if (!others)
        return others.error();
    for (const Mentorship &o : std::as_const(*others)) {
        if (o.id == m.id)
            continue;
        if (o.start < m.endExclusive() && m.start < o.endExclusive()) {
            auto name = mentorName(o);
            return Error::invalid(tr("%1 already has a mentor (%2) from %3 to %4.")
                                      .arg(who, name ? name.value() : QString(), Validation::formatDate(o.start),
                                           Validation::formatDate(o.endExclusive().addDays(-1))),
                                  tr("Start"));
        }
    }
    return {};
}

Result<qint64> MentorRepository::insertMentorship(const Mentorship &m)
{
    if (auto v = validate(m); !v)
        return v.error();
    if (m.id != 0) {
        auto taken = sql::count(m_plan, u"SELECT count(*) FROM mentorships WHERE id = ?"_s, {m.id});
        if (!taken)
            return taken.error();
        if (taken.value() != 0)
            return Error::make(Error::Kind::Conflict, tr("There is already a mentorship with id %1.").arg(m.id));
    }
    auto q = m_plan.exec(u"INSERT INTO mentorships (id, hire_id, mentor_supervisor_id, mentor_hire_id, start_date, "
                         u"months, ended_on) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                         QVariantList{sql::id(m.id)} + mentorshipValues(m));
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    m_plan.notifyChanged(Entity::Mentorship, Change::Kind::Inserted, {id});
    return id;
}

Result<qint64> MentorRepository::assign(const Mentorship &mentorship)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto id = insertMentorship(mentorship);
    if (!id)
        return id;
    Mentorship stored = mentorship;
    stored.id = id.value();
    // nothing planned before: every place of the schedule is planned on its proposed date
    Mentorship none = stored;
    none.months = 0;
    if (auto r = followSchedule(none, stored); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<void> MentorRepository::followSchedule(const Mentorship &before, const Mentorship &after)
{
    const QList<QDate> old = MentorSchedule::dates(before.start, before.months);
    const QList<QDate> proposed = MentorSchedule::dates(after.start, after.months);
    auto existing = conversations(after.id);
    if (!existing)
        return existing.error();
    QHash<int, MentorConversation> byNumber;
    for (const MentorConversation &c : std::as_const(*existing))
        byNumber.insert(c.number, c);
    QList<qint64> inserted, updated, removed;
    for (int number = 1; number <= proposed.size(); ++number) {
        const QDate date = proposed.at(number - 1);
        const auto found = byNumber.constFind(number);
        if (found == byNumber.constEnd()) {
            auto q = m_plan.exec(
                u"INSERT INTO mentor_conversations (mentorship_id, number, planned_date) VALUES (?, ?, ?)"_s,
                {after.id, number, sql::date(date)});
            if (!q)
                return q.error();
            inserted << q->lastInsertId().toLongLong();
            continue;
        }
        const MentorConversation &c = found.value();
        // held, or planned by hand (not on the date the old schedule proposed): it stays
        if (c.isHeld() || number > old.size() || c.plannedDate != old.at(number - 1) || c.plannedDate == date)
            continue;
        if (auto q = m_plan.exec(u"UPDATE mentor_conversations SET planned_date = ? WHERE id = ?"_s,
                                 {sql::date(date), c.id});
            !q)
            return q.error();
        updated << c.id;
    }
    for (const MentorConversation &c : std::as_const(*existing)) {
        if (c.number <= proposed.size() || c.isHeld())
            continue;
        if (auto q = m_plan.exec(u"DELETE FROM mentor_conversations WHERE id = ?"_s, {c.id}); !q)
            return q.error();
        removed << c.id;
    }
    if (!inserted.isEmpty())
        m_plan.notifyChanged(Entity::MentorConversation, Change::Kind::Inserted, inserted);
    if (!updated.isEmpty())
        m_plan.notifyChanged(Entity::MentorConversation, Change::Kind::Updated, updated);
    if (!removed.isEmpty())
        m_plan.notifyChanged(Entity::MentorConversation, Change::Kind::Removed, removed);
    return {};
}

Result<MentorshipState> MentorRepository::update(const Mentorship &mentorship)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto before = state(mentorship.id);
    if (!before)
        return before;
    if (before->mentorship.hireId != mentorship.hireId)
        return Error::invalid(tr("A mentorship cannot move to another new hire."), tr("New hire"));
    if (auto v = validate(mentorship); !v)
        return v.error();
    if (auto q = m_plan.exec(u"UPDATE mentorships SET hire_id = ?, mentor_supervisor_id = ?, mentor_hire_id = ?, "
                             u"start_date = ?, months = ?, ended_on = ? WHERE id = ?"_s,
                             mentorshipValues(mentorship) + QVariantList{mentorship.id});
        !q)
        return q.error();
    if (auto r = followSchedule(before->mentorship, mentorship); !r)
        return r.error();
    m_plan.notifyChanged(Entity::Mentorship, Change::Kind::Updated, {mentorship.id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return before;
}

Result<void> MentorRepository::put(const MentorshipState &state)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    const Mentorship &m = state.mentorship;
    auto exists = sql::count(m_plan, u"SELECT count(*) FROM mentorships WHERE id = ?"_s, {m.id});
    if (!exists)
        return exists.error();
    if (exists.value() == 0) {
        if (auto r = insertMentorship(m); !r)
            return r.error();
    } else {
        if (auto v = validate(m); !v)
            return v;
        if (auto q = m_plan.exec(u"UPDATE mentorships SET hire_id = ?, mentor_supervisor_id = ?, mentor_hire_id = ?, "
                                 u"start_date = ?, months = ?, ended_on = ? WHERE id = ?"_s,
                                 mentorshipValues(m) + QVariantList{m.id});
            !q)
            return q.error();
        m_plan.notifyChanged(Entity::Mentorship, Change::Kind::Updated, {m.id});
    }
    if (auto q = m_plan.exec(u"DELETE FROM mentor_conversations WHERE mentorship_id = ?"_s, {m.id}); !q)
        return q.error();
    for (const MentorConversation &c : state.conversations) {
        if (auto q = m_plan.exec(u"INSERT INTO mentor_conversations (id, mentorship_id, number, planned_date, "
                                 u"held_date) VALUES (?, ?, ?, ?, ?)"_s,
                                 {sql::id(c.id), m.id, c.number, sql::date(c.plannedDate), sql::date(c.heldDate)});
            !q)
            return q.error();
    }
    m_plan.notifyChanged(Entity::MentorConversation, Change::Kind::Reset);
    return tx.commit();
}

Result<Dependents> MentorRepository::dependents(qint64 id) const
{
    Dependents d;
    auto held = sql::count(m_plan,
                           u"SELECT count(*) FROM mentor_conversations WHERE mentorship_id = ? AND held_date IS NOT "
                           u"NULL"_s,
                           {id});
    if (!held)
        return held.error();
    d.add(Dependents::What::Conversation, held.value(), true);
    return d;
}

Result<Removal<Mentorship>> MentorRepository::remove(qint64 id, bool cascade)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto m = get(id);
    if (!m)
        return m.error();
    auto deps = dependents(id);
    if (!deps)
        return deps.error();
    if (deps->blocksRemoval(cascade)) {
        auto mentor = mentorName(m.value());
        auto hire = m_plan.exec(u"SELECT given_name, family_name FROM hires WHERE id = ?"_s, {m->hireId});
        const QString who =
            hire && hire->next() ? personName(hire->value(0).toString(), hire->value(1).toString()) : QString();
        return deps->refusal(tr("The mentorship of %1 (mentor %2)").arg(who, mentor ? mentor.value() : QString()),
                             cascade);
    }
    Removal<Mentorship> removed{m.value(), {}};
    auto rows = RowSnapshot::capture(m_plan, Entity::MentorConversation, u"mentor_conversations"_s,
                                     u"mentorship_id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (!rows->rows.isEmpty()) {
        removed.links.rows << rows.value();
        m_plan.notifyChanged(Entity::MentorConversation, Change::Kind::Reset);
    }
    // the conversations go by ON DELETE CASCADE
    if (auto q = m_plan.exec(u"DELETE FROM mentorships WHERE id = ?"_s, {id}); !q)
        return q.error();
    m_plan.notifyChanged(Entity::Mentorship, Change::Kind::Removed, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return removed;
}

Result<void> MentorRepository::restore(const Removal<Mentorship> &removed)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto r = insertMentorship(removed.record); !r)
        return r.error();
    if (auto r = removed.links.restore(m_plan); !r)
        return r;
    return tx.commit();
}

// --- conversations -------------------------------------------------------------------------------------------------

Result<MentorConversation> MentorRepository::conversation(qint64 id) const
{
    auto found = sql::rows<MentorConversation>(m_plan, conversationSelect + u"WHERE id = ?"_s, {id}, conversationFrom);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no mentor conversation with id %1.").arg(id));
    return found->first();
}

Result<QList<MentorConversation>> MentorRepository::conversations(qint64 mentorshipId) const
{
    return sql::rows<MentorConversation>(m_plan, conversationSelect + u"WHERE mentorship_id = ? ORDER BY number"_s,
                                         {mentorshipId}, conversationFrom);
}

Result<void> MentorRepository::validateConversation(const MentorConversation &c) const
{
    auto m = get(c.mentorshipId);
    if (!m)
        return m.error();
    if (!c.plannedDate.isValid())
        return Error::invalid(tr("Mentor conversation %1 has no planned date.").arg(c.number), tr("Planned"));
    if (!c.heldDate.isNull() && !c.heldDate.isValid())
        return Error::invalid(tr("The date mentor conversation %1 was held is not a date.").arg(c.number), tr("Held"));
    const QString start = Validation::formatDate(m->start);
    if (c.plannedDate < m->start)
        return Error::invalid(tr("Mentor conversation %1 cannot be planned on %2, before the mentorship starts on %3.")
                                  .arg(QString::number(c.number), Validation::formatDate(c.plannedDate), start),
                              tr("Planned"));
    if (c.heldDate.isValid() && c.heldDate < m->start)
        return Error::invalid(tr("Mentor conversation %1 cannot have been held on %2, before the mentorship started "
                                 "on %3.")
                                  .arg(QString::number(c.number), Validation::formatDate(c.heldDate), start),
                              tr("Held"));
    return {};
}

Result<MentorConversation> MentorRepository::updateConversation(const MentorConversation &conversation)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto before = this->conversation(conversation.id);
    if (!before)
        return before;
    MentorConversation changed = before.value();
    changed.plannedDate = conversation.plannedDate;
    changed.heldDate = conversation.heldDate;
    if (auto v = validateConversation(changed); !v)
        return v.error();
    if (auto q = m_plan.exec(u"UPDATE mentor_conversations SET planned_date = ?, held_date = ? WHERE id = ?"_s,
                             {sql::date(changed.plannedDate), sql::date(changed.heldDate), changed.id});
        !q)
        return q.error();
    m_plan.notifyChanged(Entity::MentorConversation, Change::Kind::Updated, {changed.id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return before;
}

Result<MentorConversation> MentorRepository::hold(qint64 id, QDate held)
{
    auto c = conversation(id);
    if (!c)
        return c;
    c->heldDate = held;
    return updateConversation(c.value());
}

Result<MentorConversation> MentorRepository::plan(qint64 id, QDate planned)
{
    auto c = conversation(id);
    if (!c)
        return c;
    c->plannedDate = planned;
    return updateConversation(c.value());
}

} // namespace praksis
