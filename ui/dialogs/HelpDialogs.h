#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;
class QWidget;

namespace praksis {

// Help ▸ User guide: the pages of docs/ (shipped in the program's resources), a list of them on the left and the
// chosen one on the right; links between pages follow.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    // Shows a page by its file name ("desktop.md"); false when the guide has no such page.
    bool showPage(const QString &fileName);
    QString currentPage() const;

private:
    QListWidget *m_pages = nullptr;
    QTextBrowser *m_browser = nullptr;
};

// Help ▸ Keyboard shortcuts: every action of a window that has a shortcut, read from its actions (so the list
// can never disagree with the menus).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
};

} // namespace praksis
