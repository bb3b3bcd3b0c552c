#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace praksis {

class PlanFile;

struct MentorFolderOptions
{
    QString language;                       // "nb", "nn" or "en"; empty: the plan's document language
    QDate printDate = QDate::currentDate(); // shown in the footer
};

// The printed mentor folder of a new hire (PRODUCT.md section 10): the organisation's name and logo, the hire, her
// site, start and probation end, her mentor and the mentorship's months; the conversation schedule of her (latest)
// mentorship on the Trondheim model, each conversation with its planned date, ISO week and month, and a square to
// tick (ticked, with the date, when it was held); then the conversation guide of the plan, topic by topic, with its
// questions. A4 portrait, 2 cm margins, "page x of y" and the print date in the footer, in the plan's document
// language; DejaVu Sans embedded (DocumentFont). A hire without a mentor gets the folder with the guide and a line
// saying that no mentor is assigned yet. Needs a QGuiApplication (fonts).
class MentorFolder
{
    Q_DECLARE_TR_FUNCTIONS(praksis::MentorFolder)

public:
    // Writes the folder of one hire as a PDF, owner-only, through a temporary file moved into place at the end (no
    // file is left on an error). Returns the number of pages.
    static Result<int> writePdf(PlanFile &plan, qint64 hireId, const QString &path,
                                const MentorFolderOptions &options = {});
    // The same onto any paged device (the QPrinter of a print preview); sets A4 portrait with 2 cm margins.
    static Result<int> render(PlanFile &plan, qint64 hireId, QPagedPaintDevice *device,
                              const MentorFolderOptions &options = {});
    // "Mentor folder Kari Nordmann.pdf" in the document language, for a save dialog.
    static QString suggestedFileName(PlanFile &plan, qint64 hireId, const QString &language = {});
};

} // namespace praksis
