#include "pages/schools/SchoolsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace praksis {

SchoolsPage::SchoolsPage(PlanSession &, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The schools register will be here."), this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    layout->addWidget(label);
}

} // namespace praksis
