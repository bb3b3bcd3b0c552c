#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace praksis {

// An all-day event from start to end, both inclusive.
struct CalendarEvent
{
    QString uid; // stable: the same placement gives the same UID, so a re-import updates the event
    QDate start, end;
    QString summary, description, location;
    QString status;         // TENTATIVE, CONFIRMED or CANCELLED; empty for none
    int sequence = 0;       // SEQUENCE: higher after every change, so a calendar replaces the event it has
    QDateTime lastModified; // LAST-MODIFIED; invalid: not written
};

// iCalendar (RFC 5545), as Outlook, Google Calendar and Apple Calendar import it: CRLF line ends, lines folded at
// 75 octets (never inside a UTF-8 character), TEXT values escaped, UID and DTSTAMP on every event, all-day dates as
// DTSTART;VALUE=DATE and an exclusive DTEND;VALUE=DATE, SEQUENCE on every event and LAST-MODIFIED where known.
class ICalendarWriter
{
    Q_DECLARE_TR_FUNCTIONS(praksis::ICalendarWriter)

public:
    static QByteArray toBytes(const QList<CalendarEvent> &events, const QString &calendarName,
                              const QDateTime &stamp = QDateTime::currentDateTimeUtc());
    static Result<void> write(const QList<CalendarEvent> &events, const QString &calendarName, const QString &path,
                              const QDateTime &stamp = QDateTime::currentDateTimeUtc());

    // TEXT escaping: backslash, ';', ',' and line breaks.
    static QString escape(const QString &text);
    // One content line, folded at 75 octets, with its CRLF.
    static QByteArray fold(const QString &line);
};

} // namespace praksis
