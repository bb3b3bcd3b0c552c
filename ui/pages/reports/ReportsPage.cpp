#include "pages/reports/ReportsPage.h"

#include "PlanSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace praksis {

ReportsPage::ReportsPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reportsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Reports will be here: placements per school and period, and the supervisor report, as "
                                "a preview and then CSV, XLSX or PDF."),
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
