#include "widgets/RecordForm.h"

#include "Colors.h"
#include "model/Validation.h"

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
    setMinimumWidth(460);
}

QString RecordForm::plainLabel(const QString &label)
{
    return QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).simplified();
}

QLabel *RecordForm::addMessage(QWidget *field)
{
    auto *message = new QLabel(this);
    message->setObjectName(field->objectName() + QStringLiteral("Message"));
    message->setWordWrap(true);
    QPalette p = message->palette();
    p.setColor(QPalette::WindowText, Colors::errorText(p));
    message->setPalette(p);
    message->hide();
    m_form->addRow(QString(), message);
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
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_form->addRow(label, edit);
    // Every line first passes the rule for stored text (no control characters, no national identity number).
    const QString field = plainLabel(label);
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
    box->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
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
    spin->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
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
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    m_form->addRow(label, edit);
    const QString field = plainLabel(label);
    addField(edit, Check([edit, field] {
                 return Validation::storableText(edit->toPlainText(), field, Validation::Lines::Multiple);
             }));
    connect(edit, &QPlainTextEdit::textChanged, this, &RecordForm::revalidate);
    return edit;
}

void RecordForm::addWidget(const QString &label, QWidget *widget, Check check)
{
    if (widget->accessibleName().isEmpty() && !label.isEmpty())
        widget->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).simplified());
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
}

void RecordForm::submit()
{
    if (revalidate() && (!m_onAccept || m_onAccept()))
        accept();
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
        f.message->setText(error ? error->message : QString());
        f.message->setVisible(error.has_value());
        ok = ok && !error;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    return ok;
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
