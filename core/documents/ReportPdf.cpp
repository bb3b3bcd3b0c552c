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

    // numbers as the report's language writes them (a table without one: the interface's)
    const QLocale locale = table.language.isEmpty() ? QLocale() : DocumentLanguage(table.language).locale();
    // the document's own words in its language (the report's); a table without one follows the interface
    const DocumentLanguage language(table.language.isEmpty() ? Language::installed() : table.language);
    const auto docWords = [&language](const char *source) { return language.text("praksis::ReportPdf", source); };

    // texts, measured once
    QList<QStringList> allCells;
    allCells.reserve(table.rows.size());
    for (const QVariantList &row : table.rows) {
        QStringList texts;
        texts.reserve(table.columnCount());
        for (int c = 0; c < table.columnCount(); ++c)
            texts << ReportTable::text(row.value(c), table.columns.at(c).type, locale);
        allCells << texts;
    }
    QStringList allTotals;
    if (!table.totals.isEmpty())
        for (int c = 0; c < table.columnCount(); ++c)
            allTotals << ReportTable::text(table.totals.value(c), table.columns.at(c).type, locale);

    // A column with the same value in every row (and no total) says nothing row by row: it is left out and its
    // value is named once in the heading ("Programme: Sykepleie"); an empty one is left out. The first column
    // (it holds the totals label) always stays.
    QList<int> shown{0};
    QStringList constants;
    for (int c = 1; c < table.columnCount(); ++c) {
        bool same = allCells.size() >= 2 && (allTotals.isEmpty() || allTotals.at(c).isEmpty());
        for (qsizetype r = 1; same && r < allCells.size(); ++r)
            same = allCells.at(r).at(c) == allCells.at(0).at(c);
        if (!same) {
            shown << c;
            continue;
        }
        if (!allCells.at(0).at(c).isEmpty())
            constants << docWords(QT_TRANSLATE_NOOP("praksis::ReportPdf", "%1: %2"))
                             .arg(table.columns.at(c).title, allCells.at(0).at(c));
    }
    const int columns = int(shown.size());
    const auto typeOf = [&](int c) { return table.columns.at(shown.at(c)).type; };
    const auto titleOf = [&](int c) { return table.columns.at(shown.at(c)).title; };
    QList<QStringList> cells;
    cells.reserve(allCells.size());
    for (const QStringList &texts : std::as_const(allCells)) {
        QStringList kept;
        kept.reserve(columns);
        for (int c : shown)
            kept << texts.at(c);
        cells << kept;
    }
    QStringList totals;
    for (int c : shown)
        if (!allTotals.isEmpty())
            totals << allTotals.at(c);
    const QString headingNote = constants.join(QStringLiteral(" · "));

    // widths by content: what the column's longest text needs, and at least its longest word (header or cell,
    // up to a cap) so that words are not broken
    QList<double> natural(columns, 0.0), longestWord(columns, 0.0);
    const auto words = [](const QString &text) { return text.split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    for (int c = 0; c < columns; ++c)
        for (const QString &w : words(titleOf(c)))
            natural[c] = longestWord[c] = std::max(longestWord[c], fmHead.horizontalAdvance(w));
    for (const QStringList &texts : std::as_const(cells))
        for (int c = 0; c < columns; ++c) {
            const QString &s = texts.at(c);
            if (s.isEmpty())
                continue;
            const double width = fm.horizontalAdvance(s);
            natural[c] = std::max(natural[c], width);
            if (typeOf(c) == Type::Text && width > longestWord[c])
                for (const QString &w : words(s))
                    longestWord[c] = std::max(longestWord[c], std::min(fm.horizontalAdvance(w), mm(40)));
        }
    if (!totals.isEmpty())
        for (int c = 0; c < columns; ++c)
            // the totals label may run over empty neighbours, so it does not widen its column
            if (c > 0 || (columns > 1 && !totals.at(1).isEmpty()))
                natural[c] = std::max(natural[c], fmBold.horizontalAdvance(totals.at(c)));

    // numbers and dates get what they need; the text columns share the rest: short ones (student number, status)
    // stay on one line and only the longest wrap, at a common cap found by bisection
    QList<double> widths(columns), floors(columns);
    double fixed = 0;
    for (int c = 0; c < columns; ++c) {
        widths[c] = natural[c] + 2 * pad;
        floors[c] = std::min(widths[c], longestWord[c] + 2 * pad);
        if (typeOf(c) != Type::Text)
            fixed += widths[c];
    }
    auto textWidth = [&](double cap) {
        double total = 0;
        for (int c = 0; c < columns; ++c)
            if (typeOf(c) == Type::Text)
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
            if (typeOf(c) == Type::Text)
                widths[c] = std::max(floors[c], std::min(widths[c], lo));
    }
    // whatever is left over widens the text columns (or all, when there are none), so the table fills the width
    double used = 0, textUsed = 0;
    for (int c = 0; c < columns; ++c) {
        used += widths[c];
        if (typeOf(c) == Type::Text)
            textUsed += widths[c];
    }
    if (columns > 0 && used < W) {
        for (int c = 0; c < columns; ++c) {
            if (textUsed > 0 && typeOf(c) == Type::Text)
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
        const QRectF r = fmHead.boundingRect(QRectF(0, 0, widths[c] - 2 * pad, H), Qt::TextWordWrap, titleOf(c));
        headerH = std::max(headerH, r.height());
    }
    headerH = std::ceil(headerH + 2 * pad);

    // every row as high as its longest text wrapped in its column: names are wrapped, never cut
    const double lineGap = std::ceil(fm.height() * 0.6);
    const double rowH = std::ceil(fm.height()) + lineGap; // one line
    QList<double> heights;
    heights.reserve(cells.size());
    for (const QStringList &texts : std::as_const(cells)) {
        double h = rowH;
        for (int c = 0; c < columns; ++c) {
            const double inner = widths[c] - 2 * pad;
            if (texts.at(c).isEmpty() || fm.horizontalAdvance(texts.at(c)) <= inner)
                continue;
            const QRectF r = fm.boundingRect(QRectF(0, 0, inner, H), Qt::TextWordWrap, texts.at(c));
            h = std::max(h, std::ceil(r.height()) + lineGap);
        }
        heights << h;
    }

    // page geometry
    const QFontMetricsF fmTitle(titleFont, &writer), fmSub(subtitleFont, &writer), fmSmall(smallFont, &writer),
        fmOrg(orgFont, &writer);
    const QString note = headingNote.isEmpty()  ? table.note
                         : table.note.isEmpty() ? headingNote
                                                : headingNote + QLatin1Char('\n') + table.note;
    const double noteH =
        note.isEmpty() ? 0.0 : fmSmall.boundingRect(QRectF(0, 0, W, H), Qt::TextWordWrap, note).height() + mm(1);
    const double firstTop = fmOrg.height() + mm(2) + fmTitle.height() + mm(1) + fmSub.height() + noteH + mm(4);
    const double otherTop = fmSmall.height() + mm(3);
    const double footer = fmSmall.height() + mm(3);

    // Rows to pages: as many as fit, the totals row with the last rows; the last page never holds fewer than
    // keepTogether rows when the report has more (they are taken over from the page before).
    constexpr int keepTogether = 4;
    QList<int> pageStarts{0}; // first row of each page
    {
        double y = firstTop + headerH;
        const double bottom = H - footer;
        for (qsizetype r = 0; r < cells.size(); ++r) {
            const bool last = r + 1 == cells.size();
            const double need = heights.at(r) + (last && !totals.isEmpty() ? rowH : 0.0);
            if (y + need > bottom + 0.5 && r > pageStarts.constLast()) {
                pageStarts << int(r);
                y = otherTop + headerH;
            }
            y += heights.at(r);
        }
        const int lastStart = pageStarts.constLast();
        const int onLast = int(cells.size()) - lastStart;
        if (pageStarts.size() > 1 && onLast < keepTogether) {
            const int before = lastStart - pageStarts.at(pageStarts.size() - 2);
            int move = std::min(keepTogether - onLast, before - 1);
            // only as many as the last page has room for
            const auto fits = [&](int from) {
                double h = otherTop + headerH + (totals.isEmpty() ? 0.0 : rowH);
                for (qsizetype r = from; r < cells.size(); ++r)
                    h += heights.at(r);
                return h <= H - footer + 0.5;
            };
            while (move > 0 && !fits(lastStart - move))
                --move;
            if (move > 0)
                pageStarts.last() -= move;
        }
    }
    const int pages = int(pageStarts.size());
    const QString printed = Validation::formatDate(options.generatedOn);

    auto drawHeaderRow = [&](double y) {
        p.fillRect(QRectF(0, y, W, headerH), headerFill);
        p.setFont(headFont);
        p.setPen(ink);
        for (int c = 0; c < columns; ++c) {
            const int align = int(rightAligned(typeOf(c)) ? Qt::AlignRight : Qt::AlignLeft) | int(Qt::AlignBottom) |
                              int(Qt::TextWordWrap);
            p.drawText(QRectF(xs[c] + pad, y + pad, widths[c] - 2 * pad, headerH - 2 * pad), align, titleOf(c));
        }
        p.setPen(QPen(rule, mm(0.25)));
        p.drawLine(QPointF(0, y + headerH), QPointF(W, y + headerH));
        return y + headerH;
    };
    auto drawCells = [&](double y, double h, const QStringList &texts, bool spanFirst) {
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
            const int align = int(rightAligned(typeOf(c)) && !(spanFirst && c == 0) ? Qt::AlignRight : Qt::AlignLeft) |
                              int(Qt::AlignTop) | int(Qt::TextWordWrap);
            p.drawText(QRectF(xs[c] + pad, y + lineGap / 2, w, h - lineGap / 2), align, s);
        }
    };

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
            if (!note.isEmpty()) {
                p.setFont(smallFont);
                p.drawText(QRectF(0, y + fmSub.height() + mm(1), W, noteH),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
            }
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
        const int first = pageStarts.at(page - 1);
        const int end = page < pages ? pageStarts.at(page) : int(cells.size());
        p.setFont(body);
        for (int r = first; r < end; ++r) {
            if (r % 2 == 1)
                p.fillRect(QRectF(0, y, W, heights.at(r)), stripe);
            p.setPen(ink);
            drawCells(y, heights.at(r), cells.at(r), false);
            y += heights.at(r);
        }
        if (cells.isEmpty() && page == 1) {
            p.setPen(muted);
            p.drawText(QRectF(pad, y, W, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                       docWords(QT_TRANSLATE_NOOP("praksis::ReportPdf", "Nothing to report.")));
            y += rowH;
        }
        if (page == pages && !totals.isEmpty()) {
            p.setPen(QPen(ink, mm(0.3)));
            p.drawLine(QPointF(0, y), QPointF(W, y));
            p.setFont(bold);
            drawCells(y, rowH, totals, true);
            p.setFont(body);
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
