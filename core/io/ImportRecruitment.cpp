// The registers of PRODUCT.md section 10 in the importer's pattern (ImportRegisters.cpp): new hires (import hires)
// and their mentors (import mentors).

#include "io/ImportSession.h"

#include "model/Hire.h"
#include "model/PersonName.h"
#include "model/Validation.h"
#include "recruitment/HireLink.h"
#include "recruitment/MentorRepository.h"
#include "storage/PlanFile.h"

#include <QDate>

namespace praksis::import {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Importer)
};

// A hire is matched on her site, given and family name and start: the same person's summer job and later post at
// a site are two hires; re-importing the file finds each again.
QString hireKey(qint64 siteId, QStringView given, QStringView family, QStringView startIso)
{
    return QString::number(siteId) + u'\n' + fold(given) + u'\n' + fold(family) + u'\n' + startIso;
}

// An optional date column: empty clears the field (null), a date is stored as ISO text.
void readOptionalDate(const Session &s, ImportRow &row, const QString &key)
{
    if (!s.has(key))
        return;
    if (s.cell(row, key).isEmpty())
        row.values.insert(key, QVariant());
    else
        s.readDate(row, key);
}

class Hires final : public RegisterRules
{
public:
    Result<void> startChecks(Session &s) override
    {
        if (auto r = s.lookups.loadSites(s.plan); !r)
            return r;
        if (auto r = s.lookups.loadSchools(s.plan); !r)
            return r;
        if (auto q = s.plan.exec(u"SELECT school_id, student_number, id FROM students"_s); q) {
            while (q->next())
                m_students.insert(q->value(0).toString() + u'\n' + q->value(1).toString(), q->value(2).toLongLong());
        } else {
            return q.error();
        }
        auto q = s.plan.exec(u"SELECT site_id, given_name, family_name, start_date, profession, position, end_date, "
                             "end_reason, email, phone, student_id FROM hires"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            QVariantHash v;
            int i = 1;
            for (const char16_t *key : {u"givenName", u"familyName", u"start", u"profession", u"position", u"end",
                                        u"endReason", u"email", u"phone", u"studentNumber"})
                v.insert(QString::fromUtf16(key), q->value(i++));
            m_stored.insert(hireKey(q->value(0).toLongLong(), v.value(u"givenName"_s).toString(),
                                    v.value(u"familyName"_s).toString(), v.value(u"start"_s).toString()),
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
        s.readKind<HirePosition>(row, u"position"_s);
        s.readDate(row, u"start"_s);
        readOptionalDate(s, row, u"end"_s);
        if (s.has(u"endReason"_s) && s.cell(row, u"endReason"_s).isEmpty())
            row.values.insert(u"endReason"_s, QVariant());
        else
            s.readKind<EndReason>(row, u"endReason"_s);
        s.readEmail(row, u"email"_s);
        s.readPhone(row, u"phone"_s);

        const QDate start = QDate::fromString(row.values.value(u"start"_s).toString(), Qt::ISODate);
        const QVariant end = row.values.value(u"end"_s);
        if (!end.isNull()) {
            if (auto e = Validation::dateOrder(start, QDate::fromString(end.toString(), Qt::ISODate),
                                               s.field(u"end"_s).label()))
                s.fail(row, u"end"_s, *e);
        }
        if (row.values.contains(u"end"_s) && end.isNull()) {
            // still employed: no end, so no reason
            if (!row.values.value(u"endReason"_s).isNull())
                s.fail(row, u"endReason"_s,
                       Text::tr("“%1” needs an end date: she has left only when “%2” says when.")
                           .arg(s.field(u"endReason"_s).label(), s.field(u"end"_s).label()));
            row.values.insert(u"endReason"_s, QVariant());
        }

        // the link to her student record: both school and student number, or neither
        const QString schoolName = s.cell(row, u"school"_s);
        const QString number = s.cell(row, u"studentNumber"_s);
        if (!schoolName.isEmpty() && number.isEmpty()) {
            s.fail(row, u"studentNumber"_s,
                   Text::tr("“%1” links her to a student record only with “%2”.")
                       .arg(s.field(u"school"_s).label(), s.field(u"studentNumber"_s).label()));
        } else if (schoolName.isEmpty() && !number.isEmpty()) {
            s.fail(row, u"school"_s,
                   Text::tr("“%1” links her to a student record only with “%2”.")
                       .arg(s.field(u"studentNumber"_s).label(), s.field(u"school"_s).label()));
        } else if (!schoolName.isEmpty()) {
            const SchoolRef school = s.lookups.schools.value(fold(schoolName));
            qint64 studentId = 0;
            if (school.id == 0)
                s.fail(row, u"school"_s, Text::tr("There is no school “%1”.").arg(schoolName));
            else if ((studentId = m_students.value(QString::number(school.id) + u'\n' + number)) == 0)
                s.fail(row, u"studentNumber"_s,
                       Text::tr("“%1” has no student with the number “%2”.").arg(school.name, number));
            else
                row.values.insert(u"studentNumber"_s, studentId); // a link is set by a file, never cleared by one
        }

        const QString given = row.values.value(u"givenName"_s).toString();
        const QString family = row.values.value(u"familyName"_s).toString();
        row.key = QString(given + u' ' + family + u", "_s + siteText + u", "_s +
                          (start.isValid() ? Validation::formatDate(start) : s.cell(row, u"start"_s)))
                      .simplified();
        if (!row.errors.isEmpty())
            return;
        const QString key = hireKey(siteId, given, family, row.values.value(u"start"_s).toString());
        if (const int earlier = seenBefore(m_seen, key, row.line)) {
            s.fail(row, u"familyName"_s,
                   Text::tr("%1 starting at “%2” on %3 is on line %4 already.")
                       .arg(given + u' ' + family, siteText, Validation::formatDate(start))
                       .arg(earlier));
            return;
        }
        if (!s.classify(row, m_stored, key))
            row.values.insert(u"_probationEnd"_s, Validation::toIsoDate(Hire::defaultProbationEnd(start)));
    }

    Result<void> startWrites(Writer &w) override
    {
        auto q = w.plan.exec(u"SELECT site_id, given_name, family_name, start_date, id FROM hires"_s);
        if (!q)
            return q.error();
        while (q->next())
            m_ids.insert(hireKey(q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                 q->value(3).toString()),
                         q->value(4).toLongLong());
        return {};
    }

    Result<void> write(Writer &w, const ImportRow &row) override
    {
        const auto columns = columnsOf(row, {{u"_siteId"_s, u"site_id"_s},
                                             {u"givenName"_s, u"given_name"_s},
                                             {u"familyName"_s, u"family_name"_s},
                                             {u"profession"_s, u"profession"_s},
                                             {u"position"_s, u"position"_s},
                                             {u"start"_s, u"start_date"_s},
                                             {u"_probationEnd"_s, u"probation_end"_s},
                                             {u"end"_s, u"end_date"_s},
                                             {u"endReason"_s, u"end_reason"_s},
                                             {u"email"_s, u"email"_s},
                                             {u"phone"_s, u"phone"_s},
                                             {u"studentNumber"_s, u"student_id"_s}});
        const QString key =
            hireKey(row.values.value(u"_siteId"_s).toLongLong(), row.values.value(u"givenName"_s).toString(),
                    row.values.value(u"familyName"_s).toString(), row.values.value(u"start"_s).toString());
        const qint64 existing = m_ids.value(key);
        auto id = w.sql.write(u"hires"_s, existing, columns);
        if (!id)
            return id.error();
        m_ids.insert(key, *id);
        return w.done(*id, existing == 0);
    }

    void finishWrites(Writer &w) override { w.announce(Entity::Hire); }

private:
    QHash<QString, qint64> m_students; // school id + "\n" + student number
    QHash<QString, QVariantHash> m_stored;
    TextMap<int> m_seen;
    TextMap<qint64> m_ids;
};

// --- mentors -------------------------------------------------------------------------------------------------------

// A person as a mentors file names her: by e-mail (case ignored), or by given and family name (case and spaces
// folded).
struct Person
{
    qint64 id = 0;
    bool supervisor = false; // a supervisor, else a hire
    QString name;            // "Kari Nordmann"
    QString email;
    QDate start, end; // a hire's employment
};

bool names(const Person &p, const QString &reference)
{
    if (reference.contains(u'@'))
        return !p.email.isEmpty() && p.email.compare(reference, Qt::CaseInsensitive) == 0;
    return fold(p.name) == fold(reference);
}

// "Kari Nordmann (kari@x.no, from 01.08.2025)" for a message that lists candidates
QString describe(const Person &p)
{
    QStringList parts;
    if (!p.email.isEmpty())
        parts << p.email;
    if (p.start.isValid())
        parts << Text::tr("from %1").arg(Validation::formatDate(p.start));
    else if (p.supervisor)
        parts << Text::tr("supervisor");
    return parts.isEmpty() ? p.name : p.name + u" ("_s + parts.join(u", "_s) + u')';
}

QString candidates(const QList<Person> &people)
{
    QStringList out;
    for (const Person &p : people)
        out << describe(p);
    return out.join(u"; "_s);
}

class Mentors final : public RegisterRules
{
public:
    Result<void> startChecks(Session &s) override
    {
        auto q = s.plan.exec(u"SELECT id, given_name, family_name, email, start_date, end_date FROM hires"_s);
        if (!q)
            return q.error();
        while (q->next())
            m_hires << Person{q->value(0).toLongLong(),
                              false,
                              personName(q->value(1).toString(), q->value(2).toString()),
                              q->value(3).toString(),
                              QDate::fromString(q->value(4).toString(), Qt::ISODate),
                              QDate::fromString(q->value(5).toString(), Qt::ISODate)};
        auto v = s.plan.exec(u"SELECT id, given_name, family_name, email FROM supervisors"_s);
        if (!v)
            return v.error();
        while (v->next())
            m_supervisors << Person{
                v->value(0).toLongLong(), true, personName(v->value(1).toString(), v->value(2).toString()),
                v->value(3).toString(),   {},   {}};
        auto m =
            s.plan.exec(u"SELECT hire_id, start_date, mentor_supervisor_id, mentor_hire_id, id FROM mentorships"_s);
        if (!m)
            return m.error();
        while (m->next()) {
            QVariantHash stored;
            stored.insert(u"mentor"_s,
                          mentorKey(!m->value(2).isNull(),
                                    m->value(2).isNull() ? m->value(3).toLongLong() : m->value(2).toLongLong()));
            const QString key = m->value(0).toString() + u'\n' + m->value(1).toString();
            m_stored.insert(key, stored);
            m_ids.insert(key, m->value(4).toLongLong());
        }
        return {};
    }

    void check(Session &s, ImportRow &row) override
    {
        s.readText(row, u"hire"_s);
        s.readText(row, u"mentor"_s);
        const QString hireText = row.values.take(u"hire"_s).toString();
        const QString mentorText = row.values.take(u"mentor"_s).toString();
        QDate start;
        if (s.has(u"start"_s) && !s.cell(row, u"start"_s).isEmpty() && s.readDate(row, u"start"_s))
            start = QDate::fromString(row.values.take(u"start"_s).toString(), Qt::ISODate);
        row.key = QString(hireText + u" ← "_s + mentorText).simplified();
        if (!row.errors.isEmpty())
            return;

        // the hire: by e-mail or name; of several, those employed on the start given
        QList<Person> found;
        for (const Person &p : std::as_const(m_hires))
            if (names(p, hireText))
                found << p;
        if (found.size() > 1 && start.isValid()) {
            QList<Person> employed;
            for (const Person &p : std::as_const(found))
                if (p.start <= start && (!p.end.isValid() || p.end >= start))
                    employed << p;
            if (!employed.isEmpty())
                found = employed;
        }
        if (found.isEmpty()) {
            s.fail(row, u"hire"_s, Text::tr("There is no new hire “%1”. Import the hires first.").arg(hireText));
            return;
        }
        if (found.size() > 1) {
            s.fail(row, u"hire"_s,
                   Text::tr("“%1” names more than one new hire: %2. Give her e-mail, or the start of the mentorship "
                            "while she has only one of them.")
                       .arg(hireText, candidates(found)));
            return;
        }
        const Person hire = found.constFirst();

        // the mentor: a supervisor or another hire, by e-mail or name
        QList<Person> mentors;
        for (const QList<Person> *people : {&m_supervisors, &m_hires})
            for (const Person &p : *people)
                if (names(p, mentorText) && !(!p.supervisor && p.id == hire.id))
                    mentors << p;
        if (mentors.size() > 1) {
            // one person may be a hire twice (a summer job, then a post): the latest of her hires
            bool oneHire = std::all_of(mentors.begin(), mentors.end(), [&mentors](const Person &p) {
                return !p.supervisor && fold(p.name) == fold(mentors.constFirst().name) &&
                       p.email.compare(mentors.constFirst().email, Qt::CaseInsensitive) == 0 && !p.email.isEmpty();
            });
            if (oneHire) {
                std::sort(mentors.begin(), mentors.end(),
                          [](const Person &a, const Person &b) { return a.start > b.start; });
                mentors = {mentors.constFirst()};
            }
        }
        if (mentors.isEmpty()) {
            s.fail(row, u"mentor"_s,
                   Text::tr("There is no supervisor or other new hire “%1” to be the mentor.").arg(mentorText));
            return;
        }
        if (mentors.size() > 1) {
            s.fail(row, u"mentor"_s,
                   Text::tr("“%1” names more than one possible mentor: %2. Give the mentor's e-mail.")
                       .arg(mentorText, candidates(mentors)));
            return;
        }
        const Person mentor = mentors.constFirst();

        Mentorship m;
        m.hireId = hire.id;
        (mentor.supervisor ? m.mentorSupervisorId : m.mentorHireId) = mentor.id;
        m.start = start.isValid() ? start : hire.start;
        const QString key = QString::number(hire.id) + u'\n' + Validation::toIsoDate(m.start);
        row.key = QString(hire.name + u" ← "_s + mentor.name + u", "_s + Validation::formatDate(m.start)).simplified();
        if (const int earlier = seenBefore(m_seen, key, row.line)) {
            s.fail(row, u"hire"_s,
                   Text::tr("The mentorship of %1 from %2 is on line %3 already.")
                       .arg(hire.name, Validation::formatDate(m.start))
                       .arg(earlier));
            return;
        }
        row.values.insert(u"mentor"_s, mentorKey(mentor.supervisor, mentor.id));
        row.values.insert(u"_hireId"_s, hire.id);
        row.values.insert(u"_start"_s, Validation::toIsoDate(m.start));
        if (s.classify(row, m_stored, key))
            return; // the same start: the mentor changes, or nothing does
        // the rules of a new mentorship (her employment, no overlap with another of hers)
        if (auto v = MentorRepository(s.plan).validate(m); !v) {
            const Error &e = v.error();
            s.fail(row,
                   e.field == MentorRepository::tr("Mentor") ? u"mentor"_s
                                                             : (s.has(u"start"_s) ? u"start"_s : u"hire"_s),
                   e);
        }
    }

    Result<void> startWrites(Writer &) override { return {}; }

    Result<void> write(Writer &w, const ImportRow &row) override
    {
        const QString mentor = row.values.value(u"mentor"_s).toString();
        Mentorship m;
        m.hireId = row.values.value(u"_hireId"_s).toLongLong();
        (mentor.startsWith(u's') ? m.mentorSupervisorId : m.mentorHireId) = mentor.mid(1).toLongLong();
        m.start = QDate::fromString(row.values.value(u"_start"_s).toString(), Qt::ISODate);
        MentorRepository mentors(w.plan);
        const QString key = QString::number(m.hireId) + u'\n' + row.values.value(u"_start"_s).toString();
        if (const qint64 existing = m_ids.value(key)) {
            auto current = mentors.get(existing);
            if (!current)
                return current.error();
            Mentorship changed = current.value();
            changed.mentorSupervisorId = m.mentorSupervisorId;
            changed.mentorHireId = m.mentorHireId;
            if (auto kept = w.updating(u"mentorships"_s, existing); !kept)
                return kept.error();
            if (auto u = mentors.update(changed); !u)
                return u.error();
            return w.done(existing, false);
        }
        auto id = mentors.assign(m);
        if (!id)
            return id.error();
        // for undo: the mentorship, then its conversations (undo removes them newest first)
        w.insertedBy(u"mentorships"_s, *id);
        auto conversations = mentors.conversations(*id);
        if (!conversations)
            return conversations.error();
        for (const MentorConversation &c : *conversations)
            w.insertedBy(u"mentor_conversations"_s, c.id);
        m_ids.insert(key, *id);
        return w.done(*id, true);
    }

    void finishWrites(Writer &w) override { w.announce(Entity::Mentorship); }

private:
    static QString mentorKey(bool supervisor, qint64 id)
    {
        return (supervisor ? u"s"_s : u"h"_s) + QString::number(id);
    }

    QList<Person> m_hires, m_supervisors;
    QHash<QString, QVariantHash> m_stored; // hire id + "\n" + start
    TextMap<qint64> m_ids;
    TextMap<int> m_seen;
};

} // namespace

std::unique_ptr<RegisterRules> hireRules()
{
    return std::make_unique<Hires>();
}

std::unique_ptr<RegisterRules> mentorRules()
{
    return std::make_unique<Mentors>();
}

} // namespace praksis::import

namespace praksis {

using namespace Qt::StringLiterals;

Result<QList<ImportLinkSuggestion>> Importer::linkSuggestions(const PlanFile &plan, const ImportPreview &preview)
{
    QList<ImportLinkSuggestion> out;
    if (preview.reg != ImportRegister::Hires)
        return out;
    for (const ImportRow &row : preview.rows) {
        // linked by the file (Skole and Studentnummer), or a row the import refuses
        if (row.status == ImportRowStatus::Invalid || row.values.contains(u"studentNumber"_s))
            continue;
        Hire hire;
        hire.siteId = row.values.value(u"_siteId"_s).toLongLong();
        hire.givenName = row.values.value(u"givenName"_s).toString();
        hire.familyName = row.values.value(u"familyName"_s).toString();
        hire.email = row.values.value(u"email"_s).toString();
        const QString start = row.values.value(u"start"_s).toString();
        auto q = plan.exec(
            u"SELECT id, student_id, given_name, family_name, start_date, email FROM hires WHERE site_id = ?"_s,
            {hire.siteId});
        if (!q)
            return q.error();
        while (q->next())
            if (import::fold(q->value(2).toString()) == import::fold(hire.givenName) &&
                import::fold(q->value(3).toString()) == import::fold(hire.familyName) &&
                q->value(4).toString() == start) {
                hire.id = q->value(0).toLongLong();
                hire.studentId = q->value(1).toLongLong();
                if (!row.values.contains(u"email"_s)) // no e-mail column: hers as stored
                    hire.email = q->value(5).toString();
            }
        q->finish();
        if (hire.studentId != 0)
            continue; // a person confirmed her link already
        auto candidates = HireLink::suggestions(plan, hire);
        if (!candidates)
            return candidates.error();
        if (!candidates->isEmpty())
            out << ImportLinkSuggestion{row.line, row.key, hire.id, *candidates};
    }
    return out;
}

} // namespace praksis
