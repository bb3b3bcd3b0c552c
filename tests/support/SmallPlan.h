#pragma once

#include "storage/PlanFile.h"

namespace praksis::test {

// A few records of every kind, written through the repositories, for repository and lookup tests:
//   schools  OsloMet (programme Sykepleie), VID (programme Vernepleie)
//   sites    Solbakken sykehjem / Avdeling 2 (sykehjem, capacity 3), Fjellheim (hjemmetjeneste, capacity 2)
//   supervisors Anne Hansen at Solbakken, Per Olsen at Fjellheim
//   period   Høst 2026 (2026-08-24 .. 2026-10-16, Sykepleie, sykehjem + hjemmetjeneste)
//   students Kari Nordmann (12345, OsloMet, Sykepleie), Ola Berg (777, VID)
// Stops the test program when any of it cannot be written.
struct SmallPlan
{
    explicit SmallPlan(PlanFile &plan);

    qint64 oslomet = 0;
    qint64 sykepleie = 0;
    qint64 vid = 0;
    qint64 vernepleie = 0;
    qint64 solbakken = 0;
    qint64 fjellheim = 0;
    qint64 anne = 0;
    qint64 per = 0;
    qint64 autumn = 0;
    qint64 kari = 0;
    qint64 ola = 0;
};

} // namespace praksis::test
