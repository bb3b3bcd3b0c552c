#pragma once

#include <QDate>
#include <QDialog>
#include <QSet>

class QAction;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QUndoCommand;

namespace praksis {

class AbsenceTableModel;
class MeetingTableModel;
class PlanCommand;
class PlanSession;
struct Change;

// Everything about one placement in a window of its own (not modal, so the coordinator can keep several open
// beside the planner): who, where, when, status and planned hours; the conflicts that concern it (rules 1–6); its
// assessment meetings with planned and held dates; its absence with the running percentage against the limits of
// rule 5; and its welcome checklist. Every change is an undoable command on the session's stack.
class PlacementDetailDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens the detail window of a placement, or raises it when it is open already. The one entry point for pages
    // (placements register, overview, planner).
    static PlacementDetailDialog *showFor(PlanSession &session, qint64 placementId, QWidget *parent = nullptr);
    // The open detail window of a placement, if any.
    static PlacementDetailDialog *openFor(qint64 placementId);

    PlacementDetailDialog(PlanSession &session, qint64 placementId, QWidget *parent = nullptr);
    ~PlacementDetailDialog() override;

    qint64 placementId() const { return m_placementId; }
    // The date that decides what is overdue and the conflicts shown (tests set it; default: the current date).
    void setToday(QDate today);
    QDate today() const { return m_today; }
    // Reads the placement, its conflicts and the absence figures again (the tables follow changes themselves).
    void refresh();

    MeetingTableModel *meetingModel() const { return m_meetingModel; }
    AbsenceTableModel *absenceModel() const { return m_absenceModel; }

    // Actions of the buttons, for keyboard users and tests.
    void addAbsence();
    void editAbsence();
    void removeAbsence();
    void editMeetingDate();
    void holdMeeting();
    void planProposedMeetings();
    void openChecklist();

private:
    QWidget *buildDetails();
    QWidget *buildFindings();
    QWidget *buildMeetings();
    QWidget *buildAbsence();
    QWidget *buildChecklist();
    void planChanged(const Change &change);
    void updateButtons();
    bool run(PlanCommand *command);
    // Undo and Redo here reach this window's own changes only: enabled while the next step to undo (redo) was
    // made here, named after it; the main window's steps are undone there.
    void updateUndo();
    int currentRow(QTableView *view) const;

    PlanSession &m_session;
    qint64 m_placementId;
    QDate m_today;
    QDate m_start; // the placement's dates, for the forms' checks
    QDate m_end;
    QString m_studentName;
    QString m_supervisorName;

    QLabel *m_title = nullptr;
    QLabel *m_student = nullptr;
    QLabel *m_school = nullptr;
    QLabel *m_site = nullptr;
    QLabel *m_supervisor = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_dates = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_hours = nullptr;
    QLabel *m_findings = nullptr;

    MeetingTableModel *m_meetingModel = nullptr;
    QTableView *m_meetings = nullptr;
    QPushButton *m_planProposed = nullptr;
    QPushButton *m_editMeeting = nullptr;
    QPushButton *m_holdMeeting = nullptr;

    AbsenceTableModel *m_absenceModel = nullptr;
    QTableView *m_absence = nullptr;
    QLabel *m_absencePercent = nullptr;
    QLabel *m_absenceFlag = nullptr;
    QPushButton *m_addAbsence = nullptr;
    QPushButton *m_editAbsence = nullptr;
    QPushButton *m_removeAbsence = nullptr;

    QLabel *m_checklist = nullptr;
    QPushButton *m_openChecklist = nullptr;

    QTimer *m_refreshTimer = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QSet<const QUndoCommand *> m_ownCommands; // those of the session's stack made in this window
};

} // namespace praksis
