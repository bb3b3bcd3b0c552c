#include "pages/planner/PlannerGridAccessible.h"

#include "pages/planner/PlannerGrid.h"

#include <QPointer>
#include <QWindow>

namespace praksis {

namespace {

// A site row (placement = false) or a placement of the grid, known by its id; valid while the grid shows it.
class PlannerItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PlannerItemAccessible(PlannerGrid *grid, bool placement, qint64 id)
        : m_grid(grid)
        , m_placement(placement)
        , m_id(id)
    {}

    bool isValid() const override
    {
        if (!m_grid)
            return false;
        return m_placement ? m_grid->siteOfPlacement(m_id) != 0 : m_grid->hasSite(m_id);
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_grid ? m_grid->window()->windowHandle() : nullptr; }

    QAccessibleInterface *parent() const override
    {
        auto *g = gridInterface();
        if (!g || !m_placement)
            return g;
        return g->siteItem(m_grid->siteOfPlacement(m_id));
    }
    int childCount() const override { return m_placement || !m_grid ? 0 : int(m_grid->placementsOfSite(m_id).size()); }
    QAccessibleInterface *child(int index) const override
    {
        if (m_placement || !m_grid)
            return nullptr;
        const QList<qint64> ids = m_grid->placementsOfSite(m_id);
        auto *g = gridInterface();
        return index >= 0 && index < ids.size() && g ? g->placementItem(ids[index]) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (m_placement || !m_grid || !child)
            return -1;
        for (int i = 0; i < childCount(); ++i)
            if (this->child(i) == child)
                return i;
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        if (m_placement || !m_grid)
            return nullptr;
        const QPoint pos = m_grid->viewport()->mapFromGlobal(QPoint(x, y));
        const qint64 id = m_grid->placementAt(pos);
        auto *g = gridInterface();
        return id && g && m_grid->siteOfPlacement(id) == m_id ? g->placementItem(id) : nullptr;
    }

    QString text(QAccessible::Text t) const override
    {
        if (!m_grid)
            return {};
        switch (t) {
        case QAccessible::Name:
            return m_placement ? m_grid->placementText(m_id) : m_grid->siteText(m_id);
        case QAccessible::Description:
            return m_placement ? m_grid->placementDetails(m_id) : m_grid->siteDetails(m_id);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!m_grid)
            return {};
        QRect r = m_placement ? m_grid->barRect(m_id) : m_grid->rowRect(m_id);
        r = r.intersected(m_grid->viewport()->rect());
        return r.isEmpty() ? QRect() : QRect(m_grid->viewport()->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override { return QAccessible::TreeItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!m_grid)
            return s;
        s.focusable = true;
        s.selectable = true;
        const bool current = m_placement ? m_grid->currentPlacement() == m_id
                                         : m_grid->currentPlacement() == 0 && m_grid->currentSite() == m_id;
        s.selected = current;
        s.focused = current && m_grid->hasFocus();
        s.active = current;
        if (!m_placement) {
            s.expandable = childCount() > 0;
            s.expanded = s.expandable;
        }
        s.offscreen = rect().isEmpty();
        s.invisible = !m_grid->isVisible();
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }

    QStringList actionNames() const override
    {
        if (m_placement)
            return {pressAction(), showMenuAction(), setFocusAction()};
        return {setFocusAction()};
    }
    void doAction(const QString &name) override
    {
        if (!m_grid || !isValid())
            return;
        if (name == setFocusAction() || name == pressAction() || name == showMenuAction()) {
            if (m_placement)
                m_grid->setCurrentPlacement(m_id);
            m_grid->setFocus(Qt::OtherFocusReason);
        }
        if (name == pressAction())
            emit m_grid->placementActivated(m_id);
        else if (name == showMenuAction())
            emit m_grid->placementMenuRequested(m_id,
                                                m_grid->viewport()->mapToGlobal(m_grid->barRect(m_id).bottomLeft()));
    }
    QStringList keyBindingsForAction(const QString &name) const override
    {
        if (name == pressAction())
            return {QStringLiteral("Return")};
        if (name == showMenuAction())
            return {QStringLiteral("Menu")};
        return {};
    }

private:
    PlannerGridAccessible *gridInterface() const
    {
        return m_grid ? dynamic_cast<PlannerGridAccessible *>(QAccessible::queryAccessibleInterface(m_grid.data()))
                      : nullptr;
    }

    QPointer<PlannerGrid> m_grid;
    bool m_placement;
    qint64 m_id;
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("praksis::PlannerGrid"))
        if (auto *grid = qobject_cast<PlannerGrid *>(object))
            return new PlannerGridAccessible(grid);
    return nullptr;
}

PlannerGridAccessible *interfaceOf(PlannerGrid *grid)
{
    // only when a screen reader (or a test) listens: no interfaces are made otherwise
    if (!QAccessible::isActive())
        return nullptr;
    return dynamic_cast<PlannerGridAccessible *>(QAccessible::queryAccessibleInterface(grid));
}

void send(QAccessibleInterface *iface, QAccessible::Event type)
{
    if (!iface)
        return;
    QAccessibleEvent event(iface, type);
    QAccessible::updateAccessibility(&event);
}

} // namespace

PlannerGridAccessible::PlannerGridAccessible(PlannerGrid *grid)
    : QAccessibleWidget(grid, QAccessible::Tree)
{}

PlannerGridAccessible::~PlannerGridAccessible()
{
    for (QAccessible::Id id : std::as_const(m_sites))
        QAccessible::deleteAccessibleInterface(id);
    for (QAccessible::Id id : std::as_const(m_placements))
        QAccessible::deleteAccessibleInterface(id);
}

void PlannerGridAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&factory);
        return true;
    }();
    Q_UNUSED(installed);
}

PlannerGrid *PlannerGridAccessible::grid() const
{
    return static_cast<PlannerGrid *>(widget());
}

QAccessibleInterface *PlannerGridAccessible::item(bool placement, qint64 id) const
{
    if (!id)
        return nullptr;
    QHash<qint64, QAccessible::Id> &cache = placement ? m_placements : m_sites;
    if (const auto it = cache.constFind(id); it != cache.cend())
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(*it))
            return iface->isValid() ? iface : nullptr;
    auto *iface = new PlannerItemAccessible(grid(), placement, id);
    if (!iface->isValid()) {
        delete iface;
        return nullptr;
    }
    cache.insert(id, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

QAccessibleInterface *PlannerGridAccessible::siteItem(qint64 siteId) const
{
    return item(false, siteId);
}

QAccessibleInterface *PlannerGridAccessible::placementItem(qint64 placementId) const
{
    return item(true, placementId);
}

QAccessibleInterface *PlannerGridAccessible::currentItem() const
{
    if (const qint64 p = grid()->currentPlacement())
        return placementItem(p);
    return siteItem(grid()->currentSite());
}

void PlannerGridAccessible::purge()
{
    for (auto *cache : {&m_sites, &m_placements})
        for (auto it = cache->begin(); it != cache->end();) {
            QAccessibleInterface *iface = QAccessible::accessibleInterface(*it);
            if (iface && iface->isValid()) {
                ++it;
                continue;
            }
            if (iface)
                QAccessible::deleteAccessibleInterface(*it);
            it = cache->erase(it);
        }
}

QAccessible::Role PlannerGridAccessible::role() const
{
    return QAccessible::Tree;
}

QString PlannerGridAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Description && widget()->accessibleDescription().isEmpty())
        return PlannerGrid::tr("Up and Down choose a site, Left and Right a placement in it; Enter opens the "
                               "placement, Delete removes it, Alt with an arrow moves it.");
    return QAccessibleWidget::text(t);
}

int PlannerGridAccessible::childCount() const
{
    return int(grid()->siteIds().size());
}

QAccessibleInterface *PlannerGridAccessible::child(int index) const
{
    const QList<qint64> ids = grid()->siteIds();
    return index >= 0 && index < ids.size() ? siteItem(ids[index]) : nullptr;
}

int PlannerGridAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child)
        return -1;
    const QList<qint64> ids = grid()->siteIds();
    for (int i = 0; i < ids.size(); ++i)
        if (const auto it = m_sites.constFind(ids[i]); it != m_sites.cend())
            if (QAccessible::accessibleInterface(*it) == child)
                return i;
    return -1;
}

QAccessibleInterface *PlannerGridAccessible::childAt(int x, int y) const
{
    const QPoint pos = grid()->viewport()->mapFromGlobal(QPoint(x, y));
    if (const qint64 p = grid()->placementAt(pos))
        return siteItem(grid()->siteOfPlacement(p)); // the direct child; its childAt gives the placement
    return siteItem(grid()->siteAt(pos));
}

QAccessibleInterface *PlannerGridAccessible::focusChild() const
{
    return grid()->hasFocus() ? currentItem() : nullptr;
}

void PlannerGridAccessible::currentChanged(PlannerGrid *grid)
{
    PlannerGridAccessible *g = interfaceOf(grid);
    if (!g)
        return;
    QAccessibleInterface *current = g->currentItem();
    send(current, QAccessible::Selection);
    if (grid->hasFocus())
        send(current ? current : g, QAccessible::Focus);
}

void PlannerGridAccessible::boardChanged(PlannerGrid *grid, qint64 previousCurrent, const QString &previousText)
{
    PlannerGridAccessible *g = interfaceOf(grid);
    if (!g)
        return;
    // the rows and placements may have changed: the tree is read anew
    send(g, QAccessible::ObjectReorder);
    if (previousCurrent && grid->currentPlacement() == previousCurrent) {
        // moved or changed: its new name is read
        if (grid->placementText(previousCurrent) != previousText) {
            QAccessibleInterface *item = g->placementItem(previousCurrent);
            send(item, QAccessible::NameChanged);
            if (grid->hasFocus())
                send(item, QAccessible::Focus);
        }
    } else if (previousCurrent) {
        // gone (removed, or moved out of this period): the focus goes to its site row, or the grid
        currentChanged(grid);
    }
    g->purge();
}

} // namespace praksis
