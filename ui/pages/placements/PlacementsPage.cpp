#include "pages/placements/PlacementsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace praksis {

PlacementsPage::PlacementsPage(PlanSession &, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The placements register will be here."), this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    layout->addWidget(label);
}

} // namespace praksis
