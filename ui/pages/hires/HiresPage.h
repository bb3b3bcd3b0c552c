#pragma once

#include "widgets/RegisterPage.h"

#include <QDate>

class QComboBox;

namespace praksis {

struct Hire;

// The register of new hires (nytilsatte, PRODUCT.md section 10): filter by site and by whether she is employed, in
// probation or has left; search by name, e-mail or site. The form has every field of a hire; Enter or double-click
// opens her window (the link to her student record, her mentor and the conversations: HireDetailDialog). A new
// hire's window opens when she is added, so the suggested student records can be confirmed at once.
class HiresPage : public RegisterPage
{
    Q_OBJECT

public:
    explicit HiresPage(PlanSession &session, QWidget *parent = nullptr);

    // The date the "employed", "in probation" and "left" filters count from (tests set it; default: today).
    void setToday(QDate today);

signals:
    // Another page should be shown ("guide", the mentors' conversation guide, for "Conversation guide…").
    void pageRequested(const QString &pageKey);

protected:
    QString countText(int shown, qint64 total) const override;
    void applyFilters() override;
    void createRecord() override;
    void editRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;
    void openRecord(qint64 id) override;

private:
    void refillFilters();

    QComboBox *m_site = nullptr;
    QComboBox *m_state = nullptr;
    QDate m_today;
};

} // namespace praksis
