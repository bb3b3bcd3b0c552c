#include "Prompts.h"

#include <QMessageBox>

namespace praksis {

bool Prompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (confirmHook)
        return confirmHook(parent, title, text);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void Prompts::error(QWidget *parent, const QString &title, const QString &text)
{
    if (errorHook) {
        errorHook(parent, title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Prompts::error(QWidget *parent, const QString &title, const Error &e)
{
    error(parent, title, e.toString());
}

} // namespace praksis
