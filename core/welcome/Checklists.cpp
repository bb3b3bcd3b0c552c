#include "welcome/Checklists.h"

#include "storage/Listings.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"

#include <QStringList>

namespace praksis {

namespace {

QString jsonIds(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

// The columns itemFrom() reads, with c = checklist_items and x = checklist_texts.
const QString itemSelect = QStringLiteral(
    "SELECT c.id, c.placement_id, c.section_pos, c.position, x.section_nb, x.section_nn, x.section_en, x.text_nb, "
    "x.text_nn, x.text_en, x.role, c.due_date, c.done_by, c.done_at FROM checklist_items c "
    "JOIN checklist_texts x ON x.id = c.text_id ");

ChecklistItem itemFrom(const QSqlQuery &q)
{
    ChecklistItem it;
    it.id = q.value(0).toLongLong();
    it.placementId = q.value(1).toLongLong();
    it.sectionPos = q.value(2).toInt();
    it.position = q.value(3).toInt();
    it.section = LocalizedText{q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
    it.text = LocalizedText{q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
    it.role = fromId<Role>(q.value(10).toString()).value_or(Role::Veileder);
    it.dueDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    it.doneBy = q.value(12).toString();
    if (!q.value(13).isNull())
        it.doneAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODate);
    return it;
}

// The open items of placements not cancelled, with their texts, students, sites and supervisors; a condition follows.
const char *const openItemsFrom = " FROM checklist_items c JOIN checklist_texts x ON x.id = c.text_id "
                                  "JOIN placements p ON p.id = c.placement_id JOIN students st ON st.id = p.student_id "
                                  "JOIN sites s ON s.id = p.site_id LEFT JOIN supervisors v ON v.id = p.supervisor_id "
                                  "WHERE c.done_at IS NULL AND p.status <> 'cancelled' AND ";

Result<QList<DueItem>> dueItems(PlanFile &plan, const QString &where, const QVariantList &bindings)
{
    const QString sql =
        QStringLiteral("SELECT c.id, c.placement_id, c.section_pos, c.position, x.section_nb, x.section_nn, "
                       "x.section_en, x.text_nb, x.text_nn, x.text_en, x.role, c.due_date, c.done_by, "
                       "c.done_at, " PRAKSIS_SQL_PERSON_NAME("st") ", s.id, " PRAKSIS_SQL_SITE_LABEL(
                           "s") ", coalesce(v.id, 0), coalesce(" PRAKSIS_SQL_PERSON_NAME("v") ", '')") +
        QLatin1String(openItemsFrom) + where +
        QStringLiteral(" ORDER BY c.due_date, s.name COLLATE NORWEGIAN, st.family_name COLLATE NORWEGIAN, "
                       "st.given_name COLLATE NORWEGIAN, c.section_pos, c.position");
    auto q = plan.exec(sql, bindings);
    if (!q)
        return q.error();
    QList<DueItem> out;
    while (q->next()) {
        DueItem d;
        d.item = itemFrom(*q);
        d.studentName = q->value(14).toString();
        d.siteId = q->value(15).toLongLong();
        d.siteName = q->value(16).toString();
        d.supervisorId = q->value(17).toLongLong();
        d.supervisorName = q->value(18).toString();
        out << d;
    }
    return out;
}

// The welcome template that applies to a placement's site: the site's own variant, else the default.
const QString templateOfSite = QStringLiteral("coalesce((SELECT w.id FROM welcome_templates w WHERE w.site_id = %1), "
                                              "(SELECT w.id FROM welcome_templates w WHERE w.site_id IS NULL))");
// A template item's due date for a placement: its due day counted from the first day (%1), or from the last (%2).
const QString itemDueDate =
    QStringLiteral("date(CASE WHEN i.from_end THEN %2 ELSE %1 END, printf('%+d days', i.due_day))");
// The template item (i, in section s) a checklist text x was made from.
const QString textOfItem = QStringLiteral(
    "x.section_nb = s.title_nb AND x.section_nn = s.title_nn AND x.section_en = s.title_en AND x.text_nb = i.text_nb "
    "AND x.text_nn = i.text_nn AND x.text_en = i.text_en AND x.role = i.role");

QDate mondayOf(QDate d)
{
    return d.addDays(1 - d.dayOfWeek());
}

} // namespace

Result<int> Checklists::create(PlanFile &plan, const QList<qint64> &placementIds)
{
    if (placementIds.isEmpty())
        return 0;
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    // The placements still without a checklist, with the template that applies to each.
    const char *steps[] = {
        "CREATE TEMP TABLE IF NOT EXISTS checklist_todo (placement_id INTEGER PRIMARY KEY, start_date TEXT, "
        "end_date TEXT, template_id INTEGER)",
        "DELETE FROM temp.checklist_todo",
    };
    for (const char *s : steps)
        if (auto r = plan.exec(QString::fromLatin1(s)); !r)
            return r.error();
    if (auto r = plan.exec(
            QStringLiteral("INSERT INTO temp.checklist_todo (placement_id, start_date, end_date, template_id) "
                           "SELECT p.id, p.start_date, p.end_date, ") +
                templateOfSite.arg(QStringLiteral("p.site_id")) +
                QStringLiteral(" FROM placements p WHERE p.id IN (SELECT value FROM json_each(?)) "
                               "AND NOT EXISTS (SELECT 1 FROM checklist_items c WHERE c.placement_id = p.id)"),
            {jsonIds(placementIds)});
        !r)
        return r.error();
    // Each wording once (checklist_texts is shared by all checklists).
    if (auto r = plan.exec(QStringLiteral(
            "INSERT OR IGNORE INTO checklist_texts (section_nb, section_nn, section_en, text_nb, text_nn, text_en, "
            "role) "
            "SELECT DISTINCT s.title_nb, s.title_nn, s.title_en, i.text_nb, i.text_nn, i.text_en, i.role "
            "FROM (SELECT DISTINCT template_id FROM temp.checklist_todo) t "
            "JOIN template_sections s ON s.template_id = t.template_id JOIN template_items i ON i.section_id = s.id"));
        !r)
        return r.error();
    if (auto r = plan.exec(
            QStringLiteral("INSERT INTO checklist_items (placement_id, text_id, section_pos, position, due_date) "
                           "SELECT t.placement_id, x.id, s.position, i.position, ") +
            itemDueDate.arg(QStringLiteral("t.start_date"), QStringLiteral("t.end_date")) +
            QStringLiteral(" FROM temp.checklist_todo t JOIN template_sections s ON s.template_id = t.template_id "
                           "JOIN template_items i ON i.section_id = s.id JOIN checklist_texts x ON ") +
            textOfItem + QStringLiteral(" ORDER BY t.placement_id, s.position, i.position"));
        !r)
        return r.error();
    auto made = plan.exec(QStringLiteral("SELECT t.placement_id FROM temp.checklist_todo t WHERE EXISTS "
                                         "(SELECT 1 FROM checklist_items c WHERE c.placement_id = t.placement_id) "
                                         "ORDER BY t.placement_id"));
    if (!made)
        return made.error();
    QList<qint64> ids;
    while (made->next())
        ids << made->value(0).toLongLong();
    made->finish();
    if (auto r = plan.exec(QStringLiteral("DELETE FROM temp.checklist_todo")); !r)
        return r.error();
    if (!ids.isEmpty())
        plan.notifyChanged(Entity::Checklist, Change::Kind::Inserted, ids);
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(ids.size());
}

Result<void> Checklists::followDates(PlanFile &plan, qint64 placementId, QDate oldStart)
{
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    auto p =
        plan.exec(QStringLiteral("SELECT site_id, start_date, end_date FROM placements WHERE id = ?"), {placementId});
    if (!p)
        return p.error();
    if (!p->next())
        return Error::make(Error::Kind::NotFound, tr("There is no placement with id %1.").arg(placementId));
    const QVariant site = p->value(0), start = p->value(1), end = p->value(2);
    p->finish();
    const qint64 shift = oldStart.daysTo(QDate::fromString(start.toString(), Qt::ISODate));
    // From the template item the text was made from while the template has it, else moved as far as the start.
    const QString sql =
        QStringLiteral("UPDATE checklist_items SET due_date = coalesce((SELECT ") +
        itemDueDate.arg(QStringLiteral("?"), QStringLiteral("?")) +
        QStringLiteral(" FROM checklist_texts x JOIN template_sections s JOIN template_items i ON i.section_id = s.id "
                       "WHERE x.id = checklist_items.text_id AND ") +
        textOfItem + QStringLiteral(" AND s.template_id = ") + templateOfSite.arg(QStringLiteral("?")) +
        QStringLiteral(" LIMIT 1), date(due_date, printf('%+d days', ?))) WHERE placement_id = ?");
    // the end comes first in itemDueDate's text
    auto q = plan.exec(sql, {end, start, site, shift, placementId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() > 0)
        plan.notifyChanged(Entity::Checklist, Change::Kind::Updated, {placementId});
    return tx.commit();
}

Result<ChecklistOwner> Checklists::owner(const PlanFile &plan, qint64 placementId)
{
    auto found = sql::rows<ChecklistOwner>(
        plan,
        QStringLiteral("SELECT p.id, " PRAKSIS_SQL_PERSON_NAME("st") ", " PRAKSIS_SQL_SITE_LABEL(
            "s") ", p.start_date, p.end_date FROM placements p JOIN students st ON st.id = p.student_id "
                 "JOIN sites s ON s.id = p.site_id WHERE p.id = ?"),
        {placementId}, [](const QSqlQuery &q) {
            return ChecklistOwner{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                  sql::toDate(q.value(3)), sql::toDate(q.value(4))};
        });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no placement with id %1.").arg(placementId));
    return found->first();
}

Result<QList<ChecklistItem>> Checklists::forPlacement(PlanFile &plan, qint64 placementId)
{
    auto q = plan.exec(itemSelect + QStringLiteral("WHERE c.placement_id = ? ORDER BY c.section_pos, c.position, c.id"),
                       {placementId});
    if (!q)
        return q.error();
    QList<ChecklistItem> out;
    while (q->next())
        out << itemFrom(*q);
    return out;
}

Result<QHash<qint64, QList<ChecklistItem>>> Checklists::forPlacements(PlanFile &plan, const QList<qint64> &placementIds)
{
    auto q = plan.exec(itemSelect + QStringLiteral("WHERE c.placement_id IN (SELECT value FROM json_each(?)) "
                                                   "ORDER BY c.placement_id, c.section_pos, c.position, c.id"),
                       {jsonIds(placementIds)});
    if (!q)
        return q.error();
    QHash<qint64, QList<ChecklistItem>> out;
    while (q->next()) {
        ChecklistItem it = itemFrom(*q);
        out[it.placementId] << std::move(it);
    }
    return out;
}

Result<QList<ChecklistItem>> Checklists::overdue(PlanFile &plan, qint64 placementId, QDate today)
{
    auto q = plan.exec(itemSelect + QStringLiteral("WHERE c.placement_id = ? AND c.done_at IS NULL AND c.due_date < ? "
                                                   "ORDER BY c.due_date, c.section_pos, c.position"),
                       {placementId, today.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<ChecklistItem> out;
    while (q->next())
        out << itemFrom(*q);
    return out;
}

Result<QList<DueItem>> Checklists::dueThisWeekForSite(PlanFile &plan, qint64 siteId, QDate today)
{
    const QDate monday = mondayOf(today);
    return dueItems(plan, QStringLiteral("p.site_id = ? AND c.due_date BETWEEN ? AND ?"),
                    {siteId, std::max(today, monday).toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate)});
}

Result<QList<DueItem>> Checklists::dueThisWeekForSupervisor(PlanFile &plan, qint64 supervisorId, QDate today)
{
    const QDate monday = mondayOf(today);
    return dueItems(
        plan, QStringLiteral("p.supervisor_id = ? AND c.due_date BETWEEN ? AND ?"),
        {supervisorId, std::max(today, monday).toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate)});
}

Result<QList<DueItem>> Checklists::dueBetween(PlanFile &plan, QDate from, QDate to,
                                              const std::optional<QList<qint64>> &siteIds)
{
    // the due dates choose the rows (a few thousand of 130,000), not the sites: from the sites SQLite would read
    // every placement they ever had (the unary + keeps it from using placements_site)
    if (siteIds)
        return dueItems(plan,
                        QStringLiteral("c.due_date BETWEEN ? AND ? AND +p.site_id IN (SELECT value FROM json_each(?))"),
                        {from.toString(Qt::ISODate), to.toString(Qt::ISODate), jsonIds(*siteIds)});
    return dueItems(plan, QStringLiteral("c.due_date BETWEEN ? AND ?"),
                    {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

Result<QList<DueGroup>> Checklists::dueGroups(PlanFile &plan, QDate from, QDate to, QDate today)
{
    // the rows of dueItems, counted
    auto q = plan.exec(
        QStringLiteral("SELECT s.id, " PRAKSIS_SQL_SITE_LABEL(
            "s") ", coalesce(v.id, 0), "
                 "coalesce(" PRAKSIS_SQL_PERSON_NAME("v") ", ''), "
                                                          "count(*), count(CASE WHEN c.due_date < ? THEN 1 END)") +
            QLatin1String(openItemsFrom) +
            QStringLiteral("c.due_date BETWEEN ? AND ? GROUP BY s.id, v.id ORDER BY s.id, v.id"),
        {today.toString(Qt::ISODate), from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<DueGroup> out;
    while (q->next())
        out << DueGroup{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                        q->value(3).toString(),   q->value(4).toInt(),    q->value(5).toInt()};
    return out;
}

Result<TickState> Checklists::tick(PlanFile &plan, qint64 itemId, const QString &doneBy, const QDateTime &doneAt)
{
    if (!doneAt.isValid())
        return Error::invalid(tr("The time the item was done is missing."));
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    auto old =
        plan.exec(QStringLiteral("SELECT done_by, done_at, placement_id FROM checklist_items WHERE id = ?"), {itemId});
    if (!old)
        return old.error();
    if (!old->next())
        return Error::make(Error::Kind::NotFound, tr("The checklist item %1 does not exist.").arg(itemId));
    TickState before{itemId, old->value(0).toString(),
                     old->value(1).isNull() ? QDateTime()
                                            : QDateTime::fromString(old->value(1).toString(), Qt::ISODate)};
    const qint64 placementId = old->value(2).toLongLong();
    old->finish();
    if (auto r = plan.exec(QStringLiteral("UPDATE checklist_items SET done_by = ?, done_at = ? WHERE id = ?"),
                           {doneBy.trimmed().isNull() ? QStringLiteral("") : doneBy.trimmed(),
                            doneAt.toOffsetFromUtc(doneAt.offsetFromUtc()).toString(Qt::ISODate), itemId});
        !r)
        return r.error();
    plan.notifyChanged(Entity::Checklist, Change::Kind::Updated, {placementId});
    if (auto r = tx.commit(); !r)
        return r.error();
    return before;
}

Result<TickState> Checklists::untick(PlanFile &plan, qint64 itemId)
{
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    auto old =
        plan.exec(QStringLiteral("SELECT done_by, done_at, placement_id FROM checklist_items WHERE id = ?"), {itemId});
    if (!old)
        return old.error();
    if (!old->next())
        return Error::make(Error::Kind::NotFound, tr("The checklist item %1 does not exist.").arg(itemId));
    TickState before{itemId, old->value(0).toString(),
                     old->value(1).isNull() ? QDateTime()
                                            : QDateTime::fromString(old->value(1).toString(), Qt::ISODate)};
    const qint64 placementId = old->value(2).toLongLong();
    old->finish();
    if (auto r =
            plan.exec(QStringLiteral("UPDATE checklist_items SET done_by = '', done_at = NULL WHERE id = ?"), {itemId});
        !r)
        return r.error();
    plan.notifyChanged(Entity::Checklist, Change::Kind::Updated, {placementId});
    if (auto r = tx.commit(); !r)
        return r.error();
    return before;
}

Result<void> Checklists::restoreTick(PlanFile &plan, const TickState &state)
{
    if (!state.doneAt.isValid()) {
        auto r = untick(plan, state.itemId);
        return r ? Result<void>() : Result<void>(r.error());
    }
    auto r = tick(plan, state.itemId, state.doneBy, state.doneAt);
    return r ? Result<void>() : Result<void>(r.error());
}

Result<QList<ChecklistRow>> Checklists::rows(PlanFile &plan, const QList<qint64> &placementIds)
{
    auto q =
        plan.exec(QStringLiteral("SELECT id, placement_id, text_id, section_pos, position, due_date, done_by, "
                                 "done_at FROM checklist_items WHERE placement_id IN (SELECT value FROM json_each(?)) "
                                 "ORDER BY id"),
                  {jsonIds(placementIds)});
    if (!q)
        return q.error();
    QList<ChecklistRow> out;
    while (q->next())
        out << ChecklistRow{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                            q->value(3).toInt(),      q->value(4).toInt(),      q->value(5).toString(),
                            q->value(6).toString(),   q->value(7).toString()};
    return out;
}

Result<void> Checklists::restoreRows(PlanFile &plan, const QList<ChecklistRow> &rows)
{
    if (rows.isEmpty())
        return {};
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    QList<qint64> placements;
    for (const ChecklistRow &row : rows) {
        if (auto r = plan.exec(QStringLiteral("INSERT INTO checklist_items (id, placement_id, text_id, section_pos, "
                                              "position, due_date, done_by, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {row.id, row.placementId, row.textId, row.sectionPos, row.position, row.dueDate,
                                row.doneBy.isNull() ? QStringLiteral("") : row.doneBy,
                                row.doneAt.isEmpty() ? QVariant() : QVariant(row.doneAt)});
            !r)
            return r.error();
        if (!placements.contains(row.placementId))
            placements << row.placementId;
    }
    plan.notifyChanged(Entity::Checklist, Change::Kind::Inserted, placements);
    return tx.commit();
}

} // namespace praksis
