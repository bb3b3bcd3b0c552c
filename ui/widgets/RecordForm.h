#pragma once

#include "Error.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace praksis {

// A form to add or edit a record: labels on the left (QFormLayout), each field checked as you type with the rules
// of core/model/Validation.h, the message under the field in the palette's error colour, OK disabled until every
// field is valid (UI.md). Fields are found by objectName in tests.
class RecordForm : public QDialog
{
    Q_OBJECT

public:
    using Check = std::function<std::optional<Error>()>;
    // Checks the text of its own line edit.
    using TextCheck = std::function<std::optional<Error>(const QString &text)>;
    // Checks the data of its own combo box's current item.
    using ChoiceCheck = std::function<std::optional<Error>(const QVariant &data)>;

    explicit RecordForm(const QString &title, QWidget *parent = nullptr);

    QLineEdit *addLine(const QString &name, const QString &label, const QString &value, TextCheck check = {});
    QComboBox *addCombo(const QString &name, const QString &label, const QList<QPair<QString, QVariant>> &items,
                        const QVariant &current, ChoiceCheck check = {});
    QSpinBox *addSpin(const QString &name, const QString &label, int value, int minimum, int maximum);
    QCheckBox *addCheck(const QString &name, const QString &label, bool checked);
    QPlainTextEdit *addText(const QString &name, const QString &label, const QString &value);
    // A widget of the caller's (a list of kinds, a table of absences) on a row of its own.
    void addWidget(const QString &label, QWidget *widget, Check check = {});

    // Runs when OK is pressed and every field is valid; the form closes only when it returns true (the change was
    // made), so a change core refuses keeps the person's input.
    void setAcceptHandler(std::function<bool()> handler) { m_onAccept = std::move(handler); }
    // Shows the form window-modal without blocking (deleted when closed), checked, with its values taken as the
    // ones it opened with; onAccepted as with setAcceptHandler.
    void openWith(std::function<bool()> onAccepted);
    // Presses OK (for keyboard users Enter does the same).
    void submit();

    // Checks every field; shows the messages; enables OK when all pass. Called on every edit.
    bool revalidate();
    QString firstError() const;
    // The objectName of the one field whose value differs from when the form opened; empty when none or several
    // changed (consecutive edits of one field merge into one undo step).
    QString changedField() const;
    // Takes the current values as the ones the form opened with.
    void markClean();
    QFormLayout *formLayout() const { return m_form; }
    // The first field whose check fails (null when all pass).
    QWidget *firstInvalidField() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitMessages();
    struct Field
    {
        QWidget *widget;
        QLabel *message;
        Check check;
        QVariant initial;
    };
    static QVariant valueOf(QWidget *widget);
    QLabel *addMessage(QWidget *field);
    void addField(QWidget *widget, Check check);
    // Gives a field the keyboard focus; null: the first field that takes focus.
    void focusField(QWidget *field);

    QFormLayout *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<Field> m_fields;
    std::function<bool()> m_onAccept;
};

} // namespace praksis
