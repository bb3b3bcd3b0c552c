#pragma once

#include "model/Kinds.h"

#include <QDate>
#include <QList>
#include <QString>

namespace praksis {

// A site's capacity in one period, overriding the site's default capacity.
struct CapacityOverride
{
    qint64 periodId = 0;
    qint64 siteId = 0;
    int capacity = 0;

    friend bool operator==(const CapacityOverride &, const CapacityOverride &) = default;
};

// A placement period (praksisperiode).
struct Period
{
    qint64 id = 0; // 0 until stored; insert() keeps a non-zero id
    QString name;
    QDate start;
    QDate end;
    double hoursPerWeek = 30.0;
    // Its settings, part of the period itself: written by insert() and replaced by update().
    QList<qint64> programmeIds;         // ascending
    QList<SiteKind> siteKinds;          // eligible site kinds, in the order of the SiteKind enum
    QList<CapacityOverride> capacities; // per-site overrides, ascending by site id; periodId is this period's id

    // The capacity of a site in this period: its override, or the given default.
    int capacityOf(qint64 siteId, int siteDefault) const;
    bool isEligible(SiteKind kind) const { return siteKinds.contains(kind); }

    friend bool operator==(const Period &, const Period &) = default;
};

} // namespace praksis
