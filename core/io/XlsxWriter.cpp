#include "io/XlsxWriter.h"

#include "model/Validation.h"
#include "storage/FilePermissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>
#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>

namespace praksis {

namespace {

using Type = ReportColumn::Type;

// Excel's sheet names: at most 31 characters, none of []:*?/\ . A longer name is cut after a whole word.
QString sheetName(const QString &title)
{
    QString name = title;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, QLatin1Char(' '));
    name = name.simplified();
    if (name.size() > 31) {
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '), 31);
        name = (space > 0 ? name.left(space) : name.left(31)).trimmed();
    }
    return name.isEmpty() ? QStringLiteral("Report") : name;
}

// A value as Excel keeps it: 15 significant digits, so arithmetic noise (70.4 / 100 = 0.7040000000000001) is not
// stored; the number format rounds what is shown.
double excelNumber(double v)
{
    return QString::number(v, 'g', 15).toDouble();
}

// A whole number (below 10^15) is kept as it is: only a fraction can carry such noise.
double excelNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        if (const qint64 n = v.toLongLong(); n > -1'000'000'000'000'000 && n < 1'000'000'000'000'000)
            return double(n);
        break;
    default:
        break;
    }
    return excelNumber(v.toDouble());
}

lxw_datetime excelDate(const QDate &d)
{
    lxw_datetime dt{};
    dt.year = d.year();
    dt.month = d.month();
    dt.day = d.day();
    return dt;
}

// Text shown for a value, for the column width.
int shownLength(const QVariant &v, Type type)
{
    if (v.isNull())
        return 0;
    switch (type) {
    case Type::Date:
        return 10;
    case Type::Integer:
        return int(QString::number(v.toLongLong()).size());
    case Type::Decimal:
    case Type::Percent:
        return int(QString::number(v.toDouble(), 'f', 1).size()) + 2;
    case Type::Text:
        return int(v.toString().size());
    }
    return 0;
}

// --- the data rows, written here instead of cell by cell through libxlsxwriter ---
// libxlsxwriter formats every cell with fprintf and deflates the package at zlib's default level: on a 50,000-row
// report that was most of the writing time. It still writes the workbook (styles, the title and header rows, the
// totals, widths, panes, filter, print setup); the data rows are written by SheetRows as the same XML
// libxlsxwriter writes in constant-memory mode (inline strings, the same style indices, numbers as "%.16G"), put in
// place of one marker row, and the package is written again with zlib's fastest level.

void appendNumber(QByteArray &out, double v)
{
    char buf[32];
    if (v == double(qint64(v)) && v > -1e15 && v < 1e15) {
        const auto end = std::to_chars(buf, buf + sizeof buf, qint64(v)).ptr;
        out.append(buf, end - buf);
        return;
    }
    const int n = std::snprintf(buf, sizeof buf, "%.16G", v);
    out.append(buf, n);
}

// A1-style name of the cell at (row, col), both 0-based.
void appendCellName(QByteArray &out, lxw_row_t row, lxw_col_t col)
{
    char letters[4];
    int n = 0;
    for (unsigned c = unsigned(col) + 1; c > 0; c = (c - 1) / 26)
        letters[n++] = char('A' + (c - 1) % 26);
    while (n > 0)
        out.append(letters[--n]);
    char buf[16];
    const auto end = std::to_chars(buf, buf + sizeof buf, row + 1).ptr;
    out.append(buf, end - buf);
}

// Text as XML character data: & < > escaped, as libxlsxwriter does.
void appendEscaped(QByteArray &out, const QByteArray &text)
{
    for (const char ch : text) {
        switch (ch) {
        case '&':
            out.append("&amp;", 5);
            break;
        case '<':
            out.append("&lt;", 4);
            break;
        case '>':
            out.append("&gt;", 4);
            break;
        default:
            out.append(ch);
        }
    }
}

// An empty text is no cell, as with libxlsxwriter (a cell without a format).
void appendInlineString(QByteArray &out, lxw_row_t row, lxw_col_t col, const QString &text)
{
    if (text.isEmpty())
        return;
    const QByteArray utf8 = text.toUtf8();
    out.append("<c r=\"", 6);
    appendCellName(out, row, col);
    const bool preserve = std::isspace((unsigned char)utf8.front()) || std::isspace((unsigned char)utf8.back());
    out.append(preserve ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t>");
    appendEscaped(out, utf8);
    out.append("</t></is></c>", 13);
}

void appendNumberCell(QByteArray &out, lxw_row_t row, lxw_col_t col, int style, double v)
{
    out.append("<c r=\"", 6);
    appendCellName(out, row, col);
    if (style > 0) {
        out.append("\" s=\"", 5);
        appendNumber(out, style);
    }
    out.append("\"><v>", 5);
    appendNumber(out, v);
    out.append("</v></c>", 8);
}

// --- the package (a zip): read libxlsxwriter's, write it again ---

struct ZipEntry
{
    QByteArray name, data; // data uncompressed
};

quint32 le32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint32(u[0]) | quint32(u[1]) << 8 | quint32(u[2]) << 16 | quint32(u[3]) << 24;
}
quint16 le16(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint16(u[0] | u[1] << 8);
}
void put32(QByteArray &out, quint32 v)
{
    const char b[4] = {char(v), char(v >> 8), char(v >> 16), char(v >> 24)};
    out.append(b, 4);
}
void put16(QByteArray &out, quint16 v)
{
    const char b[2] = {char(v), char(v >> 8)};
    out.append(b, 2);
}

// The entries of a zip written by libxlsxwriter (stored or deflated, no zip64); empty when it is not one.
QList<ZipEntry> readZip(const QByteArray &zip)
{
    QList<ZipEntry> entries;
    const qsizetype eocd = zip.lastIndexOf(QByteArray::fromRawData("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > zip.size())
        return {};
    const int count = le16(zip.constData() + eocd + 10);
    qsizetype at = le32(zip.constData() + eocd + 16);
    for (int i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || le32(zip.constData() + at) != 0x02014b50)
            return {};
        const char *cd = zip.constData() + at;
        const int method = le16(cd + 10);
        const quint32 packed = le32(cd + 20), size = le32(cd + 24);
        const int nameLength = le16(cd + 28);
        const qsizetype local = le32(cd + 42);
        if (at + 46 + nameLength > zip.size() || local + 30 > zip.size())
            return {};
        ZipEntry e{QByteArray(cd + 46, nameLength), {}};
        at += 46 + nameLength + le16(cd + 30) + le16(cd + 32);
        const qsizetype data = local + 30 + le16(zip.constData() + local + 26) + le16(zip.constData() + local + 28);
        if (data + qsizetype(packed) > zip.size())
            return {};
        if (method == 0) {
            e.data = zip.mid(data, packed);
        } else if (method == Z_DEFLATED) {
            e.data.resize(size);
            z_stream z{};
            if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
                return {};
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zip.constData() + data));
            z.avail_in = packed;
            z.next_out = reinterpret_cast<Bytef *>(e.data.data());
            z.avail_out = size;
            const int r = inflate(&z, Z_FINISH);
            inflateEnd(&z);
            if (r != Z_STREAM_END || z.total_out != size)
                return {};
        } else {
            return {};
        }
        entries << e;
    }
    return entries;
}

// The entries as a zip, deflated at zlib's fastest level; the dates 1980-01-01 as libxlsxwriter writes them.
bool writeZip(const QList<ZipEntry> &entries, QFile &file)
{
    QByteArray directory;
    quint32 offset = 0;
    for (const ZipEntry &e : entries) {
        QByteArray packed(qsizetype(compressBound(uLong(e.data.size()))), Qt::Uninitialized);
        z_stream z{};
        if (deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return false;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(e.data.constData()));
        z.avail_in = uInt(e.data.size());
        z.next_out = reinterpret_cast<Bytef *>(packed.data());
        z.avail_out = uInt(packed.size());
        const int r = deflate(&z, Z_FINISH);
        packed.resize(qsizetype(z.total_out));
        deflateEnd(&z);
        if (r != Z_STREAM_END)
            return false;
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size())));
        QByteArray header;
        auto common = [&](QByteArray &h) {
            put16(h, 20); // version needed
            put16(h, 0);  // flags
            put16(h, Z_DEFLATED);
            put16(h, 0);      // time 00:00
            put16(h, 0x0021); // date 1980-01-01
            put32(h, crc);
            put32(h, quint32(packed.size()));
            put32(h, quint32(e.data.size()));
            put16(h, quint16(e.name.size()));
            put16(h, 0); // extra
        };
        put32(header, 0x04034b50);
        common(header);
        header += e.name;
        put32(directory, 0x02014b50);
        put16(directory, 20); // made by
        common(directory);
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += e.name;
        if (file.write(header) != header.size() || file.write(packed) != packed.size())
            return false;
        offset += quint32(header.size() + packed.size());
    }
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(entries.size()));
    put16(end, quint16(entries.size()));
    put32(end, quint32(directory.size()));
    put32(end, offset);
    put16(end, 0);
    return file.write(directory) == directory.size() && file.write(end) == end.size();
}

// The workbook at path with the marker row (0-based row) of its sheet replaced by rows, written again.
bool putRows(const QString &path, lxw_row_t row, const char *marker, const QByteArray &rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QList<ZipEntry> entries = readZip(file.readAll());
    file.close();
    const auto sheet = std::find_if(entries.begin(), entries.end(),
                                    [](const ZipEntry &e) { return e.name == "xl/worksheets/sheet1.xml"; });
    if (sheet == entries.end())
        return false;
    QByteArray start = "<row r=\"";
    appendNumber(start, double(row + 1));
    start += "\">";
    const qsizetype from = sheet->data.indexOf(start);
    const qsizetype markerAt = from < 0 ? -1 : sheet->data.indexOf(marker, from);
    const qsizetype to = markerAt < 0 ? -1 : sheet->data.indexOf("</row>", markerAt);
    if (to < 0)
        return false;
    sheet->data.replace(from, to + 6 - from, rows);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return writeZip(entries, file) && file.flush();
}

} // namespace

Result<void> XlsxWriter::write(const ReportTable &table, const QString &path, const Options &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString temp = absolute + QStringLiteral(".part");
    QFile::remove(temp);
    // Created owner-only before libxlsxwriter opens it: it truncates the file and keeps its permissions.
    if (auto created = createPrivateFile(temp); !created)
        return created.error();
    const QByteArray tempName = QFile::encodeName(temp);

    lxw_workbook_options wbOptions{};
    wbOptions.constant_memory = LXW_TRUE; // rows are written in order; keeps 10,000s of rows small and fast
    const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    wbOptions.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *wb = workbook_new_opt(tempName.constData(), &wbOptions);
    auto ioError = [&](const QString &detail) {
        QFile::remove(temp);
        return Error{Error::Kind::Io,
                     tr("The workbook “%1” could not be written: %2").arg(QDir::toNativeSeparators(absolute), detail),
                     QDir::toNativeSeparators(absolute)};
    };
    if (!wb)
        return ioError(tr("the file could not be created"));

    const QByteArray title = table.title.toUtf8();
    const QByteArray organisation = options.organisation.toUtf8();
    lxw_doc_properties props{};
    props.title = const_cast<char *>(title.constData());
    props.company = const_cast<char *>(organisation.constData());
    workbook_set_properties(wb, &props);

    const QByteArray sheet = sheetName(table.sheet.isEmpty() ? table.title : table.sheet).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheet.constData());

    lxw_format *titleFormat = workbook_add_format(wb);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8ECF0);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);

    // one format per type, plain and bold (totals)
    auto makeFormat = [&](Type type, bool bold) {
        lxw_format *f = workbook_add_format(wb);
        if (bold) {
            format_set_bold(f);
            format_set_top(f, LXW_BORDER_THIN);
        }
        switch (type) {
        case Type::Date:
            format_set_num_format(f, "dd.mm.yyyy");
            break;
        case Type::Integer:
            format_set_num_format(f, "0");
            break;
        case Type::Decimal:
            format_set_num_format(f, "0.0");
            break;
        case Type::Percent:
            format_set_num_format(f, "0.0%");
            break;
        case Type::Text:
            break;
        }
        return f;
    };
    const QList<Type> types{Type::Text, Type::Date, Type::Integer, Type::Decimal, Type::Percent};
    QList<lxw_format *> plain, bold;
    for (Type t : types) {
        plain << makeFormat(t, false);
        bold << makeFormat(t, true);
    }
    // Plain text has no format of its own: libxlsxwriter 1.1 looks a format that equals the workbook's default up
    // in its hash table again for every cell (it caches the index of a format only when the format is new), which
    // was an eighth of the time of a 50,000-row report. Without a format the cell gets the default, as before.
    plain[int(types.indexOf(Type::Text))] = nullptr;
    auto formatOf = [&](Type t, bool isBold) { return (isBold ? bold : plain).at(int(types.indexOf(t))); };

    const int columns = table.columnCount();
    // widths before any row is written (constant-memory mode)
    for (int c = 0; c < columns; ++c) {
        const Type type = table.columns.at(c).type;
        int width = std::min(int(table.columns.at(c).title.size()), 16);
        for (const QVariantList &row : table.rows)
            width = std::max(width, shownLength(row.value(c), type));
        width = std::clamp(width + 2, 6, 42);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }

    lxw_error err = LXW_NO_ERROR;
    auto check = [&](lxw_error e) {
        if (e != LXW_NO_ERROR && err == LXW_NO_ERROR)
            err = e;
    };
    check(worksheet_write_string(ws, 0, 0, title.constData(), titleFormat));
    const QString line = table.subtitle +
                         (options.organisation.isEmpty() ? QString() : QStringLiteral(" · ") + options.organisation) +
                         QStringLiteral(" · ") + Validation::formatDate(options.generatedOn);
    check(worksheet_write_string(ws, 1, 0, line.toUtf8().constData(), nullptr));
    if (!table.note.isEmpty())
        check(worksheet_write_string(ws, 2, 0, table.note.toUtf8().constData(), nullptr));
    for (int c = 0; c < columns; ++c)
        check(worksheet_write_string(ws, headerRow, lxw_col_t(c), table.columns.at(c).title.toUtf8().constData(),
                                     header));

    auto writeRow = [&](lxw_row_t r, const QVariantList &values, bool isBold) {
        for (int c = 0; c < columns; ++c) {
            const QVariant v = values.value(c);
            const Type type = table.columns.at(c).type;
            lxw_format *f =
                formatOf(v.isNull() ? Type::Text : (v.typeId() == QMetaType::QString ? Type::Text : type), isBold);
            if (v.isNull()) {
                if (isBold)
                    check(worksheet_write_blank(ws, r, lxw_col_t(c), f));
                continue;
            }
            if (v.typeId() == QMetaType::QString) { // text, also in a number column (a totals label)
                check(worksheet_write_string(ws, r, lxw_col_t(c), v.toString().toUtf8().constData(), f));
                continue;
            }
            switch (type) {
            case Type::Date: {
                lxw_datetime dt = excelDate(v.toDate());
                check(worksheet_write_datetime(ws, r, lxw_col_t(c), &dt, f));
                break;
            }
            case Type::Integer:
            case Type::Decimal:
                check(worksheet_write_number(ws, r, lxw_col_t(c), excelNumber(v), f));
                break;
            case Type::Percent:
                check(worksheet_write_number(ws, r, lxw_col_t(c), excelNumber(v.toDouble() / 100.0), f));
                break;
            case Type::Text:
                check(worksheet_write_string(ws, r, lxw_col_t(c), v.toString().toUtf8().constData(), f));
                break;
            }
        }
    };
    // (constant-memory mode: everything that names earlier rows comes before the rows)
    const lxw_row_t lastData = lxw_row_t(headerRow + table.rows.size());
    worksheet_freeze_panes(ws, headerRow + 1, 0);
    if (columns > 0)
        check(worksheet_autofilter(ws, headerRow, 0, lastData, lxw_col_t(columns - 1)));
    // The data rows as the sheet's XML (see appendNumber above): one marker row stands in their place for
    // libxlsxwriter, which so still sizes the sheet and writes the totals after them.
    // (written first: it writes out the header row, whose formats so keep their numbers in the styles)
    static constexpr char marker[] = "praksis-rows";
    if (!table.rows.isEmpty())
        check(worksheet_write_string(ws, lastData, 0, marker, nullptr));
    QList<int> styles(columns, 0);
    for (int c = 0; c < columns; ++c) {
        if (const Type type = table.columns.at(c).type; type != Type::Text)
            styles[c] = int(lxw_format_get_xf_index(formatOf(type, false)));
    }
    QByteArray rowsXml;
    rowsXml.reserve(table.rows.size() * 96 * std::max(columns, 1));
    lxw_row_t r = headerRow + 1;
    for (const QVariantList &row : table.rows) {
        rowsXml.append("<row r=\"", 8);
        appendNumber(rowsXml, double(r + 1));
        rowsXml.append("\">", 2);
        for (int c = 0; c < columns && c < row.size(); ++c) {
            const QVariant &v = row.at(c);
            if (v.isNull())
                continue;
            const lxw_col_t col = lxw_col_t(c);
            if (v.typeId() == QMetaType::QString) { // text, also in a number column
                appendInlineString(rowsXml, r, col, v.toString());
                continue;
            }
            switch (table.columns.at(c).type) {
            case Type::Date: {
                lxw_datetime dt = excelDate(v.toDate());
                appendNumberCell(rowsXml, r, col, styles.at(c), lxw_datetime_to_excel_datetime(&dt));
                break;
            }
            case Type::Integer:
            case Type::Decimal:
                appendNumberCell(rowsXml, r, col, styles.at(c), excelNumber(v));
                break;
            case Type::Percent:
                appendNumberCell(rowsXml, r, col, styles.at(c), excelNumber(v.toDouble() / 100.0));
                break;
            case Type::Text:
                appendInlineString(rowsXml, r, col, v.toString());
                break;
            }
        }
        rowsXml.append("</row>", 6);
        ++r;
    }
    if (!table.totals.isEmpty())
        writeRow(r++, table.totals, true);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_repeat_rows(ws, headerRow, headerRow);
    worksheet_fit_to_pages(ws, 1, 0);

    const lxw_error closed = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        return ioError(QString::fromUtf8(lxw_strerror(err)));
    if (closed != LXW_NO_ERROR)
        return ioError(QString::fromUtf8(lxw_strerror(closed)));
    if (!table.rows.isEmpty() && !putRows(temp, lastData, marker, rowsXml))
        return ioError(QString::fromUtf8(lxw_strerror(LXW_ERROR_CREATING_XLSX_FILE)));
    QFile::remove(absolute);
    if (!QFile::rename(temp, absolute))
        return ioError(tr("the finished file could not be moved into place"));
    return {};
}

} // namespace praksis
