#include "storage/ChangeJournal.h"

#include "storage/PlanFile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <map>
#include <set>

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

QString recordKey(const QString &table, qint64 id)
{
    return table + u'\n' + QString::number(id);
}

QString scopeKey(const QString &table, const QString &where, const QVariantList &bindings)
{
    QString key = table + u'\n' + where;
    for (const QVariant &b : bindings)
        key += u'\n' + b.toString();
    return key;
}

Result<void> updateRow(PlanFile &plan, const QString &table, qint64 id, const QStringList &columns,
                       const QVariantList &values)
{
    QStringList sets;
    QVariantList bindings;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i] == u"id"_s)
            continue;
        sets << columns[i] + u" = ?"_s;
        bindings << values.value(i);
    }
    bindings << id;
    auto q = plan.exec(u"UPDATE "_s + table + u" SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s, bindings);
    if (!q)
        return q.error();
    return {};
}

// Inserts rows of one table with one prepared statement. Announces nothing: the journal announces once per entity
// (a per-row announcement would make every model reload thousands of times).
Result<void> insertRows(PlanFile &plan, const QString &table, const QStringList &columns,
                        const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    const QStringList marks(columns.size(), u"?"_s);
    const QString sql =
        u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s + marks.join(u", "_s) + u")"_s;
    QSqlQuery q(plan.database());
    if (!q.prepare(sql))
        return plan.errorFrom(q.lastError(), sql);
    for (const QVariantList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            q.bindValue(int(i), row[i]);
        if (!q.exec())
            return plan.errorFrom(q.lastError(), sql);
    }
    return {};
}

} // namespace

Entity ChangeJournal::entityOf(QStringView table)
{
    static const std::map<QString, Entity> entities{
        {u"schools"_s, Entity::School},           {u"programmes"_s, Entity::Programme},
        {u"students"_s, Entity::Student},         {u"sites"_s, Entity::Site},
        {u"supervisors"_s, Entity::Supervisor},   {u"supervisor_absences"_s, Entity::SupervisorAbsence},
        {u"periods"_s, Entity::Period},           {u"period_programmes"_s, Entity::Period},
        {u"period_site_kinds"_s, Entity::Period}, {u"period_site_capacities"_s, Entity::Period},
        {u"placements"_s, Entity::Placement},     {u"preferences"_s, Entity::Preference},
        {u"exclusions"_s, Entity::Exclusion},     {u"hires"_s, Entity::Hire},
        {u"mentorships"_s, Entity::Mentorship},   {u"mentor_conversations"_s, Entity::MentorConversation},
    };
    const auto it = entities.find(table.toString());
    return it == entities.end() ? Entity::All : it->second;
}

void ChangeJournal::inserted(const QString &table, qint64 id)
{
    const QString key = recordKey(table, id);
    if (m_recordIndex.contains(key))
        return;
    m_recordIndex.insert(key, m_records.size());
    m_records.append(Record{table, id, true, {}, {}, {}});
}

Result<void> ChangeJournal::aboutToUpdate(const PlanFile &plan, const QString &table, qint64 id)
{
    const QString key = recordKey(table, id);
    if (m_recordIndex.contains(key)) // kept already, or inserted by this write
        return {};
    auto q = plan.exec(u"SELECT * FROM "_s + table + u" WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    Record r{table, id, false, {}, {}, {}};
    const QSqlRecord rec = q->record();
    for (int i = 0; i < rec.count(); ++i)
        r.columns << rec.fieldName(i);
    if (q->next())
        for (int i = 0; i < rec.count(); ++i)
            r.before << q->value(i);
    m_recordIndex.insert(key, m_records.size());
    m_records.append(r);
    return {};
}

Result<void> ChangeJournal::aboutToReplace(const PlanFile &plan, const QString &table, const QString &where,
                                           const QVariantList &bindings)
{
    const QString key = scopeKey(table, where, bindings);
    if (m_scopeKeys.contains(key))
        return {};
    auto before = RowSnapshot::capture(plan, entityOf(table), table, where, bindings);
    if (!before)
        return before.error();
    m_scopeKeys.insert(key);
    m_scopes.append(Scope{where, bindings, before.value(), {}});
    return {};
}

Result<void> ChangeJournal::finish(const PlanFile &plan)
{
    // the records of each table read back with one statement: their ids go in as one JSON array (json_each), not
    // as a statement of hundreds of placeholders prepared again for every chunk
    QHash<QString, QList<qsizetype>> byTable;
    for (qsizetype i = 0; i < m_records.size(); ++i)
        byTable[m_records[i].table] << i;
    for (auto it = byTable.constBegin(); it != byTable.constEnd(); ++it) {
        const QList<qsizetype> &indexes = it.value();
        QHash<qint64, qsizetype> byId;
        byId.reserve(indexes.size());
        QByteArray ids("[");
        for (qsizetype k = 0; k < indexes.size(); ++k) {
            const Record &r = m_records[indexes[k]];
            byId.insert(r.id, indexes[k]);
            if (k > 0)
                ids += ',';
            ids += QByteArray::number(r.id);
        }
        ids += ']';
        auto q = plan.exec(u"SELECT * FROM "_s + it.key() + u" WHERE id IN (SELECT value FROM json_each(?))"_s,
                           {QString::fromLatin1(ids)});
        if (!q)
            return q.error();
        const QSqlRecord rec = q->record();
        QStringList columns;
        int idColumn = 0;
        for (int i = 0; i < rec.count(); ++i) {
            columns << rec.fieldName(i);
            if (rec.fieldName(i) == u"id"_s)
                idColumn = i;
        }
        while (q->next()) {
            Record &r = m_records[byId.value(q->value(idColumn).toLongLong())];
            r.columns = columns;
            r.after.clear();
            r.after.reserve(rec.count());
            for (int i = 0; i < rec.count(); ++i)
                r.after << q->value(i);
        }
    }
    for (Scope &s : m_scopes) {
        auto after = RowSnapshot::capture(plan, s.before.entity, s.before.table, s.where, s.bindings);
        if (!after)
            return after.error();
        s.after = after.value();
    }
    return {};
}

qsizetype ChangeJournal::insertedCount() const
{
    return std::count_if(m_records.begin(), m_records.end(), [](const Record &r) { return r.isNew; });
}

qsizetype ChangeJournal::updatedCount() const
{
    return m_records.size() - insertedCount();
}

Result<void> ChangeJournal::undo(PlanFile &plan) const
{
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    // links first (they may name records this write created), then the records, newest first
    for (auto s = m_scopes.crbegin(); s != m_scopes.crend(); ++s) {
        if (auto q = plan.exec(u"DELETE FROM "_s + s->before.table + u" WHERE "_s + s->where, s->bindings); !q)
            return q.error();
        if (auto r = insertRows(plan, s->before.table, s->before.columns, s->before.rows); !r)
            return r;
    }
    for (auto r = m_records.crbegin(); r != m_records.crend(); ++r) {
        if (r->isNew) {
            if (auto q = plan.exec(u"DELETE FROM "_s + r->table + u" WHERE id = ?"_s, {r->id}); !q)
                return q.error();
        } else if (!r->before.isEmpty()) {
            if (auto u = updateRow(plan, r->table, r->id, r->columns, r->before); !u)
                return u;
        }
    }
    announce(plan, true);
    return tx.commit();
}

Result<void> ChangeJournal::redo(PlanFile &plan) const
{
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    // new records in runs of one table (in the order written: a school before its programmes and students)
    for (qsizetype i = 0; i < m_records.size();) {
        const Record &r = m_records[i];
        if (!r.isNew) {
            if (!r.after.isEmpty())
                if (auto w = updateRow(plan, r.table, r.id, r.columns, r.after); !w)
                    return w;
            ++i;
            continue;
        }
        QList<QVariantList> rows;
        qsizetype j = i;
        for (; j < m_records.size() && m_records[j].isNew && m_records[j].table == r.table; ++j)
            if (!m_records[j].after.isEmpty())
                rows << m_records[j].after;
        if (auto w = insertRows(plan, r.table, r.columns, rows); !w)
            return w;
        i = j;
    }
    for (const Scope &s : m_scopes) {
        if (auto q = plan.exec(u"DELETE FROM "_s + s.after.table + u" WHERE "_s + s.where, s.bindings); !q)
            return q.error();
        if (auto r = insertRows(plan, s.after.table, s.after.columns, s.after.rows); !r)
            return r;
    }
    announce(plan, false);
    return tx.commit();
}

void ChangeJournal::announce(PlanFile &plan, bool undone) const
{
    std::map<Entity, QList<qint64>> added;
    std::map<Entity, QList<qint64>> changed;
    for (const Record &r : m_records)
        (r.isNew ? added : changed)[entityOf(r.table)] << r.id;
    for (const auto &[entity, ids] : added)
        plan.notifyChanged(entity, undone ? Change::Kind::Removed : Change::Kind::Inserted, ids);
    for (const auto &[entity, ids] : changed)
        plan.notifyChanged(entity, Change::Kind::Updated, ids);
    std::set<Entity> reset;
    for (const Scope &s : m_scopes)
        reset.insert(s.before.entity);
    for (Entity e : reset)
        plan.notifyChanged(e, Change::Kind::Reset);
}

} // namespace praksis
