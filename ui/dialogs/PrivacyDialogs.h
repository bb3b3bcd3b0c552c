#pragma once

#include "Error.h"
#include "storage/ChangeLog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace praksis {

class PlanSession;

// Privacy: students whose last placement ended more than N years ago are anonymised or deleted (core Purge),
// after a preview that names them. This is the one change that cannot be undone, on purpose: an undo step would
// keep the personal data it is meant to remove. The dialog says so, asks before it does anything, and empties the
// undo history afterwards (earlier steps may name records that are gone).
class PurgeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PurgeDialog(PlanSession &session, QWidget *parent = nullptr);

    void setYears(int years);
    void setDeleting(bool deleting);
    // The students the preview shows ("Family, Given").
    QStringList previewNames() const;

public slots:
    // Asks (Prompts::confirm) and runs; returns false when nothing was done.
    bool runPurge();

private:
    void updatePreview();

    PlanSession &m_session;
    QSpinBox *m_years = nullptr;
    QRadioButton *m_anonymise = nullptr;
    QRadioButton *m_delete = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_names = nullptr;
    QPushButton *m_run = nullptr;
};

// The change log: who changed what, when (newest first), filtered by kind of record, exportable as CSV.
class ChangeLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangeLogDialog(PlanSession &session, QWidget *parent = nullptr);

    // The entries shown (filtered), newest first.
    const QList<ChangeLog::Entry> &entries() const { return m_entries; }
    Result<void> exportTo(const QString &path) const;

public slots:
    void reload();
    void exportCsv();

private:
    PlanSession &m_session;
    QComboBox *m_entity = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_count = nullptr;
    QList<ChangeLog::Entry> m_entries;
};

} // namespace praksis
