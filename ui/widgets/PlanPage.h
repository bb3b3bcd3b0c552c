#pragma once

#include <QString>

#include <utility>

namespace praksis {

// What the main window asks of a page (instead of looking its methods up by name). The main window makes a page the
// first time it is shown and tells it when it comes into view and when another page takes its place. While a page
// is out of view, a change of the plan only marks it stale: it reads the plan again once, when it is shown again.
// A page made on its own (a test's) counts as in view.
class PlanPage
{
public:
    virtual ~PlanPage() = default;

    // The main window's search field ("Search this page"); a page without a search ignores it.
    virtual void setSearchText(const QString &text) { (void)text; }

    // Called by the main window: the page came into view (true) or went out of it (false).
    void setInView(bool inView)
    {
        if (inView == m_inView)
            return;
        m_inView = inView;
        if (inView)
            pageShown();
        else
            pageHidden();
    }
    bool isInView() const { return m_inView; }

protected:
    // The page came into view: a stale page brings itself up to date here (takeStale()).
    virtual void pageShown() {}
    // The page went out of view.
    virtual void pageHidden() {}

    // For a page's reaction to a change of the plan: true when it should act on it now, false when the page is out
    // of view (it is then marked stale instead).
    bool actNowOrMarkStale()
    {
        if (!m_inView)
            m_stale = true;
        return m_inView;
    }
    // Whether a change came while the page was out of view; clears the mark.
    bool takeStale() { return std::exchange(m_stale, false); }

private:
    bool m_inView = true;
    bool m_stale = false;
};

} // namespace praksis
