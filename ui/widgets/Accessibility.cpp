#include "widgets/Accessibility.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QFocusEvent>
#include <QItemSelectionModel>
#include <QLayout>
#include <QPointer>
#include <QTimer>

namespace praksis::Accessibility {

namespace {

// Tells the screen reader that the current cell of a view has focus (the view reports it only when the current
// index changes, not when the view is entered).
void announceCurrentCell(QAbstractItemView *view)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid() || !QAccessible::isActive())
        return;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QAccessibleTableInterface *table = iface ? iface->tableInterface() : nullptr;
    QAccessibleInterface *cell = table ? table->cellAt(current.row(), current.column()) : nullptr;
    if (!cell)
        return;
    QAccessibleEvent event(view, QAccessible::Focus);
    event.setChild(iface->indexOfChild(cell));
    QAccessible::updateAccessibility(&event);
}

class EnterWithCurrentRow : public QObject
{
public:
    explicit EnterWithCurrentRow(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_view || event->type() != QEvent::FocusIn)
            return false;
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::MouseFocusReason || reason == Qt::PopupFocusReason)
            return false;
        // after the view's own focus handling, which may choose the first index as current
        QTimer::singleShot(0, m_view, [view = QPointer<QAbstractItemView>(m_view)] {
            if (!view || !view->hasFocus() || !view->model() || !view->selectionModel())
                return;
            QModelIndex current = view->currentIndex();
            if (!current.isValid()) {
                current = view->model()->index(0, 0, view->rootIndex());
                if (!current.isValid())
                    return;
            }
            QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::ClearAndSelect;
            if (view->selectionBehavior() == QAbstractItemView::SelectRows)
                flags |= QItemSelectionModel::Rows;
            if (view->selectionMode() == QAbstractItemView::NoSelection)
                flags = QItemSelectionModel::NoUpdate;
            const bool changed = current != view->currentIndex();
            if (changed || !view->selectionModel()->isSelected(current))
                view->selectionModel()->setCurrentIndex(current, flags);
            if (!changed) // a changed current index is announced by the view itself
                announceCurrentCell(view);
        });
        return false;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

QString nameFromLabel(const QString &label)
{
    QString name = label;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return name.simplified();
}

void enterWithCurrentRow(QAbstractItemView *view)
{
    view->setTabKeyNavigation(false);
    view->installEventFilter(new EnterWithCurrentRow(view));
}

void chainTabOrder(const QList<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (!w)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

namespace {
void collectWidgets(QLayout *layout, QList<QWidget *> &out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *w = item->widget()) {
            if (w->focusPolicy() & Qt::TabFocus)
                out << w;
            else if (w->layout()) // a container: its own widgets in their order
                collectWidgets(w->layout(), out);
        } else if (QLayout *inner = item->layout()) {
            collectWidgets(inner, out);
        }
    }
}
} // namespace

void tabInLayoutOrder(QLayout *layout)
{
    if (!layout)
        return;
    QList<QWidget *> widgets;
    collectWidgets(layout, widgets);
    chainTabOrder(widgets);
}

QWidget *firstInTabOrder(QWidget *container)
{
    QWidget *w = container;
    for (int guard = 0; guard < 10000; ++guard) {
        w = w->nextInFocusChain();
        if (!w || w == container)
            return nullptr;
        if (container->isAncestorOf(w) && w->isVisibleTo(container->window()) && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            return w;
    }
    return nullptr;
}

} // namespace praksis::Accessibility
