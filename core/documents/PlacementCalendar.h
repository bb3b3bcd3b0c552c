#pragma once

#include "Error.h"
#include "io/ICalendarWriter.h"

#include <QCoreApplication>

namespace praksis {

class PlanFile;

// The placements of a site or of a supervisor as calendar events: who comes when, with the supervisor, school and
// period in the description, in the plan's document language (DocumentLanguage). Each event's UID is the
// placement's id with the plan's random id (PlanSettings::planUid), so it is stable for the placement and unique
// across plans; its SEQUENCE is the placement's revision (counted by the plan on every change) and its
// LAST-MODIFIED the time of that change. A cancelled placement is written with STATUS:CANCELLED, so a calendar
// that imported it before drops it instead of keeping a stale event.
class PlacementCalendar
{
    Q_DECLARE_TR_FUNCTIONS(praksis::PlacementCalendar)

public:
    struct Calendar
    {
        QString name; // "Praksis – Solbakken sykehjem / Avdeling 2"
        QList<CalendarEvent> events;
    };
    static Result<Calendar> forSite(PlanFile &plan, qint64 siteId);
    static Result<Calendar> forSupervisor(PlanFile &plan, qint64 supervisorId);
};

} // namespace praksis
