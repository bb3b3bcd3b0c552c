#pragma once

#include "Error.h"
#include "io/ICalendarWriter.h"

#include <QCoreApplication>

namespace praksis {

class PlanFile;

// The placements of a site or of a supervisor as calendar events (not the cancelled ones): who comes when, with
// the supervisor, school and period in the description, in the plan's document language (DocumentLanguage).
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
