#include "pages/supervisors/SupervisorsPage.h"

#include "PlanSession.h"
#include "Prompts.h"
#include "commands/EditSupervisorCommand.h"
#include "commands/RecordCommands.h"
#include "model/Kinds.h"
#include "model/Validation.h"
#include "models/SqlTableModel.h"
#include "storage/Registers.h"
#include "storage/SupervisorRepository.h"
#include "widgets/RecordForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace praksis {

namespace {
using Insert = InsertRecordCommand<SupervisorRepository, Supervisor>;
using Remove = RemoveRecordCommand<SupervisorRepository, Supervisor>;

enum AbsenceColumn
{
    StartColumn,
    EndColumn,
    NoteColumn
};

// The absence periods of the form: one editable row each (start, end, note); the absence's id in Qt::UserRole of
// the first cell (0 for one added in the form).
QTableWidget *absenceTable(const QList<SupervisorAbsence> &absences, QWidget *parent)
{
    auto *table = new QTableWidget(0, 3, parent);
    table->setObjectName(QStringLiteral("absences"));
    table->setAccessibleName(SupervisorsPage::tr("Absence periods"));
    table->setHorizontalHeaderLabels(
        {SupervisorsPage::tr("From"), SupervisorsPage::tr("To"), SupervisorsPage::tr("Note")});
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    // wide enough for a date being typed
    const int dateWidth = table->fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) + 16;
    table->setColumnWidth(StartColumn, dateWidth);
    table->setColumnWidth(EndColumn, dateWidth);
    table->setMinimumWidth(dateWidth * 2 + table->fontMetrics().averageCharWidth() * 20);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    for (const SupervisorAbsence &a : absences) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto *start = new QTableWidgetItem(Validation::formatDate(a.start));
        start->setData(Qt::UserRole, a.id);
        table->setItem(row, StartColumn, start);
        table->setItem(row, EndColumn, new QTableWidgetItem(Validation::formatDate(a.end)));
        table->setItem(row, NoteColumn, new QTableWidgetItem(a.note));
    }
    table->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * 4 + table->horizontalHeader()->height());
    return table;
}

// The rows as absences of the supervisor, and the first problem (line by line, with the core's checks).
QList<SupervisorAbsence> absencesOf(const QTableWidget *table, qint64 supervisorId, std::optional<Error> *problem,
                                    const SupervisorRepository &repo)
{
    QList<SupervisorAbsence> list;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto text = [table, row](int column) {
            const QTableWidgetItem *item = table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        SupervisorAbsence a;
        a.id = table->item(row, StartColumn) ? table->item(row, StartColumn)->data(Qt::UserRole).toLongLong() : 0;
        a.supervisorId = supervisorId;
        a.note = text(NoteColumn);
        auto start = Validation::parseDateField(text(StartColumn), SupervisorsPage::tr("From"));
        auto end = Validation::parseDateField(text(EndColumn), SupervisorsPage::tr("To"));
        std::optional<Error> e;
        if (!start)
            e = start.error();
        else if (!end)
            e = end.error();
        else {
            a.start = start.value();
            a.end = end.value();
            SupervisorAbsence unchecked = a;
            unchecked.supervisorId = 0; // the supervisor may not be stored yet
            if (auto v = repo.validateAbsence(unchecked); !v)
                e = v.error();
        }
        if (e && problem && !*problem) {
            e->message = SupervisorsPage::tr("Absence %1: %2").arg(row + 1).arg(e->message);
            *problem = e;
        }
        list.append(a);
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const SupervisorAbsence &x, const SupervisorAbsence &y) { return x.start < y.start; });
    return list;
}
} // namespace

SupervisorsPage::SupervisorsPage(PlanSession &session, QWidget *parent)
    : RegisterPage(session, parent)
{
    m_filter = addFilter(QStringLiteral("siteFilter"), tr("&Site:"));
    refillFilters();
    const Registers::Table &t = Registers::supervisors();
    auto *model = new SqlTableModel(session.plan(), t.from, t.id,
                                    {{tr("Family name"), t.column("familyName")},
                                     {tr("Given name"), t.column("givenName")},
                                     {tr("Site"), t.column("site")},
                                     {tr("Profession"), t.column("profession"), SqlColumn::Format::Profession},
                                     {tr("Training"), t.column("hasTraining"), SqlColumn::Format::Bool},
                                     {tr("Max students"), t.column("maxStudents"), SqlColumn::Format::Integer},
                                     {tr("Absences"), t.column("absences"), SqlColumn::Format::Integer},
                                     {tr("E-mail"), t.column("email")}},
                                    {Entity::Supervisor, Entity::Site, Entity::SupervisorAbsence}, this);
    model->setSearchColumns(t.search);
    setModel(model);
    connect(&session, &PlanSession::changed, this, [this](const Change &c) {
        if (c.entity == Entity::Site || c.entity == Entity::All)
            refillFilters();
    });
}

void SupervisorsPage::refillFilters()
{
    refill(m_filter, choices(siteChoicesSql(), {}, tr("All sites")));
}

QString SupervisorsPage::countText(int shown, qint64 total) const
{
    return tr("%1 of %2 supervisors shown").arg(QLocale().toString(shown), QLocale().toString(total));
}

void SupervisorsPage::applyFilters()
{
    const qint64 site = m_filter->currentData().toLongLong();
    model()->setFilter(site ? Registers::supervisors().where({{"site", site}}) : Listings::Statement());
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
        form->addCombo(QStringLiteral("site"), tr("&Site:"), choices(siteChoicesSql(), {}, tr("(choose)")),
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

    auto *absenceBox = new QWidget(form);
    auto *absenceLayout = new QVBoxLayout(absenceBox);
    absenceLayout->setContentsMargins(0, 0, 0, 0);
    QTableWidget *absences = absenceTable(supervisor.absences, absenceBox);
    absenceLayout->addWidget(absences);
    auto *absenceButtons = new QHBoxLayout;
    auto *addAbsence = new QPushButton(tr("&Add absence"), absenceBox);
    addAbsence->setObjectName(QStringLiteral("addAbsence"));
    auto *removeAbsence = new QPushButton(tr("Remo&ve absence"), absenceBox);
    removeAbsence->setObjectName(QStringLiteral("removeAbsence"));
    absenceButtons->addWidget(addAbsence);
    absenceButtons->addWidget(removeAbsence);
    absenceButtons->addStretch();
    absenceLayout->addLayout(absenceButtons);
    PlanFile &plan = m_session.plan();
    form->addWidget(tr("Absence periods:"), absenceBox, [absences, &plan]() -> std::optional<Error> {
        std::optional<Error> problem;
        absencesOf(absences, 0, &problem, SupervisorRepository(plan));
        return problem;
    });
    connect(absences, &QTableWidget::itemChanged, form, &RecordForm::revalidate);
    connect(addAbsence, &QPushButton::clicked, form, [absences, form] {
        const int row = absences->rowCount();
        absences->insertRow(row);
        const QDate today = QDate::currentDate();
        auto *start = new QTableWidgetItem(Validation::formatDate(today));
        start->setData(Qt::UserRole, qint64(0));
        absences->setItem(row, StartColumn, start);
        absences->setItem(row, EndColumn, new QTableWidgetItem(Validation::formatDate(today)));
        absences->setItem(row, NoteColumn, new QTableWidgetItem());
        absences->setCurrentCell(row, StartColumn);
        absences->setFocus();
        absences->editItem(start);
        form->revalidate();
    });
    connect(removeAbsence, &QPushButton::clicked, form, [absences, form] {
        if (absences->currentRow() >= 0)
            absences->removeRow(absences->currentRow());
        form->revalidate();
    });
    form->revalidate();

    showForm(form, [=, this] {
        Supervisor after = supervisor;
        after.absences = absencesOf(absences, supervisor.id, nullptr, SupervisorRepository(m_session.plan()));
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
        return run(new EditSupervisorCommand(m_session.plan(), supervisor, after,
                                             tr("Edit supervisor %1").arg(after.fullName()), form->changedField()));
    });
}

} // namespace praksis
