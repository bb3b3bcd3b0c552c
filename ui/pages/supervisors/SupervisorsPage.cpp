#include "pages/supervisors/SupervisorsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace praksis {

SupervisorsPage::SupervisorsPage(PlanSession &, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The supervisors register will be here."), this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    layout->addWidget(label);
}

} // namespace praksis
