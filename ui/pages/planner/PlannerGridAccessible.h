#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace praksis {

class PlannerGrid;

// The planner timeline as a screen reader sees it: a tree whose items are the site rows (top to bottom, named
// with their capacity and the weeks they are over it), each holding its placements (left to right, named
// "Anna Hussain, Kilden sykehjem / Demensavdeling, week 43–49, planned, locked, conflict: …", with the dates and
// the supervisor as description, and the actions open, context menu and focus). The current placement (or site
// row) is the focused and selected item: the grid reports a focus and a selection event when it changes, a name
// change when the current placement moved, and the focus going to the site row when it went away.
class PlannerGridAccessible : public QAccessibleWidget
{
public:
    explicit PlannerGridAccessible(PlannerGrid *grid);
    ~PlannerGridAccessible() override;

    // Installs the factory that gives every PlannerGrid this interface (once per process).
    static void install();
    // Called by the grid: the current placement or site row changed.
    static void currentChanged(PlannerGrid *grid);
    // Called by the grid after a new board: the placement current before and its text then.
    static void boardChanged(PlannerGrid *grid, qint64 previousCurrent, const QString &previousText);

    PlannerGrid *grid() const;
    QAccessibleInterface *siteItem(qint64 siteId) const;
    QAccessibleInterface *placementItem(qint64 placementId) const;
    // The item of the current placement, else of the current site row; null when neither.
    QAccessibleInterface *currentItem() const;

    QAccessible::Role role() const override;
    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    QAccessibleInterface *item(bool placement, qint64 id) const;
    // Forgets the items of sites and placements no longer shown.
    void purge();

    mutable QHash<qint64, QAccessible::Id> m_sites;
    mutable QHash<qint64, QAccessible::Id> m_placements;
};

} // namespace praksis
