#include "pages/schools/SchoolsPage.h"

#include "Icons.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "commands/RecordCommands.h"
#include "model/Kinds.h"
#include "model/Validation.h"
#include "models/SqlTableModel.h"
#include "storage/Registers.h"
#include "storage/SchoolRepository.h"
#include "widgets/RecordForm.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace praksis {

namespace {
using Insert = InsertRecordCommand<SchoolRepository, School>;
using Update = UpdateRecordCommand<SchoolRepository, School>;
using Remove = RemoveRecordCommand<SchoolRepository, School>;

// The programme calls of SchoolRepository under the names the record commands use.
struct ProgrammeRepository
{
    explicit ProgrammeRepository(PlanFile &plan)
        : schools(plan)
    {}
    Result<qint64> insert(const Programme &p) { return schools.insertProgramme(p); }
    Result<void> update(const Programme &p) { return schools.updateProgramme(p); }
    Result<Removal<Programme>> remove(qint64 id, bool cascade) { return schools.removeProgramme(id, cascade); }
    Result<void> restore(const Removal<Programme> &r) { return schools.restoreProgramme(r); }
    SchoolRepository schools;
};
using InsertProgramme = InsertRecordCommand<ProgrammeRepository, Programme>;
using RemoveProgramme = RemoveRecordCommand<ProgrammeRepository, Programme>;
} // namespace

SchoolsPage::SchoolsPage(PlanSession &session, QWidget *parent)
    : RegisterPage(session, parent)
{
    m_filter = addFilter(QStringLiteral("kindFilter"), tr("&Kind:"));
    refillFilters();
    const Registers::Table &t = Registers::schools();
    auto *model = new SqlTableModel(session.plan(), t.from, t.id,
                                    {{tr("Name"), t.column("name")},
                                     {tr("Kind"), t.column("kind"), SqlColumn::Format::SchoolKind},
                                     {tr("Programmes"), t.column("programmes")},
                                     {tr("Students"), t.column("students"), SqlColumn::Format::Integer},
                                     {tr("Organisation number"), t.column("orgNumber")},
                                     {tr("Contact"), t.column("contactPerson")},
                                     {tr("E-mail"), t.column("email")}},
                                    {Entity::School, Entity::Programme, Entity::Student}, this);
    model->setSearchColumns(t.search);
    setModel(model);

    auto *add = new QPushButton(themedIcon(QStringLiteral("plus")), tr("Add &programme…"), this);
    add->setObjectName(QStringLiteral("addProgrammeButton"));
    auto *remove = new QPushButton(themedIcon(QStringLiteral("trash-2")), tr("Remove p&rogramme…"), this);
    remove->setObjectName(QStringLiteral("removeProgrammeButton"));
    // a programme belongs to the school chosen in the table
    addButton(add, Needs::ChosenRecord, tr("Choose a school in the table first: the programme belongs to it."));
    addButton(remove, Needs::ChosenRecord, tr("Choose a school in the table first."));
    connect(add, &QAbstractButton::clicked, this, &SchoolsPage::addProgramme);
    connect(remove, &QAbstractButton::clicked, this, &SchoolsPage::removeProgramme);
}

void SchoolsPage::refillFilters()
{
    QList<QPair<QString, QVariant>> items{{tr("All kinds"), QString()}};
    for (SchoolKind k : allValues<SchoolKind>())
        items.append({label(k), toId(k)});
    refill(m_filter, items);
}

QString SchoolsPage::countText(int shown, qint64 total) const
{
    return tr("%1 of %2 schools shown").arg(QLocale().toString(shown), QLocale().toString(total));
}

void SchoolsPage::applyFilters()
{
    const QString kind = m_filter->currentData().toString();
    model()->setFilter(kind.isEmpty() ? Listings::Statement() : Registers::schools().where({{"kind", kind}}));
}

void SchoolsPage::createRecord()
{
    openForm(School{});
}

void SchoolsPage::editRecord(qint64 id)
{
    auto s = SchoolRepository(m_session.plan()).get(id);
    if (!s) {
        Prompts::error(this, tr("School"), s.error());
        return;
    }
    openForm(s.value());
}

void SchoolsPage::deleteRecord(qint64 id)
{
    SchoolRepository repo(m_session.plan());
    auto s = repo.get(id);
    if (!s)
        return;
    const QString name = s->name;
    if (confirmRemoval(tr("the school %1").arg(name), repo.dependents(id)))
        run(new Remove(m_session.plan(), id, tr("Delete school %1").arg(name)));
}

void SchoolsPage::openForm(const School &school)
{
    const bool isNew = school.id == 0;
    auto *form = new RecordForm(isNew ? tr("New school") : tr("School %1").arg(school.name), this);
    auto *name = form->addLine(QStringLiteral("name"), tr("&Name:"), school.name,
                               [](const QString &t) { return Validation::requiredText(t, tr("Name")); });
    QList<QPair<QString, QVariant>> kinds;
    for (SchoolKind k : allValues<SchoolKind>())
        kinds.append({label(k), toId(k)});
    auto *kind = form->addCombo(QStringLiteral("kind"), tr("&Kind:"), kinds, toId(school.kind));
    auto *org =
        form->addLine(QStringLiteral("orgNumber"), tr("&Organisation number:"), school.orgNumber, [](const QString &t) {
            return Validation::organisationNumber(t, Validation::Presence::Optional, tr("Organisation number"));
        });
    auto *contact = form->addLine(QStringLiteral("contactPerson"), tr("&Contact person:"), school.contactPerson);
    auto *email = form->addLine(QStringLiteral("email"), tr("&E-mail:"), school.email, [](const QString &t) {
        return Validation::email(t, Validation::Presence::Optional, tr("E-mail"));
    });
    auto *phone = form->addLine(QStringLiteral("phone"), tr("P&hone:"), school.phone, [](const QString &t) {
        return Validation::phone(t, Validation::Presence::Optional, tr("Phone"));
    });

    showForm(form, [=, this] {
        School after = school;
        after.name = name->text().trimmed();
        after.kind = fromId<SchoolKind>(kind->currentData().toString()).value_or(SchoolKind::Hogskole);
        after.orgNumber = Validation::normalisedOrganisationNumber(org->text());
        after.contactPerson = contact->text().trimmed();
        after.email = email->text().trimmed();
        after.phone = phone->text().trimmed();
        if (isNew) {
            auto *command = new Insert(m_session.plan(), after, tr("Add school %1").arg(after.name));
            if (!run(command))
                return false;
            selectId(command->recordId());
            return true;
        }
        if (after == school)
            return true;
        return run(
            new Update(m_session.plan(), school, after, tr("Edit school %1").arg(after.name), form->changedField()));
    });
}

void SchoolsPage::addProgramme()
{
    const qint64 schoolId = currentId();
    if (!schoolId) {
        Prompts::error(this, tr("Add programme"), tr("Choose the school first."));
        return;
    }
    auto *form = new RecordForm(tr("New programme"), this);
    form->setObjectName(QStringLiteral("programmeForm"));
    auto *name = form->addLine(QStringLiteral("programmeName"), tr("&Name:"), QString(),
                               [](const QString &t) { return Validation::requiredText(t, tr("Name")); });
    QList<QPair<QString, QVariant>> kinds;
    for (ProgrammeKind k : allValues<ProgrammeKind>())
        kinds.append({label(k), toId(k)});
    auto *kind = form->addCombo(QStringLiteral("programmeKind"), tr("&Kind:"), kinds, toId(ProgrammeKind::Sykepleie));
    showForm(form, [=, this] {
        Programme p;
        p.schoolId = schoolId;
        p.name = name->text().trimmed();
        p.kind = fromId<ProgrammeKind>(kind->currentData().toString()).value_or(ProgrammeKind::Annet);
        return run(new InsertProgramme(m_session.plan(), p, tr("Add programme %1").arg(p.name)));
    });
}

void SchoolsPage::removeProgramme()
{
    const qint64 schoolId = currentId();
    const auto programmes = choices(Registers::programmeChoicesSql(), {schoolId});
    if (programmes.isEmpty()) {
        Prompts::error(this, tr("Remove programme"), tr("The chosen school has no programmes."));
        return;
    }
    auto *form = new RecordForm(tr("Remove a programme"), this);
    form->setObjectName(QStringLiteral("programmeRemoveForm"));
    auto *which = form->addCombo(QStringLiteral("programme"), tr("&Programme:"), programmes, QVariant());
    showForm(form, [=, this] {
        const qint64 id = which->currentData().toLongLong();
        const QString name = which->currentText();
        SchoolRepository repo(m_session.plan());
        if (!confirmRemoval(tr("the programme %1").arg(name), repo.programmeDependents(id)))
            return true;
        return run(new RemoveProgramme(m_session.plan(), id, tr("Remove programme %1").arg(name)));
    });
}

} // namespace praksis
