#include "io/ICalendarWriter.h"

#include "storage/FilePermissions.h"
#include <QDir>

namespace praksis {

QString ICalendarWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u';':
            out += QStringLiteral("\\;");
            break;
        case u',':
            out += QStringLiteral("\\,");
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray ICalendarWriter::fold(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    int limit = 75; // the first line; continuation lines start with a space, so they carry 74 octets
    while (utf8.size() - pos > limit) {
        qsizetype cut = pos + limit;
        // never split a UTF-8 sequence: step back over continuation bytes (10xxxxxx)
        while (cut > pos && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += utf8.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = 74;
    }
    out += utf8.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray ICalendarWriter::toBytes(const QList<CalendarEvent> &events, const QString &calendarName,
                                    const QDateTime &stamp)
{
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    auto date = [](const QDate &d) { return d.toString(QStringLiteral("yyyyMMdd")); };
    QByteArray out;
    out += fold(QStringLiteral("BEGIN:VCALENDAR"));
    out += fold(QStringLiteral("VERSION:2.0"));
    out += fold(QStringLiteral("PRODID:-//Praksisplan//Praksisplan//NB"));
    out += fold(QStringLiteral("CALSCALE:GREGORIAN"));
    out += fold(QStringLiteral("METHOD:PUBLISH"));
    if (!calendarName.isEmpty())
        out += fold(QStringLiteral("X-WR-CALNAME:") + escape(calendarName));
    for (const CalendarEvent &e : events) {
        out += fold(QStringLiteral("BEGIN:VEVENT"));
        out += fold(QStringLiteral("UID:") + e.uid);
        out += fold(QStringLiteral("DTSTAMP:") + dtstamp);
        out += fold(QStringLiteral("SEQUENCE:") + QString::number(e.sequence));
        if (e.lastModified.isValid())
            out += fold(QStringLiteral("LAST-MODIFIED:") +
                        e.lastModified.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        out += fold(QStringLiteral("DTSTART;VALUE=DATE:") + date(e.start));
        out += fold(QStringLiteral("DTEND;VALUE=DATE:") + date(e.end.addDays(1))); // exclusive
        out += fold(QStringLiteral("SUMMARY:") + escape(e.summary));
        if (!e.description.isEmpty())
            out += fold(QStringLiteral("DESCRIPTION:") + escape(e.description));
        if (!e.location.isEmpty())
            out += fold(QStringLiteral("LOCATION:") + escape(e.location));
        if (!e.status.isEmpty())
            out += fold(QStringLiteral("STATUS:") + e.status);
        out += fold(QStringLiteral("TRANSP:TRANSPARENT")); // a student's placement does not make the reader busy
        out += fold(QStringLiteral("END:VEVENT"));
    }
    out += fold(QStringLiteral("END:VCALENDAR"));
    return out;
}

Result<void> ICalendarWriter::write(const QList<CalendarEvent> &events, const QString &calendarName,
                                    const QString &path, const QDateTime &stamp)
{
    const QString native = QDir::toNativeSeparators(path);
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes(events, calendarName, stamp)) < 0 || !file.commit())
        return Error{Error::Kind::Io, tr("The calendar “%1” could not be written: %2").arg(native, file.errorString()),
                     native};
    return {};
}

} // namespace praksis
