#pragma once

#include "storage/Listings.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

class QDate;

namespace praksis {
class PlanFile;
}

namespace praksis::Registers {

// The table a register page shows (the desktop's SqlTableModel): the FROM clause with its joins, the id
// expression, the SQL expression of each column by key in the page's order, the expressions the search box
// matches, and the page's filters by key (SQL conditions; each ? takes the filter's value). The page adds the
// headings and formats; the statements stay here (docs/architecture.md).
struct Table
{
    QString from;
    QString id;
    QList<std::pair<const char *, QString>> columns;
    QStringList search;
    QList<std::pair<const char *, QString>> filters = {};

    // The expression of the column with this key; a key that is not there is a programming error (qFatal).
    QString column(const char *key) const;
    // The condition of the filters with these keys and values, ANDed; empty without any. An unknown key is a
    // programming error (qFatal).
    Listings::Statement where(const QList<std::pair<const char *, QVariant>> &values) const;
};

const Table &schools();
const Table &sites();
const Table &supervisors();
const Table &students();
const Table &periods();
const Table &placements();
const Table &hires();

// The statements of SqlTableModel over a table's FROM clause and id expression. The ids of the rows that meet
// `filter` and hold `search` (case folded, every letter: "årstad" finds "Årstad") in one of `searchExprs`, sorted by
// `sortExpr` (text by Norwegian collation) and then by id, in one direction:
Listings::Statement idsStatement(const QString &from, const QString &id, const Listings::Statement &filter,
                                 const QStringList &searchExprs, const QString &search, const QString &sortExpr,
                                 bool sortAsText, bool ascending);
// The rows of the table, unfiltered:
QString countSql(const QString &from);
// The id and the expressions of the rows whose ids are bound to the `idCount` marks:
QString rowsSql(const QString &from, const QString &id, const QStringList &exprs, qsizetype idCount);

// (label, id) for a choice box, by name (Norwegian collation): every school; the programmes of the school bound to
// ?; every programme as "school – programme", by school; the supervisors ("given family") of the site bound to ?, by
// family name; every student as "family, given (school, number)", by family name; the periods, by start date.
QString schoolChoicesSql();
QString programmeChoicesSql();
QString programmeWithSchoolChoicesSql();
QString supervisorChoicesSql();
QString studentChoicesSql();
QString periodChoicesSql();

// The periods of the desktop's toolbar, (id, name) by start date and name; empty when they cannot be read.
QList<std::pair<qint64, QString>> periods(PlanFile &plan);
// Whether the period exists.
bool periodExists(PlanFile &plan, qint64 periodId);
// The period to work with on `day`: the one running, else the next, else the last ended; 0 without periods.
qint64 periodForDay(PlanFile &plan, const QDate &day);
// The rows of a table; -1 when they cannot be counted.
qint64 rowCount(PlanFile &plan, const QString &table);

} // namespace praksis::Registers
