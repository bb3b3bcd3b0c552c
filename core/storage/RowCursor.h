#pragma once

#include "Error.h"

#include <QString>
#include <QStringView>
#include <QVariant>

#include <memory>
#include <utility>

struct sqlite3_stmt;

namespace praksis {

class PlanFile;

// Binds a value to a statement's parameter (1-based) as Qt's SQLite driver would; SQLite's result code.
int bindValue(sqlite3_stmt *statement, int index, const QVariant &value);

// One SELECT read a row at a time straight from SQLite, for listings of tens of thousands of rows that are
// written out as they come: no QSqlQuery copies every cell of a row into QVariants first. Positional (?)
// bindings as PlanFile::exec. The cursor belongs to the thread that opened the plan and must not outlive it.
class RowCursor
{
public:
    enum class Type
    {
        Null,
        Integer,
        Real,
        Text,
        Blob
    };

    static Result<RowCursor> open(const PlanFile &plan, const QString &sql, const QVariantList &bindings = {});

    RowCursor(RowCursor &&) noexcept;
    RowCursor &operator=(RowCursor &&) noexcept;
    ~RowCursor();

    // The next row: true, false after the last, or the Error SQLite gave.
    Result<bool> next();
    // Calls row() on every row in turn (reading the cursor's columns): done, or the Error SQLite gave.
    template<typename F> Result<void> forEach(F &&row)
    {
        for (;;) {
            auto more = next();
            if (!more)
                return more.error();
            if (!*more)
                return {};
            row();
        }
    }

    int columnCount() const;
    Type type(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // The text of a column (valid until the next call on this cursor).
    QStringView text(int column) const;
    // The text as SQLite stores it (UTF-8, not checked), valid until the next call on this cursor.
    std::pair<const char *, qsizetype> utf8(int column) const;
    // The value as QSqlQuery::value() gives it (qint64, double, QString, QByteArray or a null QString).
    QVariant value(int column) const;

private:
    RowCursor(const PlanFile &plan, sqlite3_stmt *statement);

    const PlanFile *m_plan = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace praksis
