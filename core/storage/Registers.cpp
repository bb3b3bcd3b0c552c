#include "storage/Registers.h"

#include "storage/Listings.h"
#include "storage/NameOrder.h"
#include "storage/PlacementRepository.h"
#include "storage/PlanFile.h"

#include <QDate>
#include <QSqlQuery>

#include <algorithm>

#include <QtGlobal>

namespace praksis::Registers {

QString Table::column(const char *key) const
{
    for (const auto &[k, expr] : columns)
        if (qstrcmp(k, key) == 0)
            return expr;
    qFatal("Registers: no column %s in the table %s", key, qPrintable(from));
}

Listings::Statement Table::where(const QList<std::pair<const char *, QVariant>> &values) const
{
    Listings::Statement s;
    QStringList conditions;
    for (const auto &[key, value] : values) {
        const auto it = std::find_if(filters.cbegin(), filters.cend(),
                                     [key = key](const auto &f) { return qstrcmp(f.first, key) == 0; });
        if (it == filters.cend())
            qFatal("Registers: no filter %s in the table %s", key, qPrintable(from));
        conditions << it->second;
        for (qsizetype i = 0; i < it->second.count(QLatin1Char('?')); ++i)
            s.bindings << value;
    }
    s.sql = conditions.join(QStringLiteral(" AND "));
    return s;
}

const Table &schools()
{
    static const Table t{
        QStringLiteral("FROM schools sc"),
        QStringLiteral("sc.id"),
        {{"name", QStringLiteral("sc.name")},
         {"kind", QStringLiteral("sc.kind")},
         {"programmes", QStringLiteral("(SELECT group_concat(name, ', ') FROM (SELECT name FROM programmes pr "
                                       "WHERE pr.school_id = sc.id ORDER BY name COLLATE NORWEGIAN))")},
         {"students", QStringLiteral("(SELECT count(*) FROM students st WHERE st.school_id = sc.id)")},
         {"orgNumber", QStringLiteral("sc.org_number")},
         {"contactPerson", QStringLiteral("sc.contact_person")},
         {"email", QStringLiteral("sc.email")}},
        {QStringLiteral("sc.name"), QStringLiteral("sc.contact_person"), QStringLiteral("sc.org_number")}};
    return t;
}

const Table &sites()
{
    static const Table t{
        QStringLiteral("FROM sites si"),
        QStringLiteral("si.id"),
        {{"name", QStringLiteral("si.name")},
         {"unit", QStringLiteral("si.unit")},
         {"kind", QStringLiteral("si.kind")},
         {"municipality", QStringLiteral("si.municipality")},
         {"capacity", QStringLiteral("si.capacity")},
         {"supervisors", QStringLiteral("(SELECT count(*) FROM supervisors su WHERE su.site_id = si.id)")},
         {"contactPerson", QStringLiteral("si.contact_person")},
         {"phone", QStringLiteral("si.phone")}},
        {QStringLiteral("si.name"), QStringLiteral("si.unit"), QStringLiteral("si.municipality"),
         QStringLiteral("si.contact_person"), QStringLiteral("si.address")}};
    return t;
}

const Table &supervisors()
{
    static const Table t{
        QStringLiteral("FROM supervisors su JOIN sites si ON si.id = su.site_id"),
        QStringLiteral("su.id"),
        {{"familyName", QStringLiteral("su.family_name")},
         {"givenName", QStringLiteral("su.given_name")},
         {"site", QStringLiteral(PRAKSIS_SQL_SITE_LABEL("si"))},
         {"profession", QStringLiteral("su.profession")},
         {"hasTraining", QStringLiteral("su.has_training")},
         {"maxStudents", QStringLiteral("su.max_students")},
         {"absences", QStringLiteral("(SELECT count(*) FROM supervisor_absences a WHERE a.supervisor_id = su.id)")},
         {"email", QStringLiteral("su.email")}},
        {QStringLiteral("su.family_name"), QStringLiteral("su.given_name"),
         QStringLiteral(PRAKSIS_SQL_PERSON_NAME("su")), QStringLiteral("su.email"), QStringLiteral("si.name")}};
    return t;
}

const Table &students()
{
    static const Table t{QStringLiteral(PRAKSIS_SQL_STUDENTS_FROM),
                         QStringLiteral("st.id"),
                         {{"familyName", QStringLiteral("st.family_name")},
                          {"givenName", QStringLiteral("st.given_name")},
                          {"studentNumber", QStringLiteral("st.student_number")},
                          {"school", QStringLiteral("sc.name")},
                          {"programme", QStringLiteral("pr.name")},
                          {"cohort", QStringLiteral("st.cohort")},
                          {"email", QStringLiteral("st.email")},
                          {"policeCertificate", QStringLiteral("st.police_certificate_seen")}},
                         {QStringLiteral("st.family_name"), QStringLiteral("st.given_name"),
                          QStringLiteral(PRAKSIS_SQL_PERSON_NAME("st")), QStringLiteral("st.student_number"),
                          QStringLiteral("st.email")},
                         {{"school", QStringLiteral("st.school_id = ?")}}};
    return t;
}

const Table &periods()
{
    static const Table t{
        QStringLiteral("FROM periods pe"),
        QStringLiteral("pe.id"),
        {{"name", QStringLiteral("pe.name")},
         {"start", QStringLiteral("pe.start_date")},
         {"end", QStringLiteral("pe.end_date")},
         {"hoursPerWeek", QStringLiteral("pe.hours_per_week")},
         // "Bachelor i sykepleie (OsloMet)": programmes of different schools often share a name
         {"programmes",
          QStringLiteral("(SELECT group_concat(n, '; ') FROM (SELECT pr.name || ' (' || sc.name || ')' AS n "
                         "FROM period_programmes pp JOIN programmes pr ON pr.id = pp.programme_id "
                         "JOIN schools sc ON sc.id = pr.school_id WHERE pp.period_id = pe.id "
                         "ORDER BY pr.name COLLATE NORWEGIAN, sc.name COLLATE NORWEGIAN))")},
         {"placements", QStringLiteral(PRAKSIS_SQL_PLACEMENTS_IN_PERIOD("pe.id"))},
         {"ownCapacities",
          QStringLiteral("(SELECT count(*) FROM period_site_capacities c WHERE c.period_id = pe.id)")}},
        {QStringLiteral("pe.name")}};
    return t;
}

const Table &placements()
{
    static const Table t{QStringLiteral(PRAKSIS_SQL_PLACEMENTS_FROM),
                         QStringLiteral("pl.id"),
                         {{"student", QStringLiteral(PRAKSIS_SQL_PERSON_SORT_NAME("st"))},
                          {"school", QStringLiteral("sc.name")},
                          {"site", QStringLiteral(PRAKSIS_SQL_SITE_LABEL("si"))},
                          {"supervisor", QStringLiteral(PRAKSIS_SQL_PERSON_NAME("su"))},
                          {"period", QStringLiteral("pe.name")},
                          {"periodStart", QStringLiteral("pe.start_date")}, // the period column's sort key
                          {"start", QStringLiteral("pl.start_date")},
                          {"end", QStringLiteral("pl.end_date")},
                          {"status", QStringLiteral("pl.status")}},
                         {QStringLiteral("st.family_name"), QStringLiteral("st.given_name"),
                          QStringLiteral(PRAKSIS_SQL_PERSON_NAME("st")), QStringLiteral("si.name"),
                          QStringLiteral("su.family_name"), QStringLiteral("st.student_number")},
                         {{"period", QStringLiteral("pl.period_id = ?")},
                          {"school", QStringLiteral("st.school_id = ?")},
                          {"site", QStringLiteral("pl.site_id = ?")},
                          {"supervisor", QStringLiteral("pl.supervisor_id = ?")},
                          {"status", QStringLiteral("pl.status = ?")}}};
    return t;
}

// PRODUCT.md section 10. The states are on a day bound to each ?: employed (started, not ended), in probation
// (employed, probation not over), left (ended before the day).
const Table &hires()
{
    static const QString employed = QStringLiteral("h.start_date <= ? AND (h.end_date IS NULL OR h.end_date >= ?)");
    static const Table t{
        QStringLiteral(PRAKSIS_SQL_HIRES_FROM),
        QStringLiteral("h.id"),
        {{"familyName", QStringLiteral("h.family_name")},
         {"givenName", QStringLiteral("h.given_name")},
         {"site", QStringLiteral(PRAKSIS_SQL_SITE_LABEL("si"))},
         {"profession", QStringLiteral("h.profession")},
         {"position", QStringLiteral("h.position")},
         {"start", QStringLiteral("h.start_date")},
         {"probationEnd", QStringLiteral("h.probation_end")},
         {"end", QStringLiteral("h.end_date")},
         {"endReason", QStringLiteral("h.end_reason")},
         {"mentor", QStringLiteral(PRAKSIS_SQL_HIRE_MENTOR("h"))},
         // "3 / 17": the conversations held of those planned, over her mentorships
         {"conversations", QStringLiteral("(SELECT CASE WHEN count(*) = 0 THEN NULL ELSE count(c.held_date) || ' / ' "
                                          "|| count(*) END " PRAKSIS_SQL_HIRE_CONVERSATIONS("h") ")")},
         {"formerStudent",
          QStringLiteral("CASE WHEN st.id IS NULL THEN NULL ELSE sc.name || ', ' || st.student_number END")}},
        {QStringLiteral("h.family_name"), QStringLiteral("h.given_name"), QStringLiteral(PRAKSIS_SQL_PERSON_NAME("h")),
         QStringLiteral("h.email"), QStringLiteral("si.name")},
        {{"site", QStringLiteral("h.site_id = ?")},
         {"employed", employed},
         {"inProbation", employed + QStringLiteral(" AND h.probation_end >= ?")},
         {"left", QStringLiteral("h.end_date < ?")}}};
    return t;
}

Listings::Statement idsStatement(const QString &from, const QString &id, const Listings::Statement &filter,
                                 const QStringList &searchExprs, const QString &search, const QString &sortExpr,
                                 bool sortAsText, bool ascending)
{
    Listings::Statement s;
    QStringList conditions;
    if (!filter.sql.isEmpty()) {
        conditions.append(QLatin1Char('(') + filter.sql + QLatin1Char(')'));
        s.bindings.append(filter.bindings);
    }
    if (!search.isEmpty() && !searchExprs.isEmpty()) {
        // case folded for every letter, so "årstad" finds "Årstad" (LIKE folds A–Z only; storage/NameOrder.h)
        const QString needle = NameOrder::fold(search);
        QStringList any;
        for (const QString &expr : searchExprs) {
            any.append(QStringLiteral("instr(praksis_fold(coalesce(") + expr + QStringLiteral(", '')), ?) > 0"));
            s.bindings.append(needle);
        }
        conditions.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    s.sql = QStringLiteral("SELECT ") + id + QLatin1Char(' ') + from + where + QStringLiteral(" ORDER BY ") + sortExpr +
            (sortAsText ? QStringLiteral(" COLLATE NORWEGIAN") : QString()) + direction + QStringLiteral(", ") + id +
            direction;
    return s;
}

QString countSql(const QString &from)
{
    return QStringLiteral("SELECT count(*) ") + from;
}

QString rowsSql(const QString &from, const QString &id, const QStringList &exprs, qsizetype idCount)
{
    const QStringList marks(idCount, QStringLiteral("?"));
    return QStringLiteral("SELECT ") + id + QStringLiteral(", ") + exprs.join(QStringLiteral(", ")) + QLatin1Char(' ') +
           from + QStringLiteral(" WHERE ") + id + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) +
           QLatin1Char(')');
}

QString schoolChoicesSql()
{
    return QStringLiteral("SELECT name, id FROM schools ORDER BY name COLLATE NORWEGIAN");
}

QString programmeChoicesSql()
{
    return QStringLiteral("SELECT name, id FROM programmes WHERE school_id = ? ORDER BY name COLLATE NORWEGIAN");
}

QString programmeWithSchoolChoicesSql()
{
    return QStringLiteral("SELECT sc.name || ' – ' || pr.name, pr.id FROM programmes pr "
                          "JOIN schools sc ON sc.id = pr.school_id "
                          "ORDER BY sc.name COLLATE NORWEGIAN, pr.name COLLATE NORWEGIAN");
}

QString supervisorChoicesSql()
{
    return QStringLiteral("SELECT " PRAKSIS_SQL_PERSON_NAME(
        "supervisors") ", id FROM supervisors WHERE site_id = ? "
                       "ORDER BY family_name COLLATE NORWEGIAN, given_name COLLATE NORWEGIAN");
}

QString studentChoicesSql()
{
    return QStringLiteral("SELECT " PRAKSIS_SQL_PERSON_SORT_NAME(
        "st") " || ' (' || sc.name || ', ' || "
              "st.student_number || ')', st.id FROM students st JOIN schools sc ON sc.id = st.school_id "
              "ORDER BY st.family_name COLLATE NORWEGIAN, st.given_name COLLATE NORWEGIAN");
}

QString periodChoicesSql()
{
    return QStringLiteral("SELECT name, id FROM periods ORDER BY start_date, name COLLATE NORWEGIAN");
}

QList<std::pair<qint64, QString>> periods(PlanFile &plan)
{
    QList<std::pair<qint64, QString>> list;
    auto q = plan.exec(periodChoicesSql());
    if (!q)
        return list;
    while (q->next())
        list.append({q->value(1).toLongLong(), q->value(0).toString()});
    return list;
}

bool periodExists(PlanFile &plan, qint64 periodId)
{
    auto q = plan.exec(QStringLiteral("SELECT 1 FROM periods WHERE id = ?"), {periodId});
    return q && q->next();
}

qint64 periodForDay(PlanFile &plan, const QDate &day)
{
    const QString iso = day.toString(Qt::ISODate);
    auto q = plan.exec(QStringLiteral("SELECT id FROM periods ORDER BY (end_date < ?), "
                                      "CASE WHEN end_date < ? THEN julianday(?) - julianday(end_date) "
                                      "ELSE julianday(start_date) END, name LIMIT 1"),
                       {iso, iso, iso});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

qint64 rowCount(PlanFile &plan, const QString &table)
{
    auto q = plan.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace praksis::Registers
