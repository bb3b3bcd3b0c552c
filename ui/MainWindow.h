#pragma once

#include "Error.h"
#include "io/Importer.h"
#include "storage/PlanFile.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace praksis {

class PlanSession;

// The main window: menus, toolbar (undo/redo, the period, search), the sidebar of pages and the status bar.
// Pages are created when a plan opens and destroyed before it closes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanSession &session() { return *m_session; }

    // Opens a plan; on failure shows why (and keeps the current plan, if any). Remembers it as the last plan.
    bool openPlan(const QString &path, PlanFile::OpenMode mode = PlanFile::OpenMode::OpenExisting);
    // Generates a demo plan of the given size into a new file off the UI thread, with progress and cancel, then
    // opens it. False when it failed (the error was shown) or was cancelled (no file is left behind).
    bool createDemoPlan(const QString &path, int students);
    // The welcome dialog until a plan is open; false when the person chose to quit.
    bool showWelcome();

    // Page keys, in sidebar order: overview, planner, placements, students, schools, sites, supervisors, periods,
    // template, reports, conflicts.
    static QStringList pageKeys();
    bool setCurrentPage(const QString &key);
    // The page the next plan opens on, in place of the last page shown (--page).
    void setFirstPage(const QString &key) { m_firstPage = key; }
    QString currentPageKey() const;
    // The page for a key, made now if it was not yet shown; nullptr without a plan.
    QWidget *page(const QString &key) const;

    // Test hooks in place of file dialogs: return the chosen path, or empty for cancel.
    static inline std::function<QString(const QString &title)> openFileHook;
    static inline std::function<QString(const QString &title)> saveFileHook;
    static inline std::function<int()> demoSizeHook; // students in a demo plan
    // Called on the UI thread while openPlan shows the check in the window (to look at it, press Cancel, close).
    static inline std::function<void()> checkingHook;

    // Milliseconds from the start of the process (docs/performance.md, bench_startup).
    static qint64 sinceProcessStart();

signals:
    // The window was painted for the first time (its first paint, before any plan query that can wait).
    void firstPainted();
    // The page in view has been filled from the plan (after a plan opened, or a page was first shown).
    void pageFilled(const QString &key);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createActions();
    // The panel in the window itself while a plan is checked: its name, a busy bar and Cancel.
    QWidget *createCheckingPanel();
    // Shows the checking panel (and keeps the rest of the window still) while work runs off the UI thread.
    void setChecking(const QString &fileName, bool checking);
    void createPages();
    void destroyPages();
    void updateTitle();
    void refreshPeriods();
    void refreshStatus();
    void fillRecentMenu();
    void newPlan();
    void openPlanDialog();
    void demoPlanDialog();
    void saveCopy();
    void showSettings();
    void showImport(std::optional<ImportRegister> reg);
    void showAbout();
    void planAutomatically();
    void takeFirstStep(const QString &step);
    void stepPeriod(int delta);
    // Ctrl+1…0: shows a page and moves the keyboard focus into it.
    void showPageAndFocus(int row);
    void forwardSearch(const QString &text);
    QString askOpenFile(const QString &title);
    QString askSaveFile(const QString &title, const QString &suggested);

    PlanSession *m_session = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_period = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_planStatus = nullptr;
    QLabel *m_pageStatus = nullptr;
    QLabel *m_conflictStatus = nullptr;
    QMenu *m_recentMenu = nullptr;
    QTimer *m_statusTimer = nullptr;
    QWidget *m_checkingPanel = nullptr;
    QLabel *m_checkingLabel = nullptr;
    QPushButton *m_checkingCancel = nullptr;
    QWidget *m_beforeChecking = nullptr; // the stack's page before the check, shown again after a refusal
    std::function<void()> m_cancelCheck; // set while a check runs
    bool m_closeAfterCheck = false;
    bool m_painted = false;
    QString m_firstPage;
    QList<QAction *> m_planActions; // enabled only while a plan is open
    // The pages made so far: a page is made when it is first shown (or asked for), so opening a big plan does not
    // load every register.
    mutable QHash<QString, QWidget *> m_pages;
    bool m_pagesReady = false;
    bool m_fillingPeriods = false;
};

} // namespace praksis
