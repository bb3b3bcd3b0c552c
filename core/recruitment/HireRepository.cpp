#include "recruitment/HireRepository.h"

#include "model/Validation.h"
#include "recruitment/MentorRepository.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

const QString hireSelect = u"SELECT h.id, h.site_id, h.given_name, h.family_name, h.profession, h.position, "
                           u"h.start_date, h.probation_end, h.end_date, h.end_reason, h.email, h.phone, h.student_id "
                           u"FROM hires h "_s;

Hire hireFrom(const QSqlQuery &q)
{
    Hire h;
    h.id = q.value(0).toLongLong();
    h.siteId = q.value(1).toLongLong();
    h.givenName = q.value(2).toString();
    h.familyName = q.value(3).toString();
    h.profession = fromId<Profession>(q.value(4).toString()).value_or(Profession::Annet);
    h.position = fromId<HirePosition>(q.value(5).toString()).value_or(HirePosition::Fast);
    h.start = sql::toDate(q.value(6));
    h.probationEnd = sql::toDate(q.value(7));
    h.end = sql::toDate(q.value(8));
    if (!q.value(9).isNull())
        h.endReason = fromId<EndReason>(q.value(9).toString());
    h.email = q.value(10).toString();
    h.phone = q.value(11).toString();
    h.studentId = q.value(12).toLongLong();
    return h;
}

// site, names, profession, position, start, probation end, end, end reason, e-mail, phone, student
QVariantList hireValues(const Hire &h)
{
    return {h.siteId,
            sql::text(h.givenName),
            sql::text(h.familyName),
            toId(h.profession),
            toId(h.position),
            sql::date(h.start),
            sql::date(h.effectiveProbationEnd()),
            sql::date(h.end),
            h.endReason ? QVariant(toId(*h.endReason)) : QVariant(),
            sql::text(h.email),
            sql::text(h.phone),
            sql::id(h.studentId)};
}

// Her mentorships and their conversations, as they are, for undo of a removal (parents first).
constexpr struct
{
    Entity entity;
    const char16_t *table;
    const char16_t *where;
} ownedTables[] = {
    {Entity::Mentorship, u"mentorships", u"hire_id = ?"},
    {Entity::MentorConversation, u"mentor_conversations",
     u"mentorship_id IN (SELECT id FROM mentorships WHERE hire_id = ?)"},
};

} // namespace

Result<QList<Hire>> HireRepository::query(const QString &where, const QVariantList &bindings,
                                          const QString &order) const
{
    return sql::rows<Hire>(m_plan, hireSelect + where + order, bindings, hireFrom);
}

Result<Hire> HireRepository::get(qint64 id) const
{
    auto found = query(u"WHERE h.id = ?"_s, {id}, {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no new hire with id %1.").arg(id));
    return found->first();
}

Result<QList<Hire>> HireRepository::list(qint64 siteId) const
{
    const QString order = u" ORDER BY h.family_name COLLATE NORWEGIAN, h.given_name COLLATE NORWEGIAN, "
                          u"h.start_date, h.id"_s;
    if (siteId == 0)
        return query({}, {}, order);
    return query(u"WHERE h.site_id = ?"_s, {siteId}, order);
}

Result<QList<Hire>> HireRepository::listByStudent(qint64 studentId) const
{
    return query(u"WHERE h.student_id = ?"_s, {studentId}, u" ORDER BY h.start_date, h.id"_s);
}

Result<void> HireRepository::validate(const Hire &hire) const
{
    if (auto e = Validation::requiredText(hire.givenName, tr("Given name")))
        return *e;
    if (auto e = Validation::storableText(hire.givenName, tr("Given name")))
        return *e;
    if (auto e = Validation::requiredText(hire.familyName, tr("Family name")))
        return *e;
    if (auto e = Validation::storableText(hire.familyName, tr("Family name")))
        return *e;
    const QString who = personName(hire.givenName.trimmed(), hire.familyName.trimmed());
    if (auto e = Validation::email(hire.email, Validation::Presence::Optional, tr("E-mail")))
        return *e;
    if (auto e = Validation::phone(hire.phone, Validation::Presence::Optional, tr("Phone")))
        return *e;
    auto site = sql::count(m_plan, u"SELECT count(*) FROM sites WHERE id = ?"_s, {hire.siteId});
    if (!site)
        return site.error();
    if (site.value() == 0)
        return Error::invalid(tr("%1 has no site: site %2 does not exist.").arg(who).arg(hire.siteId), tr("Site"));
    if (!hire.start.isValid())
        return Error::invalid(tr("%1 has no start date.").arg(who), tr("Start"));
    if (!hire.probationEnd.isNull() && !hire.probationEnd.isValid())
        return Error::invalid(tr("The probation end of %1 is not a date.").arg(who), tr("Probation end"));
    if (auto e = Validation::dateOrder(hire.start, hire.effectiveProbationEnd(), tr("Probation end")))
        return *e;
    if (!hire.end.isNull() && !hire.end.isValid())
        return Error::invalid(tr("The end date of %1 is not a date.").arg(who), tr("End"));
    if (hire.end.isValid()) {
        if (auto e = Validation::dateOrder(hire.start, hire.end, tr("End")))
            return *e;
    }
    if (hire.endReason && !hire.end.isValid())
        return Error::invalid(tr("%1 has a reason for leaving but no end date.").arg(who), tr("End reason"));
    if (hire.studentId != 0) {
        auto student = sql::count(m_plan, u"SELECT count(*) FROM students WHERE id = ?"_s, {hire.studentId});
        if (!student)
            return student.error();
        if (student.value() == 0)
            return Error::invalid(tr("Student %1 does not exist.").arg(hire.studentId), tr("Student"));
    }
    return {};
}

Result<qint64> HireRepository::insertRow(const Hire &hire)
{
    if (auto v = validate(hire); !v)
        return v.error();
    if (hire.id != 0) {
        auto taken = sql::count(m_plan, u"SELECT count(*) FROM hires WHERE id = ?"_s, {hire.id});
        if (!taken)
            return taken.error();
        if (taken.value() != 0)
            return Error::make(Error::Kind::Conflict, tr("There is already a new hire with id %1.").arg(hire.id));
    }
    auto q = m_plan.exec(u"INSERT INTO hires (id, site_id, given_name, family_name, profession, position, start_date, "
                         u"probation_end, end_date, end_reason, email, phone, student_id) "
                         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         QVariantList{sql::id(hire.id)} + hireValues(hire));
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    m_plan.notifyChanged(Entity::Hire, Change::Kind::Inserted, {id});
    return id;
}

Result<qint64> HireRepository::insert(const Hire &hire)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto id = insertRow(hire);
    if (!id)
        return id;
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<Hire> HireRepository::update(const Hire &hire)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto before = get(hire.id);
    if (!before)
        return before;
    if (auto v = validate(hire); !v)
        return v.error();
    auto q = m_plan.exec(u"UPDATE hires SET site_id = ?, given_name = ?, family_name = ?, profession = ?, "
                         u"position = ?, start_date = ?, probation_end = ?, end_date = ?, end_reason = ?, email = ?, "
                         u"phone = ?, student_id = ? WHERE id = ?"_s,
                         hireValues(hire) + QVariantList{hire.id});
    if (!q)
        return q.error();
    if (before->start != hire.start) {
        // a mentor assigned from her first day stays so
        MentorRepository mentors(m_plan);
        auto mentorships = mentors.listByHire(hire.id);
        if (!mentorships)
            return mentorships.error();
        for (Mentorship m : std::as_const(*mentorships)) {
            if (m.start != before->start)
                continue;
            m.start = hire.start;
            if (m.endedOn.isValid() && m.endedOn < m.start)
                m.endedOn = m.start;
            if (auto r = mentors.update(m); !r)
                return r.error();
        }
    }
    m_plan.notifyChanged(Entity::Hire, Change::Kind::Updated, {hire.id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return before;
}

Result<qint64> HireRepository::setStudentLink(qint64 hireId, qint64 studentId)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto hire = get(hireId);
    if (!hire)
        return hire.error();
    const qint64 previous = hire->studentId;
    hire->studentId = studentId;
    if (auto v = validate(hire.value()); !v)
        return v.error();
    if (auto q = m_plan.exec(u"UPDATE hires SET student_id = ? WHERE id = ?"_s, {sql::id(studentId), hireId}); !q)
        return q.error();
    m_plan.notifyChanged(Entity::Hire, Change::Kind::Updated, {hireId});
    if (auto c = tx.commit(); !c)
        return c.error();
    return previous;
}

Result<Dependents> HireRepository::dependents(qint64 id) const
{
    Dependents d;
    auto mentorships = sql::count(m_plan, u"SELECT count(*) FROM mentorships WHERE hire_id = ?"_s, {id});
    if (!mentorships)
        return mentorships.error();
    auto mentoring = sql::count(m_plan, u"SELECT count(*) FROM mentorships WHERE mentor_hire_id = ?"_s, {id});
    if (!mentoring)
        return mentoring.error();
    d.add(Dependents::What::Mentorship, mentorships.value(), true);
    d.add(Dependents::What::MentoredHire, mentoring.value(), false);
    return d;
}

Result<Removal<Hire>> HireRepository::remove(qint64 id, bool cascade)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto hire = get(id);
    if (!hire)
        return hire.error();
    auto deps = dependents(id);
    if (!deps)
        return deps.error();
    if (deps->blocksRemoval(cascade))
        return deps->refusal(tr("The new hire %1").arg(hire->fullName()), cascade);
    Removal<Hire> removed{hire.value(), {}};
    for (const auto &t : ownedTables) {
        auto rows =
            RowSnapshot::capture(m_plan, t.entity, QString::fromUtf16(t.table), QString::fromUtf16(t.where), {id});
        if (!rows)
            return rows.error();
        if (!rows->rows.isEmpty()) {
            removed.links.rows << rows.value();
            m_plan.notifyChanged(t.entity, Change::Kind::Reset);
        }
    }
    // mentorships and their conversations go by ON DELETE CASCADE
    if (auto q = m_plan.exec(u"DELETE FROM hires WHERE id = ?"_s, {id}); !q)
        return q.error();
    m_plan.notifyChanged(Entity::Hire, Change::Kind::Removed, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return removed;
}

Result<void> HireRepository::restore(const Removal<Hire> &removed)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto r = insertRow(removed.record); !r)
        return r.error();
    if (auto r = removed.links.restore(m_plan); !r)
        return r;
    return tx.commit();
}

} // namespace praksis
