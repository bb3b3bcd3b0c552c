#pragma once

#include "planning/PlannerBoard.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QPoint>

class QMimeData;

namespace praksis {

// The planner's timeline: sites (rows, grouped by kind, capacity in brackets, in a frozen first column) × ISO
// weeks of the period (columns headed "uke 14" and the Monday's date), placements as rounded bars across their
// dates in their status colour with the student's name, cells over capacity tinted, placements in conflict
// outlined, the reason on hover. Paints only what is in view, so hundreds of sites scroll and zoom smoothly.
// Students dropped on a site row and bars dragged to another row or week are reported as signals; the page turns
// them into undoable commands. Keyboard: Up/Down choose the site, Left/Right the placement in it, Alt+arrows move
// the placement, Enter opens it, Delete removes it, the menu key opens its context menu.
class PlannerGrid : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static inline const QString studentMime = QStringLiteral("application/x-praksisplan-student");
    // "<placement id> <day of the period grabbed>"
    static inline const QString placementMime = QStringLiteral("application/x-praksisplan-placement");

    explicit PlannerGrid(QWidget *parent = nullptr);

    // Shows a board; keeps the scroll position, zoom and the current placement (while it is still there).
    void setBoard(const PlannerBoard &board);

    // Width of a week column in pixels.
    int weekWidth() const { return m_weekWidth; }
    void setWeekWidth(int width);
    void zoomIn();
    void zoomOut();
    static constexpr int minWeekWidth = 24;
    static constexpr int maxWeekWidth = 320;

    // The placement with keyboard focus (0: none) and the site row chosen.
    qint64 currentPlacement() const { return m_currentPlacement; }
    qint64 currentSite() const;
    void setCurrentPlacement(qint64 placementId);

    // Viewport geometry, for drops and tests: a site's row (empty when the site has no row), a placement's bar
    // (empty when it has none or is scrolled out of view), the x of a date's column.
    QRect rowRect(qint64 siteId) const;
    QRect barRect(qint64 placementId) const;
    int xOfDate(QDate date) const;
    qint64 siteAt(QPoint viewportPos) const;
    qint64 placementAt(QPoint viewportPos) const;
    QDate dateAt(QPoint viewportPos) const;
    // The text the tooltip shows at a point of the viewport.
    QString toolTipAt(QPoint viewportPos) const;
    // Scrolls so that a site's row is in view.
    void ensureSiteVisible(qint64 siteId);

    // What a screen reader reads (PlannerGridAccessible): the sites with a row, top to bottom; the placements of a
    // site, left to right; a placement's site (0: not shown).
    QList<qint64> siteIds() const;
    bool hasSite(qint64 siteId) const { return m_rowOfSite.contains(siteId); }
    QList<qint64> placementsOfSite(qint64 siteId) const;
    qint64 siteOfPlacement(qint64 placementId) const;
    // "Anna Hussain, Kilden sykehjem / Demensavdeling, week 43–49, planned, locked, conflict: …" and its dates and
    // supervisor; empty for a placement not shown.
    QString placementText(qint64 placementId) const;
    QString placementDetails(qint64 placementId) const;
    // "Kilden sykehjem / Demensavdeling, capacity 3, over capacity in week 44–45" and its kind and conflicts.
    QString siteText(qint64 siteId) const;
    QString siteDetails(qint64 siteId) const;
    // "week 43–49" (one week: "week 43")
    static QString weeksText(QDate from, QDate to);

    // The drop handling that dropEvent() uses, callable without a drag: a student or placement (as the mime data
    // of a drag from the unplaced list or the grid) dropped at a point of the viewport. True when accepted.
    bool dropMime(const QMimeData *mime, QPoint viewportPos);

signals:
    void studentDropped(qint64 studentId, qint64 siteId);
    // A bar dragged to a site row, `weeks` whole weeks later (negative: earlier).
    void placementDropped(qint64 placementId, qint64 siteId, int weeks);
    void placementMenuRequested(qint64 placementId, const QPoint &globalPos);
    void placementActivated(qint64 placementId);
    void removeRequested(qint64 placementId);
    void currentPlacementChanged(qint64 placementId);
    void zoomChanged(int weekWidth);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Bar
    {
        qint64 placementId = 0;
        qint64 siteId = 0;
        QString student;
        QString supervisor;
        QDate start;
        QDate end;
        PlacementStatus status = PlacementStatus::Planned;
        bool locked = true;
        int lane = 0;
        bool conflicted = false; // in a conflict other than the site's capacity
    };
    struct Row
    {
        int top = 0;
        int height = 0;
        int site = -1;        // index into m_sites, -1 for a kind heading
        QString heading;      // the kind's label
        QList<int> bars;      // indexes into m_bars, by start date
        QList<int> overWeeks; // week columns over capacity
    };

    void layoutRows();
    void updateScrollBars();
    int rowIndexAt(int contentY) const;
    int headerHeight() const;
    int laneHeight() const;
    int nameWidth() const;
    double dayWidth() const { return m_weekWidth / 7.0; }
    int contentX(QDate date) const; // content x of the start of a day
    QRect barContentRect(const Bar &bar, const Row &row) const;
    void setCurrent(qint64 placementId, int row);
    void moveCurrentRow(int delta);
    void moveCurrentBar(int delta);
    void zoomAround(int weekWidth, int viewportX);
    void fitPeriod();
    QPixmap lockPixmap(const QColor &ink) const;
    static constexpr int lockSize = 12;

    PlannerBoard m_board;
    QDate m_firstMonday;
    int m_weeks = 0;
    QList<PlannerBoard::Site> m_sites;
    QList<Bar> m_bars;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfSite;
    QHash<qint64, int> m_barOfPlacement;
    QHash<qint64, QList<int>> m_conflictsOfSite;      // indexes into m_board.conflicts (over capacity)
    QHash<qint64, QList<int>> m_conflictsOfPlacement; // every conflict of a placement
    int m_contentHeight = 0;
    int m_weekWidth = 96;
    bool m_fitPending = true;
    qint64 m_currentPlacement = 0;
    int m_currentRow = -1;
    int m_dropRow = -1;
    QPoint m_pressPos;
    qint64 m_pressedPlacement = 0;
    mutable QHash<QRgb, QPixmap> m_lockPixmaps;
};

} // namespace praksis
