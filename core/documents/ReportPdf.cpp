#include "documents/ReportPdf.h"

#include "documents/DocumentFont.h"
#include "documents/DocumentLanguage.h"
#include "i18n/Language.h"
#include "model/Validation.h"

#include "storage/FilePermissions.h"
#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace praksis {

namespace {

using Type = ReportColumn::Type;

constexpr int dpi = 300;

double mm(double v)
{
    return v * dpi / 25.4;
}

bool rightAligned(Type t)
{
    return t == Type::Integer || t == Type::Decimal || t == Type::Percent;
}

const QColor ink(0x1f, 0x29, 0x33);
const QColor muted(0x5f, 0x6b, 0x7a);
const QColor headerFill(0xe4, 0xea, 0xf1);
const QColor stripe(0xf5, 0xf7, 0xfa);
const QColor rule(0x9a, 0xa5, 0xb1);
const QColor accent(0x1d, 0x5c, 0x8c);

} // namespace

Result<void> ReportPdf::write(const ReportTable &table, const QString &path, const Options &options)
{
    const QString native = QDir::toNativeSeparators(path);
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::Io, tr("The file “%1” could not be written: %2").arg(native, file.errorString()),
                     native};

    QPdfWriter writer(&file);
    writer.setResolution(dpi);
    writer.setTitle(table.title);
    writer.setCreator(QStringLiteral("Praksisplan"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 11, 12, 10),
                                     QPageLayout::Millimeter));

    const QFont body = DocumentFont::condensed(7.5);
    const QFont bold = DocumentFont::condensed(7.5, true);
    const QFont headFont = DocumentFont::condensed(7, true);
    const QFont titleFont = DocumentFont::font(15, true);
    const QFont subtitleFont = DocumentFont::font(9.5);
    const QFont smallFont = DocumentFont::font(7);
    const QFont orgFont = DocumentFont::font(9, true);

    QPainter p;
    if (!p.begin(&writer))
        return Error{Error::Kind::Io, tr("The PDF “%1” could not be started.").arg(native), native};

    const double W = writer.width();
    const double H = writer.height();
    const QFontMetricsF fm(body, &writer);
    const QFontMetricsF fmBold(bold, &writer);
    const QFontMetricsF fmHead(headFont, &writer);
    const double pad = mm(1.3);
    const double rowH = std::ceil(fm.height() * 1.6);
    const int columns = table.columnCount();

    // numbers as the report's language writes them (a table without one: the interface's)
    const QLocale locale = table.language.isEmpty() ? QLocale() : DocumentLanguage(table.language).locale();
    // texts and their widths, measured once
    QList<QStringList> cells;
    cells.reserve(table.rows.size());
    QList<double> natural(columns, 0.0);
    for (int c = 0; c < columns; ++c) {
        // a header may wrap at spaces: its longest word must fit
        const QStringList words = table.columns.at(c).title.split(QLatin1Char(' '));
        for (const QString &w : words)
            natural[c] = std::max(natural[c], fmHead.horizontalAdvance(w));
    }
    for (const QVariantList &row : table.rows) {
        QStringList texts;
        texts.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            const QString s = ReportTable::text(row.value(c), table.columns.at(c).type, locale);
            natural[c] = std::max(natural[c], std::min(fm.horizontalAdvance(s), mm(70)));
            texts << s;
        }
        cells << texts;
    }
    QStringList totals;
    if (!table.totals.isEmpty()) {
        for (int c = 0; c < columns; ++c) {
            const QString s = ReportTable::text(table.totals.value(c), table.columns.at(c).type, locale);
            // the totals label may run over empty neighbours, so it does not widen its column
            if (c > 0 || table.totals.value(1).isValid())
                natural[c] = std::max(natural[c], fmBold.horizontalAdvance(s));
            totals << s;
        }
    }

    // column widths: numbers and dates get what they need; the text columns share the rest so that short ones
    // (student number, status) stay whole and only the longest are cut, at a common cap found by bisection
    QList<double> widths(columns), floors(columns);
    double fixed = 0;
    for (int c = 0; c < columns; ++c) {
        widths[c] = natural[c] + 2 * pad;
        double word = 0;
        for (const QString &w : table.columns.at(c).title.split(QLatin1Char(' ')))
            word = std::max(word, fmHead.horizontalAdvance(w));
        floors[c] = std::min(widths[c], word + 2 * pad);
        if (table.columns.at(c).type != Type::Text)
            fixed += widths[c];
    }
    auto textWidth = [&](double cap) {
        double total = 0;
        for (int c = 0; c < columns; ++c)
            if (table.columns.at(c).type == Type::Text)
                total += std::max(floors[c], std::min(widths[c], cap));
        return total;
    };
    const double available = W - fixed;
    double lo = 0, hi = W;
    if (textWidth(hi) > available) {
        for (int i = 0; i < 40; ++i) {
            const double mid = (lo + hi) / 2;
            (textWidth(mid) > available ? hi : lo) = mid;
        }
        for (int c = 0; c < columns; ++c)
            if (table.columns.at(c).type == Type::Text)
                widths[c] = std::max(floors[c], std::min(widths[c], lo));
    }
    // whatever is left over widens the text columns (or all, when there are none), so the table fills the width
    double used = 0, textUsed = 0;
    for (int c = 0; c < columns; ++c) {
        used += widths[c];
        if (table.columns.at(c).type == Type::Text)
            textUsed += widths[c];
    }
    if (columns > 0 && used < W) {
        for (int c = 0; c < columns; ++c) {
            if (textUsed > 0 && table.columns.at(c).type == Type::Text)
                widths[c] += (W - used) * widths[c] / textUsed;
            else if (textUsed <= 0)
                widths[c] *= W / used;
        }
    }
    QList<double> xs(columns + 1, 0.0);
    for (int c = 0; c < columns; ++c)
        xs[c + 1] = xs[c] + widths[c];

    // the header row's height: titles wrapped in their columns
    double headerH = 0;
    for (int c = 0; c < columns; ++c) {
        const QRectF r =
            fmHead.boundingRect(QRectF(0, 0, widths[c] - 2 * pad, H), Qt::TextWordWrap, table.columns.at(c).title);
        headerH = std::max(headerH, r.height());
    }
    headerH = std::ceil(headerH + 2 * pad);

    // page geometry
    const QFontMetricsF fmTitle(titleFont, &writer), fmSub(subtitleFont, &writer), fmSmall(smallFont, &writer),
        fmOrg(orgFont, &writer);
    const double firstTop = fmOrg.height() + mm(2) + fmTitle.height() + mm(1) + fmSub.height() + mm(4);
    const double otherTop = fmSmall.height() + mm(3);
    const double footer = fmSmall.height() + mm(3);
    const int firstRows = std::max(1, int((H - firstTop - headerH - footer) / rowH));
    const int otherRows = std::max(1, int((H - otherTop - headerH - footer) / rowH));
    const int lines = int(cells.size()) + (totals.isEmpty() ? 0 : 1) + (cells.isEmpty() ? 1 : 0);
    const int pages = lines <= firstRows ? 1 : 1 + (lines - firstRows + otherRows - 1) / otherRows;
    const QString printed = Validation::formatDate(options.generatedOn);
    // the document's own words in its language (the report's); a table without one follows the interface
    const DocumentLanguage language(table.language.isEmpty() ? Language::installed() : table.language);
    const auto docWords = [&language](const char *source) { return language.text("praksis::ReportPdf", source); };

    auto drawHeaderRow = [&](double y) {
        p.fillRect(QRectF(0, y, W, headerH), headerFill);
        p.setFont(headFont);
        p.setPen(ink);
        for (int c = 0; c < columns; ++c) {
            const int align = int(rightAligned(table.columns.at(c).type) ? Qt::AlignRight : Qt::AlignLeft) |
                              int(Qt::AlignBottom) | int(Qt::TextWordWrap);
            p.drawText(QRectF(xs[c] + pad, y + pad, widths[c] - 2 * pad, headerH - 2 * pad), align,
                       table.columns.at(c).title);
        }
        p.setPen(QPen(rule, mm(0.25)));
        p.drawLine(QPointF(0, y + headerH), QPointF(W, y + headerH));
        return y + headerH;
    };
    auto drawCells = [&](double y, const QStringList &texts, const QFontMetricsF &metrics, bool spanFirst) {
        for (int c = 0; c < columns; ++c) {
            const QString &s = texts.at(c);
            if (s.isEmpty())
                continue;
            double w = widths[c] - 2 * pad;
            if (spanFirst && c == 0) { // the totals label may use the empty cells to its right
                int next = 1;
                while (next < columns && texts.at(next).isEmpty())
                    ++next;
                w = xs[next] - 2 * pad;
            }
            const QString shown = metrics.horizontalAdvance(s) > w ? metrics.elidedText(s, Qt::ElideRight, w) : s;
            const Qt::Alignment align =
                (rightAligned(table.columns.at(c).type) && !(spanFirst && c == 0) ? Qt::AlignRight : Qt::AlignLeft) |
                Qt::AlignVCenter;
            p.drawText(QRectF(xs[c] + pad, y, w, rowH), int(align), shown);
        }
    };

    int next = 0; // next data row
    bool totalsDone = totals.isEmpty();
    for (int page = 1; page <= pages; ++page) {
        if (options.progress && !options.progress(page - 1, pages)) {
            p.end();
            file.cancelWriting();
            return Error::make(Error::Kind::Cancelled, tr("The PDF export was cancelled; no file was written."));
        }
        if (page > 1)
            writer.newPage();

        // page head
        double y = 0;
        if (page == 1) {
            p.setFont(orgFont);
            p.setPen(accent);
            p.drawText(QRectF(0, 0, W, fmOrg.height()), Qt::AlignLeft | Qt::AlignTop,
                       options.organisation.isEmpty() ? QStringLiteral("Praksisplan") : options.organisation);
            p.setFont(smallFont);
            p.setPen(muted);
            p.drawText(QRectF(0, 0, W, fmOrg.height()), Qt::AlignRight | Qt::AlignTop, printed);
            y = fmOrg.height() + mm(2);
            p.setFont(titleFont);
            p.setPen(ink);
            p.drawText(QRectF(0, y, W, fmTitle.height()), Qt::AlignLeft | Qt::AlignTop, table.title);
            y += fmTitle.height() + mm(1);
            p.setFont(subtitleFont);
            p.setPen(muted);
            p.drawText(QRectF(0, y, W, fmSub.height()), Qt::AlignLeft | Qt::AlignTop, table.subtitle);
            y = firstTop;
        } else {
            p.setFont(smallFont);
            p.setPen(muted);
            const QString left = table.title + QStringLiteral(" · ") + table.subtitle;
            p.drawText(QRectF(0, 0, W * 0.7, fmSmall.height()), Qt::AlignLeft | Qt::AlignTop,
                       fmSmall.elidedText(left, Qt::ElideRight, W * 0.7));
            p.drawText(QRectF(W * 0.3, 0, W * 0.7, fmSmall.height()), Qt::AlignRight | Qt::AlignTop,
                       (options.organisation.isEmpty() ? QString() : options.organisation + QStringLiteral(" · ")) +
                           printed);
            y = otherTop;
        }

        y = drawHeaderRow(y);
        const int capacity = page == 1 ? firstRows : otherRows;
        p.setFont(body);
        for (int i = 0; i < capacity && next < cells.size(); ++i, ++next) {
            if (next % 2 == 1)
                p.fillRect(QRectF(0, y, W, rowH), stripe);
            p.setPen(ink);
            drawCells(y, cells.at(next), fm, false);
            y += rowH;
        }
        if (cells.isEmpty() && page == 1) {
            p.setPen(muted);
            p.drawText(QRectF(pad, y, W, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                       docWords(QT_TRANSLATE_NOOP("praksis::ReportPdf", "Nothing to report.")));
            y += rowH;
        }
        if (next >= cells.size() && !totalsDone && (y + rowH <= H - footer + 0.5)) {
            p.setPen(QPen(ink, mm(0.3)));
            p.drawLine(QPointF(0, y), QPointF(W, y));
            p.setFont(bold);
            drawCells(y, totals, fmBold, true);
            p.setFont(body);
            totalsDone = true;
        }

        // foot
        p.setFont(smallFont);
        p.setPen(muted);
        p.drawText(QRectF(0, H - fmSmall.height(), W, fmSmall.height()), Qt::AlignLeft | Qt::AlignBottom,
                   docWords(QT_TRANSLATE_NOOP("praksis::ReportPdf", "Praksisplan · %1")).arg(table.title));
        p.drawText(QRectF(0, H - fmSmall.height(), W, fmSmall.height()), Qt::AlignRight | Qt::AlignBottom,
                   docWords(QT_TRANSLATE_NOOP("praksis::ReportPdf", "Page %1 of %2")).arg(page).arg(pages));
    }
    if (!p.end())
        return Error{Error::Kind::Io, tr("The PDF “%1” could not be written.").arg(native), native};
    if (!file.commit())
        return Error{Error::Kind::Io, tr("The file “%1” could not be written: %2").arg(native, file.errorString()),
                     native};
    return {};
}

} // namespace praksis
