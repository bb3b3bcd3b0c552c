#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace praksis {

class PlanFile;

struct WelcomeLetterOptions
{
    QString language;                       // "nb", "nn" or "en"; empty: the plan's document language
    QDate printDate = QDate::currentDate(); // shown in the footer
    // Called after each placement with (done, total); returning false cancels, and nothing is written.
    std::function<bool(int, int)> progress;
};

// The printed welcome document of a placement: a one-page welcome letter (the organisation's name and logo, the
// student, site and unit, address, supervisor and contact person, the first day with arrival time and meeting
// place from SiteWelcome) followed by the placement's checklist grouped by section, each item with its due date,
// responsible role and a square to tick. A4, 2 cm margins, "page x of y" (counted per placement) and the print
// date in the footer, in the plan's document language. The checklist is read as stored: create it first
// (Checklists::create) for placements that may have none.
//
// Needs a QGuiApplication (fonts). The text is set in DejaVu Sans, shipped in :/praksis/fonts and embedded in
// the PDF, so æ, ø and å survive printing and text extraction.
class WelcomeLetter
{
    Q_DECLARE_TR_FUNCTIONS(praksis::WelcomeLetter)

public:
    // The placements of a period, optionally at one site, in print order (site, then the student's name);
    // cancelled placements are left out.
    static Result<QList<qint64>> placementsOf(PlanFile &plan, qint64 periodId, std::optional<qint64> siteId = {});
    // The sites that placementsOf() finds placements at in the period (in no particular order).
    static Result<QList<qint64>> sitesOf(PlanFile &plan, qint64 periodId);

    // Writes the documents of the placements, in the order given, each starting on a new page, into one PDF.
    // Written to a temporary file and moved into place at the end: on an error or a cancel no file is left.
    // Returns the number of pages.
    static Result<int> writePdf(PlanFile &plan, const QList<qint64> &placementIds, const QString &path,
                                const WelcomeLetterOptions &options = {});

    // The same onto any paged device, e.g. the QPrinter of a print preview. Sets the device to A4 portrait with
    // 2 cm margins. Returns the number of pages.
    static Result<int> render(PlanFile &plan, const QList<qint64> &placementIds, QPagedPaintDevice *device,
                              const WelcomeLetterOptions &options = {});

    // The font family documents are set in (loads the shipped fonts on first use); an error without a
    // QGuiApplication.
    static Result<QString> fontFamily();
};

} // namespace praksis
