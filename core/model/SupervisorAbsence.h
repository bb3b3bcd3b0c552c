#pragma once

#include <QDate>
#include <QString>

namespace praksis {

// A time a supervisor is away (holiday, course, leave): no students may be assigned to her then.
struct SupervisorAbsence
{
    qint64 id = 0;
    qint64 supervisorId = 0;
    QDate start;
    QDate end;
    QString note;

    friend bool operator==(const SupervisorAbsence &, const SupervisorAbsence &) = default;
};

} // namespace praksis
