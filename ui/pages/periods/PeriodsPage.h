#pragma once

#include "widgets/RegisterPage.h"

class QComboBox;

namespace praksis {

struct Period;

// The periods register: dates, hours per week, programmes, eligible site kinds, per-site capacity.
class PeriodsPage : public RegisterPage
{
    Q_OBJECT

public:
    explicit PeriodsPage(PlanSession &session, QWidget *parent = nullptr);

protected:
    QString countText(int shown, qint64 total) const override;
    void applyFilters() override;
    void createRecord() override;
    void editRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;

private:
    void openForm(const Period &record);
    void refillFilters();

    QComboBox *m_filter = nullptr;
    QComboBox *m_filter2 = nullptr;
};

} // namespace praksis
