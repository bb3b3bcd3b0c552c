#include "i18n/Language.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QWizard>

using namespace praksis;

namespace {

// Every text a person reads in a widget and its children: labels, buttons, actions, header sections, the title.
QStringList textsOf(QWidget *w)
{
    QStringList out{w->windowTitle()};
    for (auto *l : w->findChildren<QLabel *>())
        out << l->text();
    for (auto *b : w->findChildren<QAbstractButton *>())
        out << b->text() << b->toolTip();
    for (auto *a : w->findChildren<QAction *>())
        out << a->text() << a->toolTip();
    for (auto *v : w->findChildren<QTreeView *>())
        for (int c = 0; v->model() && c < v->model()->columnCount(); ++c)
            if (!v->header()->isSectionHidden(c))
                out << v->model()->headerData(c, Qt::Horizontal).toString();
    out.removeAll(QString());
    return out;
}

QString buttonText(QDialogButtonBox &box, QDialogButtonBox::StandardButton b)
{
    return box.button(b) ? box.button(b)->text() : QStringLiteral("(none)");
}

} // namespace

// Qt's own texts (buttons, wizard, file dialog, print preview, context menus) speak Bokmål and Nynorsk too:
// Debian ships no Bokmål catalogue for Qt, so the program brings its own (resources/translations/qt).
class TestQtTexts : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void standardButtons_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected"); // Cancel, Close, Yes, No, Save, Apply, Back, Next, Finish
        QTest::newRow("nb") << QStringLiteral("nb")
                            << QStringList{QStringLiteral("Avbryt"),     QStringLiteral("Lukk"),
                                           QStringLiteral("&Ja"),        QStringLiteral("&Nei"),
                                           QStringLiteral("Lagre"),      QStringLiteral("Bruk"),
                                           QStringLiteral("< &Tilbake"), QStringLiteral("&Neste >"),
                                           QStringLiteral("&Fullfør")};
        QTest::newRow("nn") << QStringLiteral("nn")
                            << QStringList{QStringLiteral("Avbryt"),     QStringLiteral("Lukk"),
                                           QStringLiteral("&Ja"),        QStringLiteral("&Nei"),
                                           QStringLiteral("Lagra"),      QStringLiteral("Bruk"),
                                           QStringLiteral("< &Tilbake"), QStringLiteral("&Neste >"),
                                           QStringLiteral("&Fullfør")};
    }

    void standardButtons()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        Language::install(code);

        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Close | QDialogButtonBox::Yes |
                             QDialogButtonBox::No | QDialogButtonBox::Save | QDialogButtonBox::Apply);
        QMessageBox question(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                             QMessageBox::Yes | QMessageBox::No);
        question.show();
        QVERIFY(QTest::qWaitForWindowExposed(&question));
        QWizard wizard;
        wizard.addPage(new QWizardPage);
        wizard.addPage(new QWizardPage);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        const QStringList got{buttonText(box, QDialogButtonBox::Cancel),   buttonText(box, QDialogButtonBox::Close),
                              question.button(QMessageBox::Yes)->text(),   question.button(QMessageBox::No)->text(),
                              buttonText(box, QDialogButtonBox::Save),     buttonText(box, QDialogButtonBox::Apply),
                              wizard.button(QWizard::BackButton)->text(),  wizard.button(QWizard::NextButton)->text(),
                              wizard.button(QWizard::FinishButton)->text()};
        QCOMPARE(got, expected);

        QProgressDialog progressWithCancel;
        QCOMPARE(progressWithCancel.findChild<QPushButton *>()->text(), expected.at(0));
    }

    // The whole file dialog, the print preview and a line edit's context menu: nothing left as Qt's English.
    void noEnglishLeftInQtDialogs_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("nb") << QStringLiteral("nb");
        QTest::newRow("nn") << QStringLiteral("nn");
    }

    void noEnglishLeftInQtDialogs()
    {
        QFETCH(QString, code);
        const auto collect = [] {
            QStringList texts;
            QFileDialog open(nullptr, QString(), QDir::tempPath(), QStringLiteral("CSV (*.csv)"));
            open.setOption(QFileDialog::DontUseNativeDialog);
            open.setFileMode(QFileDialog::ExistingFile);
            open.show();
            QTest::qWaitForWindowExposed(&open);
            texts << textsOf(&open);
            QFileDialog save(nullptr, QString(), QDir::tempPath());
            save.setOption(QFileDialog::DontUseNativeDialog);
            save.setAcceptMode(QFileDialog::AcceptSave);
            save.show();
            QTest::qWaitForWindowExposed(&save);
            texts << textsOf(&save);
            QPrintPreviewDialog preview;
            texts << textsOf(&preview);
            QLineEdit edit;
            edit.setText(QStringLiteral("x"));
            std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
            for (QAction *a : menu->actions())
                texts << a->text();
            QUndoStack stack;
            std::unique_ptr<QAction> undo(stack.createUndoAction(nullptr));
            texts << undo->text();
            texts << QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText);
            texts << QKeySequence(Qt::CTRL | Qt::Key_Up).toString(QKeySequence::NativeText);
            texts.removeAll(QString());
            return texts;
        };
        Language::install(QStringLiteral("en"));
        const QStringList english = collect();
        QVERIFY(english.contains(QStringLiteral("Print Preview")));
        QVERIFY(english.contains(QStringLiteral("Look in:")));
        Language::install(code);
        const QStringList translated = collect();
        QCOMPARE(translated.size(), english.size());
        // the same words in both languages are fine where Norwegian uses them too
        static const QStringList same{QStringLiteral("OK"),   QStringLiteral("Ctrl+Up"), QStringLiteral("%1%"),
                                      QStringLiteral("Type"), QStringLiteral("Alias"),   QStringLiteral("Ctrl")};
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3}"));
        QStringList left;
        for (int i = 0; i < english.size(); ++i)
            if (english[i] == translated[i] && english[i].contains(word) && !same.contains(english[i]) &&
                !left.contains(english[i]))
                left << english[i];
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still English: ") + left.join(QStringLiteral(" | "))));
        QVERIFY(translated.contains(code == QStringLiteral("nb") ? QStringLiteral("Forhåndsvisning")
                                                                 : QStringLiteral("Førehandsvising")));
    }
};

QTEST_MAIN(TestQtTexts)
#include "tst_qttexts.moc"
