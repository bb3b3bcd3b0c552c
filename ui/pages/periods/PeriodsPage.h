#pragma once

#include <QWidget>

namespace praksis {

class PlanSession;

// PLACEHOLDER until the register lands.
class PeriodsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodsPage(PlanSession &session, QWidget *parent = nullptr);
};

} // namespace praksis
