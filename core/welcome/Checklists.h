#pragma once

#include "Error.h"
#include "model/Kinds.h"
#include "welcome/WelcomeTemplate.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace praksis {

class PlanFile;

// One item of a placement's checklist (tables checklist_items + checklist_texts).
struct ChecklistItem
{
    qint64 id = 0;
    qint64 placementId = 0;
    int sectionPos = 0;
    int position = 0;
    LocalizedText section;
    LocalizedText text;
    Role role = Role::Veileder;
    QDate dueDate;
    QString doneBy;   // who ticked it off; empty while not done
    QDateTime doneAt; // when; invalid while not done

    bool done() const { return doneAt.isValid(); }
    // Not done and due before today.
    bool overdue(QDate today) const { return !done() && dueDate < today; }
};

// Whether an item was ticked off, by whom and when: what tick() and untick() return, and restoreTick() puts back.
struct TickState
{
    qint64 itemId = 0;
    QString doneBy;
    QDateTime doneAt; // invalid: not done
    bool operator==(const TickState &) const = default;
};

// An open item of some placement with what a "due this week" list shows about it.
struct DueItem
{
    ChecklistItem item;
    QString studentName; // "Given Family"
    qint64 siteId = 0;
    QString siteName; // "name" or "name / unit"
    qint64 supervisorId = 0;
    QString supervisorName;
};

// Open checklist items of one site and supervisor (0: none yet), counted.
struct DueGroup
{
    qint64 siteId = 0;
    QString siteName; // "name" or "name / unit"
    qint64 supervisorId = 0;
    QString supervisorName;
    int count = 0;
    int overdue = 0;
};

// Whose checklist it is: the student and the site of the placement, and its dates (what the checklist window's
// title and summary name).
struct ChecklistOwner
{
    qint64 placementId = 0;
    QString student; // "Given Family" (PRAKSIS_SQL_PERSON_NAME)
    QString site;    // "name" or "name / unit" (PRAKSIS_SQL_SITE_LABEL)
    QDate start;
    QDate end;

    friend bool operator==(const ChecklistOwner &, const ChecklistOwner &) = default;
};

// A stored checklist row exactly as it is in the plan, for undoing the removal of a placement.
struct ChecklistRow
{
    qint64 id = 0;
    qint64 placementId = 0;
    qint64 textId = 0;
    int sectionPos = 0;
    int position = 0;
    QString dueDate; // ISO
    QString doneBy;
    QString doneAt; // ISO timestamp, or empty
};

// Placements' welcome checklists.
//
// Creation (callers: the placement repository, the planner's apply step, the demo generator):
//
//     Result<int> Checklists::create(PlanFile &plan, const QList<qint64> &placementIds);
//
// copies the template that applies to each placement's site (the site's own variant, else the default) into the
// placement's checklist, with due dates in calendar days from the placement's start_date (or end_date for
// fromEnd items). A placement that already has a checklist keeps it unchanged, so it is safe to call for every
// placement a step touched. Set-based SQL: thousands of placements take milliseconds. Runs in the caller's
// transaction when there is one (a savepoint), else in its own; announces Entity::Checklist Inserted with the
// placement ids that got a checklist. Returns how many placements got one.
class Checklists
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Checklists)

public:
    static Result<int> create(PlanFile &plan, const QList<qint64> &placementIds);
    // After a placement's dates changed (its start was oldStart): each item's due date follows, from the template
    // item it was made from, or, when the template no longer has it, moved as far as the start moved. Announces
    // Entity::Checklist Updated with the placement id.
    static Result<void> followDates(PlanFile &plan, qint64 placementId, QDate oldStart);

    // Whose checklist a placement's is; NotFound when there is no placement with this id.
    static Result<ChecklistOwner> owner(const PlanFile &plan, qint64 placementId);
    // A placement's checklist, in section and item order.
    static Result<QList<ChecklistItem>> forPlacement(PlanFile &plan, qint64 placementId);
    // The checklists of many placements in one query (for printing), each in section and item order.
    static Result<QHash<qint64, QList<ChecklistItem>>> forPlacements(PlanFile &plan, const QList<qint64> &placementIds);
    // The placement's items that are not done and due before today.
    static Result<QList<ChecklistItem>> overdue(PlanFile &plan, qint64 placementId, QDate today);
    // Open items due in the ISO week (Monday to Sunday) that holds `today`, at a site / of a supervisor's
    // placements (cancelled placements left out), ordered by due date. Overdue items are not included.
    static Result<QList<DueItem>> dueThisWeekForSite(PlanFile &plan, qint64 siteId, QDate today);
    static Result<QList<DueItem>> dueThisWeekForSupervisor(PlanFile &plan, qint64 supervisorId, QDate today);
    // Open items due from `from` to `to` (inclusive) of all placements, for an overview; with siteIds, of the
    // placements at those sites only.
    static Result<QList<DueItem>> dueBetween(PlanFile &plan, QDate from, QDate to,
                                             const std::optional<QList<qint64>> &siteIds = std::nullopt);
    // The items of dueBetween counted per site and supervisor (the Overview's groups: it reads the items of the
    // groups it shows only), with how many are due before `today`; by site and supervisor id.
    static Result<QList<DueGroup>> dueGroups(PlanFile &plan, QDate from, QDate to, QDate today);

    // Ticks an item off (who, when) / clears it; each returns the state it had, for undo with restoreTick().
    static Result<TickState> tick(PlanFile &plan, qint64 itemId, const QString &doneBy,
                                  const QDateTime &doneAt = QDateTime::currentDateTime());
    static Result<TickState> untick(PlanFile &plan, qint64 itemId);
    static Result<void> restoreTick(PlanFile &plan, const TickState &state);

    // For undoing the removal of placements: their checklist rows as stored, and putting them back (after the
    // placements themselves were put back with their old ids).
    static Result<QList<ChecklistRow>> rows(PlanFile &plan, const QList<qint64> &placementIds);
    static Result<void> restoreRows(PlanFile &plan, const QList<ChecklistRow> &rows);
};

} // namespace praksis
