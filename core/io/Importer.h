#pragma once

#include "Error.h"
#include "io/CsvReader.h"
#include "model/Kinds.h"
#include "recruitment/HireLink.h"
#include "storage/Change.h"
#include "storage/ChangeJournal.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantHash>

#include <array>
#include <functional>
#include <optional>
#include <utility>

namespace praksis {

class PlanFile;

// CSV import of the registers of PRODUCT.md section 5, in two steps that the command line and the desktop import
// wizard share:
//
//   auto preview = Importer::prepare(plan, ImportRegister::Students, path, options); // reads, checks, writes nothing
//   … show preview->rows, preview->errors, preview->created; let the person change the mapping and prepare again …
//   auto result = Importer::apply(plan, *preview, progress);                         // one transaction, all or nothing
//
// Re-importing the same file changes nothing: records are matched on their keys (students: school + student number;
// sites: name + unit; supervisors: site + first and last name; periods: name; preferences: school + student number +
// period) and only what differs is written. A column that is in the file is taken as it is, an empty cell included
// (it empties the field); a column that is not in the file leaves the field alone.

enum class ImportRegister
{
    Students,
    Sites,
    Supervisors,
    Periods,
    Preferences,
    Hires,  // new hires (PRODUCT.md section 10)
    Mentors // their mentors: a mentorship per row, its conversations planned (MentorRepository)
};

// Every register, in the order above (the desktop's File ▸ Import menu and import wizard offer them so).
const QList<ImportRegister> &importRegisters();
// "students", "sites", "supervisors", "periods", "preferences", "hires", "mentors" (the command line's words)
QString toId(ImportRegister r);
std::optional<ImportRegister> importRegisterFromId(QStringView id);
// translated "Students", "Sites", …
QString label(ImportRegister r);
// The register whose required columns a header row holds (the one matching most columns when several do), or
// std::nullopt when no register's required columns are all there.
std::optional<ImportRegister> detectImportRegister(const QStringList &headers);

// One column a register understands. The tables of importFields() are the only place the column names live.
struct ImportField
{
    QString key;       // stable identifier, e.g. "familyName" (the mapping and ImportRow::changedFields use it)
    QString norwegian; // "Etternavn"
    QString english;   // "Last name" (untranslated source text)
    bool required = false;
    QStringList aliases; // further header names accepted ("Etternamn", "Surname")

    // translated English name: “Last name” in messages
    QString label() const;
    // whether a header names this field (case-insensitive, spaces collapsed, a trailing * or : ignored)
    bool matches(QStringView header) const;
};

// The columns of a register, in the order of PRODUCT.md section 5.
const QList<ImportField> &importFields(ImportRegister r);

struct ImportOptions
{
    QString school;              // students: the school (--school NAME); required there, created when new
    QString programme;           // students: the programme where the file has no programme column or an empty cell
    CsvReader::Options csv;      // force a delimiter or an encoding instead of detecting them
    QHash<int, QString> mapping; // column index (0-based) -> field key, overriding the header; "" ignores a column
};

enum class ImportRowStatus
{
    New,
    Changed,
    Unchanged,
    Invalid
};

// The checked values of a row by field key, in the order they were set. A row has a handful, looked up for every
// cell it writes: found by comparing keys in place (a key's length first), not by Qt's string hash, which was a
// fifth of the processor time of a 10,000-row import (about twenty hashes a row). The part of QVariantHash's
// interface the import uses.
class ImportValues
{
public:
    using Entry = std::pair<QString, QVariant>;
    class const_iterator
    {
    public:
        explicit const_iterator(QList<Entry>::const_iterator at)
            : m_at(at)
        {}
        const QString &key() const { return m_at->first; }
        const QVariant &value() const { return m_at->second; }
        const QVariant &operator*() const { return m_at->second; }
        const QVariant *operator->() const { return &m_at->second; }
        const_iterator &operator++()
        {
            ++m_at;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_at == other.m_at; }
        bool operator!=(const const_iterator &other) const { return m_at != other.m_at; }

    private:
        QList<Entry>::const_iterator m_at;
    };

    const_iterator constBegin() const { return const_iterator(m_entries.cbegin()); }
    const_iterator constEnd() const { return const_iterator(m_entries.cend()); }
    const_iterator begin() const { return constBegin(); }
    const_iterator end() const { return constEnd(); }
    const_iterator constFind(const QString &key) const { return const_iterator(m_entries.cbegin() + indexOf(key)); }

    // the value under key, or an invalid QVariant
    QVariant value(const QString &key) const
    {
        const qsizetype i = indexOf(key);
        return i < m_entries.size() ? m_entries.at(i).second : QVariant();
    }
    bool contains(const QString &key) const { return indexOf(key) < m_entries.size(); }
    // sets the value under key (replacing one there)
    void insert(const QString &key, const QVariant &value)
    {
        const qsizetype i = indexOf(key);
        if (i < m_entries.size())
            m_entries[i].second = value;
        else
            m_entries.emplace_back(key, value);
    }
    // removes the value under key and returns it (an invalid QVariant when there was none)
    QVariant take(const QString &key)
    {
        const qsizetype i = indexOf(key);
        if (i == m_entries.size())
            return {};
        QVariant out = std::move(m_entries[i].second);
        m_entries.removeAt(i);
        return out;
    }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    void reserve(qsizetype n) { m_entries.reserve(n); }
    void clear() { m_entries.clear(); }

private:
    // the entry's index, or size() when there is none
    qsizetype indexOf(const QString &key) const
    {
        qsizetype i = 0;
        while (i < m_entries.size() && m_entries.at(i).first != key)
            ++i;
        return i;
    }
    QList<Entry> m_entries;
};

// One data record of the file as the import sees it.
struct ImportRow
{
    int line = 0; // the line of the file the record starts on
    ImportRowStatus status = ImportRowStatus::New;
    QStringList cells;         // the record's fields as in the file
    QString key;               // what identifies the record, for people: "s100001 Kari Nordmann"
    QStringList changedFields; // Changed: the keys of the fields that change (ImportField::key)
    QList<Error> errors;       // Invalid: every problem of the row (line, column, field = header)
    ImportValues values;       // the checked values by field key, written by apply()
};

// A school or programme that the import creates because the file names it for the first time.
struct ImportCreation
{
    Entity entity = Entity::School; // School or Programme
    QString name;
    QString school; // Programme: its school
    QString kind;   // identifier of core/model/Kinds.h, inferred from the name
    QString note;   // translated: "The school “X” will be created as …, inferred from its name."
};

struct ImportPreview
{
    ImportRegister reg = ImportRegister::Students;
    QString file; // the file, when read from one
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter;
    QString encodingName;       // translated, for people
    QString delimiterName;      // translated, for people
    QStringList headers;        // the header row as in the file
    QStringList mapping;        // per column: the field key it fills, or "" (ignored)
    QStringList unknownColumns; // headers that fill no field (ignored)
    QList<ImportRow> rows;      // data records in file order (blank records left out); see rowsKept
    QList<Error> errors;        // every problem, header first, then rows by line; empty: apply() may run
    QList<ImportCreation> created;
    ImportOptions options; // as prepared

    // false after Importer::import(), which keeps no rows: rows then holds only the changed ones (line, key and
    // changed fields, without cells or values), and the counts are in counted.
    bool rowsKept = true;
    std::array<qsizetype, 4> counted{}; // by ImportRowStatus, when !rowsKept

    qsizetype rowCount() const;
    qsizetype count(ImportRowStatus status) const;
    bool canApply() const { return errors.isEmpty(); }
    // "2 rows have errors. Nothing was imported." (or the file's error count when no row is to blame)
    QString errorSummary() const;
    // "Line 4, column 2 (Etternavn): “Last name” is empty."
    static QString describe(const Error &error);
};

struct ImportResult
{
    qsizetype inserted = 0;
    qsizetype updated = 0;
    qsizetype unchanged = 0;
    QList<ImportCreation> created;
    // every row the import wrote, before and after: journal.undo() takes the whole import back in one transaction
    // (schools and programmes it created included), journal.redo() writes it again with the same ids
    ChangeJournal journal;
};

// A hire of a hires import that the file did not link to a student record (no Skole and Studentnummer) and that has
// no confirmed link, with the students she may have been (HireLink::suggestions). Never linked automatically: a
// person confirms with HireRepository::setStudentLink.
struct ImportLinkSuggestion
{
    int line = 0;      // her line in the file
    QString hire;      // the row's key: "Kari Lund, Hjemmetjenesten, Nord, 01.06.2025"
    qint64 hireId = 0; // her record; 0 when she is not stored (a new hire before the import is written)
    QList<StudentCandidate> candidates;
};

// Called during apply() with the rows done and the total; returning false cancels (nothing is written).
using ImportProgress = std::function<bool(qsizetype done, qsizetype total)>;

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Importer)

public:
    // Up to this many stored records are loaded into memory to compare the rows with (one query); beyond it each
    // row's record is looked up on its own, so a re-import of 500,000 students stays within the memory budget.
    // Tests lower it to run the look-up path on small files.
    static inline qsizetype storedRowsInMemory = 50000;

    // Reads and checks a file. Fails (no preview) when the file cannot be read or parsed, or when it has a column
    // of national identity numbers or health data; everything else, including a missing required column, is in
    // the preview's errors.
    static Result<ImportPreview> prepare(PlanFile &plan, ImportRegister reg, const QString &path,
                                         const ImportOptions &options = {});
    // The same for an already read table (the wizard reads once and prepares again after a mapping change).
    static Result<ImportPreview> prepare(PlanFile &plan, ImportRegister reg, const CsvTable &table,
                                         const ImportOptions &options = {}, const QString &file = {});

    // Reads, checks and writes a file in one pass, a record at a time, holding neither the file nor its rows (a file
    // of any length costs the same memory): the checks of prepare() and the writes of apply(), in one transaction
    // that is committed only when no row has an error and dryRun is false. A dry run makes the same writes and rolls
    // them back, so it refuses exactly what the import refuses (a write the plan refuses is an error of its row).
    // The preview's errors say what was refused (then nothing was written); *result, when given, what was written.
    // Nothing is kept for undo (the command line's import).
    static Result<ImportPreview> import(PlanFile &plan, ImportRegister reg, const QString &path,
                                        const ImportOptions &options, bool dryRun, ImportResult *result = nullptr);

    // Writes a preview without errors in one transaction: all or nothing. Error::Kind::Invalid when the preview
    // has errors, Cancelled when progress returned false.
    static Result<ImportResult> apply(PlanFile &plan, const ImportPreview &preview,
                                      const ImportProgress &progress = {});

    // The link suggestions for the rows of a hires preview from prepare() (rows kept, errors or not: rows with errors
    // are left out), in file order; the same before and after the import is written, but for hireId.
    static Result<QList<ImportLinkSuggestion>> linkSuggestions(const PlanFile &plan, const ImportPreview &preview);

    // The kind of a school or programme named for the first time, guessed from its name
    // ("Universitetet i Tromsø" -> universitet, "Nord vgs" -> vgs, "Bachelor i sykepleie" -> sykepleie).
    static SchoolKind inferSchoolKind(QStringView name);
    static ProgrammeKind inferProgrammeKind(QStringView name, SchoolKind school);

    // ja/nei, yes/no, true/false, 1/0 (case-insensitive); std::nullopt otherwise.
    static std::optional<bool> parseBoolean(QStringView text);
};

} // namespace praksis
