#include "MainWindow.h"
#include "PdfText.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "documents/MentorFolder.h"
#include "pages/guide/GuidePage.h"
#include "recruitment/ConversationGuide.h"
#include "recruitment/HireRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace praksis;
using namespace Qt::StringLiterals;

// The conversation guide editor on a real plan: every edit through the real widgets reaches the plan, is one undo
// step, and undo and redo put back exactly the guide that was there.
class TestGuidePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempPlan> m_temp;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<GuidePage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    bool m_confirm = true;

    QList<GuideTopic> stored()
    {
        auto g = ConversationGuide(m_session->plan()).load();
        if (!g)
            qFatal("load failed");
        return g.value();
    }
    QUndoStack *undo() { return m_session->undoStack(); }
    QTreeView *tree() { return m_page->findChild<QTreeView *>(u"guideTree"_s); }
    GuideModel *model() { return m_page->model(); }
    // The row of topic t, or of its question q.
    QModelIndex row(int t, int q = -1)
    {
        const QModelIndex topic = model()->index(t, 0);
        return q < 0 ? topic : model()->index(q, 0, topic);
    }
    void choose(int t, int q = -1) { tree()->setCurrentIndex(row(t, q)); }
    QPushButton *button(const QString &name) { return m_page->findChild<QPushButton *>(name); }
    QLineEdit *field(const QString &name) { return m_page->findChild<QLineEdit *>(name); }

    // Undo restores `before` exactly, redo `after`.
    void checkUndoRedo(const QList<GuideTopic> &before)
    {
        const QList<GuideTopic> after = stored();
        QVERIFY(after != before);
        QCOMPARE(undo()->count(), 1);
        undo()->undo();
        QCOMPARE(stored(), before);
        QTRY_COMPARE(m_page->contents(), before); // the page shows it (its reload is coalesced)
        undo()->redo();
        QCOMPARE(stored(), after);
        QTRY_COMPARE(m_page->contents(), after);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the main window's settings (last plan, last page) stay here
        Prompts::confirmHook = [this](QWidget *, const QString &, const QString &) { return m_confirm; };
        Prompts::errorHook = [](QWidget *, const QString &, const QString &) {};
    }

    void init()
    {
        m_temp = std::make_unique<test::TempPlan>();
        m_session = std::make_unique<PlanSession>();
        auto opened = PlanFile::open(m_temp->path());
        QVERIFY(opened);
        m_session->setPlan(std::move(opened.value()));
        m_page = std::make_unique<GuidePage>(*m_session);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_confirm = true;
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_session.reset();
        m_temp.reset();
    }

    void showsTheShippedGuide()
    {
        const QList<GuideTopic> g = stored();
        QCOMPARE(g.size(), 5);
        QCOMPARE(model()->rowCount(), g.size());
        for (int t = 0; t < g.size(); ++t) {
            QCOMPARE(row(t).data().toString(), g[t].title.nb);
            QCOMPARE(model()->rowCount(row(t)), g[t].questions.size());
        }
    }

    void editText_data()
    {
        QTest::addColumn<bool>("question");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("topic nb") << false << u"topicTitle_nb"_s << u"Kvardagen på jobb"_s;
        QTest::newRow("topic nn") << false << u"topicTitle_nn"_s << u"Kvardagen på arbeid"_s;
        QTest::newRow("topic en") << false << u"topicTitle_en"_s << u"Everyday work"_s;
        QTest::newRow("question nb") << true << u"questionText_nb"_s << u"Hva var vanskelig denne uka?"_s;
        QTest::newRow("question nn") << true << u"questionText_nn"_s << u"Kva var vanskeleg denne veka?"_s;
        QTest::newRow("question en") << true << u"questionText_en"_s << u"What was hard this week?"_s;
    }

    void editText()
    {
        QFETCH(bool, question);
        QFETCH(QString, field);
        QFETCH(QString, text);
        const QList<GuideTopic> before = stored();
        choose(1, question ? 1 : -1);
        QLineEdit *edit = this->field(field);
        QVERIFY(edit && edit->isVisible());
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text.left(5));
        QTest::keyClick(edit, Qt::Key_Return);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        const LocalizedText stored = question ? this->stored()[1].questions[1].text : this->stored()[1].title;
        const QString value = field.endsWith(u"nb"_s) ? stored.nb : field.endsWith(u"nn"_s) ? stored.nn : stored.en;
        QCOMPARE(value, text);
        // two edits of one field: one step
        checkUndoRedo(before);
    }

    void addTopicAndQuestion()
    {
        const QList<GuideTopic> before = stored();
        choose(0);
        QTest::mouseClick(button(u"addTopicButton"_s), Qt::LeftButton);
        QCOMPARE(stored().size(), before.size() + 1);
        QCOMPARE(stored()[1].title.nb, m_page->contents()[1].title.nb);
        checkUndoRedo(before);

        const QList<GuideTopic> withTopic = stored();
        undo()->clear();
        // the new topic is chosen; a question goes into it
        choose(1);
        QTest::mouseClick(button(u"addQuestionButton"_s), Qt::LeftButton);
        QCOMPARE(stored()[1].questions.size(), 1);
        checkUndoRedo(withTopic);
    }

    void move_data()
    {
        QTest::addColumn<bool>("question");
        QTest::addColumn<int>("key"); // Qt::Key_Up or Key_Down with Alt; 0: the button
        QTest::addColumn<int>("delta");
        QTest::newRow("topic down by key") << false << int(Qt::Key_Down) << 1;
        QTest::newRow("topic up by button") << false << 0 << -1;
        QTest::newRow("question up by key") << true << int(Qt::Key_Up) << -1;
        QTest::newRow("question down by button") << true << 0 << 1;
    }

    void move()
    {
        QFETCH(bool, question);
        QFETCH(int, key);
        QFETCH(int, delta);
        const QList<GuideTopic> before = stored();
        choose(2, question ? 1 : -1);
        const OutlineModel::Node chosen = *m_page->selection();
        if (key) {
            tree()->setFocus();
            QTest::keyClick(tree(), Qt::Key(key), Qt::AltModifier);
        } else {
            QTest::mouseClick(button(delta < 0 ? u"moveUpButton"_s : u"moveDownButton"_s), Qt::LeftButton);
        }
        const QList<GuideTopic> after = stored();
        if (question) {
            QCOMPARE(after[2].questions[1 + delta].id, chosen.id);
            QCOMPARE(after[2].questions[1 + delta].text, before[2].questions[1].text);
        } else {
            QCOMPARE(after[2 + delta].id, chosen.id);
            QCOMPARE(after[2 + delta].title, before[2].title);
            QCOMPARE(after[2 + delta].questions.size(), before[2].questions.size());
        }
        // still chosen, for the next move
        QCOMPARE(m_page->selection()->id, chosen.id);
        checkUndoRedo(before);
    }

    void questionMovesOverTheEdgeIntoTheNextTopic()
    {
        const QList<GuideTopic> before = stored();
        const GuideQuestion last = before[0].questions.last();
        choose(0, int(before[0].questions.size()) - 1);
        QTest::mouseClick(button(u"moveDownButton"_s), Qt::LeftButton);
        QCOMPARE(stored()[1].questions.first().id, last.id);
        QCOMPARE(stored()[0].questions.size(), before[0].questions.size() - 1);
        checkUndoRedo(before);
    }

    // A question dragged onto another topic's question takes its place; a topic dropped above the first goes first.
    // Each drop is one undo step, and undo puts back exactly the guide before it.
    void dragAndDrop()
    {
        const QList<GuideTopic> before = stored();
        const GuideQuestion moved = before[0].questions[1];
        std::unique_ptr<QMimeData> mime(model()->mimeData({row(0, 1)}));
        QVERIFY(model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, row(1, 2)));
        QVERIFY(!model()->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex())); // questions need a topic
        // what the welcome template's tree drags is not dropped here
        QMimeData foreign;
        foreign.setData(u"application/x-praksisplan-template-node"_s, mime->data(model()->mimeTypes().first()));
        QVERIFY(!model()->canDropMimeData(&foreign, Qt::MoveAction, -1, -1, row(1, 2)));
        model()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, row(1, 2));
        QTRY_COMPARE(stored()[1].questions[2].id, moved.id);
        QCOMPARE(stored()[1].questions[2].text, moved.text);
        QCOMPARE(stored()[0].questions.size(), before[0].questions.size() - 1);
        QCOMPARE(m_page->selection()->id, moved.id); // the moved question stays chosen
        const QList<GuideTopic> afterQuestion = stored();

        const GuideTopic last = before.last();
        mime.reset(model()->mimeData({row(int(before.size()) - 1)}));
        model()->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex());
        QTRY_COMPARE(stored()[0].id, last.id);
        QCOMPARE(stored()[0].questions, last.questions);
        QCOMPARE(undo()->count(), 2);
        undo()->undo();
        QCOMPARE(stored(), afterQuestion);
        undo()->undo();
        QCOMPARE(stored(), before);
        QTRY_COMPARE(m_page->contents(), before);
    }

    void remove_data()
    {
        QTest::addColumn<bool>("question");
        QTest::newRow("topic") << false;
        QTest::newRow("question") << true;
    }

    void remove()
    {
        QFETCH(bool, question);
        const QList<GuideTopic> before = stored();
        choose(3, question ? 0 : -1);
        // refused at the question: nothing changes
        m_confirm = false;
        if (!question) {
            QTest::mouseClick(button(u"removeButton"_s), Qt::LeftButton);
            QCOMPARE(stored(), before);
            QCOMPARE(undo()->count(), 0);
        }
        m_confirm = true;
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Delete);
        if (question)
            QCOMPARE(stored()[3].questions.size(), before[3].questions.size() - 1);
        else
            QCOMPARE(stored().size(), before.size() - 1);
        checkUndoRedo(before);
    }

    void restoreShipped()
    {
        choose(0);
        QTest::mouseClick(button(u"removeButton"_s), Qt::LeftButton);
        undo()->clear();
        const QList<GuideTopic> before = stored();
        QCOMPARE(before.size(), 4);
        QTest::mouseClick(button(u"restoreGuideButton"_s), Qt::LeftButton);
        QCOMPARE(stored().size(), 5);
        checkUndoRedo(before);
    }

    // Every control is reached with Tab and has a name a screen reader can say.
    void keyboardAndNames()
    {
        choose(0, 0);
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        const QList<QWidget *> controls = {tree(),
                                           button(u"restoreGuideButton"_s),
                                           button(u"addTopicButton"_s),
                                           button(u"addQuestionButton"_s),
                                           button(u"removeButton"_s),
                                           button(u"moveUpButton"_s),
                                           button(u"moveDownButton"_s),
                                           field(u"questionText_nb"_s),
                                           field(u"questionText_nn"_s),
                                           field(u"questionText_en"_s)};
        button(u"restoreGuideButton"_s)->setFocus();
        QSet<QWidget *> reached;
        for (int i = 0; i < 2 * controls.size(); ++i) {
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            reached.insert(focused);
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        for (QWidget *w : controls) {
            QVERIFY(w);
            QVERIFY2(reached.contains(w), qPrintable(w->objectName()));
            if (qobject_cast<QLineEdit *>(w)) { // named by its label in the form
                auto *form = qobject_cast<QFormLayout *>(w->parentWidget()->layout());
                auto *label = form ? qobject_cast<QLabel *>(form->labelForField(w)) : nullptr;
                QVERIFY2(label && !label->text().isEmpty(), qPrintable(w->objectName()));
                continue;
            }
            auto *b = qobject_cast<QPushButton *>(w);
            const QString name = !w->accessibleName().isEmpty() ? w->accessibleName() : b ? b->text() : QString();
            QVERIFY2(!name.isEmpty(), qPrintable(w->objectName()));
        }
    }

    // A change made by another program reaches the page.
    void changeFromAnotherConnectionReloads()
    {
        auto other = PlanFile::open(m_temp->path());
        QVERIFY(other);
        const GuideTopic first = stored()[0];
        QVERIFY(ConversationGuide(*other.value()).renameTopic(first.id, {u"Endret et annet sted"_s, {}, {}}));
        QTRY_COMPARE_WITH_TIMEOUT(row(0).data().toString(), u"Endret et annet sted"_s, 10000);
        QCOMPARE(m_page->contents(), stored());
    }

    // The guide is a page of its own, reached from the New hires page as well as from the sidebar and View menu.
    void reachedFromTheNewHiresPage()
    {
        MainWindow window;
        QVERIFY(window.openPlan(m_temp->path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.setCurrentPage(u"hires"_s));
        auto *guideButton = window.page(u"hires"_s)->findChild<QPushButton *>(u"guideButton"_s);
        QVERIFY(guideButton && guideButton->isVisible());
        QTest::mouseClick(guideButton, Qt::LeftButton);
        QCOMPARE(window.currentPageKey(), u"guide"_s);
        QVERIFY(window.page(u"guide"_s)->isVisible());
        QVERIFY(window.findChild<QAction *>(u"actionPage_guide"_s));
    }

    // What the editor changed is what a freshly made mentor folder prints.
    void mentorFolderPrintsTheEditedGuide()
    {
        test::SmallPlan small(m_session->plan());
        Hire h;
        h.givenName = u"Siri"_s;
        h.familyName = u"Ødegård"_s;
        h.siteId = small.solbakken;
        h.start = QDate(2027, 1, 4);
        auto hire = HireRepository(m_session->plan()).insert(h);
        QVERIFY(hire);
        choose(0, 0);
        QLineEdit *edit = field(u"questionText_nb"_s);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, u"Hvordan gikk nattevaktene dine"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        const QString pdf = QFileInfo(m_temp->path()).absolutePath() + u"/folder.pdf"_s;
        MentorFolderOptions options;
        options.language = u"nb"_s;
        QVERIFY(MentorFolder::writePdf(m_session->plan(), hire.value(), pdf, options));
        const QString text = test::pdfPages(pdf).join(u' ');
        QVERIFY(text.contains(u"Hvordan gikk nattevaktene dine"_s));
    }
};

QTEST_MAIN(TestGuidePage)
#include "tst_guidepage.moc"
