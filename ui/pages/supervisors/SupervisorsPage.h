#pragma once

#include "widgets/RegisterPage.h"

class QComboBox;

namespace praksis {

struct Supervisor;

// The supervisors register: filter by site, search by name or e-mail; absence periods in the form.
class SupervisorsPage : public RegisterPage
{
    Q_OBJECT

public:
    explicit SupervisorsPage(PlanSession &session, QWidget *parent = nullptr);

protected:
    QString countText(int shown, qint64 total) const override;
    void applyFilters() override;
    void createRecord() override;
    void editRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;

private:
    void openForm(const Supervisor &record);
    void refillFilters();

    QComboBox *m_filter = nullptr;
    QComboBox *m_filter2 = nullptr;
};

} // namespace praksis
