#include "PlacementSeed.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "dialogs/ChecklistDialog.h"
#include "welcome/Checklists.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace praksis;
using namespace Qt::StringLiterals;

class TestChecklistDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanSession> m_session;
    qint64 m_placement = 0;
    QStringList m_errors;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors << text; };
    }

    void init()
    {
        const QString path = m_dir.filePath(u"dialog.praksisplan"_s);
        QFile::remove(path);
        m_session = std::make_unique<PlanSession>();
        QVERIFY(m_session->open(path, PlanFile::OpenMode::OpenOrCreate));
        test::PlacementSeed seed;
        // started ten days ago: the items before the start are overdue
        seed.start = QDate::currentDate().addDays(-10);
        seed.end = QDate::currentDate().addDays(40);
        m_placement = test::seedPlacement(m_session->plan(), seed);
        m_errors.clear();
    }

    void cleanup() { m_session.reset(); }

    void ticksWithUndoAndMarksOverdue()
    {
        // the placement had no checklist: showForPlacement makes it
        auto *dialog = ChecklistDialog::showForPlacement(*m_session, m_placement);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *tree = dialog->findChild<QTreeWidget *>(u"checklistTree"_s);
        QVERIFY(tree);
        const auto items = Checklists::forPlacement(m_session->plan(), m_placement).value();
        QVERIFY(!items.isEmpty());
        QCOMPARE(tree->topLevelItemCount(), 5);
        QTreeWidgetItem *first = tree->topLevelItem(0)->child(0);
        QCOMPARE(first->text(0), items.first().text.nb);
        QCOMPARE(first->text(2), items.first().dueDate.toString(u"dd.MM.yyyy"_s));
        // due 24 days ago and not done: marked as overdue
        QVERIFY(first->font(2).bold());
        QVERIFY(first->toolTip(2).contains(u"Overdue"_s));
        auto *summary = dialog->findChild<QLabel *>(u"checklistSummary"_s);
        QVERIFY(summary->text().contains(u"0 of %1 done"_s.arg(items.size())));

        first->setCheckState(0, Qt::Checked);
        QTRY_VERIFY(Checklists::forPlacement(m_session->plan(), m_placement)->first().done());
        QCOMPARE(m_session->undoStack()->count(), 1);
        // the tree is rebuilt after the tick is handled, with who and when
        QTRY_VERIFY(!tree->topLevelItem(0)->child(0)->text(3).isEmpty());
        first = tree->topLevelItem(0)->child(0);
        QCOMPARE(first->checkState(0), Qt::Checked);
        QTRY_VERIFY(summary->text().contains(u"1 of %1 done"_s.arg(items.size())));

        m_session->undoStack()->undo();
        QVERIFY(!Checklists::forPlacement(m_session->plan(), m_placement)->first().done());
        QTRY_COMPARE(tree->topLevelItem(0)->child(0)->checkState(0), Qt::Unchecked);
        m_session->undoStack()->redo();
        QVERIFY(Checklists::forPlacement(m_session->plan(), m_placement)->first().done());
        QTRY_COMPARE(tree->topLevelItem(0)->child(0)->checkState(0), Qt::Checked);
        QVERIFY(m_errors.isEmpty());
        dialog->close();
    }
};

QTEST_MAIN(TestChecklistDialog)
#include "tst_checklistdialog.moc"
