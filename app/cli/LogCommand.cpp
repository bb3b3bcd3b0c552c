#include "Cli.h"
#include "io/CsvWriter.h"
#include "storage/ChangeLog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace praksis::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

QStringList fields(const ChangeLog::Entry &e)
{
    return {e.at, e.user, e.action, e.entity, e.entityId ? QString::number(*e.entityId) : QString(), e.summary};
}

int runLog(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption limitOption(QStringLiteral("limit"), Text::tr("only the newest N entries"),
                                         QStringLiteral("N"));
    const QCommandLineOption entityOption(QStringLiteral("entity"), Text::tr("only changes of this kind of record"),
                                          QStringLiteral("NAME"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Text::tr("export the log as CSV to FILE"), QStringLiteral("FILE"));
    parser.addOptions({limitOption, entityOption, outputOption});
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

    auto plan = ctx.openPlan();
    if (!plan)
        return ctx.fail(plan.error());
    auto entries = ChangeLog::entries(*plan.value(), limit, entity);
    if (!entries)
        return ctx.fail(entries.error());

    const QStringList headers = {Text::tr("When"),   Text::tr("Who"), Text::tr("Action"),
                                 Text::tr("Record"), Text::tr("Id"),  Text::tr("Summary")};
    if (parser.isSet(outputOption)) {
        const QString target = QFileInfo(parser.value(outputOption)).absoluteFilePath();
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly))
            return ctx.fail(Error{
                Error::Kind::Io,
                Text::tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(target), file.errorString()),
                QDir::toNativeSeparators(target)});
        CsvWriter csv(&file);
        csv.writeRow(headers);
        for (const ChangeLog::Entry &e : std::as_const(entries.value()))
            csv.writeRow(fields(e));
        if (auto r = csv.finish(); !r)
            return ctx.fail(r.error());
        if (!file.commit())
            return ctx.fail(Error{
                Error::Kind::Io,
                Text::tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(target), file.errorString()),
                QDir::toNativeSeparators(target)});
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
        rows << fields(e);
    ctx.printTable(headers, rows);
    return Done;
}

} // namespace

PRAKSIS_CLI_COMMAND("log",
                    QT_TRANSLATE_NOOP("praksis::cli",
                                      "Show the change log: who changed what, when (or export it as CSV)."),
                    "log [--limit N] [--entity NAME] [-o FILE.csv] [--json]", &runLog);

} // namespace praksis::cli
