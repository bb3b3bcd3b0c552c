#include "dialogs/PrivacyDialogs.h"

#include "widgets/Accessibility.h"

#include "Icons.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"
#include "storage/Purge.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace praksis {

namespace {

// The fewest years a plan keeps students for: the schools' own records and complaints need a few years.
constexpr int minimumYears = 1;
constexpr int defaultYears = 5;

} // namespace

PurgeDialog::PurgeDialog(PlanSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("purgeDialog"));
    setWindowTitle(tr("Remove old student records"));
    resize(560, 520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Personal data is kept no longer than needed. Choose how long after their last "
                                "placement students are kept; older records are anonymised (names, contact details, "
                                "student number and notes removed; placements kept for statistics) or deleted with "
                                "everything of theirs."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_years = new QSpinBox(this);
    m_years->setObjectName(QStringLiteral("purgeYears"));
    m_years->setRange(minimumYears, 50);
    m_years->setValue(defaultYears);
    m_years->setSuffix(tr(" years"));
    form->addRow(tr("Last placement ended more than:"), m_years);
    m_anonymise = new QRadioButton(tr("&Anonymise (keep placements for statistics)"), this);
    m_anonymise->setObjectName(QStringLiteral("purgeAnonymise"));
    m_anonymise->setChecked(true);
    m_delete = new QRadioButton(tr("&Delete the students and their placements"), this);
    m_delete->setObjectName(QStringLiteral("purgeDelete"));
    auto *modes = new QVBoxLayout;
    modes->addWidget(m_anonymise);
    modes->addWidget(m_delete);
    form->addRow(tr("What to do:"), modes);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("purgeSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_names = new QListWidget(this);
    m_names->setObjectName(QStringLiteral("purgeNames"));
    m_names->setAccessibleName(tr("Students concerned"));
    layout->addWidget(m_names, 1);
    auto *warning = new QLabel(tr("This cannot be undone: an undo would have to keep the data it removes. Take a "
                                  "copy first (File ▸ Save a copy…) if you may need it."),
                               this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("Remove…"), QDialogButtonBox::DestructiveRole);
    m_run->setObjectName(QStringLiteral("purgeRun"));
    m_run->setIcon(themedIcon(QStringLiteral("trash-2")));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &PurgeDialog::runPurge);
    connect(m_years, &QSpinBox::valueChanged, this, &PurgeDialog::updatePreview);
    connect(m_anonymise, &QRadioButton::toggled, this, &PurgeDialog::updatePreview);
    connect(&m_session, &PlanSession::planAboutToClose, this, &QDialog::reject);
    updatePreview();
}

void PurgeDialog::setYears(int years)
{
    m_years->setValue(years);
}

void PurgeDialog::setDeleting(bool deleting)
{
    (deleting ? m_delete : m_anonymise)->setChecked(true);
}

QStringList PurgeDialog::previewNames() const
{
    QStringList names;
    for (int i = 0; i < m_names->count(); ++i)
        names << m_names->item(i)->text();
    return names;
}

void PurgeDialog::updatePreview()
{
    m_names->clear();
    const Purge::Mode mode = m_delete->isChecked() ? Purge::Mode::Delete : Purge::Mode::Anonymise;
    const QString cutoff = Validation::formatDate(Purge::cutoff(m_years->value(), QDate::currentDate()));
    auto preview = Purge::preview(m_session.plan(), m_years->value(), mode);
    if (!preview) {
        m_summary->setText(preview.error().message);
        m_run->setEnabled(false);
        return;
    }
    const int students = int(preview->studentIds.size());
    const int hires = int(preview->hireIds.size());
    if (students == 0 && hires == 0) {
        m_summary->setText(
            tr("No student's last placement and no new hire's employment ended before %1.").arg(cutoff));
    } else {
        QStringList text;
        if (students > 0) {
            const QString who = tr("%n student(s)", nullptr, students);
            const QString placements = tr("%n placement(s)", nullptr, preview->placements);
            text << (mode == Purge::Mode::Delete
                         ? tr("%1 whose last placement ended before %2 will be deleted, with %3.")
                               .arg(who, cutoff, placements)
                         : tr("%1 whose last placement ended before %2 will be anonymised; %3 are kept.")
                               .arg(who, cutoff, placements));
        }
        if (hires > 0)
            text << (mode == Purge::Mode::Delete
                         ? tr("%n new hire(s) whose employment ended before %1 will be deleted, with their "
                              "mentorships.",
                              nullptr, hires)
                         : tr("%n new hire(s) whose employment ended before %1 will be anonymised.", nullptr, hires))
                        .arg(cutoff);
        m_summary->setText(text.join(QLatin1Char(' ')));
        m_names->addItems(preview->names);
        m_names->addItems(preview->hireNames);
    }
    m_run->setEnabled(students + hires > 0);
    m_run->setText(mode == Purge::Mode::Delete ? tr("Delete…") : tr("Anonymise…"));
}

bool PurgeDialog::runPurge()
{
    const Purge::Mode mode = m_delete->isChecked() ? Purge::Mode::Delete : Purge::Mode::Anonymise;
    const int count = m_names->count();
    if (count == 0)
        return false;
    const QString question =
        mode == Purge::Mode::Delete
            ? tr("Delete %n record(s) and everything of theirs? This cannot be undone.", nullptr, count)
            : tr("Anonymise %n record(s)? This cannot be undone.", nullptr, count);
    if (!Prompts::confirm(this, windowTitle(), question))
        return false;
    auto done = Purge::run(m_session.plan(), m_years->value(), mode);
    if (!done) {
        Prompts::error(this, windowTitle(), done.error());
        return false;
    }
    // Earlier undo steps may name records that are gone or changed beyond what they know.
    m_session.undoStack()->clear();
    updatePreview();
    return true;
}

ChangeLogDialog::ChangeLogDialog(PlanSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("changeLogDialog"));
    setWindowTitle(tr("Change log"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Records:"), this);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("logEntity"));
    label->setBuddy(m_entity);
    m_entity->addItem(tr("All"), QString());
    for (const QString &id : ChangeLog::allEntityIds())
        m_entity->addItem(ChangeLog::entityText(id), id);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("logCount"));
    top->addWidget(label);
    top->addWidget(m_entity);
    top->addStretch();
    top->addWidget(m_count);
    layout->addLayout(top);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setAccessibleName(tr("Changes"));
    Accessibility::enterWithCurrentRow(m_table);
    const QStringList headers{tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Name"), tr("Summary")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("Export as CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("logExport"));
    exportButton->setIcon(themedIcon(QStringLiteral("download")));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ChangeLogDialog::exportCsv);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &ChangeLogDialog::reload);
    connect(&m_session, &PlanSession::planAboutToClose, this, &QDialog::reject);
    reload();
}

void ChangeLogDialog::reload()
{
    // The newest entries; a plan's whole history can be long, the export has the same ones.
    constexpr int shownEntries = 5000;
    auto entries = ChangeLog::entries(m_session.plan(), shownEntries, m_entity->currentData().toString());
    m_entries.clear();
    if (entries)
        for (auto it = entries->crbegin(); it != entries->crend(); ++it)
            m_entries << *it;
    m_table->setRowCount(int(m_entries.size()));
    // words and local times for people; the export keeps the stable identifiers and ISO times
    const QHash<QString, QString> names = ChangeLog::recordNames(m_session.plan(), m_entries);
    for (int row = 0; row < m_entries.size(); ++row) {
        const ChangeLog::Entry &e = m_entries[row];
        QString name;
        if (e.entityId) {
            name = names.value(e.entity + QLatin1Char('/') + QString::number(*e.entityId));
            if (name.isEmpty())
                name = tr("no. %1 (no longer in the plan)").arg(*e.entityId);
        }
        const QStringList fields{ChangeLog::localTime(e.at),      e.user, ChangeLog::actionText(e.action),
                                 ChangeLog::entityText(e.entity), name,   ChangeLog::summaryText(e.summary)};
        for (int column = 0; column < fields.size(); ++column) {
            auto *item = new QTableWidgetItem(fields[column]);
            if (column == 0)
                item->setToolTip(e.at);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_count->setText(entries ? tr("%n entries", nullptr, int(m_entries.size())) : entries.error().message);
}

Result<void> ChangeLogDialog::exportTo(const QString &path) const
{
    return ChangeLog::writeCsv(m_entries, path);
}

void ChangeLogDialog::exportCsv()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("change-log.csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the change log"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto r = exportTo(path); !r)
        Prompts::error(this, windowTitle(), r.error());
}

} // namespace praksis
