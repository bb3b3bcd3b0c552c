#include "pages/template/TemplatePage.h"

#include "PlanSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace praksis {

TemplatePage::TemplatePage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("templatePage"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The welcome template will be here: its sections and items, who is responsible for "
                                "each, and when each is due."),
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
