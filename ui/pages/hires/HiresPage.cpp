#include "pages/hires/HiresPage.h"

#include "Icons.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "commands/RecordCommands.h"
#include "dialogs/HireDetailDialog.h"
#include "model/Hire.h"
#include "models/SqlTableModel.h"
#include "pages/hires/HireForm.h"
#include "recruitment/HireRepository.h"

#include <QComboBox>
#include <QLocale>
#include <QPushButton>

namespace praksis {

namespace {
using Remove = RemoveRecordCommand<HireRepository, Hire>;

enum class State
{
    All,
    Employed,
    InProbation,
    Left,
};

// The name of the mentor of her latest mentorship (a supervisor or another hire).
const QString mentorExpr =
    QStringLiteral("(SELECT coalesce(v.given_name || ' ' || v.family_name, mh.given_name || ' ' || mh.family_name) "
                   "FROM mentorships m LEFT JOIN supervisors v ON v.id = m.mentor_supervisor_id "
                   "LEFT JOIN hires mh ON mh.id = m.mentor_hire_id WHERE m.hire_id = h.id "
                   "ORDER BY m.start_date DESC, m.id DESC LIMIT 1)");
// "3 of 17": the conversations held of those planned, over her mentorships.
const QString conversationsExpr =
    QStringLiteral("(SELECT CASE WHEN count(*) = 0 THEN NULL ELSE count(c.held_date) || ' / ' || count(*) END "
                   "FROM mentor_conversations c JOIN mentorships m ON m.id = c.mentorship_id WHERE m.hire_id = h.id)");
} // namespace

HiresPage::HiresPage(PlanSession &session, QWidget *parent)
    : RegisterPage(session, parent)
    , m_today(QDate::currentDate())
{
    m_site = addFilter(QStringLiteral("siteFilter"), tr("&Site:"));
    m_state = addFilter(QStringLiteral("stateFilter"), tr("S&how:"));
    m_state->addItem(tr("All new hires"), int(State::All));
    m_state->addItem(tr("Employed"), int(State::Employed));
    m_state->addItem(tr("In probation"), int(State::InProbation));
    m_state->addItem(tr("Left"), int(State::Left));
    refillFilters();
    auto *model = new SqlTableModel(
        session.plan(),
        QStringLiteral("FROM hires h JOIN sites si ON si.id = h.site_id "
                       "LEFT JOIN students st ON st.id = h.student_id LEFT JOIN schools sc ON sc.id = st.school_id"),
        QStringLiteral("h.id"),
        {{tr("Family name"), QStringLiteral("h.family_name")},
         {tr("Given name"), QStringLiteral("h.given_name")},
         {tr("Site"), QStringLiteral("CASE WHEN si.unit = '' THEN si.name ELSE si.name || ' / ' || si.unit END")},
         {tr("Profession"), QStringLiteral("h.profession"), SqlColumn::Format::Profession},
         {tr("Position"), QStringLiteral("h.position"), SqlColumn::Format::HirePosition},
         {tr("Start"), QStringLiteral("h.start_date"), SqlColumn::Format::Date},
         {tr("Probation ends"), QStringLiteral("h.probation_end"), SqlColumn::Format::Date},
         {tr("End"), QStringLiteral("h.end_date"), SqlColumn::Format::Date},
         {tr("End reason"), QStringLiteral("h.end_reason"), SqlColumn::Format::EndReason},
         {tr("Mentor"), mentorExpr},
         {tr("Conversations held"), conversationsExpr},
         {tr("Former student"),
          QStringLiteral("CASE WHEN st.id IS NULL THEN NULL ELSE sc.name || ', ' || st.student_number END")}},
        {Entity::Hire, Entity::Site, Entity::Student, Entity::School, Entity::Mentorship, Entity::MentorConversation,
         Entity::Supervisor},
        this);
    model->setSearchColumns({QStringLiteral("h.family_name"), QStringLiteral("h.given_name"),
                             QStringLiteral("h.given_name || ' ' || h.family_name"), QStringLiteral("h.email"),
                             QStringLiteral("si.name")});
    setModel(model);
    // The guide the mentor folders print is edited on a page of its own.
    auto *guide = new QPushButton(themedIcon(QStringLiteral("messages-square")), tr("Conversation guide…"), this);
    guide->setObjectName(QStringLiteral("guideButton"));
    guide->setToolTip(tr("Edit the topics and questions mentors talk about with new hires."));
    connect(guide, &QPushButton::clicked, this, [this] { emit pageRequested(QStringLiteral("guide")); });
    addButton(guide);
    connect(&session, &PlanSession::changed, this, [this](const Change &c) {
        if (c.entity == Entity::Site || c.entity == Entity::All)
            refillFilters();
    });
}

void HiresPage::setToday(QDate today)
{
    m_today = today;
    applyFilters();
}

void HiresPage::refillFilters()
{
    refill(m_site, choices(siteChoicesSql(), {}, tr("All sites")));
}

QString HiresPage::countText(int shown, qint64 total) const
{
    return tr("%1 of %2 new hires shown").arg(QLocale().toString(shown), QLocale().toString(total));
}

void HiresPage::applyFilters()
{
    if (!model())
        return;
    QStringList where;
    QVariantList bindings;
    if (const qint64 site = m_site->currentData().toLongLong()) {
        where << QStringLiteral("h.site_id = ?");
        bindings << site;
    }
    const QString today = m_today.toString(Qt::ISODate);
    const QString employed = QStringLiteral("h.start_date <= ? AND (h.end_date IS NULL OR h.end_date >= ?)");
    switch (State(m_state->currentData().toInt())) {
    case State::All:
        break;
    case State::Employed:
        where << employed;
        bindings << today << today;
        break;
    case State::InProbation:
        where << employed + QStringLiteral(" AND h.probation_end >= ?");
        bindings << today << today << today;
        break;
    case State::Left:
        where << QStringLiteral("h.end_date < ?");
        bindings << today;
        break;
    }
    model()->setFilter(where.join(QStringLiteral(" AND ")), bindings);
}

void HiresPage::createRecord()
{
    Hire h;
    h.siteId = m_site->currentData().toLongLong();
    HireForm::open(m_session, h, this, [this](qint64 id) {
        selectId(id);
        // her window, where the student records she may have been are suggested for the link
        HireDetailDialog::showFor(m_session, id, window());
    });
}

void HiresPage::editRecord(qint64 id)
{
    auto h = HireRepository(m_session.plan()).get(id);
    if (!h) {
        Prompts::error(this, tr("New hire"), h.error());
        return;
    }
    HireForm::open(m_session, h.value(), this);
}

void HiresPage::openRecord(qint64 id)
{
    HireDetailDialog::showFor(m_session, id, window());
}

void HiresPage::deleteRecord(qint64 id)
{
    HireRepository repo(m_session.plan());
    auto h = repo.get(id);
    if (!h)
        return;
    const QString name = h->fullName();
    if (confirmRemoval(tr("the new hire %1").arg(name), repo.dependents(id)))
        run(new Remove(m_session.plan(), id, tr("Delete new hire %1").arg(name)));
}

} // namespace praksis
