#pragma once

#include "Error.h"
#include "model/Hire.h"
#include "storage/Dependents.h"
#include "storage/Removal.h"

#include <QCoreApplication>
#include <QList>

namespace praksis {

class PlanFile;

// The new hires (PRODUCT.md section 10). Every write is one transaction, validated first, and announced with
// PlanFile::changed (Entity::Hire with hire ids); the change log records it with the rest.
class HireRepository
{
    Q_DECLARE_TR_FUNCTIONS(praksis::HireRepository)

public:
    explicit HireRepository(PlanFile &plan)
        : m_plan(plan)
    {}

    Result<Hire> get(qint64 id) const;
    // Hires by family name, given name, start; of one site when siteId is not 0.
    Result<QList<Hire>> list(qint64 siteId = 0) const;
    // The hires linked to a student record, by start.
    Result<QList<Hire>> listByStudent(qint64 studentId) const;

    // Names, site, dates in order (probation end and end not before the start), an end reason only with an end
    // date, e-mail and phone, the linked student exists.
    Result<void> validate(const Hire &hire) const;
    // Stores a new hire (a null probation end: start + 6 months); keeps hire.id when not 0. Returns the id.
    Result<qint64> insert(const Hire &hire);
    // Changes her fields. Mentorships that began on her old start date begin on the new one, and their
    // conversations follow (MentorRepository::update). Returns the hire as she was.
    Result<Hire> update(const Hire &hire);

    // Sets (a person confirmed it) or clears (0) the link to her student record. Returns the previous student id.
    Result<qint64> setStudentLink(qint64 hireId, qint64 studentId);

    // Her mentorships with their conversations (go with her), the mentorships in which she is the mentor (block).
    Result<Dependents> dependents(qint64 id) const;
    // Removes her with her mentorships and their conversations (cascade must be true when she has any).
    Result<Removal<Hire>> remove(qint64 id, bool cascade = false);
    Result<void> restore(const Removal<Hire> &removed);

private:
    Result<QList<Hire>> query(const QString &where, const QVariantList &bindings, const QString &order) const;
    Result<qint64> insertRow(const Hire &hire);

    PlanFile &m_plan;
};

} // namespace praksis
