#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QDate;

namespace praksis {
class PlanFile;
}

namespace praksis::Registers {

// The table a register page shows (the desktop's SqlTableModel): the FROM clause with its joins, the id
// expression, the SQL expression of each column by key in the page's order, and the expressions the search box
// matches. The page adds the headings and formats; the statements stay here (docs/architecture.md).
struct Table
{
    QString from;
    QString id;
    QList<std::pair<const char *, QString>> columns;
    QStringList search;

    // The expression of the column with this key; a key that is not there is a programming error (qFatal).
    QString column(const char *key) const;
};

const Table &schools();
const Table &sites();
const Table &supervisors();

// (name, id) for a choice box, by name (Norwegian collation): every school; the programmes of the school bound to ?.
QString schoolChoicesSql();
QString programmeChoicesSql();

// The periods of the desktop's toolbar, (id, name) by start date and name; empty when they cannot be read.
QList<std::pair<qint64, QString>> periods(PlanFile &plan);
// Whether the period exists.
bool periodExists(PlanFile &plan, qint64 periodId);
// The period to work with on `day`: the one running, else the next, else the last ended; 0 without periods.
qint64 periodForDay(PlanFile &plan, const QDate &day);
// The rows of a table; -1 when they cannot be counted.
qint64 rowCount(PlanFile &plan, const QString &table);

} // namespace praksis::Registers
