#include "commands/RecruitmentCommands.h"

#include "recruitment/HireRepository.h"
#include "storage/PlanFile.h"

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
    : SetStudentLinkCommand(plan, QList<Link>{{hireId, studentId}}, text)
{}

SetStudentLinkCommand::SetStudentLinkCommand(PlanFile &plan, QList<Link> links, const QString &text)
    : PlanCommand(plan, text)
    , m_links(std::move(links))
{}

Result<void> SetStudentLinkCommand::write(const QList<Link> &links, QList<Link> *previous)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    QList<Link> before;
    HireRepository repo(m_plan);
    for (const Link &link : links) {
        auto was = repo.setStudentLink(link.hireId, link.studentId);
        if (!was)
            return was.error();
        before.prepend({link.hireId, was.value()});
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    if (previous)
        *previous = std::move(before);
    return {};
}

Result<void> SetStudentLinkCommand::doRedo()
{
    return write(m_links, &m_previous);
}

Result<void> SetStudentLinkCommand::doUndo()
{
    return write(m_previous, nullptr);
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
