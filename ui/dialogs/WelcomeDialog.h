#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace praksis {

// Shown when no plan is open: create a new plan, open one, open a demo plan, or one of the recent plans.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        None,
        NewPlan,
        OpenPlan,
        DemoPlan,
        RecentPlan
    };

    explicit WelcomeDialog(bool demoAvailable, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString recentPath() const { return m_recentPath; }

private:
    void choose(Choice c);

    Choice m_choice = Choice::None;
    QString m_recentPath;
    QListWidget *m_recent = nullptr;
};

} // namespace praksis
