#include "Cli.h"

#include "planning/ConflictChecker.h"
#include "planning/PlannerLoader.h"

#include <QJsonObject>

namespace praksis::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

QString severityId(Conflict::Severity s)
{
    return s == Conflict::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

// The severity as a word of the interface language, before the message in the text output (JSON keeps the id).
QString severityText(Conflict::Severity s)
{
    return s == Conflict::Severity::Error ? Text::tr("error", "check's output: the severity of a conflict")
                                          : Text::tr("warning", "check's output: the severity of a conflict");
}

int runCheck(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption periodOption(QStringLiteral("period"), Text::tr("Only the conflicts of this period."),
                                          QStringLiteral("NAME"));
    parser.addOption(periodOption);
    if (!ctx.parse(parser, 0, 0))
        return Usage;
    auto plan = ctx.openPlanToRead();
    if (!plan)
        return ctx.fail(plan.error());
    PlanFile &file = *plan.value();
    qint64 periodId = 0;
    if (parser.isSet(periodOption)) {
        auto id = PlannerLoader::findPeriod(file, parser.value(periodOption));
        if (!id)
            return ctx.fail(id.error());
        periodId = id.value();
    }
    auto conflicts = ConflictChecker(file).checkAll(periodId, QDate::currentDate());
    if (!conflicts)
        return ctx.fail(conflicts.error());

    if (ctx.json) {
        QJsonArray out;
        for (const Conflict &c : conflicts.value()) {
            QJsonArray ids;
            for (qint64 id : c.placementIds)
                ids << id;
            QJsonObject o{{QStringLiteral("rule"), conflictRuleNumber(c.rule)},
                          {QStringLiteral("kind"), conflictRuleId(c.rule)},
                          {QStringLiteral("severity"), severityId(c.severity)},
                          {QStringLiteral("message"), c.message},
                          {QStringLiteral("placementIds"), ids},
                          {QStringLiteral("from"), c.from.toString(Qt::ISODate)},
                          {QStringLiteral("to"), c.to.toString(Qt::ISODate)}};
            if (c.studentId)
                o.insert(QStringLiteral("studentId"), c.studentId);
            if (c.siteId)
                o.insert(QStringLiteral("siteId"), c.siteId);
            if (c.supervisorId)
                o.insert(QStringLiteral("supervisorId"), c.supervisorId);
            if (c.periodId)
                o.insert(QStringLiteral("periodId"), c.periodId);
            if (c.hireId)
                o.insert(QStringLiteral("hireId"), c.hireId);
            out << o;
        }
        ctx.printJson(out);
        return Done;
    }
    for (const Conflict &c : conflicts.value())
        ctx.out
            << Text::tr("%1: rule %2: %3").arg(severityText(c.severity)).arg(conflictRuleNumber(c.rule)).arg(c.message)
            << '\n';
    if (conflicts->isEmpty())
        ctx.out << Text::tr("No conflicts.") << '\n';
    ctx.out.flush();
    return Done;
}

} // namespace

PRAKSIS_CLI_COMMAND("check", QT_TRANSLATE_NOOP("praksis::cli", "List every conflict of the plan or of one period."),
                    "check [--period NAME] [--json]", &runCheck);

} // namespace praksis::cli
