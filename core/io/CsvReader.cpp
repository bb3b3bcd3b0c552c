#include "io/CsvReader.h"

#include <QBuffer>
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

enum class Step
{
    Record,   // a record was read
    End,      // the end of the text
    NeedMore, // the text ends inside a record (or a line end) and more follows: read more, then parse again
    Failed,   // *error says why
};

// Parses the record at text[i] (empty lines before it skipped), advancing i and line past it. When the text does not
// hold the whole record and more text follows (!atEnd), i and line stay at the record's start: the caller appends
// more text and calls again. The limits are checked before more text is asked for, so a record never grows past
// them in memory.
Step parseOne(QStringView text, qsizetype &i, int &line, QChar delimiter, bool atEnd, CsvRecord &record,
              QString &quoted, std::optional<Error> *error)
{
    const qsizetype n = text.size();
    for (;;) { // empty lines are consumed for good
        if (i >= n)
            return atEnd ? Step::End : Step::NeedMore;
        if (text[i] == cr && i + 1 >= n && !atEnd)
            return Step::NeedMore; // CR or CRLF?
        if (!skipLineEnd(text, i))
            break;
        ++line;
    }
    const qsizetype recordStart = i;
    const int startLine = line;
    const auto needMore = [&] {
        if (i - recordStart > CsvReader::maxRecordLength) {
            *error = tooLong(startLine, int(record.fields.size()) + 1, false);
            return Step::Failed;
        }
        i = recordStart;
        line = startLine;
        return Step::NeedMore;
    };
    record.line = line;
    record.fields.clear();
    for (;;) {
        if (i - recordStart > CsvReader::maxRecordLength) {
            *error = tooLong(record.line, int(record.fields.size()) + 1, false);
            return Step::Failed;
        }
        if (i < n && text[i] == quote) {
            const int openedOn = line;
            const int fieldNo = int(record.fields.size()) + 1;
            quoted.clear();
            ++i;
            for (;;) {
                if (i >= n) {
                    if (!atEnd)
                        return needMore();
                    *error = Error{Error::Kind::Invalid,
                                   CsvReader::tr("The quoted field that starts on line %1 is never closed: a "
                                                 "closing quotation mark (\") is missing.")
                                       .arg(openedOn),
                                   {},
                                   openedOn,
                                   fieldNo,
                                   {}};
                    return Step::Failed;
                }
                const QChar c = text[i];
                if (c == quote) {
                    if (i + 1 >= n && !atEnd)
                        return needMore(); // a doubled quote or the closing one?
                    if (i + 1 < n && text[i + 1] == quote) {
                        quoted += c;
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (c == cr && i + 1 >= n && !atEnd)
                    return needMore();
                if (skipLineEnd(text, i)) {
                    quoted += QChar(lf);
                    ++line;
                    continue;
                }
                quoted += c;
                ++i;
                if (quoted.size() > CsvReader::maxFieldLength) {
                    *error = tooLong(openedOn, fieldNo, true);
                    return Step::Failed;
                }
            }
            // spaces after the closing quote are tolerated; anything else is a broken field
            while (i < n && text[i] != delimiter && (text[i] == u' ' || text[i] == u'\t'))
                ++i;
            if (i >= n && !atEnd)
                return needMore();
            if (i < n && text[i] != delimiter && text[i] != cr && text[i] != lf) {
                *error = Error{Error::Kind::Invalid,
                               CsvReader::tr("There is text after the closing quotation mark of field %1. A "
                                             "quotation mark inside a quoted field must be doubled (\"\").")
                                   .arg(fieldNo),
                               {},
                               line,
                               fieldNo,
                               {}};
                return Step::Failed;
            }
            record.fields.append(quoted);
        } else {
            const qsizetype start = i;
            while (i < n && text[i] != delimiter && text[i] != lf && text[i] != cr)
                ++i;
            if (i - start > CsvReader::maxFieldLength) {
                *error = tooLong(line, int(record.fields.size()) + 1, true);
                return Step::Failed;
            }
            if (i >= n && !atEnd)
                return needMore();
            record.fields.append(text.mid(start, i - start).toString());
        }
        if (i < n && text[i] == delimiter) {
            ++i;
            continue;
        }
        if (i < n && text[i] == cr && i + 1 >= n && !atEnd)
            return needMore();
        if (skipLineEnd(text, i))
            ++line;
        return Step::Record;
    }
}

// Every record of a whole text, up to maxRecords (when >= 0) or the first error, which goes to *error; the records
// before the error are returned either way (delimiter detection scores them).
QList<CsvRecord> parseRecords(QStringView text, QChar delimiter, qsizetype maxRecords, std::optional<Error> *error)
{
    QList<CsvRecord> records;
    qsizetype i = 0;
    int line = 1;
    QString quoted;
    CsvRecord record;
    while (maxRecords < 0 || records.size() < maxRecords) {
        const Step step = parseOne(text, i, line, delimiter, true, record, quoted, error);
        if (step != Step::Record)
            break;
        records.append(std::move(record));
        record = {};
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

namespace {

Result<CsvTable> readAll(Result<std::unique_ptr<CsvStream>> opened)
{
    if (!opened)
        return opened.error();
    CsvStream &csv = *opened.value();
    CsvTable table;
    table.encoding = csv.encoding();
    table.delimiter = csv.delimiter();
    CsvRecord record;
    while (csv.next(record))
        table.records.append(std::move(record));
    if (csv.error())
        return *csv.error();
    if (table.records.isEmpty())
        return Error::invalid(CsvReader::tr("The file is empty."));
    return table;
}

constexpr qint64 chunkSize = 256 * 1024; // bytes read at a time

} // namespace

Result<CsvTable> CsvReader::read(const QByteArray &data, const Options &options)
{
    return readAll(CsvStream::fromData(data, options));
}

Result<CsvTable> CsvReader::readFile(const QString &path, const Options &options)
{
    return readAll(CsvStream::open(path, options));
}

// --- CsvStream -----------------------------------------------------------------------------------------------------

CsvStream::~CsvStream() = default;

Result<std::unique_ptr<CsvStream>> CsvStream::open(const QString &path, const CsvReader::Options &options)
{
    const QFileInfo info(path);
    // A device (/dev/zero, /dev/urandom), a pipe or a folder never ends like a file does.
    if (info.exists() && !info.isFile()) {
        Error e = Error::invalid(tr("This is not a regular file (a device, a pipe or a folder); import a CSV file."));
        e.file = path;
        return e;
    }
    if (info.size() > CsvReader::maxFileSize) {
        Error e = Error::invalid(tr("The file is %1 MB; a CSV file to import may be at most %2 MB.")
                                     .arg(info.size() / (1024 * 1024))
                                     .arg(CsvReader::maxFileSize / (1024 * 1024)));
        e.file = path;
        return e;
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly) || file->isSequential()) {
        Error e = Error::make(Error::Kind::Io, tr("The file cannot be read: %1").arg(file->errorString()));
        e.file = path;
        return e;
    }
    return start(std::move(file), path, options);
}

Result<std::unique_ptr<CsvStream>> CsvStream::fromData(const QByteArray &data, const CsvReader::Options &options)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return start(std::move(buffer), {}, options);
}

Result<std::unique_ptr<CsvStream>> CsvStream::start(std::unique_ptr<QIODevice> device, const QString &path,
                                                    const CsvReader::Options &options)
{
    const auto failed = [&path](Error e) {
        e.file = path;
        return e;
    };
    const QByteArray head = device->peek(4);
    if (head.isEmpty())
        return failed(Error::invalid(CsvReader::tr("The file is empty.")));
    if (startsWith(head, {'P', 'K', 0x03, 0x04}))
        return failed(Error::invalid(CsvReader::tr("This is an Excel workbook or another zip file, not a CSV file. In "
                                                   "Excel, choose File › Save As and the type “CSV UTF-8”.")));

    // The first pass: the encoding (valid UTF-8 throughout, or Windows-1252) and binary data, before any record.
    // A byte order mark decides; otherwise valid UTF-8 is UTF-8 and anything else Windows-1252 (detectEncoding).
    CsvEncoding encoding = CsvEncoding::Utf8;
    if (options.encoding)
        encoding = *options.encoding;
    else if (startsWith(head, {0xEF, 0xBB, 0xBF}))
        encoding = CsvEncoding::Utf8WithBom;
    else if (startsWith(head, {0xFF, 0xFE}))
        encoding = CsvEncoding::Utf16LE;
    else if (startsWith(head, {0xFE, 0xFF}))
        encoding = CsvEncoding::Utf16BE;
    const bool detectUtf8 = !options.encoding && encoding == CsvEncoding::Utf8;
    const bool utf16 = encoding == CsvEncoding::Utf16LE || encoding == CsvEncoding::Utf16BE;
    QStringDecoder check(utf16 ? (encoding == CsvEncoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE)
                               : QStringDecoder::Utf8);
    bool binary = false;
    qint64 total = 0;
    while (!binary) {
        const QByteArray chunk = device->read(chunkSize);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (total > CsvReader::maxFileSize) // the file grew while it was read
            return failed(Error::invalid(tr("The file is %1 MB; a CSV file to import may be at most %2 MB.")
                                             .arg(total / (1024 * 1024))
                                             .arg(CsvReader::maxFileSize / (1024 * 1024))));
        if (utf16 || detectUtf8) {
            const QString text = check.decode(chunk);
            binary = utf16 && text.contains(QChar(0));
        }
        if (!utf16)
            binary = binary || chunk.contains('\0');
    }
    if (binary)
        return failed(Error::invalid(CsvReader::tr("The file holds binary data and is not a CSV file.")));
    if (detectUtf8) {
        const QString rest = check.decode(QByteArray()); // an unfinished sequence at the end is an error too
        Q_UNUSED(rest);
        if (check.hasError())
            encoding = CsvEncoding::Windows1252;
    }
    if (!device->seek(0))
        return failed(Error::make(Error::Kind::Io, tr("The file cannot be read: %1").arg(device->errorString())));

    std::unique_ptr<CsvStream> csv(new CsvStream);
    csv->m_device = std::move(device);
    csv->m_path = path;
    csv->m_encoding = encoding;
    if (encoding == CsvEncoding::Utf16LE || encoding == CsvEncoding::Utf16BE)
        csv->m_decoder = std::make_unique<QStringDecoder>(encoding == CsvEncoding::Utf16LE ? QStringDecoder::Utf16LE
                                                                                           : QStringDecoder::Utf16BE);
    else if (encoding != CsvEncoding::Windows1252)
        csv->m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf8);
    // The delimiter from the first records (CsvReader::detectDelimiter looks at 50 at most).
    while (csv->m_buffer.size() < 64 * 1024 && csv->refill()) {
    }
    if (csv->m_error)
        return failed(*csv->m_error);
    csv->m_delimiter = options.delimiter.isNull() ? CsvReader::detectDelimiter(csv->m_buffer) : options.delimiter;
    return csv;
}

bool CsvStream::refill()
{
    if (m_atEnd)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const QByteArray chunk = m_device->read(chunkSize);
    m_bytes += chunk.size();
    if (m_bytes > CsvReader::maxFileSize) {
        // never more than the limit, even if the file grows while it is read
        m_error = Error::invalid(tr("The file is %1 MB; a CSV file to import may be at most %2 MB.")
                                     .arg(m_bytes / (1024 * 1024))
                                     .arg(CsvReader::maxFileSize / (1024 * 1024)));
        m_error->file = m_path;
        m_atEnd = true;
        return false;
    }
    QString text;
    if (!m_decoder)
        text = decodeWindows1252(chunk);
    else
        text = m_decoder->decode(chunk);
    if (m_first && !text.isEmpty()) {
        if (text.startsWith(QChar(0xFEFF)) && m_encoding != CsvEncoding::Windows1252)
            text.remove(0, 1);
        m_first = false;
    }
    m_buffer += text;
    if (chunk.isEmpty())
        m_atEnd = true;
    return true;
}

bool CsvStream::next(CsvRecord &record)
{
    if (m_error)
        return false;
    for (;;) {
        std::optional<Error> error;
        const Step step = parseOne(m_buffer, m_pos, m_line, m_delimiter, m_atEnd, record, m_quoted, &error);
        switch (step) {
        case Step::Record:
            return true;
        case Step::End:
            return false;
        case Step::Failed:
            m_error = error;
            if (m_error->file.isEmpty())
                m_error->file = m_path;
            return false;
        case Step::NeedMore:
            if (!refill() && m_error)
                return false;
            break;
        }
    }
}

} // namespace praksis
