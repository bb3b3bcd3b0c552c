#include "Cli.h"
#include "io/JsonArrayWriter.h"
#include "model/Validation.h"
#include "storage/Listings.h"
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

using Listings::Column;
using Listings::Listing;
using Listings::Type;

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
    for (const Listing &l : Listings::all())
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
    const Listing *listing = Listings::find(what);
    if (!listing)
        return ctx.usage(Text::tr("Cannot list “%1”; choose one of: %2.").arg(what, listingNames()));

    QList<std::pair<const Listings::Filter *, QString>> used;
    for (const QString &option : {QStringLiteral("period"), QStringLiteral("school"), QStringLiteral("site")}) {
        if (!parser.isSet(option))
            continue;
        const Listings::Filter *filter = listing->filter(option);
        if (!filter)
            return ctx.usage(Text::tr("“list %1” has no option --%2.").arg(what, option));
        used.append({filter, parser.value(option)});
    }

    auto opened = ctx.openPlanToRead();
    if (!opened)
        return ctx.fail(opened.error());
    PlanFile &plan = *opened.value();

    for (const auto &[filter, value] : std::as_const(used)) {
        auto missing = Listings::missingFilterTarget(plan, QString::fromLatin1(filter->option), value);
        if (!missing)
            return ctx.fail(missing.error());
        if (*missing)
            return ctx.fail(Error::invalid(Text::tr(**missing).arg(value)));
    }

    const auto [sql, bindings] = Listings::statement(*listing, used);
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
