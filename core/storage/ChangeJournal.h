#pragma once

#include "Error.h"
#include "storage/Change.h"
#include "storage/Removal.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace praksis {

class PlanFile;

// What one bulk write (an import) did to the plan, row by row, so that it can be undone and redone as one step:
// the records it inserted, the records it changed (each as it was before and after), and the sets of link rows it
// replaced (a period's programmes and site kinds, a student's choices). The writer tells the journal before each
// write, and calls finish() after the last one, inside its transaction.
//
// undo() and redo() each run in one transaction and announce what they changed. Records come back with the same
// ids, so later undo steps that name them still apply.
class ChangeJournal
{
public:
    // The table's record `id` was just inserted.
    void inserted(const QString &table, qint64 id);
    // The table's record `id` is about to be changed: keeps it as it is now (once per record).
    Result<void> aboutToUpdate(const PlanFile &plan, const QString &table, qint64 id);
    // The rows of `table` WHERE `where` are about to be replaced: keeps them as they are now (once per scope).
    Result<void> aboutToReplace(const PlanFile &plan, const QString &table, const QString &where,
                                const QVariantList &bindings);
    // Keeps what the written records and scopes hold now (after the writes, before the commit).
    Result<void> finish(const PlanFile &plan);

    bool isEmpty() const { return m_records.isEmpty() && m_scopes.isEmpty(); }
    qsizetype insertedCount() const;
    qsizetype updatedCount() const;

    // Puts everything back as it was before the writes; one transaction.
    Result<void> undo(PlanFile &plan) const;
    // Writes everything again as it was after the writes (same ids); one transaction.
    Result<void> redo(PlanFile &plan) const;

    // The entity announced for a table's changes ("students" -> Student, "period_site_kinds" -> Period).
    static Entity entityOf(QStringView table);

private:
    struct Record
    {
        QString table;
        qint64 id = 0;
        bool isNew = false;
        QStringList columns;
        QVariantList before; // empty when new
        QVariantList after;
    };
    struct Scope
    {
        QString where;
        QVariantList bindings;
        RowSnapshot before;
        RowSnapshot after;
    };

    void announce(PlanFile &plan, bool undone) const;

    QList<Record> m_records; // in the order written
    QHash<QString, qsizetype> m_recordIndex;
    QList<Scope> m_scopes; // in the order first replaced
    QSet<QString> m_scopeKeys;
};

} // namespace praksis
