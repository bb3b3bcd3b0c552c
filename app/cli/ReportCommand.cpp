#include "Cli.h"

#include "documents/DocumentLanguage.h"
#include "documents/PlacementCalendar.h"
#include "documents/RecruitmentReport.h"
#include "documents/ReportExport.h"
#include "documents/Reports.h"
#include "io/ICalendarWriter.h"
#include "model/Validation.h"
#include "storage/PeriodRepository.h"
#include "storage/PlanSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace praksis::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

// --from / --to as dd.MM.yyyy or yyyy-MM-dd; an invalid date is a usage error.
bool parseDateOption(Context &ctx, const QCommandLineParser &parser, const QCommandLineOption &option, QDate &out)
{
    if (!parser.isSet(option))
        return true;
    const auto d = Validation::parseDate(parser.value(option));
    if (!d) {
        ctx.usage(Text::tr("--%1 needs a date as dd.MM.yyyy or yyyy-MM-dd, not “%2”.")
                      .arg(option.names().constFirst(), parser.value(option)));
        return false;
    }
    out = *d;
    return true;
}

// --format, or the output file's suffix; std::nullopt after printing why (exit Usage).
std::optional<ReportFormat> reportFormat(Context &ctx, const QCommandLineParser &parser,
                                         const QCommandLineOption &formatOption, const QString &output)
{
    if (parser.isSet(formatOption)) {
        const auto format = ReportExport::formatFromName(parser.value(formatOption));
        if (!format)
            ctx.usage(Text::tr("--format must be csv, xlsx or pdf, not “%1”.").arg(parser.value(formatOption)));
        return format;
    }
    const auto format = ReportExport::formatFromName(QFileInfo(output).suffix());
    if (!format)
        ctx.usage(Text::tr("Give --format csv, xlsx or pdf."));
    return format;
}

// Writes the report to output and says so (with --json as an object: file, format, rows).
int writeReport(Context &ctx, PlanFile &plan, const ReportTable &table, ReportFormat format, const QString &output)
{
    ReportExport::Options options;
    options.organisation = PlanSettings(plan).value(PlanSettings::organisationName);
    if (auto r = ReportExport::write(table, format, output, options); !r)
        return ctx.fail(r.error());

    const QString path = QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath());
    if (ctx.json) {
        QJsonObject o;
        o[QStringLiteral("file")] = path;
        o[QStringLiteral("format")] = ReportExport::suffix(format);
        o[QStringLiteral("rows")] = int(table.rows.size());
        ctx.printJson(o);
    } else {
        ctx.out << Text::tr("Wrote %1 (%n row(s)).", nullptr, int(table.rows.size())).arg(path) << Qt::endl;
    }
    return Done;
}

// report --recruitment --from DATE --to DATE (--format csv|xlsx|pdf -o FILE | --json): the figures of PRODUCT.md
// section 10 per site and for the whole plan, as a file, or with --json alone as the array of per-site objects.
int runRecruitmentReport(Context &ctx, const QCommandLineParser &parser, const QCommandLineOption &fromOption,
                         const QCommandLineOption &toOption, const QCommandLineOption &formatOption,
                         const QCommandLineOption &outputOption, bool force)
{
    QDate from, to;
    if (!parseDateOption(ctx, parser, fromOption, from) || !parseDateOption(ctx, parser, toOption, to))
        return Usage;
    if (!from.isValid() || !to.isValid())
        return ctx.usage(Text::tr("The recruitment report needs --from DATE and --to DATE."));
    std::optional<ReportFormat> format;
    const QString output = parser.value(outputOption);
    if (parser.isSet(outputOption)) {
        if (auto refused = ctx.refuseExisting(output, force))
            return *refused;
        format = reportFormat(ctx, parser, formatOption, output);
        if (!format)
            return Usage;
    } else if (!ctx.json) {
        return ctx.usage(Text::tr("Give the file to write with -o FILE, or --json for the figures."));
    } else if (parser.isSet(formatOption)) {
        return ctx.usage(Text::tr("--format needs the file to write (-o FILE)."));
    }

    auto opened = ctx.openPlanToRead();
    if (!opened)
        return ctx.fail(opened.error());
    PlanFile &plan = *opened.value();
    auto lines = Outcome::compute(plan, from, to);
    if (!lines)
        return ctx.fail(lines.error());
    if (!format) {
        ctx.printJson(Outcome::toJson(lines.value()));
        return Done;
    }
    const ReportTable table = RecruitmentReport::table(lines.value(), from, to, DocumentLanguage::of(plan).code());
    return writeReport(ctx, plan, table, *format, output);
}

int runReport(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption schoolOption(QStringLiteral("school"), Text::tr("The school whose students are reported."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption supervisorsOption(QStringLiteral("supervisors"),
                                               Text::tr("The supervisor report instead (needs --from and --to)."));
    const QCommandLineOption periodOption(QStringLiteral("period"), Text::tr("The period."), QStringLiteral("NAME"));
    const QCommandLineOption fromOption(QStringLiteral("from"), Text::tr("First day."), QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), Text::tr("Last day."), QStringLiteral("DATE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Text::tr("csv, xlsx or pdf."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Text::tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption recruitmentOption(
        QStringLiteral("recruitment"),
        Text::tr("The recruitment report of the whole plan instead (needs --from and --to; -o FILE or --json)."));
    const QCommandLineOption forceOption = Context::forceOption();
    parser.addOptions({schoolOption, supervisorsOption, recruitmentOption, periodOption, fromOption, toOption,
                       formatOption, outputOption, forceOption});
    if (!ctx.parse(parser, 0, 0))
        return Usage;
    if (parser.isSet(recruitmentOption)) {
        if (parser.isSet(schoolOption) || parser.isSet(supervisorsOption) || parser.isSet(periodOption))
            return ctx.usage(Text::tr("--recruitment reports the whole plan over --from DATE --to DATE; it takes no "
                                      "--school, --supervisors or --period (a school's report never shows hires)."));
        return runRecruitmentReport(ctx, parser, fromOption, toOption, formatOption, outputOption,
                                    parser.isSet(forceOption));
    }

    const bool supervisors = parser.isSet(supervisorsOption);
    if (supervisors == parser.isSet(schoolOption) && !(supervisors && parser.isSet(schoolOption)))
        return ctx.usage(Text::tr("Give --school NAME, --supervisors or --recruitment."));
    if (!parser.isSet(outputOption))
        return ctx.usage(Text::tr("Give the file to write with -o FILE."));
    const QString output = parser.value(outputOption);
    if (auto refused = ctx.refuseExisting(output, parser.isSet(forceOption)))
        return *refused;
    const std::optional<ReportFormat> format = reportFormat(ctx, parser, formatOption, output);
    if (!format)
        return Usage;
    QDate from, to;
    if (!parseDateOption(ctx, parser, fromOption, from) || !parseDateOption(ctx, parser, toOption, to))
        return Usage;
    const bool byPeriod = parser.isSet(periodOption);
    const bool byDates = parser.isSet(fromOption) || parser.isSet(toOption);
    if (supervisors) {
        if (byPeriod && byDates)
            return ctx.usage(Text::tr("Give either --period NAME or --from DATE --to DATE, not both."));
        if (!byPeriod && (!from.isValid() || !to.isValid()))
            return ctx.usage(Text::tr("The supervisor report needs --from DATE and --to DATE (or --period NAME)."));
    } else {
        if (byPeriod == byDates)
            return ctx.usage(Text::tr("Give either --period NAME or --from DATE --to DATE."));
        if (byDates && (!from.isValid() || !to.isValid()))
            return ctx.usage(Text::tr("Give both --from DATE and --to DATE."));
    }

    auto opened = ctx.openPlanToRead();
    if (!opened)
        return ctx.fail(opened.error());
    PlanFile &plan = *opened.value();

    qint64 schoolId = 0;
    if (parser.isSet(schoolOption)) {
        auto school = Reports::findSchool(plan, parser.value(schoolOption));
        if (!school)
            return ctx.fail(school.error());
        schoolId = school.value();
    }
    qint64 periodId = 0;
    if (byPeriod) {
        auto period = Reports::findPeriod(plan, parser.value(periodOption));
        if (!period)
            return ctx.fail(period.error());
        periodId = period.value();
        if (supervisors) { // the supervisor report covers the period's dates
            auto found = PeriodRepository(plan).get(periodId);
            if (!found)
                return ctx.fail(found.error());
            from = found->start;
            to = found->end;
        }
    }

    auto table = supervisors ? Reports::supervisorReport(plan, SupervisorReportQuery{from, to, schoolId})
                             : Reports::schoolReport(plan, SchoolReportQuery{schoolId, periodId, from, to});
    if (!table)
        return ctx.fail(table.error());
    return writeReport(ctx, plan, table.value(), *format, output);
}

int runIcal(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption siteOption(QStringLiteral("site"), Text::tr("The site (“name” or “name / unit”)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption supervisorOption(
        QStringLiteral("supervisor"),
        Text::tr("The supervisor (“Given Family”, or “Given Family / Site” or “Given Family / "
                 "Site / Unit” where the name is shared)."),
        QStringLiteral("NAME"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, Text::tr("The .ics file."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption forceOption = Context::forceOption();
    parser.addOptions({siteOption, supervisorOption, outputOption, forceOption});
    if (!ctx.parse(parser, 0, 0))
        return Usage;
    if (parser.isSet(siteOption) == parser.isSet(supervisorOption))
        return ctx.usage(Text::tr("Give either --site NAME or --supervisor NAME."));
    if (!parser.isSet(outputOption))
        return ctx.usage(Text::tr("Give the file to write with -o FILE."));
    if (auto refused = ctx.refuseExisting(parser.value(outputOption), parser.isSet(forceOption)))
        return *refused;

    auto opened = ctx.openPlanToRead();
    if (!opened)
        return ctx.fail(opened.error());
    PlanFile &plan = *opened.value();
    Result<PlacementCalendar::Calendar> calendar = Error{};
    if (parser.isSet(siteOption)) {
        auto site = Reports::findSite(plan, parser.value(siteOption));
        if (!site)
            return ctx.fail(site.error());
        calendar = PlacementCalendar::forSite(plan, site.value());
    } else {
        auto supervisor = Reports::findSupervisor(plan, parser.value(supervisorOption));
        if (!supervisor)
            return ctx.fail(supervisor.error());
        calendar = PlacementCalendar::forSupervisor(plan, supervisor.value());
    }
    if (!calendar)
        return ctx.fail(calendar.error());
    const QString output = parser.value(outputOption);
    if (auto r = ICalendarWriter::write(calendar->events, calendar->name, output); !r)
        return ctx.fail(r.error());
    const QString path = QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath());
    if (ctx.json) {
        QJsonObject o;
        o[QStringLiteral("file")] = path;
        o[QStringLiteral("events")] = int(calendar->events.size());
        ctx.printJson(o);
    } else {
        ctx.out << Text::tr("Wrote %1 (%n event(s)).", nullptr, int(calendar->events.size())).arg(path) << Qt::endl;
    }
    return Done;
}

} // namespace

PRAKSIS_CLI_COMMAND("report",
                    QT_TRANSLATE_NOOP("praksis::cli",
                                      "The school report (one school's students), the supervisor report or the "
                                      "recruitment report, as CSV, XLSX or PDF."),
                    "report (--school NAME (--period NAME | --from DATE --to DATE) | --supervisors (--from DATE --to "
                    "DATE | --period NAME) [--school NAME]) --format csv|xlsx|pdf -o FILE [--force] | report "
                    "--recruitment --from DATE --to DATE (--format csv|xlsx|pdf -o FILE [--force] | --json)",
                    &runReport);
PRAKSIS_CLI_COMMAND("ical",
                    QT_TRANSLATE_NOOP("praksis::cli", "A site's or a supervisor's placements as an iCalendar file."),
                    "ical (--site NAME | --supervisor NAME) -o FILE [--force]", &runIcal);

} // namespace praksis::cli
