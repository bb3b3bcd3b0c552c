#include "storage/SchoolRepository.h"

#include "model/Validation.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

const QString schoolColumns = u"id, name, kind, org_number, contact_person, email, phone"_s;
const QString programmeColumns = u"id, school_id, name, kind"_s;

School schoolFrom(const QSqlQuery &q)
{
    School s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.kind = fromId<SchoolKind>(q.value(2).toString()).value_or(SchoolKind::Hogskole);
    s.orgNumber = q.value(3).toString();
    s.contactPerson = q.value(4).toString();
    s.email = q.value(5).toString();
    s.phone = q.value(6).toString();
    return s;
}

Programme programmeFrom(const QSqlQuery &q)
{
    Programme p;
    p.id = q.value(0).toLongLong();
    p.schoolId = q.value(1).toLongLong();
    p.name = q.value(2).toString();
    p.kind = fromId<ProgrammeKind>(q.value(3).toString()).value_or(ProgrammeKind::Annet);
    return p;
}

} // namespace

// --- schools -------------------------------------------------------------------------------------------------------

Result<School> SchoolRepository::get(qint64 id) const
{
    auto found =
        sql::rows<School>(m_plan, u"SELECT "_s + schoolColumns + u" FROM schools WHERE id = ?"_s, {id}, schoolFrom);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no school with id %1.").arg(id));
    School s = found->first();
    auto progs = programmes(id);
    if (!progs)
        return progs.error();
    s.programmes = progs.value();
    return s;
}

Result<QList<School>> SchoolRepository::list() const
{
    auto schools = sql::rows<School>(
        m_plan, u"SELECT "_s + schoolColumns + u" FROM schools ORDER BY name COLLATE NORWEGIAN, id"_s, {}, schoolFrom);
    if (!schools)
        return schools.error();
    auto progs = programmes(0);
    if (!progs)
        return progs.error();
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < schools->size(); ++i)
        index.insert(schools->at(i).id, i);
    for (const Programme &p : std::as_const(progs.value())) {
        if (auto it = index.constFind(p.schoolId); it != index.constEnd())
            (*schools)[*it].programmes << p;
    }
    return schools;
}

Result<qint64> SchoolRepository::findByName(const QString &name) const
{
    return sql::count(m_plan, u"SELECT id FROM schools WHERE name = ? COLLATE FOLDED"_s, {name.trimmed()});
}

QString SchoolRepository::schoolName(qint64 id) const
{
    auto q = m_plan.exec(u"SELECT name FROM schools WHERE id = ?"_s, {id});
    return q && q->next() ? q->value(0).toString() : QString();
}

Result<void> SchoolRepository::validate(const School &school) const
{
    if (auto e = Validation::requiredText(school.name, tr("Name")))
        return *e;
    if (auto e =
            Validation::organisationNumber(school.orgNumber, Validation::Presence::Optional, tr("Organisation number")))
        return *e;
    if (auto e = Validation::email(school.email, Validation::Presence::Optional, tr("E-mail")))
        return *e;
    if (auto e = Validation::phone(school.phone, Validation::Presence::Optional, tr("Phone")))
        return *e;
    auto same = sql::count(m_plan, u"SELECT id FROM schools WHERE name = ? COLLATE FOLDED AND id <> ?"_s,
                           {sql::text(school.name), school.id});
    if (!same)
        return same.error();
    if (same.value() != 0)
        return Error::invalid(tr("There is already a school named “%1”.").arg(school.name.trimmed()), tr("Name"));
    return {};
}

Result<qint64> SchoolRepository::insert(const School &school)
{
    if (auto v = validate(school); !v)
        return v.error();
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (school.id != 0) {
        auto taken = sql::count(m_plan, u"SELECT count(*) FROM schools WHERE id = ?"_s, {school.id});
        if (!taken)
            return taken.error();
        if (taken.value() != 0)
            return Error::make(Error::Kind::Conflict, tr("There is already a school with id %1.").arg(school.id));
    }
    auto q = m_plan.exec(u"INSERT INTO schools (id, name, kind, org_number, contact_person, email, phone) "
                         u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                         {sql::id(school.id), sql::text(school.name), toId(school.kind),
                          Validation::normalisedOrganisationNumber(school.orgNumber), sql::text(school.contactPerson),
                          sql::text(school.email), sql::text(school.phone)});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    QList<qint64> programmeIds;
    for (Programme p : school.programmes) {
        p.schoolId = id;
        qint64 pid = 0;
        if (auto r = writeProgramme(p, true, &pid); !r)
            return r.error();
        programmeIds << pid;
    }
    m_plan.notifyChanged(Entity::School, Change::Kind::Inserted, {id});
    if (!programmeIds.isEmpty())
        m_plan.notifyChanged(Entity::Programme, Change::Kind::Inserted, programmeIds);
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<void> SchoolRepository::update(const School &school)
{
    if (auto v = validate(school); !v)
        return v.error();
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto q = m_plan.exec(u"UPDATE schools SET name = ?, kind = ?, org_number = ?, contact_person = ?, email = ?, "
                         u"phone = ? WHERE id = ?"_s,
                         {sql::text(school.name), toId(school.kind),
                          Validation::normalisedOrganisationNumber(school.orgNumber), sql::text(school.contactPerson),
                          sql::text(school.email), sql::text(school.phone), school.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, tr("There is no school with id %1.").arg(school.id));
    m_plan.notifyChanged(Entity::School, Change::Kind::Updated, {school.id});
    return tx.commit();
}

Result<Dependents> SchoolRepository::dependents(qint64 id) const
{
    Dependents d;
    auto students = sql::count(m_plan, u"SELECT count(*) FROM students WHERE school_id = ?"_s, {id});
    auto progs = sql::count(m_plan, u"SELECT count(*) FROM programmes WHERE school_id = ?"_s, {id});
    if (!students)
        return students.error();
    if (!progs)
        return progs.error();
    d.add(Dependents::What::Student, students.value(), false);
    d.add(Dependents::What::Programme, progs.value(), true);
    return d;
}

Result<Removal<School>> SchoolRepository::remove(qint64 id, bool cascade)
{
    auto school = get(id);
    if (!school)
        return school.error();
    auto deps = dependents(id);
    if (!deps)
        return deps.error();
    if (deps->blocksRemoval(cascade))
        return deps->refusal(tr("The school “%1”").arg(school->name), cascade);

    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    Removal<School> removed{school.value(), {}};
    QList<qint64> programmeIds;
    for (const Programme &p : std::as_const(school->programmes)) {
        auto r = removeProgramme(p.id, true);
        if (!r)
            return r.error();
        removed.links.periodProgrammes << r->links.periodProgrammes;
        programmeIds << p.id;
    }
    if (auto q = m_plan.exec(u"DELETE FROM schools WHERE id = ?"_s, {id}); !q)
        return q.error();
    m_plan.notifyChanged(Entity::School, Change::Kind::Removed, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return removed;
}

Result<void> SchoolRepository::restore(const Removal<School> &removed)
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

// --- programmes ----------------------------------------------------------------------------------------------------

Result<Programme> SchoolRepository::programme(qint64 id) const
{
    auto found = sql::rows<Programme>(m_plan, u"SELECT "_s + programmeColumns + u" FROM programmes WHERE id = ?"_s,
                                      {id}, programmeFrom);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no programme with id %1.").arg(id));
    return found->first();
}

Result<QList<Programme>> SchoolRepository::programmes(qint64 schoolId) const
{
    if (schoolId == 0)
        return sql::rows<Programme>(m_plan,
                                    u"SELECT "_s + programmeColumns +
                                        u" FROM programmes ORDER BY school_id, name COLLATE NORWEGIAN, id"_s,
                                    {}, programmeFrom);
    return sql::rows<Programme>(m_plan,
                                u"SELECT "_s + programmeColumns +
                                    u" FROM programmes WHERE school_id = ? ORDER BY name COLLATE NORWEGIAN, id"_s,
                                {schoolId}, programmeFrom);
}

Result<qint64> SchoolRepository::findProgramme(qint64 schoolId, const QString &name) const
{
    return sql::count(m_plan, u"SELECT id FROM programmes WHERE school_id = ? AND name = ? COLLATE FOLDED"_s,
                      {schoolId, sql::text(name)});
}

Result<void> SchoolRepository::validateProgramme(const Programme &programme) const
{
    if (auto e = Validation::requiredText(programme.name, tr("Name")))
        return *e;
    const QString school = schoolName(programme.schoolId);
    if (school.isEmpty())
        return Error::invalid(tr("The programme has no school: school %1 does not exist.").arg(programme.schoolId),
                              tr("School"));
    auto same =
        sql::count(m_plan, u"SELECT id FROM programmes WHERE school_id = ? AND name = ? COLLATE FOLDED AND id <> ?"_s,
                   {programme.schoolId, sql::text(programme.name), programme.id});
    if (!same)
        return same.error();
    if (same.value() != 0)
        return Error::invalid(tr("%1 already has a programme named “%2”.").arg(school, programme.name.trimmed()),
                              tr("Name"));
    return {};
}

Result<void> SchoolRepository::writeProgramme(const Programme &programme, bool isNew, qint64 *id)
{
    if (auto v = validateProgramme(programme); !v)
        return v;
    if (isNew) {
        if (programme.id != 0) {
            auto taken = sql::count(m_plan, u"SELECT count(*) FROM programmes WHERE id = ?"_s, {programme.id});
            if (!taken)
                return taken.error();
            if (taken.value() != 0)
                return Error::make(Error::Kind::Conflict,
                                   tr("There is already a programme with id %1.").arg(programme.id));
        }
        auto q =
            m_plan.exec(u"INSERT INTO programmes (id, school_id, name, kind) VALUES (?, ?, ?, ?)"_s,
                        {sql::id(programme.id), programme.schoolId, sql::text(programme.name), toId(programme.kind)});
        if (!q)
            return q.error();
        *id = q->lastInsertId().toLongLong();
        return {};
    }
    // A programme with students stays at its school: its students belong to that school.
    auto current = this->programme(programme.id);
    if (!current)
        return current.error();
    if (current->schoolId != programme.schoolId) {
        auto students = sql::count(m_plan, u"SELECT count(*) FROM students WHERE programme_id = ?"_s, {programme.id});
        if (!students)
            return students.error();
        if (students.value() != 0)
            return Error::invalid(tr("The programme “%1” cannot move to another school: it is taken by %2 of %3.")
                                      .arg(current->name,
                                           Dependents::countText(Dependents::What::Student, students.value()),
                                           schoolName(current->schoolId)),
                                  tr("School"));
    }
    auto q = m_plan.exec(u"UPDATE programmes SET school_id = ?, name = ?, kind = ? WHERE id = ?"_s,
                         {programme.schoolId, sql::text(programme.name), toId(programme.kind), programme.id});
    if (!q)
        return q.error();
    *id = programme.id;
    return {};
}

Result<qint64> SchoolRepository::insertProgramme(const Programme &programme)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    qint64 id = 0;
    if (auto r = writeProgramme(programme, true, &id); !r)
        return r.error();
    m_plan.notifyChanged(Entity::Programme, Change::Kind::Inserted, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<void> SchoolRepository::updateProgramme(const Programme &programme)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    qint64 id = 0;
    if (auto r = writeProgramme(programme, false, &id); !r)
        return r;
    m_plan.notifyChanged(Entity::Programme, Change::Kind::Updated, {id});
    return tx.commit();
}

Result<Dependents> SchoolRepository::programmeDependents(qint64 id) const
{
    Dependents d;
    auto students = sql::count(m_plan, u"SELECT count(*) FROM students WHERE programme_id = ?"_s, {id});
    auto periods = sql::count(m_plan, u"SELECT count(*) FROM period_programmes WHERE programme_id = ?"_s, {id});
    if (!students)
        return students.error();
    if (!periods)
        return periods.error();
    d.add(Dependents::What::Student, students.value(), false);
    d.add(Dependents::What::PeriodLink, periods.value(), true);
    return d;
}

Result<Removal<Programme>> SchoolRepository::removeProgramme(qint64 id, bool cascade)
{
    auto p = programme(id);
    if (!p)
        return p.error();
    auto deps = programmeDependents(id);
    if (!deps)
        return deps.error();
    if (deps->blocksRemoval(cascade))
        return deps->refusal(tr("The programme “%1”").arg(p->name), cascade);

    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    Removal<Programme> removed{p.value(), {}};
    auto links = sql::rows<PeriodProgramme>(
        m_plan, u"SELECT period_id, programme_id FROM period_programmes WHERE programme_id = ? ORDER BY period_id"_s,
        {id}, [](const QSqlQuery &q) {
            return PeriodProgramme{q.value(0).toLongLong(), q.value(1).toLongLong()};
        });
    if (!links)
        return links.error();
    removed.links.periodProgrammes = links.value();
    if (auto q = m_plan.exec(u"DELETE FROM period_programmes WHERE programme_id = ?"_s, {id}); !q)
        return q.error();
    if (auto q = m_plan.exec(u"DELETE FROM programmes WHERE id = ?"_s, {id}); !q)
        return q.error();
    if (!links->isEmpty()) {
        QList<qint64> periodIds;
        for (const PeriodProgramme &l : std::as_const(links.value()))
            periodIds << l.periodId;
        m_plan.notifyChanged(Entity::Period, Change::Kind::Updated, periodIds);
    }
    m_plan.notifyChanged(Entity::Programme, Change::Kind::Removed, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return removed;
}

Result<void> SchoolRepository::restoreProgramme(const Removal<Programme> &removed)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto r = insertProgramme(removed.record); !r)
        return r.error();
    if (auto r = removed.links.restore(m_plan); !r)
        return r;
    return tx.commit();
}

} // namespace praksis
