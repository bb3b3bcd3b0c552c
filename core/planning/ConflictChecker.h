#pragma once

#include "Error.h"
#include "planning/Conflict.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace praksis {

class PlanFile;

// Rules 1–4 of PRODUCT.md section 2 over the placements of a plan. Cancelled placements never count. Loads
// everything it needs with a handful of queries and sweeps each student's, site's and supervisor's placements in
// date order, so the whole of a large plan (50,000 placements) is checked in a fraction of a second.
class ConflictChecker
{
    Q_DECLARE_TR_FUNCTIONS(praksis::ConflictChecker)

public:
    explicit ConflictChecker(PlanFile &plan)
        : m_plan(plan)
    {}

    // Conflicts of the whole plan (periodId 0), or those that involve at least one placement of the period.
    // Sorted by rule, then by date, then by the first placement id.
    Result<QList<Conflict>> check(qint64 periodId = 0) const;
    // Every rule of PRODUCT.md section 2: rules 1–4 above and the follow-up rules 5 and 6 (FollowUp::conflicts),
    // with `today` deciding which meetings are overdue. Same order as check().
    Result<QList<Conflict>> checkAll(qint64 periodId, QDate today) const;

private:
    PlanFile &m_plan;
};

// "student double-booked" and the like: the stable identifier of a rule, for JSON and scripts.
QString conflictRuleId(Conflict::Rule rule);
// 1–6: the rule's number in PRODUCT.md section 2.
int conflictRuleNumber(Conflict::Rule rule);
// What rule 1–6 of PRODUCT.md section 2 asks, in the interface language ("A site holds no more students than its
// capacity"): the heading of a group of findings on the desktop's Conflicts page.
QString conflictRuleTitle(int ruleNumber);

} // namespace praksis
