#pragma once

#include "widgets/RegisterPage.h"

class QComboBox;

namespace praksis {

struct Site;

// The sites register: filter by site kind, search by name, unit, municipality or contact.
class SitesPage : public RegisterPage
{
    Q_OBJECT

public:
    explicit SitesPage(PlanSession &session, QWidget *parent = nullptr);

protected:
    QString countText(int shown, qint64 total) const override;
    void applyFilters() override;
    void createRecord() override;
    void editRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;

private:
    void openForm(const Site &record);
    void refillFilters();

    QComboBox *m_filter = nullptr;
    QComboBox *m_filter2 = nullptr;
};

} // namespace praksis
