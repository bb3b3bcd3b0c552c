#pragma once

#include <QWidget>

namespace praksis {

class PlanSession;

// PLACEHOLDER until the register lands.
class SitesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SitesPage(PlanSession &session, QWidget *parent = nullptr);
};

} // namespace praksis
