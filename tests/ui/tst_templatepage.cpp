#include "Colors.h"
#include "PlacementSeed.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "pages/template/TemplatePage.h"
#include "welcome/WelcomeTemplate.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace praksis;
using namespace Qt::StringLiterals;

// The welcome template editor on a real plan: every edit reaches the plan, is one undo step, and undo puts
// back exactly what was there.
class TestTemplatePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<TemplatePage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_siteId = 0;
    bool m_confirm = true;
    QStringList m_errors;

    WelcomeTemplate stored(qint64 templateId = 0)
    {
        auto t = WelcomeTemplates(m_session->plan()).load(templateId ? templateId : m_page->templateId());
        if (!t)
            qFatal("load failed");
        return t.value();
    }
    QUndoStack *undo() { return m_session->undoStack(); }
    QTreeView *tree() { return m_page->findChild<QTreeView *>(u"templateTree"_s); }
    void selectItem(qint64 id) { tree()->setCurrentIndex(m_page->model()->itemIndex(id)); }
    void selectSection(qint64 id) { tree()->setCurrentIndex(m_page->model()->sectionIndex(id)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors << text; };
        Prompts::confirmHook = [this](QWidget *, const QString &, const QString &) { return m_confirm; };
    }

    void init()
    {
        const QString path = m_dir.filePath(u"template.praksisplan"_s);
        QFile::remove(path);
        m_session = std::make_unique<PlanSession>();
        QVERIFY(m_session->open(path, PlanFile::OpenMode::OpenOrCreate));
        test::seedPlacement(m_session->plan());
        m_siteId = test::siteId(m_session->plan(), u"Solgløtt sykehjem"_s);
        QVERIFY(m_siteId > 0);
        m_page = std::make_unique<TemplatePage>(*m_session);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_errors.clear();
        m_confirm = true;
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_session.reset();
    }

    void showsTheDefaultTemplate()
    {
        const WelcomeTemplate t = stored();
        QVERIFY(!t.siteId);
        QVERIFY(t.sections.size() >= 3);
        QCOMPARE(m_page->model()->rowCount(), t.sections.size());
        for (int s = 0; s < t.sections.size(); ++s) {
            const QModelIndex section = m_page->model()->index(s, 0);
            QCOMPARE(section.data().toString(), t.sections[s].title.nb);
            QCOMPARE(m_page->model()->rowCount(section), t.sections[s].items.size());
        }
        const TemplateItem &first = t.sections[0].items[0];
        const QModelIndex firstItem = m_page->model()->itemIndex(first.id);
        QCOMPARE(firstItem.data().toString(), first.text.nb);
        QCOMPARE(firstItem.siblingAtColumn(TemplateModel::RoleColumn).data().toString(), label(first.role));
        QCOMPARE(firstItem.siblingAtColumn(TemplateModel::DueColumn).data().toString(),
                 dueDayText(first.dueDay, first.fromEnd));
    }

    void editItemText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("bokmål") << u"itemText_nb"_s << u"Nøkkelkort bestilt på forhånd"_s;
        QTest::newRow("nynorsk") << u"itemText_nn"_s << u"Nøkkelkort tinga på førehand"_s;
        QTest::newRow("english") << u"itemText_en"_s << u"Key card ordered in advance"_s;
    }

    void editItemText()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        const WelcomeTemplate before = stored();
        const TemplateItem item = before.sections[1].items[2];
        selectItem(item.id);
        auto *edit = m_page->findChild<QLineEdit *>(field);
        QVERIFY(edit && edit->isVisible());
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        const TemplateItem after = stored().sections[1].items[2];
        QCOMPARE(after.id, item.id);
        const QString storedText = field.endsWith(u"nb"_s)   ? after.text.nb
                                   : field.endsWith(u"nn"_s) ? after.text.nn
                                                             : after.text.en;
        QCOMPARE(storedText, text);
        QCOMPARE(undo()->count(), 1);
        undo()->undo();
        QCOMPARE(stored(), before);
        undo()->redo();
        QCOMPARE(stored().sections[1].items[2], after);
    }

    // A long text shows its start when its item is chosen (a line edit filled by setText shows its end), in every
    // language's field, for items and for section titles.
    void fieldsOpenAtTheStartOfTheText()
    {
        const WelcomeTemplate t = stored();
        // make the field narrow, so that every default text is longer than it
        m_page->resize(480, 600);
        for (const qint64 id : {t.sections[0].items[0].id, t.sections[1].items[2].id}) {
            selectItem(id);
            for (const char *code : {"nb", "nn", "en"}) {
                auto *edit = m_page->findChild<QLineEdit *>(u"itemText_"_s + QLatin1String(code));
                QVERIFY(edit && !edit->text().isEmpty());
                QCOMPARE(edit->cursorPosition(), 0);
            }
        }
        selectSection(t.sections[1].id);
        auto *title = m_page->findChild<QLineEdit *>(u"sectionTitle_nb"_s);
        QVERIFY(!title->text().isEmpty());
        QCOMPARE(title->cursorPosition(), 0);
    }

    // The hint under the title is readable: enabled, in a colour with at least 4.5:1 contrast on its background
    void hintIsReadable()
    {
        auto *hint = m_page->findChild<QLabel *>(u"templateHint"_s);
        QVERIFY(hint && hint->isVisible());
        QVERIFY(hint->isEnabled());
        const QPalette p = hint->palette();
        const QColor text = p.color(QPalette::Active, QPalette::WindowText);
        QVERIFY2(Colors::contrast(text, p.color(QPalette::Active, QPalette::Window)) >= 4.5, qPrintable(text.name()));
        // and quieter than the text around it
        QVERIFY(text != m_page->palette().color(QPalette::WindowText));
        // also on a dark palette
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QVERIFY(Colors::contrast(Colors::hintText(dark), dark.color(QPalette::Window)) >= 4.5);
        QVERIFY(Colors::contrast(Colors::hintText(dark), dark.color(QPalette::Window)) <
                Colors::contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window)));
    }

    void emptyTextIsRefused()
    {
        const WelcomeTemplate before = stored();
        const TemplateItem item = before.sections[0].items[0];
        selectItem(item.id);
        // an item needs a text in at least one language
        for (const QString &code : {u"nn"_s, u"en"_s, u"nb"_s})
            m_page->findChild<QLineEdit *>(u"itemText_"_s + code)->clear();
        auto *edit = m_page->findChild<QLineEdit *>(u"itemText_nb"_s);
        emit edit->editingFinished();
        QCOMPARE(stored(), before);
        QCOMPARE(undo()->count(), 0);
        auto *message = m_page->findChild<QLabel *>(u"templateMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        // the form shows what is stored again
        QCOMPARE(edit->text(), item.text.nb);
    }

    void consecutiveDueDayChangesAreOneStep()
    {
        const WelcomeTemplate before = stored();
        const TemplateItem item = before.sections[0].items[0];
        selectItem(item.id);
        auto *due = m_page->findChild<QSpinBox *>(u"itemDueDay"_s);
        due->setFocus();
        QTest::keyClick(due, Qt::Key_Up);
        QTest::keyClick(due, Qt::Key_Up);
        QTest::keyClick(due, Qt::Key_Up);
        QCOMPARE(stored().sections[0].items[0].dueDay, item.dueDay + 3);
        QCOMPARE(undo()->count(), 1);
        auto *from = m_page->findChild<QComboBox *>(u"itemDueFrom"_s);
        from->setCurrentIndex(item.fromEnd ? 0 : 1);
        QCOMPARE(stored().sections[0].items[0].fromEnd, !item.fromEnd);
        undo()->undo();
        undo()->undo();
        QCOMPARE(stored(), before);
    }

    void addAndRemoveWithUndo()
    {
        const WelcomeTemplate before = stored();
        selectSection(before.sections[0].id);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"addSectionButton"_s), Qt::LeftButton);
        WelcomeTemplate now = stored();
        QCOMPARE(now.sections.size(), before.sections.size() + 1);
        // after the chosen section, and chosen itself for editing
        const TemplateSection added = now.sections[1];
        QCOMPARE(tree()->currentIndex(), m_page->model()->sectionIndex(added.id));
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"addItemButton"_s), Qt::LeftButton);
        now = stored();
        QCOMPARE(now.sections[1].items.size(), 1);
        QCOMPARE(undo()->count(), 2);

        // removing a section with items asks first; "no" keeps it
        selectSection(added.id);
        m_confirm = false;
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"removeButton"_s), Qt::LeftButton);
        QCOMPARE(stored(), now);
        m_confirm = true;
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"removeButton"_s), Qt::LeftButton);
        QCOMPARE(stored().sections.size(), before.sections.size());
        undo()->undo();
        QCOMPARE(stored(), now); // the same ids come back
        undo()->undo();
        undo()->undo();
        QCOMPARE(stored(), before);
    }

    void moveWithButtonsAndKeys()
    {
        const WelcomeTemplate before = stored();
        const TemplateItem first = before.sections[0].items[0];
        selectItem(first.id);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"moveDownButton"_s), Qt::LeftButton);
        QCOMPARE(stored().sections[0].items[1].id, first.id);
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(stored().sections[0].items[2].id, first.id);
        // the last item of a section moves on into the next section
        const TemplateItem last = before.sections[0].items.last();
        selectItem(last.id);
        QTest::keyClick(tree(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(stored().sections[1].items[0].id, last.id);
        QCOMPARE(undo()->count(), 3);
        while (undo()->canUndo())
            undo()->undo();
        QCOMPARE(stored(), before);
    }

    void dragAndDrop()
    {
        const WelcomeTemplate before = stored();
        TemplateModel *model = m_page->model();
        // an item of the first section dropped onto the second section's third item takes its place
        const TemplateItem moved = before.sections[0].items[1];
        std::unique_ptr<QMimeData> mime(model->mimeData({model->itemIndex(moved.id)}));
        const QModelIndex target = model->itemIndex(before.sections[1].items[2].id);
        QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
        QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex())); // not between sections
        model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target);
        QTRY_COMPARE(stored().sections[1].items[2].id, moved.id);
        QCOMPARE(stored().sections[0].items.size(), before.sections[0].items.size() - 1);

        // a section dropped at the top
        const TemplateSection lastSection = before.sections.last();
        mime.reset(model->mimeData({model->sectionIndex(lastSection.id)}));
        model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex());
        QTRY_COMPARE(stored().sections[0].id, lastSection.id);
        QCOMPARE(undo()->count(), 2);
        undo()->undo();
        undo()->undo();
        QCOMPARE(stored(), before);
    }

    void siteVariant()
    {
        const WelcomeTemplate defaults = stored();
        auto *chooser = m_page->findChild<QComboBox *>(u"templateChooser"_s);
        QCOMPARE(chooser->count(), 1);
        m_page->createVariant(m_siteId);
        QCOMPARE(chooser->count(), 2);
        const qint64 variant = m_page->templateId();
        QVERIFY(variant != defaults.id);
        QCOMPARE(chooser->currentIndex(), 1);
        QVERIFY(chooser->currentText().contains(u"Solgløtt sykehjem"_s));
        QCOMPARE(WelcomeTemplates(m_session->plan()).templateIdForSite(m_siteId).value(), variant);

        // editing the variant leaves the default alone
        selectItem(stored().sections[0].items[0].id);
        m_page->removeSelected();
        QCOMPARE(stored(variant).sections[0].items.size(), defaults.sections[0].items.size() - 1);
        QCOMPARE(stored(defaults.id), defaults);

        undo()->undo(); // the removal
        undo()->undo(); // the variant
        QTRY_COMPARE(chooser->count(), 1);
        QCOMPARE(m_page->templateId(), defaults.id);
        QCOMPARE(WelcomeTemplates(m_session->plan()).templateIdForSite(m_siteId).value(), defaults.id);
        undo()->redo();
        QTRY_COMPARE(chooser->count(), 2);
        QCOMPARE(WelcomeTemplates(m_session->plan()).templateIdForSite(m_siteId).value(), variant);
    }

    void restoreDefault()
    {
        const WelcomeTemplate before = stored();
        selectSection(before.sections[0].id);
        m_page->removeSelected();
        QVERIFY(stored().sections.size() < before.sections.size());
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"restoreDefaultButton"_s), Qt::LeftButton);
        auto shipped = shippedDefaultTemplate();
        QVERIFY(shipped);
        const WelcomeTemplate restored = stored();
        QCOMPARE(restored.sections.size(), shipped->sections.size());
        for (int s = 0; s < restored.sections.size(); ++s)
            QCOMPARE(restored.sections[s].items.size(), shipped->sections[s].items.size());
        undo()->undo();
        QCOMPARE(stored().sections.size(), before.sections.size() - 1);
        QVERIFY(m_errors.isEmpty());
    }
};

QTEST_MAIN(TestTemplatePage)
#include "tst_templatepage.moc"
