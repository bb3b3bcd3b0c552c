#pragma once

#include "model/Placement.h"
#include "planning/PlannerBoard.h"
#include "widgets/PlanPage.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;

namespace praksis {

class PlanSession;
class PlannerGrid;
class UnplacedStudentsModel;

// The planner (PRODUCT.md section 3, UI.md): the period chosen in the toolbar as a timeline of sites × ISO weeks
// with its placements, capacity and conflicts, the students not yet placed beside it, and the automatic planner.
// Every change goes through PlanSession::run as one undoable command; the page reads the board again after each
// change of the plan.
class PlannerPage : public QWidget, public PlanPage
{
    Q_OBJECT

public:
    explicit PlannerPage(PlanSession &session, QWidget *parent = nullptr);
    ~PlannerPage() override;

    PlannerGrid *grid() const { return m_grid; }
    const PlannerBoard &board() const { return m_board; }

    // The actions of the page, also reachable by keyboard and from the context menu; each is one undo step.
    bool placeStudent(qint64 studentId, qint64 siteId, qint64 supervisorId = 0);
    bool movePlacement(qint64 placementId, qint64 siteId, int weeks);
    bool setSupervisor(qint64 placementId, qint64 supervisorId);
    bool setStatus(qint64 placementId, PlacementStatus status);
    bool setLocked(qint64 placementId, bool locked);
    bool removePlacement(qint64 placementId);
    // Opens the Place dialog for a student (Enter in the unplaced list).
    void placeWithDialog(qint64 studentId);
    // Opens the Place dialog to move a placement to another site and supervisor.
    void moveWithDialog(qint64 placementId);
    // The context menu of a placement (the caller owns it).
    QMenu *placementMenu(qint64 placementId, QWidget *parent);
    // Runs the automatic planner off the UI thread, shows its preview and applies it on request.
    void planAutomatically();
    bool isPlanning() const { return m_planning; }

    // Reads the board again now (normally done after each change).
    void reload();
    void pageShown() override;

signals:
    // A step of the first-steps guide an empty plan shows: "schools", "sites", "supervisors", "periods" (add one on
    // that page) or "students" (import them).
    void firstStepRequested(const QString &step);
    void placementDetailsRequested(qint64 placementId);
    void checklistRequested(qint64 placementId);
    // After the board was read again.
    void reloaded();
    // When an automatic plan run ends (applied or not).
    void planningFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleReload();
    void updateSummary();
    void showError(const QString &title, const Error &error);
    const PlacementRow *placementRow(qint64 id) const;
    QString studentOf(qint64 placementId) const;
    // Changes one placement as one undo step; false when nothing changed or the change failed (said so).
    bool editPlacement(qint64 placementId, const std::function<void(Placement &)> &change, const QString &undoText,
                       const QString &errorTitle);
    qint64 selectedStudent() const;

    PlanSession &m_session;
    PlannerBoard m_board;
    PlannerGrid *m_grid = nullptr;
    QWidget *m_splitter = nullptr;
    QWidget *m_firstSteps = nullptr;
    QList<QPair<QString, QPushButton *>> m_stepButtons;
    void updateFirstSteps();
    UnplacedStudentsModel *m_unplaced = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QListView *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_unplacedTitle = nullptr;
    QPushButton *m_autoPlan = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_dirty = true;
    bool m_planning = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace praksis
