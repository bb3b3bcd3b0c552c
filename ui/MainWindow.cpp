#include "MainWindow.h"

#include "AppSettings.h"
#include "Icons.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "dialogs/ChecklistDialog.h"
#include "dialogs/HelpDialogs.h"
#include "dialogs/HireDetailDialog.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/PlacementDetailDialog.h"
#include "dialogs/PrivacyDialogs.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "dialogs/WelcomeLettersDialog.h"
#include "i18n/Language.h"
#include "pages/conflicts/ConflictsPage.h"
#include "pages/guide/GuidePage.h"
#include "pages/hires/HiresPage.h"
#include "pages/overview/OverviewPage.h"
#include "pages/periods/PeriodsPage.h"
#include "pages/placements/PlacementsPage.h"
#include "pages/planner/PlannerPage.h"
#include "pages/reports/ReportsPage.h"
#include "pages/schools/SchoolsPage.h"
#include "pages/sites/SitesPage.h"
#include "pages/students/StudentsPage.h"
#include "pages/supervisors/SupervisorsPage.h"
#include "pages/template/TemplatePage.h"
#include "storage/BackupRotation.h"
#include "storage/Listings.h"
#include "storage/PlacementRepository.h"
#include "storage/PlanLocation.h"
#include "widgets/Accessibility.h"
#include "widgets/BackgroundTask.h"
#include "widgets/RegisterPage.h"

#include "demo/DemoGenerator.h"
#include "planning/ConflictChecker.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
Q_LOGGING_CATEGORY(startupLog, "praksis.startup", QtWarningMsg)

// Started while the program is loaded, before main(): "since the process started" in the start-up log.
const QElapsedTimer &processClock()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock;
}
[[maybe_unused]] const QElapsedTimer &startProcessClock = processClock();
} // namespace

namespace praksis {

namespace {

struct PageInfo
{
    QString key;
    const char *title;
    QString icon;
    std::function<QWidget *(PlanSession &, QWidget *)> make;
};

template<typename P> std::function<QWidget *(PlanSession &, QWidget *)> factory()
{
    return [](PlanSession &s, QWidget *parent) -> QWidget * { return new P(s, parent); };
}

const QList<PageInfo> &pageInfos()
{
    static const QList<PageInfo> infos = {
        {QStringLiteral("overview"), QT_TRANSLATE_NOOP("praksis::MainWindow", "Overview"),
         QStringLiteral("layout-dashboard"),
         [](PlanSession &s, QWidget *parent) -> QWidget * {
             auto *page = new OverviewPage(s, parent);
             QObject::connect(page, &OverviewPage::placementActivated, page,
                              [&s, page](qint64 id) { PlacementDetailDialog::showFor(s, id, page); });
             QObject::connect(page, &OverviewPage::hireActivated, page,
                              [&s, page](qint64 id) { HireDetailDialog::showFor(s, id, page); });
             return page;
         }},
        {QStringLiteral("planner"), QT_TRANSLATE_NOOP("praksis::MainWindow", "Planner"),
         QStringLiteral("calendar-range"),
         [](PlanSession &s, QWidget *parent) -> QWidget * {
             auto *page = new PlannerPage(s, parent);
             QObject::connect(page, &PlannerPage::checklistRequested, page,
                              [&s, page](qint64 id) { ChecklistDialog::showForPlacement(s, id, page); });
             QObject::connect(page, &PlannerPage::placementDetailsRequested, page,
                              [&s, page](qint64 id) { PlacementDetailDialog::showFor(s, id, page); });
             return page;
         }},
        {QStringLiteral("placements"), QT_TRANSLATE_NOOP("praksis::MainWindow", "Placements"),
         QStringLiteral("clipboard-list"), factory<PlacementsPage>()},
        {QStringLiteral("students"), QT_TRANSLATE_NOOP("praksis::MainWindow", "Students"),
         QStringLiteral("graduation-cap"), factory<StudentsPage>()},
        {QStringLiteral("schools"), QT_TRANSLATE_NOOP("praksis::MainWindow", "Schools"), QStringLiteral("school"),
         factory<SchoolsPage>()},
        {QStringLiteral("sites"), QT_TRANSLATE_NOOP("praksis::MainWindow", "Sites"), QStringLiteral("hospital"),
         factory<SitesPage>()},
        {QStringLiteral("supervisors"), QT_TRANSLATE_NOOP("praksis::MainWindow", "Supervisors"),
         QStringLiteral("user-check"), factory<SupervisorsPage>()},
        {QStringLiteral("periods"), QT_TRANSLATE_NOOP("praksis::MainWindow", "Periods"),
         QStringLiteral("calendar-days"), factory<PeriodsPage>()},
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("praksis::MainWindow", "Welcome template"),
         QStringLiteral("list-checks"), factory<TemplatePage>()},
        {QStringLiteral("reports"), QT_TRANSLATE_NOOP("praksis::MainWindow", "Reports"),
         QStringLiteral("file-chart-column"), factory<ReportsPage>()},
        {QStringLiteral("conflicts"), QT_TRANSLATE_NOOP("praksis::MainWindow", "Conflicts"),
         QStringLiteral("triangle-alert"),
         [](PlanSession &s, QWidget *parent) -> QWidget * {
             auto *page = new ConflictsPage(s, parent);
             QObject::connect(page, &ConflictsPage::placementRequested, page,
                              [&s, page](qint64 id) { PlacementDetailDialog::showFor(s, id, page); });
             QObject::connect(page, &ConflictsPage::hireRequested, page,
                              [&s, page](qint64 id) { HireDetailDialog::showFor(s, id, page); });
             return page;
         }},
        {QStringLiteral("hires"), QT_TRANSLATE_NOOP("praksis::MainWindow", "New hires"),
         QStringLiteral("briefcase-business"), factory<HiresPage>()},
        {QStringLiteral("guide"), QT_TRANSLATE_NOOP("praksis::MainWindow", "Conversation guide"),
         QStringLiteral("messages-square"), factory<GuidePage>()},
    };
    return infos;
}

const QString planFilter()
{
    return QCoreApplication::translate("praksis::MainWindow", "Plans (*.%1);;All files (*)")
        .arg(PlanLocation::fileSuffix());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new PlanSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(themedIcon(QStringLiteral("calendar-range")));

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(1);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int sidebarWidth = 0;
    for (const PageInfo &info : pageInfos()) {
        auto *item = new QListWidgetItem(themedIcon(info.icon), tr(info.title), m_sidebar);
        item->setData(Qt::UserRole, info.key);
        item->setSizeHint(QSize(0, qMax(30, m_sidebar->fontMetrics().height() + 14)));
        sidebarWidth = qMax(sidebarWidth, m_sidebar->fontMetrics().horizontalAdvance(item->text()));
    }
    m_sidebar->setFixedWidth(sidebarWidth + 20 + 40);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));
    auto *empty = new QLabel(tr("No plan is open. Use File ▸ New plan… or File ▸ Open…"), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_stack->addWidget(empty);
    m_stack->addWidget(createCheckingPanel());

    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    // The sidebar sits on its own base-coloured strip with a little air around the items.
    auto *sidebarFrame = new QWidget(central);
    sidebarFrame->setBackgroundRole(QPalette::Base);
    sidebarFrame->setAutoFillBackground(true);
    auto *sidebarLayout = new QVBoxLayout(sidebarFrame);
    sidebarLayout->setContentsMargins(6, 6, 6, 6);
    sidebarLayout->addWidget(m_sidebar);
    row->addWidget(sidebarFrame);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    row->addWidget(line);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_planStatus = new QLabel(this);
    m_planStatus->setObjectName(QStringLiteral("planStatus"));
    m_pageStatus = new QLabel(this);
    m_pageStatus->setObjectName(QStringLiteral("pageStatus"));
    // "3 conflicts in this period", a link to the Conflicts page (which Ctrl+Shift+K opens from the keyboard)
    m_conflictStatus = new QLabel(this);
    m_conflictStatus->setObjectName(QStringLiteral("conflictStatus"));
    m_conflictStatus->setTextFormat(Qt::RichText);
    m_conflictStatus->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_conflictStatus, &QLabel::linkActivated, this, [this] { setCurrentPage(QStringLiteral("conflicts")); });
    statusBar()->addWidget(m_planStatus, 1);
    statusBar()->addWidget(m_conflictStatus);
    statusBar()->addPermanentWidget(m_pageStatus);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(150);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);

    createActions();

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_pagesReady || row < 0)
            return;
        const QString key = pageInfos().at(row).key;
        const bool made = m_pages.contains(key);
        m_stack->setCurrentWidget(page(key));
        m_session->setPageStatus(QString());
        // A page may declare Q_INVOKABLE void pageShown() to refresh itself when it comes into view.
        if (QWidget *page = m_stack->currentWidget(); page->metaObject()->indexOfMethod("pageShown()") >= 0)
            QMetaObject::invokeMethod(page, "pageShown");
        forwardSearch(m_search->text());
        if (!made)
            emit pageFilled(key);
    });
    connect(m_session, &PlanSession::planOpened, this, [this] {
        createPages();
        // this plan's own search of last time (PlanSession::viewState), never the one of the plan before
        m_search->setText(m_session->viewState(QStringLiteral("search")).toString());
        refreshPeriods();
        updateTitle();
        // the counts and the conflict check of the status bar can wait until the page is filled and painted
        m_planStatus->setText(m_session->displayName());
        m_conflictStatus->setText(tr("Looking for conflicts…"));
        m_conflictStatus->setAccessibleName(m_conflictStatus->text());
        m_statusTimer->start();
        emit pageFilled(currentPageKey());
    });
    connect(m_session, &PlanSession::planAboutToClose, this, &MainWindow::destroyPages);
    connect(m_session, &PlanSession::planClosed, this, [this] {
        m_search->clear();
        refreshPeriods();
        updateTitle();
        refreshStatus();
    });
    connect(m_session, &PlanSession::changed, this, [this](const Change &c) {
        if (c.entity == Entity::Period || c.entity == Entity::All)
            refreshPeriods();
        m_statusTimer->start();
    });
    connect(m_session, &PlanSession::currentPeriodChanged, this, [this](qint64 id) {
        const int index = m_period->findData(id);
        if (index >= 0 && index != m_period->currentIndex()) {
            m_fillingPeriods = true;
            m_period->setCurrentIndex(index);
            m_fillingPeriods = false;
        }
        m_statusTimer->start();
    });
    connect(m_session, &PlanSession::pageStatusChanged, m_pageStatus, &QLabel::setText);
    connect(m_session, &PlanSession::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_session, &PlanSession::commandFailed, this,
            [this](const Error &e) { Prompts::error(this, tr("The change could not be made"), e); });

    resize(1200, 760);
    restoreGeometry(AppSettings::windowGeometry.value());
    restoreState(AppSettings::windowState.value());
    updateTitle();
    refreshStatus();
}

MainWindow::~MainWindow()
{
    destroyPages();
}

qint64 MainWindow::sinceProcessStart()
{
    return processClock().elapsed();
}

QWidget *MainWindow::createCheckingPanel()
{
    m_checkingPanel = new QWidget(m_stack);
    m_checkingPanel->setObjectName(QStringLiteral("openProgress"));
    auto *column = new QVBoxLayout(m_checkingPanel);
    column->addStretch(1);
    m_checkingLabel = new QLabel(m_checkingPanel);
    m_checkingLabel->setObjectName(QStringLiteral("checkingLabel"));
    m_checkingLabel->setAlignment(Qt::AlignCenter);
    m_checkingLabel->setWordWrap(true);
    QFont big = m_checkingLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_checkingLabel->setFont(big);
    column->addWidget(m_checkingLabel);
    auto *explanation = new QLabel(tr("The whole file is checked before the plan opens, so that a damaged file is "
                                      "never read. On a big plan this takes a moment."),
                                   m_checkingPanel);
    explanation->setAlignment(Qt::AlignCenter);
    explanation->setWordWrap(true);
    column->addWidget(explanation);
    auto *bar = new QProgressBar(m_checkingPanel);
    bar->setObjectName(QStringLiteral("checkingProgress"));
    bar->setAccessibleName(tr("Checking the plan"));
    bar->setRange(0, 0); // busy: SQLite's check does not tell how far it got
    bar->setTextVisible(false);
    bar->setFixedWidth(360);
    column->addWidget(bar, 0, Qt::AlignHCenter);
    m_checkingCancel =
        new QPushButton(QCoreApplication::translate("praksis::BackgroundTask", "Cancel"), m_checkingPanel);
    m_checkingCancel->setObjectName(QStringLiteral("checkingCancel"));
    m_checkingCancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_checkingCancel->setToolTip(tr("Stop the check; the plan is not opened (Esc)"));
    connect(m_checkingCancel, &QPushButton::clicked, this, [this] {
        if (m_cancelCheck)
            m_cancelCheck();
    });
    column->addWidget(m_checkingCancel, 0, Qt::AlignHCenter);
    column->addStretch(2);
    return m_checkingPanel;
}

void MainWindow::setChecking(const QString &fileName, bool checking)
{
    menuBar()->setEnabled(!checking);
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolbar")))
        toolbar->setEnabled(!checking);
    m_sidebar->setEnabled(!checking);
    if (checking) {
        m_beforeChecking = m_stack->currentWidget();
        m_checkingLabel->setText(tr("Checking “%1”…").arg(fileName));
        m_checkingCancel->setEnabled(true);
        m_stack->setCurrentWidget(m_checkingPanel);
        m_checkingCancel->setFocus(Qt::OtherFocusReason);
        setWindowTitle(tr("%1 — Praksisplan").arg(fileName));
        m_planStatus->setText(m_checkingLabel->text());
        return;
    }
    if (m_stack->currentWidget() == m_checkingPanel && m_beforeChecking && m_stack->indexOf(m_beforeChecking) >= 0)
        m_stack->setCurrentWidget(m_beforeChecking);
    m_beforeChecking = nullptr;
    updateTitle();
    refreshStatus();
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        qCDebug(startupLog, "first paint of the main window: %lld ms after the process started", sinceProcessStart());
        emit firstPainted();
    }
    return handled;
}

QStringList MainWindow::pageKeys()
{
    QStringList keys;
    for (const PageInfo &info : pageInfos())
        keys.append(info.key);
    return keys;
}

void MainWindow::createActions()
{
    QUndoStack *undo = m_session->undoStack();

    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *newAction =
        file->addAction(themedIcon(QStringLiteral("file-plus")), tr("&New plan…"), this, &MainWindow::newPlan);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("actionNewPlan"));
    auto *openAction =
        file->addAction(themedIcon(QStringLiteral("folder-open")), tr("&Open…"), this, &MainWindow::openPlanDialog);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    auto *demo = file->addAction(themedIcon(QStringLiteral("sparkles")), tr("Open &demo plan…"), this,
                                 &MainWindow::demoPlanDialog);
    demo->setObjectName(QStringLiteral("actionDemoPlan"));
    file->addSeparator();
    auto *copy = file->addAction(themedIcon(QStringLiteral("copy")), tr("Save a &copy…"), this, &MainWindow::saveCopy);
    copy->setObjectName(QStringLiteral("actionSaveCopy"));
    m_planActions.append(copy);
    QMenu *import = file->addMenu(themedIcon(QStringLiteral("import")), tr("&Import"));
    import->setObjectName(QStringLiteral("importMenu"));
    auto *importAny = import->addAction(tr("From a &CSV file…"), this, [this] { showImport(std::nullopt); });
    importAny->setObjectName(QStringLiteral("actionImport"));
    m_planActions.append(importAny);
    import->addSeparator();
    for (ImportRegister r : importRegisters()) {
        auto *a = import->addAction(tr("%1…").arg(label(r)), this, [this, r] { showImport(r); });
        a->setObjectName(QStringLiteral("actionImport_") + toId(r));
        m_planActions.append(a);
    }
    file->addSeparator();
    auto *settings =
        file->addAction(themedIcon(QStringLiteral("settings")), tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    m_planActions.append(settings);
    file->addSeparator();
    auto *quit = file->addAction(themedIcon(QStringLiteral("log-out")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("actionUndo"));
    undoAction->setIcon(themedIcon(QStringLiteral("undo-2")));
    undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("actionRedo"));
    redoAction->setIcon(themedIcon(QStringLiteral("redo-2")));
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    auto *find = edit->addAction(themedIcon(QStringLiteral("search")), tr("&Find…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    // Toolbar
    QToolBar *toolbar = addToolBar(tr("Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->addAction(undoAction);
    toolbar->addAction(redoAction);
    toolbar->addSeparator();
    auto *periodLabel = new QLabel(tr("&Period:"), toolbar);
    periodLabel->setContentsMargins(6, 0, 4, 0);
    m_period = new QComboBox(toolbar);
    m_period->setObjectName(QStringLiteral("periodSelector"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setMinimumContentsLength(22);
    periodLabel->setBuddy(m_period);
    toolbar->addWidget(periodLabel);
    toolbar->addWidget(m_period);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_fillingPeriods && index >= 0)
            m_session->setCurrentPeriodId(m_period->itemData(index).toLongLong());
    });
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search this page"));
    m_search->setPlaceholderText(tr("Search this page…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(360);
    toolbar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::forwardSearch);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_session->setViewState(QStringLiteral("search"), text); });

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < pageInfos().size(); ++i) {
        const PageInfo &info = pageInfos().at(i);
        auto *a = view->addAction(themedIcon(info.icon), tr(info.title), this, [this, i] { showPageAndFocus(i); });
        a->setObjectName(QStringLiteral("actionPage_") + info.key);
        if (i < 10)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + (i == 9 ? -1 : i))));
        else if (info.key == QStringLiteral("conflicts"))
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        else if (info.key == QStringLiteral("hires"))
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        else if (info.key == QStringLiteral("guide"))
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        m_planActions.append(a);
    }
    view->addSeparator();
    auto *showToolbar = toolbar->toggleViewAction();
    showToolbar->setText(tr("Show &toolbar"));
    view->addAction(showToolbar);

    // Plan
    QMenu *planMenu = menuBar()->addMenu(tr("&Plan"));
    auto *prev = planMenu->addAction(tr("&Previous period"), this, [this] { stepPeriod(-1); });
    prev->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    auto *next = planMenu->addAction(tr("&Next period"), this, [this] { stepPeriod(1); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    planMenu->addSeparator();
    auto *autoPlan = planMenu->addAction(themedIcon(QStringLiteral("wand-sparkles")), tr("Plan &automatically…"), this,
                                         &MainWindow::planAutomatically);
    autoPlan->setObjectName(QStringLiteral("actionPlanAutomatically"));
    autoPlan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    autoPlan->setToolTip(tr("Plan the students of the chosen period not yet placed, and show the plan before "
                            "anything changes"));
    planMenu->addSeparator();
    auto *letters = planMenu->addAction(themedIcon(QStringLiteral("printer")), tr("&Welcome letters…"), this, [this] {
        WelcomeLettersDialog dialog(*m_session, this);
        dialog.exec();
    });
    auto *changeLog = planMenu->addAction(themedIcon(QStringLiteral("history")), tr("Change &log…"), this, [this] {
        ChangeLogDialog dialog(*m_session, this);
        dialog.exec();
    });
    auto *purge =
        planMenu->addAction(themedIcon(QStringLiteral("trash-2")), tr("Remove &old student records…"), this, [this] {
            PurgeDialog dialog(*m_session, this);
            dialog.exec();
        });
    m_planActions.append({prev, next, autoPlan, letters, changeLog, purge});

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *guide = help->addAction(tr("&User guide"), this, [this] {
        auto *dialog = new UserGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    auto *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    auto *about =
        help->addAction(themedIcon(QStringLiteral("info")), tr("&About Praksisplan"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    for (QAction *a : std::as_const(m_planActions))
        a->setEnabled(false);
}

void MainWindow::createPages()
{
    destroyPages();
    m_pagesReady = true;
    for (QAction *a : std::as_const(m_planActions))
        a->setEnabled(true);
    m_search->setEnabled(true);
    m_period->setEnabled(true);
    const QString last = m_firstPage.isEmpty() ? AppSettings::lastPage.value() : std::exchange(m_firstPage, {});
    if (!setCurrentPage(last))
        setCurrentPage(QStringLiteral("overview"));
    else
        m_stack->setCurrentWidget(page(last));
}

void MainWindow::destroyPages()
{
    if (!m_pagesReady)
        return;
    m_pagesReady = false;
    AppSettings::lastPage.setValue(currentPageKey());
    const auto pages = m_pages.values();
    m_pages.clear();
    for (QWidget *p : pages) {
        m_stack->removeWidget(p);
        delete p;
    }
    for (QAction *a : std::as_const(m_planActions))
        a->setEnabled(false);
    m_search->setEnabled(false);
    m_period->setEnabled(false);
}

bool MainWindow::setCurrentPage(const QString &key)
{
    const int row = pageKeys().indexOf(key);
    if (row < 0 || !m_pagesReady)
        return false;
    if (m_sidebar->currentRow() == row)
        m_stack->setCurrentWidget(page(key));
    else
        m_sidebar->setCurrentRow(row);
    return true;
}

QString MainWindow::currentPageKey() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 ? pageInfos().at(row).key : QString();
}

QWidget *MainWindow::page(const QString &key) const
{
    if (QWidget *made = m_pages.value(key); made || !m_pagesReady)
        return made;
    for (const PageInfo &info : pageInfos()) {
        if (info.key != key)
            continue;
        QWidget *made = info.make(*m_session, m_stack);
        made->setObjectName(info.key + QStringLiteral("Page"));
        made->setAccessibleName(tr(info.title));
        m_pages.insert(info.key, made);
        m_stack->addWidget(made);
        if (auto *planner = qobject_cast<PlannerPage *>(made))
            connect(planner, &PlannerPage::firstStepRequested, this, &MainWindow::takeFirstStep);
        if (auto *hires = qobject_cast<HiresPage *>(made))
            connect(hires, &HiresPage::pageRequested, this, &MainWindow::setCurrentPage);
        if (auto *conflicts = qobject_cast<ConflictsPage *>(made))
            connect(conflicts, &ConflictsPage::recordRequested, this, [this](const QString &pageKey, qint64 id) {
                if (auto *registerPage = qobject_cast<RegisterPage *>(page(pageKey)))
                    registerPage->editRecordWithId(id);
            });
        return made;
    }
    return nullptr;
}

bool MainWindow::openPlan(const QString &path, PlanFile::OpenMode mode)
{
    if (m_cancelCheck) // a plan is being checked already
        return false;
    if (m_session->hasPlan() && QFileInfo(m_session->path()) == QFileInfo(path))
        return true;
    // How long each step takes (docs/performance.md): QT_LOGGING_RULES="praksis.startup.debug=true"
    QElapsedTimer phase;
    phase.start();
    qint64 checkMs = 0;
    // The slow part of opening (the integrity checks, a migration after its backup, the daily backup) runs in a
    // worker thread on a connection of its own, while the window shows the plan's name, a busy bar and Cancel; then
    // the checked plan opens on this thread.
    TaskProgress progress;
    QFutureWatcher<Result<QString>> watcher;
    watcher.setFuture(QtConcurrent::run([path, mode, &checkMs, &progress]() -> Result<QString> {
        QElapsedTimer check;
        check.start();
        PlanFile::OpenOptions options{mode};
        options.keepGoing = [&progress] { return !progress.cancelled(); };
        auto opened = PlanFile::open(path, options);
        if (!opened)
            return opened.error();
        checkMs = check.elapsed();
        (void)BackupRotation::takeIfDue(*opened.value()); // a failure is told when the session tries again
        return opened.value()->migrationBackupPath();
    }));
    const QString fileName = QFileInfo(path).fileName();
    setChecking(fileName, true);
    m_cancelCheck = [this, &progress] {
        progress.cancel();
        m_checkingLabel->setText(QCoreApplication::translate("praksis::BackgroundTask", "Stopping…"));
        m_checkingCancel->setEnabled(false);
    };
    if (checkingHook)
        checkingHook();
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec();
    m_cancelCheck = nullptr;
    watcher.waitForFinished();
    setChecking(fileName, false);
    const Result<QString> checked = watcher.result();
    if (m_closeAfterCheck) { // the window was closed during the check
        m_closeAfterCheck = false;
        close();
        return false;
    }
    if (progress.cancelled()) // also when the check had just finished: Cancel leaves the plan that was open
        return false;
    if (!checked) {
        Prompts::error(this, tr("The plan could not be opened"), checked.error());
        return false;
    }
    const qint64 workerMs = phase.restart();
    PlanFile::OpenOptions options{PlanFile::OpenMode::OpenExisting};
    options.check = false;
    auto opened = PlanFile::open(path, options);
    if (!opened) {
        Prompts::error(this, tr("The plan could not be opened"), opened.error());
        return false;
    }
    const qint64 reopenMs = phase.restart();
    m_session->setPlan(std::move(opened.value()));
    qCDebug(startupLog,
            "open %s: checked in %lld ms, backup of the day %lld ms, opened again %lld ms, the page in view made and "
            "filled %lld ms; %lld ms after the process started",
            qPrintable(fileName), checkMs, workerMs - checkMs, reopenMs, qint64(phase.elapsed()), sinceProcessStart());
    PlanLocation::setLastOpened(path);
    if (!checked.value().isEmpty())
        statusBar()->showMessage(
            tr("The plan was brought up to date for this version of Praksisplan. A copy of it as it was is "
               "kept in “%1”.")
                .arg(QDir::toNativeSeparators(checked.value())),
            30000);
    return true;
}

bool MainWindow::showWelcome()
{
    while (!m_session->hasPlan()) {
        WelcomeDialog dialog(true, isVisible() ? this : nullptr);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        switch (dialog.choice()) {
        case WelcomeDialog::Choice::NewPlan:
            newPlan();
            break;
        case WelcomeDialog::Choice::OpenPlan:
            openPlanDialog();
            break;
        case WelcomeDialog::Choice::RecentPlan:
            openPlan(dialog.recentPath());
            break;
        case WelcomeDialog::Choice::DemoPlan:
            demoPlanDialog();
            break;
        case WelcomeDialog::Choice::None:
            break;
        }
    }
    return true;
}

void MainWindow::updateTitle()
{
    if (m_session->hasPlan()) {
        setWindowTitle(tr("%1 — Praksisplan").arg(m_session->displayName()));
        setWindowFilePath(m_session->path());
    } else {
        setWindowTitle(tr("Praksisplan"));
    }
}

void MainWindow::refreshPeriods()
{
    m_fillingPeriods = true;
    m_period->clear();
    if (m_session->hasPlan()) {
        const auto periods = m_session->periods();
        for (const auto &[id, name] : periods)
            m_period->addItem(name, id);
        if (periods.isEmpty())
            m_period->addItem(tr("(no periods yet)"), qint64(0));
        m_period->setCurrentIndex(qMax(0, m_period->findData(m_session->currentPeriodId())));
    }
    m_fillingPeriods = false;
}

void MainWindow::refreshStatus()
{
    if (!m_session->hasPlan()) {
        m_planStatus->setText(tr("No plan open"));
        m_conflictStatus->clear();
        return;
    }
    const QLocale locale;
    QStringList parts{m_session->displayName()};
    parts.append(tr("%1 students").arg(locale.toString(m_session->count(QStringLiteral("students")))));
    if (const qint64 period = m_session->currentPeriodId()) {
        const auto counted = Listings::placementsInPeriod(m_session->plan(), period);
        const qint64 n = counted ? counted.value() : 0;
        parts.append(tr("%1 placements in this period").arg(locale.toString(n)));
        // the same findings as the Conflicts page and `praksisplan-cli check --period`
        const auto conflicts = ConflictChecker(m_session->plan()).checkAll(period, QDate::currentDate());
        const int count = conflicts ? int(conflicts->size()) : 0;
        const QString text =
            count ? tr("%n conflict(s) in this period", nullptr, count) : tr("No conflicts in this period");
        m_conflictStatus->setText(count ? QStringLiteral("<a href=\"#conflicts\">%1</a>").arg(text.toHtmlEscaped())
                                        : text);
        m_conflictStatus->setAccessibleName(text);
    } else {
        m_conflictStatus->clear();
    }
    m_planStatus->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = PlanLocation::recent();
    for (const QString &path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        auto *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openPlan(path); });
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

QString MainWindow::askOpenFile(const QString &title)
{
    if (openFileHook)
        return openFileHook(title);
    return QFileDialog::getOpenFileName(this, title, QFileInfo(PlanLocation::defaultPath()).absolutePath(),
                                        planFilter());
}

QString MainWindow::askSaveFile(const QString &title, const QString &suggested)
{
    if (saveFileHook)
        return saveFileHook(title);
    return QFileDialog::getSaveFileName(this, title, suggested, planFilter());
}

void MainWindow::newPlan()
{
    const QString dir = QFileInfo(PlanLocation::defaultPath()).absolutePath();
    QString path = askSaveFile(tr("New plan"), dir + QStringLiteral("/plan.") + PlanLocation::fileSuffix());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + PlanLocation::fileSuffix();
    if (QFileInfo::exists(path)) {
        Prompts::error(this, tr("New plan"),
                       tr("“%1” already exists. Choose another name, or open it with File ▸ Open….")
                           .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    openPlan(path, PlanFile::OpenMode::OpenOrCreate);
}

void MainWindow::openPlanDialog()
{
    const QString path = askOpenFile(tr("Open a plan"));
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::demoPlanDialog()
{
    const QString dir = QFileInfo(PlanLocation::defaultPath()).absolutePath();
    bool ok = false;
    const int students = demoSizeHook ? demoSizeHook()
                                      : QInputDialog::getInt(this, tr("Demo plan"),
                                                             tr("How many students should the demo plan have?\n"
                                                                "(sites, supervisors and placements follow from it)"),
                                                             500, 10, 20000, 100, &ok);
    if (!demoSizeHook && !ok)
        return;
    QString path =
        askSaveFile(tr("Save the demo plan as"), dir + QStringLiteral("/demo.") + PlanLocation::fileSuffix());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + PlanLocation::fileSuffix();
    if (QFileInfo::exists(path)) {
        Prompts::error(
            this, tr("Demo plan"),
            tr("“%1” already exists. Choose another name for the demo plan.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    createDemoPlan(path, students);
}

bool MainWindow::createDemoPlan(const QString &path, int students)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The generator runs in a worker thread on a connection of its own (one connection per thread).
    const Result<DemoSummary> result = runWithProgress<Result<DemoSummary>>(
        this, tr("Generating the demo plan…"), QStringLiteral("demoProgress"),
        [path, students](TaskProgress &progress) -> Result<DemoSummary> {
            auto opened = PlanFile::open(path, PlanFile::OpenMode::OpenOrCreate);
            if (!opened)
                return opened.error();
            DemoOptions options;
            options.students = students;
            return DemoGenerator::generate(*opened.value(), options, [&progress](qint64 done, qint64 total) {
                progress.set(done, total);
                return !progress.cancelled();
            });
        });
    if (!result) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        if (result.error().kind != Error::Kind::Cancelled)
            Prompts::error(this, tr("The demo plan could not be made"), result.error());
        return false;
    }
    return openPlan(path);
}

void MainWindow::saveCopy()
{
    if (!m_session->hasPlan())
        return;
    const QFileInfo current(m_session->path());
    QString path =
        askSaveFile(tr("Save a copy"), current.absolutePath() + QLatin1Char('/') + current.completeBaseName() +
                                           tr(" (copy).") + PlanLocation::fileSuffix());
    if (path.isEmpty())
        return;
    if (QFileInfo(path) == current) {
        Prompts::error(this, tr("Save a copy"), tr("Choose another file than the open plan."));
        return;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        Prompts::error(this, tr("Save a copy"), tr("“%1” could not be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (auto r = m_session->plan().backupTo(path); !r)
        Prompts::error(this, tr("The copy was not saved"), r.error());
    else
        statusBar()->showMessage(tr("Copy saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showSettings()
{
    if (!m_session->hasPlan())
        return;
    const QString languageBefore = Language::preferred();
    SettingsDialog dialog(*m_session, this);
    if (dialog.exec() != QDialog::Accepted || Language::preferred() == languageBefore)
        return;
    // The pages build their texts once, so a new interface language needs a restart; every change is saved already.
    const auto answer = QMessageBox::question(this, tr("Restart Praksisplan"),
                                              tr("The new interface language is used when Praksisplan starts again. "
                                                 "Everything is saved. Restart now?"));
    if (answer != QMessageBox::Yes)
        return;
    const QString path = m_session->plan().path();
    if (close())
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {path});
}

void MainWindow::showImport(std::optional<ImportRegister> reg)
{
    if (!m_session->hasPlan())
        return;
    ImportWizard wizard(*m_session, reg, this);
    wizard.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Praksisplan"),
                       tr("<h3>Praksisplan %1</h3><p>Plans practice placements in municipal health and care "
                          "services: schools, students, sites, supervisors, periods and welcome checklists.</p>"
                          "<p>Icons: Lucide (ISC licence).</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::takeFirstStep(const QString &step)
{
    if (step == QStringLiteral("students")) {
        showImport(ImportRegister::Students);
        return;
    }
    if (!setCurrentPage(step))
        return;
    if (auto *registerPage = qobject_cast<RegisterPage *>(page(step)))
        registerPage->newRecord();
}

void MainWindow::showPageAndFocus(int row)
{
    m_sidebar->setCurrentRow(row);
    // the keyboard goes with the page: its first control in Tab order
    if (QWidget *page = m_stack->currentWidget())
        if (QWidget *first = Accessibility::firstInTabOrder(page))
            first->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::planAutomatically()
{
    if (!m_session->hasPlan())
        return;
    if (!m_session->currentPeriodId()) {
        Prompts::error(this, tr("Automatic planning"),
                       tr("There is no period to plan yet. Add one on the Periods page, then choose it in the "
                          "toolbar."));
        return;
    }
    setCurrentPage(QStringLiteral("planner"));
    if (auto *planner = qobject_cast<PlannerPage *>(page(QStringLiteral("planner"))))
        planner->planAutomatically();
}

void MainWindow::stepPeriod(int delta)
{
    const int index = m_period->currentIndex() + delta;
    if (index >= 0 && index < m_period->count())
        m_period->setCurrentIndex(index);
}

void MainWindow::forwardSearch(const QString &text)
{
    // A page that can search declares Q_INVOKABLE void setSearchText(const QString &).
    QWidget *page = m_stack->currentWidget();
    if (page && page->metaObject()->indexOfMethod("setSearchText(QString)") >= 0)
        QMetaObject::invokeMethod(page, "setSearchText", Q_ARG(QString, text));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_cancelCheck) { // stop the check first; openPlan closes the window when it has stopped
        m_closeAfterCheck = true;
        m_cancelCheck();
        event->ignore();
        return;
    }
    AppSettings::windowGeometry.setValue(saveGeometry());
    AppSettings::windowState.setValue(saveState());
    if (m_pagesReady)
        AppSettings::lastPage.setValue(currentPageKey());
    QMainWindow::closeEvent(event);
}

} // namespace praksis
