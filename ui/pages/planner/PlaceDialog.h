#pragma once

#include "planning/PlannerBoard.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;

namespace praksis {

class PlanFile;

// Chooses a site and a supervisor for a student in a period: the keyboard way to place her (Enter in the unplaced
// list) or to move a placement to another site. Her choices come first; sites she is excluded from are offered
// but marked, since a person may know better.
class PlaceDialog : public QDialog
{
    Q_OBJECT

public:
    PlaceDialog(PlanFile &plan, const PlannerBoard &board, const QString &studentName, const QList<qint64> &choices,
                const QList<qint64> &excluded, qint64 siteId = 0, qint64 supervisorId = 0, QWidget *parent = nullptr);

    qint64 siteId() const;
    qint64 supervisorId() const;
    void setSite(qint64 siteId);
    void setSupervisor(qint64 supervisorId);

    // Tests answer the dialog here instead of exec(): return true for OK.
    static inline std::function<bool(PlaceDialog &)> testHook;
    // exec(), or the test hook; true when the person chose OK.
    bool ask();

private:
    void refillSupervisors();

    PlanFile &m_plan;
    qint64 m_periodId = 0;
    QList<qint64> m_excluded;
    QComboBox *m_site = nullptr;
    QComboBox *m_supervisor = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace praksis
