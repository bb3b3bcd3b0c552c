#pragma once

#include "Error.h"
#include "documents/ReportTable.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace praksis {

// A report as a PDF: A4 landscape, the organisation, title, subtitle and date at the top, the table with its
// header row repeated on every page, a bold totals row, "Page x of y" at the foot; DejaVu Sans embedded.
// Needs a QGuiApplication (fonts).
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(praksis::ReportPdf)

public:
    struct Options
    {
        QString organisation;
        QDate generatedOn = QDate::currentDate();
        std::function<bool(int page, int pages)> progress; // return false to cancel
    };

    static Result<void> write(const ReportTable &table, const QString &path, const Options &options);
};

} // namespace praksis
