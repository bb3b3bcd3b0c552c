#pragma once

#include <QWidget>

namespace praksis {

class PlanSession;

// PLACEHOLDER until the register lands.
class SupervisorsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SupervisorsPage(PlanSession &session, QWidget *parent = nullptr);
};

} // namespace praksis
