#include "Cli.h"
#include "io/JsonArrayWriter.h"
#include "model/Kinds.h"
#include "model/Validation.h"
#include "storage/PlacementRepository.h"
#include "storage/RowCursor.h"

#include <QBuffer>
#include <QLocale>

#include <functional>

namespace praksis::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

enum class Type
{
    Text,
    Integer,
    Real,
    Boolean,
    Date // stored as ISO yyyy-MM-dd, which JSON keeps; a table shows dd.MM.yyyy
};

// One column of a listing: its JSON key, its table heading (translated), its type, and whether people see it in
// the table (JSON always has every column). A column with a label function shows the vocabulary's label.
struct Column
{
    const char *key;
    const char *heading;
    Type type = Type::Text;
    bool inTable = true;
    std::function<QString(const QString &)> label = {};
};

// What a filter applies to in one listing: the option's name and the SQL condition with one ? for the name.
struct Filter
{
    const char *option;
    const char *condition;
};

struct Listing
{
    const char *name;
    const char *select; // the columns in the order of `columns`
    const char *orderBy;
    QList<Column> columns;
    QList<Filter> filters;
};

template<typename E> std::function<QString(const QString &)> labelOf()
{
    return [](const QString &id) {
        const auto v = fromId<E>(id);
        return v ? label(*v) : id;
    };
}

const QList<Listing> &listings()
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
         "SELECT st.id, st.student_number, st.given_name, st.family_name, s.name, coalesce(p.name, ''), st.cohort,"
         " st.email, st.phone, st.anonymised"
         " FROM students st JOIN schools s ON s.id = st.school_id LEFT JOIN programmes p ON p.id = st.programme_id",
         "s.name, st.family_name, st.given_name, st.student_number",
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
         {{"school", "s.name = ?"},
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
         " CASE WHEN si.unit = '' THEN si.name ELSE si.name || ' / ' || si.unit END, su.profession,"
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
         "SELECT pl.id, st.given_name || ' ' || st.family_name, st.student_number, sc.name,"
         " CASE WHEN si.unit = '' THEN si.name ELSE si.name || ' / ' || si.unit END,"
         " coalesce(su.given_name || ' ' || su.family_name, ''), pe.name, pl.start_date, pl.end_date, pl.status,"
         " pl.locked"
         " FROM placements pl JOIN students st ON st.id = pl.student_id JOIN schools sc ON sc.id = st.school_id"
         " JOIN sites si ON si.id = pl.site_id LEFT JOIN supervisors su ON su.id = pl.supervisor_id"
         " JOIN periods pe ON pe.id = pl.period_id",
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
          {"site", "(si.name = ? OR CASE WHEN si.unit = '' THEN si.name ELSE si.name || ' / ' || si.unit END = ?)"}}},
        // PRODUCT.md section 10: the linked student's number and school, null without a link; the mentor of her
        // latest mentorship; the conversations of all her mentorships. No e-mail or phone: least data.
        {"hires",
         "SELECT h.id, h.given_name, h.family_name,"
         " CASE WHEN si.unit = '' THEN si.name ELSE si.name || ' / ' || si.unit END, h.profession, h.position,"
         " h.start_date, h.probation_end, h.end_date, h.end_reason, st.student_number, sc.name,"
         " (SELECT coalesce(ms.given_name || ' ' || ms.family_name, mh.given_name || ' ' || mh.family_name)"
         "  FROM mentorships m LEFT JOIN supervisors ms ON ms.id = m.mentor_supervisor_id"
         "  LEFT JOIN hires mh ON mh.id = m.mentor_hire_id"
         "  WHERE m.hire_id = h.id ORDER BY m.start_date DESC, m.id DESC LIMIT 1),"
         " (SELECT count(*) FROM mentor_conversations c JOIN mentorships m ON m.id = c.mentorship_id"
         "  WHERE m.hire_id = h.id),"
         " (SELECT count(c.held_date) FROM mentor_conversations c JOIN mentorships m ON m.id = c.mentorship_id"
         "  WHERE m.hire_id = h.id)"
         " FROM hires h JOIN sites si ON si.id = h.site_id LEFT JOIN students st ON st.id = h.student_id"
         " LEFT JOIN schools sc ON sc.id = st.school_id",
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
         {{"site", "(si.name = ? OR CASE WHEN si.unit = '' THEN si.name ELSE si.name || ' / ' || si.unit END = ?)"}}},
    };
    return all;
}

// A filter naming something that does not exist is a mistake worth saying, not an empty list.
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
         "SELECT count(*) FROM sites WHERE name = ?"
         " OR CASE WHEN unit = '' THEN name ELSE name || ' / ' || unit END = ?",
         QT_TRANSLATE_NOOP("praksis::cli", "There is no site named “%1” in the plan.")},
    };
    return all;
}

QString tableValue(const QVariant &v, const Column &c)
{
    if (v.isNull())
        return QString();
    switch (c.type) {
    case Type::Boolean:
        return v.toLongLong() != 0 ? Text::tr("yes") : Text::tr("no");
    case Type::Real: {
        // "32,5" in Norwegian: the interface language's locale (Language::install), never grouped
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    case Type::Date: {
        const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
        return date.isValid() ? Validation::formatDate(date) : v.toString();
    }
    default:
        break;
    }
    return c.label ? c.label(v.toString()) : v.toString();
}

// Writes the rows as they come from SQLite (a listing of 50,000 placements is never held in memory), the same
// bytes as a QJsonArray of them would print.
int printJsonRows(Context &ctx, PlanFile &plan, const QString &sql, const QVariantList &bindings,
                  const QList<Column> &columns)
{
    auto rows = RowCursor::open(plan, sql, bindings);
    if (!rows)
        return ctx.fail(rows.error());
    QStringList keys;
    for (const Column &c : columns)
        keys << QLatin1String(c.key);
    ctx.out.flush();
    QBuffer buffer; // when the stream writes to a string
    QIODevice *device = ctx.out.device();
    if (!device) {
        buffer.open(QIODevice::WriteOnly);
        device = &buffer;
    }
    JsonArrayWriter writer(*device, keys);
    for (;;) {
        auto more = rows->next();
        if (!more)
            return ctx.fail(more.error());
        if (!*more)
            break;
        for (int i = 0; i < int(columns.size()); ++i) {
            const RowCursor::Type stored = rows->type(i);
            if (stored == RowCursor::Type::Null) {
                writer.setNull(i);
                continue;
            }
            switch (columns[i].type) {
            case Type::Integer:
            case Type::Boolean: {
                const qint64 n = stored == RowCursor::Type::Integer ? rows->integer(i) : rows->value(i).toLongLong();
                if (columns[i].type == Type::Integer)
                    writer.setInteger(i, n);
                else
                    writer.setBool(i, n != 0);
                break;
            }
            case Type::Real:
                writer.setReal(i, rows->value(i).toDouble());
                break;
            case Type::Text:
            case Type::Date:
                if (stored == RowCursor::Type::Text) {
                    const auto [text, size] = rows->utf8(i);
                    if (!writer.setTextUtf8(i, text, size))
                        writer.setText(i, rows->text(i));
                } else
                    writer.setText(i, rows->value(i).toString());
                break;
            }
        }
        if (!writer.endObject())
            break;
    }
    writer.finish();
    if (device == &buffer)
        ctx.out << QString::fromUtf8(buffer.data());
    ctx.out.flush();
    return Done;
}

QString listingNames()
{
    QStringList names;
    for (const Listing &l : listings())
        names << QString::fromLatin1(l.name);
    return names.join(QStringLiteral(", "));
}

int runList(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption periodOption(QStringLiteral("period"), Text::tr("only this period"),
                                          QStringLiteral("NAME"));
    const QCommandLineOption schoolOption(QStringLiteral("school"), Text::tr("only this school"),
                                          QStringLiteral("NAME"));
    const QCommandLineOption siteOption(QStringLiteral("site"), Text::tr("only this site"), QStringLiteral("NAME"));
    parser.addOptions({periodOption, schoolOption, siteOption});
    if (!ctx.parse(parser, 1, 1))
        return Usage;

    const QString what = parser.positionalArguments().constFirst();
    const Listing *listing = nullptr;
    for (const Listing &l : listings())
        if (what == QLatin1String(l.name))
            listing = &l;
    if (!listing)
        return ctx.usage(Text::tr("Cannot list “%1”; choose one of: %2.").arg(what, listingNames()));

    QStringList conditions;
    QVariantList bindings;
    QList<std::pair<QString, QString>> used; // option, value
    for (const QString &option : {QStringLiteral("period"), QStringLiteral("school"), QStringLiteral("site")}) {
        if (!parser.isSet(option))
            continue;
        const Filter *filter = nullptr;
        for (const Filter &f : listing->filters)
            if (option == QLatin1String(f.option))
                filter = &f;
        if (!filter)
            return ctx.usage(Text::tr("“list %1” has no option --%2.").arg(what, option));
        const QString value = parser.value(option);
        conditions << QString::fromLatin1(filter->condition);
        const qsizetype placeholders = QString::fromLatin1(filter->condition).count(QLatin1Char('?'));
        for (qsizetype i = 0; i < placeholders; ++i)
            bindings << value;
        used.append({option, value});
    }

    auto opened = ctx.openPlanToRead();
    if (!opened)
        return ctx.fail(opened.error());
    PlanFile &plan = *opened.value();

    for (const auto &[option, value] : std::as_const(used)) {
        for (const FilterTarget &t : filterTargets()) {
            if (option != QLatin1String(t.option))
                continue;
            const QString sql = QString::fromLatin1(t.sql);
            QVariantList b;
            for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
                b << value;
            auto q = plan.exec(sql, b);
            if (!q)
                return ctx.fail(q.error());
            if (!q->next() || q->value(0).toLongLong() == 0)
                return ctx.fail(Error::invalid(Text::tr(t.message).arg(value)));
        }
    }

    QString sql = QString::fromLatin1(listing->select);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + QString::fromLatin1(listing->orderBy);
    const QList<Column> &columns = listing->columns;
    if (ctx.json)
        return printJsonRows(ctx, plan, sql, bindings, columns);

    auto q = plan.exec(sql, bindings);
    if (!q)
        return ctx.fail(q.error());

    QStringList headers;
    for (const Column &c : columns)
        if (c.inTable)
            headers << Text::tr(c.heading);
    QList<QStringList> rows;
    while (q->next()) {
        QStringList row;
        for (qsizetype i = 0; i < columns.size(); ++i)
            if (columns[i].inTable)
                row << tableValue(q->value(int(i)), columns[i]);
        rows << row;
    }
    ctx.printTable(headers, rows);
    return Done;
}

} // namespace

PRAKSIS_CLI_COMMAND("list",
                    QT_TRANSLATE_NOOP("praksis::cli",
                                      "Print a register as a table, or with --json as an array of objects."),
                    "list schools|programmes|students|sites|supervisors|periods|placements|hires [--period NAME] "
                    "[--school NAME] [--site NAME] [--json]",
                    &runList);

} // namespace praksis::cli
