#include "documents/Reports.h"

#include "calendar/IsoWeek.h"
#include "documents/DocumentLanguage.h"
#include "followup/FollowUp.h"
#include "model/KindLabels.h"
#include "model/Validation.h"
#include "storage/NameOrder.h"
#include "storage/PlanFile.h"
#include "storage/RowCursor.h"

#include <QSqlQuery>

#include <numeric>
#include <tuple>
#include <vector>

namespace praksis {

namespace {

using Type = ReportColumn::Type;

QString personName(const QVariant &given, const QVariant &family)
{
    return QString(given.toString() + QLatin1Char(' ') + family.toString()).trimmed();
}

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// A stored ISO date ("2027-01-11") read without a QString: the reports read two per row.
QDate date(const RowCursor &row, int column)
{
    // Not a structured binding: clang 14 (the sanitizer build) cannot capture one in the lambda below.
    const auto bytes = row.utf8(column);
    const char *const text = bytes.first;
    const qsizetype size = bytes.second;
    const auto digits = [text](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    if (row.type(column) != RowCursor::Type::Text || size != 10 || text[4] != '-' || text[7] != '-')
        return date(row.value(column));
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return date(row.value(column));
    return QDate(y, m, d);
}

QString range(QDate from, QDate to)
{
    return Validation::formatDate(from) + QStringLiteral(" – ") + Validation::formatDate(to);
}

// Lookups fold case for every letter (COLLATE FOLDED, storage/NameOrder.h): "årstad" finds "Årstad".
// hint: how to name one of several records that share the name ("name / unit").
Result<qint64> findByName(PlanFile &plan, const QString &sql, const QVariantList &bindings, const QString &listSql,
                          const QString &name, const QString &what, const QString &hint, const QString &prefixSql = {})
{
    auto q = plan.exec(sql, bindings);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    if (ids.isEmpty() && !prefixSql.isEmpty()) {
        // no exact match: a name that starts with what was given, when only one does ("OsloMet")
        auto p = plan.exec(prefixSql, {name.trimmed(), name.trimmed()});
        if (!p)
            return p.error();
        while (p->next())
            ids << p->value(0).toLongLong();
        if (ids.size() > 1)
            return Error::make(Error::Kind::Invalid,
                               Reports::tr("More than one %1 starts with “%2”; give the whole name.").arg(what, name));
    }
    if (ids.size() == 1)
        return ids.constFirst();
    if (ids.size() > 1)
        return Error::make(Error::Kind::Invalid,
                           Reports::tr("More than one %1 is named “%2”; give it as %3.").arg(what, name, hint));
    QStringList names;
    if (auto all = plan.exec(listSql); all)
        while (all->next() && names.size() < 12)
            names << all->value(0).toString();
    Error e = Error::make(Error::Kind::NotFound, Reports::tr("There is no %1 named “%2”.").arg(what, name));
    if (!names.isEmpty())
        e.message += QLatin1Char(' ') + Reports::tr("Known: %1.").arg(names.join(QStringLiteral(", ")));
    return e;
}

// Where a report's row goes: by the rank of its first key (a person, NameRanks), its start, the rank of its second
// key (another person, or none) and its placement's id.
struct RowOrder
{
    qint64 first = 0;
    QDate start;
    qint64 second = 0;
    qint64 placement = 0;
};

// Puts rows (read in any order, order[i] saying where rows[i] goes) in the report's order.
void sortRows(QList<QVariantList> &rows, const QList<RowOrder> &order, const QHash<qint64, int> &firstRanks,
              const QHash<qint64, int> &secondRanks)
{
    // each row's key made once (not two hash lookups at every comparison: a fifth of the supervisor report's time)
    using Key = std::tuple<int, qint64, int, qint64>;
    std::vector<Key> keys;
    keys.reserve(size_t(order.size()));
    for (const RowOrder &o : order)
        keys.emplace_back(firstRanks.value(o.first), o.start.toJulianDay(), secondRanks.value(o.second), o.placement);
    QList<qsizetype> index(rows.size());
    std::iota(index.begin(), index.end(), 0);
    std::sort(index.begin(), index.end(), [&](qsizetype a, qsizetype b) { return keys[size_t(a)] < keys[size_t(b)]; });
    QList<QVariantList> sorted;
    sorted.reserve(rows.size());
    for (qsizetype i : std::as_const(index))
        sorted << std::move(rows[i]);
    rows = std::move(sorted);
}

// "a / b / c" -> {"a", "b", "c"}, each trimmed
QStringList parts(const QString &name)
{
    QStringList out = name.split(QLatin1Char('/'));
    for (QString &p : out)
        p = p.trimmed();
    return out;
}

} // namespace

int Reports::weeks(QDate from, QDate to)
{
    return int(IsoWeek::spanning(from, to).size());
}

int Reports::weeksWithin(QDate start, QDate end, QDate from, QDate to)
{
    const QDate a = std::max(start, from);
    const QDate b = std::min(end, to);
    if (!a.isValid() || !b.isValid() || b < a)
        return 0;
    // the days a week is counted on: the start, and every Monday after it up to the end
    int n = a == start ? 1 : 0;
    const QDate lo = std::max(a, start.addDays(1));
    const QDate monday = lo.addDays((8 - lo.dayOfWeek()) % 7); // the first Monday on or after lo
    if (monday <= b)
        n += 1 + int(monday.daysTo(b) / 7);
    return n;
}

Result<qint64> Reports::findSchool(PlanFile &plan, const QString &name)
{
    return findByName(plan, QStringLiteral("SELECT id FROM schools WHERE name = ? COLLATE FOLDED"), {name.trimmed()},
                      QStringLiteral("SELECT name FROM schools ORDER BY name COLLATE NORWEGIAN"), name, tr("school"),
                      tr("its whole name"),
                      QStringLiteral("SELECT id FROM schools WHERE substr(name, 1, length(?)) = ? COLLATE FOLDED"));
}

Result<qint64> Reports::findPeriod(PlanFile &plan, const QString &name)
{
    return findByName(plan, QStringLiteral("SELECT id FROM periods WHERE name = ? COLLATE FOLDED"), {name.trimmed()},
                      QStringLiteral("SELECT name FROM periods ORDER BY start_date DESC"), name, tr("period"),
                      tr("its whole name"));
}

Result<qint64> Reports::findSite(PlanFile &plan, const QString &name)
{
    const QStringList p = parts(name);
    if (p.size() == 2 && !p.at(0).isEmpty()) {
        auto q = plan.exec(QStringLiteral("SELECT id FROM sites WHERE name = ? COLLATE FOLDED AND unit = ? COLLATE "
                                          "FOLDED"),
                           {p.at(0), p.at(1)});
        if (!q)
            return q.error();
        if (q->next())
            return q->value(0).toLongLong();
    }
    return findByName(plan, QStringLiteral("SELECT id FROM sites WHERE name = ? COLLATE FOLDED"), {name.trimmed()},
                      QStringLiteral("SELECT DISTINCT name FROM sites ORDER BY name COLLATE NORWEGIAN"), name,
                      tr("site"), tr("“name / unit”"));
}

Result<qint64> Reports::findSupervisor(PlanFile &plan, const QString &name)
{
    // "Given Family", "Given Family / Site" or "Given Family / Site / Unit"
    const QStringList p = parts(name);
    if (p.size() > 3 || p.contains(QString()))
        return Error::make(
            Error::Kind::Invalid,
            tr("Name a supervisor as “name”, “name / site” or “name / site / unit”, not “%1”.").arg(name));
    QString sql = QStringLiteral("SELECT v.id FROM supervisors v JOIN sites s ON s.id = v.site_id"
                                 " WHERE (v.given_name || ' ' || v.family_name) = ? COLLATE FOLDED");
    QVariantList bindings{p.at(0)};
    if (p.size() >= 2) {
        sql += QStringLiteral(" AND s.name = ? COLLATE FOLDED");
        bindings << p.at(1);
    }
    if (p.size() == 3) {
        sql += QStringLiteral(" AND s.unit = ? COLLATE FOLDED");
        bindings << p.at(2);
    }
    return findByName(plan, sql, bindings,
                      QStringLiteral("SELECT given_name || ' ' || family_name FROM supervisors"
                                     " ORDER BY family_name COLLATE NORWEGIAN, given_name COLLATE NORWEGIAN"),
                      name, tr("supervisor"), p.size() == 1 ? tr("“name / site”") : tr("“name / site / unit”"));
}

Result<ReportTable> Reports::schoolReport(PlanFile &plan, const SchoolReportQuery &query)
{
    auto school = plan.exec(QStringLiteral("SELECT name FROM schools WHERE id = ?"), {query.schoolId});
    if (!school)
        return school.error();
    if (!school->next())
        return Error::make(Error::Kind::NotFound, tr("The school of the report does not exist."));
    const QString schoolName = school->value(0).toString();

    const DocumentLanguage doc = DocumentLanguage::of(plan, query.language);
    const auto w = [&doc](const char *source, int n = -1) { return doc.text("praksis::Reports", source, n); };
    ReportTable t;
    t.language = doc.code();
    t.title = w(QT_TRANSLATE_NOOP("praksis::Reports", "School report"));
    t.sheet = w(QT_TRANSLATE_NOOP("praksis::Reports", "By school"));
    QString where;
    QVariantList bindings{query.schoolId};
    if (query.periodId > 0) {
        auto period =
            plan.exec(QStringLiteral("SELECT name, start_date, end_date FROM periods WHERE id = ?"), {query.periodId});
        if (!period)
            return period.error();
        if (!period->next())
            return Error::make(Error::Kind::NotFound, tr("The period of the report does not exist."));
        t.subtitle =
            w(QT_TRANSLATE_NOOP("praksis::Reports", "%1 · period %2 (%3)"))
                .arg(schoolName, period->value(0).toString(), range(date(period->value(1)), date(period->value(2))));
        where = QStringLiteral("p.period_id = ?");
        bindings << query.periodId;
    } else {
        if (!query.from.isValid() || !query.to.isValid())
            return Error::invalid(tr("A report needs a period or both a start and an end date."));
        if (auto e = Validation::dateOrder(query.from, query.to); e)
            return *e;
        t.subtitle = w(QT_TRANSLATE_NOOP("praksis::Reports", "%1 · %2")).arg(schoolName, range(query.from, query.to));
        where = QStringLiteral("p.start_date <= ? AND p.end_date >= ?");
        bindings << Validation::toIsoDate(query.to) << Validation::toIsoDate(query.from);
    }

    t.columns = {
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Student")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Student number")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Programme")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Cohort")), Type::Integer},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Site")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Unit")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Supervisor")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Start")), Type::Date},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "End")), Type::Date},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Weeks")), Type::Integer},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Hours planned")), Type::Decimal},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Hours absent")), Type::Decimal},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Absence %")), Type::Percent},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Meetings")), Type::Integer},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Held")), Type::Integer},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Checklist %")), Type::Percent},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Status")), Type::Text},
    };

    // Only the school's own students: the school is the first condition, whatever else is asked. One query
    // gives every figure of a row (absence, meetings, checklist by index lookups per placement, not a query each).
    auto q = RowCursor::open(
        plan,
        QStringLiteral("SELECT st.given_name, st.family_name, st.student_number, pr.name, st.cohort, s.name, s.unit,"
                       " v.given_name, v.family_name, p.start_date, p.end_date, p.status, d.hours_per_week,"
                       " st.id, p.id,"
                       " (SELECT total(a.hours) FROM absences a WHERE a.placement_id = p.id),"
                       " (SELECT count(*) FROM assessment_meetings m WHERE m.placement_id = p.id),"
                       " (SELECT count(m.held_date) FROM assessment_meetings m WHERE m.placement_id = p.id),"
                       " (SELECT count(*) FROM checklist_items c WHERE c.placement_id = p.id),"
                       " (SELECT count(c.done_at) FROM checklist_items c WHERE c.placement_id = p.id)"
                       " FROM placements p"
                       " JOIN students st ON st.id = p.student_id"
                       " LEFT JOIN programmes pr ON pr.id = st.programme_id"
                       " JOIN sites s ON s.id = p.site_id"
                       " LEFT JOIN supervisors v ON v.id = p.supervisor_id"
                       " JOIN periods d ON d.id = p.period_id"
                       " WHERE st.school_id = ? AND ") +
            where,
        bindings);
    if (!q)
        return q.error();

    int placements = 0, weeksTotal = 0, meetingsPlanned = 0, meetingsHeld = 0, items = 0, itemsDone = 0;
    double plannedTotal = 0, absenceTotal = 0;
    // in the order of student (name, student number), start, placement; see NameRanks
    NameRanks students;
    QList<RowOrder> order;
    const auto read = q->forEach([&] {
        const qint64 studentId = q->integer(13);
        if (!students.contains(studentId))
            students.add(studentId, {q->text(1).toString(), q->text(0).toString()},
                         QByteArray(q->utf8(2).first, q->utf8(2).second));
        const QDate start = date(*q, 9);
        const QDate end = date(*q, 10);
        const auto status = fromId<PlacementStatus>(q->value(11).toString()).value_or(PlacementStatus::Planned);
        const bool cancelled = status == PlacementStatus::Cancelled;
        const double plannedExact = cancelled ? 0.0 : FollowUp::plannedHours(start, end, q->value(12).toDouble());
        const double absenceExact = q->value(15).toDouble();
        // exact values: every format rounds them as it shows them (XLSX by its number format)
        const double planned = plannedExact;
        const double absence = absenceExact;
        const int w = weeks(start, end);
        const int checklistItems = q->value(18).toInt();
        const int checklistDone = q->value(19).toInt();
        QVariantList row(SchoolColumnCount);
        row[StudentName] = personName(q->value(0), q->value(1));
        row[StudentNumber] = q->value(2).toString();
        row[Programme] = q->value(3).toString();
        if (q->type(4) != RowCursor::Type::Null)
            row[Cohort] = q->value(4).toInt();
        row[Site] = q->value(5).toString();
        row[Unit] = q->value(6).toString();
        row[Supervisor] = personName(q->value(7), q->value(8));
        row[Start] = start;
        row[End] = end;
        row[Weeks] = w;
        row[PlannedHours] = planned;
        row[AbsenceHours] = absence;
        if (!cancelled) // the same percentage as follow-up and the absence alerts
            row[AbsencePercent] = FollowUp::absencePercent(absenceExact, plannedExact);
        row[MeetingsPlanned] = q->value(16).toInt();
        row[MeetingsHeld] = q->value(17).toInt();
        if (checklistItems > 0)
            row[ChecklistDone] = 100.0 * checklistDone / checklistItems;
        row[Status] = labelIn(doc.code(), status);
        order << RowOrder{studentId, start, 0, q->integer(14)};
        t.rows << row;

        if (cancelled)
            return; // listed, but not counted
        ++placements;
        weeksTotal += w;
        plannedTotal += planned;
        absenceTotal += absence;
        meetingsPlanned += q->value(16).toInt();
        meetingsHeld += q->value(17).toInt();
        items += checklistItems;
        itemsDone += checklistDone;
    });
    if (!read)
        return read.error();
    sortRows(t.rows, order, students.ranks(), {});

    t.totals = QVariantList(SchoolColumnCount);
    t.totals[StudentName] = w(QT_TRANSLATE_N_NOOP("praksis::Reports", "Total: %n placement(s)"), placements);
    t.totals[Weeks] = weeksTotal;
    t.totals[PlannedHours] = plannedTotal;
    t.totals[AbsenceHours] = absenceTotal;
    if (placements > 0)
        t.totals[AbsencePercent] = FollowUp::absencePercent(absenceTotal, plannedTotal);
    t.totals[MeetingsPlanned] = meetingsPlanned;
    t.totals[MeetingsHeld] = meetingsHeld;
    if (items > 0)
        t.totals[ChecklistDone] = 100.0 * itemsDone / items;
    return t;
}

Result<ReportTable> Reports::supervisorReport(PlanFile &plan, const SupervisorReportQuery &query)
{
    if (!query.from.isValid() || !query.to.isValid())
        return Error::invalid(tr("The supervisor report needs a start and an end date."));
    if (auto e = Validation::dateOrder(query.from, query.to); e)
        return *e;

    const DocumentLanguage doc = DocumentLanguage::of(plan, query.language);
    const auto w = [&doc](const char *source, int n = -1) { return doc.text("praksis::Reports", source, n); };
    ReportTable t;
    t.language = doc.code();
    t.title = w(QT_TRANSLATE_NOOP("praksis::Reports", "Supervisor report"));
    t.sheet = w(QT_TRANSLATE_NOOP("praksis::Reports", "By supervisor"));
    t.subtitle = range(query.from, query.to);
    t.note = w(QT_TRANSLATE_NOOP("praksis::Reports",
                                 "Weeks: each ISO week of a placement is counted once, in the range that holds the "
                                 "placement's first day of that week, so reports of adjoining ranges add up."));
    QVariantList bindings{Validation::toIsoDate(query.to), Validation::toIsoDate(query.from)};
    QString schoolFilter;
    if (query.schoolId > 0) {
        auto school = plan.exec(QStringLiteral("SELECT name FROM schools WHERE id = ?"), {query.schoolId});
        if (!school)
            return school.error();
        if (!school->next())
            return Error::make(Error::Kind::NotFound, tr("The school of the report does not exist."));
        t.subtitle = w(QT_TRANSLATE_NOOP("praksis::Reports", "%1 · students of %2"))
                         .arg(t.subtitle, school->value(0).toString());
        schoolFilter = QStringLiteral(" AND st.school_id = ?");
        bindings << query.schoolId;
    }
    t.columns = {
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Supervisor")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Profession")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Site")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Unit")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Student")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "School")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "From")), Type::Date},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "To")), Type::Date},
        {w(QT_TRANSLATE_NOOP("praksis::Reports", "Weeks")), Type::Integer},
    };

    auto q = RowCursor::open(
        plan,
        QStringLiteral("SELECT v.id, v.given_name, v.family_name, v.profession, s.name, s.unit, st.given_name,"
                       " st.family_name, sc.name, p.start_date, p.end_date, st.id, p.id, s.id, sc.id"
                       " FROM placements p"
                       " JOIN supervisors v ON v.id = p.supervisor_id"
                       " JOIN sites s ON s.id = p.site_id"
                       " JOIN students st ON st.id = p.student_id"
                       " JOIN schools sc ON sc.id = st.school_id"
                       " WHERE p.status <> 'cancelled' AND p.start_date <= ? AND p.end_date >= ?") +
            schoolFilter,
        bindings);
    if (!q)
        return q.error();

    // in the order of supervisor (name, id), start, student's family name, placement; see NameRanks
    NameRanks supervisors, students;
    QList<RowOrder> order;
    int weeksTotal = 0;
    // A supervisor, site, student or school is on many rows: its cells are made once and shared by its rows
    // (implicitly shared strings), not converted again from SQLite's text for every row.
    struct SupervisorCells
    {
        QVariant name, profession;
    };
    struct SiteCells
    {
        QVariant name, unit;
    };
    QHash<qint64, SupervisorCells> supervisorCells;
    QHash<qint64, SiteCells> siteCells;
    QHash<qint64, QVariant> studentCells, schoolCells;
    const auto read = q->forEach([&] {
        const QDate start = date(*q, 9);
        const QDate end = date(*q, 10);
        const QDate from = std::max(start, query.from);
        const QDate to = std::min(end, query.to);
        const qint64 id = q->integer(0);
        const qint64 studentId = q->integer(11);
        auto supervisor = supervisorCells.constFind(id);
        if (supervisor == supervisorCells.constEnd()) {
            supervisors.add(id, {q->text(2).toString(), q->text(1).toString()}, {}, id);
            const auto profession = fromId<praksis::Profession>(q->text(3));
            supervisor =
                supervisorCells.insert(id, {personName(q->value(1), q->value(2)),
                                            profession ? labelIn(doc.code(), *profession) : q->value(3).toString()});
        }
        auto student = studentCells.constFind(studentId);
        if (student == studentCells.constEnd()) {
            students.add(studentId, {q->text(7).toString()});
            student = studentCells.insert(studentId, personName(q->value(6), q->value(7)));
        }
        const qint64 siteId = q->integer(13);
        auto site = siteCells.constFind(siteId);
        if (site == siteCells.constEnd())
            site = siteCells.insert(siteId, {q->value(4).toString(), q->value(5).toString()});
        const qint64 schoolId = q->integer(14);
        auto school = schoolCells.constFind(schoolId);
        if (school == schoolCells.constEnd())
            school = schoolCells.insert(schoolId, q->value(8).toString());
        order << RowOrder{id, start, studentId, q->integer(12)};
        QVariantList row(SupervisorColumnCount);
        row[SupervisorName] = supervisor->name;
        row[Profession] = supervisor->profession;
        row[SupervisorSite] = site->name;
        row[SupervisorUnit] = site->unit;
        row[SupervisedStudent] = *student;
        row[StudentSchool] = *school;
        row[From] = from;
        row[To] = to;
        const int w = weeksWithin(start, end, query.from, query.to);
        row[SupervisedWeeks] = w;
        weeksTotal += w;
        t.rows << row;
    });
    if (!read)
        return read.error();
    const QHash<qint64, int> supervisorRanks = supervisors.ranks();
    sortRows(t.rows, order, supervisorRanks, students.ranks());
    t.totals = QVariantList(SupervisorColumnCount);
    t.totals[SupervisorName] =
        w(QT_TRANSLATE_N_NOOP("praksis::Reports", "Total: %n supervisor(s)"), int(supervisorRanks.size()));
    t.totals[SupervisedStudent] = w(QT_TRANSLATE_N_NOOP("praksis::Reports", "%n placement(s)"), int(t.rows.size()));
    t.totals[SupervisedWeeks] = weeksTotal;
    return t;
}

} // namespace praksis
