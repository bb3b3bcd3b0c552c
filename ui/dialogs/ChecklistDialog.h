#pragma once

#include <QDate>
#include <QDialog>

#include <functional>

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace praksis {

class CoalescedCall;
class PlanSession;
struct Change;

// A placement's welcome checklist: tick items off (undoable, on the session's undo stack), overdue items marked,
// print preview and "Save as PDF" of the welcome letter with the checklist. Other pages open it with
// ChecklistDialog::showForPlacement(session, placementId, parent).
class ChecklistDialog : public QDialog
{
    Q_OBJECT

public:
    ChecklistDialog(PlanSession &session, qint64 placementId, QWidget *parent = nullptr);

    // Opens the dialog (non-modal, deleted when closed) for a placement; makes its checklist first if it has none.
    static ChecklistDialog *showForPlacement(PlanSession &session, qint64 placementId, QWidget *parent = nullptr);

    qint64 placementId() const { return m_placementId; }
    // Test hook in place of the save dialog: gets the suggested path, returns the chosen one (empty for cancel).
    static inline std::function<QString(const QString &suggested)> saveFileHook;

public slots:
    void printPreview();
    void saveAsPdf();

private:
    void reload();
    // Reloads once the current event is handled: the tree must not be rebuilt while one of its items is
    // still emitting itemChanged (that is what ticking an item does).
    void scheduleReload();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void onPlanChanged(const praksis::Change &change);

    PlanSession &m_session;
    qint64 m_placementId;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    bool m_loading = false;
    QString m_student;
    QDate m_start;
    CoalescedCall *m_reload = nullptr;
};

} // namespace praksis
