#include "documents/ReportExport.h"

#include "documents/ReportPdf.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"

#include "storage/FilePermissions.h"
#include <QDir>

#include <cmath>

namespace praksis {

std::optional<ReportFormat> ReportExport::formatFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == QStringLiteral("csv"))
        return ReportFormat::Csv;
    if (n == QStringLiteral("xlsx"))
        return ReportFormat::Xlsx;
    if (n == QStringLiteral("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

QString ReportExport::suffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

Result<void> ReportExport::write(const ReportTable &table, ReportFormat format, const QString &path,
                                 const Options &options)
{
    switch (format) {
    case ReportFormat::Csv:
        return writeCsv(table, path);
    case ReportFormat::Xlsx:
        return XlsxWriter::write(table, path, {options.organisation, options.generatedOn});
    case ReportFormat::Pdf:
        return ReportPdf::write(table, path, {options.organisation, options.generatedOn, options.progress});
    }
    return {};
}

Result<void> ReportExport::writeCsv(const ReportTable &table, const QString &path)
{
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            Error::Kind::Io,
            tr("The file “%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QDir::toNativeSeparators(path)};
    CsvWriter csv(&file);
    QStringList header;
    for (const ReportColumn &c : table.columns)
        header << c.title;
    csv.writeRow(header);
    // a CSV has no number format: decimals and per cent are written as the report shows them, with one decimal
    const auto shown = [&table](QVariantList values) {
        for (int c = 0; c < values.size() && c < table.columnCount(); ++c) {
            const auto type = table.columns.at(c).type;
            if ((type == ReportColumn::Type::Decimal || type == ReportColumn::Type::Percent) &&
                values.at(c).typeId() == QMetaType::Double)
                values[c] = std::round(values.at(c).toDouble() * 10.0) / 10.0;
        }
        return values;
    };
    for (const QVariantList &row : table.rows)
        csv.writeRow(shown(row));
    if (!table.totals.isEmpty())
        csv.writeRow(shown(table.totals));
    if (auto r = csv.finish(); !r)
        return r.error();
    if (!file.commit())
        return Error{
            Error::Kind::Io,
            tr("The file “%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QDir::toNativeSeparators(path)};
    return {};
}

} // namespace praksis
