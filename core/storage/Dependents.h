#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace praksis {

// What depends on a record (PRODUCT.md section 2, rule 7), counted for the confirmation dialog:
// "3 placements, 2 supervisors, 14 preferences". Records of their own (placements, students, supervisors)
// always block a removal - they must be removed or moved first. Details that only make sense with the record
// (a supervisor's absences, preferences naming a site, capacity overrides) go with it when the caller confirms
// (cascade), and come back with restore().
struct Dependents
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Dependents)

public:
    // Kinds of dependents, in the order they are listed.
    enum class What
    {
        Placement,
        Student,
        Programme,
        Supervisor,
        SupervisorAbsence,
        Preference,
        Exclusion,
        CapacityOverride, // a period's capacity for a site
        PeriodLink,       // a period the programme takes part in
        WelcomeTemplate,  // a site's own welcome template
        Meeting,          // a placement's assessment meetings
        AbsenceRecord,    // a placement's absence records
        ChecklistItem,    // a placement's welcome checklist items
        Hire,             // new hires at a site
        Mentorship,       // a hire's mentorships
        MentoredHire,     // hires someone is (or was) the mentor of
        Conversation,     // a mentorship's conversations that were held
        HireLink,         // new hires linked to a student record (the hire stays, the link goes)
    };

    struct Item
    {
        What what = What::Placement;
        qint64 count = 0;
        bool goesWithRecord = false; // removed together with the record when the caller confirms (cascade)

        friend bool operator==(const Item &, const Item &) = default;
    };

    QList<Item> items; // only items with count > 0

    void add(What what, qint64 count, bool goesWithRecord);
    bool isEmpty() const { return items.isEmpty(); }
    qint64 count(What what) const;
    // Whether remove() refuses: something that never goes with the record, or details without cascade.
    bool blocksRemoval(bool cascade) const;
    bool hasBlockingRecords() const;

    // "3 placements, 2 supervisors, 14 preferences" (empty when nothing depends on the record)
    QString text() const;
    // "1 placement" / "3 placements", translated
    static QString countText(What what, qint64 count);

    // The Conflict error remove() returns; `what` names the record: "The site “Solbakken sykehjem”".
    Error refusal(const QString &what, bool cascade) const;
};

} // namespace praksis
