#pragma once

#include "Error.h"
#include "storage/PlanFile.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QVariant>

// Conversions between value types and the columns of the plan file, shared by the repositories.
namespace praksis::sql {

// ISO yyyy-MM-dd, or NULL for a null date
inline QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
// Text as stored: trimmed, and never NULL (a null QString would bind as NULL)
inline QVariant text(const QString &s)
{
    const QString t = s.trimmed();
    return t.isNull() ? QVariant(QStringLiteral("")) : QVariant(t);
}
inline QVariant rawText(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// NULL for 0 (no record)
inline QVariant id(qint64 v)
{
    return v == 0 ? QVariant() : QVariant(v);
}
inline QVariant optionalInt(int v)
{
    return v == 0 ? QVariant() : QVariant(v);
}

// Runs a query and turns each row into a T.
template<typename T, typename RowFn>
Result<QList<T>> rows(const PlanFile &plan, const QString &statement, const QVariantList &bindings, RowFn &&fromRow)
{
    auto q = plan.exec(statement, bindings);
    if (!q)
        return q.error();
    QList<T> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

// The first column of the first row as an integer, 0 when there is no row.
inline Result<qint64> count(const PlanFile &plan, const QString &statement, const QVariantList &bindings = {})
{
    auto q = plan.exec(statement, bindings);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

// "?, ?, ?" for an IN list of n values
inline QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return s;
}

} // namespace praksis::sql
