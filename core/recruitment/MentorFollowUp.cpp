#include "recruitment/MentorFollowUp.h"

#include "model/Hire.h"
#include "model/PersonName.h"
#include "model/Site.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"

namespace praksis {

using namespace Qt::StringLiterals;

Result<QList<DueConversation>> MentorFollowUp::due(const PlanFile &plan, QDate from, QDate to)
{
    // inside the mentorship and her employment: filtered below with Mentorship::endExclusive (SQLite's date
    // arithmetic runs 31 January + 1 month into March, Qt's and the schedule's stops at 28 February)
    auto q = plan.exec(
        u"SELECT c.id, c.mentorship_id, h.id, h.site_id, c.number, c.planned_date, h.given_name, h.family_name, "
        u"coalesce(sv.given_name, mh.given_name), coalesce(sv.family_name, mh.family_name), s.name, s.unit, "
        u"m.start_date, m.months, m.ended_on "
        u"FROM mentor_conversations c JOIN mentorships m ON m.id = c.mentorship_id JOIN hires h ON h.id = m.hire_id "
        u"JOIN sites s ON s.id = h.site_id LEFT JOIN supervisors sv ON sv.id = m.mentor_supervisor_id "
        u"LEFT JOIN hires mh ON mh.id = m.mentor_hire_id "
        u"WHERE c.held_date IS NULL AND c.planned_date >= ? AND c.planned_date <= ? "
        u"AND (h.end_date IS NULL OR c.planned_date <= h.end_date) "
        u"ORDER BY c.planned_date, h.family_name COLLATE NORWEGIAN, h.given_name COLLATE NORWEGIAN, h.id, c.number"_s,
        {from.isValid() ? sql::date(from) : QVariant(u""_s), sql::date(to)});
    if (!q)
        return q.error();
    QList<DueConversation> out;
    while (q->next()) {
        Mentorship m;
        m.start = sql::toDate(q->value(12));
        m.months = q->value(13).toInt();
        m.endedOn = sql::toDate(q->value(14));
        DueConversation d;
        d.planned = sql::toDate(q->value(5));
        if (d.planned >= m.endExclusive())
            continue;
        d.conversationId = q->value(0).toLongLong();
        d.mentorshipId = q->value(1).toLongLong();
        d.hireId = q->value(2).toLongLong();
        d.siteId = q->value(3).toLongLong();
        d.number = q->value(4).toInt();
        d.hireName = personName(q->value(6).toString(), q->value(7).toString());
        d.mentorName = personName(q->value(8).toString(), q->value(9).toString());
        Site s;
        s.name = q->value(10).toString();
        s.unit = q->value(11).toString();
        d.siteName = s.displayName();
        out << d;
    }
    return out;
}

Result<QList<DueConversation>> MentorFollowUp::overdueOn(const PlanFile &plan, QDate today)
{
    return due(plan, QDate(), today.addDays(-1));
}

Result<QList<Conflict>> MentorFollowUp::overdue(const PlanFile &plan, QDate today)
{
    auto due = overdueOn(plan, today);
    if (!due)
        return due.error();
    QList<Conflict> out;
    for (const DueConversation &d : std::as_const(*due)) {
        Conflict c;
        c.rule = Conflict::Rule::ConversationOverdue;
        c.severity = Conflict::Severity::Warning;
        c.siteId = d.siteId;
        c.hireId = d.hireId;
        c.from = d.planned;
        c.to = d.planned;
        c.message = tr("Mentor conversation %1 of %2 (mentor %3) at %4 was planned for %5 and has not been held.")
                        .arg(QString::number(d.number), d.hireName, d.mentorName, d.siteName,
                             Validation::formatDate(d.planned));
        out << c;
    }
    return out;
}

} // namespace praksis
