#include "widgets/RegisterPage.h"

#include "Icons.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "commands/PlanCommand.h"
#include "model/Validation.h"
#include "models/SqlTableModel.h"
#include "storage/Listings.h"
#include "widgets/Accessibility.h"
#include "widgets/FlowLayout.h"
#include "widgets/RecordForm.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace praksis {

RegisterPage::RegisterPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    // The filters; the search field is the main window's (one per window, Ctrl+F), which calls setSearchText.
    m_filterWidget = new QWidget(this);
    m_filterWidget->setObjectName(QStringLiteral("filterBar"));
    m_filterBar = new FlowLayout(m_filterWidget, 18);
    m_filterWidget->hide(); // until a filter is added
    layout->addWidget(m_filterWidget);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setAccessibleName(tr("Records"));
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    Accessibility::enterWithCurrentRow(m_table);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_buttonBar = buttons;
    m_new = new QPushButton(themedIcon(QStringLiteral("plus")), tr("&New…"), this);
    m_new->setObjectName(QStringLiteral("newButton"));
    m_edit = new QPushButton(themedIcon(QStringLiteral("pencil")), tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete = new QPushButton(themedIcon(QStringLiteral("trash-2")), tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->setSearchText(m_searchText);
    });
    connect(m_new, &QAbstractButton::clicked, this, &RegisterPage::newRecord);
    connect(m_edit, &QAbstractButton::clicked, this, &RegisterPage::editCurrent);
    connect(m_delete, &QAbstractButton::clicked, this, &RegisterPage::deleteCurrent);
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (const qint64 id = currentId())
            openRecord(id);
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &RegisterPage::deleteCurrent);
}

void RegisterPage::setModel(SqlTableModel *model, int sortColumn)
{
    m_model = model;
    // The page's filters and sort order first: the model queries once, when the view first asks for rows.
    applyFilters();
    model->sort(sortColumn, Qt::AscendingOrder);
    m_table->setModel(model);
    m_table->sortByColumn(sortColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Sized from the header and the first rows only: resizeColumnsToContents would read every row. A column of
    // a vocabulary (status, kind) fits its every word, whatever the first rows hold ("Bekreftet" whole).
    const QFontMetrics fm = m_table->fontMetrics();
    for (int c = 0; c < model->columnCount(); ++c) {
        int width = fm.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + 40;
        for (int r = 0; r < qMin(50, model->rowCount()); ++r)
            width = qMax(width, fm.horizontalAdvance(model->index(r, c).data().toString()) + 40);
        const int decoration = model->hasDecoration(c) ? m_table->iconSize().width() + 8 : 0;
        for (const QString &word : model->vocabulary(c))
            width = qMax(width, fm.horizontalAdvance(word) + 40 + decoration);
        m_table->setColumnWidth(c, qMin(width, 320));
    }
    connect(model, &SqlTableModel::countsChanged, this, &RegisterPage::updateCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RegisterPage::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RegisterPage::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &RegisterPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegisterPage::updateButtons);
    updateButtons();
}

QComboBox *RegisterPage::addFilter(const QString &name, const QString &label)
{
    // label and box stay together when the bar wraps
    auto *pair = new QWidget(m_filterWidget);
    auto *row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(label, pair);
    auto *box = new QComboBox(pair);
    box->setObjectName(name);
    box->setAccessibleName(Accessibility::nameFromLabel(label));
    // Long names (sites with units) must not widen the window: the popup shows them whole; refill() makes the
    // box wide enough for its "All …" choice.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    box->setProperty("registerFilter", true);
    box->view()->setMinimumWidth(320);
    text->setBuddy(box);
    row->addWidget(text);
    row->addWidget(box);
    m_filterBar->addWidget(pair);
    m_filterWidget->show();
    connect(box, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    return box;
}

void RegisterPage::addButton(QWidget *button, Needs needs, const QString &whyDisabled)
{
    m_buttonBar->insertWidget(m_buttonBar->count() - 1, button);
    if (needs == Needs::ChosenRecord) {
        m_recordButtons.append(button);
        if (!whyDisabled.isEmpty())
            m_whyDisabled.insert(button, whyDisabled);
        updateButtons();
    }
}

void RegisterPage::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_searchTimer->start();
}

void RegisterPage::pageShown()
{
    if (m_model)
        m_model->setHeld(false);
    updateCount();
}

void RegisterPage::pageHidden()
{
    if (m_model)
        m_model->setHeld(true);
}

void RegisterPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // the table has no label of its own: name it after the page ("Students"), which the main window names
    if (!accessibleName().isEmpty())
        m_table->setAccessibleName(tr("%1 table").arg(accessibleName()));
    // Tab as the page reads: the filter bar left to right, the table, the buttons (not the order of creation,
    // which puts the filters a subclass adds last)
    Accessibility::tabInLayoutOrder(layout());
    updateCount();
}

qint64 RegisterPage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_model ? m_model->idAt(current.row()) : 0;
}

void RegisterPage::selectId(qint64 id)
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void RegisterPage::editCurrent()
{
    if (const qint64 id = currentId())
        editRecord(id);
}

void RegisterPage::deleteCurrent()
{
    if (const qint64 id = currentId())
        deleteRecord(id);
}

void RegisterPage::showForm(RecordForm *form, std::function<bool()> onAccepted)
{
    form->openWith(std::move(onAccepted));
}

bool RegisterPage::run(PlanCommand *command)
{
    auto r = m_session.run(command);
    if (!r) {
        Prompts::error(this, tr("The change was not made"), r.error());
        return false;
    }
    return true;
}

bool RegisterPage::confirmRemoval(const QString &what, const Result<Dependents> &dependents)
{
    if (!dependents) {
        Prompts::error(this, tr("Not deleted"), dependents.error());
        return false;
    }
    const Dependents &d = dependents.value();
    if (d.hasBlockingRecords()) {
        Prompts::error(
            this, tr("Not deleted"),
            tr("%1 cannot be deleted while these depend on it: %2. Remove or move them first.").arg(what, d.text()));
        return false;
    }
    const QString question = d.isEmpty()
                                 ? tr("Delete %1?").arg(what)
                                 : tr("Delete %1? These go with it: %2. You can undo this.").arg(what, d.text());
    return Prompts::confirm(this, tr("Delete"), question);
}

QList<QPair<QString, QVariant>> RegisterPage::choices(const QString &sql, const QVariantList &bindings,
                                                      const QString &all) const
{
    QList<QPair<QString, QVariant>> list;
    if (!all.isEmpty())
        list.append({all, qint64(0)});
    auto q = m_session.plan().exec(sql, bindings);
    if (!q)
        return list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1)});
    return list;
}

void RegisterPage::refill(QComboBox *box, const QList<QPair<QString, QVariant>> &items)
{
    const QVariant current = box->currentData();
    const QSignalBlocker blocker(box);
    box->clear();
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    if (box->property("registerFilter").toBool()) {
        // wide enough for the "All …" choice and most names (up to 30 characters); the popup shows all whole
        qsizetype longest = 0;
        for (const auto &item : items)
            longest = qMax(longest, item.first.size());
        box->setMinimumContentsLength(int(qBound(qsizetype(12), longest + 1, qsizetype(30))));
    }
}

QString RegisterPage::siteChoicesSql()
{
    return Listings::siteChoicesSql();
}

std::optional<Error> RegisterPage::optionalDate(const QString &text, const QString &field)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    auto d = Validation::parseDateField(text, field);
    return d ? std::nullopt : std::optional<Error>(d.error());
}

void RegisterPage::updateCount()
{
    if (!m_model || !isVisible())
        return;
    m_session.setPageStatus(countText(m_model->rowCount(), m_model->totalCount()));
    updateButtons();
}

void RegisterPage::updateButtons()
{
    const bool has = currentId() != 0;
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
    for (QWidget *b : std::as_const(m_recordButtons)) {
        b->setEnabled(has);
        if (const QString why = m_whyDisabled.value(b); !why.isEmpty()) {
            b->setToolTip(has ? QString() : why);
            b->setAccessibleDescription(has ? QString() : why);
        }
    }
}

} // namespace praksis
