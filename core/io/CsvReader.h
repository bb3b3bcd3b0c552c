#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace praksis {

// The text encodings a CSV file may come in (PRODUCT.md section 5).
enum class CsvEncoding
{
    Utf8,        // UTF-8 without a byte order mark (also plain ASCII)
    Utf8WithBom, // UTF-8 with a byte order mark, as Excel's "CSV UTF-8" saves it
    Windows1252, // Excel's plain "CSV" on a Norwegian Windows
    Utf16LE,     // Excel's "Unicode text" (with BOM)
    Utf16BE,
};

// One record of a CSV file: its fields and the line of the file on which it starts. A record whose quoted field
// holds a line break spans several lines; the next record's line says where it ends.
struct CsvRecord
{
    int line = 0; // 1-based
    QStringList fields;

    // the field at index, or an empty string when the record is shorter
    QString field(qsizetype index) const { return index < fields.size() ? fields.at(index) : QString(); }
    // true for a record without any non-blank field (";;;" as Excel writes empty rows)
    bool isBlank() const;
};

// A parsed CSV file: what was detected and every record (the first one is usually the header row).
struct CsvTable
{
    QChar delimiter;
    CsvEncoding encoding = CsvEncoding::Utf8;
    QList<CsvRecord> records;

    // "semicolon (;)", "comma (,)", "tab" — translated, for the import preview
    QString delimiterName() const;
    // "UTF-8", "UTF-8 with BOM", "Windows-1252", … — for the import preview
    QString encodingName() const;
};

// Reads what Norwegian offices really produce (PRODUCT.md section 5): comma, semicolon or tab delimited (detected),
// UTF-8 with or without BOM, Windows-1252 or UTF-16 with BOM (detected), CRLF, LF or CR line ends, RFC 4180 quoting
// with delimiters, doubled quotes and line breaks inside quoted fields. Fields are returned as written (not trimmed);
// a line break inside a quoted field is returned as "\n". Entirely empty lines are skipped.
//
// Errors carry the line and the 1-based field number as column: an unterminated quote (reported at the line where
// the quoted field opens), text after a closing quote, a file that is not text.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(praksis::CsvReader)

public:
    // Limits of what is read (a file from someone else may be anything): a field, a record (one line, or several
    // when a quoted field holds line breaks) and the file. Beyond them reading stops with the line and field.
    static constexpr qsizetype maxFieldLength = 10000;   // characters
    static constexpr qsizetype maxRecordLength = 100000; // characters
    static constexpr qint64 maxFileSize = 256LL * 1024 * 1024;

    struct Options
    {
        QChar delimiter;                     // null: detect
        std::optional<CsvEncoding> encoding; // unset: detect
    };

    static Result<CsvTable> readFile(const QString &path, const Options &options = {});
    static Result<CsvTable> read(const QByteArray &data, const Options &options = {});

    // The encoding of raw bytes: a BOM decides; otherwise valid UTF-8 is UTF-8 and anything else Windows-1252.
    static CsvEncoding detectEncoding(const QByteArray &data);
    // Decodes raw bytes (dropping a BOM).
    static QString decode(const QByteArray &data, CsvEncoding encoding);
    // The delimiter (',', ';' or '\t') that splits the first records of text into the most consistent number of
    // fields, quotes respected; ';' when no candidate splits anything.
    static QChar detectDelimiter(QStringView text);
    // Parses decoded text with a known delimiter.
    static Result<QList<CsvRecord>> parse(QStringView text, QChar delimiter);
};

// A CSV file read record by record: only the record being read and a buffer of the file (a few hundred KB) are in
// memory, so a file of any length costs the same; the import reads its files so. The same parser, detection and
// limits as CsvReader (which reads through it). Opening reads the file once to detect its encoding and to refuse
// binary data before any record is returned.
//
//   auto csv = CsvStream::open(path);            // an Error when the file cannot be read or is not text
//   CsvRecord record;
//   while ((*csv)->next(record)) { … }
//   if ((*csv)->error()) … // a broken record: line and field
class CsvStream
{
    Q_DECLARE_TR_FUNCTIONS(praksis::CsvReader)

public:
    static Result<std::unique_ptr<CsvStream>> open(const QString &path, const CsvReader::Options &options = {});
    static Result<std::unique_ptr<CsvStream>> fromData(const QByteArray &data, const CsvReader::Options &options = {});
    ~CsvStream();
    CsvStream(const CsvStream &) = delete;
    CsvStream &operator=(const CsvStream &) = delete;

    QChar delimiter() const { return m_delimiter; }
    CsvEncoding encoding() const { return m_encoding; }

    // The next record (empty lines skipped); false at the end of the file or at a broken record (error()).
    bool next(CsvRecord &record);
    // Why reading stopped early: a broken record (with line and field) or a file that could not be read.
    const std::optional<Error> &error() const { return m_error; }

private:
    CsvStream() = default;
    static Result<std::unique_ptr<CsvStream>> start(std::unique_ptr<QIODevice> device, const QString &path,
                                                    const CsvReader::Options &options);
    // Appends the next piece of the file to the buffer (dropping what was read); false at the end of the file.
    bool refill();

    std::unique_ptr<QIODevice> m_device;
    QString m_path;
    std::unique_ptr<QStringDecoder> m_decoder;
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    QChar m_delimiter;
    QString m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_atEnd = false;
    bool m_first = true; // the byte order mark is still to be dropped
    qint64 m_bytes = 0;
    QString m_quoted; // scratch for quoted fields
    std::optional<Error> m_error;
};

} // namespace praksis
