#pragma once

#include "Error.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace praksis {

class PlanSession;

// Welcome letters with checklists in batch: every placement of a period, or of one site in it, into one PDF or
// to the printer (print preview). Placements without a checklist get one first.
class WelcomeLettersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeLettersDialog(PlanSession &session, QWidget *parent = nullptr);

    // The placements that would be printed, in print order.
    QList<qint64> placements() const;

    // Writes the PDF (with a progress dialog that can cancel); the "Save as PDF…" button asks for the file and
    // calls this. Returns the number of pages.
    Result<int> writePdf(const QString &path);

public slots:
    void printPreview();
    void saveAsPdf();

private:
    void fillSites();
    void updateCount();
    Result<QList<qint64>> prepared();

    PlanSession &m_session;
    QComboBox *m_period = nullptr;
    QComboBox *m_site = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace praksis
