#include "storage/NameOrder.h"

#include <QCollator>

#include <QLocale>
#include <algorithm>

#include <sqlite3.h>

namespace praksis {

namespace {

QCollator norwegianCollator()
{
    QCollator c{QLocale(QLocale::NorwegianBokmal, QLocale::Norway)};
    c.setCaseSensitivity(Qt::CaseInsensitive);
    return c;
}

QStringView utf16(const void *data, int bytes)
{
    return QStringView(static_cast<const char16_t *>(data), bytes / 2);
}

int compareNorwegian(void *collator, int aBytes, const void *a, int bBytes, const void *b)
{
    const int r = static_cast<const QCollator *>(collator)->compare(utf16(a, aBytes), utf16(b, bBytes));
    return r < 0 ? -1 : (r > 0 ? 1 : 0);
}

int compareFolded(void *, int aBytes, const void *a, int bBytes, const void *b)
{
    const QString x = NameOrder::fold(utf16(a, aBytes));
    const QString y = NameOrder::fold(utf16(b, bBytes));
    const int r = QStringView(x).compare(QStringView(y));
    return r < 0 ? -1 : (r > 0 ? 1 : 0);
}

void foldFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const void *text = sqlite3_value_text16(argv[0]);
    const int bytes = sqlite3_value_bytes16(argv[0]);
    if (!text) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const QString folded = NameOrder::fold(utf16(text, bytes));
    sqlite3_result_text16(context, folded.utf16(), int(folded.size() * 2), SQLITE_TRANSIENT);
}

} // namespace

QString NameOrder::fold(QStringView text)
{
    return text.toString().toCaseFolded();
}

int NameOrder::compare(QStringView a, QStringView b)
{
    thread_local const QCollator collator = norwegianCollator();
    return collator.compare(a, b);
}

bool NameOrder::install(sqlite3 *handle)
{
    if (!handle)
        return false;
    // one collator per connection: a connection is used by one thread at a time, a collator may not be shared
    auto *collator = new QCollator(norwegianCollator());
    if (sqlite3_create_collation_v2(handle, "NORWEGIAN", SQLITE_UTF16_ALIGNED, collator, compareNorwegian,
                                    [](void *c) { delete static_cast<QCollator *>(c); }) != SQLITE_OK) {
        delete collator; // SQLite calls the destructor only when the registration succeeded
        return false;
    }
    if (sqlite3_create_collation_v2(handle, "FOLDED", SQLITE_UTF16_ALIGNED, nullptr, compareFolded, nullptr) !=
        SQLITE_OK)
        return false;
    return sqlite3_create_function_v2(handle, "praksis_fold", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, foldFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}

void NameRanks::add(qint64 id, const QStringList &names, const QByteArray &text, qint64 number)
{
    if (m_index.contains(id))
        return;
    m_index.insert(id, m_entries.size());
    m_entries.append(Entry{id, names, text, number});
}

QHash<qint64, int> NameRanks::ranks() const
{
    // -1, 0, 1 as SQLite's ORDER BY compares two records
    const auto order = [](const Entry &a, const Entry &b) {
        for (qsizetype i = 0; i < std::min(a.names.size(), b.names.size()); ++i)
            if (const int c = NameOrder::compare(a.names.at(i), b.names.at(i)); c != 0)
                return c;
        if (const int c = a.text.compare(b.text); c != 0)
            return c;
        return a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
    };
    QList<const Entry *> sorted;
    sorted.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        sorted << &e;
    std::sort(sorted.begin(), sorted.end(), [&](const Entry *a, const Entry *b) { return order(*a, *b) < 0; });
    QHash<qint64, int> out;
    out.reserve(sorted.size());
    int rank = -1;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i == 0 || order(*sorted.at(i - 1), *sorted.at(i)) != 0)
            ++rank;
        out.insert(sorted.at(i)->id, rank);
    }
    return out;
}

} // namespace praksis
