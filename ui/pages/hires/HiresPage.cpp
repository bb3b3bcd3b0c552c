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
#include "storage/Registers.h"

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
    const Registers::Table &t = Registers::hires();
    auto *model = new SqlTableModel(session.plan(), t.from, t.id,
                                    {{tr("Family name"), t.column("familyName")},
                                     {tr("Given name"), t.column("givenName")},
                                     {tr("Site"), t.column("site")},
                                     {tr("Profession"), t.column("profession"), SqlColumn::Format::Profession},
                                     {tr("Position"), t.column("position"), SqlColumn::Format::HirePosition},
                                     {tr("Start"), t.column("start"), SqlColumn::Format::Date},
                                     {tr("Probation ends"), t.column("probationEnd"), SqlColumn::Format::Date},
                                     {tr("End"), t.column("end"), SqlColumn::Format::Date},
                                     {tr("End reason"), t.column("endReason"), SqlColumn::Format::EndReason},
                                     {tr("Mentor"), t.column("mentor")},
                                     {tr("Conversations held"), t.column("conversations")},
                                     {tr("Former student"), t.column("formerStudent")}},
                                    {Entity::Hire, Entity::Site, Entity::Student, Entity::School, Entity::Mentorship,
                                     Entity::MentorConversation, Entity::Supervisor},
                                    this);
    model->setSearchColumns(t.search);
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
    QList<std::pair<const char *, QVariant>> filters;
    if (const qint64 site = m_site->currentData().toLongLong())
        filters.append({"site", site});
    const QString today = m_today.toString(Qt::ISODate);
    switch (State(m_state->currentData().toInt())) {
    case State::All:
        break;
    case State::Employed:
        filters.append({"employed", today});
        break;
    case State::InProbation:
        filters.append({"inProbation", today});
        break;
    case State::Left:
        filters.append({"left", today});
        break;
    }
    model()->setFilter(Registers::hires().where(filters));
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
