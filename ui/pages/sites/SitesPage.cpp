#include "pages/sites/SitesPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace praksis {

SitesPage::SitesPage(PlanSession &, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The sites register will be here."), this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    layout->addWidget(label);
}

} // namespace praksis
