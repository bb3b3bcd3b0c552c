#include "Cli.h"
#include "storage/Purge.h"

#include <QJsonObject>

namespace praksis::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

int runPurge(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption yearsOption(QStringLiteral("older-than"),
                                         Text::tr("students whose last placement ended more than YEARS years ago"),
                                         QStringLiteral("YEARS"));
    const QCommandLineOption anonymiseOption(QStringLiteral("anonymise"),
                                             Text::tr("anonymise them and keep their placements, instead of deleting"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), Text::tr("only count; change nothing"));
    parser.addOptions({yearsOption, anonymiseOption, dryRunOption});
    if (!ctx.parse(parser, 0, 0))
        return Usage;
    if (!parser.isSet(yearsOption))
        return ctx.usage(Text::tr("Say how old the records must be with --older-than YEARS."));
    bool ok = false;
    const int years = parser.value(yearsOption).toInt(&ok);
    if (!ok || years < 1)
        return ctx.usage(Text::tr("--older-than needs a whole number of years, 1 or more."));
    const Purge::Mode mode = parser.isSet(anonymiseOption) ? Purge::Mode::Anonymise : Purge::Mode::Delete;
    const bool dryRun = parser.isSet(dryRunOption);

    auto plan = ctx.openPlan();
    if (!plan)
        return ctx.fail(plan.error());
    auto result = dryRun ? Purge::preview(*plan.value(), years, mode) : Purge::run(*plan.value(), years, mode);
    if (!result)
        return ctx.fail(result.error());

    const int students = int(result->studentIds.size());
    if (ctx.json) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("mode"),
                         mode == Purge::Mode::Anonymise ? QStringLiteral("anonymise") : QStringLiteral("delete")},
                        {QStringLiteral("dryRun"), dryRun},
                        {QStringLiteral("cutoff"), Purge::cutoff(years, QDate::currentDate()).toString(Qt::ISODate)},
                        {QStringLiteral("students"), students},
                        {QStringLiteral("placements"), result->placements},
                        {QStringLiteral("hires"), int(result->hireIds.size())}});
        return Done;
    }
    const QString cutoff = Purge::cutoff(years, QDate::currentDate()).toString(Qt::ISODate);
    QString line;
    if (mode == Purge::Mode::Anonymise)
        line = dryRun ? Text::tr("Would anonymise %n student(s) whose last placement ended before %1; their %2 "
                                 "placement(s) would be kept. Nothing was changed.",
                                 nullptr, students)
                      : Text::tr("Anonymised %n student(s) whose last placement ended before %1; their %2 "
                                 "placement(s) were kept.",
                                 nullptr, students);
    else
        line = dryRun ? Text::tr("Would delete %n student(s) whose last placement ended before %1, with their %2 "
                                 "placement(s). Nothing was changed.",
                                 nullptr, students)
                      : Text::tr("Deleted %n student(s) whose last placement ended before %1, with their %2 "
                                 "placement(s).",
                                 nullptr, students);
    ctx.out << line.arg(cutoff).arg(result->placements) << Qt::endl;
    if (const int hires = int(result->hireIds.size()); hires > 0) {
        QString hireLine;
        if (mode == Purge::Mode::Anonymise)
            hireLine = dryRun ? Text::tr("Would anonymise %n new hire(s) whose employment ended before %1. Nothing was "
                                         "changed.",
                                         nullptr, hires)
                              : Text::tr("Anonymised %n new hire(s) whose employment ended before %1.", nullptr, hires);
        else
            hireLine = dryRun ? Text::tr("Would delete %n new hire(s) whose employment ended before %1, with their "
                                         "mentorships. Nothing was changed.",
                                         nullptr, hires)
                              : Text::tr("Deleted %n new hire(s) whose employment ended before %1, with their "
                                         "mentorships.",
                                         nullptr, hires);
        ctx.out << hireLine.arg(cutoff) << Qt::endl;
    }
    return Done;
}

} // namespace

PRAKSIS_CLI_COMMAND("purge",
                    QT_TRANSLATE_NOOP("praksis::cli",
                                      "Delete or anonymise students whose last placement ended more than YEARS years "
                                      "ago, and new hires whose employment ended so long ago (privacy); --dry-run "
                                      "only counts."),
                    "purge --older-than YEARS [--anonymise] [--dry-run] [--json]", &runPurge);

} // namespace praksis::cli
