#include "MainWindow.h"
#include "PlacementSeed.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "dialogs/HireDetailDialog.h"
#include "dialogs/PlacementDetailDialog.h"
#include "i18n/Language.h"
#include "pages/conflicts/ConflictsPage.h"
#include "planning/ConflictChecker.h"
#include "recruitment/HireRepository.h"
#include "recruitment/MentorRepository.h"
#include "widgets/RecordForm.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace praksis;

// The Conflicts page on the real main window: the findings of `check` grouped by rule with counts, the status bar's
// link and the shortcut that open it, Enter opening the record to fix, and a fix (or its undo) changing the list.
class TestConflictsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;

    QString planPath() const { return m_dir.filePath(QStringLiteral("conflicts.praksisplan")); }

    // A Monday a few weeks ahead, so no assessment meeting is overdue and the first day is a working day.
    static QDate start()
    {
        QDate d = QDate::currentDate().addDays(60);
        while (d.dayOfWeek() != Qt::Monday)
            d = d.addDays(1);
        return d;
    }

    ConflictsPage *page() { return qobject_cast<ConflictsPage *>(m_window->page(QStringLiteral("conflicts"))); }

    // rule number → the number of findings under its heading, as the tree shows them
    static QMap<int, int> groups(QTreeWidget *tree)
    {
        QMap<int, int> out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *g = tree->topLevelItem(i);
            out.insert(g->data(0, Qt::UserRole + 1).toInt(), g->childCount());
        }
        return out;
    }

    // Each heading names its rule and says its count: "Rule 2: A site holds … (1)".
    static bool headingsSayTheirCounts(QTreeWidget *tree)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *g = tree->topLevelItem(i);
            const int rule = g->data(0, Qt::UserRole + 1).toInt();
            if (!g->text(0).startsWith(QStringLiteral("Rule %1: %2").arg(rule).arg(conflictRuleTitle(rule))) ||
                !g->text(0).endsWith(QStringLiteral("(%1)").arg(g->childCount())))
                return false;
        }
        return true;
    }

    static QTreeWidgetItem *findingOf(QTreeWidget *tree, int rule)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toInt() == rule)
                return tree->topLevelItem(i)->child(0);
        return nullptr;
    }

    static RecordForm *visibleForm()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *form = qobject_cast<RecordForm *>(w); form && form->isVisible())
                return form;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::install(QStringLiteral("en")); // the plural forms
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors.append(text); };
        Prompts::confirmHook = [](QWidget *, const QString &, const QString &) { return true; };
    }

    void init()
    {
        m_errors.clear();
        QFile::remove(planPath());
        {
            auto opened = PlanFile::open(planPath(), PlanFile::OpenMode::OpenOrCreate);
            QVERIFY(opened);
            PlanFile &plan = *opened.value();
            // Åse and Kari at Solgløtt and at Fjordtun at the same time (rule 1, twice); Solgløtt, room for 2, has
            // them and Ola (rule 2); Bjørn supervises the three of them, at most 2 (rule 3)
            test::PlacementSeed seed;
            seed.start = start();
            seed.end = start().addDays(4 * 7 - 3);
            for (const auto &[given, family] : {std::pair{QStringLiteral("Åse"), QStringLiteral("Ødegård")},
                                                std::pair{QStringLiteral("Kari"), QStringLiteral("Nordmann")}}) {
                seed.givenName = given;
                seed.familyName = family;
                seed.site = QStringLiteral("Solgløtt sykehjem");
                seed.supervisor = QStringLiteral("Bjørn Ærlig");
                test::seedPlacement(plan, seed);
                seed.site = QStringLiteral("Fjordtun omsorgssenter");
                seed.supervisor = QStringLiteral("Per Hansen");
                test::seedPlacement(plan, seed);
            }
            seed.givenName = QStringLiteral("Ola");
            seed.familyName = QStringLiteral("Berg");
            seed.site = QStringLiteral("Solgløtt sykehjem");
            seed.supervisor = QStringLiteral("Bjørn Ærlig");
            test::seedPlacement(plan, seed);
            QVERIFY(plan.exec(QStringLiteral("UPDATE sites SET capacity = 2")));
        }
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openPlan(planPath()));
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    }

    void statusBarLinkOpensThePageWithTheFindingsOfCheck()
    {
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("conflictStatus"));
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(QStringLiteral("4 conflicts in this period")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("<a href")));
        QVERIFY(QMetaObject::invokeMethod(status, "linkActivated", Q_ARG(QString, QStringLiteral("#conflicts"))));
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("conflicts"));

        ConflictsPage *p = page();
        QVERIFY(p && p->isVisible());
        auto *tree = p->tree();
        // exactly what `check --period` finds: the same code
        const auto expected = ConflictChecker(m_window->session().plan())
                                  .checkAll(m_window->session().currentPeriodId(), QDate::currentDate());
        QVERIFY(expected);
        QCOMPARE(p->conflicts().size(), expected->size());
        const QMap<int, int> want{{1, 2}, {2, 1}, {3, 1}};
        QCOMPARE(groups(tree), want);
        QVERIFY(headingsSayTheirCounts(tree));
        // every finding carries the message of check, whole in its tooltip
        QTreeWidgetItem *first = findingOf(tree, 1);
        QVERIFY(first);
        QVERIFY2(first->text(0).contains(QStringLiteral("Åse Ødegård")) ||
                     first->text(0).contains(QStringLiteral("Kari Nordmann")),
                 qPrintable(first->text(0)));
        QCOMPARE(first->toolTip(0), first->text(0));
        auto *summary = p->findChild<QLabel *>(QStringLiteral("conflictSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("4 conflicts in this period")));
    }

    void shortcutOpensThePage()
    {
        m_window->findChild<QListWidget *>(QStringLiteral("sidebar"))->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("conflicts"));
        QTRY_VERIFY(QApplication::focusWidget() && page()->isAncestorOf(QApplication::focusWidget()));
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPage_conflicts"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    }

    void enterOnAnOverfullSiteOpensItsFormAndTheFixRemovesTheFinding()
    {
        QVERIFY(m_window->setCurrentPage(QStringLiteral("conflicts")));
        ConflictsPage *p = page();
        auto *tree = p->tree();
        QTRY_COMPARE(tree->topLevelItemCount(), 3);
        QTreeWidgetItem *site = findingOf(tree, 2);
        QVERIFY(site);
        tree->setFocus();
        tree->setCurrentItem(site);
        QTest::keyClick(tree, Qt::Key_Return);
        RecordForm *form = nullptr;
        QTRY_VERIFY((form = visibleForm()) != nullptr);
        auto *capacity = form->findChild<QSpinBox *>(QStringLiteral("capacity"));
        QVERIFY(capacity);
        QCOMPARE(capacity->value(), 2);
        QVERIFY(form->windowTitle().contains(QStringLiteral("Solgløtt")));
        capacity->setValue(3);
        form->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        QTRY_VERIFY(!form->isVisible());
        // the site's finding is gone, live; the others stay
        QTRY_COMPARE(groups(tree), (QMap<int, int>{{1, 2}, {3, 1}}));
        QVERIFY(p->findChild<QLabel *>(QStringLiteral("conflictSummary"))->text().contains(QStringLiteral("3 conf")));
        QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("conflictStatus"))
                        ->text()
                        .contains(QStringLiteral("3 conflicts")));
        // and back with undo
        m_window->session().undoStack()->undo();
        QTRY_COMPARE(groups(tree), (QMap<int, int>{{1, 2}, {2, 1}, {3, 1}}));
    }

    void doubleClickOnADoubleBookingOpensThePlacement()
    {
        QVERIFY(m_window->setCurrentPage(QStringLiteral("conflicts")));
        auto *tree = page()->tree();
        QTRY_COMPARE(tree->topLevelItemCount(), 3);
        QTreeWidgetItem *booking = findingOf(tree, 1);
        QVERIFY(booking);
        const qint64 placement = page()->conflicts().at(booking->data(0, Qt::UserRole).toInt()).placementIds.first();
        const QRect rect = tree->visualItemRect(booking);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(PlacementDetailDialog::openFor(placement) != nullptr);
        QVERIFY(PlacementDetailDialog::openFor(placement)->isVisible());
        PlacementDetailDialog::openFor(placement)->close();
        // the buttons reach the other records of the finding
        auto *student = page()->findChild<QPushButton *>(QStringLiteral("studentButton"));
        auto *supervisor = page()->findChild<QPushButton *>(QStringLiteral("supervisorButton"));
        QVERIFY(student->isEnabled());
        QVERIFY(!supervisor->isEnabled()); // a double booking has no one supervisor
        student->click();
        RecordForm *form = nullptr;
        QTRY_VERIFY((form = visibleForm()) != nullptr);
        QVERIFY(form->windowTitle().contains(QStringLiteral("Ødegård")) ||
                form->windowTitle().contains(QStringLiteral("Nordmann")));
        form->reject();
    }

    void enterOnAnOverdueConversationOpensTheHiresWindow()
    {
        // a new hire at Solgløtt since five weeks, mentored by Bjørn: her first weekly conversations are overdue
        qint64 hireId = 0;
        {
            PlanFile &plan = m_window->session().plan();
            auto site = plan.exec(QStringLiteral("SELECT id FROM sites WHERE name = 'Solgløtt sykehjem'"));
            QVERIFY(site && site.value().next());
            auto bjorn = plan.exec(QStringLiteral("SELECT id FROM supervisors WHERE family_name = 'Ærlig'"));
            QVERIFY(bjorn && bjorn.value().next());
            Hire h;
            h.givenName = QStringLiteral("Siri");
            h.familyName = QStringLiteral("Ødegård");
            h.siteId = site.value().value(0).toLongLong();
            h.start = QDate::currentDate().addDays(-35);
            auto id = HireRepository(plan).insert(h);
            QVERIFY(id);
            hireId = id.value();
            Mentorship m;
            m.hireId = hireId;
            m.mentorSupervisorId = bjorn.value().value(0).toLongLong();
            m.start = h.start;
            QVERIFY(MentorRepository(plan).assign(m));
        }
        QVERIFY(m_window->setCurrentPage(QStringLiteral("conflicts")));
        ConflictsPage *p = page();
        auto *scope = p->findChild<QComboBox *>(QStringLiteral("scopeFilter"));
        scope->setCurrentIndex(scope->findData(false));
        auto *tree = p->tree();
        QTreeWidgetItem *conversation = nullptr;
        const auto findConversation = [&]() -> QTreeWidgetItem * {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
                    QTreeWidgetItem *item = tree->topLevelItem(i)->child(j);
                    if (p->conflicts().at(item->data(0, Qt::UserRole).toInt()).rule ==
                        Conflict::Rule::ConversationOverdue)
                        return item;
                }
            return nullptr;
        };
        QTRY_VERIFY((conversation = findConversation()) != nullptr);
        QCOMPARE(ConflictsPage::defaultTarget(p->conflicts().at(conversation->data(0, Qt::UserRole).toInt())),
                 ConflictsPage::Target::Hire);
        tree->setFocus();
        tree->setCurrentItem(conversation);
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_VERIFY(HireDetailDialog::openFor(hireId) != nullptr);
        QVERIFY(HireDetailDialog::openFor(hireId)->isVisible());
        HireDetailDialog::openFor(hireId)->close();
    }

    void wholePlanAndSearch()
    {
        QVERIFY(m_window->setCurrentPage(QStringLiteral("conflicts")));
        ConflictsPage *p = page();
        auto *scope = p->findChild<QComboBox *>(QStringLiteral("scopeFilter"));
        QVERIFY(scope && !scope->accessibleName().isEmpty());
        scope->setCurrentIndex(scope->findData(false));
        auto *summary = p->findChild<QLabel *>(QStringLiteral("conflictSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("4 conflicts in the plan")), qPrintable(summary->text()));
        // the toolbar's search narrows the findings
        p->setSearchText(QStringLiteral("bjørn"));
        int shown = 0;
        for (int i = 0; i < p->tree()->topLevelItemCount(); ++i)
            for (int j = 0; j < p->tree()->topLevelItem(i)->childCount(); ++j)
                shown += !p->tree()->topLevelItem(i)->child(j)->isHidden();
        QCOMPARE(shown, 1);
        p->setSearchText(QString());
    }
};

QTEST_MAIN(TestConflictsPage)
#include "tst_conflictspage.moc"
