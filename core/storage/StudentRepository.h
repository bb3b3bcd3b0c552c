#pragma once

#include "Error.h"
#include "model/Student.h"
#include "storage/Dependents.h"
#include "storage/Removal.h"

#include <QCoreApplication>
#include <QList>

namespace praksis {

class PlanFile;

// Students with their preferences and exclusions. Every write is one transaction, validated first, and announced
// with PlanFile::changed (Entity::Student with student ids; Entity::Preference and Entity::Exclusion with the ids
// of the students whose preferences or exclusions changed).
class StudentRepository
{
    Q_DECLARE_TR_FUNCTIONS(praksis::StudentRepository)

public:
    explicit StudentRepository(PlanFile &plan)
        : m_plan(plan)
    {}

    Result<Student> get(qint64 id) const;
    // Students by family name, given name; of one school when schoolId is not 0. With preferences and exclusions.
    Result<QList<Student>> list(qint64 schoolId = 0) const;
    Result<QList<Student>> listByProgramme(qint64 programmeId) const;
    // The id of the student with this number at this school (the key for re-imports), 0 when there is none.
    Result<qint64> findByNumber(qint64 schoolId, const QString &studentNumber) const;

    // The rules a student must meet (not her preferences), with the message for the first one broken.
    Result<void> validate(const Student &student) const;
    // Stores a new student with her preferences and exclusions; keeps student.id when it is not 0. Returns the id.
    Result<qint64> insert(const Student &student);
    // Changes the student's own fields (not preferences or exclusions).
    Result<void> update(const Student &student);
    // Placements (block), preferences and exclusions (go with her).
    Result<Dependents> dependents(qint64 id) const;
    // Removes the student; refused while she has placements; preferences and exclusions go only with cascade.
    Result<Removal<Student>> remove(qint64 id, bool cascade = false);
    Result<void> restore(const Removal<Student> &removed);

    // --- preferences ---
    // Her ranked choices for a period (empty siteIds when she has none).
    Result<Preference> preference(qint64 studentId, qint64 periodId) const;
    // Every student's choices for a period, by student id (the planner's input).
    Result<QList<Preference>> preferencesForPeriod(qint64 periodId) const;
    // The rankings that name a site (as they are, whole).
    Result<QList<Preference>> preferencesNamingSite(qint64 siteId) const;
    Result<void> validatePreference(const Preference &preference) const;
    // Replaces her choices for the period with preference.siteIds (empty: removes them).
    Result<void> setPreference(const Preference &preference);

    // --- exclusions ---
    Result<QList<Exclusion>> exclusions(qint64 studentId) const;
    Result<QList<Exclusion>> exclusionsOfSite(qint64 siteId) const;
    Result<void> validateExclusion(const Exclusion &exclusion) const;
    // Adds the exclusion, or changes its reason.
    Result<void> setExclusion(const Exclusion &exclusion);
    Result<void> removeExclusion(qint64 studentId, qint64 siteId);

private:
    Result<QList<Student>> query(const QString &where, const QVariantList &bindings) const;
    Result<void> writePreference(const Preference &preference);
    Result<void> writeExclusion(const Exclusion &exclusion);

    PlanFile &m_plan;
};

} // namespace praksis
