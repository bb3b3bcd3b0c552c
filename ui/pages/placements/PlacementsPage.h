#pragma once

#include "widgets/RegisterPage.h"

class QComboBox;

namespace praksis {

struct Placement;

// The placements register: filter by period (the toolbar's, or all), site, school, supervisor and status; the
// status shown with its colour and text. Enter, double-click or Details… opens the placement's detail window.
class PlacementsPage : public RegisterPage
{
    Q_OBJECT

public:
    explicit PlacementsPage(PlanSession &session, QWidget *parent = nullptr);

protected:
    QString countText(int shown, qint64 total) const override;
    void applyFilters() override;
    void createRecord() override;
    void editRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;
    // Enter or double-click opens the placement's detail window (Edit… opens the form).
    void openRecord(qint64 id) override;

private:
    void openForm(const Placement &record);
    void refillFilters();

    void refillSupervisors();

    QComboBox *m_period = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_school = nullptr;
    QComboBox *m_supervisor = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace praksis
