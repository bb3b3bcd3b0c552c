#include "io/ImportSession.h"

#include "io/CsvWriter.h"
#include "model/Validation.h"
#include "storage/NameOrder.h"
#include "storage/RowCursor.h"

#include <sqlite3.h>

#include <QSqlError>

namespace praksis::import {

using namespace Qt::StringLiterals;

QString fold(QStringView text)
{
    return NameOrder::fold(text.toString().simplified()); // the folding of every lookup by name
}

QString siteReference(const QString &name, const QString &unit)
{
    return unit.isEmpty() ? name : name + u" / "_s + unit;
}

QString canonical(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float)
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

QString creationNote(Entity entity, const QString &name, const QString &kindId, bool done)
{
    if (entity == Entity::School) {
        const auto kind = fromId<SchoolKind>(kindId);
        const QString text =
            done ? Lookups::tr("The school “%1” was created as “%2” (%3), inferred from its name.")
                 : Lookups::tr("The school “%1” is new and will be created as “%2” (%3), inferred from its name.");
        return text.arg(name, kind ? label(*kind) : kindId, kindId);
    }
    const auto kind = fromId<ProgrammeKind>(kindId);
    const QString text =
        done ? Lookups::tr("The programme “%1” was created as “%2” (%3), inferred from its name.")
             : Lookups::tr("The programme “%1” is new and will be created as “%2” (%3), inferred from its name.");
    return text.arg(name, kind ? label(*kind) : kindId, kindId);
}

// --- Lookups -------------------------------------------------------------------------------------------------------

QString Lookups::programmeKey(qint64 schoolId, QStringView name)
{
    return QString::number(schoolId) + u'\n' + fold(name);
}

QString Lookups::siteKey(QStringView name, QStringView unit)
{
    return fold(name) + u'\n' + fold(unit);
}

Result<void> Lookups::loadSchools(const PlanFile &plan)
{
    schools.clear();
    programmes.clear();
    programmeNames.clear();
    auto q = plan.exec(u"SELECT id, name, kind FROM schools"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        SchoolRef s{q->value(0).toLongLong(), q->value(1).toString(),
                    fromId<SchoolKind>(q->value(2).toString()).value_or(SchoolKind::Hogskole)};
        schools.insert(fold(s.name), s);
    }
    auto p = plan.exec(u"SELECT id, school_id, name FROM programmes"_s);
    if (!p)
        return p.error();
    while (p->next()) {
        programmes.insert(programmeKey(p->value(1).toLongLong(), p->value(2).toString()), p->value(0).toLongLong());
        programmeNames.insert(p->value(0).toLongLong(), p->value(2).toString());
    }
    return {};
}

Result<void> Lookups::loadSites(const PlanFile &plan)
{
    sitesByName.clear();
    sitesByNameUnit.clear();
    auto q = plan.exec(u"SELECT id, name, unit FROM sites"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        SiteRef s{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()};
        sitesByName.insert(fold(s.name), s);
        sitesByNameUnit.insert(siteKey(s.name, s.unit), s.id);
    }
    return {};
}

Result<qint64> Lookups::site(QStringView reference) const
{
    const QString ref = reference.toString().simplified();
    const QList<SiteRef> named = sitesByName.values(fold(ref));
    if (named.size() == 1)
        return named.first().id;
    if (named.size() > 1) {
        QStringList candidates;
        for (const SiteRef &s : named)
            candidates << u"“"_s + siteReference(s.name, s.unit) + u"”"_s;
        candidates.sort(Qt::CaseInsensitive);
        return Error::invalid(tr("There are %1 sites named “%2” (%3): write “name / unit” to say which.")
                                  .arg(named.size())
                                  .arg(ref, candidates.join(u", "_s)));
    }
    // "name / unit"; the name itself may hold a slash, so every slash is tried
    for (qsizetype i = ref.indexOf(u'/'); i >= 0; i = ref.indexOf(u'/', i + 1)) {
        const auto it = sitesByNameUnit.constFind(
            siteKey(QStringView(ref).left(i).trimmed(), QStringView(ref).mid(i + 1).trimmed()));
        if (it != sitesByNameUnit.constEnd())
            return *it;
    }
    return Error::invalid(tr("There is no site “%1”. Check the spelling, or import the sites first.").arg(ref));
}

// --- Session -------------------------------------------------------------------------------------------------------

Session::Session(PlanFile &planFile, ImportPreview &preview, const CsvRecord &header, QChar delimiter)
    : plan(planFile)
    , p(preview)
    , m_header(header)
    , m_delimiter(delimiter)
{}

Result<void> Session::mapHeader()
{
    const CsvRecord &header = m_header;
    const QList<ImportField> &fields = importFields(p.reg);
    p.headers = header.fields;
    p.mapping = QStringList(header.fields.size(), QString());
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].simplified();
        if (Validation::isForbiddenColumnName(name)) {
            Error e = Validation::forbiddenColumnError(name);
            e.line = header.line;
            e.column = int(i) + 1;
            e.field = name;
            return e;
        }
        QString key;
        if (p.options.mapping.contains(int(i))) {
            key = p.options.mapping.value(int(i));
            if (!key.isEmpty() &&
                std::none_of(fields.begin(), fields.end(), [&key](const ImportField &f) { return f.key == key; }))
                return Error::invalid(tr("The register has no field “%1”.").arg(key));
        } else {
            for (const ImportField &f : fields)
                if (f.matches(name))
                    key = f.key;
        }
        if (key.isEmpty()) {
            if (!name.isEmpty())
                p.unknownColumns << name;
            continue;
        }
        if (m_columns.contains(key)) {
            const int first = *m_columns.find(key);
            p.errors << Error{Error::Kind::Invalid,
                              tr("Columns %1 (%2) and %3 (%4) both hold “%5”. Remove one of them or map it to no "
                                 "field.")
                                  .arg(first + 1)
                                  .arg(p.headers[first])
                                  .arg(i + 1)
                                  .arg(name, field(key).label()),
                              {},
                              header.line,
                              int(i) + 1,
                              name};
            continue;
        }
        m_columns.insert(key, int(i));
        p.mapping[i] = key;
    }
    for (const ImportField &f : fields)
        if (f.required && !m_columns.contains(f.key))
            p.errors << Error{Error::Kind::Invalid,
                              tr("The column “%1” (“%2”) is missing. The columns found are: %3.")
                                  .arg(f.norwegian, f.label(), p.headers.join(u", "_s)),
                              {},
                              header.line,
                              0,
                              {}};
    return {};
}

bool Session::readRow(const CsvRecord &record, ImportRow &row)
{
    if (record.isBlank())
        return false;
    const qsizetype width = p.headers.size();
    m_structural.reset();
    m_unstorable.clear();
    row.line = record.line;
    row.cells = record.fields;
    row.values.reserve(int(width) + 2);
    for (qsizetype c = width; c < record.fields.size(); ++c) {
        if (!record.fields[c].trimmed().isEmpty()) {
            row.errors << Error{Error::Kind::Invalid,
                                tr("This line has %1 fields but the header row has %2. Is there a “%3” inside a "
                                   "value that is not in quotation marks?")
                                    .arg(record.fields.size())
                                    .arg(width)
                                    .arg(m_delimiter == u'\t' ? tr("tab") : QString(m_delimiter)),
                                {},
                                record.line,
                                int(c) + 1,
                                {}};
            break;
        }
    }
    // Every cell, mapped or not, under the one rule for stored text: no control characters, no national
    // identity number (the value itself is never repeated in a message).
    for (qsizetype c = 0; c < record.fields.size(); ++c) {
        const QString key = c < width ? p.mapping.value(c) : QString();
        const QString header = c < width ? p.headers[c] : QString();
        const auto lines = key == u"excludeReason"_s ? Validation::Lines::Multiple : Validation::Lines::Single;
        if (auto e = Validation::storableText(record.fields[c].trimmed(),
                                              header.isEmpty() ? tr("Column %1").arg(c + 1) : header, lines)) {
            e->line = record.line;
            e->column = int(c) + 1;
            m_unstorable << *e;
        }
    }
    if (record.fields.size() < width) {
        // Fewer fields than the header, but another delimiter would split the line into enough: the line was
        // written with another delimiter than the file. Say that, rather than every field it lacks.
        const QString joined = record.fields.join(m_delimiter);
        for (const QChar other : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
            if (other == m_delimiter || joined.count(other) + 1 < width)
                continue;
            const auto name = [this](QChar d) { return d == u'\t' ? tr("tab") : QString(d); };
            m_structural = Error{Error::Kind::Invalid,
                                 tr("This line separates its values with “%1”, but the file uses “%2”. "
                                    "Use one delimiter in the whole file.")
                                     .arg(name(other), name(m_delimiter)),
                                 {},
                                 record.line,
                                 0,
                                 {}};
            break;
        }
    }
    // A record shorter than the header has empty fields at its end: the same in a dry run and in the import.
    while (row.cells.size() < width)
        row.cells << QStringLiteral("");
    return true;
}

void Session::finishRow(ImportRow &row)
{
    if (m_structural) {
        row.errors = {*m_structural}; // what the register said about its fields follows from this one
    } else if (!m_unstorable.isEmpty()) {
        // A cell that may not be stored is reported once, by that rule: other checks of it would quote it.
        for (const Error &e : std::as_const(m_unstorable))
            row.errors.removeIf([&e](const Error &other) { return other.column == e.column; });
        row.errors << m_unstorable;
    }
    m_structural.reset();
    m_unstorable.clear();
    if (!row.errors.isEmpty()) {
        std::stable_sort(row.errors.begin(), row.errors.end(),
                         [](const Error &a, const Error &b) { return a.column < b.column; });
        row.status = ImportRowStatus::Invalid;
        row.changedFields.clear();
        p.errors << row.errors;
    }
}

const QString &Session::label(const QString &key) const
{
    if (const QString *known = m_labels.find(key))
        return *known;
    return m_labels.insert(key, field(key).label());
}

const ImportField &Session::field(const QString &key) const
{
    const QList<ImportField> &fields = importFields(p.reg);
    for (const ImportField &f : fields)
        if (f.key == key)
            return f;
    Q_ASSERT_X(false, "Session::field", "unknown field key");
    return fields.first();
}

QString Session::cell(const ImportRow &row, const QString &key) const
{
    const int *column = m_columns.find(key);
    if (!column || *column >= row.cells.size())
        return {};
    return CsvWriter::unguard(row.cells[*column].trimmed());
}

void Session::fail(ImportRow &row, const QString &key, const QString &message) const
{
    fail(row, key, Error::invalid(message));
}

void Session::fail(ImportRow &row, const QString &key, Error error) const
{
    error.kind = Error::Kind::Invalid;
    error.line = row.line;
    const int *column = m_columns.find(key);
    error.column = column ? *column + 1 : 0;
    error.field = column ? p.headers.value(*column) : QString();
    row.errors << error;
}

bool Session::readText(ImportRow &row, const QString &key) const
{
    if (!has(key))
        return false;
    const QString text = cell(row, key);
    if (field(key).required) {
        if (auto e = Validation::requiredText(text, label(key))) {
            fail(row, key, *e);
            return false;
        }
    }
    row.values.insert(key, text);
    return true;
}

bool Session::readEmail(ImportRow &row, const QString &key) const
{
    if (!has(key))
        return false;
    const QString text = cell(row, key);
    if (auto e = Validation::email(text, Validation::Presence::Optional, label(key))) {
        fail(row, key, *e);
        return false;
    }
    row.values.insert(key, text);
    return true;
}

bool Session::readPhone(ImportRow &row, const QString &key) const
{
    if (!has(key))
        return false;
    const QString text = cell(row, key);
    if (auto e = Validation::phone(text, Validation::Presence::Optional, label(key))) {
        fail(row, key, *e);
        return false;
    }
    row.values.insert(key, text);
    return true;
}

bool Session::readMunicipalityNumber(ImportRow &row, const QString &key) const
{
    if (!has(key))
        return false;
    const QString text = cell(row, key);
    if (auto e = Validation::municipalityNumber(text, Validation::Presence::Optional, label(key))) {
        fail(row, key, *e);
        return false;
    }
    row.values.insert(key, text);
    return true;
}

bool Session::readCohort(ImportRow &row, const QString &key) const
{
    if (!has(key))
        return false;
    const QString text = cell(row, key);
    if (text.isEmpty()) {
        row.values.insert(key, QVariant());
        return true;
    }
    auto year = Validation::parseCohortYear(text, label(key));
    if (!year) {
        fail(row, key, year.error());
        return false;
    }
    row.values.insert(key, *year);
    return true;
}

bool Session::readCount(ImportRow &row, const QString &key) const
{
    if (!has(key))
        return false;
    const QString text = cell(row, key);
    if (text.isEmpty() && !field(key).required)
        return false;
    auto n = Validation::parseNonNegativeInteger(text, label(key));
    if (!n) {
        fail(row, key, n.error());
        return false;
    }
    row.values.insert(key, *n);
    return true;
}

bool Session::readDate(ImportRow &row, const QString &key) const
{
    if (!has(key))
        return false;
    auto date = Validation::parseDateField(cell(row, key), label(key));
    if (!date) {
        fail(row, key, date.error());
        return false;
    }
    row.values.insert(key, Validation::toIsoDate(*date));
    return true;
}

bool Session::readHours(ImportRow &row, const QString &key) const
{
    if (!has(key))
        return false;
    const QString text = cell(row, key);
    if (text.isEmpty())
        return false;
    auto hours = Validation::parseHoursPerWeek(text, label(key));
    if (!hours) {
        fail(row, key, hours.error());
        return false;
    }
    row.values.insert(key, *hours);
    return true;
}

template<typename E> bool Session::readKind(ImportRow &row, const QString &key) const
{
    if (!has(key))
        return false;
    const QString text = cell(row, key);
    if (text.isEmpty()) {
        if (field(key).required)
            fail(row, key, tr("“%1” is empty. Write one of: %2.").arg(field(key).label(), allIds<E>()));
        return false;
    }
    const auto kind = fromId<E>(text);
    if (!kind) {
        fail(row, key,
             tr("“%1” is not a known %2. Write one of: %3.").arg(text, field(key).label().toLower(), allIds<E>()));
        return false;
    }
    row.values.insert(key, toId(*kind));
    return true;
}

template bool Session::readKind<SiteKind>(ImportRow &, const QString &) const;
template bool Session::readKind<Profession>(ImportRow &, const QString &) const;
template bool Session::readKind<HirePosition>(ImportRow &, const QString &) const;
template bool Session::readKind<EndReason>(ImportRow &, const QString &) const;

void Session::compare(ImportRow &row, const QVariantHash &stored) const
{
    row.changedFields.clear();
    for (auto it = row.values.constBegin(); it != row.values.constEnd(); ++it) {
        if (it.key().startsWith(u'_'))
            continue;
        if (canonical(it.value()) == canonical(stored.value(it.key())))
            continue;
        const QString key = it.key().section(u'.', 0, 0);
        if (!row.changedFields.contains(key))
            row.changedFields << key;
    }
    // in the order of the register's columns
    QStringList ordered;
    for (const ImportField &f : importFields(p.reg))
        if (row.changedFields.contains(f.key))
            ordered << f.key;
    row.changedFields = ordered;
    row.status = ordered.isEmpty() ? ImportRowStatus::Unchanged : ImportRowStatus::Changed;
}

bool Session::classify(ImportRow &row, const QHash<QString, QVariantHash> &stored, const QString &key) const
{
    const auto it = stored.constFind(key);
    if (it == stored.constEnd()) {
        row.status = ImportRowStatus::New;
        return false;
    }
    compare(row, *it);
    return true;
}

QString Session::noteSchool(const QString &name)
{
    const QString key = fold(name);
    const auto it = m_newSchools.constFind(key);
    if (it != m_newSchools.constEnd())
        return *it;
    m_newSchools.insert(key, name);
    const QString kind = toId(Importer::inferSchoolKind(name));
    p.created << ImportCreation{Entity::School, name, {}, kind, creationNote(Entity::School, name, kind, false)};
    return name;
}

QString Session::noteProgramme(const QString &school, SchoolKind schoolKind, const QString &name)
{
    const QString key = fold(school) + u'\n' + fold(name);
    const auto it = m_newProgrammes.constFind(key);
    if (it != m_newProgrammes.constEnd())
        return *it;
    m_newProgrammes.insert(key, name);
    const QString kind = toId(Importer::inferProgrammeKind(name, schoolKind));
    p.created << ImportCreation{Entity::Programme, name, school, kind,
                                creationNote(Entity::Programme, name, kind, false)};
    return name;
}

// --- Statements ----------------------------------------------------------------------------------------------------

Statements::~Statements()
{
    for (auto &[sql, statement] : m_statements)
        sqlite3_finalize(statement);
}

Error Statements::failure(int code, const QString &sql) const
{
    // worded as PlanFile::errorFrom words a failed QSqlQuery
    Error e = m_plan.errorFromSqlite(code, {});
    if (e.kind == Error::Kind::Database || e.kind == Error::Kind::Conflict) {
        e.message = QString::fromUtf8(sqlite3_errmsg(m_plan.handle()));
        if (e.kind == Error::Kind::Database)
            e.message += u" ["_s + sql.simplified().left(200) + u"]"_s;
    }
    return e;
}

Result<sqlite3_stmt *> Statements::prepared(const QString &sql)
{
    // each statement prepared once per apply() and reused for every row, bound and stepped straight on SQLite
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        // (the connection's handle only here: PlanFile::handle() looks the connection up by name, a string hash)
        sqlite3 *db = m_plan.handle();
        if (!db)
            return m_plan.errorFromSqlite(SQLITE_MISUSE, sql);
        sqlite3_stmt *statement = nullptr;
        const int rc =
            sqlite3_prepare_v3(db, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(statement);
            return failure(rc, sql);
        }
        it = m_statements.emplace(sql, statement).first;
    }
    return it->second;
}

void Statements::releaseText()
{
    if (m_text.size() > 1)
        m_text.erase(m_text.begin() + 1, m_text.end());
    if (!m_text.empty())
        m_text.front().resize(0); // keeps its capacity
}

int Statements::bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    // Text as UTF-8, the plan's encoding (SQLite would otherwise translate UTF-16 itself), encoded into a buffer
    // that lives until the statement has run (no allocation per value, no copy by SQLite).
    if (value.typeId() == QMetaType::QString) {
        const QString *text = static_cast<const QString *>(value.constData());
        if (m_text.empty() || m_text.back().capacity() - m_text.back().size() < 3 * text->size()) {
            m_text.emplace_back();
            m_text.back().reserve(std::max<qsizetype>(4096, 3 * text->size()));
        }
        QByteArray &buffer = m_text.back(); // reserved: never reallocates, so earlier values stay where they are
        const qsizetype at = buffer.size();
        buffer.resize(at + 3 * text->size());
        char *end = m_encoder.appendToBuffer(buffer.data() + at, *text);
        buffer.resize(end - buffer.constData());
        return sqlite3_bind_text(statement, index, buffer.constData() + at, int(end - (buffer.constData() + at)),
                                 SQLITE_STATIC);
    }
    return bindValue(statement, index, value);
}

Result<qint64> Statements::step(sqlite3_stmt *statement, const QString &sql)
{
    const int rc = sqlite3_step(statement);
    Result<qint64> out = qint64(sqlite3_last_insert_rowid(sqlite3_db_handle(statement)));
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        out = failure(rc, sql);
    sqlite3_reset(statement);
    releaseText();
    return out;
}

Result<qint64> Statements::run(const QString &sql, const QVariantList &bindings)
{
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    for (qsizetype i = 0; i < bindings.size(); ++i)
        if (const int rc = bind(*statement, int(i) + 1, bindings[i]); rc != SQLITE_OK) {
            releaseText();
            return failure(rc, sql);
        }
    return step(*statement, sql);
}

Result<QVariantList> Statements::first(const QString &sql, const QVariantList &bindings)
{
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    for (qsizetype i = 0; i < bindings.size(); ++i)
        if (const int rc = bind(*statement, int(i) + 1, bindings[i]); rc != SQLITE_OK) {
            releaseText();
            return failure(rc, sql);
        }
    sqlite3_stmt *st = *statement;
    const int rc = sqlite3_step(st);
    QVariantList row;
    if (rc == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            switch (sqlite3_column_type(st, c)) {
            case SQLITE_INTEGER:
                row << QVariant(qint64(sqlite3_column_int64(st, c)));
                break;
            case SQLITE_FLOAT:
                row << QVariant(sqlite3_column_double(st, c));
                break;
            case SQLITE_NULL:
                row << QVariant();
                break;
            default:
                row << QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)),
                                                  sqlite3_column_bytes(st, c)));
            }
        }
    }
    sqlite3_reset(st);
    releaseText();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return failure(rc, sql);
    return row;
}

Result<qint64> Statements::write(const QString &table, qint64 id, const QList<std::pair<QString, QVariant>> &columns)
{
    const bool insert = id == 0;
    // the statement of this table and these columns, made once (the rows of an import write the same columns)
    const auto same = [&](const Write &w) {
        return w.insert == insert && w.table == table && w.columns.size() == columns.size() &&
               std::equal(w.columns.cbegin(), w.columns.cend(), columns.cbegin(),
                          [](const QString &name, const auto &column) { return name == column.first; });
    };
    auto found = std::find_if(m_writes.begin(), m_writes.end(), same);
    if (found == m_writes.end()) {
        Write w{table, insert, {}, {}};
        QStringList marks;
        for (const auto &column : columns) {
            w.columns << column.first;
            marks << (insert ? u"?"_s : column.first + u" = ?"_s);
        }
        if (insert)
            w.sql = u"INSERT INTO "_s + table + u" ("_s + w.columns.join(u", "_s) + u") VALUES ("_s +
                    marks.join(u", "_s) + u")"_s;
        else
            w.sql = u"UPDATE "_s + table + u" SET "_s + marks.join(u", "_s) + u" WHERE id = ?"_s;
        m_writes.push_back(std::move(w));
        found = std::prev(m_writes.end());
    }
    const QString &sql = found->sql;
    if (m_journal && !insert)
        if (auto kept = m_journal->aboutToUpdate(m_plan, table, id); !kept)
            return kept.error();
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    int index = 0;
    for (const auto &column : columns)
        if (const int rc = bind(*statement, ++index, column.second); rc != SQLITE_OK) {
            releaseText();
            return failure(rc, sql);
        }
    if (!insert)
        if (const int rc = sqlite3_bind_int64(*statement, ++index, id); rc != SQLITE_OK) {
            releaseText();
            return failure(rc, sql);
        }
    auto r = step(*statement, sql);
    if (!r)
        return r.error();
    if (m_journal && insert)
        m_journal->inserted(table, *r);
    return insert ? *r : id;
}

// --- Writer --------------------------------------------------------------------------------------------------------

Writer::Writer(PlanFile &planFile, const ImportPreview &preview, const ImportProgress &progress, bool journal)
    : plan(planFile)
    , p(preview)
    , sql(planFile, journal ? &result.journal : nullptr)
    , m_progress(progress)
    , m_journal(journal)
{
    m_total = p.count(ImportRowStatus::New) + p.count(ImportRowStatus::Changed);
    result.unchanged = p.count(ImportRowStatus::Unchanged);
}

Result<qint64> Writer::ensureSchool(const QString &name)
{
    const QString key = fold(name);
    const auto it = lookups.schools.constFind(key);
    if (it != lookups.schools.constEnd())
        return it->id;
    const SchoolKind kind = Importer::inferSchoolKind(name);
    auto id = sql.write(u"schools"_s, 0, {{u"name"_s, name.simplified()}, {u"kind"_s, toId(kind)}});
    if (!id)
        return id.error();
    lookups.schools.insert(key, SchoolRef{*id, name.simplified(), kind});
    m_schools << *id;
    result.created << ImportCreation{Entity::School,
                                     name.simplified(),
                                     {},
                                     toId(kind),
                                     creationNote(Entity::School, name.simplified(), toId(kind), true)};
    return *id;
}

Result<qint64> Writer::ensureProgramme(qint64 schoolId, const QString &name)
{
    const QString key = Lookups::programmeKey(schoolId, name);
    const auto it = lookups.programmes.constFind(key);
    if (it != lookups.programmes.constEnd())
        return *it;
    SchoolRef school;
    for (const SchoolRef &s : std::as_const(lookups.schools))
        if (s.id == schoolId)
            school = s;
    const QString kind = toId(Importer::inferProgrammeKind(name, school.kind));
    auto id =
        sql.write(u"programmes"_s, 0, {{u"school_id"_s, schoolId}, {u"name"_s, name.simplified()}, {u"kind"_s, kind}});
    if (!id)
        return id.error();
    lookups.programmes.insert(key, *id);
    lookups.programmeNames.insert(*id, name.simplified());
    m_programmes << *id;
    result.created << ImportCreation{Entity::Programme, name.simplified(), school.name, kind,
                                     creationNote(Entity::Programme, name.simplified(), kind, true)};
    return *id;
}

void Writer::announce(Entity entity)
{
    if (!m_schools.isEmpty())
        plan.notifyChanged(Entity::School, Change::Kind::Inserted, m_schools);
    if (!m_programmes.isEmpty())
        plan.notifyChanged(Entity::Programme, Change::Kind::Inserted, m_programmes);
    if (!inserted.isEmpty())
        plan.notifyChanged(entity, Change::Kind::Inserted, inserted);
    if (!updated.isEmpty())
        plan.notifyChanged(entity, Change::Kind::Updated, updated);
    result.inserted = m_new;
    result.updated = m_changed;
}

Result<void> Writer::done(qint64 id, bool isNew)
{
    ++(isNew ? m_new : m_changed);
    if (!m_written.contains(id)) { // a record written by several rows (a period's programmes) is announced once
        m_written.insert(id);
        (isNew ? inserted : updated) << id;
    }
    ++m_done;
    if (m_done % 250 == 0 || m_done == m_total)
        return begin();
    return {};
}

Result<void> Writer::replacing(const QString &table, const QString &where, const QVariantList &bindings)
{
    if (!m_journal)
        return {};
    return result.journal.aboutToReplace(plan, table, where, bindings);
}

Result<void> Writer::updating(const QString &table, qint64 id)
{
    if (!m_journal)
        return {};
    return result.journal.aboutToUpdate(plan, table, id);
}

void Writer::insertedBy(const QString &table, qint64 id)
{
    if (m_journal)
        result.journal.inserted(table, id);
}

Result<void> Writer::begin()
{
    if (m_progress && !m_progress(m_done, m_total))
        return Error::make(Error::Kind::Cancelled, tr("The import was cancelled. Nothing was imported."));
    return {};
}

} // namespace praksis::import
