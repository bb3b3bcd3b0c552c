#include "pages/conflicts/ConflictsPage.h"

#include "Colors.h"
#include "Icons.h"
#include "PlanSession.h"
#include "model/Names.h"
#include "planning/ConflictChecker.h"
#include "widgets/Accessibility.h"
#include "widgets/CoalescedCall.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace praksis {

namespace {

enum Column
{
    MessageColumn,
    DatesColumn,
    SeverityColumn,
    ColumnCount
};

constexpr int IndexRole = Qt::UserRole;    // the finding's index in conflicts(); -1 on a rule's heading
constexpr int RuleRole = Qt::UserRole + 1; // the rule number, on a heading

// Findings are told apart across a reload by their rule and placements (a finding keeps its place when another
// one is fixed).
QString keyOf(const Conflict &c)
{
    QStringList ids;
    for (qint64 id : c.placementIds)
        ids << QString::number(id);
    return QString::number(int(c.rule)) + QLatin1Char(':') + ids.join(QLatin1Char(','));
}

} // namespace

ConflictsPage::ConflictsPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_reload(new CoalescedCall([this] { refresh(); }, this))
{
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Show the conflicts of:"), this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeFilter"));
    m_scope->setAccessibleName(Accessibility::nameFromLabel(scopeLabel->text()));
    m_scope->addItem(tr("the chosen period"), true);
    m_scope->addItem(tr("the whole plan"), false);
    scopeLabel->setBuddy(m_scope);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setAccessibleName(tr("Conflicts found"));
    m_summary->setWordWrap(true);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("conflicts"));
    m_tree->setAccessibleName(tr("Conflicts, grouped by rule"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Conflict"), tr("Dates"), tr("Severity")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setExpandsOnDoubleClick(false); // itemActivated folds a group, once
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DatesColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    Accessibility::enterWithCurrentRow(m_tree);
    layout->addWidget(m_tree, 1);

    // the chosen finding in full (the table cuts long ones)
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("conflictDetail"));
    m_detail->setAccessibleName(tr("The chosen conflict"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 2);
    layout->addWidget(m_detail);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(themedIcon(QStringLiteral("pencil")), tr("&Open to fix"), this);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setToolTip(tr("Opens the record the conflict is fixed in (Enter)"));
    m_placement = new QPushButton(themedIcon(QStringLiteral("clipboard-list")), tr("&Placement…"), this);
    m_placement->setObjectName(QStringLiteral("placementButton"));
    m_student = new QPushButton(themedIcon(QStringLiteral("graduation-cap")), tr("S&tudent…"), this);
    m_student->setObjectName(QStringLiteral("studentButton"));
    m_site = new QPushButton(themedIcon(QStringLiteral("hospital")), tr("S&ite…"), this);
    m_site->setObjectName(QStringLiteral("siteButton"));
    m_supervisor = new QPushButton(themedIcon(QStringLiteral("user-check")), tr("Supe&rvisor…"), this);
    m_supervisor->setObjectName(QStringLiteral("supervisorButton"));
    for (QPushButton *b : {m_open, m_placement, m_student, m_site, m_supervisor})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_open, &QAbstractButton::clicked, this, [this] { openChosen(); });
    connect(m_placement, &QAbstractButton::clicked, this, [this] { openChosen(Target::Placement); });
    connect(m_student, &QAbstractButton::clicked, this, [this] { openChosen(Target::Student); });
    connect(m_site, &QAbstractButton::clicked, this, [this] { openChosen(Target::Site); });
    connect(m_supervisor, &QAbstractButton::clicked, this, [this] { openChosen(Target::Supervisor); });
    // Enter or double-click on a finding opens it; on a rule's heading it folds or unfolds the group
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, IndexRole).toInt() >= 0)
            openChosen();
        else
            item->setExpanded(!item->isExpanded());
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ConflictsPage::updateButtons);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ConflictsPage::refresh);

    connect(&session, &PlanSession::changed, this, &ConflictsPage::requestRefresh);
    connect(&session, &PlanSession::currentPeriodChanged, this, &ConflictsPage::requestRefresh);
    updateButtons();
}

void ConflictsPage::requestRefresh()
{
    // a hidden page reads again when it is shown
    if (isVisible())
        m_reload->request();
    else
        m_stale = true;
}

void ConflictsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    Accessibility::tabInLayoutOrder(layout());
    if (m_stale)
        refresh();
}

void ConflictsPage::pageShown()
{
    if (m_stale)
        refresh();
    else
        m_session.setPageStatus(m_summary->text());
}

void ConflictsPage::refresh()
{
    m_reload->cancel();
    m_stale = false;
    if (!m_session.hasPlan())
        return;
    const bool period = m_scope->currentData().toBool();
    const qint64 periodId = period ? m_session.currentPeriodId() : 0;
    m_conflicts.clear();
    QString problem;
    if (period && periodId == 0) {
        problem = tr("The plan has no period yet.");
    } else if (auto found = ConflictChecker(m_session.plan()).checkAll(periodId, QDate::currentDate())) {
        m_conflicts = std::move(found).value();
    } else {
        problem = found.error().message;
    }
    fill();
    if (!problem.isEmpty())
        m_summary->setText(problem);
    if (isVisible())
        m_session.setPageStatus(m_summary->text());
}

void ConflictsPage::fill()
{
    // the chosen finding (or the rule's heading) stays chosen when it is still there
    QString chosenKey;
    int chosenRule = 0;
    if (const Conflict *c = chosen())
        chosenKey = keyOf(*c);
    else if (QTreeWidgetItem *item = m_tree->currentItem())
        chosenRule = item->data(0, RuleRole).toInt();
    QSet<int> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (!m_tree->topLevelItem(i)->isExpanded())
            collapsed.insert(m_tree->topLevelItem(i)->data(0, RuleRole).toInt());

    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    QTreeWidgetItem *current = nullptr;
    QTreeWidgetItem *group = nullptr;
    QFont bold = m_tree->font();
    bold.setBold(true);
    int errors = 0;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const Conflict &c = m_conflicts.at(i);
        const int rule = conflictRuleNumber(c.rule);
        if (!group || group->data(0, RuleRole).toInt() != rule) {
            group = new QTreeWidgetItem(m_tree);
            group->setData(0, IndexRole, -1);
            group->setData(0, RuleRole, rule);
            group->setFont(MessageColumn, bold);
            group->setFirstColumnSpanned(true);
            if (rule == chosenRule)
                current = group;
        }
        auto *item = new QTreeWidgetItem(group);
        item->setData(0, IndexRole, i);
        item->setText(MessageColumn, c.message);
        item->setToolTip(MessageColumn, c.message);
        item->setText(DatesColumn, displayDateRange(c.from, c.to));
        const bool error = c.severity == Conflict::Severity::Error;
        errors += error;
        item->setText(SeverityColumn, error ? tr("Conflict") : tr("Warning"));
        item->setIcon(SeverityColumn,
                      themedIcon(error ? QStringLiteral("circle-alert") : QStringLiteral("triangle-alert")));
        item->setForeground(SeverityColumn, error ? Colors::errorText(palette()) : Colors::warning().darker(130));
        if (!chosenKey.isEmpty() && keyOf(c) == chosenKey)
            current = item;
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_tree->topLevelItem(i);
        const int rule = g->data(0, RuleRole).toInt();
        //: %1 the rule's number, %2 what it asks, %3 how many findings
        g->setText(MessageColumn,
                   tr("Rule %1: %2 (%3)").arg(rule).arg(conflictRuleTitle(rule), QLocale().toString(g->childCount())));
        g->setExpanded(!collapsed.contains(rule));
    }
    m_tree->setUpdatesEnabled(true);
    if (current)
        m_tree->setCurrentItem(current);
    else if (m_tree->topLevelItemCount() > 0 && !chosenKey.isEmpty())
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0)); // the chosen one was fixed: the next to do

    const int n = int(m_conflicts.size());
    const bool period = m_scope->currentData().toBool();
    QString summary = n == 0   ? (period ? tr("No conflicts in this period.") : tr("No conflicts in the plan."))
                      : period ? tr("%n conflict(s) in this period", nullptr, n)
                               : tr("%n conflict(s) in the plan", nullptr, n);
    if (n > errors)
        //: after "4 conflicts in this period": how many of them are only warnings
        summary += tr(", %n of them only a warning", nullptr, n - errors);
    m_summary->setText(summary);
    applySearch();
    updateButtons();
}

void ConflictsPage::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    applySearch();
}

void ConflictsPage::applySearch()
{
    const QString needle = m_search.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_tree->topLevelItem(i);
        int shown = 0;
        for (int j = 0; j < g->childCount(); ++j) {
            const bool match =
                needle.isEmpty() || g->child(j)->text(MessageColumn).contains(needle, Qt::CaseInsensitive);
            g->child(j)->setHidden(!match);
            shown += match;
        }
        g->setHidden(shown == 0);
    }
}

const Conflict *ConflictsPage::chosen() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const int index = item ? item->data(0, IndexRole).toInt() : -1;
    return index >= 0 && index < m_conflicts.size() ? &m_conflicts.at(index) : nullptr;
}

ConflictsPage::Target ConflictsPage::defaultTarget(const Conflict &c)
{
    switch (c.rule) {
    case Conflict::Rule::SiteOverCapacity:
        return Target::Site;
    case Conflict::Rule::SupervisorOverloaded:
        return Target::Supervisor;
    case Conflict::Rule::ConversationOverdue:
        return Target::Hire;
    default:
        return Target::Placement;
    }
}

void ConflictsPage::openChosen()
{
    if (const Conflict *c = chosen())
        openChosen(defaultTarget(*c));
}

void ConflictsPage::openChosen(Target target)
{
    const Conflict *c = chosen();
    if (!c)
        return;
    switch (target) {
    case Target::Placement:
        if (!c->placementIds.isEmpty())
            emit placementRequested(c->placementIds.first());
        break;
    case Target::Student:
        if (c->studentId)
            emit recordRequested(QStringLiteral("students"), c->studentId);
        break;
    case Target::Site:
        if (c->siteId)
            emit recordRequested(QStringLiteral("sites"), c->siteId);
        break;
    case Target::Supervisor:
        if (c->supervisorId)
            emit recordRequested(QStringLiteral("supervisors"), c->supervisorId);
        break;
    case Target::Hire:
        if (c->hireId)
            emit hireRequested(c->hireId);
        break;
    }
}

void ConflictsPage::updateButtons()
{
    const Conflict *c = chosen();
    m_open->setEnabled(c != nullptr);
    m_placement->setEnabled(c && !c->placementIds.isEmpty());
    m_student->setEnabled(c && c->studentId);
    m_site->setEnabled(c && c->siteId);
    m_supervisor->setEnabled(c && c->supervisorId);
    m_detail->setText(c ? c->message : QString());
}

} // namespace praksis
