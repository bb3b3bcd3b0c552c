#include "storage/RowCursor.h"

#include "storage/PlanFile.h"

#include <sqlite3.h>

#include <utility>

namespace praksis {

int bindValue(sqlite3_stmt *statement, int index, const QVariant &v)
{
    // as Qt's SQLite driver binds them
    if (v.isNull())
        return sqlite3_bind_null(statement, index);
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, v.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QString text = v.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    }
    }
}

Result<RowCursor> RowCursor::open(const PlanFile &plan, const QString &sql, const QVariantList &bindings)
{
    sqlite3 *db = plan.handle();
    if (!db)
        return plan.errorFromSqlite(SQLITE_MISUSE, sql);
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare16_v2(db, sql.utf16(), int(sql.size() * 2), &statement, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return plan.errorFromSqlite(rc,
                                    message + QStringLiteral(" [") + sql.simplified().left(200) + QStringLiteral("]"));
    }
    RowCursor cursor(plan, statement);
    for (int i = 0; i < int(bindings.size()); ++i)
        if (const int b = bindValue(statement, i + 1, bindings.at(i)); b != SQLITE_OK)
            return plan.errorFromSqlite(b, sql);
    return cursor;
}

RowCursor::RowCursor(const PlanFile &plan, sqlite3_stmt *statement)
    : m_plan(&plan)
    , m_statement(statement)
{}

RowCursor::RowCursor(RowCursor &&other) noexcept
    : m_plan(other.m_plan)
    , m_statement(std::exchange(other.m_statement, nullptr))
{}

RowCursor &RowCursor::operator=(RowCursor &&other) noexcept
{
    std::swap(m_plan, other.m_plan);
    std::swap(m_statement, other.m_statement);
    return *this;
}

RowCursor::~RowCursor()
{
    sqlite3_finalize(m_statement);
}

Result<bool> RowCursor::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_plan->errorFromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
}

int RowCursor::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

RowCursor::Type RowCursor::type(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

qint64 RowCursor::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double RowCursor::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QStringView RowCursor::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return data ? QStringView(data, bytes / 2) : QStringView();
}

std::pair<const char *, qsizetype> RowCursor::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return {data ? data : "", sqlite3_column_bytes(m_statement, column)};
}

QVariant RowCursor::value(int column) const
{
    // the same mapping as Qt's SQLite driver
    switch (type(column)) {
    case Type::Integer:
        return QVariant(integer(column));
    case Type::Real:
        return QVariant(real(column));
    case Type::Text:
        return QVariant(text(column).toString());
    case Type::Blob: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_statement, column)));
    }
    case Type::Null:
        break;
    }
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace praksis
