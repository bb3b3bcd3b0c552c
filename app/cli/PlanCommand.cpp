#include "Cli.h"

#include "planning/Planner.h"
#include "planning/PlannerApplier.h"
#include "planning/PlannerLoader.h"

#include <QHash>
#include <QJsonObject>

namespace praksis::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

int runPlan(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption periodOption(QStringLiteral("period"), Text::tr("The period to plan."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption applyOption(QStringLiteral("apply"), Text::tr("Write the plan (one transaction)."));
    parser.addOption(periodOption);
    parser.addOption(applyOption);
    if (!ctx.parse(parser, 0, 0))
        return Usage;
    if (!parser.isSet(periodOption))
        return ctx.usage(Text::tr("Say which period to plan with --period NAME."));

    auto plan = ctx.openPlan();
    if (!plan)
        return ctx.fail(plan.error());
    PlanFile &file = *plan.value();
    auto periodId = PlannerLoader::findPeriod(file, parser.value(periodOption));
    if (!periodId)
        return ctx.fail(periodId.error());
    auto input = PlannerLoader::load(file, periodId.value());
    if (!input)
        return ctx.fail(input.error());
    auto result = Planner::solve(input.value());
    if (!result)
        return ctx.fail(result.error());
    const PlannerInput &in = input.value();
    const PlannerResult &r = result.value();

    bool applied = false;
    PlannerApplied written;
    if (parser.isSet(applyOption)) {
        auto a = PlannerApplier::apply(file, in, r);
        if (!a)
            return ctx.fail(a.error());
        written = a.value();
        applied = true;
    }

    QHash<qint64, const PlannerInput::Student *> students;
    for (const PlannerInput::Student &s : in.students)
        students.insert(s.id, &s);
    QHash<qint64, QString> sites, supervisors;
    for (const PlannerInput::Site &s : in.sites)
        sites.insert(s.id, s.name);
    for (const PlannerInput::Supervisor &v : in.supervisors)
        supervisors.insert(v.id, v.name);

    if (ctx.json) {
        auto studentFields = [&](QJsonObject &o, qint64 id) {
            const PlannerInput::Student *s = students.value(id);
            o.insert(QStringLiteral("studentId"), id);
            o.insert(QStringLiteral("studentNumber"), s ? s->studentNumber : QString());
            o.insert(QStringLiteral("school"), s ? s->school : QString());
            o.insert(QStringLiteral("student"), s ? s->name : QString());
        };
        QJsonArray placed, unplaced, kept;
        for (const PlannerResult::Placed &p : r.placed) {
            QJsonObject o;
            studentFields(o, p.studentId);
            o.insert(QStringLiteral("siteId"), p.siteId);
            o.insert(QStringLiteral("site"), sites.value(p.siteId));
            o.insert(QStringLiteral("supervisorId"), p.supervisorId);
            o.insert(QStringLiteral("supervisor"), supervisors.value(p.supervisorId));
            o.insert(QStringLiteral("cost"), p.cost);
            o.insert(QStringLiteral("choice"), p.choice);
            o.insert(QStringLiteral("revisit"), p.revisit);
            o.insert(QStringLiteral("explanation"), p.explanation);
            placed << o;
        }
        auto unplacedArray = [&](const QList<PlannerResult::Unplaced> &list, QJsonArray &out) {
            for (const PlannerResult::Unplaced &u : list) {
                QJsonObject o;
                studentFields(o, u.studentId);
                o.insert(QStringLiteral("reason"), u.explanation);
                o.insert(QStringLiteral("reasonCode"), Planner::reasonId(u.reason));
                out << o;
            }
        };
        unplacedArray(r.unplaced, unplaced);
        unplacedArray(r.kept, kept);
        QJsonObject o;
        o.insert(QStringLiteral("period"), in.periodName);
        o.insert(QStringLiteral("start"), in.start.toString(Qt::ISODate));
        o.insert(QStringLiteral("end"), in.end.toString(Qt::ISODate));
        o.insert(QStringLiteral("placed"), placed);
        o.insert(QStringLiteral("unplaced"), unplaced);
        o.insert(QStringLiteral("kept"), kept);
        o.insert(QStringLiteral("totalCost"), r.totalCost);
        o.insert(QStringLiteral("comparison"), QJsonObject{{QStringLiteral("added"), r.comparison.added},
                                                           {QStringLiteral("moved"), r.comparison.moved},
                                                           {QStringLiteral("unchanged"), r.comparison.unchanged},
                                                           {QStringLiteral("removed"), r.comparison.removed}});
        o.insert(QStringLiteral("applied"), applied);
        ctx.printJson(o);
        return Done;
    }

    ctx.out << Text::tr("Period %1 (%2 to %3)")
                   .arg(in.periodName, in.start.toString(Qt::ISODate), in.end.toString(Qt::ISODate))
            << "\n\n";
    if (!r.placed.isEmpty()) {
        ctx.out << Text::tr("Placed (%1)").arg(r.placed.size()) << '\n';
        QList<QStringList> rows;
        for (const PlannerResult::Placed &p : r.placed) {
            const PlannerInput::Student *s = students.value(p.studentId);
            rows << QStringList{s->name,
                                s->studentNumber,
                                s->school,
                                sites.value(p.siteId),
                                supervisors.value(p.supervisorId),
                                QString::number(p.cost),
                                p.explanation};
        }
        ctx.printTable({Text::tr("Student"), Text::tr("Student number"), Text::tr("School"), Text::tr("Site"),
                        Text::tr("Supervisor"), Text::tr("Cost"), Text::tr("Why")},
                       rows);
        ctx.out << '\n';
    }
    if (!r.unplaced.isEmpty()) {
        ctx.out << Text::tr("Unplaced (%1)").arg(r.unplaced.size()) << '\n';
        QList<QStringList> rows;
        for (const PlannerResult::Unplaced &u : r.unplaced) {
            const PlannerInput::Student *s = students.value(u.studentId);
            rows << QStringList{s->name, s->studentNumber, s->school, u.explanation};
        }
        ctx.printTable({Text::tr("Student"), Text::tr("Student number"), Text::tr("School"), Text::tr("Reason")}, rows);
        ctx.out << '\n';
    }
    if (!r.kept.isEmpty())
        ctx.out << Text::tr("%n student(s) keep the placement they have in this period.", nullptr, int(r.kept.size()))
                << '\n';
    ctx.out << Text::tr("Total cost: %1").arg(r.totalCost) << '\n';
    if (applied)
        ctx.out << Text::tr("Written: %1 new, %2 moved, %3 removed, %4 unchanged placement(s).")
                       .arg(written.inserted.size())
                       .arg(written.updated.size())
                       .arg(written.removed.size())
                       .arg(written.unchanged)
                << '\n';
    else
        ctx.out << Text::tr("Nothing was written; add --apply to write this plan.") << '\n';
    ctx.out.flush();
    return Done;
}

} // namespace

PRAKSIS_CLI_COMMAND("plan",
                    QT_TRANSLATE_NOOP("praksis::cli",
                                      "The optimal plan for a period: who goes where, who stays unplaced and why."),
                    "plan --period NAME [--apply] [--json]", &runPlan);

} // namespace praksis::cli
