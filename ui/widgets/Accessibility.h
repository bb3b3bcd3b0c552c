#pragma once

#include <QList>
#include <QString>

class QAbstractItemView;
class QLayout;
class QWidget;

namespace praksis::Accessibility {

// The accessible name of a field from the text of its label: "&First name:" → "First name".
QString nameFromLabel(const QString &label);

// Makes an item view friendly to the keyboard and screen readers: Tab and Backtab leave it (no Tab trap), and
// entering it with the keyboard makes a row current and selected (the first when none is) and tells the screen
// reader which cell has focus, so it reads something before an arrow is pressed.
void enterWithCurrentRow(QAbstractItemView *view);

// Puts widgets one after the other in the Tab order, skipping null ones.
void chainTabOrder(const QList<QWidget *> &widgets);

// Orders the Tab chain of the widgets in a layout (and its nested layouts) as the layout places them.
void tabInLayoutOrder(QLayout *layout);

// The first widget inside a container that Tab would reach (visible, enabled, taking Tab focus); null when none.
QWidget *firstInTabOrder(QWidget *container);

} // namespace praksis::Accessibility
