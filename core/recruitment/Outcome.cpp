#include "recruitment/Outcome.h"

#include "model/Validation.h"
#include "storage/PlanFile.h"

#include <QJsonObject>
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
                AND +h.site_id = fp.site_id) AS here
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
    FROM facts GROUP BY site_id),
-- per person: whether she is in each figure at some site (the whole-plan line)
persons AS (
    SELECT max(former) AS former, max(summer) AS summer, max(post) AS post, max(here) AS here,
        max(new_hire) AS new_hire, max(mentored) AS mentored, max(eligible) AS eligible, max(stayed) AS stayed,
        max(left_early) AS left_early, max(mentored AND eligible) AS m_eligible, max(mentored AND stayed) AS m_stayed
    FROM facts GROUP BY person)
SELECT 0 AS whole, s.id, CASE WHEN s.unit = '' THEN s.name ELSE s.name || ' / ' || s.unit END, l.former, l.summer,
    l.post, l.here, l.new_hire, l.mentored, l.eligible, l.stayed, l.left_early, l.m_eligible, l.m_stayed,
    s.name AS sort_name, s.unit AS sort_unit
FROM lines l JOIN sites s ON s.id = l.site_id
UNION ALL
SELECT 1, 0, NULL, count(CASE WHEN former THEN 1 END), count(CASE WHEN summer THEN 1 END),
    count(CASE WHEN post THEN 1 END), count(CASE WHEN here THEN 1 END), count(CASE WHEN new_hire THEN 1 END),
    count(CASE WHEN mentored THEN 1 END), count(CASE WHEN eligible THEN 1 END), count(CASE WHEN stayed THEN 1 END),
    count(CASE WHEN left_early THEN 1 END), count(CASE WHEN m_eligible THEN 1 END),
    count(CASE WHEN m_stayed THEN 1 END), NULL, NULL
FROM persons
ORDER BY whole, sort_name COLLATE NORWEGIAN, sort_unit COLLATE NORWEGIAN, 2
)SQL";

} // namespace

const std::array<OutcomeField, 11> &Outcome::fields()
{
    static const std::array<OutcomeField, 11> all{{
        {"formerStudents", &OutcomeFigures::formerStudents, true},
        {"hiredSummer", &OutcomeFigures::hiredSummer, true},
        {"hiredPost", &OutcomeFigures::hiredPost, true},
        {"hiredHere", &OutcomeFigures::hiredHere, true},
        {"newHires", &OutcomeFigures::newHires, true},
        {"mentored", &OutcomeFigures::mentored, true},
        {"eligible12Months", &OutcomeFigures::eligible12Months, false},
        {"stayed12Months", &OutcomeFigures::stayed12Months, true},
        {"leftInProbation", &OutcomeFigures::leftInProbation, true},
        {"mentoredEligible12Months", &OutcomeFigures::mentoredEligible12Months, false},
        {"mentoredStayed12Months", &OutcomeFigures::mentoredStayed12Months, false},
    }};
    return all;
}

bool OutcomeFigures::operator==(const OutcomeFigures &o) const
{
    if (siteId != o.siteId || site != o.site)
        return false;
    for (const OutcomeField &f : Outcome::fields())
        if (this->*f.member != o.*f.member)
            return false;
    return true;
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
        int column = 3;
        for (const OutcomeField &field : fields())
            f.*field.member = q->value(column++).toInt();
        out << f;
    }
    return out;
}

QJsonArray Outcome::toJson(const QList<OutcomeFigures> &lines)
{
    QJsonArray out;
    for (const OutcomeFigures &line : lines) {
        QJsonObject o;
        o[QStringLiteral("site")] = line.wholePlan() ? QJsonValue(QJsonValue::Null) : QJsonValue(line.site);
        for (const OutcomeField &field : fields())
            if (field.inJson)
                o[QLatin1String(field.key)] = line.*field.member;
        out.append(o);
    }
    return out;
}

} // namespace praksis
