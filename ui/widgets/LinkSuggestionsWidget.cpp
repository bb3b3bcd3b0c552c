#include "widgets/LinkSuggestionsWidget.h"

#include "widgets/Accessibility.h"

#include "Colors.h"
#include "PlanSession.h"
#include "commands/RecruitmentCommands.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace praksis {

using namespace Qt::StringLiterals;

LinkSuggestionsWidget::LinkSuggestionsWidget(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"linkSuggestions"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"linkIntro"_s);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"linkSuggestionList"_s);
    m_list->setAccessibleName(tr("Student records the new hires may have been"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("New hire"), tr("Student record"), tr("Why"), tr("Was a student")});
    m_list->header()->setStretchLastSection(true);
    // Space ticks the current row; Tab leaves the list
    Accessibility::enterWithCurrentRow(m_list);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_link = new QPushButton(tr("&Link the checked"), this);
    m_link->setObjectName(u"linkCheckedButton"_s);
    m_link->setToolTip(tr("Links each checked new hire to the student record in her row, in one step that Edit ▸ Undo "
                          "takes back. Only when you know it is her."));
    buttons->addWidget(m_link);
    m_status = new QLabel(this);
    m_status->setObjectName(u"linkStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemChanged, this, &LinkSuggestionsWidget::itemChanged);
    connect(m_link, &QPushButton::clicked, this, &LinkSuggestionsWidget::linkChecked);
    // Edit ▸ Undo / Redo of the links (or of the import) changes what is left to suggest
    connect(m_session.undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_preview)
            refresh();
    });
    updateButton();
}

void LinkSuggestionsWidget::setPreview(const ImportPreview &preview)
{
    m_preview = preview;
    refresh();
}

int LinkSuggestionsWidget::rowCount() const
{
    return m_list->topLevelItemCount();
}

void LinkSuggestionsWidget::refresh()
{
    m_filling = true;
    m_list->clear();
    m_status->clear();
    m_status->setPalette(palette());
    int hires = 0;
    if (m_preview) {
        auto found = Importer::linkSuggestions(m_session.plan(), *m_preview);
        if (!found) {
            QPalette p = palette();
            p.setColor(QPalette::WindowText, Colors::errorText(p));
            m_status->setPalette(p);
            m_status->setText(found.error().message);
        }
        for (const ImportLinkSuggestion &s : found ? found.value() : QList<ImportLinkSuggestion>()) {
            if (s.hireId == 0)
                continue; // not stored: nothing to link
            ++hires;
            for (const StudentCandidate &c : s.candidates) {
                auto *item = new QTreeWidgetItem(m_list);
                item->setText(HireColumn, s.hire);
                item->setText(StudentColumn, tr("%1 (%2, %3)").arg(c.name, c.studentNumber, c.school));
                item->setText(ReasonColumn, HireLink::reason(c));
                item->setText(HistoryColumn, c.history.isEmpty() ? tr("(no placement here)") : c.history);
                item->setData(HireColumn, HireIdRole, s.hireId);
                item->setData(HireColumn, StudentIdRole, c.studentId);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(HireColumn, Qt::Unchecked);
                item->setToolTip(HireColumn, tr("Line %1 of the file").arg(s.line));
                for (int column = StudentColumn; column <= HistoryColumn; ++column)
                    item->setToolTip(column, item->text(column)); // the whole text where the column cuts it
            }
        }
    }
    for (int c = HireColumn; c < HistoryColumn; ++c)
        m_list->resizeColumnToContents(c);
    m_intro->setText(hires == 0 ? tr("No new hire of this import is left to link to a student record.")
                                : tr("%n new hire(s) may have been students here: the plan has student records with "
                                     "the same name or e-mail. Check the record that is hers where you know it, then "
                                     "press “Link the checked”. Nothing is linked without you; what you leave is "
                                     "suggested again in each hire’s window.",
                                     nullptr, hires));
    m_filling = false;
    updateButton();
}

void LinkSuggestionsWidget::itemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != HireColumn)
        return;
    // one student record per hire: checking one unchecks the others of the same hire
    if (item->checkState(HireColumn) == Qt::Checked) {
        m_filling = true;
        const qint64 hire = item->data(HireColumn, HireIdRole).toLongLong();
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *other = m_list->topLevelItem(i);
            if (other != item && other->data(HireColumn, HireIdRole).toLongLong() == hire)
                other->setCheckState(HireColumn, Qt::Unchecked);
        }
        m_filling = false;
    }
    updateButton();
}

void LinkSuggestionsWidget::updateButton()
{
    bool any = false;
    for (int i = 0; i < m_list->topLevelItemCount() && !any; ++i)
        any = m_list->topLevelItem(i)->checkState(HireColumn) == Qt::Checked;
    m_link->setEnabled(any);
}

void LinkSuggestionsWidget::linkChecked()
{
    QList<SetStudentLinkCommand::Link> links;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(HireColumn) == Qt::Checked)
            links.append(
                {item->data(HireColumn, HireIdRole).toLongLong(), item->data(HireColumn, StudentIdRole).toLongLong()});
    }
    if (links.isEmpty())
        return;
    const int n = int(links.size());
    auto r = m_session.run(new SetStudentLinkCommand(m_session.plan(), std::move(links),
                                                     tr("Link %n new hire(s) to their student record", nullptr, n)));
    // the undo stack's change has refreshed the list: the linked hires are gone from it
    QPalette p = palette();
    if (!r)
        p.setColor(QPalette::WindowText, Colors::errorText(p));
    m_status->setPalette(p);
    m_status->setText(
        r ? tr("%n new hire(s) linked to their student record. Edit ▸ Undo takes the links back.", nullptr, n)
          : tr("Nothing was linked: %1").arg(r.error().message));
}

} // namespace praksis
