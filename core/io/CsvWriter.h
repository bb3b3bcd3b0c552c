#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <QVariant>

namespace praksis {

// Writes CSV the way Norwegian Excel opens it correctly (PRODUCT.md section 5): UTF-8 with a byte order mark,
// ';' between fields, CRLF after each record, RFC 4180 quoting (a field is quoted when it holds the delimiter, a
// quotation mark, a line break, or leading or trailing spaces; quotation marks inside are doubled).
//
// Spreadsheet formula injection: a spreadsheet runs a cell that starts with = + - or @ as a formula, so a name such
// as "=HYPERLINK(…)" in a register could run when a school opens the export. A *text* field that starts with one of
// those characters (or with a tab or carriage return) gets a leading apostrophe, whatever follows — "+1+1" and
// "-2+3" are formulas too, and a phone number "+47 912 34 567" from a register is text like any other. Only the
// numbers the program writes itself, passed as typed values (writeRow(QVariantList)), are never changed. The importer
// removes that apostrophe again (CsvWriter::unguard), so an export re-imports to the same values.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(praksis::CsvWriter)

public:
    struct Options
    {
        QChar delimiter = QLatin1Char(';');
        bool byteOrderMark = true;
        bool guardFormulas = true;
    };

    explicit CsvWriter(QIODevice *device)
        : CsvWriter(device, Options{})
    {}
    CsvWriter(QIODevice *device, Options options);

    // A record of text fields.
    void writeRow(const QStringList &fields);
    // A record of typed values: numbers unguarded (decimals with a comma unless the delimiter is a comma), QDate as ISO
    // yyyy-MM-dd, bool as "ja"/"nei", everything else as text (guarded).
    void writeRow(const QVariantList &values);

    // Whether everything was written; the device's error otherwise.
    Result<void> finish();

    // One field, quoted and guarded as described above.
    static QString escape(const QString &field, QChar delimiter = QLatin1Char(';'), bool guardFormula = true);
    // The formula guard alone: "=1+2" -> "'=1+2".
    static QString guard(const QString &text);
    // Undoes guard(): "'=1+2" -> "=1+2"; anything else unchanged.
    static QString unguard(const QString &text);

private:
    void writeText(const QString &text);

    QIODevice *m_device;
    Options m_options;
    bool m_started = false;
    bool m_failed = false;
};

} // namespace praksis
