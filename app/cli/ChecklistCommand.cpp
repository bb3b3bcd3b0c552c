#include "Cli.h"
#include "documents/Reports.h"
#include "documents/WelcomeLetter.h"
#include "storage/Listings.h"
#include "welcome/Checklists.h"

#include <QFileInfo>

namespace praksis::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

// checklist --placement ID -o FILE.pdf
// checklist --period NAME [--site NAME] -o FILE.pdf
int runChecklist(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption placementOpt(QStringLiteral("placement"), Text::tr("the placement's id"),
                                          QStringLiteral("ID"));
    const QCommandLineOption periodOpt(QStringLiteral("period"), Text::tr("every placement of the period"),
                                       QStringLiteral("NAME"));
    const QCommandLineOption siteOpt(QStringLiteral("site"), Text::tr("only the placements at this site"),
                                     QStringLiteral("NAME"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")}, Text::tr("the PDF to write"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption forceOpt = Context::forceOption();
    parser.addOptions({placementOpt, periodOpt, siteOpt, outputOpt, forceOpt});
    if (!ctx.parse(parser, 0, 0))
        return Usage;
    const bool byPlacement = parser.isSet(placementOpt);
    const bool byPeriod = parser.isSet(periodOpt);
    if (byPlacement == byPeriod)
        return ctx.usage(Text::tr("Give either --placement ID or --period NAME."));
    if (byPlacement && parser.isSet(siteOpt))
        return ctx.usage(Text::tr("--site goes with --period, not with --placement."));
    const QString output = parser.value(outputOpt);
    if (output.isEmpty())
        return ctx.usage(Text::tr("Give the PDF file to write with -o FILE.pdf."));
    if (auto refused = ctx.refuseExisting(output, parser.isSet(forceOpt)))
        return *refused;

    // Not read-only: a placement made before the template existed gets its checklist written first (below).
    auto opened = ctx.openPlan();
    if (!opened)
        return ctx.fail(opened.error());
    PlanFile &plan = *opened.value();

    QList<qint64> ids;
    if (byPlacement) {
        bool ok = false;
        const qint64 id = parser.value(placementOpt).toLongLong(&ok);
        auto exists = Listings::placementExists(plan, id);
        if (!exists)
            return ctx.fail(exists.error());
        if (!ok || !*exists)
            return ctx.fail(
                Error::invalid(Text::tr("There is no placement with the id “%1”. “list placements” shows the ids.")
                                   .arg(parser.value(placementOpt))));
        ids << id;
    } else {
        const QString periodName = parser.value(periodOpt).trimmed();
        // the lookups of every command (case folded for all letters); an unknown name is wrong input here
        const auto asInput = [](Error e, const QString &field) {
            if (e.kind == Error::Kind::NotFound)
                e = Error::invalid(e.message, field);
            return e;
        };
        auto period = Reports::findPeriod(plan, periodName);
        if (!period)
            return ctx.fail(asInput(period.error(), QStringLiteral("period")));
        const qint64 periodId = period.value();
        std::optional<qint64> siteId;
        if (parser.isSet(siteOpt)) {
            // A site is named by its name, or by "name / unit" where the name alone is ambiguous.
            auto site = Reports::findSite(plan, parser.value(siteOpt));
            if (!site)
                return ctx.fail(asInput(site.error(), QStringLiteral("site")));
            siteId = site.value();
        }
        auto placements = WelcomeLetter::placementsOf(plan, periodId, siteId);
        if (!placements)
            return ctx.fail(placements.error());
        if (placements->isEmpty())
            return ctx.fail(Error::invalid(
                siteId ? Text::tr("The period “%1” has no placements at “%2”.").arg(periodName, parser.value(siteOpt))
                       : Text::tr("The period “%1” has no placements.").arg(periodName)));
        ids = placements.value();
    }

    // Every placement has its checklist; one made before the template existed gets it now.
    if (auto made = Checklists::create(plan, ids); !made)
        return ctx.fail(made.error());
    auto pages = WelcomeLetter::writePdf(plan, ids, output);
    if (!pages)
        return ctx.fail(pages.error());
    ctx.out << Text::tr("Wrote %n placement(s), %1 pages, to %2.", nullptr, int(ids.size()))
                   .arg(pages.value())
                   .arg(QFileInfo(output).absoluteFilePath())
            << Qt::endl;
    return Done;
}

} // namespace

PRAKSIS_CLI_COMMAND("checklist",
                    QT_TRANSLATE_NOOP("praksis::cli", "Write welcome letters with checklists to a PDF: one placement, "
                                                      "or every placement of a period (optionally at one site)."),
                    "checklist (--placement ID | --period NAME [--site NAME]) -o FILE.pdf [--force]", &runChecklist);

} // namespace praksis::cli
