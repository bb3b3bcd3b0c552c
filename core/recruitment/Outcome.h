#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <array>

namespace praksis {

class PlanFile;

// The recruitment outcome of PRODUCT.md section 10, per site and for the whole plan, over from … to (both days
// included):
// - formerStudents: distinct students with a placement at the site, not cancelled, that ended in the range;
// - of them hiredSummer / hiredPost: with a later hire as `sommervikar` / as `fast` or `vikariat`, anywhere in the
//   plan; hiredHere: with a later hire of any position at this same site. "Later": the hire starts after the end
//   of her last such placement at the site. A hire is hers when its confirmed student link points at her.
// - newHires: hires at the site starting in the range; of them mentored: with a mentor (a mentorship);
//   eligible12Months: her 12-month day (start + 12 months, QDate::addMonths: 29 February + 12 months is
//   28 February) on or before to; stayed12Months: of those, still employed on that day (no end date, or an end
//   date on or after it); leftInProbation: an end date on or before the probation end.
// The whole-plan line counts each person once: a person is in a figure of the whole plan when she is in that
// figure at some site. A hire is the person of her linked student record, or, without a link, a person of her own.
// Computed by one SQL statement over the sets, never row by row.
struct OutcomeFigures
{
    qint64 siteId = 0; // 0: the whole plan
    QString site;      // "name" or "name / unit"; empty for the whole plan
    int formerStudents = 0;
    int hiredSummer = 0;
    int hiredPost = 0;
    int hiredHere = 0;
    int newHires = 0;
    int mentored = 0;
    int eligible12Months = 0;
    int stayed12Months = 0;
    int leftInProbation = 0;
    // retention with a mentor (the Overview): of eligible12Months / stayed12Months those with a mentor
    int mentoredEligible12Months = 0;
    int mentoredStayed12Months = 0;

    bool wholePlan() const { return siteId == 0; }
    bool operator==(const OutcomeFigures &o) const;
};

// One figure of OutcomeFigures: its key (the JSON key of PRODUCT.md section 10) and whether `report
// --recruitment --json` gives it (the desktop's retention figures are not in that contract).
struct OutcomeField
{
    const char *key;
    int OutcomeFigures::*member;
    bool inJson;
};

class Outcome
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Outcome)

public:
    // Every figure in the order of OutcomeFigures.
    static const std::array<OutcomeField, 11> &fields();
    // One line per site with a former student or a new hire in the range, by site name and unit, then the whole
    // plan's line (always there, last). Invalid: a missing date or to before from.
    static Result<QList<OutcomeFigures>> compute(PlanFile &plan, QDate from, QDate to);
    // PRODUCT.md section 10: per line an object with "site" (null for the whole plan) and the figures.
    static QJsonArray toJson(const QList<OutcomeFigures> &lines);
};

} // namespace praksis
