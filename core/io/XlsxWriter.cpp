#include "io/XlsxWriter.h"

#include "model/Validation.h"
#include "storage/FilePermissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>

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
    lxw_row_t r = headerRow + 1;
    for (const QVariantList &row : table.rows)
        writeRow(r++, row, false);
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
    QFile::remove(absolute);
    if (!QFile::rename(temp, absolute))
        return ioError(tr("the finished file could not be moved into place"));
    return {};
}

} // namespace praksis
