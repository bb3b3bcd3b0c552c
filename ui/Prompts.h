#pragma once

#include "Error.h"

#include <QString>

#include <functional>

class QWidget;

namespace praksis {

// Questions and messages to the person, in one place so tests can answer them without a modal dialog
// (ARCHITECTURE.md rule 9): set the hooks, and nothing blocks.
struct Prompts
{
    // Returns true to go ahead. Default: a QMessageBox with Yes/No (No is the default button).
    static inline std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirmHook;
    // Default: a warning QMessageBox.
    static inline std::function<void(QWidget *parent, const QString &title, const QString &text)> errorHook;

    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    static void error(QWidget *parent, const QString &title, const QString &text);
    static void error(QWidget *parent, const QString &title, const Error &error);
};

} // namespace praksis
