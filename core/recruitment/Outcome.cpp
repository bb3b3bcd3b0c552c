#include "recruitment/Outcome.h"

#include "model/Validation.h"
#include "storage/PlanFile.h"

#include <QSqlQuery>

namespace praksis {

namespace {

// The sets of PRODUCT.md section 10 in one statement. r: the range, bound once. fp: per site and student her
// last placement at the site, not cancelled, that ended in the range; fs: with the three "later hire" facts.
// nh: the hires at a site starting in the range, with her person (the linked student, or the hire itself as a
// negative number) and her 12-month day (start + 12 months, the last day of the month when that month is
// shorter: QDate::addMonths). The site lines sum the facts; the whole-plan line counts distinct persons.
const char *const outcomeSql = R"SQL(
WITH r (f, t) AS (SELECT ?, ?),
fp AS (
    SELECT p.site_id, p.student_id, max(p.end_date) AS last_end
    FROM placements p, r
    WHERE p.status <> 'cancelled' AND p.end_date >= r.f AND p.end_date <= r.t
    GROUP BY p.site_id, p.student_id),
fs AS (
    SELECT fp.site_id, fp.student_id,
        EXISTS (SELECT 1 FROM hires h WHERE h.student_id = fp.student_id AND h.start_date > fp.last_end
                AND h.position = 'sommervikar') AS summer,
        EXISTS (SELECT 1 FROM hires h WHERE h.student_id = fp.student_id AND h.start_date > fp.last_end
                AND h.position IN ('fast', 'vikariat')) AS post,
        EXISTS (SELECT 1 FROM hires h WHERE h.student_id = fp.student_id AND h.start_date > fp.last_end
                AND h.site_id = fp.site_id) AS here
    FROM fp),
h12 AS (
    SELECT h.id, h.site_id, coalesce(h.student_id, -h.id) AS person, h.end_date, h.probation_end,
        EXISTS (SELECT 1 FROM mentorships m WHERE m.hire_id = h.id) AS mentored,
        CASE WHEN strftime('%d', date(h.start_date, '+12 months')) = strftime('%d', h.start_date)
             THEN date(h.start_date, '+12 months')
             ELSE date(h.start_date, '+12 months', 'start of month', '-1 day') END AS day12
    FROM hires h, r
    WHERE h.start_date >= r.f AND h.start_date <= r.t),
nh AS (
    SELECT h12.site_id, h12.person, h12.mentored,
        h12.day12 <= r.t AS eligible,
        h12.day12 <= r.t AND (h12.end_date IS NULL OR h12.end_date >= h12.day12) AS stayed,
        h12.end_date IS NOT NULL AND h12.end_date <= h12.probation_end AS left_early
    FROM h12, r),
facts (site_id, person, former, summer, post, here, new_hire, mentored, eligible, stayed, left_early) AS (
    SELECT site_id, student_id, 1, summer, post, here, 0, 0, 0, 0, 0 FROM fs
    UNION ALL
    SELECT site_id, person, 0, 0, 0, 0, 1, mentored, eligible, stayed, left_early FROM nh),
lines AS (
    SELECT site_id, sum(former) AS former, sum(summer) AS summer, sum(post) AS post, sum(here) AS here,
        sum(new_hire) AS new_hire, sum(mentored) AS mentored, sum(eligible) AS eligible, sum(stayed) AS stayed,
        sum(left_early) AS left_early, sum(mentored AND eligible) AS m_eligible, sum(mentored AND stayed) AS m_stayed
    FROM facts GROUP BY site_id)
SELECT 0 AS whole, s.id, CASE WHEN s.unit = '' THEN s.name ELSE s.name || ' / ' || s.unit END, l.former, l.summer,
    l.post, l.here, l.new_hire, l.mentored, l.eligible, l.stayed, l.left_early, l.m_eligible, l.m_stayed,
    s.name AS sort_name, s.unit AS sort_unit
FROM lines l JOIN sites s ON s.id = l.site_id
UNION ALL
SELECT 1, 0, NULL,
    (SELECT count(DISTINCT person) FROM facts WHERE former),
    (SELECT count(DISTINCT person) FROM facts WHERE summer),
    (SELECT count(DISTINCT person) FROM facts WHERE post),
    (SELECT count(DISTINCT person) FROM facts WHERE here),
    (SELECT count(DISTINCT person) FROM facts WHERE new_hire),
    (SELECT count(DISTINCT person) FROM facts WHERE mentored),
    (SELECT count(DISTINCT person) FROM facts WHERE eligible),
    (SELECT count(DISTINCT person) FROM facts WHERE stayed),
    (SELECT count(DISTINCT person) FROM facts WHERE left_early),
    (SELECT count(DISTINCT person) FROM facts WHERE mentored AND eligible),
    (SELECT count(DISTINCT person) FROM facts WHERE mentored AND stayed),
    NULL, NULL
ORDER BY whole, sort_name COLLATE NORWEGIAN, sort_unit COLLATE NORWEGIAN, 2
)SQL";

} // namespace

bool OutcomeFigures::operator==(const OutcomeFigures &o) const
{
    return siteId == o.siteId && site == o.site && formerStudents == o.formerStudents && hiredSummer == o.hiredSummer &&
           hiredPost == o.hiredPost && hiredHere == o.hiredHere && newHires == o.newHires && mentored == o.mentored &&
           eligible12Months == o.eligible12Months && stayed12Months == o.stayed12Months &&
           leftInProbation == o.leftInProbation && mentoredEligible12Months == o.mentoredEligible12Months &&
           mentoredStayed12Months == o.mentoredStayed12Months;
}

Result<QList<OutcomeFigures>> Outcome::compute(PlanFile &plan, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return Error::invalid(tr("The recruitment figures need a start and an end date."));
    if (auto e = Validation::dateOrder(from, to); e)
        return *e;
    auto q = plan.exec(QString::fromUtf8(outcomeSql), {Validation::toIsoDate(from), Validation::toIsoDate(to)});
    if (!q)
        return q.error();
    QList<OutcomeFigures> out;
    while (q->next()) {
        OutcomeFigures f;
        f.siteId = q->value(1).toLongLong();
        f.site = q->value(2).toString();
        int *const figures[] = {&f.formerStudents,
                                &f.hiredSummer,
                                &f.hiredPost,
                                &f.hiredHere,
                                &f.newHires,
                                &f.mentored,
                                &f.eligible12Months,
                                &f.stayed12Months,
                                &f.leftInProbation,
                                &f.mentoredEligible12Months,
                                &f.mentoredStayed12Months};
        for (int i = 0; i < int(std::size(figures)); ++i)
            *figures[i] = q->value(3 + i).toInt();
        out << f;
    }
    return out;
}

} // namespace praksis
