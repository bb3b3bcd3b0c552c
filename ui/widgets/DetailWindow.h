#pragma once

#include <QString>

class QAbstractItemView;
class QDialog;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QUndoStack;
class QWidget;

namespace praksis::DetailWindow {

// What the windows of one record (a placement, a new hire) share.

// A read-only value beside its label, selectable with the mouse.
QLabel *value(const QString &objectName, QWidget *parent, bool wrap = false);
// A button of the window (not a default button: Enter in a table must not press it).
QPushButton *button(const QString &objectName, const QString &icon, const QString &text, QWidget *parent);
// A table of the window: rows selected whole, one at a time, read-only, alternating, reachable by keyboard; the
// columns sized to their contents, the last one stretched.
void setUpTable(QAbstractItemView *view);
// Undo and Redo buttons (with their shortcuts, which the main window's do not reach in a window of its own) on the
// left, Close on the right.
QHBoxLayout *bottomRow(QDialog *window, QUndoStack *stack);

} // namespace praksis::DetailWindow
