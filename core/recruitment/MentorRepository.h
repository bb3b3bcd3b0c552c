#pragma once

#include "Error.h"
#include "model/Hire.h"
#include "storage/Dependents.h"
#include "storage/Removal.h"

#include <QCoreApplication>
#include <QList>

namespace praksis {

class PlanFile;

// A mentorship with its conversations exactly as they are: what update() returns and put() writes back (undo).
struct MentorshipState
{
    Mentorship mentorship;
    QList<MentorConversation> conversations; // by number

    friend bool operator==(const MentorshipState &, const MentorshipState &) = default;
};

// Mentors of new hires and their conversations on the Trondheim schedule (MentorSchedule). Every write is one
// transaction, validated first, and announced with PlanFile::changed (Entity::Mentorship with mentorship ids,
// Entity::MentorConversation with conversation ids).
class MentorRepository
{
    Q_DECLARE_TR_FUNCTIONS(praksis::MentorRepository)

public:
    explicit MentorRepository(PlanFile &plan)
        : m_plan(plan)
    {}

    Result<Mentorship> get(qint64 id) const;
    // A hire's mentorships, by start.
    Result<QList<Mentorship>> listByHire(qint64 hireId) const;
    // The mentorships in which a supervisor (or a hire) is the mentor, by start.
    Result<QList<Mentorship>> listByMentorSupervisor(qint64 supervisorId) const;
    Result<QList<Mentorship>> listByMentorHire(qint64 hireId) const;
    // "Anne Hansen": the mentor's name (a supervisor's or a hire's).
    Result<QString> mentorName(const Mentorship &mentorship) const;
    Result<MentorshipState> state(qint64 id) const;

    // The hire exists; exactly one mentor, who exists and is not the hire herself; a start date not before her
    // start and not after her end; 1-24 months; an early end not before the start; no overlap with another of her
    // mentorships.
    Result<void> validate(const Mentorship &mentorship) const;
    // Assigns a mentor and plans the conversations of the schedule (keeps mentorship.id when not 0). Returns the id.
    Result<qint64> assign(const Mentorship &mentorship);
    // Changes the mentor, start, length or early end. The conversations follow the schedule: one not held that is
    // still on the date proposed for the old start and length moves to the one for the new; one planned by hand, or
    // held, stays; places the new schedule adds are planned, places it drops go unless held. Returns the state
    // before, for undo (put()).
    Result<MentorshipState> update(const Mentorship &mentorship);
    // Writes a mentorship and its conversations back exactly as in `state` (undo of update(), or of remove()).
    Result<void> put(const MentorshipState &state);

    // Held conversations (go with it, asked first).
    Result<Dependents> dependents(qint64 id) const;
    Result<Removal<Mentorship>> remove(qint64 id, bool cascade = false);
    Result<void> restore(const Removal<Mentorship> &removed);

    // --- conversations ---
    Result<MentorConversation> conversation(qint64 id) const;
    // By number.
    Result<QList<MentorConversation>> conversations(qint64 mentorshipId) const;
    // A planned date that is a date, not before the mentorship's start; a held date (when set) likewise.
    Result<void> validateConversation(const MentorConversation &conversation) const;
    // Changes the planned and held dates (the id, mentorship and number stay). Returns the conversation as it was.
    Result<MentorConversation> updateConversation(const MentorConversation &conversation);
    // It was held on `held` (a null date: not held after all). Returns it as it was.
    Result<MentorConversation> hold(qint64 id, QDate held);
    // Moves it to another date by hand (it then no longer follows the start). Returns it as it was.
    Result<MentorConversation> plan(qint64 id, QDate planned);

private:
    Result<QList<Mentorship>> query(const QString &where, const QVariantList &bindings) const;
    Result<qint64> insertMentorship(const Mentorship &mentorship);
    // Plans, moves and drops the conversations after the mentorship's start or length changed.
    Result<void> followSchedule(const Mentorship &before, const Mentorship &after);

    PlanFile &m_plan;
};

} // namespace praksis
