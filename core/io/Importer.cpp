#include "io/Importer.h"

#include "io/ImportSession.h"
#include "storage/PlanFile.h"

namespace praksis {

using namespace import;

Result<ImportPreview> Importer::prepare(PlanFile &plan, ImportRegister reg, const QString &path,
                                        const ImportOptions &options)
{
    auto table = CsvReader::readFile(path, options.csv);
    if (!table)
        return table.error();
    auto preview = prepare(plan, reg, *table, options, path);
    if (!preview) {
        Error e = preview.error();
        if (e.file.isEmpty() && e.line > 0)
            e.file = path;
        return e;
    }
    return preview;
}

Result<ImportPreview> Importer::prepare(PlanFile &plan, ImportRegister reg, const CsvTable &table,
                                        const ImportOptions &options, const QString &file)
{
    if (table.records.isEmpty())
        return Error::invalid(CsvReader::tr("The file is empty."));
    ImportPreview preview;
    preview.reg = reg;
    preview.file = file;
    preview.encoding = table.encoding;
    preview.delimiter = table.delimiter;
    preview.encodingName = table.encodingName();
    preview.delimiterName = table.delimiterName();
    preview.options = options;

    Session session(plan, preview, table);
    if (auto r = session.mapHeader(); !r)
        return r.error();
    session.readRows();
    if (preview.rows.isEmpty())
        preview.errors << Error{
            Error::Kind::Invalid, tr("The file has a header row but no data."), {}, table.records.first().line, 0, {}};
    if (!preview.errors.isEmpty() && preview.rows.isEmpty())
        return preview;

    Result<void> r;
    switch (reg) {
    case ImportRegister::Students:
        r = prepareStudents(session);
        break;
    case ImportRegister::Sites:
        r = prepareSites(session);
        break;
    case ImportRegister::Supervisors:
        r = prepareSupervisors(session);
        break;
    case ImportRegister::Periods:
        r = preparePeriods(session);
        break;
    case ImportRegister::Preferences:
        r = preparePreferences(session);
        break;
    }
    if (!r)
        return r.error();
    session.finish();
    return preview;
}

Result<ImportResult> Importer::apply(PlanFile &plan, const ImportPreview &preview, const ImportProgress &progress)
{
    if (!preview.canApply()) {
        return Error::invalid(preview.errorSummary());
    }
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    Writer writer(plan, preview, progress);
    if (auto started = writer.begin(); !started)
        return started.error();
    Result<void> r;
    switch (preview.reg) {
    case ImportRegister::Students:
        r = applyStudents(writer);
        break;
    case ImportRegister::Sites:
        r = applySites(writer);
        break;
    case ImportRegister::Supervisors:
        r = applySupervisors(writer);
        break;
    case ImportRegister::Periods:
        r = applyPeriods(writer);
        break;
    case ImportRegister::Preferences:
        r = applyPreferences(writer);
        break;
    }
    if (!r) {
        Error e = r.error();
        if (e.kind != Error::Kind::Cancelled)
            e.message += u' ' + tr("Nothing was imported.");
        return e;
    }
    if (auto kept = writer.result.journal.finish(plan); !kept)
        return kept.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return writer.result;
}

} // namespace praksis
