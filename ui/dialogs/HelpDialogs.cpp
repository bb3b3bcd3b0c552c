#include "dialogs/HelpDialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace praksis {

namespace {

const QString guideDir = QStringLiteral(":/praksis/docs/");

// The first heading of a page is its title in the list.
QString titleOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QFileInfo(path).baseName();
    const QString first = QString::fromUtf8(f.readLine()).trimmed();
    return first.startsWith(QLatin1Char('#')) ? first.mid(1).trimmed() : QFileInfo(path).baseName();
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("User guide"));
    resize(1000, 680);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    m_pages = new QListWidget(splitter);
    m_pages->setObjectName(QStringLiteral("guidePages"));
    m_pages->setAccessibleName(tr("Pages of the user guide"));
    m_browser = new QTextBrowser(splitter);
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setSearchPaths({guideDir});
    m_browser->setOpenExternalLinks(true);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 740});
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // the desktop guide first, then the rest by title; the developer page is not for coordinators
    QStringList files = QDir(guideDir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    files.removeAll(QStringLiteral("development.md"));
    files.removeAll(QStringLiteral("desktop.md"));
    files.prepend(QStringLiteral("desktop.md"));
    for (const QString &file : std::as_const(files)) {
        auto *item = new QListWidgetItem(titleOf(guideDir + file), m_pages);
        item->setData(Qt::UserRole, file);
    }
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_browser->setSource(QUrl(m_pages->item(row)->data(Qt::UserRole).toString()),
                                 QTextDocument::MarkdownResource);
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        const QString file = url.fileName();
        for (int i = 0; i < m_pages->count(); ++i)
            if (m_pages->item(i)->data(Qt::UserRole).toString() == file && m_pages->currentRow() != i) {
                const QSignalBlocker block(m_pages);
                m_pages->setCurrentRow(i);
            }
    });
    m_pages->setCurrentRow(0);
}

bool UserGuideDialog::showPage(const QString &fileName)
{
    for (int i = 0; i < m_pages->count(); ++i)
        if (m_pages->item(i)->data(Qt::UserRole).toString() == fileName) {
            m_pages->setCurrentRow(i);
            return true;
        }
    return false;
}

QString UserGuideDialog::currentPage() const
{
    return m_browser->source().fileName();
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(560, 600);
    auto *layout = new QVBoxLayout(this);
    auto *table = new QTableWidget(0, 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    QStringList seen;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QString text = a->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).remove(QStringLiteral("…")).remove(u'\t');
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        const QString row = text + keys.join(u',');
        if (seen.contains(row))
            continue;
        seen << row;
        const int r = table->rowCount();
        table->insertRow(r);
        table->setItem(r, 0, new QTableWidgetItem(text.trimmed()));
        table->setItem(r, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    }
    table->sortItems(0);
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace praksis
