#include "pages/supervisors/SupervisorsPage.h"

#include "PlanSession.h"
#include "Prompts.h"
#include "commands/RecordCommands.h"
#include "model/Kinds.h"
#include "model/Validation.h"
#include "models/SqlTableModel.h"
#include "storage/SupervisorRepository.h"
#include "widgets/RecordForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace praksis {

namespace {
using Insert = InsertRecordCommand<SupervisorRepository, Supervisor>;
using Update = UpdateRecordCommand<SupervisorRepository, Supervisor>;
using Remove = RemoveRecordCommand<SupervisorRepository, Supervisor>;

const QString siteChoices = QStringLiteral(
    "SELECT CASE WHEN unit = '' THEN name ELSE name || ' / ' || unit END, id FROM sites ORDER BY name, unit");
} // namespace

SupervisorsPage::SupervisorsPage(PlanSession &session, QWidget *parent)
    : RegisterPage(session, parent)
{
    m_filter = addFilter(QStringLiteral("siteFilter"), tr("&Site:"));
    refillFilters();
    auto *model = new SqlTableModel(
        session.plan(), QStringLiteral("FROM supervisors su JOIN sites si ON si.id = su.site_id"),
        QStringLiteral("su.id"),
        {{tr("Family name"), QStringLiteral("su.family_name")},
         {tr("Given name"), QStringLiteral("su.given_name")},
         {tr("Site"), QStringLiteral("CASE WHEN si.unit = '' THEN si.name ELSE si.name || ' / ' || si.unit END")},
         {tr("Profession"), QStringLiteral("su.profession"), SqlColumn::Format::Profession},
         {tr("Training"), QStringLiteral("su.has_training"), SqlColumn::Format::Bool},
         {tr("Max students"), QStringLiteral("su.max_students"), SqlColumn::Format::Integer},
         {tr("Absences"), QStringLiteral("(SELECT count(*) FROM supervisor_absences a WHERE a.supervisor_id = su.id)"),
          SqlColumn::Format::Integer},
         {tr("E-mail"), QStringLiteral("su.email")}},
        {Entity::Supervisor, Entity::Site, Entity::SupervisorAbsence}, this);
    model->setSearchColumns({QStringLiteral("su.family_name"), QStringLiteral("su.given_name"),
                             QStringLiteral("su.given_name || ' ' || su.family_name"), QStringLiteral("su.email"),
                             QStringLiteral("si.name")});
    setModel(model);
    connect(&session, &PlanSession::changed, this, [this](const Change &c) {
        if (c.entity == Entity::Site || c.entity == Entity::All)
            refillFilters();
    });
}

void SupervisorsPage::refillFilters()
{
    refill(m_filter, choices(siteChoices, {}, tr("All sites")));
}

QString SupervisorsPage::countText(int shown, qint64 total) const
{
    return tr("%1 of %2 supervisors shown").arg(QLocale().toString(shown), QLocale().toString(total));
}

void SupervisorsPage::applyFilters()
{
    const qint64 site = m_filter->currentData().toLongLong();
    if (site)
        model()->setFilter(QStringLiteral("su.site_id = ?"), {site});
    else
        model()->setFilter(QString());
}

void SupervisorsPage::createRecord()
{
    Supervisor s;
    s.siteId = m_filter->currentData().toLongLong();
    openForm(s);
}

void SupervisorsPage::editRecord(qint64 id)
{
    auto s = SupervisorRepository(m_session.plan()).get(id);
    if (!s) {
        Prompts::error(this, tr("Supervisor"), s.error());
        return;
    }
    openForm(s.value());
}

void SupervisorsPage::deleteRecord(qint64 id)
{
    SupervisorRepository repo(m_session.plan());
    auto s = repo.get(id);
    if (!s)
        return;
    const QString name = s->fullName();
    if (confirmRemoval(tr("the supervisor %1").arg(name), repo.dependents(id)))
        run(new Remove(m_session.plan(), id, tr("Delete supervisor %1").arg(name)));
}

void SupervisorsPage::openForm(const Supervisor &supervisor)
{
    const bool isNew = supervisor.id == 0;
    auto *form = new RecordForm(isNew ? tr("New supervisor") : tr("Supervisor %1").arg(supervisor.fullName()), this);
    auto *given = form->addLine(QStringLiteral("givenName"), tr("&Given name:"), supervisor.givenName,
                                [](const QString &t) { return Validation::requiredText(t, tr("Given name")); });
    auto *family = form->addLine(QStringLiteral("familyName"), tr("&Family name:"), supervisor.familyName,
                                 [](const QString &t) { return Validation::requiredText(t, tr("Family name")); });
    auto *site =
        form->addCombo(QStringLiteral("site"), tr("&Site:"), choices(siteChoices, {}, tr("(choose)")),
                       supervisor.siteId, [](const QVariant &id) -> std::optional<Error> {
                           if (id.toLongLong() == 0)
                               return Error::invalid(tr("Choose a site (add sites on the Sites page)."), tr("Site"));
                           return std::nullopt;
                       });
    QList<QPair<QString, QVariant>> professions;
    for (Profession p : allValues<Profession>())
        professions.append({label(p), toId(p)});
    auto *profession =
        form->addCombo(QStringLiteral("profession"), tr("&Profession:"), professions, toId(supervisor.profession));
    auto *training =
        form->addCheck(QStringLiteral("hasTraining"), tr("Has supervision &training"), supervisor.hasTraining);
    auto *year = form->addSpin(QStringLiteral("trainingYear"), tr("Training &year:"), supervisor.trainingYear, 0, 2100);
    year->setSpecialValueText(tr("not given"));
    auto *max =
        form->addSpin(QStringLiteral("maxStudents"), tr("&Max students at a time:"), supervisor.maxStudents, 0, 20);
    auto *email = form->addLine(QStringLiteral("email"), tr("&E-mail:"), supervisor.email, [](const QString &t) {
        return Validation::email(t, Validation::Presence::Optional, tr("E-mail"));
    });
    auto *phone = form->addLine(QStringLiteral("phone"), tr("P&hone:"), supervisor.phone, [](const QString &t) {
        return Validation::phone(t, Validation::Presence::Optional, tr("Phone"));
    });

    showForm(form, [=, this] {
        Supervisor after = supervisor;
        after.givenName = given->text().trimmed();
        after.familyName = family->text().trimmed();
        after.siteId = site->currentData().toLongLong();
        after.profession = fromId<Profession>(profession->currentData().toString()).value_or(Profession::Annet);
        after.hasTraining = training->isChecked();
        after.trainingYear = year->value();
        after.maxStudents = max->value();
        after.email = email->text().trimmed();
        after.phone = phone->text().trimmed();
        if (isNew) {
            auto *command = new Insert(m_session.plan(), after, tr("Add supervisor %1").arg(after.fullName()));
            if (!run(command))
                return false;
            selectId(command->recordId());
            return true;
        }
        if (after == supervisor)
            return true;
        return run(new Update(m_session.plan(), supervisor, after, tr("Edit supervisor %1").arg(after.fullName()),
                              form->changedField()));
    });
}

} // namespace praksis
