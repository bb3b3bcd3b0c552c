#pragma once

#include "Error.h"
#include "storage/PlanSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace praksis {

// Progress of long planner work: called with 0–100; return false to cancel (nothing is written then).
using PlannerProgress = std::function<bool(int percent)>;

// Everything the planner needs to know about one period, read from the plan by PlannerLoader. Capacities are what
// is left for this period once the placements that stay (locked ones, confirmed ones, those of other periods at
// the same dates) are counted. Lists are in id order.
struct PlannerInput
{
    struct Site
    {
        qint64 id = 0;
        QString name;
        bool eligible = false; // its kind is eligible in the period
        int capacity = 0;      // for the period (override or the site's default)
        int room = 0;          // capacity left at the fullest date of the period
        bool operator==(const Site &) const = default;
    };
    struct Supervisor
    {
        qint64 id = 0;
        qint64 siteId = 0;
        QString name;
        int room = 0;        // students she can still take for the whole period; 0 when absent
        bool absent = false; // away at some date of the period
        bool operator==(const Supervisor &) const = default;
    };
    struct Student
    {
        enum class Status
        {
            ToPlan,        // to be planned (also a student whose planner-made placement is planned again)
            Kept,          // has a placement in this period that stays (made or confirmed by a person)
            AlreadyPlaced, // has a placement of another period at dates of this one (rule 1)
            Withdrawn,     // her placement in this period was cancelled
        };
        qint64 id = 0;
        QString name;
        QString studentNumber;
        QString school;
        Status status = Status::ToPlan;
        QString placedAt;         // Kept / AlreadyPlaced: where and when, for the explanation
        QList<qint64> choices;    // site ids, first choice first (at most three)
        QList<qint64> excluded;   // sites she must never be placed at
        QList<qint64> visited;    // sites she has been at before
        qint64 currentSiteId = 0; // ToPlan: the site of her planner-made placement now, 0 if none
        qint64 currentSupervisorId = 0;
        bool operator==(const Student &) const = default;
    };

    qint64 periodId = 0;
    QString periodName;
    QDate start;
    QDate end;
    PlannerCosts costs;
    QList<Site> sites;
    QList<Supervisor> supervisors;
    QList<Student> students;

    bool operator==(const PlannerInput &) const = default;
};

struct PlannerResult
{
    struct Placed
    {
        qint64 studentId = 0;
        qint64 siteId = 0;
        qint64 supervisorId = 0;
        int cost = 0;
        int choice = 0; // 1–3, 0 when the site is not among her choices
        bool revisit = false;
        QString explanation; // translated: "second choice; her first choice Solbakken was full"
    };
    enum class Reason
    {
        Kept,                 // not planned: her placement in this period stays
        AlreadyPlaced,        // placed in another period at the same dates
        Withdrawn,            // her placement in this period was cancelled
        NoEligibleSite,       // no site of an eligible kind
        AllExcluded,          // every eligible site is on her exclusion list
        NoSiteRoom,           // every eligible site she may go to is full
        NoSupervisorCapacity, // the eligible sites with room have no supervisor who can take her
        CheaperUnplaced,      // the cost settings make leaving her unplaced the cheaper choice
    };
    struct Unplaced
    {
        qint64 studentId = 0;
        Reason reason = Reason::NoSiteRoom;
        QString explanation; // translated
    };
    // A change against the plan as it is: planner-made placements that move or go.
    struct Comparison
    {
        int unchanged = 0; // planner-made placements that stay as they are
        int moved = 0;     // planner-made placements that get another site or supervisor
        int added = 0;     // students placed who had no placement
        int removed = 0;   // planner-made placements whose student is now left unplaced
    };

    QList<Placed> placed;     // in student id order
    QList<Unplaced> unplaced; // students of the period left without a placement, with the reason
    QList<Unplaced> kept;     // students whose placement stays (Reason::Kept), for completeness
    qint64 totalCost = 0;     // the optimum: the placed students' costs plus the unplaced cost for each student
                              // the planner could have placed (not for kept, already placed or withdrawn ones)
    Comparison comparison;
};

// A min-cost-flow network, as the planner hands it to the solver (exposed so that tests and benchmarks can give
// the very same model to another solver). Node 0 is the sink.
struct FlowNetwork
{
    struct Arc
    {
        int from = 0;
        int to = 0;
        int capacity = 0;
        qint64 cost = 0;
    };
    int nodeCount = 0;
    QList<int> supply; // per node; students +1, the sink minus the number of students
    QList<Arc> arcs;
};

// The optimal planner of PRODUCT.md section 6: pure computation, no database.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Planner)

public:
    // The least-cost plan for the input. Deterministic: the same input (in any list order) gives the same plan.
    static Result<PlannerResult> solve(const PlannerInput &input, const PlannerProgress &progress = {});
    // The network solve() optimises.
    static FlowNetwork network(const PlannerInput &input);
    // The cost of placing the student at the site, or -1 when she may not go there (excluded, not eligible).
    static int placementCost(const PlannerInput &input, const PlannerInput::Student &student,
                             const PlannerInput::Site &site);
    static QString reasonId(PlannerResult::Reason reason);
};

} // namespace praksis
