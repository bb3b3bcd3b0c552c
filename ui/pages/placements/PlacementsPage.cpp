#include "pages/placements/PlacementsPage.h"

#include "Icons.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "commands/RecordCommands.h"
#include "dialogs/PlacementDetailDialog.h"
#include "model/Kinds.h"
#include "model/Validation.h"
#include "models/SqlTableModel.h"
#include "placements/PlacementService.h"
#include "storage/Registers.h"
#include "widgets/RecordForm.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

namespace praksis {

namespace {
using Insert = InsertRecordCommand<PlacementService, Placement>;
using Update = UpdateRecordCommand<PlacementService, Placement>;
using Remove = RemoveRecordCommand<PlacementService, Placement>;

std::optional<Error> optionalDate(const QString &text, const QString &field)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    auto d = Validation::parseDateField(text, field);
    return d ? std::nullopt : std::optional<Error>(d.error());
}
} // namespace

PlacementsPage::PlacementsPage(PlanSession &session, QWidget *parent)
    : RegisterPage(session, parent)
{
    m_period = addFilter(QStringLiteral("periodFilter"), tr("&Period:"));
    m_school = addFilter(QStringLiteral("schoolFilter"), tr("Sc&hool:"));
    m_site = addFilter(QStringLiteral("siteFilter"), tr("S&ite:"));
    m_supervisor = addFilter(QStringLiteral("supervisorFilter"), tr("Supe&rvisor:"));
    m_status = addFilter(QStringLiteral("statusFilter"), tr("St&atus:"));
    refillFilters();
    m_period->setCurrentIndex(qMax(0, m_period->findData(session.currentPeriodId())));

    const Registers::Table &t = Registers::placements();
    auto *model = new SqlTableModel(
        session.plan(), t.from, t.id,
        {{tr("Student"), t.column("student")},
         {tr("School"), t.column("school")},
         {tr("Site"), t.column("site")},
         {tr("Supervisor"), t.column("supervisor")},
         {tr("Period"), t.column("period"), SqlColumn::Format::Text, t.column("periodStart")},
         {tr("Start"), t.column("start"), SqlColumn::Format::Date},
         {tr("End"), t.column("end"), SqlColumn::Format::Date},
         {tr("Status"), t.column("status"), SqlColumn::Format::Status}},
        {Entity::Placement, Entity::Student, Entity::Site, Entity::Supervisor, Entity::Period, Entity::School}, this);
    model->setSearchColumns(t.search);
    setModel(model);

    auto *details = new QPushButton(themedIcon(QStringLiteral("info")), tr("De&tails…"), this);
    details->setObjectName(QStringLiteral("detailsButton"));
    details->setToolTip(tr("Meetings, absence, conflicts and checklist of the placement (Enter)"));
    addButton(details);
    connect(details, &QAbstractButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            openRecord(id);
    });
    auto updateDetails = [this, details] { details->setEnabled(currentId() != 0); };
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateDetails);
    updateDetails();

    connect(m_site, &QComboBox::currentIndexChanged, this, &PlacementsPage::refillSupervisors);
    connect(&session, &PlanSession::currentPeriodChanged, this,
            [this](qint64 id) { m_period->setCurrentIndex(qMax(0, m_period->findData(id))); });
    connect(&session, &PlanSession::changed, this, [this](const Change &c) {
        if (c.entity == Entity::Period || c.entity == Entity::Site || c.entity == Entity::School ||
            c.entity == Entity::All)
            refillFilters();
    });
}

void PlacementsPage::refillFilters()
{
    refill(m_period, choices(Registers::periodChoicesSql(), {}, tr("All periods")));
    refill(m_school, choices(Registers::schoolChoicesSql(), {}, tr("All schools")));
    refill(m_site, choices(siteChoicesSql(), {}, tr("All sites")));
    QList<QPair<QString, QVariant>> statuses{{tr("All statuses"), QString()}};
    for (PlacementStatus s : allValues<PlacementStatus>())
        statuses.append({label(s), toId(s)});
    refill(m_status, statuses);
    refillSupervisors();
}

void PlacementsPage::refillSupervisors()
{
    const qint64 site = m_site->currentData().toLongLong();
    refill(m_supervisor, site ? choices(Registers::supervisorChoicesSql(), {site}, tr("All supervisors"))
                              : QList<QPair<QString, QVariant>>{{tr("All supervisors"), qint64(0)}});
    m_supervisor->setEnabled(site != 0);
    m_supervisor->setToolTip(site ? QString() : tr("Choose a site first."));
}

QString PlacementsPage::countText(int shown, qint64 total) const
{
    return tr("%1 of %2 placements shown").arg(QLocale().toString(shown), QLocale().toString(total));
}

void PlacementsPage::applyFilters()
{
    if (!model())
        return;
    QList<std::pair<const char *, QVariant>> filters;
    auto add = [&](QComboBox *box, const char *key) {
        const QVariant v = box->currentData();
        if ((v.typeId() == QMetaType::QString && !v.toString().isEmpty()) ||
            (v.typeId() != QMetaType::QString && v.toLongLong() != 0))
            filters.append({key, v});
    };
    add(m_period, "period");
    add(m_school, "school");
    add(m_site, "site");
    add(m_supervisor, "supervisor");
    add(m_status, "status");
    model()->setFilter(Registers::placements().where(filters));
}

void PlacementsPage::createRecord()
{
    Placement p;
    p.periodId = m_period->currentData().toLongLong();
    if (!p.periodId)
        p.periodId = m_session.currentPeriodId();
    p.siteId = m_site->currentData().toLongLong();
    openForm(p);
}

void PlacementsPage::editRecord(qint64 id)
{
    auto p = PlacementRepository(m_session.plan()).get(id);
    if (!p) {
        Prompts::error(this, tr("Placement"), p.error());
        return;
    }
    openForm(p.value());
}

void PlacementsPage::deleteRecord(qint64 id)
{
    PlacementRepository repo(m_session.plan());
    const int row = model()->rowOf(id);
    const QString student = row >= 0 ? model()->index(row, 0).data().toString() : QString();
    if (confirmRemoval(tr("the placement of %1").arg(student), repo.dependents(id)))
        run(new Remove(m_session.plan(), id, tr("Delete placement of %1").arg(student)));
}

void PlacementsPage::openRecord(qint64 id)
{
    PlacementDetailDialog::showFor(m_session, id, this);
}

void PlacementsPage::openForm(const Placement &placement)
{
    const bool isNew = placement.id == 0;
    auto *form = new RecordForm(isNew ? tr("New placement") : tr("Placement"), this);
    auto required = [](const QString &what) {
        return [what](const QVariant &id) -> std::optional<Error> {
            if (id.toLongLong() == 0)
                return Error::invalid(tr("Choose the %1.").arg(what), what);
            return std::nullopt;
        };
    };
    auto *student = form->addCombo(QStringLiteral("student"), tr("S&tudent:"),
                                   choices(Registers::studentChoicesSql(), {}, tr("(choose)")), placement.studentId,
                                   required(tr("student")));
    // Thousands of students: type to find one.
    student->setEditable(true);
    student->setInsertPolicy(QComboBox::NoInsert);
    student->completer()->setCompletionMode(QCompleter::PopupCompletion);
    student->completer()->setFilterMode(Qt::MatchContains);
    auto *period = form->addCombo(QStringLiteral("period"), tr("&Period:"),
                                  choices(Registers::periodChoicesSql(), {}, tr("(choose)")), placement.periodId,
                                  required(tr("period")));
    auto *site = form->addCombo(QStringLiteral("site"), tr("&Site:"), choices(siteChoicesSql(), {}, tr("(choose)")),
                                placement.siteId, required(tr("site")));
    site->setEditable(true);
    site->setInsertPolicy(QComboBox::NoInsert);
    site->completer()->setFilterMode(Qt::MatchContains);
    auto *supervisor = form->addCombo(QStringLiteral("supervisor"), tr("Super&visor:"), {}, QVariant());
    auto *start = form->addLine(QStringLiteral("startDate"), tr("St&art:"),
                                placement.start.isValid() ? Validation::formatDate(placement.start) : QString(),
                                [](const QString &t) { return optionalDate(t, tr("Start")); });
    start->setPlaceholderText(tr("the period's start"));
    auto *end = form->addLine(QStringLiteral("endDate"), tr("&End:"),
                              placement.end.isValid() ? Validation::formatDate(placement.end) : QString(),
                              [start](const QString &t) -> std::optional<Error> {
                                  if (auto e = optionalDate(t, tr("End")))
                                      return e;
                                  const auto s = Validation::parseDate(start->text());
                                  const auto e = Validation::parseDate(t);
                                  if (s && e)
                                      return Validation::dateOrder(*s, *e, tr("End"));
                                  return std::nullopt;
                              });
    end->setPlaceholderText(tr("the period's end"));
    QList<QPair<QString, QVariant>> statuses;
    for (PlacementStatus s : allValues<PlacementStatus>())
        statuses.append({label(s), toId(s)});
    auto *status = form->addCombo(QStringLiteral("status"), tr("Stat&us:"), statuses, toId(placement.status));
    auto *notes = form->addText(QStringLiteral("notes"), tr("&Notes:"), placement.notes);

    auto fillSupervisors = [this, site, supervisor, placement] {
        refill(supervisor,
               choices(Registers::supervisorChoicesSql(), {site->currentData().toLongLong()}, tr("(none yet)")));
        supervisor->setCurrentIndex(qMax(0, supervisor->findData(placement.supervisorId)));
    };
    fillSupervisors();
    connect(site, &QComboBox::currentIndexChanged, form, fillSupervisors);

    showForm(form, [=, this] {
        Placement after = placement;
        after.studentId = student->currentData().toLongLong();
        after.periodId = period->currentData().toLongLong();
        after.siteId = site->currentData().toLongLong();
        after.supervisorId = supervisor->currentData().toLongLong();
        after.start = Validation::parseDate(start->text()).value_or(QDate());
        after.end = Validation::parseDate(end->text()).value_or(QDate());
        after.status = fromId<PlacementStatus>(status->currentData().toString()).value_or(PlacementStatus::Planned);
        after.notes = notes->toPlainText();
        if (isNew) {
            auto *command = new Insert(m_session.plan(), after, tr("Add placement"));
            if (!run(command))
                return false;
            selectId(command->recordId());
            return true;
        }
        if (after == placement)
            return true;
        return run(new Update(m_session.plan(), placement, after, tr("Edit placement"), form->changedField()));
    });
}

} // namespace praksis
