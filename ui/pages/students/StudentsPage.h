#pragma once

#include <QWidget>

namespace praksis {

class PlanSession;

// PLACEHOLDER until the register lands.
class StudentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit StudentsPage(PlanSession &session, QWidget *parent = nullptr);
};

} // namespace praksis
