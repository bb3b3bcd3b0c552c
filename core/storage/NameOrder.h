#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

struct sqlite3;

namespace praksis {

// How names are matched and ordered (PRODUCT.md: Norwegian names and order), in C++ and in SQL alike:
//
// - fold(): case folding for every letter (QString::toCaseFolded), so "årstad", "ÅRSTAD" and "Årstad" are one
//   name. Every lookup by name (CLI options, import columns, the desktop's search) and every check that a name is
//   unique uses it. SQLite's NOCASE folds A–Z only.
// - compare(): alphabetical order by ICU (QCollator) for Norwegian, case-insensitive: … X, Y, Z, Æ, Ø, Å (and
//   "aa" as "å", as Norwegian dictionaries do). Bokmål and Nynorsk sort alike.
//
// install() makes both available on a plan's connection (PlanFile::open calls it):
//   COLLATE FOLDED     equal when the folded texts are equal: `WHERE name = ? COLLATE FOLDED`
//   COLLATE NORWEGIAN  the order of compare(): `ORDER BY family_name COLLATE NORWEGIAN`
//   praksis_fold(x)    fold() as an SQL function, for searching: `instr(praksis_fold(name), ?)`
// None of them appears in the schema (tables, indexes, triggers), so any SQLite — the sqlite3 shell too — can
// still open and check a plan without them.
class NameOrder
{
public:
    static QString fold(QStringView text);
    static int compare(QStringView a, QStringView b);
    // false when SQLite refused a registration (out of memory)
    static bool install(sqlite3 *handle);
};

// The order of `ORDER BY a COLLATE NORWEGIAN, b COLLATE NORWEGIAN, …, text, number` for records named by id, as a
// rank per record (records SQLite would take as equal share a rank). Sorting tens of thousands of rows by the
// collation in SQL compares names at every step of the sort, each time copied to UTF-16 and handed to ICU;
// ranking the few thousand distinct people once and sorting the rows by their ranks orders them alike.
class NameRanks
{
public:
    // The first add() of an id counts; later ones are ignored. text compares bytewise (SQLite's BINARY).
    void add(qint64 id, const QStringList &names, const QByteArray &text = {}, qint64 number = 0);
    bool contains(qint64 id) const { return m_index.contains(id); }
    // id -> rank, from 0
    QHash<qint64, int> ranks() const;

private:
    struct Entry
    {
        qint64 id;
        QStringList names;
        QByteArray text;
        qint64 number;
    };
    QList<Entry> m_entries;
    QHash<qint64, qsizetype> m_index;
};

} // namespace praksis
