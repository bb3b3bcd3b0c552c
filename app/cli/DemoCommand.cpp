#include "Cli.h"

#include "demo/DemoGenerator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace praksis::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

int runDemo(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption seedOption(QStringLiteral("seed"), Text::tr("Random seed (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption studentsOption(
        QStringLiteral("students"), Text::tr("Number of students (default 500; 5000 gives the benchmark plan)."),
        QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"), Text::tr("Make the plan as if today were DATE (yyyy-MM-dd)."), QStringLiteral("DATE"));
    parser.addOption(seedOption);
    parser.addOption(studentsOption);
    parser.addOption(todayOption);
    if (!ctx.parse(parser, 0, 0))
        return Usage;

    bool ok = false;
    DemoOptions options;
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return ctx.usage(
            Text::tr("--seed needs a whole number from 0 to 4294967295, not “%1”.").arg(parser.value(seedOption)));
    options.students = parser.value(studentsOption).toInt(&ok);
    if (!ok || options.students < 10 || options.students > 200000)
        return ctx.usage(
            Text::tr("--students needs a whole number from 10 to 200000, not “%1”.").arg(parser.value(studentsOption)));
    if (parser.isSet(todayOption)) {
        options.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!options.today.isValid())
            return ctx.usage(Text::tr("--today needs a date as yyyy-MM-dd, not “%1”.").arg(parser.value(todayOption)));
    }

    auto plan = ctx.openPlan(PlanFile::OpenMode::OpenOrCreate);
    if (!plan)
        return ctx.fail(plan.error());

    QElapsedTimer timer;
    timer.start();
    auto result = DemoGenerator::generate(*plan.value(), options);
    if (!result)
        return ctx.fail(result.error());
    const DemoSummary &s = result.value();
    const QString path = QFileInfo(plan.value()->path()).absoluteFilePath();

    if (ctx.json) {
        QJsonObject o;
        o[QStringLiteral("plan")] = path;
        o[QStringLiteral("seed")] = qint64(options.seed);
        o[QStringLiteral("schools")] = s.schools;
        o[QStringLiteral("programmes")] = s.programmes;
        o[QStringLiteral("students")] = s.students;
        o[QStringLiteral("sites")] = s.sites;
        o[QStringLiteral("supervisors")] = s.supervisors;
        o[QStringLiteral("supervisorAbsences")] = s.supervisorAbsences;
        o[QStringLiteral("periods")] = s.periods;
        o[QStringLiteral("placements")] = s.placements;
        o[QStringLiteral("preferences")] = s.preferences;
        o[QStringLiteral("exclusions")] = s.exclusions;
        o[QStringLiteral("absences")] = s.absences;
        o[QStringLiteral("meetings")] = s.meetings;
        o[QStringLiteral("checklists")] = s.checklists;
        o[QStringLiteral("deliberateConflicts")] = s.deliberateConflicts;
        o[QStringLiteral("planningPeriod")] = s.planningPeriod;
        o[QStringLiteral("unplaced")] = s.unplaced;
        o[QStringLiteral("hires")] = s.hires;
        o[QStringLiteral("mentorships")] = s.mentorships;
        o[QStringLiteral("mentorConversations")] = s.mentorConversations;
        ctx.printJson(o);
        return Done;
    }
    ctx.out << Text::tr("Filled the plan %1 with demo data (seed %2) in %3 s:")
                   .arg(path)
                   .arg(options.seed)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    const QList<QStringList> rows{
        {Text::tr("Schools"), QString::number(s.schools)},
        {Text::tr("Programmes"), QString::number(s.programmes)},
        {Text::tr("Students"), QString::number(s.students)},
        {Text::tr("Sites"), QString::number(s.sites)},
        {Text::tr("Supervisors"), QString::number(s.supervisors)},
        {Text::tr("Periods"), QString::number(s.periods)},
        {Text::tr("Placements"), QString::number(s.placements)},
        {Text::tr("Preferences"), QString::number(s.preferences)},
        {Text::tr("Exclusions"), QString::number(s.exclusions)},
        {Text::tr("Absence records"), QString::number(s.absences)},
        {Text::tr("Assessment meetings"), QString::number(s.meetings)},
        {Text::tr("Welcome checklists"), QString::number(s.checklists)},
        {Text::tr("Deliberate conflicts"), QString::number(s.deliberateConflicts)},
        {Text::tr("New hires"), QString::number(s.hires)},
        {Text::tr("Mentorships"), QString::number(s.mentorships)},
        {Text::tr("Mentor conversations"), QString::number(s.mentorConversations)},
    };
    ctx.printTable({Text::tr("What"), Text::tr("Count")}, rows);
    ctx.out << Text::tr("%n student(s) of the period “%1” are left for the planner.", nullptr, s.unplaced)
                   .arg(s.planningPeriod)
            << Qt::endl;
    return Done;
}

} // namespace

PRAKSIS_CLI_COMMAND("demo",
                    QT_TRANSLATE_NOOP("praksis::cli",
                                      "Fill an empty plan with realistic generated data; the same seed gives the same "
                                      "data."),
                    "demo [--seed N] [--students N] [--today DATE]", &runDemo);

} // namespace praksis::cli
