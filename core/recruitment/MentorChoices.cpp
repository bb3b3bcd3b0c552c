#include "recruitment/MentorChoices.h"

#include "model/Hire.h"
#include "storage/Listings.h"
#include "storage/SqlValues.h"

namespace praksis {

Result<QList<MentorChoice>> MentorChoices::forHire(const PlanFile &plan, const Hire &hire)
{
    // rank 0: at her site, 1: another supervisor, 2: another hire (MentorChoice::Kind's order)
    return sql::rows<MentorChoice>(
        plan,
        QStringLiteral("SELECT rank, id, name, site FROM ("
                       "SELECT CASE WHEN v.site_id = ? THEN 0 ELSE 1 END AS rank, v.id AS id, " PRAKSIS_SQL_PERSON_NAME(
                           "v") " AS name, s.name AS site FROM supervisors v JOIN sites s ON s.id = v.site_id "
                                "UNION ALL SELECT 2, h.id, " PRAKSIS_SQL_PERSON_NAME(
                                    "h") ", s.name FROM hires h JOIN sites s ON s.id = h.site_id WHERE h.id <> ?) "
                                         "ORDER BY rank, name COLLATE NORWEGIAN"),
        {hire.siteId, hire.id}, [](const QSqlQuery &q) {
            return MentorChoice{MentorChoice::Kind(q.value(0).toInt()), q.value(1).toLongLong(), q.value(2).toString(),
                                q.value(3).toString()};
        });
}

} // namespace praksis
