#pragma once

#include "Error.h"
#include "documents/ReportTable.h"

#include <QCoreApplication>
#include <QDate>

namespace praksis {

class PlanFile;

// The reports are documents: their words (title, columns, totals, status) are in the plan's document language
// (documents/DocumentLanguage.h), not the interface's; error messages are in the interface's.
//
// The school report: one row per placement of one school's students (never another school's), for a period or
// a date range (placements that overlap it).
struct SchoolReportQuery
{
    qint64 schoolId = 0;
    qint64 periodId = 0; // 0: use from … to
    QDate from, to;
    QString language; // of the report's words: "nb", "nn" or "en"; empty: the plan's document language
};

// The supervisor report: which supervisor had which students when, for how many weeks, within from … to — the
// basis for supervisor pay and refunds. Dates and weeks are cut to the range; cancelled placements and those
// without a supervisor are left out.
struct SupervisorReportQuery
{
    QDate from, to;
    qint64 schoolId = 0; // 0: students of every school
    QString language;    // as SchoolReportQuery::language
};

class Reports
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Reports)

public:
    // Column order of the school report.
    enum SchoolColumn
    {
        StudentName,
        StudentNumber,
        Programme,
        Cohort,
        Site,
        Unit,
        Supervisor,
        Start,
        End,
        Weeks,
        PlannedHours,
        AbsenceHours,
        AbsencePercent,
        MeetingsPlanned,
        MeetingsHeld,
        ChecklistDone,
        Status,
        SchoolColumnCount
    };
    // Column order of the supervisor report.
    enum SupervisorColumn
    {
        SupervisorName,
        Profession,
        SupervisorSite,
        SupervisorUnit,
        SupervisedStudent,
        StudentSchool,
        From,
        To,
        SupervisedWeeks,
        SupervisorColumnCount
    };

    static Result<ReportTable> schoolReport(PlanFile &plan, const SchoolReportQuery &query);
    static Result<ReportTable> supervisorReport(PlanFile &plan, const SupervisorReportQuery &query);

    // Weeks of a placement: the ISO weeks its dates touch.
    static int weeks(QDate from, QDate to);
    // The weeks of the placement start … end that count within from … to. Each ISO week the placement touches is
    // counted once, in the range that holds the placement's first day of that week (its start, or the week's
    // Monday), so the counts of ranges that split a longer range add up exactly to the count of the whole, and a
    // placement that starts mid-week still counts its first week. 0 when the cut holds none of those days.
    static int weeksWithin(QDate start, QDate end, QDate from, QDate to);

    // Records named as a person would (case-insensitive), with a NotFound error that says what exists.
    static Result<qint64> findSchool(PlanFile &plan, const QString &name);
    static Result<qint64> findPeriod(PlanFile &plan, const QString &name);
    // "name" or "name / unit"
    static Result<qint64> findSite(PlanFile &plan, const QString &name);
    // "Given Family"
    static Result<qint64> findSupervisor(PlanFile &plan, const QString &name);
};

} // namespace praksis
