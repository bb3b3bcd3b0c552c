#include "MainWindow.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "commands/ApplyPlanCommand.h"
#include "dialogs/HelpDialogs.h"
#include "dialogs/SettingsDialog.h"
#include "i18n/Language.h"
#include "model/Kinds.h"
#include "models/SqlTableModel.h"
#include "pages/planner/PlanPreviewDialog.h"
#include "storage/PlanSettings.h"
#include "widgets/RecordForm.h"
#include "widgets/RegisterPage.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace praksis;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;

    QString planPath() const { return m_dir.filePath(QStringLiteral("test.praksisplan")); }

    // Praksis 1 (January) and Praksis 2 (March) in the open plan, announced as other programs' changes are
    void addTwoPeriods()
    {
        PlanFile &plan = m_window->session().plan();
        Transaction tx(plan);
        QVERIFY(plan.exec(QStringLiteral("INSERT INTO periods (name, start_date, end_date) VALUES "
                                         "('Praksis 1', '2027-01-04', '2027-02-26'), "
                                         "('Praksis 2', '2027-03-29', '2027-05-21')")));
        plan.notifyChanged(Entity::Period, Change::Kind::Inserted);
        QVERIFY(tx.commit());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors.append(text); };
        Prompts::confirmHook = [](QWidget *, const QString &, const QString &) { return true; };
    }

    void init()
    {
        QFile::remove(planPath());
        m_errors.clear();
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openPlan(planPath(), PlanFile::OpenMode::OpenOrCreate));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void titleNamesThePlan()
    {
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("test.praksisplan")));
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("planStatus"));
        QVERIFY(status);
        QVERIFY(status->text().startsWith(QStringLiteral("test.praksisplan")));
    }

    void switchesEveryPage_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString &key : MainWindow::pageKeys())
            QTest::newRow(qPrintable(key)) << key;
    }

    void switchesEveryPage()
    {
        QFETCH(QString, key);
        auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(sidebar && stack);
        const int row = MainWindow::pageKeys().indexOf(key);
        sidebar->setCurrentRow(row);
        QWidget *page = m_window->page(key);
        QVERIFY(page);
        QCOMPARE(page->objectName(), key + QStringLiteral("Page"));
        QTRY_COMPARE(stack->currentWidget(), page);
        QVERIFY(page->isVisible());
        QCOMPARE(m_window->currentPageKey(), key);
    }

    // Issue 18 point 12: with every page shown, in every language, on a plan with real-length names, the window
    // fits the laptops coordinators have (1280×720, 1366×768); the Placements page's filters show their choice
    // whole, its status column fits every status, and the toolbar's search field is the page's only one.
    void everyPageFitsALaptopScreen_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : {"nb", "nn", "en"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void everyPageFitsALaptopScreen()
    {
        QFETCH(QString, language);
        m_window.reset();
        Language::install(language);
        const auto restore = qScopeGuard([] { Language::install(QStringLiteral("en")); });
        m_window = std::make_unique<MainWindow>();
        const QString path = m_dir.filePath(QStringLiteral("fit-%1.praksisplan").arg(language));
        QFile::remove(path);
        QVERIFY(m_window->createDemoPlan(path, 80));
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (const QString &key : MainWindow::pageKeys()) {
            QVERIFY(m_window->setCurrentPage(key));
            QCoreApplication::processEvents();
            const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
            QVERIFY2(least.width() <= 1280, qPrintable(QStringLiteral("%1: %2 px wide").arg(key).arg(least.width())));
            QVERIFY2(least.height() <= 720, qPrintable(QStringLiteral("%1: %2 px high").arg(key).arg(least.height())));
            for (const QSize screen : {QSize(1280, 720), QSize(1366, 768)}) {
                m_window->resize(screen);
                QCoreApplication::processEvents();
                QVERIFY2(m_window->width() <= screen.width(), qPrintable(key));
                QVERIFY2(m_window->height() <= screen.height(), qPrintable(key));
            }
        }

        m_window->resize(1280, 720);
        QVERIFY(m_window->setCurrentPage(QStringLiteral("placements")));
        auto *page = qobject_cast<RegisterPage *>(m_window->page(QStringLiteral("placements")));
        QVERIFY(page);
        QCoreApplication::processEvents();
        // one search field: the toolbar's, which searches the page
        QVERIFY(page->findChildren<QLineEdit *>().isEmpty());
        QCOMPARE(m_window->findChildren<QLineEdit *>(QStringLiteral("searchField")).size(), 1);
        // every filter shows its "All …" choice whole, also where the bar wraps at 1280 px
        for (QComboBox *box : page->findChildren<QComboBox *>()) {
            QStyleOptionComboBox option;
            option.initFrom(box);
            option.editable = box->isEditable();
            const QRect field =
                box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box);
            const int needed = box->fontMetrics().horizontalAdvance(box->itemText(0));
            QVERIFY2(field.width() >= needed, qPrintable(QStringLiteral("%1: %2 px for “%3” (%4 px)")
                                                             .arg(box->objectName())
                                                             .arg(field.width())
                                                             .arg(box->itemText(0))
                                                             .arg(needed)));
            QVERIFY(box->isVisible());
            QVERIFY(box->geometry().right() < box->parentWidget()->width() + 1);
            QVERIFY(page->rect().contains(page->mapFromGlobal(box->mapToGlobal(box->rect().bottomRight()))));
        }
        // the status column holds every status with its colour
        QTableView *table = page->table();
        const int status = table->model()->columnCount() - 1;
        for (PlacementStatus s : allValues<PlacementStatus>())
            QVERIFY2(table->columnWidth(status) >=
                         table->fontMetrics().horizontalAdvance(label(s)) + table->iconSize().width(),
                     qPrintable(label(s)));
        // the toolbar's search filters the page
        const int all = table->model()->rowCount();
        QVERIFY(all > 0);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        const QString first = table->model()->index(0, 0).data().toString().section(QLatin1Char(','), 0, 0);
        search->setText(first);
        QTRY_VERIFY(table->model()->rowCount() < all);
        QCOMPARE(qobject_cast<RegisterPage *>(page)->searchText(), first);
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), all);
    }

    void undoRedoActionState()
    {
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
        auto *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedo"));
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());

        SettingsDialog dialog(m_window->session(), m_window.get());
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("organisationName"));
        QVERIFY(name);
        name->setText(QStringLiteral("Bergen kommune"));
        QVERIFY(dialog.apply());
        PlanSettings settings(m_window->session().plan());
        QCOMPARE(settings.value(PlanSettings::organisationName), QStringLiteral("Bergen kommune"));
        QTRY_VERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());

        undo->trigger();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QCOMPARE(settings.value(PlanSettings::organisationName), QString());
        QVERIFY(!undo->isEnabled());
        QVERIFY(redo->isEnabled());

        redo->trigger();
        QCOMPARE(settings.value(PlanSettings::organisationName), QStringLiteral("Bergen kommune"));
        QVERIFY(undo->isEnabled());
        QVERIFY(m_errors.isEmpty());
    }

    void settingsValidateAbsenceLimits()
    {
        SettingsDialog dialog(m_window->session(), m_window.get());
        auto *makeUp = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("absenceMakeUp"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("absenceError"));
        QVERIFY(makeUp && error);
        dialog.show();
        makeUp->setValue(50);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        makeUp->setValue(5);
        QVERIFY(!error->isVisible());
    }

    void periodSelectorFollowsThePlan()
    {
        auto *selector = m_window->findChild<QComboBox *>(QStringLiteral("periodSelector"));
        QVERIFY(selector);
        addTwoPeriods();
        QTRY_COMPARE(selector->count(), 2);
        QCOMPARE(selector->itemText(1), QStringLiteral("Praksis 2"));
        selector->setCurrentIndex(1);
        QCOMPARE(m_window->session().currentPeriodId(), selector->itemData(1).toLongLong());
        selector->setCurrentIndex(0);
        QCOMPARE(m_window->session().currentPeriodId(), selector->itemData(0).toLongLong());
    }

    // The chosen period and the toolbar's search come back when a plan is opened again, and belong to that plan:
    // another plan opens with its own (here: none).
    void periodAndSearchAreRememberedPerPlan()
    {
        auto *selector = m_window->findChild<QComboBox *>(QStringLiteral("periodSelector"));
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(selector && search);
        addTwoPeriods();
        QTRY_COMPARE(selector->count(), 2);
        const qint64 second = selector->itemData(1).toLongLong();
        // the default is the next period to come, the first here: choose the other
        selector->setCurrentIndex(selector->currentIndex() == 1 ? 0 : 1);
        selector->setCurrentIndex(1);
        QCOMPARE(m_window->session().currentPeriodId(), second);
        search->setText(QStringLiteral("Nordmann"));

        // another plan: no search carried over
        const QString other = m_dir.filePath(QStringLiteral("other.praksisplan"));
        QFile::remove(other);
        QVERIFY(m_window->openPlan(other, PlanFile::OpenMode::OpenOrCreate));
        QCOMPARE(search->text(), QString());
        search->setText(QStringLiteral("Hansen"));

        // the first plan again: its period and its search
        QVERIFY(m_window->openPlan(planPath()));
        QCOMPARE(m_window->session().currentPeriodId(), second);
        QCOMPARE(selector->currentData().toLongLong(), second);
        QCOMPARE(search->text(), QStringLiteral("Nordmann"));
        // and the other plan keeps its own
        QVERIFY(m_window->openPlan(other));
        QCOMPARE(search->text(), QStringLiteral("Hansen"));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    }

    // Edit ▸ Undo after the automatic planner names what it takes back in the interface language
    void undoTextOfTheAutomaticPlan_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("Angre automatisk plan for Sykepleie vår 2027");
        QTest::newRow("nn") << QStringLiteral("nn") << QStringLiteral("Angre automatisk plan for Sykepleie vår 2027");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Undo automatic plan for Sykepleie vår 2027");
    }
    void undoTextOfTheAutomaticPlan()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        m_window.reset();
        Language::install(language);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openPlan(planPath()));
        PlannerInput input;
        input.periodName = QStringLiteral("Sykepleie vår 2027");
        const ApplyPlanCommand command(m_window->session().plan(), input, {});
        // the same text on the stack, without running a plan
        m_window->session().undoStack()->push(new QUndoCommand(command.text()));
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo);
        const QString text = undo->text().remove(QLatin1Char('&'));
        Language::install(QStringLiteral("en"));
        QCOMPARE(text, expected);
    }

    void openErrorIsShownNotFatal_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text file") << QByteArray("Fornavn;Etternavn\nKari;Nordmann\n");
        QTest::newRow("empty sqlite header") << QByteArray("SQLite format 3").append(QByteArray(100, '\0'));
    }

    void openErrorIsShownNotFatal()
    {
        QFETCH(QByteArray, content);
        const QString bad = m_dir.filePath(QStringLiteral("bad.praksisplan"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        QVERIFY(!m_window->openPlan(bad));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(!m_errors.first().isEmpty());
        // the message names the file once, not as "path: “path” is not a plan"
        QCOMPARE(m_errors.first().count(QFileInfo(bad).fileName()), 1);
        // The plan that was open stays open.
        QVERIFY(m_window->session().hasPlan());
        QCOMPARE(m_window->session().displayName(), QStringLiteral("test.praksisplan"));
    }

    // Issue 22: the window paints first and checks the plan in itself: the plan's name, a busy bar and Cancel in the
    // page area while the rest of the window stays still; then the page of the plan.
    void openingShowsTheCheckInTheWindow()
    {
        const QString other = m_dir.filePath(QStringLiteral("checked.praksisplan"));
        QFile::remove(other);
        QVERIFY(m_window->openPlan(other, PlanFile::OpenMode::OpenOrCreate));
        QVERIFY(m_window->openPlan(planPath()));
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QString shown, title, label;
        bool menusStill = false, cancelHasFocus = false;
        MainWindow::checkingHook = [&] {
            shown = stack->currentWidget()->objectName();
            title = m_window->windowTitle();
            label = m_window->findChild<QLabel *>(QStringLiteral("checkingLabel"))->text();
            menusStill = !m_window->menuBar()->isEnabled() &&
                         !m_window->findChild<QListWidget *>(QStringLiteral("sidebar"))->isEnabled();
            auto *cancel = m_window->findChild<QPushButton *>(QStringLiteral("checkingCancel"));
            cancelHasFocus = cancel->isVisible() && cancel->hasFocus() && !cancel->text().isEmpty();
        };
        const auto clear = qScopeGuard([] { MainWindow::checkingHook = nullptr; });
        QVERIFY(m_window->openPlan(other));
        QCOMPARE(shown, QStringLiteral("openProgress"));
        QVERIFY2(title.contains(QStringLiteral("checked.praksisplan")), qPrintable(title));
        QVERIFY2(label.contains(QStringLiteral("checked.praksisplan")), qPrintable(label));
        QVERIFY(menusStill);
        QVERIFY(cancelHasFocus);
        // then the plan's page, and the window is live again
        QCOMPARE(m_window->session().displayName(), QStringLiteral("checked.praksisplan"));
        QCOMPARE(stack->currentWidget(), m_window->page(m_window->currentPageKey()));
        QVERIFY(m_window->menuBar()->isEnabled());
        QVERIFY(m_errors.isEmpty());
    }

    // Cancel during the check leaves the plan that was open, on its page, without a message; closing the window
    // during the check stops it and closes.
    void cancellingTheCheckKeepsThePlan()
    {
        const QString other = m_dir.filePath(QStringLiteral("cancelled.praksisplan"));
        QFile::remove(other);
        QVERIFY(m_window->openPlan(other, PlanFile::OpenMode::OpenOrCreate));
        QVERIFY(m_window->openPlan(planPath()));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("students")));
        QWidget *students = m_window->page(QStringLiteral("students"));
        MainWindow::checkingHook = [this] {
            m_window->findChild<QPushButton *>(QStringLiteral("checkingCancel"))->click();
        };
        auto clear = qScopeGuard([] { MainWindow::checkingHook = nullptr; });
        QVERIFY(!m_window->openPlan(other));
        QVERIFY(m_errors.isEmpty());
        QCOMPARE(m_window->session().displayName(), QStringLiteral("test.praksisplan"));
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(stack->currentWidget(), students);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("students"));
        QVERIFY(m_window->menuBar()->isEnabled());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("test.praksisplan")));

        MainWindow::checkingHook = [this] { m_window->close(); };
        QVERIFY(!m_window->openPlan(other));
        QVERIFY(!m_window->isVisible());
        QCOMPARE(m_window->session().displayName(), QStringLiteral("test.praksisplan"));
        QVERIFY(m_errors.isEmpty());
    }

    // A damaged plan, opened as the program starts (window shown first, no plan open): the same clear message naming
    // the file, nothing opens, and the window is back to "no plan" with its menus live.
    void damagedPlanIsRefusedInTheShownWindow()
    {
        const QString bad = m_dir.filePath(QStringLiteral("damaged.praksisplan"));
        {
            // a real plan with a page of its tables overwritten
            QFile::remove(bad);
            MainWindow maker;
            QVERIFY(maker.createDemoPlan(bad, 20));
        }
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8 * 4096);
        f.seek(3 * 4096);
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!m_window->openPlan(bad));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().contains(QStringLiteral("damaged.praksisplan")), qPrintable(m_errors.first()));
        QVERIFY(!m_window->session().hasPlan());
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(stack->currentWidget()->objectName() != QStringLiteral("openProgress"));
        QCOMPARE(stack->currentIndex(), 0); // "No plan is open"
        QVERIFY(m_window->menuBar()->isEnabled());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Praksisplan"));
    }

    void demoPlanIsMadeAndOpened()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.praksisplan"));
        QFile::remove(demo);
        QVERIFY(m_window->createDemoPlan(demo, 40));
        QCOMPARE(m_window->session().displayName(), QStringLiteral("demo.praksisplan"));
        QCOMPARE(m_window->session().count(QStringLiteral("students")), 40);
        auto *selector = m_window->findChild<QComboBox *>(QStringLiteral("periodSelector"));
        QCOMPARE(selector->count(), int(m_window->session().count(QStringLiteral("periods"))));
        QVERIFY(m_window->session().currentPeriodId() > 0);
        QVERIFY(m_errors.isEmpty());
    }

    void emptyPlanShowsTheFirstSteps()
    {
        QVERIFY(m_window->setCurrentPage(QStringLiteral("planner")));
        QWidget *planner = m_window->page(QStringLiteral("planner"));
        auto *steps = planner->findChild<QWidget *>(QStringLiteral("firstSteps"));
        QVERIFY(steps);
        QTRY_VERIFY(steps->isVisible());
        QVERIFY(!planner->findChild<QWidget *>(QStringLiteral("plannerSplitter"))->isVisible());
        auto *schools = steps->findChild<QPushButton *>(QStringLiteral("firstStep_schools"));
        QVERIFY(schools && schools->isDefault());
        schools->click();
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("schools"));
        QWidget *schoolsPage = m_window->page(QStringLiteral("schools"));
        RecordForm *form = nullptr;
        for (RecordForm *f : schoolsPage->findChildren<RecordForm *>(QStringLiteral("recordForm")))
            if (f->isVisible())
                form = f;
        QVERIFY(form);
        form->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("OsloMet"));
        form->submit();
        QCOMPARE(m_window->session().count(QStringLiteral("schools")), 1);
        // back on the planner, the school step is ticked and the sites step is next
        QVERIFY(m_window->setCurrentPage(QStringLiteral("planner")));
        QTRY_VERIFY(schools->text().endsWith(QStringLiteral("✓")));
        QVERIFY(steps->findChild<QPushButton *>(QStringLiteral("firstStep_sites"))->isDefault());
    }

    void helpMenuHasTheGuideAndShortcuts()
    {
        auto *guide = m_window->findChild<QAction *>(QStringLiteral("actionUserGuide"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        guide->trigger();
        UserGuideDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<UserGuideDialog *>(QStringLiteral("userGuide"))));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *pages = dialog->findChild<QListWidget *>(QStringLiteral("guidePages"));
        QVERIFY(pages->count() >= 8); // docs/*.md shipped in the program
        QCOMPARE(dialog->currentPage(), QStringLiteral("desktop.md"));
        auto *text = dialog->findChild<QTextBrowser *>(QStringLiteral("guideText"));
        QVERIFY(text->toPlainText().contains(QStringLiteral("The desktop program")));
        QVERIFY(dialog->showPage(QStringLiteral("planner.md")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("planner"), Qt::CaseInsensitive));
        dialog->close();

        // the shortcuts list is read from the window's actions
        ShortcutsDialog shortcuts(m_window.get());
        auto *table = shortcuts.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows << table->item(r, 0)->text() + QStringLiteral(" = ") + table->item(r, 1)->text();
        const QString plan = QStringLiteral("Plan automatically = ") +
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText);
        QVERIFY2(rows.contains(plan), qPrintable(rows.join(QStringLiteral("\n"))));
    }

    void planAutomaticallyIsInThePlanMenu()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPlanAutomatically"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        bool inPlanMenu = false;
        for (QAction *top : m_window->menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(action))
                inPlanMenu = top->menu()->title() == QStringLiteral("&Plan");
        QVERIFY(inPlanMenu);
        // an empty plan has no period to plan: it says so
        action->trigger();
        QCOMPARE(m_errors.size(), 1);

        const QString demo = m_dir.filePath(QStringLiteral("demo-plan.praksisplan"));
        QFile::remove(demo);
        QVERIFY(m_window->createDemoPlan(demo, 40));
        bool previewShown = false;
        PlanPreviewDialog::testHook = [&](PlanPreviewDialog &) {
            previewShown = true;
            return false;
        };
        QTest::keySequence(m_window.get(), action->shortcut());
        QTRY_VERIFY_WITH_TIMEOUT(previewShown, 20000);
        PlanPreviewDialog::testHook = nullptr;
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("planner"));
        QCOMPARE(m_errors.size(), 1);
    }

    // The search field searches the page in view: typing filters its table, and a page coming into view gets the
    // text already typed.
    void searchReachesThePage()
    {
        PlanFile &plan = m_window->session().plan();
        {
            Transaction tx(plan);
            QVERIFY(plan.exec(QStringLiteral("INSERT INTO schools (id, name, kind) VALUES (1, 'OsloMet', 'hogskole'), "
                                             "(2, 'Nord universitet', 'universitet')")));
            QVERIFY(plan.exec(QStringLiteral("INSERT INTO programmes (id, school_id, name, kind) VALUES "
                                             "(1, 1, 'Sykepleie', 'sykepleie')")));
            QVERIFY(plan.exec(QStringLiteral("INSERT INTO students (school_id, programme_id, student_number, "
                                             "given_name, family_name) VALUES (1, 1, '100', 'Kari', 'Nordmann'), "
                                             "(1, 1, '101', 'Ola', 'Hansen'), (1, 1, '102', 'Karin', 'Lie')")));
            plan.notifyChanged(Entity::All, Change::Kind::Reset);
            QVERIFY(tx.commit());
        }
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(search && sidebar);
        QVERIFY(search->isEnabled());
        auto *students = qobject_cast<RegisterPage *>(m_window->page(QStringLiteral("students")));
        auto *schools = qobject_cast<RegisterPage *>(m_window->page(QStringLiteral("schools")));
        QVERIFY(students && schools);
        sidebar->setCurrentRow(MainWindow::pageKeys().indexOf(QStringLiteral("students")));
        QTRY_COMPARE(students->model()->rowCount(), 3);

        // the rows with a cell that contains a text
        auto rowsWith = [](RegisterPage *page, const QString &text) {
            int rows = 0;
            for (int r = 0; r < page->model()->rowCount(); ++r) {
                bool found = false;
                for (int c = 0; c < page->model()->columnCount(); ++c)
                    found = found || page->model()->index(r, c).data().toString().contains(text);
                rows += found ? 1 : 0;
            }
            return rows;
        };
        search->setText(QStringLiteral("Hansen"));
        QTRY_COMPARE(students->model()->rowCount(), 1);
        QCOMPARE(rowsWith(students, QStringLiteral("Ola")), 1);
        search->setText(QStringLiteral("Kar"));
        QTRY_COMPARE(students->model()->rowCount(), 2);
        QCOMPARE(rowsWith(students, QStringLiteral("Kari")), 2); // Kari and Karin
        QCOMPARE(rowsWith(students, QStringLiteral("Ola")), 0);

        // another page, the same text: no school is called "Kar…"; then "Nord" finds one school
        sidebar->setCurrentRow(MainWindow::pageKeys().indexOf(QStringLiteral("schools")));
        QTRY_COMPARE(schools->model()->rowCount(), 0);
        search->setText(QStringLiteral("Nord"));
        QTRY_COMPARE(schools->model()->rowCount(), 1);
        QCOMPARE(schools->model()->idAt(0), 1 + 1);
        // and back: the students page now searches for "Nord" (Kari Nordmann)
        sidebar->setCurrentRow(MainWindow::pageKeys().indexOf(QStringLiteral("students")));
        QTRY_COMPARE(students->model()->rowCount(), 1);
        search->clear();
        QTRY_COMPARE(students->model()->rowCount(), 3);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    }

    // The planner costs and the absence limits are one undoable change of the settings: undo gives back every
    // value as it was, redo every new one.
    void settingsUndoRestoresCostsAndLimits()
    {
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
        auto *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedo"));
        QVERIFY(undo && redo);
        PlanSettings settings(m_window->session().plan());
        const PlannerCosts documented{0, 1, 2, 10, 20, 1000}; // PRODUCT.md section 6
        QCOMPARE(settings.plannerCosts(), documented);
        QCOMPARE(settings.absenceLimits().makeUpPercent, 10.0);
        QCOMPARE(settings.absenceLimits().atRiskPercent, 20.0);

        SettingsDialog dialog(m_window->session(), m_window.get());
        const QList<std::pair<const char *, int>> costs = {{"costChoice1", 3},  {"costChoice2", 5},
                                                           {"costChoice3", 8},  {"costNotChosen", 40},
                                                           {"costRevisit", 70}, {"costUnplaced", 5000}};
        for (const auto &[name, value] : costs) {
            auto *box = dialog.findChild<QSpinBox *>(QString::fromLatin1(name));
            QVERIFY2(box, name);
            box->setValue(value);
        }
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("absenceMakeUp"))->setValue(7.5);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("absenceAtRisk"))->setValue(15);
        QVERIFY(dialog.apply());
        const PlannerCosts changed{3, 5, 8, 40, 70, 5000};
        QCOMPARE(settings.plannerCosts(), changed);
        QCOMPARE(settings.absenceLimits().makeUpPercent, 7.5);
        QCOMPARE(settings.absenceLimits().atRiskPercent, 15.0);

        QTRY_VERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(settings.plannerCosts(), documented);
        QCOMPARE(settings.absenceLimits().makeUpPercent, 10.0);
        QCOMPARE(settings.absenceLimits().atRiskPercent, 20.0);
        redo->trigger();
        QCOMPARE(settings.plannerCosts(), changed);
        QCOMPARE(settings.absenceLimits().makeUpPercent, 7.5);
        QCOMPARE(settings.absenceLimits().atRiskPercent, 15.0);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
