#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

namespace praksis {

// A report as data: a title, columns with a type each, rows and a totals row. The writers (CSV, XLSX, PDF) and
// the desktop preview all take this, so a report is computed once and looks the same in every format.
struct ReportColumn
{
    enum class Type
    {
        Text,
        Date,    // QDate
        Integer, // int / qint64
        Decimal, // double, one decimal
        Percent, // double, in per cent (12.5 means 12.5 %)
    };
    QString title;
    Type type = Type::Text;
};

struct ReportTable
{
    QString title;    // "School report"
    QString subtitle; // the school, the period or dates
    QString sheet;    // a short name for a spreadsheet's tab (Excel allows 31 characters); empty: the title
    QString note;     // how the report counts, shown under the subtitle (PDF, XLSX); empty for none
    QList<ReportColumn> columns;
    QList<QVariantList> rows; // each as long as columns; a null QVariant is an empty cell
    QVariantList totals;      // empty: no totals row
    QString language;         // of the words: "nb", "nn" or "en" (DocumentLanguage); the PDF writes its own in it

    int columnCount() const { return int(columns.size()); }

    // A value as people read it: dates dd.MM.yyyy, one decimal, "12.5 %", in the given locale (default: the
    // current one).
    static QString text(const QVariant &value, ReportColumn::Type type, const QLocale &locale = QLocale());
};

} // namespace praksis
