#include "Cli.h"

#include <QFileInfo>

namespace praksis::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

int runInit(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, 0, 0))
        return Usage;
    if (QFileInfo::exists(ctx.dbPath) && QFileInfo(ctx.dbPath).size() > 0)
        return ctx.fail(Error{Error::Kind::Invalid,
                              Text::tr("The file “%1” already exists; nothing was changed.").arg(ctx.dbPath), ctx.dbPath});
    auto plan = ctx.openPlan(PlanFile::OpenMode::OpenOrCreate);
    if (!plan)
        return ctx.fail(plan.error());
    ctx.out << Text::tr("Created the plan %1 (schema version %2).")
                   .arg(QFileInfo(plan.value()->path()).absoluteFilePath())
                   .arg(plan.value()->schemaVersion())
            << Qt::endl;
    return Done;
}

} // namespace

PRAKSIS_CLI_COMMAND("init", QT_TRANSLATE_NOOP("praksis::cli", "Create an empty plan file at the current schema version."),
                    "init", &runInit);

} // namespace praksis::cli
