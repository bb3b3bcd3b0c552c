#include "Cli.h"
#include "storage/PlanRestore.h"

#include <QDir>
#include <QFileInfo>

namespace praksis::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

int runBackup(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Text::tr("the file to write the copy to"), QStringLiteral("FILE"));
    const QCommandLineOption forceOption = Context::forceOption();
    parser.addOptions({outputOption, forceOption});
    if (!ctx.parse(parser, 0, 0))
        return Usage;
    if (!parser.isSet(outputOption))
        return ctx.usage(Text::tr("Name the file to write the copy to with -o FILE."));
    const QString target = QFileInfo(parser.value(outputOption)).absoluteFilePath();
    if (auto refused = ctx.refuseExisting(target, parser.isSet(forceOption)))
        return *refused;

    auto plan = ctx.openPlanToRead();
    if (!plan)
        return ctx.fail(plan.error());
    if (auto r = plan.value()->backupTo(target); !r)
        return ctx.fail(r.error());
    ctx.out << Text::tr("Copied the plan to %1.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return Done;
}

int runRestore(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, 1, 1))
        return Usage;
    const QString copy = parser.positionalArguments().constFirst();
    auto r = PlanRestore::restore(ctx.dbPath, copy);
    if (!r)
        return ctx.fail(r.error());
    ctx.out << Text::tr("Restored the plan %1 from %2 (plan version %3).")
                   .arg(QDir::toNativeSeparators(QFileInfo(ctx.dbPath).absoluteFilePath()),
                        QDir::toNativeSeparators(QFileInfo(copy).absoluteFilePath()))
                   .arg(r->schemaVersion)
            << Qt::endl;
    if (!r->keptBackup.isEmpty())
        ctx.out << Text::tr("The plan it replaced is kept as %1.").arg(QDir::toNativeSeparators(r->keptBackup))
                << Qt::endl;
    return Done;
}

} // namespace

PRAKSIS_CLI_COMMAND("backup",
                    QT_TRANSLATE_NOOP("praksis::cli",
                                      "Write a consistent copy of the plan, also while another program uses it."),
                    "backup -o FILE [--force]", &runBackup);
PRAKSIS_CLI_COMMAND("restore",
                    QT_TRANSLATE_NOOP("praksis::cli",
                                      "Replace the plan with a copy, after checking the copy; the replaced plan is "
                                      "kept as a backup beside it."),
                    "restore FILE", &runRestore);

} // namespace praksis::cli
