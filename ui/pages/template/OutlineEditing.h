#pragma once

#include "Error.h"
#include "pages/template/OutlineModel.h"
#include "welcome/WelcomeTemplate.h"

#include <QCoreApplication>
#include <QSplitter>

#include <functional>
#include <optional>

class QAbstractItemView;
class QBoxLayout;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QWidget;

namespace praksis {

// What the welcome template editor and the conversation guide editor share: both edit an outline of groups
// (sections, topics) holding entries (items, questions), each text in Bokmål, Nynorsk and English.
class OutlineEditing
{
    Q_DECLARE_TR_FUNCTIONS(praksis::OutlineEditing)

public:
    static inline const char *const languageCodes[3] = {"nb", "nn", "en"};

    // The text of three line edits (nb, nn, en), trimmed; and filling them without moving a cursor needlessly.
    static LocalizedText textOf(QLineEdit *const (&edits)[3]);
    static void setTexts(QLineEdit *const (&edits)[3], const LocalizedText &text);

    // Three rows of `form`, labelled `labels`, with line edits named `name`_nb, _nn, _en (the Nynorsk and English ones
    // say that empty means the Bokmål text); commit(code) is called when the editing of one is finished.
    static void addTextRows(QFormLayout *form, QLineEdit *(&edits)[3], const QString (&labels)[3], const QString &name,
                            QObject *context, const std::function<void(const QString &code)> &commit);

    static QPushButton *toolButton(const QString &icon, const QString &text, const QString &name, QWidget *parent);

    // The row of buttons under the outline's tree: add a group, add an entry, remove, move up and down; Alt+Up,
    // Alt+Down and Delete on the tree do the same as the buttons.
    struct Buttons
    {
        QPushButton *addGroup = nullptr;
        QPushButton *addEntry = nullptr;
        QPushButton *remove = nullptr;
        QPushButton *up = nullptr;
        QPushButton *down = nullptr;
    };
    struct Actions
    {
        std::function<void()> addGroup;
        std::function<void()> addEntry;
        std::function<void()> remove;
        std::function<void(int delta)> move;
    };
    static Buttons addButtons(QBoxLayout *layout, QAbstractItemView *tree, const QString &addGroupText,
                              const QString &addGroupName, const QString &addEntryText, const QString &addEntryName,
                              QObject *context, const Actions &actions);

    // Where an entry goes when moved one step (delta -1 or +1): within its group, and over the group's edge to the
    // end of the group before or the start of the group after; nothing at the first and last place of all.
    // entryCounts: how many entries each group holds.
    struct Place
    {
        int group = 0;
        int row = 0;

        friend bool operator==(const Place &, const Place &) = default;
    };
    static std::optional<Place> movedEntry(const QList<int> &entryCounts, Place from, int delta);
};

// The body both outline pages share: on the left the tree of groups and entries with the buttons under it
// (OutlineEditing::addButtons), on the right the form of the chosen group or entry — a stack of "nothing chosen",
// the group's form and the entry's form, which the page fills — and under it the line that says why a change was
// refused. Objects are named `name`Tree, `name`Forms and `name`Message.
class OutlineEditor : public QSplitter
{
    Q_OBJECT

public:
    struct Texts
    {
        QString name;
        QString treeName; // accessible name of the tree
        QString addGroup;
        QString addGroupName;
        QString addEntry;
        QString addEntryName;
        QString nothingChosen;
    };
    OutlineEditor(OutlineModel *model, const Texts &texts, const OutlineEditing::Actions &actions,
                  QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QFormLayout *groupForm() const { return m_groupForm; }
    QFormLayout *entryForm() const { return m_entryForm; }

    std::optional<OutlineModel::Node> selection() const;
    void select(const OutlineModel::Node &node);
    // Shows the form for the chosen kind (none: "nothing chosen") and enables the buttons that need a choice.
    void showForm(std::optional<OutlineModel::Kind> kind);

    // Shows why `result` failed, or hides the message; returns whether it went through.
    bool report(const Result<void> &result);
    bool refused() const;

signals:
    // The chosen group or entry changed.
    void selectionChanged();

private:
    OutlineModel *m_model;
    QTreeView *m_tree = nullptr;
    OutlineEditing::Buttons m_buttons;
    QStackedWidget *m_forms = nullptr;
    QFormLayout *m_groupForm = nullptr;
    QFormLayout *m_entryForm = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace praksis
