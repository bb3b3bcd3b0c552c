#include "pages/template/OutlineEditing.h"

#include "Colors.h"
#include "Icons.h"
#include "widgets/Accessibility.h"

#include <QAbstractItemView>
#include <QBoxLayout>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace praksis {

LocalizedText OutlineEditing::textOf(QLineEdit *const (&edits)[3])
{
    return {edits[0]->text().trimmed(), edits[1]->text().trimmed(), edits[2]->text().trimmed()};
}

void OutlineEditing::setTexts(QLineEdit *const (&edits)[3], const LocalizedText &text)
{
    const QString values[3] = {text.nb, text.nn, text.en};
    for (int i = 0; i < 3; ++i) {
        if (edits[i]->text() != values[i]) {
            edits[i]->setText(values[i]);
            edits[i]->setCursorPosition(0); // show the start of a long text, not its end
        }
    }
}

void OutlineEditing::addTextRows(QFormLayout *form, QLineEdit *(&edits)[3], const QString (&labels)[3],
                                 const QString &name, QObject *context,
                                 const std::function<void(const QString &code)> &commit)
{
    for (int i = 0; i < 3; ++i) {
        const QString code = QString::fromLatin1(languageCodes[i]);
        edits[i] = new QLineEdit(form->parentWidget());
        edits[i]->setObjectName(name + u'_' + code);
        if (i > 0)
            edits[i]->setPlaceholderText(tr("Empty: the Bokmål text is used"));
        form->addRow(labels[i], edits[i]);
        QObject::connect(edits[i], &QLineEdit::editingFinished, context, [commit, code] { commit(code); });
    }
}

QPushButton *OutlineEditing::toolButton(const QString &icon, const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(themedIcon(icon), text, parent);
    button->setObjectName(name);
    return button;
}

OutlineEditing::Buttons OutlineEditing::addButtons(QBoxLayout *layout, QAbstractItemView *tree,
                                                   const QString &addGroupText, const QString &addGroupName,
                                                   const QString &addEntryText, const QString &addEntryName,
                                                   QObject *context, const Actions &actions)
{
    QWidget *parent = tree->parentWidget();
    Buttons b;
    b.addGroup = toolButton(QStringLiteral("plus"), addGroupText, addGroupName, parent);
    b.addEntry = toolButton(QStringLiteral("plus"), addEntryText, addEntryName, parent);
    b.remove = toolButton(QStringLiteral("trash-2"), tr("Remove"), QStringLiteral("removeButton"), parent);
    b.up = toolButton(QStringLiteral("arrow-up"), QString(), QStringLiteral("moveUpButton"), parent);
    b.up->setToolTip(tr("Move up (Alt+Up)"));
    b.up->setAccessibleName(tr("Move up"));
    b.down = toolButton(QStringLiteral("arrow-down"), QString(), QStringLiteral("moveDownButton"), parent);
    b.down->setToolTip(tr("Move down (Alt+Down)"));
    b.down->setAccessibleName(tr("Move down"));
    auto *row = new QHBoxLayout;
    row->addWidget(b.addGroup);
    row->addWidget(b.addEntry);
    row->addWidget(b.remove);
    row->addStretch();
    row->addWidget(b.up);
    row->addWidget(b.down);
    layout->addLayout(row);

    QObject::connect(b.addGroup, &QPushButton::clicked, context, actions.addGroup);
    QObject::connect(b.addEntry, &QPushButton::clicked, context, actions.addEntry);
    QObject::connect(b.remove, &QPushButton::clicked, context, actions.remove);
    QObject::connect(b.up, &QPushButton::clicked, context, [move = actions.move] { move(-1); });
    QObject::connect(b.down, &QPushButton::clicked, context, [move = actions.move] { move(+1); });
    const auto key = [tree, context](const QKeySequence &keys, const std::function<void()> &action) {
        auto *shortcut = new QShortcut(keys, tree);
        shortcut->setContext(Qt::WidgetShortcut);
        QObject::connect(shortcut, &QShortcut::activated, context, action);
    };
    key(QKeySequence(Qt::ALT | Qt::Key_Up), [move = actions.move] { move(-1); });
    key(QKeySequence(Qt::ALT | Qt::Key_Down), [move = actions.move] { move(+1); });
    key(QKeySequence::Delete, actions.remove);
    return b;
}

std::optional<OutlineEditing::Place> OutlineEditing::movedEntry(const QList<int> &entryCounts, Place from, int delta)
{
    const int to = from.row + delta;
    if (to >= 0 && to < entryCounts.value(from.group))
        return Place{from.group, to};
    const int group = from.group + delta;
    if (group < 0 || group >= entryCounts.size())
        return std::nullopt;
    return Place{group, delta < 0 ? entryCounts[group] : 0};
}

namespace {

enum FormPage
{
    NoForm,
    GroupForm,
    EntryForm
};

} // namespace

OutlineEditor::OutlineEditor(OutlineModel *model, const Texts &texts, const OutlineEditing::Actions &actions,
                             QWidget *parent)
    : QSplitter(parent)
    , m_model(model)
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeView(left);
    m_tree->setObjectName(texts.name + u"Tree");
    m_tree->setAccessibleName(texts.treeName);
    m_tree->setModel(model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    Accessibility::enterWithCurrentRow(m_tree);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    leftLayout->addWidget(m_tree, 1);
    m_buttons = OutlineEditing::addButtons(leftLayout, m_tree, texts.addGroup, texts.addGroupName, texts.addEntry,
                                           texts.addEntryName, this, actions);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_forms = new QStackedWidget(right);
    m_forms->setObjectName(texts.name + u"Forms");
    auto *none = new QLabel(texts.nothingChosen, m_forms);
    none->setAlignment(Qt::AlignCenter);
    none->setWordWrap(true);
    none->setEnabled(false);
    m_forms->addWidget(none);
    auto *groupPage = new QWidget(m_forms);
    m_groupForm = new QFormLayout(groupPage);
    m_forms->addWidget(groupPage);
    auto *entryPage = new QWidget(m_forms);
    m_entryForm = new QFormLayout(entryPage);
    m_forms->addWidget(entryPage);
    m_message = new QLabel(right);
    m_message->setObjectName(texts.name + u"Message");
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, Colors::errorText(palette));
    m_message->setPalette(palette);
    m_message->hide();
    rightLayout->addWidget(m_forms);
    rightLayout->addWidget(m_message);
    rightLayout->addStretch();
    addWidget(left);
    addWidget(right);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    // room for the texts from the start, not what the tree's widest row would like (sizes are scaled to the width)
    setSizes({550, 450});

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &OutlineEditor::selectionChanged);
}

std::optional<OutlineModel::Node> OutlineEditor::selection() const
{
    return OutlineModel::nodeAt(m_tree->currentIndex().siblingAtColumn(0));
}

void OutlineEditor::select(const OutlineModel::Node &node)
{
    const QModelIndex index = m_model->indexOf(node);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void OutlineEditor::showForm(std::optional<OutlineModel::Kind> kind)
{
    for (QPushButton *b : {m_buttons.addEntry, m_buttons.remove, m_buttons.up, m_buttons.down})
        b->setEnabled(kind.has_value());
    m_forms->setCurrentIndex(!kind ? NoForm : *kind == OutlineModel::Kind::Group ? GroupForm : EntryForm);
}

bool OutlineEditor::report(const Result<void> &result)
{
    m_message->setVisible(!result);
    if (!result)
        m_message->setText(result.error().message);
    return result.ok();
}

bool OutlineEditor::refused() const
{
    return m_message->isVisible();
}

} // namespace praksis
