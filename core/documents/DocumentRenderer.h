#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace praksis {

// What the printed documents of a person share (UI.md "Printed documents"; the welcome letter, the mentor folder):
// the page frame — the organisation's logo and name on the first page, a quiet running line on the others, a rule
// under it; the organisation, "printed …" and "page x of y" in the footer — and the pieces set on it: wrapped text,
// a panel of label/value rows, a tick box as a real square. A document lays itself out twice with the same calls,
// first with paint false to count its pages, then painting with the total known. Sizes in millimetres through mm().
class DocumentRenderer
{
public:
    DocumentRenderer(QPainter &painter, QPagedPaintDevice *device);
    virtual ~DocumentRenderer() = default;

    static inline const QColor accent{0x1f, 0x4e, 0x79};
    static inline const QColor muted{0x5a, 0x63, 0x6e};
    static inline const QColor rule{0xc5, 0xcd, 0xd6};
    static inline const QColor panel{0xf1, 0xf4, 0xf8};
    static inline const QColor headerFill{0xe4, 0xea, 0xf1};

protected:
    double mm(double v) const { return v * m_mm; }
    static QFont font(double pt, bool bold = false);
    double textHeight(const QFont &f, double width, const QString &text);
    // Sets text at the current line (when painting) and returns its height; the line does not move.
    double text(const QFont &f, double x, double width, const QString &s, const QColor &colour = Qt::black,
                Qt::Alignment align = Qt::AlignLeft);
    // The head of the page m_page: on page 1 the logo and the organisation, after that the organisation on the left
    // and `running` on the right; then a rule. Leaves m_y under it.
    void pageHeader(const QString &organisation, const QImage &logo, const QString &running);
    // The foot of the page: a rule, then the organisation, `printed` and `pageText`.
    void pageFooter(const QString &organisation, const QString &printed, const QString &pageText);
    // Label/value rows on a light panel with an accent bar; labels labelWidth wide. Moves m_y below it.
    void infoPanel(const QList<QPair<QString, QString>> &rows, double labelWidth);
    // A square to tick at (x, top), ticked when `ticked`.
    void tickBox(double x, double top, bool ticked);

    // The document's own head and foot of a page (through pageHeader and pageFooter).
    virtual void header() = 0;
    virtual void footer() = 0;
    // What goes at the top of a page a table continues on (its title and header row again).
    virtual void continueTable() {}
    // Ends the page (its footer) and starts the next one (its header).
    void newPage();
    // A new page unless `needed` fits above the bottom; with `continuing`, the table goes on there (continueTable).
    void ensure(double needed, bool continuing);

    QPainter &m_p;
    QPagedPaintDevice *m_device;
    double m_mm = 1;
    double m_width = 0;     // of the text area
    double m_footerTop = 0; // where the footer's rule is
    double m_bottom = 0;    // where the content must end
    bool m_paint = false;
    int m_page = 0;
    int m_total = 0;
    double m_y = 0;

private:
    void infoRow(const QString &label, const QString &value, double labelWidth);
};

} // namespace praksis
