#pragma once

#include <QWidget>

namespace praksis {

class PlanSession;

// PLACEHOLDER until the register lands.
class SchoolsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SchoolsPage(PlanSession &session, QWidget *parent = nullptr);
};

} // namespace praksis
