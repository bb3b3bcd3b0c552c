#pragma once

// Internals of the importer shared by its registers (core/io/Importer*.cpp); not for use elsewhere.

#include "io/Importer.h"
#include "storage/ChangeJournal.h"
#include "storage/PlanFile.h"

#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringEncoder>

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3_stmt;

namespace praksis::import {

// Case-folded with spaces collapsed: how names are compared ("Solbakken  Sykehjem" == "solbakken sykehjem").
QString fold(QStringView text);
// "name / unit", or the name alone when there is no unit: how a site is named in a file.
QString siteReference(const QString &name, const QString &unit);
// A value as compared between the file and the plan (null and "" alike, numbers by value).
QString canonical(const QVariant &value);

// A few entries looked up by field key for every cell of every row: compared in place (a key's length first), not
// hashed (Qt's string hash was a quarter of a 10,000-row import's processor time).
template<typename T> class KeyTable
{
public:
    const T *find(const QString &key) const
    {
        for (const auto &[k, v] : m_entries)
            if (k == key)
                return &v;
        return nullptr;
    }
    bool contains(const QString &key) const { return find(key) != nullptr; }
    const T &insert(const QString &key, T value)
    {
        m_entries.emplace_back(key, std::move(value));
        return m_entries.back().second;
    }

private:
    std::deque<std::pair<QString, T>> m_entries; // a deque: what insert() returned stays where it is
};

// A map by text for what an import looks up once or twice a row (a student number seen before, an id by number):
// hashed by the standard library's hash of the UTF-16 text, not Qt's string hash (qHash of a QString runs AES
// instructions, which were a sixth of a 10,000-row import's processor time on the 2-core machine).
template<typename T> class TextMap
{
public:
    // the value under key, or fallback
    T value(const QString &key, const T &fallback = T()) const
    {
        const auto it = m_map.find(key);
        return it == m_map.end() ? fallback : it->second;
    }
    const T *find(const QString &key) const
    {
        const auto it = m_map.find(key);
        return it == m_map.end() ? nullptr : &it->second;
    }
    bool contains(const QString &key) const { return m_map.find(key) != m_map.end(); }
    // sets the value under key (replacing one there)
    void insert(const QString &key, T value) { m_map.insert_or_assign(key, std::move(value)); }
    // stores value under key unless the key has one: the stored value, and whether it was added
    std::pair<const T *, bool> tryInsert(const QString &key, T value)
    {
        const auto [it, added] = m_map.try_emplace(key, std::move(value));
        return {&it->second, added};
    }

private:
    struct Hash
    {
        size_t operator()(const QString &key) const noexcept
        {
            return std::hash<std::u16string_view>{}(
                std::u16string_view(reinterpret_cast<const char16_t *>(key.utf16()), size_t(key.size())));
        }
    };
    std::unordered_map<QString, T, Hash> m_map;
};

struct SchoolRef
{
    qint64 id = 0;
    QString name;
    SchoolKind kind = SchoolKind::Hogskole;
};

struct SiteRef
{
    qint64 id = 0;
    QString name;
    QString unit;
};

// The names the import looks records up by, loaded once (no query per row).
class Lookups
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Importer)

public:
    QHash<QString, SchoolRef> schools;     // by fold(name)
    QHash<QString, qint64> programmes;     // by programmeKey()
    QHash<qint64, QString> programmeNames; // by id
    QMultiHash<QString, SiteRef> sitesByName;
    QHash<QString, qint64> sitesByNameUnit; // by siteKey()

    static QString programmeKey(qint64 schoolId, QStringView name);
    static QString siteKey(QStringView name, QStringView unit);

    Result<void> loadSchools(const PlanFile &plan); // schools and their programmes
    Result<void> loadSites(const PlanFile &plan);
    // The site named "name" or "name / unit"; an Error naming the candidates when the name is ambiguous.
    Result<qint64> site(QStringView reference) const;
};

// Checks of one prepare(): the header mapping, the rows, and the typed readers of cells that record errors with
// their line, column and header.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Importer)

public:
    // header: the file's first record; delimiter: the file's
    Session(PlanFile &plan, ImportPreview &preview, const CsvRecord &header, QChar delimiter);

    PlanFile &plan;
    ImportPreview &p;
    Lookups lookups;

    // Maps the header row; fails on a column of national identity numbers or health data.
    Result<void> mapHeader();
    // Makes a row of a record (false for a blank record, which is left out); flags extra fields, another delimiter
    // and cells that may not be stored (control characters, national identity numbers).
    bool readRow(const CsvRecord &record, ImportRow &row);
    // After the register's check of the row: sets Invalid when it has errors and adds them to the preview's.
    void finishRow(ImportRow &row);

    bool has(const QString &key) const { return m_columns.contains(key); }
    const ImportField &field(const QString &key) const;
    // field(key).label(), translated once per import (the typed readers name the field in every check)
    const QString &label(const QString &key) const;
    // The cell of a field, trimmed, with an export's formula guard removed; empty when the column is absent.
    QString cell(const ImportRow &row, const QString &key) const;

    void fail(ImportRow &row, const QString &key, const QString &message) const;
    void fail(ImportRow &row, const QString &key, Error error) const;

    // Typed readers: when the column is present they check the cell, store the value in row.values[key] and
    // return true; on a bad cell they record the error. A required field's column is checked by mapHeader().
    bool readText(ImportRow &row, const QString &key) const; // required fields must not be empty
    bool readEmail(ImportRow &row, const QString &key) const;
    bool readPhone(ImportRow &row, const QString &key) const;
    bool readMunicipalityNumber(ImportRow &row, const QString &key) const;
    bool readCohort(ImportRow &row, const QString &key) const; // empty: null
    bool readCount(ImportRow &row, const QString &key) const;  // whole number >= 0; empty: not stored
    bool readDate(ImportRow &row, const QString &key) const;   // stored as ISO text
    bool readHours(ImportRow &row, const QString &key) const;  // empty: not stored
    template<typename E>
    bool readKind(ImportRow &row, const QString &key) const; // an identifier of Kinds.h; empty: not stored

    // Status New, or Changed / Unchanged against the stored values (keys in row.values, "_" keys skipped, a key
    // "field.part" reported as "field").
    void compare(ImportRow &row, const QVariantHash &stored) const;
    // New when stored has nothing under key, else compare() with it; returns whether something was stored.
    bool classify(ImportRow &row, const QHash<QString, QVariantHash> &stored, const QString &key) const;

    // The school or programme the file names for the first time (listed once in preview.created); returns the
    // spelling to use for it.
    QString noteSchool(const QString &name);
    QString noteProgramme(const QString &school, SchoolKind schoolKind, const QString &name);

private:
    const CsvRecord &m_header;
    QChar m_delimiter;
    KeyTable<int> m_columns; // field key -> 0-based column
    mutable KeyTable<QString> m_labels;
    QHash<QString, QString> m_newSchools;
    QHash<QString, QString> m_newProgrammes;
    // of the row between readRow() and finishRow()
    std::optional<Error> m_structural; // the record is broken as a whole (another delimiter)
    QList<Error> m_unstorable;         // cells with control characters or identity numbers
};

// Prepared statements cached by their text, for one apply().
class Statements
{
public:
    explicit Statements(PlanFile &plan, ChangeJournal *journal = nullptr)
        : m_plan(plan)
        , m_journal(journal)
    {}
    ~Statements();
    Statements(const Statements &) = delete;
    Statements &operator=(const Statements &) = delete;
    // Runs a statement; returns the last inserted row id.
    Result<qint64> run(const QString &sql, const QVariantList &bindings);
    // The first row of a SELECT (its columns as QSqlQuery::value() gives them), or an empty list when there is none.
    Result<QVariantList> first(const QString &sql, const QVariantList &bindings);
    // INSERT (id 0; returns the new id) or UPDATE … WHERE id = ? of the given columns, kept in the journal.
    Result<qint64> write(const QString &table, qint64 id, const QList<std::pair<QString, QVariant>> &columns);

private:
    struct Write
    {
        QString table;
        bool insert = true;
        QStringList columns;
        QString sql;
    };

    PlanFile &m_plan;
    ChangeJournal *m_journal = nullptr;
    Error failure(int code, const QString &sql) const;
    Result<sqlite3_stmt *> prepared(const QString &sql);
    int bind(sqlite3_stmt *statement, int index, const QVariant &value);
    // steps, resets and lets go of the bound text; the last inserted row id
    Result<qint64> step(sqlite3_stmt *statement, const QString &sql);

    std::map<QString, sqlite3_stmt *> m_statements;
    std::vector<Write> m_writes;
    void releaseText();

    std::deque<QByteArray> m_text; // bound text, until the statement ran
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

// One apply(): the transaction's helpers, the counts, the creation of schools and programmes, and progress.
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Importer)

public:
    // journal: keep what is written for undo (result.journal); the command line has no undo and keeps nothing
    Writer(PlanFile &plan, const ImportPreview &preview, const ImportProgress &progress, bool journal = true);

    PlanFile &plan;
    const ImportPreview &p;
    Lookups lookups;
    ImportResult result; // before sql, which keeps its journal
    Statements sql;
    QList<qint64> inserted; // ids of the register's entity (preferences: student ids)
    QList<qint64> updated;

    // Records one written row (a new record or a changed one) and asks the progress callback; an Error of kind
    // Cancelled when it says stop.
    Result<void> done(qint64 id, bool isNew);
    // Asks the progress callback before the first row.
    Result<void> begin();
    // Before rows of a link table (WHERE where) are replaced: keeps them for undo (result.journal).
    Result<void> replacing(const QString &table, const QString &where, const QVariantList &bindings);
    // A record a repository writes (not sql.write()): before it changes, and once it is new; kept for undo.
    Result<void> updating(const QString &table, qint64 id);
    void insertedBy(const QString &table, qint64 id);

    Result<qint64> ensureSchool(const QString &name);
    Result<qint64> ensureProgramme(qint64 schoolId, const QString &name);
    // Announces the changes (inside the transaction).
    void announce(Entity entity);

private:
    const ImportProgress &m_progress;
    bool m_journal = true;
    qsizetype m_done = 0;
    qsizetype m_total = 0;
    qsizetype m_new = 0;
    qsizetype m_changed = 0;
    QSet<qint64> m_written;
    QList<qint64> m_schools;
    QList<qint64> m_programmes;
};

// The note shown for a school or programme the import creates (done: after apply()).
QString creationNote(Entity entity, const QString &name, const QString &kindId, bool done);

// One register's checks and writes, a row at a time (ImportRegisters.cpp): Importer::prepare() checks every row of
// a table, Importer::apply() writes a preview's rows, and Importer::import() does both as it reads a file, keeping no
// row. What the checks compare with is loaded once, before the first row (no query per row).
class RegisterRules
{
public:
    virtual ~RegisterRules() = default;
    // Loads what the rows are checked against; an Error stops the import.
    virtual Result<void> startChecks(Session &s) = 0;
    // Checks one row: its values and errors, and its status (New, Changed, Unchanged) when it has no error.
    virtual void check(Session &s, ImportRow &row) = 0;
    // Loads what the writes need.
    virtual Result<void> startWrites(Writer &w) = 0;
    // Writes one checked row whose status is New or Changed.
    virtual Result<void> write(Writer &w, const ImportRow &row) = 0;
    // After the last write: announces what was written.
    virtual void finishWrites(Writer &w) = 0;
};

std::unique_ptr<RegisterRules> rulesFor(ImportRegister reg);
// The registers of PRODUCT.md section 10 (ImportRecruitment.cpp).
std::unique_ptr<RegisterRules> hireRules();
std::unique_ptr<RegisterRules> mentorRules();

// Helpers of the registers' rules (ImportRegisters.cpp).
// The columns of a table that the row's values fill: (field key, column) pairs whose key is in the row.
using ColumnMap = std::initializer_list<std::pair<QString, QString>>; // field key, column (u""_s: no allocation)
QList<std::pair<QString, QVariant>> columnsOf(const ImportRow &row, ColumnMap map);
// The line on which a key was seen before in the file, or 0 the first time (and remembers it).
int seenBefore(TextMap<int> &seen, const QString &key, int line);
// The site of the row's "site" field ("name" or "name / unit"), also kept as its "_siteId" value; 0 after recording
// the error of an empty or unknown site.
qint64 readSite(const Session &s, ImportRow &row);

} // namespace praksis::import
