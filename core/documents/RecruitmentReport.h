#pragma once

#include "Error.h"
#include "documents/ReportTable.h"
#include "recruitment/Outcome.h"

#include <QCoreApplication>
#include <QDate>

namespace praksis {

class PlanFile;

struct RecruitmentReportQuery
{
    QDate from, to;
    QString language; // of the report's words: "nb", "nn" or "en"; empty: the plan's document language
};

// The recruitment report (PRODUCT.md section 10): the Outcome figures, one row per site, the whole plan as the
// totals row. Counts only, never a person: the least-data rule. Words in the document language.
class RecruitmentReport
{
    Q_DECLARE_TR_FUNCTIONS(praksis::RecruitmentReport)

public:
    enum Column
    {
        Site,
        FormerStudents,
        HiredSummer,
        HiredPost,
        HiredHere,
        NewHires,
        Mentored,
        Eligible12Months,
        Stayed12Months,
        LeftInProbation,
        ColumnCount
    };

    static Result<ReportTable> table(PlanFile &plan, const RecruitmentReportQuery &query);
    // The table of figures already computed (the desktop computes them once for the Overview and the report).
    static ReportTable table(const QList<OutcomeFigures> &lines, QDate from, QDate to, const QString &language);
};

} // namespace praksis
