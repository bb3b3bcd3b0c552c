#include "Cli.h"

#include "io/Importer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace praksis::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

QJsonArray toJson(const QList<ImportLinkSuggestion> &suggestions)
{
    QJsonArray out;
    for (const ImportLinkSuggestion &s : suggestions) {
        QJsonArray students;
        for (const StudentCandidate &c : s.candidates)
            students.append(QJsonObject{{QStringLiteral("name"), c.name},
                                        {QStringLiteral("studentNumber"), c.studentNumber},
                                        {QStringLiteral("school"), c.school},
                                        {QStringLiteral("sameEmail"), c.sameEmail},
                                        {QStringLiteral("sameName"), c.sameName},
                                        {QStringLiteral("history"), c.history}});
        out.append(QJsonObject{{QStringLiteral("line"), s.line},
                               {QStringLiteral("hire"), s.hire},
                               {QStringLiteral("students"), students}});
    }
    return out;
}

// A hire the file did not link, one line per student she may have been; never linked here (a person confirms).
void printSuggestions(Context &ctx, const QList<ImportLinkSuggestion> &suggestions)
{
    if (suggestions.isEmpty())
        return;
    ctx.out << Text::tr("Link suggestions (nothing was linked; confirm each in the hire’s window of the desktop "
                        "program):")
            << '\n';
    for (const ImportLinkSuggestion &s : suggestions)
        for (const StudentCandidate &c : s.candidates) {
            QString reason = HireLink::reason(c);
            if (!c.history.isEmpty())
                reason += QStringLiteral(", ") + c.history;
            ctx.out << Text::tr("  Line %1: %2 may be the student %3 (%4, %5): %6.")
                           .arg(s.line)
                           .arg(s.hire, c.name, c.studentNumber, c.school, reason)
                    << '\n';
        }
    ctx.out.flush();
}

QJsonObject toJson(const ImportPreview &preview, bool dryRun, const ImportResult *result)
{
    QJsonObject o;
    o[QStringLiteral("register")] = toId(preview.reg);
    o[QStringLiteral("file")] = preview.file;
    o[QStringLiteral("dryRun")] = dryRun;
    o[QStringLiteral("written")] = result != nullptr;
    o[QStringLiteral("encoding")] = preview.encodingName;
    o[QStringLiteral("delimiter")] = QString(preview.delimiter);
    o[QStringLiteral("rows")] = int(preview.rowCount());
    o[QStringLiteral("new")] = int(result ? result->inserted : preview.count(ImportRowStatus::New));
    o[QStringLiteral("changed")] = int(result ? result->updated : preview.count(ImportRowStatus::Changed));
    o[QStringLiteral("unchanged")] = int(preview.count(ImportRowStatus::Unchanged));
    o[QStringLiteral("invalid")] = int(preview.count(ImportRowStatus::Invalid));
    QJsonArray schools;
    QJsonArray programmes;
    for (const ImportCreation &c : result ? result->created : preview.created) {
        QJsonObject x{{QStringLiteral("name"), c.name}, {QStringLiteral("kind"), c.kind}};
        if (c.entity == Entity::Programme) {
            x[QStringLiteral("school")] = c.school;
            programmes.append(x);
        } else {
            schools.append(x);
        }
    }
    o[QStringLiteral("createdSchools")] = schools;
    o[QStringLiteral("createdProgrammes")] = programmes;
    o[QStringLiteral("ignoredColumns")] = QJsonArray::fromStringList(preview.unknownColumns);
    QJsonArray changed;
    for (const ImportRow &r : preview.rows)
        if (r.status == ImportRowStatus::Changed)
            changed.append(QJsonObject{{QStringLiteral("line"), r.line},
                                       {QStringLiteral("key"), r.key},
                                       {QStringLiteral("fields"), QJsonArray::fromStringList(r.changedFields)}});
    o[QStringLiteral("changedRows")] = changed;
    QJsonArray errors;
    for (const Error &e : preview.errors)
        errors.append(QJsonObject{{QStringLiteral("line"), e.line},
                                  {QStringLiteral("column"), e.column},
                                  {QStringLiteral("header"), e.field},
                                  {QStringLiteral("message"), e.message}});
    o[QStringLiteral("errors")] = errors;
    return o;
}

void printSummary(Context &ctx, const ImportPreview &preview, bool dryRun, const ImportResult *result)
{
    QTextStream &out = ctx.out;
    out << Text::tr("%1: %2 — %3, %4.")
               .arg(label(preview.reg), QFileInfo(preview.file).fileName(), preview.encodingName, preview.delimiterName)
        << '\n';
    const qsizetype fresh = result ? result->inserted : preview.count(ImportRowStatus::New);
    const qsizetype changed = result ? result->updated : preview.count(ImportRowStatus::Changed);
    const qsizetype same = preview.count(ImportRowStatus::Unchanged);
    out << (dryRun ? Text::tr("Would import: %1 new, %2 changed, %3 unchanged.")
                   : Text::tr("Imported: %1 new, %2 changed, %3 unchanged."))
               .arg(fresh)
               .arg(changed)
               .arg(same)
        << '\n';
    for (const ImportCreation &c : result ? result->created : preview.created)
        out << c.note << '\n';
    if (!preview.unknownColumns.isEmpty())
        out << Text::tr("Ignored columns: %1.").arg(preview.unknownColumns.join(QStringLiteral(", "))) << '\n';
    if (dryRun)
        out << Text::tr("Dry run: nothing was written.") << '\n';
    out.flush();
}

int runImport(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption school(QStringLiteral("school"), Text::tr("the school of the students"),
                                    QStringLiteral("NAME"));
    const QCommandLineOption programme(QStringLiteral("programme"),
                                       Text::tr("the programme of students whose row names none"),
                                       QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Text::tr("only check the file; write nothing"));
    parser.addOptions({school, programme, dryRun});
    if (!ctx.parse(parser, 2, 2))
        return Usage;
    const QStringList pos = parser.positionalArguments();
    const auto reg = importRegisterFromId(pos.at(0));
    if (!reg)
        return ctx.usage(Text::tr("“%1” is not a register that can be imported: use students, sites, supervisors, "
                                  "periods, preferences, hires or mentors.")
                             .arg(pos.at(0)));
    if (*reg == ImportRegister::Students && parser.value(school).trimmed().isEmpty())
        return ctx.usage(Text::tr("import students needs the school: --school NAME."));
    if (*reg != ImportRegister::Students && (parser.isSet(school) || parser.isSet(programme)))
        return ctx.usage(Text::tr("--school and --programme belong to import students only; the file of %1 names "
                                  "them itself.")
                             .arg(pos.at(0)));

    auto plan = ctx.openPlan();
    if (!plan)
        return ctx.fail(plan.error());

    ImportOptions options;
    options.school = parser.value(school);
    options.programme = parser.value(programme);
    const bool dry = parser.isSet(dryRun);
    // Read, checked and written a record at a time (files of any length); a dry run rolls its writes back.
    ImportResult result;
    auto preview = Importer::import(*plan.value(), *reg, pos.at(1), options, dry, &result);
    if (!preview) {
        Error e = preview.error();
        if (e.kind == Error::Kind::Invalid && !e.message.contains(Importer::tr("Nothing was imported.")))
            e.message += u' ' + Importer::tr("Nothing was imported.");
        return ctx.fail(e);
    }
    if (!preview->canApply()) {
        if (ctx.json)
            ctx.printJson(toJson(*preview, dry, nullptr));
        for (const Error &e : preview->errors)
            ctx.err << ImportPreview::describe(e) << '\n';
        ctx.err << preview->errorSummary() << Qt::endl;
        return InvalidInput;
    }
    // hires the file did not link: the students they may have been, the same in a dry run (HireLink::suggestions)
    QList<ImportLinkSuggestion> suggestions;
    if (*reg == ImportRegister::Hires) {
        auto rows = Importer::prepare(*plan.value(), *reg, pos.at(1), options);
        if (!rows)
            return ctx.fail(rows.error());
        auto found = Importer::linkSuggestions(*plan.value(), *rows);
        if (!found)
            return ctx.fail(found.error());
        suggestions = *found;
    }
    if (ctx.json) {
        QJsonObject o = toJson(*preview, dry, dry ? nullptr : &result);
        if (*reg == ImportRegister::Hires)
            o[QStringLiteral("linkSuggestions")] = toJson(suggestions);
        ctx.printJson(o);
    } else {
        printSummary(ctx, *preview, dry, dry ? nullptr : &result);
        printSuggestions(ctx, suggestions);
    }
    return Done;
}

} // namespace

PRAKSIS_CLI_COMMAND("import",
                    QT_TRANSLATE_NOOP("praksis::cli",
                                      "Import a register from a CSV file: all or nothing; with --dry-run only check."),
                    "import students FILE --school NAME [--programme NAME] [--dry-run] | "
                    "import sites|supervisors|periods|preferences|hires|mentors FILE [--dry-run]",
                    &runImport);

} // namespace praksis::cli
