#include "storage/SupervisorRepository.h"

#include "model/PersonName.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"

#include <QHash>

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

Supervisor supervisorFrom(const QSqlQuery &q)
{
    Supervisor s;
    s.id = q.value(0).toLongLong();
    s.siteId = q.value(1).toLongLong();
    s.givenName = q.value(2).toString();
    s.familyName = q.value(3).toString();
    s.profession = fromId<Profession>(q.value(4).toString()).value_or(Profession::Annet);
    s.hasTraining = q.value(5).toBool();
    s.trainingYear = q.value(6).toInt();
    s.maxStudents = q.value(7).toInt();
    s.email = q.value(8).toString();
    s.phone = q.value(9).toString();
    return s;
}

const QString absenceSelect = u"SELECT id, supervisor_id, start_date, end_date, note FROM supervisor_absences "_s;

SupervisorAbsence absenceFrom(const QSqlQuery &q)
{
    return SupervisorAbsence{q.value(0).toLongLong(), q.value(1).toLongLong(), sql::toDate(q.value(2)),
                             sql::toDate(q.value(3)), q.value(4).toString()};
}

QVariantList supervisorValues(const Supervisor &s)
{
    return {s.siteId,           sql::text(s.givenName), sql::text(s.familyName),
            toId(s.profession), s.hasTraining ? 1 : 0,  sql::optionalInt(s.trainingYear),
            s.maxStudents,      sql::text(s.email),     sql::text(s.phone)};
}

} // namespace

Result<QList<Supervisor>> SupervisorRepository::query(const QString &where, const QVariantList &bindings) const
{
    auto supervisors = sql::rows<Supervisor>(
        m_plan,
        u"SELECT v.id, v.site_id, v.given_name, v.family_name, v.profession, v.has_training, v.training_year, "
        u"v.max_students, v.email, v.phone FROM supervisors v "_s +
            where + u" ORDER BY v.family_name COLLATE NORWEGIAN, v.given_name COLLATE NORWEGIAN, v.id"_s,
        bindings, supervisorFrom);
    if (!supervisors || supervisors->isEmpty())
        return supervisors;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < supervisors->size(); ++i)
        index.insert(supervisors->at(i).id, i);
    auto absences =
        sql::rows<SupervisorAbsence>(m_plan,
                                     absenceSelect + u"WHERE supervisor_id IN (SELECT v.id FROM supervisors v "_s +
                                         where + u") ORDER BY supervisor_id, start_date, id"_s,
                                     bindings, absenceFrom);
    if (!absences)
        return absences.error();
    for (const SupervisorAbsence &a : std::as_const(absences.value()))
        (*supervisors)[index.value(a.supervisorId)].absences << a;
    return supervisors;
}

Result<Supervisor> SupervisorRepository::get(qint64 id) const
{
    auto found = query(u"WHERE v.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no supervisor with id %1.").arg(id));
    return found->first();
}

Result<QList<Supervisor>> SupervisorRepository::list(qint64 siteId) const
{
    if (siteId == 0)
        return query({}, {});
    return query(u"WHERE v.site_id = ?"_s, {siteId});
}

Result<qint64> SupervisorRepository::findByName(qint64 siteId, const QString &givenName,
                                                const QString &familyName) const
{
    return sql::count(m_plan,
                      u"SELECT id FROM supervisors WHERE site_id = ? AND given_name = ? COLLATE FOLDED AND "
                      u"family_name = ? COLLATE FOLDED ORDER BY id"_s,
                      {siteId, sql::text(givenName), sql::text(familyName)});
}

Result<void> SupervisorRepository::validate(const Supervisor &supervisor) const
{
    if (auto e = Validation::requiredText(supervisor.givenName, tr("Given name")))
        return *e;
    if (auto e = Validation::requiredText(supervisor.familyName, tr("Family name")))
        return *e;
    if (auto e = Validation::nonNegative(supervisor.maxStudents, tr("Maximum students")))
        return *e;
    if (auto e = Validation::email(supervisor.email, Validation::Presence::Optional, tr("E-mail")))
        return *e;
    if (auto e = Validation::phone(supervisor.phone, Validation::Presence::Optional, tr("Phone")))
        return *e;
    const QString who = personName(supervisor.givenName.trimmed(), supervisor.familyName.trimmed());
    auto site = sql::count(m_plan, u"SELECT count(*) FROM sites WHERE id = ?"_s, {supervisor.siteId});
    if (!site)
        return site.error();
    if (site.value() == 0)
        return Error::invalid(tr("%1 has no site: site %2 does not exist.").arg(who).arg(supervisor.siteId),
                              tr("Site"));
    if (supervisor.trainingYear != 0 && (supervisor.trainingYear < 1950 || supervisor.trainingYear > 2100))
        return Error::invalid(
            tr("The training year %1 of %2 is not a plausible year.").arg(supervisor.trainingYear).arg(who),
            tr("Training year"));
    if (supervisor.id != 0) {
        // Her placements are at her site; she cannot move away from them.
        auto elsewhere =
            sql::count(m_plan, u"SELECT count(*) FROM placements WHERE supervisor_id = ? AND site_id <> ?"_s,
                       {supervisor.id, supervisor.siteId});
        if (!elsewhere)
            return elsewhere.error();
        if (elsewhere.value() != 0)
            return Error::invalid(tr("%1 cannot move to another site: %2 at her present site name her as "
                                     "supervisor.")
                                      .arg(who, Dependents::countText(Dependents::What::Placement, elsewhere.value())),
                                  tr("Site"));
    }
    for (const SupervisorAbsence &a : supervisor.absences) {
        SupervisorAbsence own = a;
        own.supervisorId = 0; // hers, whether or not she is stored yet
        if (auto v = validateAbsence(own); !v)
            return v;
    }
    return {};
}

Result<qint64> SupervisorRepository::insert(const Supervisor &supervisor)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto v = validate(supervisor); !v)
        return v.error();
    if (supervisor.id != 0) {
        auto taken = sql::count(m_plan, u"SELECT count(*) FROM supervisors WHERE id = ?"_s, {supervisor.id});
        if (!taken)
            return taken.error();
        if (taken.value() != 0)
            return Error::make(Error::Kind::Conflict,
                               tr("There is already a supervisor with id %1.").arg(supervisor.id));
    }
    auto q = m_plan.exec(u"INSERT INTO supervisors (id, site_id, given_name, family_name, profession, has_training, "
                         u"training_year, max_students, email, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         QVariantList{sql::id(supervisor.id)} + supervisorValues(supervisor));
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    QList<qint64> absenceIds;
    for (SupervisorAbsence a : supervisor.absences) {
        a.supervisorId = id;
        auto r = writeAbsence(a);
        if (!r)
            return r.error();
        absenceIds << r.value();
    }
    m_plan.notifyChanged(Entity::Supervisor, Change::Kind::Inserted, {id});
    if (!absenceIds.isEmpty())
        m_plan.notifyChanged(Entity::SupervisorAbsence, Change::Kind::Inserted, absenceIds);
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<void> SupervisorRepository::update(const Supervisor &supervisor)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    Supervisor own = supervisor;
    own.absences.clear(); // not changed here
    if (auto v = validate(own); !v)
        return v;
    auto q = m_plan.exec(u"UPDATE supervisors SET site_id = ?, given_name = ?, family_name = ?, profession = ?, "
                         u"has_training = ?, training_year = ?, max_students = ?, email = ?, phone = ? WHERE id = ?"_s,
                         supervisorValues(supervisor) + QVariantList{supervisor.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, tr("There is no supervisor with id %1.").arg(supervisor.id));
    m_plan.notifyChanged(Entity::Supervisor, Change::Kind::Updated, {supervisor.id});
    return tx.commit();
}

Result<Dependents> SupervisorRepository::dependents(qint64 id) const
{
    Dependents d;
    auto placements = sql::count(m_plan, u"SELECT count(*) FROM placements WHERE supervisor_id = ?"_s, {id});
    if (!placements)
        return placements.error();
    auto absences = sql::count(m_plan, u"SELECT count(*) FROM supervisor_absences WHERE supervisor_id = ?"_s, {id});
    if (!absences)
        return absences.error();
    auto mentored = sql::count(m_plan, u"SELECT count(*) FROM mentorships WHERE mentor_supervisor_id = ?"_s, {id});
    if (!mentored)
        return mentored.error();
    d.add(Dependents::What::Placement, placements.value(), false);
    d.add(Dependents::What::MentoredHire, mentored.value(), false);
    d.add(Dependents::What::SupervisorAbsence, absences.value(), true);
    return d;
}

Result<Removal<Supervisor>> SupervisorRepository::remove(qint64 id, bool cascade)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto supervisor = get(id);
    if (!supervisor)
        return supervisor.error();
    auto deps = dependents(id);
    if (!deps)
        return deps.error();
    if (deps->blocksRemoval(cascade))
        return deps->refusal(tr("The supervisor %1").arg(supervisor->fullName()), cascade);
    // absences go by ON DELETE CASCADE
    if (auto q = m_plan.exec(u"DELETE FROM supervisors WHERE id = ?"_s, {id}); !q)
        return q.error();
    QList<qint64> absenceIds;
    for (const SupervisorAbsence &a : std::as_const(supervisor->absences))
        absenceIds << a.id;
    if (!absenceIds.isEmpty())
        m_plan.notifyChanged(Entity::SupervisorAbsence, Change::Kind::Removed, absenceIds);
    m_plan.notifyChanged(Entity::Supervisor, Change::Kind::Removed, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return Removal<Supervisor>{supervisor.value(), {}};
}

Result<void> SupervisorRepository::restore(const Removal<Supervisor> &removed)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto r = insert(removed.record); !r)
        return r.error();
    if (auto r = removed.links.restore(m_plan); !r)
        return r;
    return tx.commit();
}

// --- absence periods -----------------------------------------------------------------------------------------------

Result<SupervisorAbsence> SupervisorRepository::absence(qint64 id) const
{
    auto found = sql::rows<SupervisorAbsence>(m_plan, absenceSelect + u"WHERE id = ?"_s, {id}, absenceFrom);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no absence period with id %1.").arg(id));
    return found->first();
}

Result<QList<SupervisorAbsence>> SupervisorRepository::absences(qint64 supervisorId) const
{
    return sql::rows<SupervisorAbsence>(m_plan, absenceSelect + u"WHERE supervisor_id = ? ORDER BY start_date, id"_s,
                                        {supervisorId}, absenceFrom);
}

Result<QList<SupervisorAbsence>> SupervisorRepository::absencesOverlapping(QDate from, QDate to) const
{
    return sql::rows<SupervisorAbsence>(
        m_plan, absenceSelect + u"WHERE start_date <= ? AND end_date >= ? ORDER BY supervisor_id, start_date, id"_s,
        {sql::date(to), sql::date(from)}, absenceFrom);
}

Result<void> SupervisorRepository::validateAbsence(const SupervisorAbsence &absence) const
{
    if (!absence.start.isValid())
        return Error::invalid(tr("The absence period has no start date."), tr("Start"));
    if (!absence.end.isValid())
        return Error::invalid(tr("The absence period has no end date."), tr("End"));
    if (auto e = Validation::dateOrder(absence.start, absence.end, tr("End")))
        return *e;
    if (absence.supervisorId != 0) {
        auto n = sql::count(m_plan, u"SELECT count(*) FROM supervisors WHERE id = ?"_s, {absence.supervisorId});
        if (!n)
            return n.error();
        if (n.value() == 0)
            return Error::invalid(tr("Supervisor %1 does not exist.").arg(absence.supervisorId), tr("Supervisor"));
    }
    return {};
}

Result<qint64> SupervisorRepository::writeAbsence(const SupervisorAbsence &absence)
{
    if (auto v = validateAbsence(absence); !v)
        return v.error();
    if (absence.supervisorId == 0)
        return Error::invalid(tr("The absence period belongs to no supervisor."), tr("Supervisor"));
    if (absence.id != 0) {
        auto taken = sql::count(m_plan, u"SELECT count(*) FROM supervisor_absences WHERE id = ?"_s, {absence.id});
        if (!taken)
            return taken.error();
        if (taken.value() != 0)
            return Error::make(Error::Kind::Conflict,
                               tr("There is already an absence period with id %1.").arg(absence.id));
    }
    auto q = m_plan.exec(
        u"INSERT INTO supervisor_absences (id, supervisor_id, start_date, end_date, note) VALUES (?, ?, ?, ?, ?)"_s,
        {sql::id(absence.id), absence.supervisorId, sql::date(absence.start), sql::date(absence.end),
         sql::text(absence.note)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<qint64> SupervisorRepository::addAbsence(const SupervisorAbsence &absence)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto id = writeAbsence(absence);
    if (!id)
        return id;
    m_plan.notifyChanged(Entity::SupervisorAbsence, Change::Kind::Inserted, {id.value()});
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<void> SupervisorRepository::updateAbsence(const SupervisorAbsence &absence)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto v = validateAbsence(absence); !v)
        return v;
    auto q = m_plan.exec(
        u"UPDATE supervisor_absences SET supervisor_id = ?, start_date = ?, end_date = ?, note = ? WHERE id = ?"_s,
        {absence.supervisorId, sql::date(absence.start), sql::date(absence.end), sql::text(absence.note), absence.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, tr("There is no absence period with id %1.").arg(absence.id));
    m_plan.notifyChanged(Entity::SupervisorAbsence, Change::Kind::Updated, {absence.id});
    return tx.commit();
}

Result<SupervisorAbsence> SupervisorRepository::removeAbsence(qint64 id)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto found = absence(id);
    if (!found)
        return found;
    if (auto q = m_plan.exec(u"DELETE FROM supervisor_absences WHERE id = ?"_s, {id}); !q)
        return q.error();
    m_plan.notifyChanged(Entity::SupervisorAbsence, Change::Kind::Removed, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return found;
}

} // namespace praksis
