#include "pages/planner/PlanPreviewDialog.h"

#include "widgets/Accessibility.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace praksis {

namespace {

class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, int value)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toInt() < other.data(Qt::UserRole).toInt();
    }
};

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    Accessibility::enterWithCurrentRow(t);
    return t;
}

} // namespace

PlanPreviewDialog::PlanPreviewDialog(const PlannerInput &input, const PlannerResult &result, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("planPreview"));
    setWindowTitle(tr("Automatic plan for %1").arg(input.periodName));
    QHash<qint64, QString> students, sites, supervisors;
    for (const auto &s : input.students)
        students.insert(s.id, s.name);
    for (const auto &s : input.sites)
        sites.insert(s.id, s.name);
    for (const auto &v : input.supervisors)
        supervisors.insert(v.id, v.name);

    auto *layout = new QVBoxLayout(this);
    const PlannerResult::Comparison &c = result.comparison;
    int byChoice[4] = {0, 0, 0, 0};
    for (const auto &p : result.placed)
        ++byChoice[std::clamp(p.choice, 0, 3)];
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("previewSummary"));
    summary->setWordWrap(true);
    summary->setText(tr("%1 placed (%2 at their first choice, %3 at their second, %4 at their third, %5 elsewhere), "
                        "%6 left unplaced. Total cost %7.")
                         .arg(result.placed.size())
                         .arg(byChoice[1])
                         .arg(byChoice[2])
                         .arg(byChoice[3])
                         .arg(byChoice[0])
                         .arg(result.unplaced.size())
                         .arg(result.totalCost) +
                     QLatin1Char('\n') +
                     tr("Compared with the plan as it is: %1 new, %2 moved, %3 unchanged, %4 taken away. "
                        "%5 students keep the placement they have.")
                         .arg(c.added)
                         .arg(c.moved)
                         .arg(c.unchanged)
                         .arg(c.removed)
                         .arg(result.kept.size()));
    layout->addWidget(summary);

    auto *tabs = new QTabWidget(this);
    auto *placed = table({tr("Student"), tr("Site"), tr("Supervisor"), tr("Choice"), tr("Cost"), tr("Why")}, tabs);
    placed->setObjectName(QStringLiteral("previewPlaced"));
    placed->setRowCount(int(result.placed.size()));
    for (int r = 0; r < result.placed.size(); ++r) {
        const auto &p = result.placed[r];
        placed->setItem(r, 0, new QTableWidgetItem(students.value(p.studentId)));
        placed->setItem(r, 1, new QTableWidgetItem(sites.value(p.siteId)));
        placed->setItem(r, 2,
                        new QTableWidgetItem(p.supervisorId ? supervisors.value(p.supervisorId) : tr("None yet")));
        placed->setItem(r, 3, new NumberItem(p.choice ? QString::number(p.choice) : tr("–"), p.choice ? p.choice : 9));
        placed->setItem(r, 4, new NumberItem(QString::number(p.cost), p.cost));
        auto *why = new QTableWidgetItem(p.explanation);
        why->setToolTip(p.explanation);
        placed->setItem(r, 5, why);
    }
    auto *unplaced = table({tr("Student"), tr("Reason")}, tabs);
    unplaced->setObjectName(QStringLiteral("previewUnplaced"));
    unplaced->setRowCount(int(result.unplaced.size()));
    for (int r = 0; r < result.unplaced.size(); ++r) {
        unplaced->setItem(r, 0, new QTableWidgetItem(students.value(result.unplaced[r].studentId)));
        auto *reason = new QTableWidgetItem(result.unplaced[r].explanation);
        reason->setToolTip(result.unplaced[r].explanation);
        unplaced->setItem(r, 1, reason);
    }
    for (QTableWidget *t : {placed, unplaced}) {
        t->resizeColumnsToContents();
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
        t->setSortingEnabled(true);
        t->sortByColumn(0, Qt::AscendingOrder);
    }
    tabs->addTab(placed, tr("Placed (%1)").arg(result.placed.size()));
    tabs->addTab(unplaced, tr("Unplaced (%1)").arg(result.unplaced.size()));
    layout->addWidget(tabs, 1);

    // The reason is what a coordinator reads: in full, wrapped, for the row chosen (the cell has it as a tooltip)
    auto *detail = new QLabel(this);
    detail->setObjectName(QStringLiteral("previewDetail"));
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail->setMinimumHeight(detail->fontMetrics().lineSpacing() * 3);
    detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    detail->setFrameShape(QFrame::StyledPanel);
    detail->setMargin(6);
    layout->addWidget(detail);
    const auto showDetail = [detail](QTableWidget *t, int whyColumn) {
        const int row = t->currentRow();
        if (row < 0 || !t->item(row, 0) || !t->item(row, whyColumn)) {
            detail->setText(tr("Choose a row to read why in full."));
            return;
        }
        detail->setText(tr("%1: %2").arg(t->item(row, 0)->text(), t->item(row, whyColumn)->text()));
    };
    connect(placed, &QTableWidget::currentCellChanged, detail, [=] { showDetail(placed, 5); });
    connect(unplaced, &QTableWidget::currentCellChanged, detail, [=] { showDetail(unplaced, 1); });
    connect(tabs, &QTabWidget::currentChanged, detail,
            [=](int index) { index == 0 ? showDetail(placed, 5) : showDetail(unplaced, 1); });
    // the short columns take what they need; the reason gets the rest of the width
    for (int c = 0; c < 5; ++c)
        placed->setColumnWidth(c, std::min(placed->columnWidth(c), 220));
    unplaced->setColumnWidth(0, std::min(unplaced->columnWidth(0), 220));
    if (placed->rowCount() > 0)
        placed->setCurrentCell(0, 0);
    showDetail(placed, 5);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *apply = buttons->addButton(tr("&Apply plan"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyPlan"));
    apply->setEnabled(c.added + c.moved + c.removed > 0);
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(960, 620);
}

bool PlanPreviewDialog::ask()
{
    if (testHook)
        return testHook(*this);
    return exec() == QDialog::Accepted;
}

} // namespace praksis
