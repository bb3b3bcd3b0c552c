#pragma once

#include "commands/PlanCommand.h"
#include "model/Hire.h"
#include "recruitment/MentorRepository.h"
#include "storage/Removal.h"

#include <QDate>

#include <optional>

namespace praksis {

// Undoable changes to a new hire's student link, her mentor and the mentor conversations (core/recruitment). Each
// redo and undo is one transaction through HireRepository / MentorRepository; a mentorship brought back by undo or
// redo keeps its id, so later commands on the stack still find it.

// Sets (a person confirmed it) or clears (0) the link between a hire and her student record; or several hires'
// links at once (the import wizard's "Link the checked"), in one transaction: all or none.
class SetStudentLinkCommand : public PlanCommand
{
public:
    struct Link
    {
        qint64 hireId = 0;
        qint64 studentId = 0;
    };

    SetStudentLinkCommand(PlanFile &plan, qint64 hireId, qint64 studentId, const QString &text);
    SetStudentLinkCommand(PlanFile &plan, QList<Link> links, const QString &text);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    // Sets each link, in order; the links as they were before go to *previous.
    Result<void> write(const QList<Link> &links, QList<Link> *previous);

    QList<Link> m_links;
    QList<Link> m_previous; // in reverse order, for undo
};

// Assigns a mentor: the mentorship with the conversations of the schedule.
class AssignMentorCommand : public PlanCommand
{
public:
    AssignMentorCommand(PlanFile &plan, Mentorship mentorship, const QString &text);
    qint64 mentorshipId() const { return m_mentorship.id; }

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    Mentorship m_mentorship;
};

// Changes the mentor, start or months of a mentorship (the conversations follow); undo puts everything back as it
// was, conversations included.
class EditMentorshipCommand : public PlanCommand
{
public:
    EditMentorshipCommand(PlanFile &plan, Mentorship after, const QString &text);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    Mentorship m_after;
    std::optional<MentorshipState> m_before;
};

// Removes a mentorship with its conversations.
class RemoveMentorshipCommand : public PlanCommand
{
public:
    RemoveMentorshipCommand(PlanFile &plan, qint64 id, const QString &text);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    qint64 m_id;
    std::optional<Removal<Mentorship>> m_removed;
};

// A conversation held on a date (a null date: not held after all), or moved to another planned date.
class ConversationCommand : public PlanCommand
{
public:
    enum class Action
    {
        Hold,
        Move,
    };
    ConversationCommand(PlanFile &plan, qint64 conversationId, Action action, QDate date, const QString &text);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    qint64 m_id;
    Action m_action;
    QDate m_date;
    std::optional<MentorConversation> m_before;
};

} // namespace praksis
