#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

#include <memory>

class QChartView;
class QLabel;
class QTimer;
class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace praksis {

class PlanSession;
struct Change;

// The overview (PRODUCT.md section 3): occupancy per site kind over the weeks of the current period, placements by
// status, and what needs attention: absence alerts (rule 5), assessment meetings due this week or overdue (rule 6)
// checklist items due this week and overdue mentor conversations (the finding of MentorFollowUp::overdue). Reloads
// (coalesced) when the plan changes or another period is chosen. Activating an entry emits placementActivated() with
// its placement, or hireActivated() with the hire of a conversation.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(PlanSession &session, QWidget *parent = nullptr);

    // The date the page treats as today (tests set it; default: the current date).
    void setToday(QDate today);
    QDate today() const { return m_today; }
    // Reloads everything now.
    void refresh();

    // A bar chart's value axis: from 0 to top in steps of 1, 2 or 5 times a power of ten, top above the maximum.
    struct Scale
    {
        int top = 1;
        int step = 1;
    };
    static Scale niceScale(int maximum);
    // A list of more entries than this is shown as groups by site and supervisor, with their counts.
    static constexpr int groupFrom = 20;
    // The number of entries of a group row (its placement id, Qt::UserRole, is 0).
    static constexpr int GroupCountRole = Qt::UserRole + 1;
    // How many groups a grouped list shows at first; a last row (MoreRole true) shows the next as many.
    static constexpr int groupsShown = 50;
    static constexpr int MoreRole = Qt::UserRole + 2;
    struct HiddenGroups;

signals:
    void placementActivated(qint64 placementId);
    void hireActivated(qint64 hireId);

private:
    void scheduleRefresh();
    void loadOccupancy();
    void loadStatus();
    void loadAbsence();
    void loadMeetings();
    void loadChecklist();
    void loadConversations();
    void activate(QTreeWidgetItem *item);
    // Replaces a list's "more" row by its next groups.
    void showMore(QTreeWidgetItem *more);
    HiddenGroups &hidden(const QTreeWidget *list);
    // Names each list by its title (with its count), for screen readers.
    void nameLists();

    PlanSession &m_session;
    QDate m_today;
    QLabel *m_heading = nullptr;
    QChartView *m_occupancy = nullptr;
    QChartView *m_status = nullptr;
    QTreeWidget *m_absence = nullptr;
    QTreeWidget *m_meetings = nullptr;
    QTreeWidget *m_checklist = nullptr;
    QTreeWidget *m_conversations = nullptr;
    // Whose checklist items are listed: everyone, one site ("site:<id>") or one supervisor ("supervisor:<id>").
    QComboBox *m_checklistFor = nullptr;
    QLabel *m_absenceTitle = nullptr;
    QLabel *m_meetingsTitle = nullptr;
    QLabel *m_checklistTitle = nullptr;
    QLabel *m_conversationsTitle = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QHash<const QTreeWidget *, std::shared_ptr<HiddenGroups>> m_hidden;
};

} // namespace praksis
