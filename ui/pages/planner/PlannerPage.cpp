#include "pages/planner/PlannerPage.h"

#include "widgets/Accessibility.h"

#include "Icons.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "calendar/IsoWeek.h"
#include "commands/ApplyPlanCommand.h"
#include "commands/RecordCommands.h"
#include "model/Names.h"
#include "pages/planner/PlaceDialog.h"
#include "pages/planner/PlanPreviewDialog.h"
#include "pages/planner/PlannerGrid.h"
#include "pages/planner/UnplacedStudentsModel.h"
#include "planning/PlannerLoader.h"
#include "placements/PlacementService.h"

#include <QAction>
#include <QActionGroup>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMetaMethod>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace praksis {

namespace {
using InsertPlacement = InsertRecordCommand<PlacementService, Placement>;
using UpdatePlacement = UpdateRecordCommand<PlacementService, Placement>;
using RemovePlacement = RemoveRecordCommand<PlacementService, Placement>;
} // namespace

PlannerPage::PlannerPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("plannerPage"));
    auto *layout = new QVBoxLayout(this);

    // the bar above the timeline: the period, its figures, zoom and the automatic planner
    auto *bar = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("plannerTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("plannerSummary"));
    bar->addWidget(m_title);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);

    auto *zoomOut = new QAction(themedIcon(QStringLiteral("zoom-out")), tr("Zoom out"), this);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *zoomIn = new QAction(themedIcon(QStringLiteral("zoom-in")), tr("Zoom in"), this);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomIn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(zoomOut);
    addAction(zoomIn);
    m_zoomOut = new QToolButton(this);
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_zoomOut->setDefaultAction(zoomOut);
    m_zoomOut->setAutoRaise(true);
    m_zoomIn = new QToolButton(this);
    m_zoomIn->setObjectName(QStringLiteral("zoomIn"));
    m_zoomIn->setDefaultAction(zoomIn);
    m_zoomIn->setAutoRaise(true);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addSpacing(12);
    m_autoPlan = new QPushButton(themedIcon(QStringLiteral("wand-sparkles")), tr("Plan &automatically…"), this);
    m_autoPlan->setObjectName(QStringLiteral("planAutomatically"));
    m_autoPlan->setToolTip(tr("Find the plan of least cost for the students not yet placed, and show it before "
                              "anything changes. Placements made by hand are kept."));
    bar->addWidget(m_autoPlan);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("plannerSplitter"));
    m_grid = new PlannerGrid(splitter);
    splitter->addWidget(m_grid);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_unplacedTitle = new QLabel(side);
    m_unplacedTitle->setObjectName(QStringLiteral("unplacedTitle"));
    m_search = new QLineEdit(side);
    m_search->setObjectName(QStringLiteral("unplacedSearch"));
    m_search->setPlaceholderText(tr("Find a student…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a student not yet placed"));
    m_unplaced = new UnplacedStudentsModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_unplaced);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(side);
    m_list->setObjectName(QStringLiteral("unplacedList"));
    m_list->setAccessibleName(tr("Students not yet placed"));
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    Accessibility::enterWithCurrentRow(m_list);
    m_unplacedTitle->setBuddy(m_list);
    sideLayout->addWidget(m_unplacedTitle);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_list, 1);
    auto *place = new QPushButton(tr("&Place…"), side);
    place->setObjectName(QStringLiteral("placeStudent"));
    place->setToolTip(tr("Choose a site and supervisor for the student chosen in the list (Enter)."));
    sideLayout->addWidget(place);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 260});
    layout->addWidget(splitter, 1);
    m_splitter = splitter;

    // An empty plan: what to do first, in order, each step a button (shown while there is no period to plan)
    m_firstSteps = new QWidget(this);
    m_firstSteps->setObjectName(QStringLiteral("firstSteps"));
    auto *steps = new QVBoxLayout(m_firstSteps);
    auto *intro = new QLabel(tr("<b>Start here.</b> A plan needs, in this order: the schools and their programmes, "
                                "the placement sites, their supervisors, a period, and the students. Each step opens "
                                "the page to add them (or the import of a CSV file)."),
                             m_firstSteps);
    intro->setWordWrap(true);
    steps->addWidget(intro);
    const QList<std::pair<QString, QString>> stepTexts{
        {QStringLiteral("schools"), tr("&1. Add a school and its programmes…")},
        {QStringLiteral("sites"), tr("&2. Add placement sites…")},
        {QStringLiteral("supervisors"), tr("&3. Add supervisors…")},
        {QStringLiteral("periods"), tr("&4. Add a period…")},
        {QStringLiteral("students"), tr("&5. Import students…")}};
    for (const auto &[key, text] : stepTexts) {
        auto *b = new QPushButton(text, m_firstSteps);
        b->setObjectName(QStringLiteral("firstStep_") + key);
        b->setProperty("stepText", text);
        connect(b, &QPushButton::clicked, this, [this, step = key] { emit firstStepRequested(step); });
        steps->addWidget(b, 0, Qt::AlignLeft);
        m_stepButtons.append({key, b});
    }
    steps->addStretch();
    layout->addWidget(m_firstSteps, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &PlannerPage::reload);

    connect(zoomIn, &QAction::triggered, m_grid, &PlannerGrid::zoomIn);
    connect(zoomOut, &QAction::triggered, m_grid, &PlannerGrid::zoomOut);
    const auto updateZoom = [zoomIn, zoomOut](int width) {
        zoomIn->setEnabled(width < PlannerGrid::maxWeekWidth);
        zoomOut->setEnabled(width > PlannerGrid::minWeekWidth);
    };
    connect(m_grid, &PlannerGrid::zoomChanged, this, updateZoom);
    updateZoom(m_grid->weekWidth());
    connect(m_autoPlan, &QPushButton::clicked, this, &PlannerPage::planAutomatically);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        placeWithDialog(index.data(UnplacedStudentsModel::StudentIdRole).toLongLong());
    });
    connect(place, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedStudent())
            placeWithDialog(id);
    });
    connect(m_grid, &PlannerGrid::studentDropped, this,
            [this](qint64 student, qint64 site) { placeStudent(student, site); });
    connect(m_grid, &PlannerGrid::placementDropped, this, &PlannerPage::movePlacement);
    connect(m_grid, &PlannerGrid::removeRequested, this, &PlannerPage::removePlacement);
    connect(m_grid, &PlannerGrid::placementActivated, this, &PlannerPage::placementDetailsRequested);
    connect(m_grid, &PlannerGrid::placementMenuRequested, this, [this](qint64 id, const QPoint &pos) {
        std::unique_ptr<QMenu> menu(placementMenu(id, this));
        menu->exec(pos);
    });

    connect(&session, &PlanSession::changed, this, &PlannerPage::scheduleReload);
    connect(&session, &PlanSession::currentPeriodChanged, this, &PlannerPage::scheduleReload);
    reload();
}

PlannerPage::~PlannerPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void PlannerPage::scheduleReload()
{
    m_dirty = true;
    if (isVisible())
        m_reloadTimer->start();
}

void PlannerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_reloadTimer->start();
    else
        updateSummary();
}

void PlannerPage::pageShown()
{
    if (m_dirty)
        reload();
    updateSummary();
}

void PlannerPage::reload()
{
    m_reloadTimer->stop();
    m_dirty = false;
    auto board = PlannerBoard::load(m_session.plan(), m_session.currentPeriodId());
    if (!board) {
        m_board = PlannerBoard();
        m_summary->setText(board.error().message);
    } else {
        m_board = std::move(board.value());
    }
    m_grid->setBoard(m_board);
    const qint64 selected = selectedStudent();
    m_unplaced->setStudents(m_board.unplaced);
    if (selected && !selectedStudent() && m_filter->rowCount() > 0) {
        // the chosen student was placed: go on with the next one in the list
        const int row = std::min(m_list->currentIndex().row(), m_filter->rowCount() - 1);
        m_list->setCurrentIndex(m_filter->index(std::max(row, 0), 0));
    }
    if (m_board.periodId) {
        const QList<IsoWeek> weeks = IsoWeek::spanning(m_board.start, m_board.end);
        m_title->setText(tr("%1 · %2 · %3–%4")
                             .arg(m_board.periodName, displayDateRange(m_board.start, m_board.end),
                                  weeks.isEmpty() ? QString() : weeks.first().label(),
                                  weeks.isEmpty() ? QString() : QString::number(weeks.last().week)));
    } else {
        m_title->setText(m_session.count(QStringLiteral("periods")) > 0 ? tr("No period chosen")
                                                                        : tr("No periods yet"));
    }
    updateFirstSteps();
    m_unplacedTitle->setText(tr("&Not yet placed (%1)").arg(m_board.unplaced.size()));
    m_autoPlan->setEnabled(m_board.periodId != 0 && !m_planning);
    updateSummary();
    emit reloaded();
}

void PlannerPage::updateFirstSteps()
{
    const bool empty = m_board.periodId == 0 && m_session.count(QStringLiteral("periods")) <= 0;
    m_firstSteps->setVisible(empty);
    m_splitter->setVisible(!empty);
    if (!empty)
        return;
    // a step done shows a tick; the first one not done is the default button
    static const QHash<QString, QString> tables{{QStringLiteral("schools"), QStringLiteral("schools")},
                                                {QStringLiteral("sites"), QStringLiteral("sites")},
                                                {QStringLiteral("supervisors"), QStringLiteral("supervisors")},
                                                {QStringLiteral("periods"), QStringLiteral("periods")},
                                                {QStringLiteral("students"), QStringLiteral("students")}};
    bool next = true;
    for (const auto &[key, button] : std::as_const(m_stepButtons)) {
        const bool done = m_session.count(tables.value(key)) > 0;
        const QString text = button->property("stepText").toString();
        button->setText(done ? text + QStringLiteral("  ✓") : text);
        button->setAccessibleDescription(done ? tr("done") : QString());
        button->setDefault(!done && next);
        if (!done)
            next = false;
    }
}

void PlannerPage::updateSummary()
{
    if (!m_board.periodId)
        return;
    int placed = 0;
    for (const PlacementRow &p : std::as_const(m_board.placements))
        placed += p.status != PlacementStatus::Cancelled;
    const QString text = tr("%n placement(s)", nullptr, placed) + QStringLiteral(" · ") +
                         tr("%n not yet placed", nullptr, int(m_board.unplaced.size())) + QStringLiteral(" · ") +
                         tr("%n conflict(s)", nullptr, int(m_board.conflicts.size()));
    m_summary->setText(text);
    if (isVisible())
        m_session.setPageStatus(text);
}

void PlannerPage::showError(const QString &title, const Error &error)
{
    Prompts::error(this, title, error);
}

const PlacementRow *PlannerPage::placementRow(qint64 id) const
{
    for (const PlacementRow &p : m_board.placements)
        if (p.id == id)
            return &p;
    return nullptr;
}

qint64 PlannerPage::selectedStudent() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() && m_list->selectionModel()->isSelected(i)
               ? i.data(UnplacedStudentsModel::StudentIdRole).toLongLong()
               : 0;
}

bool PlannerPage::placeStudent(qint64 studentId, qint64 siteId, qint64 supervisorId)
{
    if (!m_board.periodId)
        return false;
    const PlannerBoard::Student *student = m_unplaced->student(studentId);
    QString siteName;
    for (const PlannerBoard::Site &s : std::as_const(m_board.sites))
        if (s.id == siteId)
            siteName = s.name;
    Placement p;
    p.studentId = studentId;
    p.siteId = siteId;
    p.supervisorId = supervisorId;
    p.periodId = m_board.periodId;
    p.status = PlacementStatus::Planned;
    p.locked = true; // made by a person: the automatic planner keeps it
    const QString text = tr("Place %1 at %2").arg(student ? student->name : QString::number(studentId), siteName);
    if (auto r = m_session.run(new InsertPlacement(m_session.plan(), p, text)); !r) {
        showError(tr("Not placed"), r.error());
        return false;
    }
    return true;
}

QString PlannerPage::studentOf(qint64 placementId) const
{
    const PlacementRow *row = placementRow(placementId);
    return row ? row->student : QString::number(placementId);
}

bool PlannerPage::editPlacement(qint64 placementId, const std::function<void(Placement &)> &change,
                                const QString &undoText, const QString &errorTitle)
{
    auto before = PlacementRepository(m_session.plan()).get(placementId);
    if (!before) {
        showError(errorTitle, before.error());
        return false;
    }
    Placement after = before.value();
    change(after);
    if (after == before.value())
        return false;
    if (auto r = m_session.run(new UpdatePlacement(m_session.plan(), before.value(), after, undoText)); !r) {
        showError(errorTitle, r.error());
        return false;
    }
    return true;
}

bool PlannerPage::movePlacement(qint64 placementId, qint64 siteId, int weeks)
{
    const PlacementRow *row = placementRow(placementId);
    QString siteName;
    for (const PlannerBoard::Site &s : std::as_const(m_board.sites))
        if (s.id == siteId)
            siteName = s.name;
    const QString who = studentOf(placementId);
    const QString text = row && row->siteId == siteId ? tr("Move %1 by %n week(s)", nullptr, weeks).arg(who)
                                                      : tr("Move %1 to %2").arg(who, siteName);
    const bool moved = editPlacement(
        placementId,
        [&](Placement &p) {
            if (p.siteId != siteId) {
                p.siteId = siteId;
                p.supervisorId = 0; // she works at the other site
            }
            p.start = p.start.addDays(7 * weeks);
            p.end = p.end.addDays(7 * weeks);
            p.locked = true; // a person decided
        },
        text, tr("Not moved"));
    if (moved)
        m_grid->setCurrentPlacement(placementId);
    return moved;
}

bool PlannerPage::setSupervisor(qint64 placementId, qint64 supervisorId)
{
    return editPlacement(
        placementId, [&](Placement &p) { p.supervisorId = supervisorId; },
        tr("Set the supervisor of %1").arg(studentOf(placementId)), tr("Supervisor not set"));
}

bool PlannerPage::setStatus(qint64 placementId, PlacementStatus status)
{
    return editPlacement(
        placementId, [&](Placement &p) { p.status = status; },
        tr("Set %1 to %2").arg(studentOf(placementId), label(status)), tr("Status not set"));
}

bool PlannerPage::setLocked(qint64 placementId, bool locked)
{
    const QString who = studentOf(placementId);
    return editPlacement(
        placementId, [&](Placement &p) { p.locked = locked; },
        locked ? tr("Lock the placement of %1").arg(who) : tr("Unlock the placement of %1").arg(who),
        tr("Not changed"));
}

bool PlannerPage::removePlacement(qint64 placementId)
{
    PlacementRepository repo(m_session.plan());
    auto deps = repo.dependents(placementId);
    if (!deps) {
        showError(tr("Not removed"), deps.error());
        return false;
    }
    const QString who = studentOf(placementId);
    if (!deps->isEmpty() &&
        !Prompts::confirm(
            this, tr("Remove placement"),
            tr("Remove the placement of %1? Its %2 go with it (Undo brings them back).").arg(who, deps->text())))
        return false;
    if (auto r = m_session.run(
            new RemovePlacement(m_session.plan(), placementId, tr("Remove the placement of %1").arg(who)));
        !r) {
        showError(tr("Not removed"), r.error());
        return false;
    }
    return true;
}

void PlannerPage::placeWithDialog(qint64 studentId)
{
    const PlannerBoard::Student *student = m_unplaced->student(studentId);
    if (!student || !m_board.periodId)
        return;
    PlaceDialog dialog(m_session.plan(), m_board, student->name, student->choices, student->excluded,
                       student->choices.value(0), 0, this);
    if (!dialog.ask() || !dialog.siteId())
        return;
    placeStudent(studentId, dialog.siteId(), dialog.supervisorId());
}

void PlannerPage::moveWithDialog(qint64 placementId)
{
    const PlacementRow *row = placementRow(placementId);
    if (!row)
        return;
    PlaceDialog dialog(m_session.plan(), m_board, row->student, {}, {}, row->siteId, row->supervisorId, this);
    dialog.setWindowTitle(tr("Move %1").arg(row->student));
    if (!dialog.ask() || !dialog.siteId())
        return;
    const qint64 site = dialog.siteId(), supervisor = dialog.supervisorId();
    if (site != row->siteId) {
        if (!movePlacement(placementId, site, 0))
            return;
    }
    if (supervisor)
        setSupervisor(placementId, supervisor);
}

QMenu *PlannerPage::placementMenu(qint64 placementId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("placementMenu"));
    const PlacementRow *row = placementRow(placementId);
    if (!row)
        return menu;
    // copies: the board may be read again while the menu is open
    const PlacementRow p = *row;
    menu->addSection(p.student);

    QMenu *supervisors = menu->addMenu(themedIcon(QStringLiteral("user-check")), tr("S&upervisor"));
    supervisors->setObjectName(QStringLiteral("supervisorMenu"));
    auto *supervisorGroup = new QActionGroup(supervisors);
    const auto addSupervisor = [&](qint64 id, const QString &text) {
        QAction *a = supervisors->addAction(text, this, [this, placementId, id] { setSupervisor(placementId, id); });
        a->setObjectName(QStringLiteral("supervisor_%1").arg(id));
        a->setCheckable(true);
        a->setChecked(p.supervisorId == id);
        supervisorGroup->addAction(a);
    };
    addSupervisor(0, tr("None yet"));
    if (auto list = PlannerBoard::supervisors(m_session.plan(), p.siteId, m_board.periodId)) {
        for (const PlannerBoard::SupervisorChoice &c : std::as_const(list.value())) {
            QString text = tr("%1 (%2 of %3 students)").arg(c.name).arg(c.assigned).arg(c.maxStudents);
            if (c.absent)
                text += QStringLiteral(" — ") + tr("away during the period");
            addSupervisor(c.id, text);
        }
    }

    QMenu *statuses = menu->addMenu(tr("S&tatus"));
    statuses->setObjectName(QStringLiteral("statusMenu"));
    auto *statusGroup = new QActionGroup(statuses);
    for (PlacementStatus s : allValues<PlacementStatus>()) {
        QAction *a = statuses->addAction(label(s), this, [this, placementId, s] { setStatus(placementId, s); });
        a->setObjectName(QStringLiteral("status_") + toId(s));
        a->setCheckable(true);
        a->setChecked(p.status == s);
        statusGroup->addAction(a);
    }

    QAction *lock = p.locked ? menu->addAction(themedIcon(QStringLiteral("lock-open")), tr("&Unlock"), this,
                                               [this, placementId] { setLocked(placementId, false); })
                             : menu->addAction(themedIcon(QStringLiteral("lock")), tr("&Lock"), this,
                                               [this, placementId] { setLocked(placementId, true); });
    lock->setObjectName(QStringLiteral("toggleLock"));
    lock->setToolTip(p.locked ? tr("Let the automatic planner change this placement")
                              : tr("Keep this placement when the automatic planner runs again"));
    QAction *move = menu->addAction(tr("&Move to site…"), this, [this, placementId] { moveWithDialog(placementId); });
    move->setObjectName(QStringLiteral("moveToSite"));
    QAction *remove = menu->addAction(themedIcon(QStringLiteral("trash-2")), tr("&Remove"), this,
                                      [this, placementId] { removePlacement(placementId); });
    remove->setObjectName(QStringLiteral("removePlacement"));
    menu->addSeparator();
    QAction *details = menu->addAction(themedIcon(QStringLiteral("info")), tr("&Details…"), this,
                                       [this, placementId] { emit placementDetailsRequested(placementId); });
    details->setObjectName(QStringLiteral("placementDetails"));
    // offered once the program connects a details view (or a checklist dialog) to the page
    details->setEnabled(isSignalConnected(QMetaMethod::fromSignal(&PlannerPage::placementDetailsRequested)));
    QAction *checklist = menu->addAction(themedIcon(QStringLiteral("list-checks")), tr("&Welcome checklist…"), this,
                                         [this, placementId] { emit checklistRequested(placementId); });
    checklist->setObjectName(QStringLiteral("welcomeChecklist"));
    checklist->setEnabled(isSignalConnected(QMetaMethod::fromSignal(&PlannerPage::checklistRequested)));
    return menu;
}

void PlannerPage::planAutomatically()
{
    if (m_dirty && !m_planning)
        reload(); // the period may have changed while the page was out of view
    if (m_planning || !m_board.periodId)
        return;
    auto input = PlannerLoader::load(m_session.plan(), m_board.periodId);
    if (!input) {
        showError(tr("Automatic planning"), input.error());
        return;
    }
    m_planning = true;
    m_autoPlan->setEnabled(false);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto percent = std::make_shared<std::atomic_int>(0);
    auto cancel = m_cancel;
    const PlannerInput in = std::move(input.value());

    auto *progress = new QProgressDialog(tr("Planning %1…").arg(in.periodName), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("planningProgress"));
    progress->setWindowTitle(tr("Automatic planning"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto *poll = new QTimer(progress);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, progress, [progress, percent] { progress->setValue(percent->load()); });
    poll->start();
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });

    auto *watcher = new QFutureWatcher<Result<PlannerResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, in] {
        const Result<PlannerResult> result = watcher->result();
        watcher->deleteLater();
        // Gone now, not later: the preview below runs its own event loop, in which a deferred delete waits and
        // the progress dialog's minimum-duration timer would show it, window-modal, over the preview (a hang).
        delete progress;
        m_planning = false;
        m_cancel.reset();
        m_autoPlan->setEnabled(m_board.periodId != 0);
        if (!result) {
            if (result.error().kind != Error::Kind::Cancelled)
                showError(tr("Automatic planning"), result.error());
            emit planningFinished();
            return;
        }
        PlanPreviewDialog preview(in, result.value(), this);
        if (preview.ask()) {
            if (auto r = m_session.run(new ApplyPlanCommand(m_session.plan(), in, result.value())); !r)
                showError(tr("The plan was not applied"), r.error());
        }
        emit planningFinished();
    });
    watcher->setFuture(QtConcurrent::run([in, cancel, percent]() -> Result<PlannerResult> {
        return Planner::solve(in, [cancel, percent](int p) {
            percent->store(p);
            return !cancel->load();
        });
    }));
}

} // namespace praksis
