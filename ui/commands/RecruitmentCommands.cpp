#include "commands/RecruitmentCommands.h"

#include "recruitment/HireRepository.h"

namespace praksis {

namespace {
template<typename R> Result<void> done(const R &r)
{
    if (!r)
        return r.error();
    return {};
}
} // namespace

SetStudentLinkCommand::SetStudentLinkCommand(PlanFile &plan, qint64 hireId, qint64 studentId, const QString &text)
    : PlanCommand(plan, text)
    , m_hireId(hireId)
    , m_studentId(studentId)
{}

Result<void> SetStudentLinkCommand::doRedo()
{
    auto previous = HireRepository(m_plan).setStudentLink(m_hireId, m_studentId);
    if (!previous)
        return previous.error();
    m_previous = previous.value();
    return {};
}

Result<void> SetStudentLinkCommand::doUndo()
{
    return done(HireRepository(m_plan).setStudentLink(m_hireId, m_previous));
}

AssignMentorCommand::AssignMentorCommand(PlanFile &plan, Mentorship mentorship, const QString &text)
    : PlanCommand(plan, text)
    , m_mentorship(std::move(mentorship))
{}

Result<void> AssignMentorCommand::doRedo()
{
    auto id = MentorRepository(m_plan).assign(m_mentorship);
    if (!id)
        return id.error();
    m_mentorship.id = id.value();
    return {};
}

Result<void> AssignMentorCommand::doUndo()
{
    return done(MentorRepository(m_plan).remove(m_mentorship.id, true));
}

EditMentorshipCommand::EditMentorshipCommand(PlanFile &plan, Mentorship after, const QString &text)
    : PlanCommand(plan, text)
    , m_after(std::move(after))
{}

Result<void> EditMentorshipCommand::doRedo()
{
    auto before = MentorRepository(m_plan).update(m_after);
    if (!before)
        return before.error();
    m_before = before.value();
    return {};
}

Result<void> EditMentorshipCommand::doUndo()
{
    if (!m_before)
        return {};
    return MentorRepository(m_plan).put(*m_before);
}

RemoveMentorshipCommand::RemoveMentorshipCommand(PlanFile &plan, qint64 id, const QString &text)
    : PlanCommand(plan, text)
    , m_id(id)
{}

Result<void> RemoveMentorshipCommand::doRedo()
{
    auto removed = MentorRepository(m_plan).remove(m_id, true);
    if (!removed)
        return removed.error();
    m_removed = std::move(removed.value());
    return {};
}

Result<void> RemoveMentorshipCommand::doUndo()
{
    if (!m_removed)
        return {};
    return MentorRepository(m_plan).restore(*m_removed);
}

ConversationCommand::ConversationCommand(PlanFile &plan, qint64 conversationId, Action action, QDate date,
                                         const QString &text)
    : PlanCommand(plan, text)
    , m_id(conversationId)
    , m_action(action)
    , m_date(date)
{}

Result<void> ConversationCommand::doRedo()
{
    MentorRepository repo(m_plan);
    auto before = m_action == Action::Hold ? repo.hold(m_id, m_date) : repo.plan(m_id, m_date);
    if (!before)
        return before.error();
    m_before = before.value();
    return {};
}

Result<void> ConversationCommand::doUndo()
{
    if (!m_before)
        return {};
    return done(MentorRepository(m_plan).updateConversation(*m_before));
}

} // namespace praksis
