#pragma once

#include "Error.h"

#include <QDate>
#include <QList>

namespace praksis {

class PlanFile;

// Privacy: students whose last placement ended more than N years ago are anonymised or deleted
// (personopplysningsloven/GDPR storage limitation). Students without any placement are never touched: nothing says
// how old their record is.
class Purge
{
public:
    enum class Mode
    {
        Anonymise, // replace names, contact details, notes and student number; keep placements for statistics
        Delete,    // delete the students and everything of theirs (placements, meetings, absences, checklists)
    };

    struct Result
    {
        QList<qint64> studentIds; // the students concerned
        int placements = 0;       // their placements (kept when anonymising, deleted when deleting)
        // "Given Family (student number)" of each, by family and given name, for a preview (only from preview())
        QStringList names;
    };

    // Whose last placement ended before today minus `years` years. Already anonymised students are not counted
    // again by Anonymise.
    static praksis::Result<Result> preview(const PlanFile &plan, int years, Mode mode,
                                           const QDate &today = QDate::currentDate());

    // Does it, in one transaction, and announces the changes (so they are in the change log).
    static praksis::Result<Result> run(PlanFile &plan, int years, Mode mode, const QDate &today = QDate::currentDate());

    // The date before which a last placement must have ended.
    static QDate cutoff(int years, const QDate &today) { return today.addYears(-years); }
};

} // namespace praksis
