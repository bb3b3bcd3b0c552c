// The five registers of PRODUCT.md section 5: how each one checks its rows (prepare) and writes them (apply).

#include "io/ImportSession.h"

#include "model/Validation.h"

#include <QDate>
#include <QSet>

namespace praksis::import {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Importer)
};

// A "line N" reference to an earlier row of the same file.
QString onLine(int line)
{
    return Text::tr("line %1").arg(line);
}

} // namespace

// Declared in ImportSession.h: the recruitment registers (ImportRecruitment.cpp) use them too.
// The columns of a table that the row's values fill: (field key, column) pairs whose key is in the row.
QList<std::pair<QString, QVariant>> columnsOf(const ImportRow &row, ColumnMap map)
{
    QList<std::pair<QString, QVariant>> out;
    out.reserve(qsizetype(map.size()) + 2);
    for (const auto &[key, column] : map) {
        const auto it = row.values.constFind(key);
        if (it != row.values.constEnd())
            out.append({column, *it});
    }
    return out;
}

// The line on which a key was seen before in the file, or 0 the first time (and remembers it).
int seenBefore(TextMap<int> &seen, const QString &key, int line)
{
    const auto [earlier, added] = seen.tryInsert(key, line);
    return added ? 0 : *earlier;
}

qint64 readSite(const Session &s, ImportRow &row)
{
    const QString text = s.cell(row, u"site"_s);
    if (text.isEmpty()) {
        if (auto e = Validation::requiredText(text, s.field(u"site"_s).label()))
            s.fail(row, u"site"_s, *e);
        return 0;
    }
    auto site = s.lookups.site(text);
    if (!site) {
        s.fail(row, u"site"_s, site.error());
        return 0;
    }
    row.values.insert(u"_siteId"_s, *site);
    return *site;
}

// --- students ------------------------------------------------------------------------------------------------------

namespace {

class Students final : public RegisterRules
{
public:
    Result<void> startChecks(Session &s) override
    {
        const QString schoolName = s.p.options.school.simplified();
        if (schoolName.isEmpty())
            return Error::invalid(Text::tr("Students are imported for one school: name the school (on the command "
                                           "line: --school NAME)."));
        if (auto r = s.lookups.loadSchools(s.plan); !r)
            return r;
        m_school = s.lookups.schools.value(fold(schoolName));
        if (m_school.id == 0) {
            m_school.name = s.noteSchool(schoolName);
            m_school.kind = Importer::inferSchoolKind(schoolName);
        }
        if (m_school.id != 0) {
            // What the school has is compared with: from a map loaded in one query, or, for a school with more
            // students than fit the memory budget of an import, looked up row by row (one indexed statement).
            auto n = s.plan.exec(u"SELECT count(*) FROM students WHERE school_id = ?"_s, {m_school.id});
            if (!n)
                return n.error();
            m_lookUp = n->next() && n->value(0).toLongLong() > Importer::storedRowsInMemory;
            n->finish();
        }
        if (m_school.id != 0 && !m_lookUp) {
            auto q = s.plan.exec(QString::fromUtf16(storedSql) + u" WHERE s.school_id = ?"_s, {m_school.id});
            if (!q)
                return q.error();
            while (q->next()) {
                QVariantHash v;
                v.insert(u"studentNumber"_s, q->value(0));
                v.insert(u"givenName"_s, q->value(1));
                v.insert(u"familyName"_s, q->value(2));
                v.insert(u"programme"_s, q->value(3));
                v.insert(u"cohort"_s, q->value(4));
                v.insert(u"email"_s, q->value(5));
                v.insert(u"phone"_s, q->value(6));
                m_stored.insert(q->value(0).toString(), v);
            }
        }
        m_defaultProgramme = s.p.options.programme.simplified();
        return {};
    }

    void check(Session &s, ImportRow &row) override
    {
        s.readText(row, u"givenName"_s);
        s.readText(row, u"familyName"_s);
        s.readText(row, u"studentNumber"_s);
        QString programme = s.cell(row, u"programme"_s);
        if (programme.isEmpty())
            programme = m_defaultProgramme;
        if (!programme.isEmpty()) {
            const QString *known = m_programmeOf.find(programme); // the rows of a file name a few programmes
            if (!known) {
                const qint64 id =
                    m_school.id == 0 ? 0 : s.lookups.programmes.value(Lookups::programmeKey(m_school.id, programme));
                known = m_programmeOf
                            .tryInsert(programme, id != 0 ? s.lookups.programmeNames.value(id)
                                                          : s.noteProgramme(m_school.name, m_school.kind, programme))
                            .first;
            }
            row.values.insert(u"programme"_s, *known);
        } else if (s.has(u"programme"_s)) {
            row.values.insert(u"programme"_s, QString());
        }
        s.readCohort(row, u"cohort"_s);
        s.readEmail(row, u"email"_s);
        s.readPhone(row, u"phone"_s);

        const QString number = row.values.value(u"studentNumber"_s).toString();
        row.key =
            QString(number + u' ' + s.cell(row, u"givenName"_s) + u' ' + s.cell(row, u"familyName"_s)).simplified();
        if (const int earlier = number.isEmpty() ? 0 : seenBefore(m_seen, number, row.line))
            s.fail(row, u"studentNumber"_s,
                   Text::tr("The student number “%1” is on %2 already.").arg(number, onLine(earlier)));
        if (!row.errors.isEmpty())
            return;
        if (m_lookUp) {
            m_one.clear();
            if (auto r = lookUp(s, number); !r)
                s.fail(row, u"studentNumber"_s, r.error());
            else if (!row.errors.isEmpty())
                return;
            s.classify(row, m_one, number);
            return;
        }
        s.classify(row, m_stored, number);
    }

    Result<void> startWrites(Writer &w) override
    {
        if (auto r = w.lookups.loadSchools(w.plan); !r)
            return r;
        auto schoolId = w.ensureSchool(w.p.options.school.simplified());
        if (!schoolId)
            return schoolId.error();
        m_schoolId = *schoolId;
        auto q = w.plan.exec(u"SELECT student_number, id FROM students WHERE school_id = ?"_s, {m_schoolId});
        if (!q)
            return q.error();
        while (q->next())
            m_ids.insert(q->value(0).toString(), q->value(1).toLongLong());
        return {};
    }

    Result<void> write(Writer &w, const ImportRow &row) override
    {
        auto columns = columnsOf(row, {{u"givenName"_s, u"given_name"_s},
                                       {u"familyName"_s, u"family_name"_s},
                                       {u"studentNumber"_s, u"student_number"_s},
                                       {u"cohort"_s, u"cohort"_s},
                                       {u"email"_s, u"email"_s},
                                       {u"phone"_s, u"phone"_s}});
        if (row.values.contains(u"programme"_s)) {
            const QString name = row.values.value(u"programme"_s).toString();
            QVariant programmeId;
            if (!name.isEmpty()) {
                const qint64 *known = m_programmeIds.find(name);
                if (!known) {
                    auto id = w.ensureProgramme(m_schoolId, name);
                    if (!id)
                        return id.error();
                    known = m_programmeIds.tryInsert(name, *id).first;
                }
                programmeId = *known;
            }
            columns.append({u"programme_id"_s, programmeId});
        }
        const QString number = row.values.value(u"studentNumber"_s).toString();
        const qint64 existing = m_ids.value(number);
        if (existing == 0)
            columns.append({u"school_id"_s, m_schoolId});
        auto id = w.sql.write(u"students"_s, existing, columns);
        if (!id)
            return id.error();
        m_ids.insert(number, *id);
        return w.done(*id, existing == 0);
    }

    void finishWrites(Writer &w) override { w.announce(Entity::Student); }

private:
    static constexpr const char16_t *storedSql =
        u"SELECT s.student_number, s.given_name, s.family_name, p.name, s.cohort, s.email, s.phone FROM students s "
        "LEFT JOIN programmes p ON p.id = s.programme_id";

    // The stored student with this number of the school, into m_one.
    Result<void> lookUp(Session &s, const QString &number)
    {
        if (!m_lookups)
            m_lookups = std::make_unique<Statements>(s.plan);
        auto found =
            m_lookups->first(QString::fromUtf16(storedSql) + u" WHERE s.school_id = ? AND s.student_number = ?"_s,
                             {m_school.id, number});
        if (!found)
            return found.error();
        if (found->isEmpty())
            return {};
        const QVariantList &c = *found;
        QVariantHash v;
        v.insert(u"studentNumber"_s, c.value(0));
        v.insert(u"givenName"_s, c.value(1));
        v.insert(u"familyName"_s, c.value(2));
        v.insert(u"programme"_s, c.value(3));
        v.insert(u"cohort"_s, c.value(4));
        v.insert(u"email"_s, c.value(5));
        v.insert(u"phone"_s, c.value(6));
        m_one.insert(number, v);
        return {};
    }

    // checks
    SchoolRef m_school;
    bool m_lookUp = false;
    std::unique_ptr<Statements> m_lookups; // prepared once, when the school's students are looked up row by row
    QHash<QString, QVariantHash> m_one;
    QHash<QString, QVariantHash> m_stored; // by student number
    QString m_defaultProgramme;
    TextMap<QString> m_programmeOf; // the programme as the file names it -> as it is (to be) stored
    TextMap<int> m_seen;
    // writes
    qint64 m_schoolId = 0;
    TextMap<qint64> m_programmeIds; // by name
    TextMap<qint64> m_ids;          // by student number
};

} // namespace

// --- sites ---------------------------------------------------------------------------------------------------------

namespace {

class Sites final : public RegisterRules
{
public:
    Result<void> startChecks(Session &s) override
    {
        auto q = s.plan.exec(u"SELECT name, unit, municipality, municipality_number, kind, address, capacity, "
                             "contact_person, email, phone FROM sites"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            QVariantHash v;
            int i = 0;
            for (const char16_t *key : {u"name", u"unit", u"municipality", u"municipalityNumber", u"kind", u"address",
                                        u"capacity", u"contactPerson", u"email", u"phone"})
                v.insert(QString::fromUtf16(key), q->value(i++));
            m_stored.insert(Lookups::siteKey(v.value(u"name"_s).toString(), v.value(u"unit"_s).toString()), v);
        }
        return {};
    }

    void check(Session &s, ImportRow &row) override
    {
        s.readText(row, u"name"_s);
        s.readText(row, u"unit"_s);
        s.readText(row, u"municipality"_s);
        s.readMunicipalityNumber(row, u"municipalityNumber"_s);
        s.readKind<SiteKind>(row, u"kind"_s);
        s.readText(row, u"address"_s);
        s.readCount(row, u"capacity"_s);
        s.readText(row, u"contactPerson"_s);
        s.readEmail(row, u"email"_s);
        s.readPhone(row, u"phone"_s);

        const QString name = row.values.value(u"name"_s).toString();
        const QString unit = row.values.value(u"unit"_s).toString();
        row.key = siteReference(name, unit);
        const QString key = Lookups::siteKey(name, unit);
        if (const int earlier = name.isEmpty() ? 0 : seenBefore(m_seen, key, row.line))
            s.fail(row, u"name"_s, Text::tr("The site “%1” is on %2 already.").arg(row.key, onLine(earlier)));
        if (!row.errors.isEmpty())
            return;
        s.classify(row, m_stored, key);
    }

    Result<void> startWrites(Writer &w) override { return w.lookups.loadSites(w.plan); }

    Result<void> write(Writer &w, const ImportRow &row) override
    {
        auto columns = columnsOf(row, {{u"name"_s, u"name"_s},
                                       {u"unit"_s, u"unit"_s},
                                       {u"municipality"_s, u"municipality"_s},
                                       {u"municipalityNumber"_s, u"municipality_number"_s},
                                       {u"kind"_s, u"kind"_s},
                                       {u"address"_s, u"address"_s},
                                       {u"capacity"_s, u"capacity"_s},
                                       {u"contactPerson"_s, u"contact_person"_s},
                                       {u"email"_s, u"email"_s},
                                       {u"phone"_s, u"phone"_s}});
        const QString key =
            Lookups::siteKey(row.values.value(u"name"_s).toString(), row.values.value(u"unit"_s).toString());
        const qint64 existing = w.lookups.sitesByNameUnit.value(key);
        auto id = w.sql.write(u"sites"_s, existing, columns);
        if (!id)
            return id.error();
        w.lookups.sitesByNameUnit.insert(key, *id);
        return w.done(*id, existing == 0);
    }

    void finishWrites(Writer &w) override { w.announce(Entity::Site); }

private:
    QHash<QString, QVariantHash> m_stored; // by Lookups::siteKey
    TextMap<int> m_seen;
};

} // namespace

// --- supervisors ---------------------------------------------------------------------------------------------------

namespace {

QString supervisorKey(qint64 siteId, QStringView given, QStringView family)
{
    return QString::number(siteId) + u'\n' + fold(given) + u'\n' + fold(family);
}

// Supervision training: ja/nei (yes/no, …) or the year it was taken (which also means yes).
void readTraining(const Session &s, ImportRow &row)
{
    const QString key = u"training"_s;
    if (!s.has(key))
        return;
    const QString text = s.cell(row, key);
    if (text.isEmpty())
        return;
    if (const auto yes = Importer::parseBoolean(text)) {
        row.values.insert(key, int(*yes));
        if (!*yes)
            row.values.insert(u"training.year"_s, QVariant());
        return;
    }
    bool ok = false;
    const int year = text.toInt(&ok);
    if (ok && text.size() == 4 && year >= 1950 && year <= QDate::currentDate().year() + 1) {
        row.values.insert(key, 1);
        row.values.insert(u"training.year"_s, year);
        return;
    }
    s.fail(row, key,
           Text::tr("“%1” must be ja or nei (yes or no), or the year the training was taken; “%2” is neither.")
               .arg(s.field(key).label(), text));
}

class Supervisors final : public RegisterRules
{
public:
    Result<void> startChecks(Session &s) override
    {
        if (auto r = s.lookups.loadSites(s.plan); !r)
            return r;
        auto q = s.plan.exec(u"SELECT site_id, given_name, family_name, profession, has_training, training_year, "
                             "max_students, email, phone FROM supervisors"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            QVariantHash v;
            int i = 1;
            for (const char16_t *key : {u"givenName", u"familyName", u"profession", u"training", u"training.year",
                                        u"maxStudents", u"email", u"phone"})
                v.insert(QString::fromUtf16(key), q->value(i++));
            m_stored.insert(supervisorKey(q->value(0).toLongLong(), v.value(u"givenName"_s).toString(),
                                          v.value(u"familyName"_s).toString()),
                            v);
        }
        return {};
    }

    void check(Session &s, ImportRow &row) override
    {
        s.readText(row, u"givenName"_s);
        s.readText(row, u"familyName"_s);
        const QString siteText = s.cell(row, u"site"_s);
        const qint64 siteId = readSite(s, row);
        s.readKind<Profession>(row, u"profession"_s);
        readTraining(s, row);
        s.readCount(row, u"maxStudents"_s);
        s.readEmail(row, u"email"_s);
        s.readPhone(row, u"phone"_s);

        const QString given = row.values.value(u"givenName"_s).toString();
        const QString family = row.values.value(u"familyName"_s).toString();
        row.key = QString(given + u' ' + family + u", "_s + siteText).simplified();
        if (!row.errors.isEmpty())
            return;
        const QString key = supervisorKey(siteId, given, family);
        if (const int earlier = seenBefore(m_seen, key, row.line)) {
            s.fail(row, u"familyName"_s,
                   Text::tr("%1 at “%2” is on %3 already.").arg(given + u' ' + family, siteText, onLine(earlier)));
            return;
        }
        s.classify(row, m_stored, key);
    }

    Result<void> startWrites(Writer &w) override
    {
        auto q = w.plan.exec(u"SELECT site_id, given_name, family_name, id FROM supervisors"_s);
        if (!q)
            return q.error();
        while (q->next())
            m_ids.insert(supervisorKey(q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()),
                         q->value(3).toLongLong());
        return {};
    }

    Result<void> write(Writer &w, const ImportRow &row) override
    {
        const qint64 siteId = row.values.value(u"_siteId"_s).toLongLong();
        auto columns = columnsOf(row, {{u"_siteId"_s, u"site_id"_s},
                                       {u"givenName"_s, u"given_name"_s},
                                       {u"familyName"_s, u"family_name"_s},
                                       {u"profession"_s, u"profession"_s},
                                       {u"training"_s, u"has_training"_s},
                                       {u"training.year"_s, u"training_year"_s},
                                       {u"maxStudents"_s, u"max_students"_s},
                                       {u"email"_s, u"email"_s},
                                       {u"phone"_s, u"phone"_s}});
        const QString key = supervisorKey(siteId, row.values.value(u"givenName"_s).toString(),
                                          row.values.value(u"familyName"_s).toString());
        const qint64 existing = m_ids.value(key);
        auto id = w.sql.write(u"supervisors"_s, existing, columns);
        if (!id)
            return id.error();
        m_ids.insert(key, *id);
        return w.done(*id, existing == 0);
    }

    void finishWrites(Writer &w) override { w.announce(Entity::Supervisor); }

private:
    QHash<QString, QVariantHash> m_stored;
    TextMap<int> m_seen;
    TextMap<qint64> m_ids;
};

} // namespace

// --- periods -------------------------------------------------------------------------------------------------------

namespace {

// "sykehjem|hjemmetjeneste" -> the identifiers in the order of the SiteKind enum, joined by "|"
void readSiteKinds(const Session &s, ImportRow &row)
{
    const QString key = u"siteKinds"_s;
    const QString text = s.cell(row, key);
    if (text.isEmpty())
        return;
    QList<SiteKind> kinds;
    for (const QString &part : text.split(u'|')) {
        const QString id = part.trimmed();
        if (id.isEmpty())
            continue;
        const auto kind = fromId<SiteKind>(id);
        if (!kind) {
            s.fail(row, key,
                   Text::tr("“%1” is not a site kind. Write site kinds separated by |, each one of: %2.")
                       .arg(id, allIds<SiteKind>()));
            return;
        }
        if (!kinds.contains(*kind))
            kinds << *kind;
    }
    QStringList ids;
    for (SiteKind k : allValues<SiteKind>())
        if (kinds.contains(k))
            ids << toId(k);
    row.values.insert(key, ids.join(u'|'));
}

class Periods final : public RegisterRules
{
public:
    Result<void> startChecks(Session &s) override
    {
        if (auto r = s.lookups.loadSchools(s.plan); !r)
            return r;
        QHash<qint64, QString> nameOf;
        auto q = s.plan.exec(u"SELECT id, name, start_date, end_date, hours_per_week FROM periods"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            QVariantHash v;
            v.insert(u"name"_s, q->value(1));
            v.insert(u"start"_s, q->value(2));
            v.insert(u"end"_s, q->value(3));
            v.insert(u"hoursPerWeek"_s, q->value(4));
            m_stored.insert(fold(q->value(1).toString()), v);
            nameOf.insert(q->value(0).toLongLong(), fold(q->value(1).toString()));
        }
        QHash<QString, QStringList> kindsOf;
        if (auto k = s.plan.exec(u"SELECT period_id, kind FROM period_site_kinds"_s); k) {
            while (k->next())
                kindsOf[nameOf.value(k->value(0).toLongLong())] << k->value(1).toString();
        } else {
            return k.error();
        }
        if (auto l = s.plan.exec(u"SELECT period_id, programme_id FROM period_programmes"_s); l) {
            while (l->next())
                m_links.insert(nameOf.value(l->value(0).toLongLong()) + u'\n' + l->value(1).toString());
        } else {
            return l.error();
        }
        for (auto it = m_stored.begin(); it != m_stored.end(); ++it) {
            QStringList ids;
            for (SiteKind k : allValues<SiteKind>())
                if (kindsOf.value(it.key()).contains(toId(k)))
                    ids << toId(k);
            it->insert(u"siteKinds"_s, ids.join(u'|'));
        }
        return {};
    }

    void check(Session &s, ImportRow &row) override
    {
        s.readText(row, u"name"_s);
        s.readText(row, u"school"_s);
        s.readText(row, u"programme"_s);
        const bool dates = s.readDate(row, u"start"_s) & s.readDate(row, u"end"_s);
        if (dates) {
            const QDate start = QDate::fromString(row.values.value(u"start"_s).toString(), Qt::ISODate);
            const QDate end = QDate::fromString(row.values.value(u"end"_s).toString(), Qt::ISODate);
            if (auto e = Validation::dateOrder(start, end, s.field(u"end"_s).label()))
                s.fail(row, u"end"_s, *e);
        }
        s.readHours(row, u"hoursPerWeek"_s);
        readSiteKinds(s, row);

        const QString name = row.values.value(u"name"_s).toString();
        const QString period = fold(name);
        QString schoolName = row.values.take(u"school"_s).toString();
        QString programmeName = row.values.take(u"programme"_s).toString();
        row.key = QString(name + u", "_s + schoolName + u", "_s + programmeName).simplified();
        if (!row.errors.isEmpty())
            return;

        // the school and programme, existing or new
        SchoolRef school = s.lookups.schools.value(fold(schoolName));
        qint64 programmeId = 0;
        if (school.id == 0) {
            school.kind = Importer::inferSchoolKind(schoolName);
            schoolName = s.noteSchool(schoolName);
        } else {
            schoolName = school.name;
            programmeId = s.lookups.programmes.value(Lookups::programmeKey(school.id, programmeName));
        }
        programmeName = programmeId != 0 ? s.lookups.programmeNames.value(programmeId)
                                         : s.noteProgramme(schoolName, school.kind, programmeName);
        row.values.insert(u"_school"_s, schoolName);
        row.values.insert(u"_programme"_s, programmeName);

        const QString link = period + u'\n' + fold(schoolName) + u'\n' + fold(programmeName);
        if (const int earlier = seenBefore(m_seen, link, row.line)) {
            s.fail(row, u"programme"_s,
                   Text::tr("The period “%1” with “%2” of “%3” is on %4 already.")
                       .arg(name, programmeName, schoolName, onLine(earlier)));
            return;
        }
        // several rows of one period (one per programme) must agree on the period itself
        if (const auto earlier = m_first.constFind(period); earlier != m_first.constEnd()) {
            for (const char16_t *key : {u"start", u"end", u"hoursPerWeek", u"siteKinds"}) {
                const QString k = QString::fromUtf16(key);
                if (row.values.contains(k) && earlier->values.contains(k) &&
                    canonical(row.values.value(k)) != canonical(earlier->values.value(k)))
                    s.fail(row, k,
                           Text::tr("The period “%1” has another “%2” on %3.")
                               .arg(name, s.field(k).label(), onLine(earlier->line)));
            }
            if (!row.errors.isEmpty())
                return;
        } else {
            m_first.insert(period, FirstRow{row.line, row.values});
        }

        if (!s.classify(row, m_stored, period))
            return;
        if (programmeId == 0 || !m_links.contains(period + u'\n' + QString::number(programmeId))) {
            row.changedFields << u"programme"_s;
            row.status = ImportRowStatus::Changed;
        }
    }

    Result<void> startWrites(Writer &w) override
    {
        if (auto r = w.lookups.loadSchools(w.plan); !r)
            return r;
        auto q = w.plan.exec(u"SELECT name, id FROM periods"_s);
        if (!q)
            return q.error();
        while (q->next())
            m_ids.insert(fold(q->value(0).toString()), q->value(1).toLongLong());
        return {};
    }

    Result<void> write(Writer &w, const ImportRow &row) override
    {
        auto schoolId = w.ensureSchool(row.values.value(u"_school"_s).toString());
        if (!schoolId)
            return schoolId.error();
        auto programmeId = w.ensureProgramme(*schoolId, row.values.value(u"_programme"_s).toString());
        if (!programmeId)
            return programmeId.error();
        const QString key = fold(row.values.value(u"name"_s).toString());
        const qint64 existing = m_ids.value(key);
        // a period of several rows (one per programme) that this import creates counts as new on each of them
        const bool isNew = existing == 0 || m_created.contains(existing);
        const auto columns = columnsOf(row, {{u"name"_s, u"name"_s},
                                             {u"start"_s, u"start_date"_s},
                                             {u"end"_s, u"end_date"_s},
                                             {u"hoursPerWeek"_s, u"hours_per_week"_s}});
        auto id = w.sql.write(u"periods"_s, existing, columns);
        if (!id)
            return id.error();
        m_ids.insert(key, *id);
        if (auto r = w.replacing(u"period_programmes"_s, u"period_id = ?"_s, {*id}); !r)
            return r;
        if (auto r = w.sql.run(u"INSERT OR IGNORE INTO period_programmes (period_id, programme_id) VALUES (?, ?)"_s,
                               {*id, *programmeId});
            !r)
            return r.error();
        if (row.values.contains(u"siteKinds"_s) && !m_kindsWritten.contains(*id)) {
            m_kindsWritten.insert(*id);
            if (auto r = w.replacing(u"period_site_kinds"_s, u"period_id = ?"_s, {*id}); !r)
                return r;
            if (auto r = w.sql.run(u"DELETE FROM period_site_kinds WHERE period_id = ?"_s, {*id}); !r)
                return r.error();
            for (const QString &kind : row.values.value(u"siteKinds"_s).toString().split(u'|', Qt::SkipEmptyParts))
                if (auto r = w.sql.run(u"INSERT INTO period_site_kinds (period_id, kind) VALUES (?, ?)"_s, {*id, kind});
                    !r)
                    return r.error();
        }
        if (existing == 0)
            m_created.insert(*id);
        return w.done(*id, isNew);
    }

    void finishWrites(Writer &w) override { w.announce(Entity::Period); }

private:
    struct FirstRow
    {
        int line = 0;
        ImportValues values;
    };
    QHash<QString, QVariantHash> m_stored; // by fold(name)
    QSet<QString> m_links;                 // fold(period name) + "\n" + programme id
    QHash<QString, FirstRow> m_first;      // the first row of each period in the file
    TextMap<int> m_seen;                   // period + school + programme
    TextMap<qint64> m_ids;                 // by fold(name)
    QSet<qint64> m_kindsWritten;
    QSet<qint64> m_created;
};

} // namespace

// --- preferences ---------------------------------------------------------------------------------------------------

namespace {

const QStringList &choiceKeys()
{
    static const QStringList keys{u"choice1"_s, u"choice2"_s, u"choice3"_s};
    return keys;
}

class Preferences final : public RegisterRules
{
public:
    Result<void> startChecks(Session &s) override
    {
        if (auto r = s.lookups.loadSchools(s.plan); !r)
            return r;
        if (auto r = s.lookups.loadSites(s.plan); !r)
            return r;
        if (auto q = s.plan.exec(u"SELECT school_id, student_number, id FROM students"_s); q) {
            while (q->next())
                m_students.insert(q->value(0).toString() + u'\n' + q->value(1).toString(), q->value(2).toLongLong());
        } else {
            return q.error();
        }
        if (auto q = s.plan.exec(u"SELECT name, id FROM periods"_s); q) {
            while (q->next())
                m_periods.insert(fold(q->value(0).toString()), q->value(1).toLongLong());
        } else {
            return q.error();
        }

        m_hasChoices =
            std::any_of(choiceKeys().begin(), choiceKeys().end(), [&s](const QString &k) { return s.has(k); });
        // what is stored for the students and periods of the file, loaded in one go
        if (auto q = s.plan.exec(u"SELECT student_id, period_id, rank, site_id FROM preferences"_s); q) {
            while (q->next())
                m_stored[q->value(0).toString() + u'\n' + q->value(1).toString()].insert(
                    u"choice"_s + q->value(2).toString(), q->value(3));
        } else {
            return q.error();
        }
        if (auto q = s.plan.exec(u"SELECT student_id, site_id, reason FROM exclusions"_s); q) {
            while (q->next())
                m_exclusions[q->value(0).toLongLong()].insert(q->value(1).toLongLong(), q->value(2).toString());
        } else {
            return q.error();
        }
        return {};
    }

    void check(Session &s, ImportRow &row) override
    {
        s.readText(row, u"school"_s);
        s.readText(row, u"studentNumber"_s);
        s.readText(row, u"period"_s);
        const QString schoolName = row.values.take(u"school"_s).toString();
        const QString number = row.values.take(u"studentNumber"_s).toString();
        const QString periodName = row.values.take(u"period"_s).toString();
        row.key = QString(number + u", "_s + schoolName + u", "_s + periodName).simplified();

        qint64 studentId = 0;
        if (!schoolName.isEmpty()) {
            const SchoolRef school = s.lookups.schools.value(fold(schoolName));
            if (school.id == 0)
                s.fail(row, u"school"_s, Text::tr("There is no school “%1”.").arg(schoolName));
            else if (!number.isEmpty() &&
                     (studentId = m_students.value(QString::number(school.id) + u'\n' + number)) == 0)
                s.fail(row, u"studentNumber"_s,
                       Text::tr("“%1” has no student with the number “%2”. Import the students first.")
                           .arg(school.name, number));
        }
        const qint64 periodId = m_periods.value(fold(periodName));
        if (!periodName.isEmpty() && periodId == 0)
            s.fail(row, u"period"_s, Text::tr("There is no period “%1”. Import the periods first.").arg(periodName));

        QList<qint64> chosen;
        if (m_hasChoices) {
            for (const QString &key : choiceKeys()) {
                const QString text = s.cell(row, key);
                QVariant site;
                if (!text.isEmpty()) {
                    if (auto id = s.lookups.site(text); !id) {
                        s.fail(row, key, id.error());
                    } else if (chosen.contains(*id)) {
                        s.fail(row, key, Text::tr("The site “%1” is chosen twice.").arg(text));
                    } else {
                        site = *id;
                        chosen << *id;
                    }
                }
                row.values.insert(key, site);
            }
        }
        if (s.has(u"exclude"_s)) {
            QList<qint64> excluded;
            for (const QString &part : s.cell(row, u"exclude"_s).split(u'|', Qt::SkipEmptyParts)) {
                if (part.trimmed().isEmpty())
                    continue;
                auto id = s.lookups.site(part.trimmed());
                if (!id)
                    s.fail(row, u"exclude"_s, id.error());
                else if (chosen.contains(*id))
                    s.fail(row, u"exclude"_s,
                           Text::tr("The site “%1” is both chosen and excluded.").arg(part.trimmed()));
                else if (!excluded.contains(*id))
                    excluded << *id;
            }
            std::sort(excluded.begin(), excluded.end());
            QStringList ids;
            for (qint64 id : excluded)
                ids << QString::number(id);
            row.values.insert(u"exclude"_s, ids.join(u'|'));
        }
        if (s.has(u"excludeReason"_s))
            row.values.insert(u"excludeReason"_s, s.cell(row, u"excludeReason"_s));
        if (!row.errors.isEmpty())
            return;
        row.values.insert(u"_studentId"_s, studentId);
        row.values.insert(u"_periodId"_s, periodId);
        const QString key = QString::number(studentId) + u'\n' + QString::number(periodId);
        if (const int earlier = seenBefore(m_seen, key, row.line)) {
            s.fail(row, u"studentNumber"_s,
                   Text::tr("The student “%1” has choices for “%2” on %3 already.")
                       .arg(number, periodName, onLine(earlier)));
            return;
        }
        QVariantHash current = m_stored.value(key);
        // exclusions are only ever added (or their reason changed): unchanged when every listed one exists
        const QHash<qint64, QString> has = m_exclusions.value(studentId);
        QStringList present;
        bool reasonDiffers = false;
        for (const QString &id : row.values.value(u"exclude"_s).toString().split(u'|', Qt::SkipEmptyParts)) {
            const auto it = has.constFind(id.toLongLong());
            if (it == has.constEnd())
                continue;
            present << id;
            if (row.values.contains(u"excludeReason"_s) && *it != row.values.value(u"excludeReason"_s).toString())
                reasonDiffers = true;
        }
        current.insert(u"exclude"_s, present.join(u'|'));
        current.insert(u"excludeReason"_s, reasonDiffers ? QVariant(u"\n"_s) : row.values.value(u"excludeReason"_s));
        const bool nothingStored = !m_stored.contains(key) && present.isEmpty();
        if (nothingStored)
            row.status = ImportRowStatus::New;
        else
            s.compare(row, current);
    }

    Result<void> startWrites(Writer &) override { return {}; }

    Result<void> write(Writer &w, const ImportRow &row) override
    {
        const qint64 studentId = row.values.value(u"_studentId"_s).toLongLong();
        const qint64 periodId = row.values.value(u"_periodId"_s).toLongLong();
        if (auto r = w.replacing(u"preferences"_s, u"student_id = ? AND period_id = ?"_s, {studentId, periodId}); !r)
            return r;
        if (auto r = w.replacing(u"exclusions"_s, u"student_id = ?"_s, {studentId}); !r)
            return r;
        if (row.values.contains(choiceKeys().first())) {
            if (auto r = w.sql.run(u"DELETE FROM preferences WHERE student_id = ? AND period_id = ?"_s,
                                   {studentId, periodId});
                !r)
                return r.error();
            for (int rank = 1; rank <= 3; ++rank) {
                const QVariant site = row.values.value(choiceKeys().at(rank - 1));
                if (site.isNull())
                    continue;
                if (auto r = w.sql.run(u"INSERT INTO preferences (student_id, period_id, rank, site_id) "
                                       "VALUES (?, ?, ?, ?)"_s,
                                       {studentId, periodId, rank, site});
                    !r)
                    return r.error();
            }
        }
        const bool reason = row.values.contains(u"excludeReason"_s);
        for (const QString &site : row.values.value(u"exclude"_s).toString().split(u'|', Qt::SkipEmptyParts)) {
            auto r = reason ? w.sql.run(u"INSERT INTO exclusions (student_id, site_id, reason) VALUES (?, ?, ?) "
                                        "ON CONFLICT (student_id, site_id) DO UPDATE SET reason = excluded.reason"_s,
                                        {studentId, site.toLongLong(), row.values.value(u"excludeReason"_s)})
                            : w.sql.run(u"INSERT OR IGNORE INTO exclusions (student_id, site_id) VALUES (?, ?)"_s,
                                        {studentId, site.toLongLong()});
            if (!r)
                return r.error();
        }
        return w.done(studentId, row.status == ImportRowStatus::New);
    }

    void finishWrites(Writer &w) override
    {
        if (!w.inserted.isEmpty() || !w.updated.isEmpty()) {
            const QList<qint64> students = w.inserted + w.updated;
            w.plan.notifyChanged(Entity::Exclusion, Change::Kind::Updated, students);
        }
        w.announce(Entity::Preference);
    }

private:
    QHash<QString, qint64> m_students; // school id + "\n" + student number
    QHash<QString, qint64> m_periods;  // fold(name)
    bool m_hasChoices = false;
    QHash<QString, QVariantHash> m_stored;              // student id + "\n" + period id
    QHash<qint64, QHash<qint64, QString>> m_exclusions; // student id -> site id -> reason
    TextMap<int> m_seen;
};

} // namespace

std::unique_ptr<RegisterRules> rulesFor(ImportRegister reg)
{
    switch (reg) {
    case ImportRegister::Students:
        return std::make_unique<Students>();
    case ImportRegister::Sites:
        return std::make_unique<Sites>();
    case ImportRegister::Supervisors:
        return std::make_unique<Supervisors>();
    case ImportRegister::Periods:
        return std::make_unique<Periods>();
    case ImportRegister::Preferences:
        return std::make_unique<Preferences>();
    case ImportRegister::Hires:
        return hireRules();
    case ImportRegister::Mentors:
        return mentorRules();
    }
    return {};
}

} // namespace praksis::import
