#include "pages/overview/OverviewPage.h"

#include "Colors.h"
#include "Icons.h"
#include "PlanSession.h"
#include "calendar/IsoWeek.h"
#include "followup/FollowUp.h"
#include "model/Kinds.h"
#include "model/Validation.h"
#include "pages/overview/RecruitmentPanel.h"
#include "recruitment/MentorFollowUp.h"
#include "storage/NameOrder.h"
#include "storage/OverviewFigures.h"
#include "welcome/Checklists.h"
#include "widgets/Accessibility.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <array>
#include <functional>

namespace praksis {

namespace {

// How many entries a list shows at most; its title gives the full count.
constexpr int maxListEntries = 500;

// Okabe–Ito, one per site kind in declaration order (the legend names them, so colour is never alone).
constexpr std::array<QRgb, 8> kindColours{0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                          0x0072B2, 0xD55E00, 0xCC79A7, 0x999999};

QTreeWidget *makeList(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

OverviewPage::Scale OverviewPage::niceScale(int maximum)
{
    // about five steps of 1, 2 or 5 times a power of ten, and room above the highest bar
    int step = 1;
    for (int power = 1; step * 5 < maximum; power *= 10) {
        for (int m : {1, 2, 5}) {
            step = m * power;
            if (step * 5 >= maximum)
                break;
        }
    }
    const int top = step * (std::max(0, maximum) / step + 1);
    return {top, step};
}

namespace {

// One entry of a list on the overview: what it shows, whom it concerns, and the record it opens (a placement, or
// the hire of a mentor conversation).
struct Entry
{
    qint64 placementId = 0;
    QStringList texts;
    QColor colour;
    bool overdue = false;
    QString group; // "site · supervisor"
};

// A group of a long list: its entries (read when the group is about to be shown, or all at once) and its counts.
struct Group
{
    QString name;
    QList<Entry> entries;
    int overdue = 0;
    int count = 0;
    qint64 siteId = 0;
    qint64 supervisorId = 0;
};

QTreeWidgetItem *entryItem(const Entry &e)
{
    auto *item = new QTreeWidgetItem(e.texts);
    item->setData(0, Qt::UserRole, e.placementId);
    if (e.colour.isValid())
        item->setForeground(0, e.colour);
    return item;
}

} // namespace

// The groups of a long list not shown yet, after its "more" row.
struct OverviewPage::HiddenGroups
{
    QList<Group> groups;
    qsizetype next = 0;
    // Reads the entries of groups [from, to) when a list reads them only for the groups it shows.
    std::function<void(QList<Group> &groups, qsizetype from, qsizetype to)> load;
};

namespace {

// Adds the next groups of a grouped list (at most OverviewPage::groupsShown, with at most maxEntries entries in
// all) and, when some are left, a row that shows the next ones. The items are made apart from the view and added
// in one go, and the group rows spanned afterwards: spanning a row of a view with pending rows lays the whole view
// out again, so adding rows one by one and spanning each was quadratic (3,400 rows: 2 billion instructions).
QTreeWidgetItem *addGroups(QTreeWidget *list, OverviewPage::HiddenGroups &hidden, int maxEntries)
{
    QList<QTreeWidgetItem *> rows;
    int shown = 0;
    const qsizetype until = std::min(hidden.groups.size(), hidden.next + OverviewPage::groupsShown);
    if (hidden.load)
        hidden.load(hidden.groups, hidden.next, until);
    for (; hidden.next < until; ++hidden.next) {
        const Group &g = hidden.groups.at(hidden.next);
        auto *row = new QTreeWidgetItem;
        // the counts first: a narrow list cuts the end of a long site name, not what to do first
        row->setText(0, g.overdue > 0 ? OverviewPage::tr("(%1, %2 overdue) %3").arg(g.count).arg(g.overdue).arg(g.name)
                                      : OverviewPage::tr("(%1) %2").arg(g.count).arg(g.name));
        row->setData(0, OverviewPage::GroupCountRole, g.count);
        QFont bold = list->font();
        bold.setBold(true);
        row->setFont(0, bold);
        QList<QTreeWidgetItem *> children;
        for (const Entry &e : g.entries) {
            if (shown++ >= maxEntries)
                break;
            children << entryItem(e);
        }
        row->addChildren(children);
        rows << row;
    }
    QTreeWidgetItem *more = nullptr;
    if (hidden.next < hidden.groups.size()) {
        qsizetype entries = 0;
        for (qsizetype i = hidden.next; i < hidden.groups.size(); ++i)
            entries += hidden.groups.at(i).count;
        more = new QTreeWidgetItem;
        more->setText(0, OverviewPage::tr("%1 more groups with %2 entries: show the next %3…")
                             .arg(hidden.groups.size() - hidden.next)
                             .arg(entries)
                             .arg(std::min<qsizetype>(OverviewPage::groupsShown, hidden.groups.size() - hidden.next)));
        more->setData(0, OverviewPage::MoreRole, true);
        rows << more;
    }
    list->addTopLevelItems(rows);
    for (QTreeWidgetItem *row : std::as_const(rows))
        row->setFirstColumnSpanned(true);
    return rows.value(0);
}

// Shows the groups of a long list, the groups with the most overdue entries first, so the page says where to begin,
// the first OverviewPage::groupsShown of them and a row that shows the next. The first group is open.
void showGroups(QTreeWidget *list, QList<Group> groups, int maxEntries, OverviewPage::HiddenGroups &hidden)
{
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        if (a.count != b.count)
            return a.count > b.count;
        return NameOrder::compare(a.name, b.name) < 0;
    });
    hidden.groups = std::move(groups);
    hidden.next = 0;
    list->setRootIsDecorated(true);
    addGroups(list, hidden, maxEntries);
    if (list->topLevelItemCount() > 0)
        list->topLevelItem(0)->setExpanded(true);
}

// Fills a list with its entries; a long one as groups (site and supervisor) with their counts (showGroups).
void fill(QTreeWidget *list, QList<Entry> entries, int maxEntries, OverviewPage::HiddenGroups &hidden)
{
    list->clear();
    hidden = {};
    if (entries.size() <= OverviewPage::groupFrom) {
        list->setRootIsDecorated(false);
        QList<QTreeWidgetItem *> items;
        for (const Entry &e : entries.mid(0, maxEntries))
            items << entryItem(e);
        list->addTopLevelItems(items);
        return;
    }
    QHash<QString, qsizetype> index;
    QList<Group> groups;
    for (Entry &e : entries) {
        auto it = index.constFind(e.group);
        if (it == index.cend()) {
            it = index.insert(e.group, groups.size());
            groups.append(Group{e.group, {}, 0});
        }
        Group &g = groups[*it];
        g.overdue += e.overdue ? 1 : 0;
        ++g.count;
        g.entries << std::move(e);
    }
    showGroups(list, std::move(groups), maxEntries, hidden);
}

QString groupName(const QString &site, const QString &supervisor)
{
    return supervisor.isEmpty() ? site : site + QStringLiteral(" · ") + supervisor;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// What a chart shows, in words, for a screen reader: each slice of a pie; each bar set of a bar chart with its
// total, its highest category and the categories it spans.
QString chartSummary(const QChart *chart)
{
    QStringList parts;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (const QPieSlice *slice : pie->slices())
                parts << slice->label();
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            QStringList categories;
            QString axisTitle;
            for (QAbstractAxis *axis : chart->axes(Qt::Horizontal))
                if (auto *c = qobject_cast<QBarCategoryAxis *>(axis)) {
                    categories = c->categories();
                    axisTitle = c->titleText();
                }
            const auto category = [&](int i) {
                const QString c = categories.value(i, QString::number(i + 1));
                return axisTitle.isEmpty() ? c : axisTitle + QLatin1Char(' ') + c;
            };
            for (const QBarSet *set : bars->barSets()) {
                double total = 0;
                int peak = -1;
                for (int i = 0; i < set->count(); ++i) {
                    total += set->at(i);
                    if (peak < 0 || set->at(i) > set->at(peak))
                        peak = i;
                }
                if (peak < 0)
                    continue;
                parts << OverviewPage::tr("%1: most in %2 (%3)")
                             .arg(set->label(), category(peak), QLocale().toString(set->at(peak)));
            }
            if (!categories.isEmpty() && !parts.isEmpty())
                parts.prepend(OverviewPage::tr("%1 to %2").arg(category(0), categories.constLast()));
        }
    }
    return parts.join(QStringLiteral("; "));
}

// Replaces the chart of a view and deletes the old one. The view is named by the chart's title and described by
// its summary; an empty chart is left out of the Tab order (its title says why it is empty).
void setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    const QString summary = chartSummary(chart);
    view->setAccessibleName(chart->title());
    view->setAccessibleDescription(summary);
    view->setFocusPolicy(summary.isEmpty() ? Qt::NoFocus : Qt::StrongFocus);
}

} // namespace

OverviewPage::OverviewPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("overviewPage"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    // the charts give way to the lists below them on a laptop screen: a list of a few rows is read, a chart seen
    const int chartHeight = 215;
    m_occupancy = new QChartView(this);
    m_occupancy->setObjectName(QStringLiteral("occupancyChart"));
    m_occupancy->setRenderHint(QPainter::Antialiasing);
    m_occupancy->setMinimumHeight(chartHeight);
    m_status = new QChartView(this);
    m_status->setObjectName(QStringLiteral("statusChart"));
    m_status->setRenderHint(QPainter::Antialiasing);
    m_status->setMinimumHeight(chartHeight);
    // a chart view takes focus itself (Tab, named and described); its viewport only passes clicks on
    for (QChartView *view : {m_occupancy, m_status})
        view->viewport()->setFocusPolicy(Qt::NoFocus);

    m_absence = makeList(QStringLiteral("absenceAlerts"), {tr("Level"), tr("Absence")}, this);
    m_meetings = makeList(QStringLiteral("meetingsDue"), {tr("Due"), tr("Meeting"), tr("Student"), tr("Site")}, this);
    m_checklist = makeList(QStringLiteral("checklistDue"), {tr("Due"), tr("Item"), tr("Student"), tr("Site")}, this);
    m_conversations = makeList(QStringLiteral("conversationsOverdue"),
                               {tr("Planned"), tr("Conversation"), tr("New hire"), tr("Site")}, this);
    m_absenceTitle = new QLabel(this);
    m_meetingsTitle = new QLabel(this);
    m_checklistTitle = new QLabel(this);
    m_conversationsTitle = new QLabel(this);
    m_absenceTitle->setObjectName(QStringLiteral("absenceAlertsTitle"));
    m_meetingsTitle->setObjectName(QStringLiteral("meetingsDueTitle"));
    m_checklistTitle->setObjectName(QStringLiteral("checklistDueTitle"));
    m_conversationsTitle->setObjectName(QStringLiteral("conversationsOverdueTitle"));
    for (QLabel *l : {m_absenceTitle, m_meetingsTitle, m_checklistTitle, m_conversationsTitle}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    // a buddy label names a line edit or a combo, not an item view: the lists are named by their titles (nameLists)
    m_absenceTitle->setBuddy(m_absence);
    m_meetingsTitle->setBuddy(m_meetings);
    m_checklistTitle->setBuddy(m_checklist);
    m_conversationsTitle->setBuddy(m_conversations);
    for (QTreeWidget *list : {m_absence, m_meetings, m_checklist, m_conversations})
        Accessibility::enterWithCurrentRow(list);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_occupancy, 3);
    charts->addWidget(m_status, 2);
    layout->addLayout(charts, 2);
    layout->addWidget(new RecruitmentPanel(session, this), 2);
    auto *lists = new QGridLayout;
    // absence alerts and overdue conversations are short lists: they share the first column, so the page stays
    // within 1280 pixels
    lists->addWidget(m_absenceTitle, 0, 0);
    lists->addWidget(m_absence, 1, 0);
    lists->addWidget(m_conversationsTitle, 2, 0);
    lists->addWidget(m_conversations, 3, 0);
    // two lists stacked in one column may shrink further than a list alone, so the page still fits 720 pixels high
    for (QTreeWidget *stacked : {m_absence, m_conversations})
        stacked->setMinimumHeight(1);
    lists->addWidget(m_meetingsTitle, 0, 1);
    lists->addWidget(m_meetings, 1, 1, 3, 1);
    m_checklistFor = new QComboBox(this);
    m_checklistFor->setObjectName(QStringLiteral("checklistDueFor"));
    m_checklistFor->setAccessibleName(tr("Checklist items due for"));
    m_checklistFor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_checklistFor->setMinimumContentsLength(16);
    connect(m_checklistFor, &QComboBox::activated, this, [this] {
        loadChecklist();
        nameLists();
    });
    // on Linux a combo is named by its label, not its own name
    auto *checklistForLabel = new QLabel(tr("f&or:"), this);
    checklistForLabel->setBuddy(m_checklistFor);
    auto *checklistHeader = new QHBoxLayout;
    checklistHeader->addWidget(m_checklistTitle, 1);
    checklistHeader->addWidget(checklistForLabel);
    checklistHeader->addWidget(m_checklistFor);
    lists->addLayout(checklistHeader, 0, 2);
    lists->addWidget(m_checklist, 1, 2, 3, 1);
    layout->addLayout(lists, 3);

    for (QTreeWidget *list : {m_absence, m_meetings, m_checklist, m_conversations})
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(50);
    connect(m_refreshTimer, &QTimer::timeout, this, &OverviewPage::refresh);
    connect(&m_session, &PlanSession::changed, this, [this] {
        if (actNowOrMarkStale())
            scheduleRefresh();
    });
    connect(&m_session, &PlanSession::currentPeriodChanged, this, [this] {
        if (actNowOrMarkStale())
            scheduleRefresh();
    });

    refresh();
}

void OverviewPage::setToday(QDate today)
{
    m_today = today;
    findChild<RecruitmentPanel *>()->setToday(today);
    refresh();
}

void OverviewPage::pageShown()
{
    if (takeStale())
        scheduleRefresh();
}

void OverviewPage::scheduleRefresh()
{
    // several changes in a row (an import, a plan applied) reload once
    m_refreshTimer->start();
}

OverviewPage::HiddenGroups &OverviewPage::hidden(const QTreeWidget *list)
{
    std::shared_ptr<HiddenGroups> &h = m_hidden[list];
    if (!h)
        h = std::make_shared<HiddenGroups>();
    return *h;
}

void OverviewPage::showMore(QTreeWidgetItem *more)
{
    QTreeWidget *list = more->treeWidget();
    delete more;
    if (QTreeWidgetItem *first = addGroups(list, hidden(list), maxListEntries)) {
        list->setCurrentItem(first);
        list->scrollToItem(first);
    }
}

void OverviewPage::activate(QTreeWidgetItem *item)
{
    if (item && item->data(0, MoreRole).toBool()) {
        showMore(item);
        return;
    }
    const qint64 id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    if (id == 0)
        return;
    if (item->treeWidget() == m_conversations)
        emit hireActivated(id);
    else
        emit placementActivated(id);
}

void OverviewPage::refresh()
{
    m_refreshTimer->stop();
    if (!m_session.hasPlan())
        return;
    const IsoWeek week = IsoWeek::of(m_today);
    QString periodName;
    for (const auto &p : m_session.periods())
        if (p.first == m_session.currentPeriodId())
            periodName = p.second;
    m_heading->setText(
        periodName.isEmpty()
            ? tr("Today %1 (%2)").arg(Validation::formatDate(m_today), week.label())
            : tr("Today %1 (%2) · period %3").arg(Validation::formatDate(m_today), week.label(), periodName));
    loadOccupancy();
    loadStatus();
    loadAbsence();
    loadMeetings();
    loadChecklist();
    loadConversations();
    nameLists();
}

void OverviewPage::nameLists()
{
    const std::pair<QTreeWidget *, QLabel *> lists[] = {{m_absence, m_absenceTitle},
                                                        {m_meetings, m_meetingsTitle},
                                                        {m_checklist, m_checklistTitle},
                                                        {m_conversations, m_conversationsTitle}};
    for (const auto &[list, title] : lists)
        if (list->accessibleName() != title->text())
            list->setAccessibleName(title->text());
}

void OverviewPage::loadOccupancy()
{
    PlanFile &plan = m_session.plan();
    const qint64 periodId = m_session.currentPeriodId();
    QChart *chart = newChart(tr("Students placed per week, by site kind"));
    QDate start, end;
    if (periodId != 0)
        if (auto dates = OverviewFigures::periodDates(plan, periodId))
            std::tie(start, end) = *dates;
    const QList<IsoWeek> weeks = IsoWeek::spanning(start, end);
    if (weeks.isEmpty()) {
        chart->setTitle(tr("Choose a period to see its occupancy."));
        setChart(m_occupancy, chart);
        return;
    }

    const QList<SiteKind> kinds = allValues<SiteKind>();
    QList<QDate> mondays;
    for (const IsoWeek &w : weeks)
        mondays << w.monday();
    auto ranges = OverviewFigures::occupancy(plan, periodId);
    const QHash<SiteKind, QList<int>> perKind =
        OverviewFigures::perWeek(ranges ? *ranges : QList<OverviewFigures::KindRange>{}, mondays);
    QList<QList<int>> counts;
    for (const SiteKind k : kinds)
        counts << perKind.value(k, QList<int>(weeks.size(), 0));

    auto *series = new QStackedBarSeries;
    int maximum = 0;
    QList<int> totals(weeks.size(), 0);
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        if (std::all_of(counts[k].cbegin(), counts[k].cend(), [](int c) { return c == 0; }))
            continue;
        auto *set = new QBarSet(label(kinds[k]));
        set->setColor(QColor::fromRgb(kindColours[size_t(k) % kindColours.size()]));
        for (qsizetype w = 0; w < weeks.size(); ++w) {
            set->append(counts[k][w]);
            totals[w] += counts[k][w];
        }
        series->append(set);
    }
    for (int t : totals)
        maximum = std::max(maximum, t);
    chart->addSeries(series);
    QStringList categories;
    for (const IsoWeek &w : weeks)
        categories << QString::number(w.week);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTitleText(tr("Week"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    const Scale scale = niceScale(maximum);
    axisY->setRange(0, scale.top);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTickCount(scale.top / scale.step + 1); // 0, step, 2 step, … top
    axisY->setTitleText(tr("Students"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    if (series->count() == 0)
        chart->setTitle(tr("No placements in this period yet."));
    setChart(m_occupancy, chart);
}

void OverviewPage::loadStatus()
{
    PlanFile &plan = m_session.plan();
    const qint64 periodId = m_session.currentPeriodId();
    QChart *chart = newChart(periodId != 0 ? tr("Placements by status in the period") : tr("Placements by status"));
    auto statuses = OverviewFigures::statusCounts(plan, periodId);
    const QHash<PlacementStatus, int> counts = statuses ? *statuses : QHash<PlacementStatus, int>{};
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    for (const PlacementStatus s : allValues<PlacementStatus>()) {
        const int n = counts.value(s);
        if (n == 0)
            continue;
        QPieSlice *slice = series->append(tr("%1: %2").arg(label(s)).arg(n), n);
        const QColor c = Colors::status(s);
        slice->setColor(c.isValid() ? c : QColor(0xDD, 0xDD, 0xDD));
        // the legend names every slice with its count: labels on the slices overlapped for small ones
        slice->setLabelVisible(false);
    }
    chart->addSeries(series);
    if (series->count() == 0)
        chart->setTitle(tr("No placements yet."));
    chart->legend()->setVisible(series->count() > 0);
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(m_status, chart);
}

void OverviewPage::loadAbsence()
{
    m_absence->clear();
    auto conflicts = FollowUp::conflicts(m_session.plan(), m_session.currentPeriodId(), m_today);
    int shown = 0, total = 0;
    if (conflicts) {
        // at risk first, then to be made up
        QList<Conflict> absence;
        for (const Conflict &c : std::as_const(*conflicts))
            if (c.rule == Conflict::Rule::AbsenceAtRisk)
                absence << c;
        for (const Conflict &c : std::as_const(*conflicts))
            if (c.rule == Conflict::Rule::AbsenceMakeUp)
                absence << c;
        total = int(absence.size());
        QList<QTreeWidgetItem *> items;
        for (const Conflict &c : std::as_const(absence)) {
            if (shown++ == maxListEntries)
                break;
            const bool risk = c.rule == Conflict::Rule::AbsenceAtRisk;
            QTreeWidgetItem *item = entryItem({c.placementIds.value(0),
                                               {risk ? tr("Period at risk") : tr("To be made up"), c.message},
                                               risk ? Colors::errorText(palette()) : Colors::warning().darker(130)});
            item->setToolTip(1, c.message);
            items << item;
        }
        m_absence->addTopLevelItems(items);
    } else {
        m_absence->addTopLevelItem(new QTreeWidgetItem({tr("Error"), conflicts.error().message}));
    }
    m_absenceTitle->setText(tr("Absence alerts (%1)").arg(total));
    m_absence->resizeColumnToContents(0);
}

void OverviewPage::loadMeetings()
{
    m_meetings->clear();
    const QDate sunday = IsoWeek::of(m_today).sunday();
    auto due = FollowUp::meetingsDue(m_session.plan(), 0, m_today, sunday);
    int total = 0;
    if (due) {
        total = int(due->size());
        QList<Entry> entries;
        entries.reserve(due->size());
        for (const DueMeeting &m : std::as_const(*due)) {
            const QString when =
                m.overdue ? tr("%1 (overdue)").arg(Validation::formatDate(m.due)) : Validation::formatDate(m.due);
            entries << Entry{m.placementId,
                             {when, label(m.kind), m.studentName, m.siteName},
                             m.overdue ? Colors::errorText(palette()) : QColor(),
                             m.overdue,
                             groupName(m.siteName, m.supervisorName)};
        }
        fill(m_meetings, std::move(entries), maxListEntries, hidden(m_meetings));
    } else {
        m_meetings->addTopLevelItem(new QTreeWidgetItem({tr("Error"), due.error().message}));
    }
    m_meetingsTitle->setText(tr("Meetings due this week or overdue (%1)").arg(total));
    for (int c = 0; c < 3; ++c)
        m_meetings->resizeColumnToContents(c);
}

void OverviewPage::loadChecklist()
{
    m_checklist->clear();
    HiddenGroups &shown = hidden(m_checklist);
    shown = {};
    const IsoWeek week = IsoWeek::of(m_today);
    const QDate monday = week.monday();
    const QDate sunday = week.sunday();
    // the checklist's wording in the interface language (Bokmål when it has none)
    const QLocale::Language language = QLocale().language();
    const QString code = language == QLocale::NorwegianNynorsk ? QStringLiteral("nn")
                         : language == QLocale::English        ? QStringLiteral("en")
                                                               : QStringLiteral("nb");
    // the items are counted per site and supervisor; only the items of the groups shown are read
    auto due = Checklists::dueGroups(m_session.plan(), monday, sunday, m_today);
    int total = 0;
    if (due) {
        // The sites and supervisors that have items due, to choose from; the choice holds while it is there.
        const QString chosen = m_checklistFor->currentData().toString();
        QMap<QString, QString> sites;
        QMap<QString, QString> supervisors;
        for (const DueGroup &g : std::as_const(*due)) {
            sites.insert(g.siteName, QStringLiteral("site:%1").arg(g.siteId));
            if (g.supervisorId)
                supervisors.insert(g.supervisorName, QStringLiteral("supervisor:%1").arg(g.supervisorId));
        }
        m_checklistFor->clear();
        m_checklistFor->addItem(tr("Everyone"), QString());
        const QIcon siteIcon = themedIcon(QStringLiteral("hospital"));
        const QIcon supervisorIcon = themedIcon(QStringLiteral("user-check"));
        for (auto it = sites.cbegin(); it != sites.cend(); ++it)
            m_checklistFor->addItem(siteIcon, it.key(), it.value());
        for (auto it = supervisors.cbegin(); it != supervisors.cend(); ++it)
            m_checklistFor->addItem(supervisorIcon, it.key(), it.value());
        m_checklistFor->setCurrentIndex(std::max(0, m_checklistFor->findData(chosen)));
        const QString filter = m_checklistFor->currentData().toString();
        QList<Group> groups;
        for (const DueGroup &g : std::as_const(*due)) {
            if (!filter.isEmpty() && filter != QStringLiteral("site:%1").arg(g.siteId) &&
                filter != QStringLiteral("supervisor:%1").arg(g.supervisorId))
                continue;
            total += g.count;
            groups << Group{groupName(g.siteName, g.supervisorName), {}, g.overdue, g.count, g.siteId, g.supervisorId};
        }
        const QColor overdueColour = Colors::errorText(palette());
        // the items of groups [from, to) with the index of their group, in the order of Checklists::dueBetween:
        // read for the groups' sites, kept for their site and supervisor
        const auto read = [this, monday, sunday, code, overdueColour, today = m_today](const QList<Group> &groups,
                                                                                       qsizetype from, qsizetype to) {
            QList<std::pair<qsizetype, Entry>> out;
            QHash<std::pair<qint64, qint64>, qsizetype> index;
            QList<qint64> siteIds;
            for (qsizetype i = from; i < to; ++i) {
                index.insert({groups.at(i).siteId, groups.at(i).supervisorId}, i);
                if (!siteIds.contains(groups.at(i).siteId))
                    siteIds << groups.at(i).siteId;
            }
            auto items = Checklists::dueBetween(m_session.plan(), monday, sunday, siteIds);
            if (!items)
                return out;
            for (const DueItem &d : std::as_const(*items)) {
                const auto it = index.constFind({d.siteId, d.supervisorId});
                if (it == index.cend())
                    continue;
                const bool overdue = d.item.dueDate < today;
                out.append({*it, Entry{d.item.placementId,
                                       {overdue ? tr("%1 (overdue)").arg(Validation::formatDate(d.item.dueDate))
                                                : Validation::formatDate(d.item.dueDate),
                                        d.item.text.in(code), d.studentName, d.siteName},
                                       overdue ? overdueColour : QColor(),
                                       overdue,
                                       groups.at(*it).name}});
            }
            return out;
        };
        if (total <= groupFrom) {
            // a short list: its items in due order, not grouped
            QList<Entry> entries;
            for (auto &[group, entry] : read(groups, 0, groups.size()))
                entries << std::move(entry);
            fill(m_checklist, std::move(entries), maxListEntries, shown);
        } else {
            shown.load = [read](QList<Group> &groups, qsizetype from, qsizetype to) {
                for (auto &[group, entry] : read(groups, from, to))
                    groups[group].entries << std::move(entry);
            };
            showGroups(m_checklist, std::move(groups), maxListEntries, shown);
        }
    } else {
        m_checklist->addTopLevelItem(new QTreeWidgetItem({tr("Error"), due.error().message}));
    }
    m_checklistTitle->setText(tr("Checklist items due this week (%1)").arg(total));
    m_checklist->resizeColumnToContents(0);
}

void OverviewPage::loadConversations()
{
    m_conversations->clear();
    // the same conversations `check` finds overdue (MentorFollowUp holds the rule)
    auto due = MentorFollowUp::overdueOn(m_session.plan(), m_today);
    int total = 0;
    if (due) {
        total = int(due->size());
        QList<Entry> entries;
        entries.reserve(due->size());
        // most overdue first: `due` is by planned date
        for (const DueConversation &d : std::as_const(*due))
            entries << Entry{d.hireId,
                             {tr("%1 (overdue)").arg(Validation::formatDate(d.planned)),
                              tr("Mentor conversation %1").arg(d.number), d.hireName, d.siteName},
                             Colors::errorText(palette()),
                             true,
                             groupName(d.siteName, d.mentorName)};
        fill(m_conversations, std::move(entries), maxListEntries, hidden(m_conversations));
    } else {
        m_conversations->addTopLevelItem(new QTreeWidgetItem({tr("Error"), due.error().message}));
    }
    m_conversationsTitle->setText(tr("Mentor conversations overdue (%1)").arg(total));
    for (int c = 0; c < 3; ++c)
        m_conversations->resizeColumnToContents(c);
}

} // namespace praksis
