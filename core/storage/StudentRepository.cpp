#include "storage/StudentRepository.h"

#include "model/Validation.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QSet>

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

const QString studentColumns = u"s.id, s.school_id, s.programme_id, s.student_number, s.given_name, s.family_name, "
                               u"s.cohort, s.email, s.phone, s.notes, s.police_certificate_seen, "
                               u"s.confidentiality_signed, s.anonymised"_s;

Student studentFrom(const QSqlQuery &q)
{
    Student s;
    s.id = q.value(0).toLongLong();
    s.schoolId = q.value(1).toLongLong();
    s.programmeId = q.value(2).toLongLong();
    s.studentNumber = q.value(3).toString();
    s.givenName = q.value(4).toString();
    s.familyName = q.value(5).toString();
    s.cohort = q.value(6).toInt();
    s.email = q.value(7).toString();
    s.phone = q.value(8).toString();
    s.notes = q.value(9).toString();
    s.policeCertificateSeen = sql::toDate(q.value(10));
    s.confidentialitySigned = sql::toDate(q.value(11));
    s.anonymised = q.value(12).toBool();
    return s;
}

// Rows of (student, period, rank, site) ordered by student, period, rank, folded into rankings.
Result<QList<Preference>> foldPreferences(const PlanFile &plan, const QString &where, const QVariantList &bindings)
{
    auto q = plan.exec(u"SELECT student_id, period_id, site_id FROM preferences "_s + where +
                           u" ORDER BY student_id, period_id, rank"_s,
                       bindings);
    if (!q)
        return q.error();
    QList<Preference> out;
    while (q->next()) {
        const qint64 student = q->value(0).toLongLong();
        const qint64 period = q->value(1).toLongLong();
        if (out.isEmpty() || out.last().studentId != student || out.last().periodId != period)
            out << Preference{student, period, {}};
        out.last().siteIds << q->value(2).toLongLong();
    }
    return out;
}

Exclusion exclusionFrom(const QSqlQuery &q)
{
    return Exclusion{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
}

} // namespace

Result<QList<Student>> StudentRepository::query(const QString &where, const QVariantList &bindings) const
{
    auto students =
        sql::rows<Student>(m_plan,
                           u"SELECT "_s + studentColumns + u" FROM students s "_s + where +
                               u" ORDER BY s.family_name COLLATE NORWEGIAN, s.given_name COLLATE NORWEGIAN, s.id"_s,
                           bindings, studentFrom);
    if (!students)
        return students.error();
    if (students->isEmpty())
        return students;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < students->size(); ++i)
        index.insert(students->at(i).id, i);
    const QString detailWhere = u"WHERE student_id IN (SELECT s.id FROM students s "_s + where + u")"_s;
    auto prefs = foldPreferences(m_plan, detailWhere, bindings);
    if (!prefs)
        return prefs.error();
    for (const Preference &p : std::as_const(prefs.value()))
        (*students)[index.value(p.studentId)].preferences << p;
    auto excl = sql::rows<Exclusion>(m_plan,
                                     u"SELECT student_id, site_id, reason FROM exclusions "_s + detailWhere +
                                         u" ORDER BY student_id, site_id"_s,
                                     bindings, exclusionFrom);
    if (!excl)
        return excl.error();
    for (const Exclusion &e : std::as_const(excl.value()))
        (*students)[index.value(e.studentId)].exclusions << e;
    return students;
}

Result<Student> StudentRepository::get(qint64 id) const
{
    auto found = query(u"WHERE s.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no student with id %1.").arg(id));
    return found->first();
}

Result<QList<Student>> StudentRepository::list(qint64 schoolId) const
{
    if (schoolId == 0)
        return query({}, {});
    return query(u"WHERE s.school_id = ?"_s, {schoolId});
}

Result<QList<Student>> StudentRepository::listByProgramme(qint64 programmeId) const
{
    return query(u"WHERE s.programme_id = ?"_s, {programmeId});
}

Result<qint64> StudentRepository::findByNumber(qint64 schoolId, const QString &studentNumber) const
{
    return sql::count(m_plan, u"SELECT id FROM students WHERE school_id = ? AND student_number = ?"_s,
                      {schoolId, sql::text(studentNumber)});
}

Result<void> StudentRepository::validate(const Student &student) const
{
    if (auto e = Validation::requiredText(student.givenName, tr("Given name")))
        return *e;
    if (auto e = Validation::requiredText(student.familyName, tr("Family name")))
        return *e;
    if (auto e = Validation::requiredText(student.studentNumber, tr("Student number")))
        return *e;
    // A national identity number is never stored, not even in the place of a student number.
    if (Validation::looksLikeNationalIdentityNumber(student.studentNumber))
        return Error::invalid(tr("The student number of %1 looks like a national identity number, which Praksisplan "
                                 "never stores. Use the number the school gives its students.")
                                  .arg(student.fullName()),
                              tr("Student number"));
    if (student.cohort != 0) {
        if (auto e = Validation::cohortYear(student.cohort, tr("Cohort")))
            return *e;
    }
    if (auto e = Validation::email(student.email, Validation::Presence::Optional, tr("E-mail")))
        return *e;
    if (auto e = Validation::phone(student.phone, Validation::Presence::Optional, tr("Phone")))
        return *e;

    auto school = m_plan.exec(u"SELECT name FROM schools WHERE id = ?"_s, {student.schoolId});
    if (!school)
        return school.error();
    if (!school->next())
        return Error::invalid(
            tr("%1 has no school: school %2 does not exist.").arg(student.fullName()).arg(student.schoolId),
            tr("School"));
    const QString schoolName = school->value(0).toString();

    if (student.programmeId != 0) {
        auto prog = m_plan.exec(u"SELECT p.name, p.school_id, s.name FROM programmes p JOIN schools s ON s.id = "
                                u"p.school_id WHERE p.id = ?"_s,
                                {student.programmeId});
        if (!prog)
            return prog.error();
        if (!prog->next())
            return Error::invalid(tr("Programme %1 does not exist.").arg(student.programmeId), tr("Programme"));
        if (prog->value(1).toLongLong() != student.schoolId)
            return Error::invalid(tr("The programme “%1” belongs to %2, not to %3.")
                                      .arg(prog->value(0).toString(), prog->value(2).toString(), schoolName),
                                  tr("Programme"));
    }

    auto same = m_plan.exec(u"SELECT given_name, family_name FROM students WHERE school_id = ? AND student_number = ? "
                            u"AND id <> ?"_s,
                            {student.schoolId, sql::text(student.studentNumber), student.id});
    if (!same)
        return same.error();
    if (same->next())
        return Error::invalid(tr("Student number %1 is already used by %2 at %3.")
                                  .arg(student.studentNumber.trimmed(),
                                       same->value(0).toString() + u' ' + same->value(1).toString(), schoolName),
                              tr("Student number"));
    return {};
}

Result<qint64> StudentRepository::insert(const Student &student)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto v = validate(student); !v)
        return v.error();
    if (student.id != 0) {
        auto taken = sql::count(m_plan, u"SELECT count(*) FROM students WHERE id = ?"_s, {student.id});
        if (!taken)
            return taken.error();
        if (taken.value() != 0)
            return Error::make(Error::Kind::Conflict, tr("There is already a student with id %1.").arg(student.id));
    }
    auto q = m_plan.exec(
        u"INSERT INTO students (id, school_id, programme_id, student_number, given_name, family_name, cohort, email, "
        u"phone, notes, police_certificate_seen, confidentiality_signed, anonymised) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {sql::id(student.id), student.schoolId, sql::id(student.programmeId), sql::text(student.studentNumber),
         sql::text(student.givenName), sql::text(student.familyName), sql::optionalInt(student.cohort),
         sql::text(student.email), sql::text(student.phone), sql::rawText(student.notes),
         sql::date(student.policeCertificateSeen), sql::date(student.confidentialitySigned),
         student.anonymised ? 1 : 0});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    for (Preference p : student.preferences) {
        p.studentId = id;
        if (auto r = writePreference(p); !r)
            return r.error();
    }
    for (Exclusion e : student.exclusions) {
        e.studentId = id;
        if (auto r = writeExclusion(e); !r)
            return r.error();
    }
    m_plan.notifyChanged(Entity::Student, Change::Kind::Inserted, {id});
    if (!student.preferences.isEmpty())
        m_plan.notifyChanged(Entity::Preference, Change::Kind::Inserted, {id});
    if (!student.exclusions.isEmpty())
        m_plan.notifyChanged(Entity::Exclusion, Change::Kind::Inserted, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<void> StudentRepository::update(const Student &student)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto v = validate(student); !v)
        return v;
    auto q = m_plan.exec(u"UPDATE students SET school_id = ?, programme_id = ?, student_number = ?, given_name = ?, "
                         u"family_name = ?, cohort = ?, email = ?, phone = ?, notes = ?, police_certificate_seen = ?, "
                         u"confidentiality_signed = ?, anonymised = ? WHERE id = ?"_s,
                         {student.schoolId, sql::id(student.programmeId), sql::text(student.studentNumber),
                          sql::text(student.givenName), sql::text(student.familyName), sql::optionalInt(student.cohort),
                          sql::text(student.email), sql::text(student.phone), sql::rawText(student.notes),
                          sql::date(student.policeCertificateSeen), sql::date(student.confidentialitySigned),
                          student.anonymised ? 1 : 0, student.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, tr("There is no student with id %1.").arg(student.id));
    m_plan.notifyChanged(Entity::Student, Change::Kind::Updated, {student.id});
    return tx.commit();
}

Result<Dependents> StudentRepository::dependents(qint64 id) const
{
    Dependents d;
    auto placements = sql::count(m_plan, u"SELECT count(*) FROM placements WHERE student_id = ?"_s, {id});
    auto prefs = sql::count(m_plan, u"SELECT count(*) FROM preferences WHERE student_id = ?"_s, {id});
    auto excl = sql::count(m_plan, u"SELECT count(*) FROM exclusions WHERE student_id = ?"_s, {id});
    auto hires = sql::count(m_plan, u"SELECT count(*) FROM hires WHERE student_id = ?"_s, {id});
    for (const auto *r : {&placements, &prefs, &excl, &hires}) {
        if (!*r)
            return r->error();
    }
    d.add(Dependents::What::Placement, placements.value(), false);
    d.add(Dependents::What::Preference, prefs.value(), true);
    d.add(Dependents::What::Exclusion, excl.value(), true);
    d.add(Dependents::What::HireLink, hires.value(), true);
    return d;
}

Result<Removal<Student>> StudentRepository::remove(qint64 id, bool cascade)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto student = get(id);
    if (!student)
        return student.error();
    auto deps = dependents(id);
    if (!deps)
        return deps.error();
    if (deps->blocksRemoval(cascade))
        return deps->refusal(tr("The student %1").arg(student->fullName()), cascade);
    Removal<Student> removed{student.value(), {}};
    // the hires stay; their link to her goes (ON DELETE SET NULL) and comes back with restore()
    auto linked = m_plan.exec(u"SELECT id FROM hires WHERE student_id = ? ORDER BY id"_s, {id});
    if (!linked)
        return linked.error();
    QList<qint64> hireIds;
    while (linked->next()) {
        removed.links.hireLinks << qMakePair(linked->value(0).toLongLong(), id);
        hireIds << linked->value(0).toLongLong();
    }
    linked->finish();
    // preferences and exclusions go by ON DELETE CASCADE
    if (auto q = m_plan.exec(u"DELETE FROM students WHERE id = ?"_s, {id}); !q)
        return q.error();
    if (!hireIds.isEmpty())
        m_plan.notifyChanged(Entity::Hire, Change::Kind::Updated, hireIds);
    if (!student->preferences.isEmpty())
        m_plan.notifyChanged(Entity::Preference, Change::Kind::Removed, {id});
    if (!student->exclusions.isEmpty())
        m_plan.notifyChanged(Entity::Exclusion, Change::Kind::Removed, {id});
    m_plan.notifyChanged(Entity::Student, Change::Kind::Removed, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return removed;
}

Result<void> StudentRepository::restore(const Removal<Student> &removed)
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

// --- preferences ---------------------------------------------------------------------------------------------------

Result<Preference> StudentRepository::preference(qint64 studentId, qint64 periodId) const
{
    auto found = foldPreferences(m_plan, u"WHERE student_id = ? AND period_id = ?"_s, {studentId, periodId});
    if (!found)
        return found.error();
    return found->isEmpty() ? Preference{studentId, periodId, {}} : found->first();
}

Result<QList<Preference>> StudentRepository::preferencesForPeriod(qint64 periodId) const
{
    return foldPreferences(m_plan, u"WHERE period_id = ?"_s, {periodId});
}

Result<QList<Preference>> StudentRepository::preferencesNamingSite(qint64 siteId) const
{
    return foldPreferences(m_plan,
                           u"WHERE (student_id, period_id) IN (SELECT student_id, period_id FROM preferences "
                           u"WHERE site_id = ?)"_s,
                           {siteId});
}

Result<void> StudentRepository::validatePreference(const Preference &preference) const
{
    const QString field = tr("Choices");
    if (preference.siteIds.size() > Preference::maxChoices)
        return Error::invalid(tr("A student can rank at most %1 sites for a period; %2 were given.")
                                  .arg(Preference::maxChoices)
                                  .arg(preference.siteIds.size()),
                              field);
    auto student = m_plan.exec(u"SELECT given_name, family_name FROM students WHERE id = ?"_s, {preference.studentId});
    if (!student)
        return student.error();
    if (!student->next())
        return Error::invalid(tr("Student %1 does not exist.").arg(preference.studentId), tr("Student"));
    const QString who = student->value(0).toString() + u' ' + student->value(1).toString();
    auto period = sql::count(m_plan, u"SELECT count(*) FROM periods WHERE id = ?"_s, {preference.periodId});
    if (!period)
        return period.error();
    if (period.value() == 0)
        return Error::invalid(tr("Period %1 does not exist.").arg(preference.periodId), tr("Period"));
    QSet<qint64> seen;
    for (const qint64 siteId : preference.siteIds) {
        auto site = m_plan.exec(u"SELECT s.name, s.unit, e.reason IS NOT NULL FROM sites s LEFT JOIN exclusions e "
                                u"ON e.site_id = s.id AND e.student_id = ? WHERE s.id = ?"_s,
                                {preference.studentId, siteId});
        if (!site)
            return site.error();
        if (!site->next())
            return Error::invalid(tr("Site %1 does not exist.").arg(siteId), field);
        QString name = site->value(0).toString();
        if (!site->value(1).toString().isEmpty())
            name += u", "_s + site->value(1).toString();
        if (seen.contains(siteId))
            return Error::invalid(tr("%1 is ranked more than once.").arg(name), field);
        seen.insert(siteId);
        if (site->value(2).toBool())
            return Error::invalid(
                tr("%1 must not be placed at %2 (excluded), so it cannot be one of her choices.").arg(who, name),
                field);
    }
    return {};
}

Result<void> StudentRepository::writePreference(const Preference &preference)
{
    if (auto v = validatePreference(preference); !v)
        return v;
    if (auto q = m_plan.exec(u"DELETE FROM preferences WHERE student_id = ? AND period_id = ?"_s,
                             {preference.studentId, preference.periodId});
        !q)
        return q.error();
    for (qsizetype i = 0; i < preference.siteIds.size(); ++i) {
        if (auto q =
                m_plan.exec(u"INSERT INTO preferences (student_id, period_id, rank, site_id) VALUES (?, ?, ?, ?)"_s,
                            {preference.studentId, preference.periodId, i + 1, preference.siteIds.at(i)});
            !q)
            return q.error();
    }
    return {};
}

Result<void> StudentRepository::setPreference(const Preference &preference)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto r = writePreference(preference); !r)
        return r;
    m_plan.notifyChanged(Entity::Preference, Change::Kind::Updated, {preference.studentId});
    return tx.commit();
}

// --- exclusions ----------------------------------------------------------------------------------------------------

Result<QList<Exclusion>> StudentRepository::exclusions(qint64 studentId) const
{
    return sql::rows<Exclusion>(
        m_plan, u"SELECT student_id, site_id, reason FROM exclusions WHERE student_id = ? ORDER BY site_id"_s,
        {studentId}, exclusionFrom);
}

Result<QList<Exclusion>> StudentRepository::exclusionsOfSite(qint64 siteId) const
{
    return sql::rows<Exclusion>(
        m_plan, u"SELECT student_id, site_id, reason FROM exclusions WHERE site_id = ? ORDER BY student_id"_s, {siteId},
        exclusionFrom);
}

Result<void> StudentRepository::validateExclusion(const Exclusion &exclusion) const
{
    auto student = sql::count(m_plan, u"SELECT count(*) FROM students WHERE id = ?"_s, {exclusion.studentId});
    if (!student)
        return student.error();
    if (student.value() == 0)
        return Error::invalid(tr("Student %1 does not exist.").arg(exclusion.studentId), tr("Student"));
    auto site = sql::count(m_plan, u"SELECT count(*) FROM sites WHERE id = ?"_s, {exclusion.siteId});
    if (!site)
        return site.error();
    if (site.value() == 0)
        return Error::invalid(tr("Site %1 does not exist.").arg(exclusion.siteId), tr("Site"));
    return {};
}

Result<void> StudentRepository::writeExclusion(const Exclusion &exclusion)
{
    if (auto v = validateExclusion(exclusion); !v)
        return v;
    auto q = m_plan.exec(u"INSERT INTO exclusions (student_id, site_id, reason) VALUES (?, ?, ?) "
                         u"ON CONFLICT (student_id, site_id) DO UPDATE SET reason = excluded.reason"_s,
                         {exclusion.studentId, exclusion.siteId, sql::text(exclusion.reason)});
    if (!q)
        return q.error();
    return {};
}

Result<void> StudentRepository::setExclusion(const Exclusion &exclusion)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto r = writeExclusion(exclusion); !r)
        return r;
    m_plan.notifyChanged(Entity::Exclusion, Change::Kind::Updated, {exclusion.studentId});
    return tx.commit();
}

Result<void> StudentRepository::removeExclusion(qint64 studentId, qint64 siteId)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto q = m_plan.exec(u"DELETE FROM exclusions WHERE student_id = ? AND site_id = ?"_s, {studentId, siteId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound,
                           tr("Student %1 has no exclusion for site %2.").arg(studentId).arg(siteId));
    m_plan.notifyChanged(Entity::Exclusion, Change::Kind::Removed, {studentId});
    return tx.commit();
}

} // namespace praksis
