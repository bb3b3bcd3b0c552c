#include "pages/planner/PlannerPage.h"

#include "PlanSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace praksis {

PlannerPage::PlannerPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("plannerPage"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The planner will be here: sites by ISO week for the chosen period, with capacity, "
                                "conflicts, the students not yet placed, and automatic planning."),
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
