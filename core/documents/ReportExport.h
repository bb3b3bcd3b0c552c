#pragma once

#include "Error.h"
#include "documents/ReportTable.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <optional>

namespace praksis {

enum class ReportFormat
{
    Csv,
    Xlsx,
    Pdf
};

// Writes a report to a file in one of the export formats (PRODUCT.md section 5). The file appears complete or
// not at all.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(praksis::ReportExport)

public:
    struct Options
    {
        QString organisation; // PlanSettings::organisationName
        QDate generatedOn = QDate::currentDate();
        // PDF: called per page with (done, total); return false to cancel (nothing is written).
        std::function<bool(int, int)> progress;
    };

    // "csv", "xlsx", "pdf" (case-insensitive)
    static std::optional<ReportFormat> formatFromName(QStringView name);
    static QString suffix(ReportFormat format);

    static Result<void> write(const ReportTable &table, ReportFormat format, const QString &path,
                              const Options &options);
    // CSV: UTF-8 with BOM, ';', RFC 4180 (CsvWriter); a header row, the rows, the totals row; dates ISO, numbers
    // with a decimal comma.
    static Result<void> writeCsv(const ReportTable &table, const QString &path);
};

} // namespace praksis
