#pragma once

#include "Error.h"
#include "documents/ReportTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace praksis {

// Writes a report as a real Excel workbook (libxlsxwriter): the title and subtitle above, a bold header row that
// stays in view (frozen) with an autofilter, typed cells — dates as Excel dates shown dd.mm.yyyy, whole numbers,
// one-decimal numbers, percentages as percent cells — a bold totals row and column widths that fit the content.
// The file appears complete or not at all (written beside it, then renamed).
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(praksis::XlsxWriter)

public:
    struct Options
    {
        QString organisation; // document property "Company" and the line under the title
        QDate generatedOn = QDate::currentDate();
    };

    static Result<void> write(const ReportTable &table, const QString &path, const Options &options);

    // The row (0-based) of the header: the rows above hold the title, subtitle and organisation.
    static constexpr int headerRow = 3;
};

} // namespace praksis
