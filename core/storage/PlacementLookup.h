#pragma once

#include "Error.h"
#include "model/Kinds.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace praksis {

class PlanFile;

// A placement with the names a person reads: for `list placements`, reports, checklists and detail views.
// (The desktop's big placements table pages through SQL itself.)
struct PlacementRow
{
    qint64 id = 0;
    qint64 studentId = 0;
    QString student; // "Kari Nordmann"
    QString studentNumber;
    qint64 schoolId = 0;
    QString school;
    QString programme; // empty when the student has none
    qint64 siteId = 0;
    QString site; // "Solbakken sykehjem, avdeling 2"
    SiteKind siteKind = SiteKind::Annet;
    QString municipality;
    qint64 supervisorId = 0;
    QString supervisor; // empty when none yet
    qint64 periodId = 0;
    QString period;
    QDate start;
    QDate end;
    PlacementStatus status = PlacementStatus::Planned;
    bool locked = true;
    QString notes;

    friend bool operator==(const PlacementRow &, const PlacementRow &) = default;
};

// Which placements to list; unset fields do not filter.
struct PlacementFilter
{
    qint64 periodId = 0;
    qint64 siteId = 0;
    qint64 schoolId = 0;
    qint64 supervisorId = 0;
    qint64 studentId = 0;
    std::optional<PlacementStatus> status;
    QDate from; // overlapping [from, to] when set
    QDate to;
};

class PlacementLookup
{
    Q_DECLARE_TR_FUNCTIONS(praksis::PlacementLookup)

public:
    explicit PlacementLookup(const PlanFile &plan)
        : m_plan(plan)
    {}

    // Ordered by period start, period, student family and given name, start date, id.
    Result<QList<PlacementRow>> rows(const PlacementFilter &filter = {}) const;
    Result<PlacementRow> row(qint64 placementId) const;

private:
    const PlanFile &m_plan;
};

} // namespace praksis
