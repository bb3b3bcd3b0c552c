#pragma once

#include "planning/Conflict.h"
#include "widgets/PlanPage.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace praksis {

class CoalescedCall;
class PlanSession;

// Every finding of `praksisplan-cli check` (ConflictChecker::checkAll, rules 1–6 of PRODUCT.md section 2) for the
// chosen period or the whole plan, grouped by rule with a count each, to work through: Enter or double-click opens
// the record to fix (the site for an over-full site, the supervisor for an overloaded one, the new hire's window
// for an overdue mentor conversation, else the placement),
// and the list follows every change of the plan (one reload per batch of changes).
class ConflictsPage : public QWidget, public PlanPage
{
    Q_OBJECT

public:
    // Which record a finding is fixed in.
    enum class Target
    {
        Placement,
        Student,
        Site,
        Supervisor,
        Hire // a new hire's window (overdue mentor conversations)
    };

    explicit ConflictsPage(PlanSession &session, QWidget *parent = nullptr);

    // Called by the main window's search field: only the findings whose text contains it.
    void setSearchText(const QString &text) override;
    void pageShown() override;

    QTreeWidget *tree() const { return m_tree; }
    // The findings shown (after the scope, before the search).
    const QList<Conflict> &conflicts() const { return m_conflicts; }
    // Reads the findings again now.
    void refresh();
    // Opens the record of the chosen finding (the default target, or the one given).
    void openChosen();
    void openChosen(Target target);
    // The record a finding is fixed in when nothing else is said.
    static Target defaultTarget(const Conflict &conflict);

signals:
    void placementRequested(qint64 placementId);
    // pageKey: students, sites or supervisors
    void recordRequested(const QString &pageKey, qint64 id);
    void hireRequested(qint64 hireId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const Conflict *chosen() const;
    void fill();
    void applySearch();
    void updateButtons();
    void requestRefresh();

    PlanSession &m_session;
    QComboBox *m_scope = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_placement = nullptr;
    QPushButton *m_student = nullptr;
    QPushButton *m_site = nullptr;
    QPushButton *m_supervisor = nullptr;
    CoalescedCall *m_reload = nullptr;
    QList<Conflict> m_conflicts;
    QString m_search;
    bool m_stale = true;
};

} // namespace praksis
