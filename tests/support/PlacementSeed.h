#pragma once

#include "storage/PlanFile.h"

#include <QDate>
#include <QString>

namespace praksis::test {

// What seedPlacement() makes. Records named alike are reused (one school, one site per name and unit, ...),
// so several placements can share a site, a supervisor or a period.
struct PlacementSeed
{
    QString school = QStringLiteral("Høgskolen på Vestlandet");
    QString givenName = QStringLiteral("Åse");
    QString familyName = QStringLiteral("Ødegård");
    QString studentNumber; // empty: made from the names
    QString site = QStringLiteral("Solgløtt sykehjem");
    QString unit = QStringLiteral("Avdeling Bjørk");
    QString siteAddress = QStringLiteral("Skogveien 12, 5003 Bergen");
    QString siteContact = QStringLiteral("Kari Nærø");
    QString supervisor = QStringLiteral("Bjørn Ærlig"); // "Given Family"; empty: no supervisor
    QString period = QStringLiteral("Høst 2026");
    QDate start = QDate(2026, 8, 17);
    QDate end = QDate(2026, 10, 9);
    QString status = QStringLiteral("confirmed");
};

// Inserts a placement (and whatever it needs) straight into the plan; returns its id. Aborts the test on failure.
qint64 seedPlacement(PlanFile &plan, const PlacementSeed &seed = {});
// The id of the site named so (made by seedPlacement), or 0.
qint64 siteId(PlanFile &plan, const QString &name, const QString &unit = QStringLiteral("Avdeling Bjørk"));

} // namespace praksis::test
