#include "widgets/DetailWindow.h"

#include "Icons.h"
#include "widgets/Accessibility.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

namespace praksis::DetailWindow {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::DetailWindow)
};
} // namespace

QLabel *value(const QString &objectName, QWidget *parent, bool wrap)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(wrap);
    return l;
}

QPushButton *button(const QString &objectName, const QString &icon, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(themedIcon(icon), text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

void setUpTable(QAbstractItemView *view)
{
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    Accessibility::enterWithCurrentRow(view);
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
        table->horizontalHeader()->setStretchLastSection(true);
        table->horizontalHeader()->setHighlightSections(false);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
}

QHBoxLayout *bottomRow(QDialog *window, QUndoStack *stack)
{
    QAction *undo = stack->createUndoAction(window, Text::tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themedIcon(QStringLiteral("undo-2")));
    QAction *redo = stack->createRedoAction(window, Text::tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(themedIcon(QStringLiteral("redo-2")));
    window->addAction(undo);
    window->addAction(redo);
    auto *undoButton = new QToolButton(window);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setDefaultAction(undo);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *redoButton = new QToolButton(window);
    redoButton->setObjectName(QStringLiteral("redoButton"));
    redoButton->setDefaultAction(redo);
    redoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
    QObject::connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::close);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch();
    bottom->addWidget(buttons);
    return bottom;
}

} // namespace praksis::DetailWindow
