#include "io/Importer.h"

#include "io/ImportSession.h"
#include "storage/PlanFile.h"

namespace praksis {

using namespace import;

namespace {

bool writes(const ImportRow &row)
{
    return row.status == ImportRowStatus::New || row.status == ImportRowStatus::Changed;
}

void describePreview(ImportPreview &preview, ImportRegister reg, CsvEncoding encoding, QChar delimiter,
                     const ImportOptions &options, const QString &file)
{
    preview.reg = reg;
    preview.file = file;
    preview.encoding = encoding;
    preview.delimiter = delimiter;
    CsvTable names;
    names.encoding = encoding;
    names.delimiter = delimiter;
    preview.encodingName = names.encodingName();
    preview.delimiterName = names.delimiterName();
    preview.options = options;
}

Error noData(int headerLine)
{
    return Error{Error::Kind::Invalid, Importer::tr("The file has a header row but no data."), {}, headerLine, 0, {}};
}

} // namespace

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
    describePreview(preview, reg, table.encoding, table.delimiter, options, file);

    Session session(plan, preview, table.records.first(), table.delimiter);
    if (auto r = session.mapHeader(); !r)
        return r.error();
    const auto rules = rulesFor(reg);
    bool started = false;
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        ImportRow row;
        if (!session.readRow(table.records[i], row))
            continue;
        if (!started) { // what the rows are checked against, once there is a row
            if (auto r = rules->startChecks(session); !r)
                return r.error();
            started = true;
        }
        rules->check(session, row);
        session.finishRow(row);
        preview.rows << std::move(row);
    }
    if (preview.rows.isEmpty())
        preview.errors << noData(table.records.first().line);
    return preview;
}

Result<ImportPreview> Importer::import(PlanFile &plan, ImportRegister reg, const QString &path,
                                       const ImportOptions &options, bool dryRun, ImportResult *result)
{
    auto opened = CsvStream::open(path, options.csv);
    if (!opened)
        return opened.error();
    CsvStream &csv = *opened.value();
    CsvRecord header;
    if (!csv.next(header)) {
        if (csv.error())
            return *csv.error();
        Error e = Error::invalid(CsvReader::tr("The file is empty."));
        e.file = path;
        return e;
    }
    ImportPreview preview;
    describePreview(preview, reg, csv.encoding(), csv.delimiter(), options, path);
    preview.rowsKept = false;

    Session session(plan, preview, header, csv.delimiter());
    if (auto r = session.mapHeader(); !r) {
        Error e = r.error();
        e.file = path;
        return e;
    }
    // The dry run too: it makes the same writes and rolls them back.
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    const auto rules = rulesFor(reg);
    const ImportProgress noProgress;
    Writer writer(plan, preview, noProgress, false);
    bool started = false;
    bool writing = preview.errors.isEmpty(); // until the first error; the rows after it are only checked
    CsvRecord record;
    ImportRow row;
    while (csv.next(record)) {
        row = ImportRow{};
        if (!session.readRow(record, row))
            continue;
        if (!started) {
            if (auto r = rules->startChecks(session); !r)
                return r.error();
            if (writing)
                if (auto r = rules->startWrites(writer); !r)
                    return r.error();
            started = true;
        }
        rules->check(session, row);
        session.finishRow(row);
        if (row.status == ImportRowStatus::Invalid) {
            writing = false;
        } else if (writing && writes(row)) {
            if (auto w = rules->write(writer, row); !w) {
                // the plan refused the row (a rule of the schema): an error of this row, like any other
                Error e = w.error();
                e.kind = Error::Kind::Invalid;
                e.line = row.line;
                e.file.clear();
                row.errors << e;
                row.status = ImportRowStatus::Invalid;
                preview.errors << e;
                writing = false;
            }
        }
        ++preview.counted[size_t(row.status)];
        if (row.status == ImportRowStatus::Changed) {
            row.cells.clear();
            row.values.clear();
            row.errors.clear();
            preview.rows << std::move(row);
        }
    }
    if (csv.error()) {
        Error e = *csv.error();
        e.file = path;
        return e;
    }
    if (preview.rowCount() == 0)
        preview.errors << noData(header.line);
    if (!preview.canApply())
        return preview; // rolled back
    rules->finishWrites(writer);
    if (dryRun) {
        tx.rollback();
        return preview;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    if (result) {
        *result = std::move(writer.result);
        result->unchanged = preview.count(ImportRowStatus::Unchanged);
    }
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
    const auto rules = rulesFor(preview.reg);
    Result<void> r = rules->startWrites(writer);
    for (qsizetype i = 0; r && i < preview.rows.size(); ++i)
        if (writes(preview.rows[i]))
            r = rules->write(writer, preview.rows[i]);
    if (!r) {
        Error e = r.error();
        if (e.kind != Error::Kind::Cancelled)
            e.message += u' ' + tr("Nothing was imported.");
        return e;
    }
    rules->finishWrites(writer);
    if (auto kept = writer.result.journal.finish(plan); !kept)
        return kept.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return writer.result;
}

} // namespace praksis
