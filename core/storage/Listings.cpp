#include "storage/Listings.h"

#include "model/Kinds.h"
#include "storage/PlacementRepository.h"
#include "storage/PlanFile.h"

#include <QSqlQuery>

namespace praksis::Listings {

namespace {

template<typename E> std::function<QString(const QString &)> labelOf()
{
    return [](const QString &id) {
        const auto v = fromId<E>(id);
        return v ? label(*v) : id;
    };
}

} // namespace

const QList<Listing> &all()
{
    static const QList<Listing> all = {
        {"schools",
         "SELECT s.id, s.name, s.kind, s.org_number, s.contact_person, s.email, s.phone,"
         " (SELECT count(*) FROM students st WHERE st.school_id = s.id) FROM schools s",
         "s.name",
         {{"id", QT_TRANSLATE_NOOP("praksis::cli", "Id"), Type::Integer},
          {"name", QT_TRANSLATE_NOOP("praksis::cli", "Name")},
          {"kind", QT_TRANSLATE_NOOP("praksis::cli", "Kind"), Type::Text, true, labelOf<SchoolKind>()},
          {"orgNumber", QT_TRANSLATE_NOOP("praksis::cli", "Org. number")},
          {"contactPerson", QT_TRANSLATE_NOOP("praksis::cli", "Contact"), Type::Text, false},
          {"email", QT_TRANSLATE_NOOP("praksis::cli", "E-mail"), Type::Text, false},
          {"phone", QT_TRANSLATE_NOOP("praksis::cli", "Phone"), Type::Text, false},
          {"students", QT_TRANSLATE_NOOP("praksis::cli", "Students"), Type::Integer}},
         {{"school", "s.name = ?"}}},
        {"programmes",
         "SELECT p.id, p.name, p.kind, s.name,"
         " (SELECT count(*) FROM students st WHERE st.programme_id = p.id)"
         " FROM programmes p JOIN schools s ON s.id = p.school_id",
         "s.name, p.name",
         {{"id", QT_TRANSLATE_NOOP("praksis::cli", "Id"), Type::Integer},
          {"name", QT_TRANSLATE_NOOP("praksis::cli", "Name")},
          {"kind", QT_TRANSLATE_NOOP("praksis::cli", "Kind"), Type::Text, true, labelOf<ProgrammeKind>()},
          {"school", QT_TRANSLATE_NOOP("praksis::cli", "School")},
          {"students", QT_TRANSLATE_NOOP("praksis::cli", "Students"), Type::Integer}},
         {{"school", "s.name = ?"}}},
        {"students",
         "SELECT st.id, st.student_number, st.given_name, st.family_name, sc.name, coalesce(pr.name, ''), st.cohort,"
         " st.email, st.phone, st.anonymised " PRAKSIS_SQL_STUDENTS_FROM,
         "sc.name, st.family_name, st.given_name, st.student_number",
         {{"id", QT_TRANSLATE_NOOP("praksis::cli", "Id"), Type::Integer},
          {"studentNumber", QT_TRANSLATE_NOOP("praksis::cli", "Student number")},
          {"givenName", QT_TRANSLATE_NOOP("praksis::cli", "Given name")},
          {"familyName", QT_TRANSLATE_NOOP("praksis::cli", "Family name")},
          {"school", QT_TRANSLATE_NOOP("praksis::cli", "School")},
          {"programme", QT_TRANSLATE_NOOP("praksis::cli", "Programme")},
          {"cohort", QT_TRANSLATE_NOOP("praksis::cli", "Cohort"), Type::Integer},
          {"email", QT_TRANSLATE_NOOP("praksis::cli", "E-mail"), Type::Text, false},
          {"phone", QT_TRANSLATE_NOOP("praksis::cli", "Phone"), Type::Text, false},
          {"anonymised", QT_TRANSLATE_NOOP("praksis::cli", "Anonymised"), Type::Boolean, false}},
         {{"school", "sc.name = ?"},
          {"period", "st.id IN (SELECT pl.student_id FROM placements pl JOIN periods pe ON pe.id = pl.period_id"
                     " WHERE pe.name = ?)"}}},
        {"sites",
         "SELECT id, name, unit, kind, municipality, municipality_number, capacity, address, contact_person, email,"
         " phone FROM sites",
         "name, unit",
         {{"id", QT_TRANSLATE_NOOP("praksis::cli", "Id"), Type::Integer},
          {"name", QT_TRANSLATE_NOOP("praksis::cli", "Name")},
          {"unit", QT_TRANSLATE_NOOP("praksis::cli", "Unit")},
          {"kind", QT_TRANSLATE_NOOP("praksis::cli", "Kind"), Type::Text, true, labelOf<SiteKind>()},
          {"municipality", QT_TRANSLATE_NOOP("praksis::cli", "Municipality")},
          {"municipalityNumber", QT_TRANSLATE_NOOP("praksis::cli", "Municipality no."), Type::Text, false},
          {"capacity", QT_TRANSLATE_NOOP("praksis::cli", "Capacity"), Type::Integer},
          {"address", QT_TRANSLATE_NOOP("praksis::cli", "Address"), Type::Text, false},
          {"contactPerson", QT_TRANSLATE_NOOP("praksis::cli", "Contact"), Type::Text, false},
          {"email", QT_TRANSLATE_NOOP("praksis::cli", "E-mail"), Type::Text, false},
          {"phone", QT_TRANSLATE_NOOP("praksis::cli", "Phone"), Type::Text, false}},
         {{"site", "name = ?"}}},
        {"supervisors",
         "SELECT su.id, su.given_name, su.family_name,"
         " " PRAKSIS_SQL_SITE_LABEL("si") ", su.profession,"
                                          " su.has_training, su.training_year, su.max_students, su.email, su.phone"
                                          " FROM supervisors su JOIN sites si ON si.id = su.site_id",
         "si.name, si.unit, su.family_name, su.given_name",
         {{"id", QT_TRANSLATE_NOOP("praksis::cli", "Id"), Type::Integer},
          {"givenName", QT_TRANSLATE_NOOP("praksis::cli", "Given name")},
          {"familyName", QT_TRANSLATE_NOOP("praksis::cli", "Family name")},
          {"site", QT_TRANSLATE_NOOP("praksis::cli", "Site")},
          {"profession", QT_TRANSLATE_NOOP("praksis::cli", "Profession"), Type::Text, true, labelOf<Profession>()},
          {"hasTraining", QT_TRANSLATE_NOOP("praksis::cli", "Trained"), Type::Boolean},
          {"trainingYear", QT_TRANSLATE_NOOP("praksis::cli", "Training year"), Type::Integer, false},
          {"maxStudents", QT_TRANSLATE_NOOP("praksis::cli", "Max. students"), Type::Integer},
          {"email", QT_TRANSLATE_NOOP("praksis::cli", "E-mail"), Type::Text, false},
          {"phone", QT_TRANSLATE_NOOP("praksis::cli", "Phone"), Type::Text, false}},
         {{"site", "si.name = ?"}}},
        {"periods",
         "SELECT pe.id, pe.name, pe.start_date, pe.end_date, pe.hours_per_week,"
         " (SELECT group_concat(kind, ', ') FROM (SELECT kind FROM period_site_kinds k WHERE k.period_id = pe.id"
         " ORDER BY kind)),"
         " " PRAKSIS_SQL_PLACEMENTS_IN_PERIOD("pe.id") " FROM periods pe",
         "pe.start_date, pe.name",
         {{"id", QT_TRANSLATE_NOOP("praksis::cli", "Id"), Type::Integer},
          {"name", QT_TRANSLATE_NOOP("praksis::cli", "Name")},
          {"start", QT_TRANSLATE_NOOP("praksis::cli", "Start"), Type::Date},
          {"end", QT_TRANSLATE_NOOP("praksis::cli", "End"), Type::Date},
          {"hoursPerWeek", QT_TRANSLATE_NOOP("praksis::cli", "Hours/week"), Type::Real},
          {"siteKinds", QT_TRANSLATE_NOOP("praksis::cli", "Site kinds")},
          {"placements", QT_TRANSLATE_NOOP("praksis::cli", "Placements"), Type::Integer}},
         {{"period", "pe.name = ?"}}},
        {"placements",
         "SELECT pl.id, " PRAKSIS_SQL_PERSON_NAME("st") ", st.student_number, sc.name, " PRAKSIS_SQL_SITE_LABEL(
             "si") ", coalesce(" PRAKSIS_SQL_PERSON_NAME("su") ", ''), pe.name, pl.start_date, pl.end_date,"
                                                               " pl.status, pl.locked " PRAKSIS_SQL_PLACEMENTS_FROM,
         "pl.start_date, si.name, si.unit, st.family_name, st.given_name, pl.id",
         {{"id", QT_TRANSLATE_NOOP("praksis::cli", "Id"), Type::Integer},
          {"student", QT_TRANSLATE_NOOP("praksis::cli", "Student")},
          {"studentNumber", QT_TRANSLATE_NOOP("praksis::cli", "Student number")},
          {"school", QT_TRANSLATE_NOOP("praksis::cli", "School")},
          {"site", QT_TRANSLATE_NOOP("praksis::cli", "Site")},
          {"supervisor", QT_TRANSLATE_NOOP("praksis::cli", "Supervisor")},
          {"period", QT_TRANSLATE_NOOP("praksis::cli", "Period")},
          {"start", QT_TRANSLATE_NOOP("praksis::cli", "Start"), Type::Date},
          {"end", QT_TRANSLATE_NOOP("praksis::cli", "End"), Type::Date},
          {"status", QT_TRANSLATE_NOOP("praksis::cli", "Status"), Type::Text, true, labelOf<PlacementStatus>()},
          {"locked", QT_TRANSLATE_NOOP("praksis::cli", "Locked"), Type::Boolean, false}},
         {{"period", "pe.name = ?"},
          {"school", "sc.name = ?"},
          {"site", "(si.name = ? OR " PRAKSIS_SQL_SITE_LABEL("si") " = ?)"}}},
        // PRODUCT.md section 10: the linked student's number and school, null without a link; the mentor of her
        // latest mentorship; the conversations of all her mentorships. No e-mail or phone: least data.
        {"hires",
         "SELECT h.id, h.given_name, h.family_name, " PRAKSIS_SQL_SITE_LABEL(
             "si") ", h.profession, h.position, h.start_date, h.probation_end, h.end_date, h.end_reason,"
                   " st.student_number, sc.name, " PRAKSIS_SQL_HIRE_MENTOR(
                       "h") ","
                            " (SELECT count(*) " PRAKSIS_SQL_HIRE_CONVERSATIONS(
                                "h") "),"
                                     " (SELECT count(c.held_date) " PRAKSIS_SQL_HIRE_CONVERSATIONS(
                                         "h") ") " PRAKSIS_SQL_HIRES_FROM,
         "h.family_name, h.given_name, h.start_date, h.id",
         {{"id", QT_TRANSLATE_NOOP("praksis::cli", "Id"), Type::Integer},
          {"givenName", QT_TRANSLATE_NOOP("praksis::cli", "Given name")},
          {"familyName", QT_TRANSLATE_NOOP("praksis::cli", "Family name")},
          {"site", QT_TRANSLATE_NOOP("praksis::cli", "Site")},
          {"profession", QT_TRANSLATE_NOOP("praksis::cli", "Profession"), Type::Text, false, labelOf<Profession>()},
          {"position", QT_TRANSLATE_NOOP("praksis::cli", "Position")},
          {"start", QT_TRANSLATE_NOOP("praksis::cli", "Start"), Type::Date},
          {"probationEnd", QT_TRANSLATE_NOOP("praksis::cli", "Probation end"), Type::Date},
          {"end", QT_TRANSLATE_NOOP("praksis::cli", "End"), Type::Date},
          {"endReason", QT_TRANSLATE_NOOP("praksis::cli", "End reason"), Type::Text, false},
          {"studentNumber", QT_TRANSLATE_NOOP("praksis::cli", "Student number")},
          {"school", QT_TRANSLATE_NOOP("praksis::cli", "School"), Type::Text, false},
          {"mentor", QT_TRANSLATE_NOOP("praksis::cli", "Mentor")},
          {"conversationsPlanned", QT_TRANSLATE_NOOP("praksis::cli", "Conversations"), Type::Integer},
          {"conversationsHeld", QT_TRANSLATE_NOOP("praksis::cli", "Held"), Type::Integer}},
         {{"site", "(si.name = ? OR " PRAKSIS_SQL_SITE_LABEL("si") " = ?)"}}},
    };
    return all;
}

// A filter naming something that does not exist is a mistake worth saying, not an empty list.
namespace {
struct FilterTarget
{
    const char *option;
    const char *sql;
    const char *message; // with %1 for the name
};

const QList<FilterTarget> &filterTargets()
{
    static const QList<FilterTarget> all = {
        {"school", "SELECT count(*) FROM schools WHERE name = ?",
         QT_TRANSLATE_NOOP("praksis::cli", "There is no school named “%1” in the plan.")},
        {"period", "SELECT count(*) FROM periods WHERE name = ?",
         QT_TRANSLATE_NOOP("praksis::cli", "There is no period named “%1” in the plan.")},
        {"site",
         "SELECT count(*) FROM sites WHERE sites.name = ?"
         " OR " PRAKSIS_SQL_SITE_LABEL("sites") " = ?",
         QT_TRANSLATE_NOOP("praksis::cli", "There is no site named “%1” in the plan.")},
    };
    return all;
}
} // namespace

const Filter *Listing::filter(const QString &option) const
{
    for (const Filter &f : filters)
        if (option == QLatin1String(f.option))
            return &f;
    return nullptr;
}

const Listing *find(const QString &name)
{
    for (const Listing &l : all())
        if (name == QLatin1String(l.name))
            return &l;
    return nullptr;
}

Statement statement(const Listing &listing, const QList<std::pair<const Filter *, QString>> &filters)
{
    Statement s{QString::fromLatin1(listing.select), {}};
    QStringList conditions;
    for (const auto &[filter, value] : filters) {
        const QString condition = QString::fromLatin1(filter->condition);
        conditions << condition;
        for (qsizetype i = 0; i < condition.count(QLatin1Char('?')); ++i)
            s.bindings << value;
    }
    if (!conditions.isEmpty())
        s.sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    s.sql += QStringLiteral(" ORDER BY ") + QString::fromLatin1(listing.orderBy);
    return s;
}

Result<std::optional<const char *>> missingFilterTarget(PlanFile &plan, const QString &option, const QString &value)
{
    for (const FilterTarget &t : filterTargets()) {
        if (option != QLatin1String(t.option))
            continue;
        const QString sql = QString::fromLatin1(t.sql);
        QVariantList b;
        for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
            b << value;
        auto q = plan.exec(sql, b);
        if (!q)
            return q.error();
        if (!q->next() || q->value(0).toLongLong() == 0)
            return std::optional<const char *>(t.message);
    }
    return std::optional<const char *>();
}

QString siteChoicesSql()
{
    return QStringLiteral(
        "SELECT " PRAKSIS_SQL_SITE_LABEL("sites") ", id "
                                                  "FROM sites ORDER BY name COLLATE NORWEGIAN, unit COLLATE NORWEGIAN");
}

Result<qint64> placementsInPeriod(PlanFile &plan, qint64 periodId)
{
    auto q = plan.exec(QStringLiteral("SELECT " PRAKSIS_SQL_PLACEMENTS_IN_PERIOD("?")), {periodId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<bool> placementExists(PlanFile &plan, qint64 id)
{
    auto q = plan.exec(QStringLiteral("SELECT count(*) FROM placements WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toLongLong() != 0;
}

} // namespace praksis::Listings
