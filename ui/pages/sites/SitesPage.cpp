#include "pages/sites/SitesPage.h"

#include "PlanSession.h"
#include "Prompts.h"
#include "commands/RecordCommands.h"
#include "commands/SiteCommands.h"
#include "model/Kinds.h"
#include "model/Validation.h"
#include "models/SqlTableModel.h"
#include "storage/PlanSettings.h"
#include "storage/Registers.h"
#include "storage/SiteRepository.h"
#include "welcome/SiteWelcome.h"
#include "widgets/RecordForm.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace praksis {

namespace {
using Remove = RemoveRecordCommand<SiteRepository, Site>;
} // namespace

SitesPage::SitesPage(PlanSession &session, QWidget *parent)
    : RegisterPage(session, parent)
{
    m_filter = addFilter(QStringLiteral("kindFilter"), tr("&Kind:"));
    refillFilters();
    const Registers::Table &t = Registers::sites();
    auto *model = new SqlTableModel(session.plan(), t.from, t.id,
                                    {{tr("Name"), t.column("name")},
                                     {tr("Unit"), t.column("unit")},
                                     {tr("Kind"), t.column("kind"), SqlColumn::Format::SiteKind},
                                     {tr("Municipality"), t.column("municipality")},
                                     {tr("Capacity"), t.column("capacity"), SqlColumn::Format::Integer},
                                     {tr("Supervisors"), t.column("supervisors"), SqlColumn::Format::Integer},
                                     {tr("Contact"), t.column("contactPerson")},
                                     {tr("Phone"), t.column("phone")}},
                                    {Entity::Site, Entity::Supervisor}, this);
    model->setSearchColumns(t.search);
    setModel(model);
}

void SitesPage::refillFilters()
{
    QList<QPair<QString, QVariant>> items{{tr("All kinds"), QString()}};
    for (SiteKind k : allValues<SiteKind>())
        items.append({label(k), toId(k)});
    refill(m_filter, items);
}

QString SitesPage::countText(int shown, qint64 total) const
{
    return tr("%1 of %2 sites shown").arg(QLocale().toString(shown), QLocale().toString(total));
}

void SitesPage::applyFilters()
{
    const QString kind = m_filter->currentData().toString();
    model()->setFilter(kind.isEmpty() ? Listings::Statement() : Registers::sites().where({{"kind", kind}}));
}

void SitesPage::createRecord()
{
    Site s;
    if (auto k = fromId<SiteKind>(m_filter->currentData().toString()))
        s.kind = *k;
    openForm(s);
}

void SitesPage::editRecord(qint64 id)
{
    auto s = SiteRepository(m_session.plan()).get(id);
    if (!s) {
        Prompts::error(this, tr("Site"), s.error());
        return;
    }
    openForm(s.value());
}

void SitesPage::deleteRecord(qint64 id)
{
    SiteRepository repo(m_session.plan());
    auto s = repo.get(id);
    if (!s)
        return;
    const QString name = s->displayName();
    if (confirmRemoval(tr("the site %1").arg(name), repo.dependents(id)))
        run(new Remove(m_session.plan(), id, tr("Delete site %1").arg(name)));
}

void SitesPage::openForm(const Site &site)
{
    const bool isNew = site.id == 0;
    auto *form = new RecordForm(isNew ? tr("New site") : tr("Site %1").arg(site.displayName()), this);
    auto *name = form->addLine(QStringLiteral("name"), tr("&Name:"), site.name,
                               [](const QString &t) { return Validation::requiredText(t, tr("Name")); });
    auto *unit = form->addLine(QStringLiteral("unit"), tr("&Unit:"), site.unit);
    QList<QPair<QString, QVariant>> kinds;
    for (SiteKind k : allValues<SiteKind>())
        kinds.append({label(k), toId(k)});
    auto *kind = form->addCombo(QStringLiteral("kind"), tr("&Kind:"), kinds, toId(site.kind));
    auto *municipality = form->addLine(QStringLiteral("municipality"), tr("&Municipality:"), site.municipality);
    auto *number = form->addLine(QStringLiteral("municipalityNumber"), tr("Municipality n&umber:"),
                                 site.municipalityNumber, [](const QString &t) {
                                     return Validation::municipalityNumber(t, Validation::Presence::Optional,
                                                                           tr("Municipality number"));
                                 });
    auto *address = form->addLine(QStringLiteral("address"), tr("&Address:"), site.address);
    auto *capacity =
        form->addSpin(QStringLiteral("capacity"), tr("&Capacity (students at a time):"), site.capacity, 0, 500);
    auto *contact = form->addLine(QStringLiteral("contactPerson"), tr("C&ontact person:"), site.contactPerson);
    auto *email = form->addLine(QStringLiteral("email"), tr("&E-mail:"), site.email, [](const QString &t) {
        return Validation::email(t, Validation::Presence::Optional, tr("E-mail"));
    });
    auto *phone = form->addLine(QStringLiteral("phone"), tr("P&hone:"), site.phone, [](const QString &t) {
        return Validation::phone(t, Validation::Presence::Optional, tr("Phone"));
    });

    // What the site's welcome letters say about the first day (docs/welcome-checklist.md)
    SiteWelcome welcome{site.id, {}, {}, {}};
    if (!isNew) {
        if (auto w = SiteWelcomes::load(m_session.plan(), site.id))
            welcome = w.value();
    }
    const QString defaultTime = PlanSettings(m_session.plan()).value(PlanSettings::welcomeArrivalTime);
    auto *arrival = form->addLine(QStringLiteral("arrivalTime"), tr("A&rrival time, first day:"), welcome.arrivalTime,
                                  [](const QString &t) -> std::optional<Error> {
                                      if (auto r = SiteWelcomes::normalisedTime(t); !r)
                                          return r.error();
                                      return std::nullopt;
                                  });
    arrival->setPlaceholderText(tr("%1 (the plan's default)").arg(defaultTime));
    auto *meeting = form->addLine(QStringLiteral("meetingPlace"), tr("Meeting p&lace:"), welcome.meetingPlace);
    meeting->setPlaceholderText(tr("The address above"));
    auto *note = form->addText(QStringLiteral("letterNote"), tr("Note in the &welcome letter:"), welcome.note);
    note->setPlaceholderText(tr("Parking, what to bring, who to ask for …"));

    showForm(form, [=, this] {
        Site after = site;
        after.name = name->text().trimmed();
        after.unit = unit->text().trimmed();
        after.kind = fromId<SiteKind>(kind->currentData().toString()).value_or(SiteKind::Annet);
        after.municipality = municipality->text().trimmed();
        after.municipalityNumber = number->text().trimmed();
        after.address = address->text().trimmed();
        after.capacity = capacity->value();
        after.contactPerson = contact->text().trimmed();
        after.email = email->text().trimmed();
        after.phone = phone->text().trimmed();
        const auto time = SiteWelcomes::normalisedTime(arrival->text()); // checked by the form
        const SiteWelcome welcomeAfter{site.id, time ? time.value() : QString(), meeting->text().trimmed(),
                                       note->toPlainText().trimmed()};
        if (!isNew && after == site && welcomeAfter == welcome)
            return true;
        const QString text =
            isNew ? tr("Add site %1").arg(after.displayName()) : tr("Edit site %1").arg(after.displayName());
        auto *command = new SaveSiteCommand(m_session.plan(), site, after, welcome, welcomeAfter, text);
        if (!run(command))
            return false;
        if (isNew)
            selectId(command->recordId());
        return true;
    });
}

} // namespace praksis
