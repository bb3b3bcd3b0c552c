#include "dialogs/ChecklistDialog.h"

#include "widgets/Accessibility.h"

#include "PlanSession.h"
#include "Prompts.h"
#include "commands/ChecklistCommands.h"
#include "documents/WelcomeLetter.h"
#include "storage/ChangeLog.h"
#include "storage/PlanSettings.h"
#include "welcome/Checklists.h"
#include "widgets/CoalescedCall.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace praksis {

namespace {

constexpr int ItemIdRole = Qt::UserRole + 1;

// The task column wraps: a row is as high as its task's text needs at the column's width. (QTreeView asks the
// delegate for a row's height without the column's width, so word wrap alone never makes a row higher.)
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o(option);
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        int width = m_view->header()->sectionSize(index.column()) - depth * m_view->indentation();
        if (index.flags() & Qt::ItemIsUserCheckable)
            width -= m_view->style()->pixelMetric(QStyle::PM_IndicatorWidth, &option, m_view) +
                     2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, m_view);
        // the style wraps at the rect's width only when the rect is valid (the view passes an empty one)
        o.rect = QRect(o.rect.topLeft(), QSize(qMax(width, 40), qMax(o.rect.height(), 1)));
        return QStyledItemDelegate::sizeHint(o, index);
    }

private:
    QTreeView *m_view;
};

} // namespace

ChecklistDialog::ChecklistDialog(PlanSession &session, qint64 placementId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_placementId(placementId)
    , m_reload(new CoalescedCall([this] { reload(); }, this))
{
    setObjectName(QStringLiteral("checklistDialog"));
    resize(820, 640);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Task"), tr("Responsible"), tr("Due"), tr("Done")});
    // the task takes the room; who ticked and when is as wide as it needs (empty until ticked)
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // long tasks wrap: the rows' heights follow the task column's width (QTreeView measures them only when it lays
    // its items out, not when a column is resized)
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setItemDelegateForColumn(0, new WrappingDelegate(m_tree));
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this](int column, int, int) {
        if (column == 0)
            QMetaObject::invokeMethod(m_tree, &QTreeView::doItemsLayout, Qt::QueuedConnection);
    });
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Checklist"));
    Accessibility::enterWithCurrentRow(m_tree);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = buttons->addButton(tr("Print preview…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("printPreviewButton"));
    auto *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(preview, &QPushButton::clicked, this, &ChecklistDialog::printPreview);
    connect(pdf, &QPushButton::clicked, this, &ChecklistDialog::saveAsPdf);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ChecklistDialog::onItemChanged);
    connect(&m_session, &PlanSession::changed, this, &ChecklistDialog::onPlanChanged);
    // The plan this dialog shows is going away (another plan is opened, or the program closes).
    connect(&m_session, &PlanSession::planAboutToClose, this, &QDialog::close);
    reload();
}

ChecklistDialog *ChecklistDialog::showForPlacement(PlanSession &session, qint64 placementId, QWidget *parent)
{
    if (auto made = Checklists::create(session.plan(), {placementId}); !made)
        Prompts::error(parent, tr("Checklist"), made.error());
    auto *dialog = new ChecklistDialog(session, placementId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ChecklistDialog::reload()
{
    m_loading = true;
    m_tree->clear();
    PlanFile &plan = m_session.plan();
    QString title;
    if (auto owner = Checklists::owner(plan, m_placementId)) {
        title = owner->student + QStringLiteral(" – ") + owner->site;
        m_student = owner->student;
        m_start = owner->start;
        setWindowTitle(tr("Checklist – %1").arg(owner->student));
    }
    const QString language = PlanSettings(plan).value(PlanSettings::documentLanguage);
    const QDate today = QDate::currentDate();
    auto items = Checklists::forPlacement(plan, m_placementId);
    int late = 0;
    int done = 0;
    if (items) {
        QTreeWidgetItem *section = nullptr;
        int sectionPos = -1;
        for (const ChecklistItem &it : items.value()) {
            if (!section || it.sectionPos != sectionPos) {
                section = new QTreeWidgetItem(m_tree, {it.section.in(language)});
                QFont f = section->font(0);
                f.setBold(true);
                section->setFont(0, f);
                section->setFlags(Qt::ItemIsEnabled);
                section->setExpanded(true);
                sectionPos = it.sectionPos;
            }
            auto *row = new QTreeWidgetItem(section);
            row->setText(0, it.text.in(language));
            row->setToolTip(0, it.text.in(language));
            row->setText(1, label(it.role));
            row->setText(2, it.dueDate.toString(QStringLiteral("dd.MM.yyyy")));
            if (it.done()) {
                ++done;
                row->setText(3, tr("%1, %2").arg(it.doneBy, it.doneAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
            }
            row->setData(0, ItemIdRole, it.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            row->setCheckState(0, it.done() ? Qt::Checked : Qt::Unchecked);
            if (it.overdue(today)) {
                ++late;
                row->setForeground(2, QColor(0xb0, 0x1c, 0x1c));
                QFont f = row->font(2);
                f.setBold(true);
                row->setFont(2, f);
                row->setToolTip(2, tr("Overdue: due %1 and not done.").arg(row->text(2)));
                row->setData(2, Qt::AccessibleDescriptionRole, tr("overdue"));
            }
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    const int total = items ? int(items->size()) : 0;
    m_summary->setText(tr("%1\n%2 of %3 done, %4 overdue.").arg(title).arg(done).arg(total).arg(late));
    m_loading = false;
}

void ChecklistDialog::scheduleReload()
{
    m_reload->request();
}

void ChecklistDialog::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_loading || column != 0 || !item->data(0, ItemIdRole).isValid())
        return;
    const bool tick = item->checkState(0) == Qt::Checked;
    const qint64 id = item->data(0, ItemIdRole).toLongLong();
    const QString text = tick ? tr("Tick off “%1”").arg(item->text(0)) : tr("Clear “%1”").arg(item->text(0));
    if (auto r = m_session.run(new TickChecklistItemCommand(m_session.plan(), id, tick, ChangeLog::userName(), text));
        !r) {
        Prompts::error(this, windowTitle(), r.error());
        scheduleReload();
    }
}

void ChecklistDialog::onPlanChanged(const Change &change)
{
    if (change.entity == Entity::All || change.entity == Entity::Placement ||
        (change.entity == Entity::Checklist && (change.ids.isEmpty() || change.ids.contains(m_placementId))))
        scheduleReload();
}

void ChecklistDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("checklistPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        if (auto r = WelcomeLetter::render(m_session.plan(), {m_placementId}, p); !r)
            Prompts::error(this, windowTitle(), r.error());
    });
    preview.exec();
}

void ChecklistDialog::saveAsPdf()
{
    // "Velkomstbrev Kari Nordmann 2027-03-29.pdf": the student and the first day, without what a file name can't hold
    QString name = tr("Welcome letter %1 %2").arg(m_student, m_start.toString(Qt::ISODate)).simplified();
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(name + QStringLiteral(".pdf"));
    const QString path =
        saveFileHook ? saveFileHook(suggested)
                     : QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = WelcomeLetter::writePdf(m_session.plan(), {m_placementId}, path); !r)
        Prompts::error(this, windowTitle(), r.error());
}

} // namespace praksis
