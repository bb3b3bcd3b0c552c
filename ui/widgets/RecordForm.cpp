#include "widgets/RecordForm.h"

#include "Colors.h"
#include "model/Validation.h"
#include "widgets/Accessibility.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace praksis {

RecordForm::RecordForm(const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recordForm"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordForm::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560); // room for a message of one line under most fields
}

QLabel *RecordForm::addMessage(QWidget *field)
{
    // The message sits in a room that keeps the height of one line while there is none, so the fields below do
    // not jump when one appears; a longer message wraps and the form grows (revalidate).
    auto *room = new QWidget(this);
    room->setObjectName(field->objectName() + QStringLiteral("MessageRoom"));
    room->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // as wide as the field above it
    auto *roomLayout = new QVBoxLayout(room);
    roomLayout->setContentsMargins(0, 0, 0, 0);
    auto *message = new QLabel(room);
    message->setObjectName(field->objectName() + QStringLiteral("Message"));
    message->setWordWrap(true);
    QPalette p = message->palette();
    p.setColor(QPalette::WindowText, Colors::errorText(p));
    message->setPalette(p);
    message->hide();
    roomLayout->addWidget(message);
    room->setMinimumHeight(message->fontMetrics().lineSpacing());
    m_form->addRow(QString(), room);
    return message;
}

void RecordForm::addField(QWidget *widget, Check check)
{
    QLabel *message = check ? addMessage(widget) : nullptr;
    m_fields.append({widget, message, std::move(check), valueOf(widget)});
}

QLineEdit *RecordForm::addLine(const QString &name, const QString &label, const QString &value, TextCheck check)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(name);
    edit->setAccessibleName(Accessibility::nameFromLabel(label));
    m_form->addRow(label, edit);
    // Every line first passes the rule for stored text (no control characters, no national identity number).
    const QString field = Accessibility::nameFromLabel(label);
    addField(edit, Check([edit, check, field]() -> std::optional<Error> {
                 if (auto e = Validation::storableText(edit->text(), field, Validation::Lines::Single))
                     return e;
                 return check ? check(edit->text()) : std::nullopt;
             }));
    connect(edit, &QLineEdit::textChanged, this, &RecordForm::revalidate);
    return edit;
}

QComboBox *RecordForm::addCombo(const QString &name, const QString &label, const QList<QPair<QString, QVariant>> &items,
                                const QVariant &current, ChoiceCheck check)
{
    auto *box = new QComboBox(this);
    box->setObjectName(name);
    box->setAccessibleName(Accessibility::nameFromLabel(label));
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    m_form->addRow(label, box);
    addField(box, check ? Check([box, check] { return check(box->currentData()); }) : Check());
    connect(box, &QComboBox::currentIndexChanged, this, &RecordForm::revalidate);
    return box;
}

QSpinBox *RecordForm::addSpin(const QString &name, const QString &label, int value, int minimum, int maximum)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(name);
    spin->setAccessibleName(Accessibility::nameFromLabel(label));
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    m_form->addRow(label, spin);
    addField(spin, {});
    connect(spin, &QSpinBox::valueChanged, this, &RecordForm::revalidate);
    return spin;
}

QCheckBox *RecordForm::addCheck(const QString &name, const QString &label, bool checked)
{
    auto *box = new QCheckBox(label, this);
    box->setObjectName(name);
    box->setChecked(checked);
    m_form->addRow(QString(), box);
    addField(box, {});
    connect(box, &QCheckBox::toggled, this, &RecordForm::revalidate);
    return box;
}

QPlainTextEdit *RecordForm::addText(const QString &name, const QString &label, const QString &value)
{
    auto *edit = new QPlainTextEdit(value, this);
    edit->setObjectName(name);
    edit->setAccessibleName(Accessibility::nameFromLabel(label));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    m_form->addRow(label, edit);
    const QString field = Accessibility::nameFromLabel(label);
    addField(edit, Check([edit, field] {
                 return Validation::storableText(edit->toPlainText(), field, Validation::Lines::Multiple);
             }));
    connect(edit, &QPlainTextEdit::textChanged, this, &RecordForm::revalidate);
    return edit;
}

void RecordForm::addWidget(const QString &label, QWidget *widget, Check check)
{
    if (widget->accessibleName().isEmpty() && !label.isEmpty())
        widget->setAccessibleName(Accessibility::nameFromLabel(label));
    if (label.isEmpty())
        m_form->addRow(widget);
    else
        m_form->addRow(label, widget);
    addField(widget, std::move(check));
}

void RecordForm::openWith(std::function<bool()> onAccepted)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setAcceptHandler(std::move(onAccepted));
    revalidate();
    markClean();
    open();
    // the first field, not the first button (OK may be disabled until the form is valid)
    focusField(nullptr);
}

void RecordForm::submit()
{
    if (!revalidate()) {
        focusField(firstInvalidField());
        return;
    }
    if (!m_onAccept || m_onAccept())
        accept();
    else if (QWidget *bad = firstInvalidField()) // core refused: its message is shown; back to what to mend
        focusField(bad);
}

QWidget *RecordForm::firstInvalidField() const
{
    for (const Field &f : m_fields)
        if (f.check && f.check())
            return f.widget;
    return nullptr;
}

void RecordForm::focusField(QWidget *field)
{
    if (!field) {
        for (const Field &f : std::as_const(m_fields))
            if (f.widget->isEnabled() && (f.widget->focusPolicy() & Qt::TabFocus)) {
                field = f.widget;
                break;
            }
        if (!field && !m_fields.isEmpty())
            field = m_fields.first().widget;
    }
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

QVariant RecordForm::valueOf(QWidget *w)
{
    if (auto *e = qobject_cast<QLineEdit *>(w))
        return e->text();
    if (auto *c = qobject_cast<QComboBox *>(w))
        return c->currentData();
    if (auto *s = qobject_cast<QSpinBox *>(w))
        return s->value();
    if (auto *b = qobject_cast<QCheckBox *>(w))
        return b->isChecked();
    if (auto *t = qobject_cast<QPlainTextEdit *>(w))
        return t->toPlainText();
    return {};
}

void RecordForm::markClean()
{
    for (Field &f : m_fields)
        f.initial = valueOf(f.widget);
}

QString RecordForm::changedField() const
{
    QString changed;
    for (const Field &f : m_fields) {
        if (valueOf(f.widget) == f.initial)
            continue;
        if (!changed.isEmpty())
            return {};
        changed = f.widget->objectName();
    }
    return changed;
}

bool RecordForm::revalidate()
{
    bool ok = true;
    for (const Field &f : std::as_const(m_fields)) {
        if (!f.check)
            continue;
        const std::optional<Error> error = f.check();
        const QString text = error ? error->message : QString();
        f.message->setText(text);
        f.message->setVisible(error.has_value());
        // the message is read with the field; a screen reader announces the change of the focused field's
        // description (Qt sends DescriptionChanged)
        if (f.widget->accessibleDescription() != text)
            f.widget->setAccessibleDescription(text);
        ok = ok && !error;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    fitMessages();
    // A message longer than one line wraps: the form grows to show all of it rather than clip it.
    if (layout() && isVisible()) {
        layout()->activate();
        if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
            resize(width(), needed);
    }
    return ok;
}

void RecordForm::fitMessages()
{
    // A wrapped label's own size hint guesses its width; here the width is known (the field's), so each message
    // is exactly as tall as its lines at that width, and its room never less than one line.
    for (const Field &f : std::as_const(m_fields)) {
        if (!f.message)
            continue;
        const int width = f.message->parentWidget()->width();
        const int line = f.message->fontMetrics().lineSpacing();
        f.message->setFixedHeight(
            f.message->text().isEmpty() || width <= 0 ? line : qMax(line, f.message->heightForWidth(width)));
    }
}

void RecordForm::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitMessages();
}

QString RecordForm::firstError() const
{
    for (const Field &f : m_fields)
        if (f.check)
            if (auto e = f.check())
                return e->message;
    return {};
}

} // namespace praksis
