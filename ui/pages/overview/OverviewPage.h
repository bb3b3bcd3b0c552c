#pragma once

#include <QWidget>

namespace praksis {

class PlanSession;

// PLACEHOLDER until the page's own issue lands: a short text saying what will be here.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(PlanSession &session, QWidget *parent = nullptr);

private:
    PlanSession &m_session;
};

} // namespace praksis
