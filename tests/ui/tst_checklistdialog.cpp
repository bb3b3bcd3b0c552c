#include "PdfText.h"
#include "PlacementSeed.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "dialogs/ChecklistDialog.h"
#include "storage/ChangeLog.h"
#include "welcome/Checklists.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QStyle>
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
        // whose checklist: the student and the site's label
        QVERIFY2(summary->text().startsWith(u"Åse Ødegård – Solgløtt sykehjem / Avdeling Bjørk\n"_s),
                 qPrintable(summary->text()));
        QCOMPARE(dialog->windowTitle(), u"Checklist – Åse Ødegård"_s);

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

    // Who ticked an item off comes from one source (ChangeLog::userName: the account's full name, or its login):
    // the window shows it, the welcome letter prints it, and the change log records it.
    void whoTickedIsTheSameEverywhere()
    {
        ChangeLog::setUserName(u"Kari Koordinator"_s);
        auto *dialog = ChecklistDialog::showForPlacement(*m_session, m_placement);
        QVERIFY(dialog);
        auto *tree = dialog->findChild<QTreeWidget *>(u"checklistTree"_s);
        tree->topLevelItem(0)->child(0)->setCheckState(0, Qt::Checked);
        QTRY_VERIFY(tree->topLevelItem(0)->child(0)->text(3).startsWith(u"Kari Koordinator, "_s));
        QCOMPARE(Checklists::forPlacement(m_session->plan(), m_placement)->first().doneBy, u"Kari Koordinator"_s);
        const auto log = ChangeLog::entries(m_session->plan(), -1, u"checklist"_s);
        QVERIFY(log && !log->isEmpty());
        QCOMPARE(log->constLast().user, u"Kari Koordinator"_s);

        // the PDF: suggested as the student and the first day, and it says who ticked
        QString suggested;
        const QString path = m_dir.filePath(u"letter.pdf"_s);
        QFile::remove(path);
        ChecklistDialog::saveFileHook = [&](const QString &s) {
            suggested = s;
            return path;
        };
        dialog->saveAsPdf();
        ChecklistDialog::saveFileHook = {};
        ChangeLog::setUserName({});
        QCOMPARE(QFileInfo(suggested).fileName(),
                 u"Welcome letter Åse Ødegård %1.pdf"_s.arg(QDate::currentDate().addDays(-10).toString(Qt::ISODate)));
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"Kari Koordinator"_s), qPrintable(text));
        QVERIFY(m_errors.isEmpty());
        dialog->close();
    }

    // The task column gets the room: every task's text is shown whole (wrapped where it is long), the "Done" column
    // is only as wide as what it shows.
    void tasksAreNotCut()
    {
        auto *dialog = ChecklistDialog::showForPlacement(*m_session, m_placement);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        if (const QString shots = qEnvironmentVariable("PRAKSIS_SHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + u"/checklist.png"_s);
        auto *tree = dialog->findChild<QTreeWidget *>(u"checklistTree"_s);
        QHeaderView *header = tree->header();
        // nothing ticked: "Done" is as wide as its heading, not a wide empty column
        const int doneWidth = header->sectionSize(3);
        QVERIFY2(doneWidth <= header->sectionSizeHint(3) + 8, qPrintable(QString::number(doneWidth)));
        QVERIFY(header->sectionSize(0) > tree->viewport()->width() / 2);
        // the first item that does not fit, or an empty text when every one does (once the rows are laid out)
        const auto cut = [&]() -> QString {
            for (int s = 0; s < tree->topLevelItemCount(); ++s) {
                for (int i = 0; i < tree->topLevelItem(s)->childCount(); ++i) {
                    QTreeWidgetItem *item = tree->topLevelItem(s)->child(i);
                    const QRect cell = tree->visualItemRect(item);
                    // the room the text has (minus the indentation and the check box) holds all of it
                    const int room = header->sectionSize(0) - tree->indentation() * 2 -
                                     tree->style()->pixelMetric(QStyle::PM_IndicatorWidth) - 12;
                    const QRect needed =
                        tree->fontMetrics().boundingRect(QRect(0, 0, room, 10000), Qt::TextWordWrap, item->text(0));
                    if (cell.height() < needed.height())
                        return u"%1: %2 < %3"_s.arg(item->text(0)).arg(cell.height()).arg(needed.height());
                }
            }
            return {};
        };
        QTRY_COMPARE(cut(), QString());
        if (const QString shots = qEnvironmentVariable("PRAKSIS_SHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + u"/checklist-laid-out.png"_s);
        dialog->close();
    }
};

QTEST_MAIN(TestChecklistDialog)
#include "tst_checklistdialog.moc"
