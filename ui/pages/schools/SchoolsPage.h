#pragma once

#include "widgets/RegisterPage.h"

class QComboBox;

namespace praksis {

struct School;

// The schools register, with their programmes: search by name or contact.
class SchoolsPage : public RegisterPage
{
    Q_OBJECT

public:
    explicit SchoolsPage(PlanSession &session, QWidget *parent = nullptr);

protected:
    QString countText(int shown, qint64 total) const override;
    void applyFilters() override;
    void createRecord() override;
    void editRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;

private:
    void openForm(const School &record);
    void addProgramme();
    void removeProgramme();
    void refillFilters();

    QComboBox *m_filter = nullptr;
    QComboBox *m_filter2 = nullptr;
};

} // namespace praksis
