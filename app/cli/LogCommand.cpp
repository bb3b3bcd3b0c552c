#include "Cli.h"
#include "storage/ChangeLog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace praksis::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

int runLog(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption limitOption(QStringLiteral("limit"), Text::tr("only the newest N entries"),
                                         QStringLiteral("N"));
    const QCommandLineOption entityOption(QStringLiteral("entity"), Text::tr("only changes of this kind of record"),
                                          QStringLiteral("NAME"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Text::tr("export the log as CSV to FILE"), QStringLiteral("FILE"));
    const QCommandLineOption forceOption = Context::forceOption();
    parser.addOptions({limitOption, entityOption, outputOption, forceOption});
    if (!ctx.parse(parser, 0, 0))
        return Usage;
    int limit = -1;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 0)
            return ctx.usage(Text::tr("--limit needs a whole number of 0 or more."));
    }
    const QString entity = parser.value(entityOption);
    if (!entity.isEmpty() && !ChangeLog::allEntityIds().contains(entity))
        return ctx.usage(Text::tr("Unknown kind of record “%1”; choose one of: %2.")
                             .arg(entity, ChangeLog::allEntityIds().join(QStringLiteral(", "))));

    if (parser.isSet(outputOption)) {
        if (auto refused = ctx.refuseExisting(parser.value(outputOption), parser.isSet(forceOption)))
            return *refused;
    }

    auto plan = ctx.openPlanToRead();
    if (!plan)
        return ctx.fail(plan.error());
    auto entries = ChangeLog::entries(*plan.value(), limit, entity);
    if (!entries)
        return ctx.fail(entries.error());

    if (parser.isSet(outputOption)) {
        const QString target = QFileInfo(parser.value(outputOption)).absoluteFilePath();
        if (auto r = ChangeLog::writeCsv(entries.value(), target); !r)
            return ctx.fail(r.error());
        ctx.out << Text::tr("Wrote %n log entries to %1.", nullptr, int(entries->size()))
                       .arg(QDir::toNativeSeparators(target))
                << Qt::endl;
        return Done;
    }
    if (ctx.json) {
        QJsonArray array;
        for (const ChangeLog::Entry &e : std::as_const(entries.value()))
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("at"), e.at},
                                     {QStringLiteral("user"), e.user},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("entity"), e.entity},
                                     {QStringLiteral("entityId"), e.entityId ? QJsonValue(*e.entityId) : QJsonValue()},
                                     {QStringLiteral("summary"), e.summary}});
        ctx.printJson(array);
        return Done;
    }
    QList<QStringList> rows;
    for (const ChangeLog::Entry &e : std::as_const(entries.value()))
        rows << ChangeLog::fields(e);
    ctx.printTable(ChangeLog::headers(), rows);
    return Done;
}

} // namespace

PRAKSIS_CLI_COMMAND("log",
                    QT_TRANSLATE_NOOP("praksis::cli",
                                      "Show the change log: who changed what, when (or export it as CSV)."),
                    "log [--limit N] [--entity NAME] [-o FILE.csv [--force]] [--json]", &runLog);

} // namespace praksis::cli
