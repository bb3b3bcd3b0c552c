#pragma once

#include "Error.h"

#include <QDate>
#include <QList>

namespace praksis {

class PlanFile;

// Privacy: students whose last placement ended more than N years ago, and new hires whose employment ended more
// than N years ago, are anonymised or deleted (personopplysningsloven/GDPR storage limitation). Students without
// any placement and hires still employed are never touched: nothing says how old their record is.
class Purge
{
public:
    enum class Mode
    {
        // replace names, contact details, notes and student number; keep placements for statistics; a hire keeps
        // her site, post, dates and mentorships (the recruitment figures)
        Anonymise,
        // delete the students and everything of theirs (placements, meetings, absences, checklists), the hires
        // with their mentorships and conversations
        Delete,
    };

    struct Result
    {
        QList<qint64> studentIds; // the students concerned
        int placements = 0;       // their placements (kept when anonymising, deleted when deleting)
        // "Given Family (student number)" of each, by family and given name, for a preview (only from preview())
        QStringList names;
        // The new hires concerned, and "Given Family (new hire, site)" of each (only from preview()). Deleting
        // leaves out a hire who is the mentor of a hire that stays.
        QList<qint64> hireIds;
        QStringList hireNames;
    };

    // Whose last placement (whose employment) ended before today minus `years` years. Already anonymised students
    // and hires are not counted again by Anonymise.
    static praksis::Result<Result> preview(const PlanFile &plan, int years, Mode mode,
                                           const QDate &today = QDate::currentDate());

    // Does it, in one transaction, and announces the changes (so they are in the change log).
    static praksis::Result<Result> run(PlanFile &plan, int years, Mode mode, const QDate &today = QDate::currentDate());

    // The date before which a last placement must have ended.
    static QDate cutoff(int years, const QDate &today) { return today.addYears(-years); }
};

} // namespace praksis
