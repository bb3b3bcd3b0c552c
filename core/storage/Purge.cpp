#include "storage/Purge.h"

#include "model/PersonName.h"
#include "storage/PlanFile.h"

#include <algorithm>

namespace praksis {

namespace {

struct PurgeText
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Purge)
};

// Runs a statement with "(%1)" for a list of ids once per chunk (SQLite limits the number of bindings); returns
// the first column of the rows a SELECT gives.
Result<QList<qint64>> forChunks(const PlanFile &plan, const QString &sqlWithIn, const QList<qint64> &all)
{
    constexpr qsizetype chunk = 500;
    QList<qint64> out;
    for (qsizetype i = 0; i < all.size(); i += chunk) {
        QStringList marks;
        QVariantList bindings;
        for (qint64 id : all.mid(i, chunk)) {
            marks << QStringLiteral("?");
            bindings << id;
        }
        auto q = plan.exec(sqlWithIn.arg(marks.join(QLatin1Char(','))), bindings);
        if (!q)
            return q.error();
        while (q->isSelect() && q->next())
            out << q->value(0).toLongLong();
    }
    return out;
}

// The students concerned: their last placement ended before the cut-off date (the one binding).
QString concerned(Purge::Mode mode)
{
    return QStringLiteral("SELECT st.id FROM students st JOIN placements pl ON pl.student_id = st.id") +
           (mode == Purge::Mode::Anonymise ? QStringLiteral(" WHERE st.anonymised = 0") : QString()) +
           QStringLiteral(" GROUP BY st.id HAVING max(pl.end_date) < ?");
}

// The new hires concerned: their employment ended before the cut-off date (bound twice in Delete mode). Anonymised
// hires carry these names; deleting keeps a hire who mentors one who stays.
const QString anonymousGiven = QStringLiteral("Anonymisert");
const QString anonymousFamily = QStringLiteral("Nytilsatt");

QString concernedHires(Purge::Mode mode)
{
    QString sql = QStringLiteral("SELECT h.id FROM hires h WHERE h.end_date IS NOT NULL AND h.end_date < ?");
    if (mode == Purge::Mode::Anonymise)
        return sql + QStringLiteral(" AND NOT (h.given_name = '%1' AND h.family_name = '%2' AND h.email = '' AND "
                                    "h.phone = '')")
                         .arg(anonymousGiven, anonymousFamily);
    return sql + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM mentorships m JOIN hires o ON o.id = m.hire_id WHERE "
                                "m.mentor_hire_id = h.id AND (o.end_date IS NULL OR o.end_date >= ?))");
}

QVariantList hireBindings(Purge::Mode mode, const QString &cut)
{
    return mode == Purge::Mode::Anonymise ? QVariantList{cut} : QVariantList{cut, cut};
}

} // namespace

Result<Purge::Result> Purge::preview(const PlanFile &plan, int years, Mode mode, const QDate &today)
{
    if (years < 1)
        return Error::invalid(PurgeText::tr("The number of years must be 1 or more (it was %1).").arg(years),
                              QStringLiteral("older-than"));
    const QString cut = cutoff(years, today).toString(Qt::ISODate);
    auto students =
        plan.exec(QStringLiteral("SELECT id, given_name, family_name, student_number FROM students WHERE id "
                                 "IN (") +
                      concerned(mode) +
                      QStringLiteral(") ORDER BY family_name COLLATE NORWEGIAN, given_name COLLATE NORWEGIAN, id"),
                  {cut});
    if (!students)
        return students.error();
    Result out;
    while (students->next()) {
        out.studentIds << students->value(0).toLongLong();
        out.names << QStringLiteral("%1 (%2)").arg(
            personName(students->value(1).toString(), students->value(2).toString()), students->value(3).toString());
    }
    std::sort(out.studentIds.begin(), out.studentIds.end());
    auto count = plan.exec(QStringLiteral("SELECT count(*) FROM placements WHERE student_id IN (") + concerned(mode) +
                               QStringLiteral(")"),
                           {cut});
    if (!count)
        return count.error();
    out.placements = count->next() ? count->value(0).toInt() : 0;
    count->finish();
    auto hires =
        plan.exec(QStringLiteral("SELECT h.id, h.given_name, h.family_name, s.name FROM hires h JOIN sites s ON "
                                 "s.id = h.site_id WHERE h.id IN (") +
                      concernedHires(mode) +
                      QStringLiteral(") ORDER BY h.family_name COLLATE NORWEGIAN, h.given_name COLLATE "
                                     "NORWEGIAN, h.id"),
                  hireBindings(mode, cut));
    if (!hires)
        return hires.error();
    while (hires->next()) {
        out.hireIds << hires->value(0).toLongLong();
        out.hireNames << PurgeText::tr("%1 (new hire, %2)")
                             .arg(personName(hires->value(1).toString(), hires->value(2).toString()),
                                  hires->value(3).toString());
    }
    std::sort(out.hireIds.begin(), out.hireIds.end());
    return out;
}

Result<Purge::Result> Purge::run(PlanFile &plan, int years, Mode mode, const QDate &today)
{
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    auto found = preview(plan, years, mode, today);
    if (!found)
        return found.error();
    const Result result = found.value();
    if (result.studentIds.isEmpty() && result.hireIds.isEmpty())
        return result;

    const QString in = QStringLiteral("(%1)");
    if (!result.hireIds.isEmpty()) {
        if (mode == Mode::Anonymise) {
            // no names, no contact details; the site, post, dates, end reason and mentorships stay for the figures
            if (auto r = forChunks(plan,
                                   QStringLiteral("UPDATE hires SET given_name = '%1', family_name = '%2', email = '', "
                                                  "phone = '' WHERE id IN ")
                                           .arg(anonymousGiven, anonymousFamily) +
                                       in,
                                   result.hireIds);
                !r)
                return r.error();
            plan.notifyChanged(Entity::Hire, Change::Kind::Updated, result.hireIds);
        } else {
            // their mentorships first (the conversations go with them), then the hires
            if (auto r =
                    forChunks(plan, QStringLiteral("DELETE FROM mentorships WHERE hire_id IN ") + in, result.hireIds);
                !r)
                return r.error();
            if (auto r = forChunks(plan, QStringLiteral("DELETE FROM hires WHERE id IN ") + in, result.hireIds); !r)
                return r.error();
            plan.notifyChanged(Entity::Mentorship, Change::Kind::Reset);
            plan.notifyChanged(Entity::MentorConversation, Change::Kind::Reset);
            plan.notifyChanged(Entity::Hire, Change::Kind::Removed, result.hireIds);
        }
    }
    if (result.studentIds.isEmpty()) {
        if (auto r = tx.commit(); !r)
            return r.error();
        return result;
    }
    if (mode == Mode::Anonymise) {
        // Neutral values; the student number must stay unique within the school, so it becomes one from the id.
        const QString students =
            QStringLiteral("UPDATE students SET given_name = 'Anonymisert', family_name = 'Student',"
                           " student_number = 'anonym-' || id, email = '', phone = '', notes = '',"
                           " police_certificate_seen = NULL, confidentiality_signed = NULL, anonymised = 1"
                           " WHERE id IN ") +
            in;
        const QStringList statements = {
            students,
            // Free text about a placement or its meetings can name the student.
            QStringLiteral("UPDATE placements SET notes = '' WHERE student_id IN ") + in,
            QStringLiteral("UPDATE assessment_meetings SET participants = '' WHERE placement_id IN"
                           " (SELECT id FROM placements WHERE student_id IN ") +
                in + QStringLiteral(")"),
            // Who ticked an item of the student's checklist: the student's own name, among others.
            QStringLiteral("UPDATE checklist_items SET done_by = '' WHERE done_by <> '' AND placement_id IN"
                           " (SELECT id FROM placements WHERE student_id IN ") +
                in + QStringLiteral(")"),
            // The reason for an exclusion is personal (a relative works there); the planner no longer needs it.
            QStringLiteral("DELETE FROM exclusions WHERE student_id IN ") + in,
        };
        for (const QString &s : statements)
            if (auto r = forChunks(plan, s, result.studentIds); !r)
                return r.error();
        plan.notifyChanged(Entity::Student, Change::Kind::Updated, result.studentIds);
        plan.notifyChanged(Entity::Exclusion, Change::Kind::Reset);
    } else {
        auto placements =
            forChunks(plan, QStringLiteral("SELECT id FROM placements WHERE student_id IN ") + in, result.studentIds);
        if (!placements)
            return placements.error();
        // Meetings, absences and checklist items go with their placement; preferences and exclusions with the
        // student (ON DELETE CASCADE).
        if (auto r =
                forChunks(plan, QStringLiteral("DELETE FROM placements WHERE student_id IN ") + in, result.studentIds);
            !r)
            return r.error();
        if (auto r = forChunks(plan, QStringLiteral("DELETE FROM students WHERE id IN ") + in, result.studentIds); !r)
            return r.error();
        plan.notifyChanged(Entity::Placement, Change::Kind::Removed, placements.value());
        plan.notifyChanged(Entity::Student, Change::Kind::Removed, result.studentIds);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

} // namespace praksis
