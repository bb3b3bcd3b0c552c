#include "pages/planner/PlannerGrid.h"

#include "Colors.h"
#include "Icons.h"
#include "calendar/IsoWeek.h"
#include "model/Names.h"
#include "pages/planner/PlannerGridAccessible.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace praksis {

namespace {

constexpr int headingHeight = 24;

// "123 4": the placement and the day of the period that was grabbed
QByteArray placementPayload(qint64 id, int day)
{
    return QByteArray::number(id) + ' ' + QByteArray::number(day);
}

} // namespace

PlannerGrid::PlannerGrid(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    // before anything a screen reader may hear of (setAccessibleName): the interface is made once per widget
    PlannerGridAccessible::install();
    setObjectName(QStringLiteral("plannerGrid"));
    setAccessibleName(tr("Planner timeline"));
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
}

int PlannerGrid::headerHeight() const
{
    return 2 * fontMetrics().height() + 10;
}

int PlannerGrid::laneHeight() const
{
    return fontMetrics().height() + 8;
}

int PlannerGrid::nameWidth() const
{
    return std::max(200, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34);
}

void PlannerGrid::setBoard(const PlannerBoard &board)
{
    if (board.periodId != m_board.periodId)
        m_fitPending = true;
    const qint64 previousCurrent = m_currentPlacement;
    const QString previousText = placementText(m_currentPlacement);
    m_board = board;
    const QList<IsoWeek> weeks = IsoWeek::spanning(board.start, board.end);
    m_weeks = int(weeks.size());
    m_firstMonday = weeks.isEmpty() ? board.start : weeks.first().monday();
    m_sites = board.sites;

    m_bars.clear();
    m_barOfPlacement.clear();
    m_conflictsOfSite.clear();
    m_conflictsOfPlacement.clear();
    for (int i = 0; i < board.conflicts.size(); ++i) {
        const Conflict &c = board.conflicts[i];
        if (c.rule == Conflict::Rule::SiteOverCapacity)
            m_conflictsOfSite[c.siteId] << i;
        for (qint64 id : c.placementIds)
            m_conflictsOfPlacement[id] << i;
    }
    for (const PlacementRow &p : board.placements) {
        Bar b;
        b.placementId = p.id;
        b.siteId = p.siteId;
        b.student = p.student;
        b.supervisor = p.supervisor;
        b.start = p.start;
        b.end = p.end;
        b.status = p.status;
        b.locked = p.locked;
        for (int i : m_conflictsOfPlacement.value(p.id))
            b.conflicted = b.conflicted || board.conflicts[i].rule != Conflict::Rule::SiteOverCapacity;
        m_bars << b;
    }
    layoutRows();
    updateScrollBars();
    fitPeriod();
    if (m_currentPlacement && !m_barOfPlacement.contains(m_currentPlacement))
        m_currentPlacement = 0;
    if (m_currentRow >= m_rows.size())
        m_currentRow = -1;
    if (m_currentPlacement)
        m_currentRow = m_rowOfSite.value(m_bars[m_barOfPlacement.value(m_currentPlacement)].siteId, -1);
    viewport()->update();
    PlannerGridAccessible::boardChanged(this, previousCurrent, previousText);
}

QList<qint64> PlannerGrid::siteIds() const
{
    QList<qint64> ids;
    for (const Row &row : m_rows)
        if (row.site >= 0)
            ids << m_sites[row.site].id;
    return ids;
}

QList<qint64> PlannerGrid::placementsOfSite(qint64 siteId) const
{
    QList<qint64> ids;
    const int r = m_rowOfSite.value(siteId, -1);
    if (r >= 0)
        for (int b : m_rows[r].bars)
            ids << m_bars[b].placementId;
    return ids;
}

qint64 PlannerGrid::siteOfPlacement(qint64 placementId) const
{
    const int b = m_barOfPlacement.value(placementId, -1);
    return b < 0 ? 0 : m_bars[b].siteId;
}

QString PlannerGrid::weeksText(QDate from, QDate to)
{
    const IsoWeek first = IsoWeek::of(from), last = IsoWeek::of(to);
    if (!first.isValid() || !last.isValid())
        return {};
    if (first.year == last.year && first.week == last.week)
        return first.label();
    return tr("%1–%2", "a range of weeks: 'week 43' and the number of the last week").arg(first.label()).arg(last.week);
}

QString PlannerGrid::placementText(qint64 placementId) const
{
    const int i = placementId ? m_barOfPlacement.value(placementId, -1) : -1;
    if (i < 0)
        return {};
    const Bar &b = m_bars[i];
    const int r = m_rowOfSite.value(b.siteId, -1);
    QStringList parts{b.student, r >= 0 ? m_sites[m_rows[r].site].name : QString(), weeksText(b.start, b.end),
                      label(b.status).toLower(), b.locked ? tr("locked") : tr("made by the automatic planner")};
    QStringList conflicts;
    for (int c : m_conflictsOfPlacement.value(placementId))
        conflicts << m_board.conflicts[c].message;
    if (!conflicts.isEmpty())
        parts << tr("conflict: %1").arg(conflicts.join(QStringLiteral("; ")));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString PlannerGrid::placementDetails(qint64 placementId) const
{
    const int i = placementId ? m_barOfPlacement.value(placementId, -1) : -1;
    if (i < 0)
        return {};
    const Bar &b = m_bars[i];
    return displayDateRange(b.start, b.end) + QStringLiteral(", ") +
           (b.supervisor.isEmpty() ? tr("No supervisor yet") : tr("Supervisor: %1").arg(b.supervisor));
}

QString PlannerGrid::siteText(qint64 siteId) const
{
    const int r = m_rowOfSite.value(siteId, -1);
    if (r < 0)
        return {};
    const Row &row = m_rows[r];
    const PlannerBoard::Site &site = m_sites[row.site];
    QStringList parts{site.name, tr("capacity %1").arg(site.capacity)};
    if (!site.eligible)
        parts << tr("its kind is not eligible in this period");
    // the week columns over capacity, consecutive ones as one range
    QList<int> weeks = row.overWeeks;
    std::sort(weeks.begin(), weeks.end());
    QStringList ranges;
    for (int k = 0; k < weeks.size();) {
        int e = k;
        while (e + 1 < weeks.size() && weeks[e + 1] == weeks[e] + 1)
            ++e;
        ranges << weeksText(m_firstMonday.addDays(7 * weeks[k]), m_firstMonday.addDays(7 * weeks[e]));
        k = e + 1;
    }
    if (!ranges.isEmpty())
        parts << tr("over capacity in %1").arg(ranges.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(", "));
}

QString PlannerGrid::siteDetails(qint64 siteId) const
{
    const int r = m_rowOfSite.value(siteId, -1);
    if (r < 0)
        return {};
    QStringList lines{label(m_sites[m_rows[r].site].kind), tr("%n placement(s)", nullptr, int(m_rows[r].bars.size()))};
    for (int c : m_conflictsOfSite.value(siteId))
        lines << m_board.conflicts[c].message;
    return lines.join(QStringLiteral(". "));
}

void PlannerGrid::layoutRows()
{
    m_rows.clear();
    m_rowOfSite.clear();
    QHash<qint64, QList<int>> barsOfSite;
    for (int i = 0; i < m_bars.size(); ++i)
        barsOfSite[m_bars[i].siteId] << i;
    const int lane = laneHeight();
    int y = 0;
    for (int s = 0; s < m_sites.size(); ++s) {
        if (s == 0 || m_sites[s].kind != m_sites[s - 1].kind) {
            Row heading;
            heading.top = y;
            heading.height = headingHeight;
            heading.heading = label(m_sites[s].kind);
            m_rows << heading;
            y += headingHeight;
        }
        Row row;
        row.top = y;
        row.site = s;
        row.bars = barsOfSite.value(m_sites[s].id);
        std::sort(row.bars.begin(), row.bars.end(), [&](int a, int b) {
            return m_bars[a].start != m_bars[b].start ? m_bars[a].start < m_bars[b].start
                                                      : m_bars[a].placementId < m_bars[b].placementId;
        });
        // lanes: each bar in the first lane that is free at its start
        QList<QDate> laneEnds;
        for (int b : std::as_const(row.bars)) {
            int l = 0;
            while (l < laneEnds.size() && laneEnds[l] >= m_bars[b].start)
                ++l;
            if (l == laneEnds.size())
                laneEnds << m_bars[b].end;
            else
                laneEnds[l] = m_bars[b].end;
            m_bars[b].lane = l;
            m_barOfPlacement.insert(m_bars[b].placementId, b);
        }
        // the week columns over capacity
        for (int i : m_conflictsOfSite.value(m_sites[s].id)) {
            const Conflict &c = m_board.conflicts[i];
            const int w1 = std::max(0, int(m_firstMonday.daysTo(c.from) / 7));
            const int w2 = std::min(m_weeks - 1, int(m_firstMonday.daysTo(c.to) / 7));
            for (int w = w1; w <= w2; ++w)
                if (!row.overWeeks.contains(w))
                    row.overWeeks << w;
        }
        row.height = int(std::max<qsizetype>(1, laneEnds.size())) * lane + 6;
        m_rowOfSite.insert(m_sites[s].id, int(m_rows.size()));
        m_rows << row;
        y += row.height;
    }
    m_contentHeight = y;
}

void PlannerGrid::updateScrollBars()
{
    const int contentWidth = nameWidth() + m_weeks * m_weekWidth;
    const int w = viewport()->width(), h = viewport()->height();
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - w));
    horizontalScrollBar()->setPageStep(std::max(1, w - nameWidth()));
    horizontalScrollBar()->setSingleStep(std::max(4, m_weekWidth / 4));
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight + headerHeight() - h));
    verticalScrollBar()->setPageStep(std::max(1, h - headerHeight()));
    verticalScrollBar()->setSingleStep(laneHeight());
}

void PlannerGrid::setWeekWidth(int width)
{
    zoomAround(width, nameWidth());
}

void PlannerGrid::zoomIn()
{
    zoomAround(int(std::lround(m_weekWidth * 1.25)), nameWidth());
}

void PlannerGrid::zoomOut()
{
    zoomAround(int(std::lround(m_weekWidth / 1.25)), nameWidth());
}

void PlannerGrid::zoomAround(int width, int viewportX)
{
    width = std::clamp(width, minWeekWidth, maxWeekWidth);
    if (width == m_weekWidth)
        return;
    // keep the date under viewportX where it is
    const int anchor = std::max(0, viewportX - nameWidth());
    const double days = (horizontalScrollBar()->value() + anchor) / dayWidth();
    m_weekWidth = width;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(days * dayWidth())) - anchor);
    viewport()->update();
    emit zoomChanged(m_weekWidth);
}

void PlannerGrid::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    fitPeriod();
}

void PlannerGrid::fitPeriod()
{
    // A new period starts with its weeks filling the width, as long as the week labels stay readable.
    if (!m_fitPending || m_weeks == 0 || !isVisible() || viewport()->width() <= nameWidth())
        return;
    m_fitPending = false;
    const int readable = fontMetrics().horizontalAdvance(IsoWeek{2026, 52}.label()) + 16;
    const int fit = (viewport()->width() - nameWidth()) / m_weeks;
    const int width = std::clamp(std::max(fit, readable), minWeekWidth, maxWeekWidth);
    horizontalScrollBar()->setValue(0);
    if (width != m_weekWidth)
        zoomAround(width, nameWidth());
}

int PlannerGrid::contentX(QDate date) const
{
    return nameWidth() + int(std::lround(m_firstMonday.daysTo(date) * dayWidth()));
}

int PlannerGrid::xOfDate(QDate date) const
{
    return contentX(date) - horizontalScrollBar()->value();
}

int PlannerGrid::rowIndexAt(int contentY) const
{
    auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), contentY, [](int y, const Row &r) { return y < r.top; });
    if (it == m_rows.cbegin())
        return -1;
    const int i = int(it - m_rows.cbegin()) - 1;
    return contentY < m_rows[i].top + m_rows[i].height ? i : -1;
}

QRect PlannerGrid::barContentRect(const Bar &b, const Row &row) const
{
    const int x1 = contentX(b.start) + 1, x2 = contentX(b.end.addDays(1)) - 1;
    return QRect(x1, row.top + 3 + b.lane * laneHeight(), std::max(6, x2 - x1), laneHeight() - 3);
}

QRect PlannerGrid::rowRect(qint64 siteId) const
{
    const int r = m_rowOfSite.value(siteId, -1);
    if (r < 0)
        return {};
    return QRect(0, headerHeight() + m_rows[r].top - verticalScrollBar()->value(), viewport()->width(),
                 m_rows[r].height);
}

QRect PlannerGrid::barRect(qint64 placementId) const
{
    const int b = m_barOfPlacement.value(placementId, -1);
    if (b < 0)
        return {};
    const int r = m_rowOfSite.value(m_bars[b].siteId, -1);
    if (r < 0)
        return {};
    const QRect rect = barContentRect(m_bars[b], m_rows[r])
                           .translated(-horizontalScrollBar()->value(), headerHeight() - verticalScrollBar()->value());
    const QRect visible(nameWidth(), headerHeight(), viewport()->width() - nameWidth(),
                        viewport()->height() - headerHeight());
    return rect.intersected(visible);
}

qint64 PlannerGrid::siteAt(QPoint pos) const
{
    if (pos.y() < headerHeight())
        return 0;
    const int r = rowIndexAt(pos.y() - headerHeight() + verticalScrollBar()->value());
    return r >= 0 && m_rows[r].site >= 0 ? m_sites[m_rows[r].site].id : 0;
}

QDate PlannerGrid::dateAt(QPoint pos) const
{
    if (pos.x() < nameWidth() || !m_firstMonday.isValid())
        return {};
    const int x = pos.x() + horizontalScrollBar()->value() - nameWidth();
    return m_firstMonday.addDays(int(std::floor(x / dayWidth())));
}

qint64 PlannerGrid::placementAt(QPoint pos) const
{
    if (pos.y() < headerHeight() || pos.x() < nameWidth())
        return 0;
    const QPoint content(pos.x() + horizontalScrollBar()->value(),
                         pos.y() - headerHeight() + verticalScrollBar()->value());
    const int r = rowIndexAt(content.y());
    if (r < 0)
        return 0;
    for (int b : m_rows[r].bars)
        if (barContentRect(m_bars[b], m_rows[r]).contains(content))
            return m_bars[b].placementId;
    return 0;
}

qint64 PlannerGrid::currentSite() const
{
    return m_currentRow >= 0 && m_rows[m_currentRow].site >= 0 ? m_sites[m_rows[m_currentRow].site].id : 0;
}

void PlannerGrid::ensureSiteVisible(qint64 siteId)
{
    const int r = m_rowOfSite.value(siteId, -1);
    if (r < 0)
        return;
    const int top = m_rows[r].top, bottom = top + m_rows[r].height;
    const int view = viewport()->height() - headerHeight();
    QScrollBar *v = verticalScrollBar();
    if (top < v->value())
        v->setValue(top);
    else if (bottom > v->value() + view)
        v->setValue(bottom - view);
}

QPixmap PlannerGrid::lockPixmap(const QColor &ink) const
{
    // the bundled lock icon in the bar's text colour, made once per colour
    const QRgb key = ink.rgba();
    auto it = m_lockPixmaps.constFind(key);
    if (it != m_lockPixmaps.cend())
        return it.value();
    const qreal dpr = devicePixelRatioF();
    QPixmap pm = themedIcon(QStringLiteral("lock")).pixmap(QSize(lockSize, lockSize), dpr);
    {
        QPainter tint(&pm);
        tint.setCompositionMode(QPainter::CompositionMode_SourceIn);
        tint.fillRect(pm.rect(), ink);
    }
    m_lockPixmaps.insert(key, pm);
    return pm;
}

void PlannerGrid::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette pal = palette();
    const int dx = horizontalScrollBar()->value(), dy = verticalScrollBar()->value();
    const int w = viewport()->width(), h = viewport()->height();
    const int header = headerHeight(), names = nameWidth();
    p.fillRect(viewport()->rect(), pal.base());
    const QColor grid = pal.color(QPalette::Midlight).darker(105);
    const QColor strongGrid = pal.color(QPalette::Mid);
    QColor over = Colors::conflict();
    over.setAlpha(55);
    const int firstWeek = std::max(0, dx / m_weekWidth);
    const int lastWeek = std::min(m_weeks - 1, (dx + w - names) / m_weekWidth);
    const QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    QFont struck = normal;
    struck.setStrikeOut(true);

    p.save();
    p.setClipRect(QRect(0, header, w, h - header));
    const int first = std::max(0, rowIndexAt(dy) < 0 ? 0 : rowIndexAt(dy));
    for (int r = first; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        const int top = header + row.top - dy;
        if (top > h)
            break;
        if (top + row.height < header)
            continue;
        if (row.site < 0) {
            p.fillRect(QRect(0, top, w, row.height), pal.alternateBase());
            p.setPen(strongGrid);
            p.drawLine(0, top + row.height - 1, w, top + row.height - 1);
            p.setFont(bold);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRect(8, top, w - 16, row.height), Qt::AlignVCenter | Qt::AlignLeft, row.heading);
            p.setFont(normal);
            continue;
        }
        const PlannerBoard::Site &site = m_sites[row.site];
        if (r == m_dropRow)
            p.fillRect(QRect(names, top, w - names, row.height), pal.color(QPalette::Highlight).lighter(170));
        else if (r == m_currentRow)
            p.fillRect(QRect(names, top, w - names, row.height), pal.alternateBase());
        if (!site.eligible)
            p.fillRect(QRect(names, top, w - names, row.height), QBrush(grid, Qt::BDiagPattern));
        for (int wk : row.overWeeks)
            if (wk >= firstWeek && wk <= lastWeek)
                p.fillRect(QRect(names + wk * m_weekWidth - dx, top, m_weekWidth, row.height), over);
        p.setPen(grid);
        for (int wk = firstWeek; wk <= lastWeek + 1; ++wk) {
            const int x = names + wk * m_weekWidth - dx;
            if (x >= names)
                p.drawLine(x, top, x, top + row.height - 1);
        }
        p.drawLine(names, top + row.height - 1, w, top + row.height - 1);
        for (int bi : row.bars) {
            const Bar &b = m_bars[bi];
            const QRect rect = barContentRect(b, row).translated(-dx, header - dy);
            if (rect.right() < names || rect.left() > w)
                continue;
            const QColor fill = Colors::status(b.status);
            QPainterPath path;
            path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
            if (fill.isValid())
                p.fillPath(path, fill);
            QPen outline(fill.isValid() ? fill.darker(125) : strongGrid, 1, b.locked ? Qt::SolidLine : Qt::DashLine);
            if (b.conflicted)
                outline = QPen(Colors::conflict(), 2.5);
            if (b.placementId == m_currentPlacement)
                outline = QPen(pal.color(QPalette::Highlight), 3);
            p.setPen(outline);
            p.drawPath(path);
            p.setFont(b.status == PlacementStatus::Cancelled ? struck : normal);
            p.setPen(fill.isValid() ? Colors::textOn(fill) : pal.color(QPalette::Text));
            // the name stays readable while the bar's start is scrolled under the frozen column
            QRect text = rect.adjusted(6, 0, -4, 0);
            text.setLeft(std::max(text.left(), names + 4));
            QString label = b.student;
            if (b.conflicted)
                label = QStringLiteral("⚠ ") + label;
            if (b.locked && text.width() > 3 * lockSize) {
                const QColor ink = fill.isValid() ? Colors::textOn(fill) : pal.color(QPalette::Text);
                p.drawPixmap(text.left(), text.top() + (text.height() - lockSize) / 2, lockPixmap(ink));
                text.setLeft(text.left() + lockSize + 4);
            }
            if (text.width() > 8)
                p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                           p.fontMetrics().elidedText(label, Qt::ElideRight, text.width()));
        }
        p.setFont(normal);
        // the frozen first column
        p.fillRect(QRect(0, top, names, row.height), r == m_currentRow ? pal.highlight() : pal.window());
        p.setPen(strongGrid);
        p.drawLine(names - 1, top, names - 1, top + row.height);
        p.drawLine(0, top + row.height - 1, names, top + row.height - 1);
        const bool overCapacity = !row.overWeeks.isEmpty();
        QColor nameColor = r == m_currentRow ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::WindowText);
        if (overCapacity && r != m_currentRow)
            nameColor = Colors::errorText(pal);
        p.setPen(nameColor);
        const QString capacity = tr("(%1)", "a site's capacity after its name").arg(site.capacity);
        const QString warn = overCapacity ? QStringLiteral("⚠ ") : QString();
        const int textWidth = names - 24;
        const QFontMetrics fm = p.fontMetrics();
        if (row.height >= 2 * laneHeight() && !site.unit.isEmpty()) {
            // two lines: the site's name, then its unit and capacity
            p.drawText(QRect(16, top + 2, textWidth, laneHeight()), Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(warn + site.baseName, Qt::ElideRight, textWidth));
            const QString second = fm.elidedText(site.unit, Qt::ElideRight,
                                                 textWidth - fm.horizontalAdvance(capacity) - fm.averageCharWidth());
            p.drawText(QRect(16, top + 2 + laneHeight(), textWidth, laneHeight()), Qt::AlignVCenter | Qt::AlignLeft,
                       second + QLatin1Char(' ') + capacity);
        } else {
            const QString name = fm.elidedText(warn + site.name, Qt::ElideRight,
                                               textWidth - fm.horizontalAdvance(capacity) - fm.averageCharWidth());
            p.drawText(QRect(16, top + 2, textWidth, laneHeight()), Qt::AlignVCenter | Qt::AlignLeft,
                       name + QLatin1Char(' ') + capacity);
        }
    }
    p.restore();

    // the header: "uke 14" and the Monday under it
    p.fillRect(QRect(0, 0, w, header), pal.button());
    p.setPen(strongGrid);
    p.drawLine(0, header - 1, w, header - 1);
    const QDate today = QDate::currentDate();
    for (int wk = firstWeek; wk <= lastWeek; ++wk) {
        const QDate monday = m_firstMonday.addDays(7 * wk);
        const int x = names + wk * m_weekWidth - dx;
        if (x + m_weekWidth < names)
            continue;
        const IsoWeek week = IsoWeek::of(monday);
        p.setPen(strongGrid);
        p.drawLine(x, 0, x, header);
        const bool thisWeek = week.contains(today);
        p.setFont(thisWeek ? bold : normal);
        p.setPen(pal.color(QPalette::ButtonText));
        const QRect cell(x + 2, 0, m_weekWidth - 4, header);
        if (m_weekWidth >= p.fontMetrics().horizontalAdvance(week.label()) + 6)
            p.drawText(cell, Qt::AlignCenter, week.headerText());
        else
            p.drawText(cell, Qt::AlignCenter, QString::number(week.week));
    }
    p.setFont(normal);
    p.fillRect(QRect(0, 0, names, header), pal.button());
    p.setPen(pal.color(QPalette::ButtonText));
    p.drawText(QRect(8, 0, names - 16, header), Qt::AlignVCenter | Qt::AlignLeft, tr("Site (capacity)"));
    p.setPen(strongGrid);
    p.drawLine(names - 1, 0, names - 1, header);
    if (m_rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, header, w, h - header), Qt::AlignCenter | Qt::TextWordWrap,
                   m_board.periodId ? tr("No site has a kind that is eligible in this period.")
                                    : tr("Choose a period in the toolbar."));
    }
}

QString PlannerGrid::toolTipAt(QPoint pos) const
{
    const auto conflictLines = [&](const QList<int> &indexes, QDate from, QDate to) {
        QStringList lines;
        for (int i : indexes) {
            const Conflict &c = m_board.conflicts[i];
            if ((!from.isValid() || c.to >= from) && (!to.isValid() || c.from <= to))
                lines << QStringLiteral("⚠ ") + c.message;
        }
        return lines;
    };
    if (const qint64 id = placementAt(pos)) {
        const Bar &b = m_bars[m_barOfPlacement.value(id)];
        QStringList lines{b.student, displayDateRange(b.start, b.end), label(b.status),
                          b.supervisor.isEmpty() ? tr("No supervisor yet") : tr("Supervisor: %1").arg(b.supervisor),
                          b.locked ? tr("Locked: the automatic planner keeps it")
                                   : tr("Made by the automatic planner; it may change it")};
        lines << conflictLines(m_conflictsOfPlacement.value(id), {}, {});
        return lines.join(QLatin1Char('\n'));
    }
    const qint64 site = siteAt(pos);
    if (!site)
        return {};
    const PlannerBoard::Site &s = m_sites[m_rows[m_rowOfSite.value(site)].site];
    if (pos.x() >= nameWidth()) {
        const QDate day = dateAt(pos);
        const QDate monday = m_firstMonday.addDays(m_firstMonday.daysTo(day) / 7 * 7);
        return conflictLines(m_conflictsOfSite.value(site), monday, monday.addDays(6)).join(QLatin1Char('\n'));
    }
    QStringList lines{s.name, label(s.kind),
                      tr("Room for %n student(s) at a time in this period", nullptr, s.capacity)};
    if (!s.eligible)
        lines << tr("Its kind is not eligible in this period.");
    lines << conflictLines(m_conflictsOfSite.value(site), {}, {});
    return lines.join(QLatin1Char('\n'));
}

bool PlannerGrid::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void PlannerGrid::setCurrent(qint64 placementId, int row)
{
    const bool changed = placementId != m_currentPlacement;
    const int previousRow = m_currentRow;
    m_currentPlacement = placementId;
    m_currentRow = row;
    if (row >= 0 && m_rows[row].site >= 0)
        ensureSiteVisible(m_sites[m_rows[row].site].id);
    if (placementId) {
        // bring the bar into view horizontally
        const Bar &b = m_bars[m_barOfPlacement.value(placementId)];
        const int x1 = contentX(b.start) - nameWidth(), x2 = contentX(b.end.addDays(1)) - nameWidth();
        const int view = viewport()->width() - nameWidth();
        QScrollBar *hb = horizontalScrollBar();
        if (x1 < hb->value())
            hb->setValue(x1);
        else if (x2 > hb->value() + view)
            hb->setValue(std::min(x1, x2 - view));
    }
    viewport()->update();
    if (changed || row != previousRow)
        PlannerGridAccessible::currentChanged(this);
    if (changed)
        emit currentPlacementChanged(placementId);
}

void PlannerGrid::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    // entered with the keyboard: something is current at once, and a screen reader reads it
    const bool tabbed = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (tabbed && m_currentRow < 0)
        moveCurrentRow(1);
    else
        PlannerGridAccessible::currentChanged(this);
}

void PlannerGrid::setCurrentPlacement(qint64 placementId)
{
    const int b = m_barOfPlacement.value(placementId, -1);
    if (b < 0) {
        setCurrent(0, m_currentRow);
        return;
    }
    setCurrent(placementId, m_rowOfSite.value(m_bars[b].siteId, -1));
}

void PlannerGrid::moveCurrentRow(int delta)
{
    if (m_rows.isEmpty())
        return;
    int r = m_currentRow < 0 ? (delta > 0 ? -1 : int(m_rows.size())) : m_currentRow;
    do
        r += delta;
    while (r >= 0 && r < m_rows.size() && m_rows[r].site < 0);
    if (r < 0 || r >= m_rows.size())
        return;
    // keep roughly the same date: the first bar of the new row that overlaps the current one
    qint64 pick = 0;
    if (!m_rows[r].bars.isEmpty()) {
        pick = m_bars[m_rows[r].bars.first()].placementId;
        if (m_currentPlacement) {
            const Bar &cur = m_bars[m_barOfPlacement.value(m_currentPlacement)];
            for (int b : m_rows[r].bars)
                if (m_bars[b].start <= cur.end && m_bars[b].end >= cur.start) {
                    pick = m_bars[b].placementId;
                    break;
                }
        }
    }
    setCurrent(pick, r);
}

void PlannerGrid::moveCurrentBar(int delta)
{
    if (m_currentRow < 0 || m_rows[m_currentRow].bars.isEmpty())
        return;
    const QList<int> &bars = m_rows[m_currentRow].bars;
    int k = 0;
    for (int i = 0; i < bars.size(); ++i)
        if (m_bars[bars[i]].placementId == m_currentPlacement)
            k = i + delta;
    if (!m_currentPlacement)
        k = delta > 0 ? 0 : int(bars.size()) - 1;
    k = std::clamp(k, 0, int(bars.size()) - 1);
    setCurrent(m_bars[bars[k]].placementId, m_currentRow);
}

void PlannerGrid::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    const qint64 current = m_currentPlacement;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int delta = event->key() == Qt::Key_Up ? -1 : 1;
        if (alt && current) {
            // move the placement to the previous / next site row
            int r = m_currentRow;
            do
                r += delta;
            while (r >= 0 && r < m_rows.size() && m_rows[r].site < 0);
            if (r >= 0 && r < m_rows.size())
                emit placementDropped(current, m_sites[m_rows[r].site].id, 0);
        } else {
            moveCurrentRow(delta);
        }
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int delta = event->key() == Qt::Key_Left ? -1 : 1;
        if (alt && current)
            emit placementDropped(current, m_bars[m_barOfPlacement.value(current)].siteId, delta);
        else
            moveCurrentBar(delta);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current)
            emit placementActivated(current);
        return;
    case Qt::Key_Delete:
        if (current)
            emit removeRequested(current);
        return;
    case Qt::Key_Plus:
        if (event->modifiers() & Qt::ControlModifier) {
            zoomIn();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (event->modifiers() & Qt::ControlModifier) {
            zoomOut();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PlannerGrid::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0) {
            const double factor = std::pow(1.25, steps);
            zoomAround(int(std::lround(m_weekWidth * factor)), int(event->position().x()));
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PlannerGrid::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    const qint64 id = placementAt(m_pressPos);
    m_pressedPlacement = event->button() == Qt::LeftButton ? id : 0;
    if (id)
        setCurrentPlacement(id);
    else if (const qint64 site = siteAt(m_pressPos))
        setCurrent(0, m_rowOfSite.value(site, -1));
    QAbstractScrollArea::mousePressEvent(event);
}

void PlannerGrid::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressedPlacement && (event->buttons() & Qt::LeftButton) &&
        (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        auto *mime = new QMimeData;
        mime->setData(placementMime,
                      placementPayload(m_pressedPlacement, int(m_firstMonday.daysTo(dateAt(m_pressPos)))));
        auto *drag = new QDrag(this);
        drag->setMimeData(mime);
        m_pressedPlacement = 0;
        drag->exec(Qt::MoveAction);
        return;
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void PlannerGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 id = placementAt(event->position().toPoint()))
        emit placementActivated(id);
}

void PlannerGrid::contextMenuEvent(QContextMenuEvent *event)
{
    qint64 id = 0;
    QPoint global = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        id = m_currentPlacement;
        const QRect r = barRect(id);
        if (!r.isEmpty())
            global = viewport()->mapToGlobal(r.bottomLeft());
    } else {
        id = placementAt(viewport()->mapFrom(this, event->pos()));
        if (id)
            setCurrentPlacement(id);
    }
    if (id)
        emit placementMenuRequested(id, global);
}

void PlannerGrid::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(studentMime) || event->mimeData()->hasFormat(placementMime))
        event->acceptProposedAction();
}

void PlannerGrid::dragMoveEvent(QDragMoveEvent *event)
{
    const qint64 site = siteAt(event->position().toPoint());
    const int row = site ? m_rowOfSite.value(site, -1) : -1;
    if (row != m_dropRow) {
        m_dropRow = row;
        viewport()->update();
    }
    if (site)
        event->acceptProposedAction();
    else
        event->ignore();
}

void PlannerGrid::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropRow = -1;
    viewport()->update();
}

void PlannerGrid::dropEvent(QDropEvent *event)
{
    m_dropRow = -1;
    viewport()->update();
    if (dropMime(event->mimeData(), event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
}

bool PlannerGrid::dropMime(const QMimeData *mime, QPoint pos)
{
    const qint64 site = siteAt(pos);
    if (!site || !mime)
        return false;
    if (mime->hasFormat(studentMime)) {
        emit studentDropped(mime->data(studentMime).toLongLong(), site);
        return true;
    }
    if (mime->hasFormat(placementMime)) {
        const QList<QByteArray> parts = mime->data(placementMime).split(' ');
        const qint64 id = parts.value(0).toLongLong();
        if (!m_barOfPlacement.contains(id))
            return false;
        int weeks = 0;
        const QDate at = dateAt(pos);
        if (parts.size() > 1 && at.isValid()) {
            const int grabbed = parts[1].toInt();
            const double days = m_firstMonday.daysTo(at) - grabbed;
            weeks = int(std::lround(days / 7.0));
        }
        emit placementDropped(id, site, weeks);
        return true;
    }
    return false;
}

} // namespace praksis
