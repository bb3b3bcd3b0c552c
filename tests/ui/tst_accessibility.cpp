// Keyboard use and screen-reader support, without a screen reader: the accessible tree Qt builds
// (QAccessible::queryAccessibleInterface), the events it sends (an update handler), the Tab order and focus.
#include "MainWindow.h"
#include "PlanSession.h"
#include "PlanningFixture.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "pages/planner/PlannerGrid.h"
#include "pages/planner/PlannerPage.h"
#include "storage/PlanFile.h"
#include "widgets/RecordForm.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace praksis;
using namespace praksis::test;

namespace {

struct SeenEvent
{
    QAccessible::Event type;
    QString name; // of the object (or child) the event is about
};

QList<SeenEvent> seen;

void recordEvent(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    seen.append({event->type(), iface ? iface->text(QAccessible::Name) : QString()});
}

bool sawEvent(QAccessible::Event type, const QString &nameStart)
{
    for (const SeenEvent &e : std::as_const(seen))
        if (e.type == type && e.name.startsWith(nameStart))
            return true;
    return false;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->parentWidget() ? w->parentWidget()->objectName() : QString());
}

// The controls of a widget a person can Tab to.
QList<QWidget *> tabbable(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        // the editors and viewports of item views are parts of the view, named by it
        bool insideView = false;
        for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
            insideView = insideView || qobject_cast<QAbstractItemView *>(p);
        if (!insideView)
            out << w;
    }
    return out;
}

// Why a screen reader would read a control without a name; empty when it has one. On Linux a combo box's name is
// its current text, so it needs a label (a buddy QLabel) to say what it is for.
QString namingProblem(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return QStringLiteral("no accessible interface");
    const bool labelled = !iface->relations(QAccessible::Label).isEmpty();
    if (qobject_cast<QComboBox *>(w))
        return labelled ? QString() : QStringLiteral("combo box without a label");
    if (!iface->text(QAccessible::Name).trimmed().isEmpty() || labelled)
        return {};
    return QStringLiteral("no name");
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString demoPath() const { return m_dir.filePath(QStringLiteral("demo.praksisplan")); }

    void openWindow(const QString &path, PlanFile::OpenMode mode)
    {
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openPlan(path, mode));
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    QWidget *showPage(const QString &key)
    {
        if (!m_window->setCurrentPage(key))
            return nullptr;
        QWidget *page = m_window->page(key);
        QTest::qWait(0);
        return page;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::errorHook = [](QWidget *, const QString &title, const QString &text) {
            qWarning("unexpected error: %s: %s", qPrintable(title), qPrintable(text));
        };
        QVERIFY(m_dir.isValid());
        // a small demo plan: every page has something to show
        auto plan = PlanFile::open(demoPath(), PlanFile::OpenMode::OpenOrCreate);
        QVERIFY(plan);
        DemoOptions options;
        options.students = 40;
        QVERIFY(DemoGenerator::generate(*plan.value(), options));
    }

    void cleanup()
    {
        m_window.reset();
        QAccessible::installUpdateHandler(nullptr);
        seen.clear();
    }

    void everyControlIsNamed_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString &key : MainWindow::pageKeys())
            QTest::newRow(qPrintable(key)) << key;
    }

    void everyControlIsNamed()
    {
        QFETCH(QString, key);
        openWindow(demoPath(), PlanFile::OpenMode::OpenExisting);
        QWidget *page = showPage(key);
        QVERIFY(page);
        QStringList problems;
        const QList<QWidget *> controls = tabbable(m_window.get());
        QVERIFY(!controls.isEmpty());
        for (QWidget *w : controls)
            if (const QString p = namingProblem(w); !p.isEmpty())
                problems << describe(w) + QStringLiteral(": ") + p;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Combos named by a label, also where the page shows them only later (the template's item form), and the
    // Reports page's "Dates:" row as one labelled group.
    void combosAndGroupsHaveLabels_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("label");
        QTest::newRow("overview for") << "overview"
                                      << "checklistDueFor"
                                      << "for:";
        QTest::newRow("reports period") << "reports"
                                        << "period"
                                        << "Period";
        QTest::newRow("reports dates") << "reports"
                                       << "dates"
                                       << "Dates:";
        QTest::newRow("template due from") << "template"
                                           << "itemDueFrom"
                                           << "from";
        QTest::newRow("toolbar period") << "overview"
                                        << "periodSelector"
                                        << "Period:";
    }

    void combosAndGroupsHaveLabels()
    {
        QFETCH(QString, key);
        QFETCH(QString, widget);
        QFETCH(QString, label);
        openWindow(demoPath(), PlanFile::OpenMode::OpenExisting);
        QVERIFY(showPage(key));
        auto *w = m_window->findChild<QWidget *>(widget);
        QVERIFY(w);
        const auto labels = QAccessible::queryAccessibleInterface(w)->relations(QAccessible::Label);
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.first().first->text(QAccessible::Name), label);
    }

    void noTableTrapsTab_data() { everyControlIsNamed_data(); }

    void noTableTrapsTab()
    {
        QFETCH(QString, key);
        openWindow(demoPath(), PlanFile::OpenMode::OpenExisting);
        QWidget *page = showPage(key);
        QVERIFY(page);
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || !(view->focusPolicy() & Qt::TabFocus))
                continue;
            QVERIFY2(!view->tabKeyNavigation(), qPrintable(describe(view)));
            view->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), view);
            QTest::keyClick(view, Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget() != view, qPrintable(describe(view) + QStringLiteral(" keeps Tab")));
        }
    }

    void reportPreviewLetsTabReachTheExportButtons()
    {
        openWindow(demoPath(), PlanFile::OpenMode::OpenExisting);
        QWidget *page = showPage(QStringLiteral("reports"));
        auto *preview = page->findChild<QTableView *>(QStringLiteral("preview"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->model()->rowCount() > 0);
        preview->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), preview);
        QWidget *next = nullptr;
        for (int i = 0; i < 6 && !next; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget()->objectName().startsWith(QStringLiteral("export")))
                next = QApplication::focusWidget();
        }
        QVERIFY2(next, "Tab from the preview does not reach an Export button");
        // heard as seen: "Export CSV…", not another wording
        for (QPushButton *b : page->findChildren<QPushButton *>())
            if (b->objectName().startsWith(QStringLiteral("export")))
                QCOMPARE(QAccessible::queryAccessibleInterface(b)->text(QAccessible::Name),
                         QString(b->text()).remove(QLatin1Char('&')));
    }

    void registerTabOrderFollowsTheScreen_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key : {"placements", "students", "sites", "supervisors"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }

    void registerTabOrderFollowsTheScreen()
    {
        QFETCH(QString, key);
        openWindow(demoPath(), PlanFile::OpenMode::OpenExisting);
        QWidget *page = showPage(key);
        QVERIFY(page);
        QList<QWidget *> order;
        QWidget *w = page;
        for (int guard = 0; guard < 200; ++guard) {
            w = w->nextInFocusChain();
            if (w == page || !page->isAncestorOf(w) || order.contains(w))
                break;
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
                order << w;
        }
        auto *table = page->findChild<QTableView *>(QStringLiteral("table"));
        QVERIFY(order.contains(table));
        QVERIFY(order.size() >= 3);
        // each next control lies further on in reading order: on a line below, or on the same line to the right
        for (int i = 1; i < order.size(); ++i) {
            const QRect a(order[i - 1]->mapTo(page, QPoint()), order[i - 1]->size());
            const QRect b(order[i]->mapTo(page, QPoint()), order[i]->size());
            const bool below = b.top() >= a.bottom() - 2;
            const bool sameLineRight = b.top() < a.bottom() && a.top() < b.bottom() && b.left() > a.left();
            QVERIFY2(below || sameLineRight,
                     qPrintable(describe(order[i - 1]) + QStringLiteral(" is followed by ") + describe(order[i])));
        }
        // the filters and search at the top come before the table, the buttons after it
        for (QComboBox *filter : page->findChildren<QComboBox *>())
            if (filter->isVisible())
                QVERIFY2(order.indexOf(filter) < order.indexOf(table), qPrintable(describe(filter)));
        for (QPushButton *button : page->findChildren<QPushButton *>())
            if (order.contains(button))
                QVERIFY2(order.indexOf(button) > order.indexOf(table), qPrintable(describe(button)));
    }

    void pageShortcutMovesFocusIntoThePage_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < MainWindow::pageKeys().size(); ++i)
            QTest::newRow(qPrintable(MainWindow::pageKeys().at(i))) << i;
    }

    void pageShortcutMovesFocusIntoThePage()
    {
        QFETCH(int, index);
        openWindow(demoPath(), PlanFile::OpenMode::OpenExisting);
        // from the sidebar, where focus is after a click on it
        auto *sidebar = m_window->findChild<QWidget *>(QStringLiteral("sidebar"));
        sidebar->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), sidebar);
        // Ctrl+1 … Ctrl+0 for the first ten pages, the Conflicts page its own (the View menu's entry says which)
        const QString pageKey = MainWindow::pageKeys().at(index);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPage_") + pageKey);
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        if (index < 10)
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(index == 9 ? Qt::Key_0 : Qt::Key_1 + index)));
        QTest::keySequence(m_window.get(), action->shortcut());
        QCOMPARE(m_window->currentPageKey(), pageKey);
        QWidget *page = m_window->page(pageKey);
        QTRY_VERIFY2(QApplication::focusWidget() && page->isAncestorOf(QApplication::focusWidget()),
                     qPrintable(QApplication::focusWidget() ? describe(QApplication::focusWidget()) : QString()));
    }

    void newRecordFormFocusesTheFirstFieldAndTheFirstInvalid()
    {
        openWindow(demoPath(), PlanFile::OpenMode::OpenExisting);
        QWidget *page = showPage(QStringLiteral("students"));
        auto *newButton = page->findChild<QPushButton *>(QStringLiteral("newButton"));
        QVERIFY(newButton);
        newButton->click();
        RecordForm *form = nullptr;
        QTRY_VERIFY((form = m_window->findChild<RecordForm *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        // the first field, not Cancel
        auto *first = qobject_cast<QLineEdit *>(form->formLayout()->itemAt(0, QFormLayout::FieldRole)->widget());
        QVERIFY(first);
        QCOMPARE(form->focusWidget(), first);

        // a new form is invalid until its required fields are filled: OK leads to the first of them, whose
        // accessible description is its message
        QWidget *invalid = form->firstInvalidField();
        QVERIFY(invalid);
        auto *message = form->findChild<QLabel *>(invalid->objectName() + QStringLiteral("Message"));
        QVERIFY(message);
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(invalid->accessibleDescription(), message->text());
        form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->setFocus(); // somewhere else
        form->submit();
        QVERIFY(form->isVisible());
        QCOMPARE(form->focusWidget(), invalid);
        // mending it clears the description
        if (auto *edit = qobject_cast<QLineEdit *>(invalid)) {
            edit->setText(QStringLiteral("Nordmann"));
            if (form->firstInvalidField() != invalid)
                QVERIFY(invalid->accessibleDescription().isEmpty());
        }
        form->reject();
    }

    void tableEnteredWithTabHasACurrentRow()
    {
        openWindow(demoPath(), PlanFile::OpenMode::OpenExisting);
        QAccessible::installUpdateHandler(recordEvent);
        QAccessible::setActive(true);
        QWidget *page = showPage(QStringLiteral("students"));
        auto *table = page->findChild<QTableView *>(QStringLiteral("table"));
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->setCurrentIndex(QModelIndex());
        table->selectionModel()->clearSelection();
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("registerSearch"));
        search->setFocus(Qt::TabFocusReason);
        seen.clear();
        QTest::keyClick(search, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), table);
        QTRY_VERIFY(table->selectionModel()->isRowSelected(0, QModelIndex()));
        QCOMPARE(table->currentIndex().row(), 0);
        // the screen reader hears the row's first cell
        const QString firstCell = table->model()->index(0, 0).data().toString();
        QVERIFY(!firstCell.isEmpty());
        if (QAccessible::isActive())
            QTRY_VERIFY(sawEvent(QAccessible::Focus, firstCell));
    }

    void overviewListsAndChartsAreNamed()
    {
        openWindow(demoPath(), PlanFile::OpenMode::OpenExisting);
        QWidget *page = showPage(QStringLiteral("overview"));
        for (const char *name : {"absenceAlerts", "meetingsDue", "checklistDue"}) {
            auto *list = page->findChild<QTreeWidget *>(QLatin1String(name));
            auto *title = page->findChild<QLabel *>(QLatin1String(name) + QStringLiteral("Title"));
            QVERIFY(list && title);
            QVERIFY(!title->text().isEmpty());
            QCOMPARE(QAccessible::queryAccessibleInterface(list)->text(QAccessible::Name), title->text());
        }
        for (const char *name : {"occupancyChart", "statusChart"}) {
            auto *chart = page->findChild<QChartView *>(QLatin1String(name));
            QVERIFY(chart);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
            QCOMPARE(iface->text(QAccessible::Name), chart->chart()->title());
            QVERIFY2(!iface->text(QAccessible::Description).isEmpty(), name);
            QVERIFY(chart->focusPolicy() & Qt::TabFocus);
        }
        // the status chart tells each status with its count
        const QString status = page->findChild<QChartView *>(QStringLiteral("statusChart"))->accessibleDescription();
        QVERIFY2(status.contains(QRegularExpression(QStringLiteral(": \\d+"))), qPrintable(status));
    }

    void emptyChartIsLeftOutOfTheTabOrder()
    {
        openWindow(m_dir.filePath(QStringLiteral("empty.praksisplan")), PlanFile::OpenMode::OpenOrCreate);
        QWidget *page = showPage(QStringLiteral("overview"));
        for (const char *name : {"occupancyChart", "statusChart"}) {
            auto *chart = page->findChild<QChartView *>(QLatin1String(name));
            QVERIFY(chart);
            QCOMPARE(chart->focusPolicy(), Qt::NoFocus);
            QVERIFY(!chart->accessibleName().isEmpty()); // its title says why it is empty
        }
    }
};

// The planner's timeline on a plan of known placements.
class TestPlannerAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempPlan> m_temp;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<PlannerPage> m_page;
    qint64 m_solbakken = 0, m_fjellheim = 0, m_period = 0, m_pKari = 0, m_pOla = 0;

    PlannerGrid *grid() { return m_page->findChild<PlannerGrid *>(QStringLiteral("plannerGrid")); }
    QAccessibleInterface *gridInterface() { return QAccessible::queryAccessibleInterface(grid()); }
    QAccessibleInterface *childNamed(QAccessibleInterface *parent, const QString &start)
    {
        for (int i = 0; i < parent->childCount(); ++i)
            if (QAccessibleInterface *c = parent->child(i); c && c->text(QAccessible::Name).startsWith(start))
                return c;
        return nullptr;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<TempPlan>();
        PlanningFixture f(m_temp->plan());
        const qint64 school = f.school(QStringLiteral("OsloMet"));
        const qint64 prog = f.programme(school, QStringLiteral("Sykepleie"));
        m_solbakken = f.site(QStringLiteral("Solbakken"), QStringLiteral("sykehjem"), 1, QStringLiteral("Avd 2"));
        m_fjellheim = f.site(QStringLiteral("Fjellheim"), QStringLiteral("hjemmetjeneste"), 2);
        const qint64 anne = f.supervisor(m_solbakken, QStringLiteral("Anne"), 2, QStringLiteral("Hansen"));
        // weeks 35–42 of 2026
        m_period = f.period(QStringLiteral("Høst 2026"), QStringLiteral("2026-08-24"), QStringLiteral("2026-10-16"),
                            {QStringLiteral("sykehjem"), QStringLiteral("hjemmetjeneste")}, {prog});
        const qint64 kari = f.student(school, prog, QStringLiteral("1"), QStringLiteral("Kari"));
        const qint64 ola = f.student(school, prog, QStringLiteral("2"), QStringLiteral("Ola"), QStringLiteral("Berg"));
        // Solbakken has room for one and holds two from week 37: over capacity
        m_pKari = f.placement(kari, m_solbakken, anne, m_period, QStringLiteral("2026-08-24"),
                              QStringLiteral("2026-10-16"), QStringLiteral("confirmed"));
        m_pOla = f.placement(ola, m_solbakken, 0, m_period, QStringLiteral("2026-09-07"), QStringLiteral("2026-10-16"),
                             QStringLiteral("planned"), false);

        m_session = std::make_unique<PlanSession>();
        auto opened = PlanFile::open(m_temp->path());
        QVERIFY(opened);
        m_session->setPlan(std::move(opened.value()));
        m_session->setCurrentPeriodId(m_period);
        m_page = std::make_unique<PlannerPage>(*m_session);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTRY_COMPARE(m_page->board().periodId, m_period);
        Prompts::confirmHook = [](QWidget *, const QString &, const QString &) { return true; };
    }

    void cleanup()
    {
        QAccessible::installUpdateHandler(nullptr);
        seen.clear();
        Prompts::confirmHook = nullptr;
        m_page.reset();
        m_session.reset();
        m_temp.reset();
    }

    void treeHoldsSitesAndPlacements()
    {
        QAccessibleInterface *g = gridInterface();
        QVERIFY(g);
        QCOMPARE(g->role(), QAccessible::Tree);
        QCOMPARE(g->text(QAccessible::Name), QStringLiteral("Planner timeline"));
        QVERIFY(g->childCount() >= 2);

        QAccessibleInterface *solbakken = childNamed(g, QStringLiteral("Solbakken / Avd 2"));
        QVERIFY(solbakken);
        QCOMPARE(solbakken->role(), QAccessible::TreeItem);
        QCOMPARE(solbakken->parent(), g);
        QVERIFY(g->indexOfChild(solbakken) >= 0);
        QCOMPARE(g->child(g->indexOfChild(solbakken)), solbakken);
        QCOMPARE(solbakken->text(QAccessible::Name),
                 QStringLiteral("Solbakken / Avd 2, capacity 1, over capacity in week 37–42"));
        QCOMPARE(solbakken->childCount(), 2);

        QAccessibleInterface *kari = solbakken->child(0);
        QVERIFY(kari);
        QCOMPARE(kari->parent(), solbakken);
        QCOMPARE(solbakken->indexOfChild(kari), 0);
        const QString kariName = kari->text(QAccessible::Name);
        QVERIFY2(kariName.startsWith(
                     QStringLiteral("Kari Nordmann, Solbakken / Avd 2, week 35–42, confirmed, locked, conflict: ")),
                 qPrintable(kariName));
        QVERIFY2(kari->text(QAccessible::Description).contains(QStringLiteral("Anne Hansen")),
                 qPrintable(kari->text(QAccessible::Description)));
        const QString olaName = solbakken->child(1)->text(QAccessible::Name);
        QVERIFY2(olaName.startsWith(QStringLiteral(
                     "Ola Berg, Solbakken / Avd 2, week 37–42, planned, made by the automatic planner, conflict: ")),
                 qPrintable(olaName));

        QAccessibleInterface *fjellheim = childNamed(g, QStringLiteral("Fjellheim"));
        QVERIFY(fjellheim);
        QCOMPARE(fjellheim->text(QAccessible::Name), QStringLiteral("Fjellheim, capacity 2"));
        QCOMPARE(fjellheim->childCount(), 0);

        // the same object each time it is asked for, at the place the bar is drawn
        QCOMPARE(solbakken->child(0), kari);
        const QRect bar = grid()->barRect(m_pKari);
        QVERIFY(!bar.isEmpty());
        const QPoint at = grid()->viewport()->mapToGlobal(bar.intersected(grid()->viewport()->rect()).center());
        QVERIFY(kari->rect().contains(at));
        QCOMPARE(g->childAt(at.x(), at.y()), solbakken);
        QCOMPARE(solbakken->childAt(at.x(), at.y()), kari);
    }

    void currentPlacementIsFocusedAndSelected()
    {
        QAccessible::installUpdateHandler(recordEvent);
        QAccessible::setActive(true);
        grid()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(grid()->hasFocus());
        // entered with Tab, the first placement of the first row is current
        QTRY_VERIFY(grid()->currentPlacement() != 0);
        grid()->setCurrentPlacement(m_pOla);
        QAccessibleInterface *ola = gridInterface()->focusChild();
        QVERIFY(ola);
        QVERIFY(ola->text(QAccessible::Name).startsWith(QStringLiteral("Ola Berg")));
        QVERIFY(ola->state().focused);
        QVERIFY(ola->state().selected);
        QVERIFY(ola->state().focusable);
        // the events a screen reader hears (only sent while one listens: the AT-SPI test checks them on a bus)
        if (QAccessible::isActive()) {
            QVERIFY(sawEvent(QAccessible::Focus, QStringLiteral("Ola Berg")));
            QVERIFY(sawEvent(QAccessible::Selection, QStringLiteral("Ola Berg")));
        }

        // Left moves to Kari
        QTest::keyClick(grid(), Qt::Key_Left);
        QCOMPARE(grid()->currentPlacement(), m_pKari);
        QVERIFY(gridInterface()->focusChild()->text(QAccessible::Name).startsWith(QStringLiteral("Kari Nordmann")));
        QVERIFY(!ola->state().focused);
        QVERIFY(!ola->state().selected);
        // Down to a row without placements: the row is focused
        QTest::keyClick(grid(), Qt::Key_Down);
        QCOMPARE(grid()->currentPlacement(), 0);
        QCOMPARE(gridInterface()->focusChild()->text(QAccessible::Name), QStringLiteral("Fjellheim, capacity 2"));
        QVERIFY(gridInterface()->focusChild()->state().focused);
    }

    void movedPlacementIsReadAgainAndRemovedOneHandsFocusToItsRow()
    {
        QAccessible::installUpdateHandler(recordEvent);
        QAccessible::setActive(true);
        grid()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(grid()->hasFocus());
        grid()->setCurrentPlacement(m_pOla);
        QAccessibleInterface *ola = gridInterface()->focusChild();
        QVERIFY(ola);
        seen.clear();
        // Alt+Left: a week earlier; the same item, with its new name
        QTest::keyClick(grid(), Qt::Key_Left, Qt::AltModifier);
        QTRY_VERIFY(ola->text(QAccessible::Name).startsWith(QStringLiteral("Ola Berg, Solbakken / Avd 2, week 36–41")));
        QCOMPARE(gridInterface()->focusChild(), ola);
        QCOMPARE(grid()->currentPlacement(), m_pOla);
        if (QAccessible::isActive()) {
            QVERIFY(sawEvent(QAccessible::NameChanged, QStringLiteral("Ola Berg, Solbakken / Avd 2, week 36–41")));
            QVERIFY(sawEvent(QAccessible::Focus, QStringLiteral("Ola Berg, Solbakken / Avd 2, week 36–41")));
        }

        // Delete: it goes away, the focus goes to its site row
        seen.clear();
        QTest::keyClick(grid(), Qt::Key_Delete);
        QTRY_VERIFY(!grid()->placementsOfSite(m_solbakken).contains(m_pOla));
        if (QAccessible::isActive())
            QVERIFY(sawEvent(QAccessible::Focus, QStringLiteral("Solbakken / Avd 2, capacity 1")));
        QCOMPARE(gridInterface()->focusChild()->text(QAccessible::Name),
                 QStringLiteral("Solbakken / Avd 2, capacity 1"));
        QCOMPARE(childNamed(gridInterface(), QStringLiteral("Solbakken"))->childCount(), 1);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int status = 0;
    {
        TestAccessibility t;
        status |= QTest::qExec(&t, argc, argv);
    }
    {
        TestPlannerAccessibility t;
        status |= QTest::qExec(&t, argc, argv);
    }
    return status;
}

#include "tst_accessibility.moc"
