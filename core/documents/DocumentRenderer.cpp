#include "documents/DocumentRenderer.h"

#include "documents/DocumentFont.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace praksis {

DocumentRenderer::DocumentRenderer(QPainter &painter, QPagedPaintDevice *device)
    : m_p(painter)
    , m_device(device)
{
    m_mm = device->logicalDpiY() / 25.4;
    const QRect r = device->pageLayout().paintRectPixels(device->logicalDpiX());
    m_width = r.width();
    m_footerTop = r.height() - mm(8);
    m_bottom = m_footerTop - mm(4);
}

QFont DocumentRenderer::font(double pt, bool bold)
{
    return DocumentFont::font(pt, bold);
}

double DocumentRenderer::textHeight(const QFont &f, double width, const QString &text)
{
    m_p.setFont(f);
    return m_p.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap | Qt::AlignLeft, text).height();
}

double DocumentRenderer::text(const QFont &f, double x, double width, const QString &s, const QColor &colour,
                              Qt::Alignment align)
{
    const double h = textHeight(f, width, s);
    if (m_paint) {
        m_p.setPen(colour);
        m_p.drawText(QRectF(x, m_y, width, h), int(Qt::TextWordWrap | align), s);
    }
    return h;
}

void DocumentRenderer::pageHeader(const QString &organisation, const QImage &logo, const QString &running)
{
    if (m_page == 1) {
        const double logoH = mm(16);
        double x = 0;
        if (!logo.isNull()) {
            const double logoW = std::min(mm(50), logoH * logo.width() / std::max(1, logo.height()));
            if (m_paint)
                m_p.drawImage(QRectF(0, 0, logoW, logoH), logo);
            x = logoW + mm(5);
        }
        m_p.setFont(font(13, true));
        if (m_paint && !organisation.isEmpty()) {
            m_p.setPen(accent);
            m_p.drawText(QRectF(x, 0, m_width - x, logoH), int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap),
                         organisation);
        }
        m_y = logoH + mm(3);
    } else {
        m_p.setFont(font(8));
        if (m_paint) {
            m_p.setPen(muted);
            m_p.drawText(QRectF(0, 0, m_width, mm(5)), int(Qt::AlignLeft | Qt::AlignTop), organisation);
            m_p.drawText(QRectF(0, 0, m_width, mm(5)), int(Qt::AlignRight | Qt::AlignTop), running);
        }
        m_y = mm(5.5);
    }
    if (m_paint) {
        m_p.setPen(QPen(rule, mm(0.3)));
        m_p.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    }
    m_y += mm(6);
}

void DocumentRenderer::pageFooter(const QString &organisation, const QString &printed, const QString &pageText)
{
    if (!m_paint)
        return;
    m_p.setPen(QPen(rule, mm(0.25)));
    m_p.drawLine(QPointF(0, m_footerTop), QPointF(m_width, m_footerTop));
    m_p.setFont(font(7.5));
    m_p.setPen(muted);
    const QRectF line(0, m_footerTop + mm(1.5), m_width, mm(5));
    m_p.drawText(line, int(Qt::AlignLeft | Qt::AlignTop), organisation);
    m_p.drawText(line, int(Qt::AlignHCenter | Qt::AlignTop), printed);
    m_p.drawText(line, int(Qt::AlignRight | Qt::AlignTop), pageText);
}

void DocumentRenderer::infoRow(const QString &label, const QString &value, double labelWidth)
{
    const double pad = mm(5);
    const double valueW = m_width - 2 * pad - labelWidth;
    const double h = std::max(textHeight(font(9.5, true), labelWidth, label), textHeight(font(9.5), valueW, value));
    const double saved = m_y;
    text(font(9.5, true), pad, labelWidth, label, muted);
    text(font(9.5), pad + labelWidth, valueW, value);
    m_y = saved + h + mm(1.6);
}

void DocumentRenderer::infoPanel(const QList<QPair<QString, QString>> &rows, double labelWidth)
{
    const double top = m_y;
    // measured first, so the panel can be painted behind the text
    const bool painting = m_paint;
    m_paint = false;
    m_y += mm(4);
    for (const auto &r : rows)
        infoRow(r.first, r.second, labelWidth);
    m_y += mm(2.5);
    m_paint = painting;
    const double bottom = m_y;
    if (m_paint) {
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(panel);
        m_p.drawRoundedRect(QRectF(0, top, m_width, bottom - top), mm(2), mm(2));
        m_p.fillRect(QRectF(0, top + mm(2), mm(1.2), bottom - top - mm(4)), accent);
        m_p.setBrush(Qt::NoBrush);
        m_p.setPen(Qt::black); // QPainter::boundingRect() measures nothing while the pen is NoPen
    }
    m_y = top + mm(4);
    for (const auto &r : rows)
        infoRow(r.first, r.second, labelWidth);
    m_y = bottom + mm(7);
}

void DocumentRenderer::newPage()
{
    footer();
    if (m_paint)
        m_device->newPage();
    ++m_page;
    header();
}

void DocumentRenderer::ensure(double needed, bool continuing)
{
    if (m_y + needed <= m_bottom)
        return;
    newPage();
    if (continuing)
        continueTable();
}

void DocumentRenderer::tickBox(double x, double top, bool ticked)
{
    if (!m_paint)
        return;
    const double side = mm(4.2);
    const QRectF box(x, top + mm(0.3), side, side);
    m_p.setPen(QPen(Qt::black, mm(0.3)));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(box);
    if (!ticked)
        return;
    QPen tick(accent, mm(0.55));
    tick.setCapStyle(Qt::RoundCap);
    tick.setJoinStyle(Qt::RoundJoin);
    m_p.setPen(tick);
    const QPointF pts[3] = {QPointF(box.left() + side * 0.2, box.top() + side * 0.55),
                            QPointF(box.left() + side * 0.42, box.top() + side * 0.78),
                            QPointF(box.left() + side * 0.82, box.top() + side * 0.22)};
    m_p.drawPolyline(pts, 3);
}

} // namespace praksis
