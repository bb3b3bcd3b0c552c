#pragma once

#include "recruitment/Outcome.h"

#include <QDate>
#include <QWidget>

#include <atomic>
#include <memory>

class QChartView;
class QComboBox;
class QLabel;

namespace praksis {

class CoalescedCall;
class PlanSession;

// The recruitment panel of the Overview (PRODUCT.md section 10): over the last one, two or five years up to today,
// the funnel placement → summer job → post for the sites with the most former students, and retention — of the new
// hires who could have stayed 12 months, how many did, with a mentor and without — from core's Outcome (one
// computation). Each chart is named and described in words for a screen reader; a line under them says the same.
// Reloads (coalesced) when the plan changes.
class RecruitmentPanel : public QWidget
{
    Q_OBJECT

public:
    // How many sites the funnel shows at most (those with the most former students and new hires).
    static constexpr int maxSites = 6;

    explicit RecruitmentPanel(PlanSession &session, QWidget *parent = nullptr);
    // Waits for reloads still running: a worker must not outlive the window (at exit it would query SQLite while
    // Qt's SQL driver is unloaded).
    ~RecruitmentPanel() override;

    // Sets the last day of the range and reloads in the background.
    void setToday(QDate today);
    // Reloads now.
    void refresh();
    // Reloads on a worker thread with a read connection of its own (the figures of a big plan take SQLite a
    // fifth of a second); a result overtaken by a later reload is dropped.
    void refreshInBackground();
    // The figures shown (the sites of the funnel, then the whole plan).
    const QList<OutcomeFigures> &figures() const { return m_figures; }
    QDate from() const;

signals:
    // The figures of a reload are shown.
    void shown();

private:
    void showFigures(const Result<QList<OutcomeFigures>> &lines);
    void showFunnel(const QList<OutcomeFigures> &sites);
    void showRetention(const OutcomeFigures &plan);

    PlanSession &m_session;
    QDate m_today;
    QList<OutcomeFigures> m_figures;
    QComboBox *m_years = nullptr;
    QChartView *m_funnel = nullptr;
    QChartView *m_retention = nullptr;
    QLabel *m_summary = nullptr;
    CoalescedCall *m_reload = nullptr;
    quint64 m_generation = 0; // of the last reload asked for
    // Set when the figures being computed on the worker thread are no longer wanted: its statement stops (SQLite's
    // progress handler), so a superseded computation does not take a core from the one that replaced it.
    std::shared_ptr<std::atomic_bool> m_superseded = std::make_shared<std::atomic_bool>(false);
};

} // namespace praksis
