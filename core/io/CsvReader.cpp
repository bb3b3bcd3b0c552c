#include "io/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>

namespace praksis {

namespace {

constexpr char16_t cr = u'\r';
constexpr char16_t lf = u'\n';
constexpr char16_t quote = u'"';

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Qt 6.4 decodes "windows-1252" only when built with ICU
// (Debian's is, Windows and macOS builds are not), so the table lives here and the result is the same everywhere.
// The five bytes Windows-1252 leaves undefined map to the C1 control of the same number, as Windows does.
constexpr std::array<char16_t, 32> cp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeWindows1252(const QByteArray &data)
{
    QString s(data.size(), Qt::Uninitialized);
    QChar *out = s.data();
    for (const char c : data) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = (b >= 0x80 && b <= 0x9F) ? QChar(cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return s;
}

bool startsWith(const QByteArray &data, std::initializer_list<unsigned char> bytes)
{
    if (data.size() < qsizetype(bytes.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : bytes)
        if (static_cast<unsigned char>(data[i++]) != b)
            return false;
    return true;
}

// Skips one line end (CRLF, LF or CR) at i; returns whether there was one.
bool skipLineEnd(QStringView text, qsizetype &i)
{
    if (i >= text.size())
        return false;
    if (text[i] == lf) {
        ++i;
        return true;
    }
    if (text[i] == cr) {
        ++i;
        if (i < text.size() && text[i] == lf)
            ++i;
        return true;
    }
    return false;
}

// The parser proper. Stops after maxRecords records (when >= 0) or at the first error, which goes to *error;
// the records before the error are returned either way (delimiter detection scores them).
Error tooLong(int line, int fieldNo, bool field)
{
    return Error{Error::Kind::Invalid,
                 field ? CsvReader::tr("Field %1 is longer than %2 characters; no field of a register is that long. "
                                       "Is a quotation mark (\") missing?")
                             .arg(fieldNo)
                             .arg(CsvReader::maxFieldLength)
                       : CsvReader::tr("The line is longer than %1 characters; no record of a register is that long.")
                             .arg(CsvReader::maxRecordLength),
                 {},
                 line,
                 fieldNo,
                 {}};
}

QList<CsvRecord> parseRecords(QStringView text, QChar delimiter, qsizetype maxRecords, std::optional<Error> *error)
{
    QList<CsvRecord> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    QString quoted;
    while (i < n && (maxRecords < 0 || records.size() < maxRecords)) {
        if (skipLineEnd(text, i)) { // an empty line
            ++line;
            continue;
        }
        CsvRecord record;
        record.line = line;
        const qsizetype recordStart = i;
        for (;;) {
            if (i - recordStart > CsvReader::maxRecordLength) {
                *error = tooLong(record.line, int(record.fields.size()) + 1, false);
                return records;
            }
            if (i < n && text[i] == quote) {
                const int openedOn = line;
                const int fieldNo = int(record.fields.size()) + 1;
                quoted.clear();
                ++i;
                for (;;) {
                    if (i >= n) {
                        *error = Error{Error::Kind::Invalid,
                                       CsvReader::tr("The quoted field that starts on line %1 is never closed: a "
                                                     "closing quotation mark (\") is missing.")
                                           .arg(openedOn),
                                       {},
                                       openedOn,
                                       fieldNo,
                                       {}};
                        return records;
                    }
                    const QChar c = text[i];
                    if (c == quote) {
                        if (i + 1 < n && text[i + 1] == quote) {
                            quoted += c;
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (skipLineEnd(text, i)) {
                        quoted += QChar(lf);
                        ++line;
                        continue;
                    }
                    quoted += c;
                    ++i;
                    if (quoted.size() > CsvReader::maxFieldLength) {
                        *error = tooLong(openedOn, fieldNo, true);
                        return records;
                    }
                }
                // spaces after the closing quote are tolerated; anything else is a broken field
                while (i < n && text[i] != delimiter && (text[i] == u' ' || text[i] == u'\t'))
                    ++i;
                if (i < n && text[i] != delimiter && text[i] != cr && text[i] != lf) {
                    *error = Error{Error::Kind::Invalid,
                                   CsvReader::tr("There is text after the closing quotation mark of field %1. A "
                                                 "quotation mark inside a quoted field must be doubled (\"\").")
                                       .arg(fieldNo),
                                   {},
                                   line,
                                   fieldNo,
                                   {}};
                    return records;
                }
                record.fields.append(quoted);
            } else {
                const qsizetype start = i;
                while (i < n && text[i] != delimiter && text[i] != lf && text[i] != cr)
                    ++i;
                if (i - start > CsvReader::maxFieldLength) {
                    *error = tooLong(line, int(record.fields.size()) + 1, true);
                    return records;
                }
                record.fields.append(text.mid(start, i - start).toString());
            }
            if (i < n && text[i] == delimiter) {
                ++i;
                continue;
            }
            if (skipLineEnd(text, i))
                ++line;
            break;
        }
        records.append(std::move(record));
    }
    return records;
}

} // namespace

bool CsvRecord::isBlank() const
{
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

QString CsvTable::delimiterName() const
{
    if (delimiter == QLatin1Char(';'))
        return CsvReader::tr("semicolon (;)");
    if (delimiter == QLatin1Char(','))
        return CsvReader::tr("comma (,)");
    if (delimiter == QLatin1Char('\t'))
        return CsvReader::tr("tab");
    return CsvReader::tr("“%1”").arg(delimiter);
}

QString CsvTable::encodingName() const
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return CsvReader::tr("UTF-8");
    case CsvEncoding::Utf8WithBom:
        return CsvReader::tr("UTF-8 with BOM");
    case CsvEncoding::Windows1252:
        return CsvReader::tr("Windows-1252 (Western European)");
    case CsvEncoding::Utf16LE:
        return CsvReader::tr("UTF-16 little-endian");
    case CsvEncoding::Utf16BE:
        return CsvReader::tr("UTF-16 big-endian");
    }
    return {};
}

CsvEncoding CsvReader::detectEncoding(const QByteArray &data)
{
    if (startsWith(data, {0xEF, 0xBB, 0xBF}))
        return CsvEncoding::Utf8WithBom;
    if (startsWith(data, {0xFF, 0xFE}))
        return CsvEncoding::Utf16LE;
    if (startsWith(data, {0xFE, 0xFF}))
        return CsvEncoding::Utf16BE;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString unused = utf8.decode(data);
    Q_UNUSED(unused);
    return utf8.hasError() ? CsvEncoding::Windows1252 : CsvEncoding::Utf8;
}

QString CsvReader::decode(const QByteArray &data, CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
    case CsvEncoding::Utf8WithBom: {
        const QByteArray body = startsWith(data, {0xEF, 0xBB, 0xBF}) ? data.mid(3) : data;
        return QString::fromUtf8(body);
    }
    case CsvEncoding::Windows1252:
        return decodeWindows1252(data);
    case CsvEncoding::Utf16LE:
    case CsvEncoding::Utf16BE: {
        QStringDecoder d(encoding == CsvEncoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString s = d.decode(data);
        if (s.startsWith(QChar(0xFEFF)))
            s.remove(0, 1);
        return s;
    }
    }
    return {};
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    constexpr qsizetype sample = 50;
    QChar best = QLatin1Char(';');
    bool bestSplits = false;
    double bestConsistency = -1;
    qsizetype bestFields = 0;
    for (const QChar candidate : {QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char(',')}) {
        std::optional<Error> ignored;
        const QList<CsvRecord> records = parseRecords(text, candidate, sample, &ignored);
        if (records.isEmpty())
            continue;
        const qsizetype fields = records.first().fields.size();
        const bool splits = fields > 1;
        qsizetype agreeing = 0;
        for (const CsvRecord &r : records)
            if (r.fields.size() == fields)
                ++agreeing;
        const double consistency = double(agreeing) / double(records.size());
        // a candidate that splits the header beats one that does not; then the share of records with the header's
        // number of fields; then the number of fields
        const bool better = (splits && !bestSplits) ||
                            (splits == bestSplits && (consistency > bestConsistency ||
                                                      (consistency == bestConsistency && fields > bestFields)));
        if (better) {
            best = candidate;
            bestSplits = splits;
            bestConsistency = consistency;
            bestFields = fields;
        }
    }
    return bestSplits ? best : QChar(QLatin1Char(';'));
}

Result<QList<CsvRecord>> CsvReader::parse(QStringView text, QChar delimiter)
{
    std::optional<Error> error;
    QList<CsvRecord> records = parseRecords(text, delimiter, -1, &error);
    if (error)
        return *error;
    return records;
}

Result<CsvTable> CsvReader::read(const QByteArray &data, const Options &options)
{
    if (data.isEmpty())
        return Error::invalid(tr("The file is empty."));
    if (startsWith(data, {'P', 'K', 0x03, 0x04}))
        return Error::invalid(tr("This is an Excel workbook or another zip file, not a CSV file. In Excel, choose "
                                 "File › Save As and the type “CSV UTF-8”."));
    CsvTable table;
    table.encoding = options.encoding ? *options.encoding : detectEncoding(data);
    const QString text = decode(data, table.encoding);
    if (text.contains(QChar(0)))
        return Error::invalid(tr("The file holds binary data and is not a CSV file."));
    table.delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;
    auto records = parse(text, table.delimiter);
    if (!records)
        return records.error();
    table.records = std::move(records).value();
    if (table.records.isEmpty())
        return Error::invalid(tr("The file is empty."));
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    // A device (/dev/zero, /dev/urandom), a pipe or a folder never ends like a file does.
    if (info.exists() && !info.isFile()) {
        Error e = Error::invalid(tr("This is not a regular file (a device, a pipe or a folder); import a CSV file."));
        e.file = path;
        return e;
    }
    if (info.size() > maxFileSize) {
        Error e = Error::invalid(tr("The file is %1 MB; a CSV file to import may be at most %2 MB.")
                                     .arg(info.size() / (1024 * 1024))
                                     .arg(maxFileSize / (1024 * 1024)));
        e.file = path;
        return e;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.isSequential()) {
        Error e = Error::make(Error::Kind::Io, tr("The file cannot be read: %1").arg(file.errorString()));
        e.file = path;
        return e;
    }
    // never more than the limit, even if the file grows while it is read
    auto table = read(file.read(maxFileSize + 1), options);
    if (!table) {
        Error e = table.error();
        e.file = path;
        return e;
    }
    return table;
}

} // namespace praksis
