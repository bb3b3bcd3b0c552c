#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace praksis {

class PlanFile;
struct Hire;

// A student record a new hire may have been (PRODUCT.md section 10: suggested by name and e-mail, confirmed by a
// person with HireRepository::setStudentLink).
struct StudentCandidate
{
    qint64 studentId = 0;
    QString name;          // "Kari Nordmann"
    QString studentNumber; // at her school
    QString school;
    bool sameEmail = false; // her e-mail is the hire's (case ignored)
    bool sameName = false;  // given and family name are the hire's (case and accents folded)
    QString history;        // "was a student at Solbakken sykehjem, autumn 2026" (empty: no placement)

    friend bool operator==(const StudentCandidate &, const StudentCandidate &) = default;
};

// Suggestions for the link between a hire and her student record, and the words both records show about it.
class HireLink
{
    Q_DECLARE_TR_FUNCTIONS(praksis::HireLink)

public:
    // Students (not anonymised) with the hire's e-mail or her given and family name: both first, then e-mail
    // only, then name only; within each, the one with the latest placement first. The student she is linked to
    // already is left out.
    static Result<QList<StudentCandidate>> suggestions(const PlanFile &plan, const Hire &hire);
    // "was a student at Solbakken sykehjem, spring 2024": her last placement that was not cancelled; empty when
    // she had none. The season is that of the placement's end (spring: January to June).
    static Result<QString> studentHistory(const PlanFile &plan, qint64 studentId);
    // "hired as Permanent post at Solbakken sykehjem from 01.08.2026", one line per hire linked to the student,
    // by start.
    static Result<QStringList> hiredText(const PlanFile &plan, qint64 studentId);
    // "spring 2024" / "autumn 2026" (translated)
    static QString season(QDate date);
    // Why she is suggested: "same e-mail and name", "same e-mail", "same name" (translated)
    static QString reason(const StudentCandidate &candidate);
};

} // namespace praksis
