#pragma once

#include <QWidget>

namespace praksis {

class PlanSession;

// PLACEHOLDER until the register lands.
class PlacementsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlacementsPage(PlanSession &session, QWidget *parent = nullptr);
};

} // namespace praksis
