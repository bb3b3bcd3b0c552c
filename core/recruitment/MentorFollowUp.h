#pragma once

#include "Error.h"
#include "planning/Conflict.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace praksis {

class PlanFile;

// A mentor conversation not held yet, planned in a range (for the Overview and the overdue finding).
struct DueConversation
{
    qint64 conversationId = 0;
    qint64 mentorshipId = 0;
    qint64 hireId = 0;
    qint64 siteId = 0;
    int number = 0;
    QDate planned;
    QString hireName;   // "Kari Nordmann"
    QString mentorName; // "Anne Hansen"
    QString siteName;   // "Solbakken sykehjem, Avdeling 2"

    friend bool operator==(const DueConversation &, const DueConversation &) = default;
};

// The follow-up of the mentor programme: conversations due and overdue.
class MentorFollowUp
{
    Q_DECLARE_TR_FUNCTIONS(praksis::MentorFollowUp)

public:
    // The conversations not held that are planned from … to (a null `from`: from the beginning), by date, hire and
    // number; only those inside their mentorship (before its end, or on or before the day it ended early) and while
    // the hire is employed (on or before her end date).
    static Result<QList<DueConversation>> due(const PlanFile &plan, QDate from, QDate to);
    // The conversations overdue on `today`: planned before it and not held (the rule of overdue()), by date.
    static Result<QList<DueConversation>> overdueOn(const PlanFile &plan, QDate today);
    // A finding per conversation planned before `today` and not held (Conflict::Rule::ConversationOverdue, a
    // warning, like rule 6).
    static Result<QList<Conflict>> overdue(const PlanFile &plan, QDate today);
};

} // namespace praksis
