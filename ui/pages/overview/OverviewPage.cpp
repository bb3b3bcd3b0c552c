#include "pages/overview/OverviewPage.h"

#include "PlanSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace praksis {

OverviewPage::OverviewPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The overview will be here: occupancy per site and site kind, placements by status, "
                                "absence alerts, and the meetings and checklist items due this week."),
                             this);
    label->setObjectName(QStringLiteral("placeholderText"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMaximumWidth(560);
    label->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(label, 1);
    row->addStretch();
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch();
}

} // namespace praksis
