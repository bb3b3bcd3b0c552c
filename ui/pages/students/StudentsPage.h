#pragma once

#include "widgets/RegisterPage.h"

class QComboBox;

namespace praksis {

struct Student;

// The students register: filter by school and programme, search by name, number or e-mail.
class StudentsPage : public RegisterPage
{
    Q_OBJECT

public:
    explicit StudentsPage(PlanSession &session, QWidget *parent = nullptr);

protected:
    QString countText(int shown, qint64 total) const override;
    void applyFilters() override;
    void createRecord() override;
    void editRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;

private:
    void openForm(const Student &student);
    void refillFilters();

    QComboBox *m_school = nullptr;
};

} // namespace praksis
