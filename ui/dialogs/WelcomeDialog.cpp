#include "dialogs/WelcomeDialog.h"

#include "Icons.h"
#include "storage/PlanLocation.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace praksis {

WelcomeDialog::WelcomeDialog(bool demoAvailable, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Praksisplan"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("<h2>Welcome to Praksisplan</h2>"
                                "<p>Plan practice placements: schools, students, sites, supervisors and periods in "
                                "one plan file. Every change is saved at once.</p>"),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *newButton = new QCommandLinkButton(tr("New plan…"), tr("Create an empty plan file."), this);
    newButton->setObjectName(QStringLiteral("newPlanButton"));
    newButton->setIcon(themedIcon(QStringLiteral("file-plus")));
    auto *openButton = new QCommandLinkButton(tr("Open plan…"), tr("Open a plan file you already have."), this);
    openButton->setObjectName(QStringLiteral("openPlanButton"));
    openButton->setIcon(themedIcon(QStringLiteral("folder-open")));
    auto *demoButton = new QCommandLinkButton(
        tr("Open a demo plan…"), tr("Try the program on realistic generated data (made-up people)."), this);
    demoButton->setObjectName(QStringLiteral("demoPlanButton"));
    demoButton->setIcon(themedIcon(QStringLiteral("sparkles")));
    demoButton->setEnabled(demoAvailable);
    if (!demoAvailable)
        demoButton->setToolTip(tr("The demo generator is not part of this build yet."));
    layout->addWidget(newButton);
    layout->addWidget(openButton);
    layout->addWidget(demoButton);

    const QStringList recent = PlanLocation::recent();
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentPlans"));
    m_recent->setAccessibleName(tr("Recent plans"));
    for (const QString &path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        auto *item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ") +
                                             QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (m_recent->count() > 0) {
        auto *label = new QLabel(tr("&Recent plans:"), this);
        label->setBuddy(m_recent);
        layout->addWidget(label);
        layout->addWidget(m_recent);
    } else {
        m_recent->hide();
    }

    auto *quit = new QPushButton(tr("Quit"), this);
    quit->setObjectName(QStringLiteral("quitButton"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(quit);
    layout->addLayout(row);

    connect(newButton, &QAbstractButton::clicked, this, [this] { choose(Choice::NewPlan); });
    connect(openButton, &QAbstractButton::clicked, this, [this] { choose(Choice::OpenPlan); });
    connect(demoButton, &QAbstractButton::clicked, this, [this] { choose(Choice::DemoPlan); });
    connect(quit, &QAbstractButton::clicked, this, &QDialog::reject);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_recentPath = item->data(Qt::UserRole).toString();
        choose(Choice::RecentPlan);
    });
    resize(520, sizeHint().height());
}

void WelcomeDialog::choose(Choice c)
{
    m_choice = c;
    accept();
}

} // namespace praksis
