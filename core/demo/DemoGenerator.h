#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace praksis {

class PlanFile;

struct DemoOptions
{
    quint32 seed = 1;
    // The size of the plan: sites = students / 10, supervisors = 3 per site, 20 periods, 10 placements per student.
    // 5,000 students give the plan of PRODUCT.md section 8.
    int students = 500;
    // Statuses, absences and meetings follow the dates relative to this day.
    QDate today = QDate::currentDate();
};

// What the generator wrote.
struct DemoSummary
{
    int schools = 0;
    int programmes = 0;
    int students = 0;
    int sites = 0;
    int supervisors = 0;
    int supervisorAbsences = 0;
    int periods = 0;
    int placements = 0;
    int preferences = 0;
    int exclusions = 0;
    int absences = 0;
    int meetings = 0;
    int checklists = 0;          // placements of current and future periods with a welcome checklist
    int deliberateConflicts = 0; // placements made to break a rule, so the planner and check show something
    QString planningPeriod;      // the next period, where some students are left unplaced
    int unplaced = 0;            // students of that period without a placement
    int hires = 0;               // new hires (former students among them), PRODUCT.md section 10
    int mentorships = 0;
    int mentorConversations = 0;
};

// Fills an empty plan with realistic generated data: real Norwegian schools and municipalities, invented people
// and sites. The same seed, size and day give the same plan. Everything is written in one transaction; a
// cancelled or failed run writes nothing. Announces Change{Entity::All, Reset}.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(praksis::DemoGenerator)

public:
    // Called now and then with the work done so far and the total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static constexpr int periodCount = 20;
    static constexpr int placementsPerStudent = 10;
    static int siteCount(int students);
    static int supervisorCount(int students) { return 3 * siteCount(students); }

    static Result<DemoSummary> generate(PlanFile &plan, const DemoOptions &options, const Progress &progress = {});
};

} // namespace praksis
