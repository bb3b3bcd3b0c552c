#include "recruitment/HireLink.h"

#include "model/Hire.h"
#include "model/Site.h"
#include "model/Validation.h"
#include "storage/NameOrder.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"

#include <algorithm>

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

QString siteName(const QString &name, const QString &unit)
{
    Site s;
    s.name = name;
    s.unit = unit;
    return s.displayName();
}

} // namespace

QString HireLink::season(QDate date)
{
    if (!date.isValid())
        return {};
    return date.month() <= 6 ? tr("spring %1").arg(date.year()) : tr("autumn %1").arg(date.year());
}

QString HireLink::reason(const StudentCandidate &c)
{
    return c.sameEmail && c.sameName ? tr("same e-mail and name") : c.sameEmail ? tr("same e-mail") : tr("same name");
}

Result<QString> HireLink::studentHistory(const PlanFile &plan, qint64 studentId)
{
    auto q = plan.exec(u"SELECT s.name, s.unit, p.end_date FROM placements p JOIN sites s ON s.id = p.site_id "
                       u"WHERE p.student_id = ? AND p.status <> 'cancelled' ORDER BY p.end_date DESC, p.id DESC "
                       u"LIMIT 1"_s,
                       {studentId});
    if (!q)
        return q.error();
    if (!q->next())
        return QString();
    return tr("was a student at %1, %2")
        .arg(siteName(q->value(0).toString(), q->value(1).toString()), season(sql::toDate(q->value(2))));
}

Result<QStringList> HireLink::hiredText(const PlanFile &plan, qint64 studentId)
{
    auto q = plan.exec(u"SELECT h.position, s.name, s.unit, h.start_date FROM hires h JOIN sites s ON s.id = h.site_id "
                       u"WHERE h.student_id = ? ORDER BY h.start_date, h.id"_s,
                       {studentId});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next()) {
        const HirePosition position = fromId<HirePosition>(q->value(0).toString()).value_or(HirePosition::Fast);
        out << tr("hired as %1 at %2 from %3")
                   .arg(label(position).toLower(), siteName(q->value(1).toString(), q->value(2).toString()),
                        Validation::formatDate(sql::toDate(q->value(3))));
    }
    return out;
}

Result<QList<StudentCandidate>> HireLink::suggestions(const PlanFile &plan, const Hire &hire)
{
    const QString email = hire.email.trimmed();
    const QString given = hire.givenName.trimmed(), family = hire.familyName.trimmed();
    QList<StudentCandidate> out;
    if (email.isEmpty() && (given.isEmpty() || family.isEmpty()))
        return out;
    // the last end of a placement (not cancelled) orders candidates of the same kind
    auto q =
        plan.exec(u"SELECT st.id, st.given_name, st.family_name, st.student_number, sc.name, st.email, "
                  u"(SELECT max(p.end_date) FROM placements p WHERE p.student_id = st.id AND p.status <> 'cancelled') "
                  u"FROM students st JOIN schools sc ON sc.id = st.school_id "
                  u"WHERE st.anonymised = 0 AND st.id <> ? AND ((? <> '' AND lower(trim(st.email)) = lower(?)) OR "
                  u"(st.given_name = ? COLLATE FOLDED AND st.family_name = ? COLLATE FOLDED))"_s,
                  {hire.studentId, email, email, given, family});
    if (!q)
        return q.error();
    QList<QPair<QString, StudentCandidate>> found;
    while (q->next()) {
        StudentCandidate c;
        c.studentId = q->value(0).toLongLong();
        c.name = personName(q->value(1).toString(), q->value(2).toString());
        c.studentNumber = q->value(3).toString();
        c.school = q->value(4).toString();
        c.sameEmail = !email.isEmpty() && q->value(5).toString().trimmed().compare(email, Qt::CaseInsensitive) == 0;
        c.sameName = NameOrder::fold(q->value(1).toString()) == NameOrder::fold(given) &&
                     NameOrder::fold(q->value(2).toString()) == NameOrder::fold(family);
        found << qMakePair(q->value(6).toString(), c);
    }
    q->finish();
    const auto rank = [](const StudentCandidate &c) { return c.sameEmail && c.sameName ? 0 : c.sameEmail ? 1 : 2; };
    std::stable_sort(found.begin(), found.end(), [&](const auto &a, const auto &b) {
        if (rank(a.second) != rank(b.second))
            return rank(a.second) < rank(b.second);
        if (a.first != b.first)
            return a.first > b.first; // ISO dates: the latest first (none last)
        return a.second.studentId < b.second.studentId;
    });
    for (auto &[lastEnd, c] : found) {
        Q_UNUSED(lastEnd)
        auto history = studentHistory(plan, c.studentId);
        if (!history)
            return history.error();
        c.history = history.value();
        out << c;
    }
    return out;
}

} // namespace praksis
