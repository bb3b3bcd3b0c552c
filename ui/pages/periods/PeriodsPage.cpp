#include "pages/periods/PeriodsPage.h"

#include "PlanSession.h"
#include "Prompts.h"
#include "commands/RecordCommands.h"
#include "model/Kinds.h"
#include "model/Names.h"
#include "model/Validation.h"
#include "models/SqlTableModel.h"
#include "storage/PeriodRepository.h"
#include "storage/PlanFile.h"
#include "storage/Registers.h"
#include "storage/SiteRepository.h"
#include "widgets/RecordForm.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>

namespace praksis {

namespace {
using Insert = InsertRecordCommand<PeriodRepository, Period>;
using Update = UpdateRecordCommand<PeriodRepository, Period>;
using Remove = RemoveRecordCommand<PeriodRepository, Period>;

QListWidget *checkList(const QString &name, const QList<QPair<QString, QVariant>> &items, const QVariantList &checked)
{
    auto *list = new QListWidget;
    list->setObjectName(name);
    for (const auto &[text, data] : items) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, data);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(data) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * qMin(8, int(items.size()) + 1) + 8);
    return list;
}

QVariantList checkedData(const QListWidget *list)
{
    QVariantList data;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            data.append(list->item(i)->data(Qt::UserRole));
    return data;
}
enum CapacityColumn
{
    SiteColumn,
    KindColumn,
    DefaultColumn,
    PeriodColumn
};

// Every site with its default capacity and, editable, its capacity in this period (empty: the default). The site's
// id is in Qt::UserRole of the first cell.
QTableWidget *capacityTable(PlanFile &plan, const Period &period, QWidget *parent)
{
    auto *table = new QTableWidget(0, 4, parent);
    table->setObjectName(QStringLiteral("capacities"));
    table->setAccessibleName(PeriodsPage::tr("Capacity per site in this period"));
    table->setHorizontalHeaderLabels(
        {PeriodsPage::tr("Site"), PeriodsPage::tr("Kind"), PeriodsPage::tr("Default"), PeriodsPage::tr("This period")});
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(SiteColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(DefaultColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(PeriodColumn, QHeaderView::ResizeToContents);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    // long names share their start ("Bergen helsehus / …"): cut in the middle, so the unit stays in sight
    table->setTextElideMode(Qt::ElideMiddle);
    int siteWidth = table->fontMetrics().horizontalAdvance(PeriodsPage::tr("Site")) + 24;
    const auto sites = SiteRepository(plan).list();
    for (const Site &s : sites ? sites.value() : QList<Site>()) {
        const int row = table->rowCount();
        table->insertRow(row);
        const QString name = siteName(s.name, s.unit);
        siteWidth = qMax(siteWidth, table->fontMetrics().horizontalAdvance(name) + 16);
        auto *site = new QTableWidgetItem(name);
        site->setToolTip(name);
        site->setData(Qt::UserRole, s.id);
        site->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(row, SiteColumn, site);
        auto *kindItem = new QTableWidgetItem(label(s.kind));
        kindItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(row, KindColumn, kindItem);
        auto *def = new QTableWidgetItem(QLocale().toString(s.capacity));
        def->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        def->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, DefaultColumn, def);
        QString value;
        for (const CapacityOverride &c : period.capacities)
            if (c.siteId == s.id)
                value = QString::number(c.capacity);
        auto *own = new QTableWidgetItem(value);
        own->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, PeriodColumn, own);
    }
    // wide enough for the whole site names, up to about 60 characters (the window is as wide as the screen allows)
    const int charWidth = table->fontMetrics().averageCharWidth();
    int others = 0;
    for (int c = KindColumn; c <= PeriodColumn; ++c)
        others += table->horizontalHeader()->sectionSizeHint(c);
    table->setMinimumWidth(qMax(charWidth * 70, qMin(siteWidth, charWidth * 60) + others + 24));
    table->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * 6 + table->horizontalHeader()->height());
    return table;
}

// The overrides in the table, ascending by site id, and the first problem (with the core's number check).
QList<CapacityOverride> capacitiesOf(const QTableWidget *table, qint64 periodId, std::optional<Error> *problem)
{
    QList<CapacityOverride> list;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString text =
            table->item(row, PeriodColumn) ? table->item(row, PeriodColumn)->text().trimmed() : QString();
        if (text.isEmpty())
            continue;
        const QString site = table->item(row, SiteColumn)->text();
        auto n = Validation::parseNonNegativeInteger(text, PeriodsPage::tr("Capacity of %1").arg(site));
        if (!n) {
            if (problem && !*problem)
                *problem = n.error();
            continue;
        }
        list.append({periodId, table->item(row, SiteColumn)->data(Qt::UserRole).toLongLong(), n.value()});
    }
    std::sort(list.begin(), list.end(),
              [](const CapacityOverride &a, const CapacityOverride &b) { return a.siteId < b.siteId; });
    return list;
}
} // namespace

PeriodsPage::PeriodsPage(PlanSession &session, QWidget *parent)
    : RegisterPage(session, parent)
{
    const Registers::Table &t = Registers::periods();
    auto *model = new SqlTableModel(
        session.plan(), t.from, t.id,
        {{tr("Name"), t.column("name")},
         {tr("Start"), t.column("start"), SqlColumn::Format::Date},
         {tr("End"), t.column("end"), SqlColumn::Format::Date},
         {tr("Hours per week"), t.column("hoursPerWeek"), SqlColumn::Format::Decimal},
         {tr("Programmes"), t.column("programmes")},
         {tr("Placements"), t.column("placements"), SqlColumn::Format::Integer, QString(),
          tr("Placements in the period, not counting cancelled ones (as the status bar counts them)")},
         {tr("Sites with own capacity"), t.column("ownCapacities"), SqlColumn::Format::Integer, QString(),
          tr("How many sites take a different number of students in this period than their usual capacity (set "
             "in the period's form, under “Capacity per site”); every other site takes its usual capacity")}},
        {Entity::Period, Entity::Placement, Entity::Programme}, this);
    model->setSearchColumns(t.search);
    setModel(model, 1);
}

void PeriodsPage::refillFilters() {}

QString PeriodsPage::countText(int shown, qint64 total) const
{
    return tr("%1 of %2 periods shown").arg(QLocale().toString(shown), QLocale().toString(total));
}

void PeriodsPage::applyFilters() {}

void PeriodsPage::createRecord()
{
    Period p;
    p.siteKinds = allValues<SiteKind>();
    openForm(p);
}

void PeriodsPage::editRecord(qint64 id)
{
    auto p = PeriodRepository(m_session.plan()).get(id);
    if (!p) {
        Prompts::error(this, tr("Period"), p.error());
        return;
    }
    openForm(p.value());
}

void PeriodsPage::deleteRecord(qint64 id)
{
    PeriodRepository repo(m_session.plan());
    auto p = repo.get(id);
    if (!p)
        return;
    const QString name = p->name;
    if (confirmRemoval(tr("the period %1").arg(name), repo.dependents(id)))
        run(new Remove(m_session.plan(), id, tr("Delete period %1").arg(name)));
}

void PeriodsPage::openForm(const Period &period)
{
    const bool isNew = period.id == 0;
    auto *form = new RecordForm(isNew ? tr("New period") : tr("Period %1").arg(period.name), this);
    auto *name = form->addLine(QStringLiteral("name"), tr("&Name:"), period.name,
                               [](const QString &t) { return Validation::requiredText(t, tr("Name")); });
    auto *start = form->addLine(QStringLiteral("startDate"), tr("&Start:"), Validation::formatDate(period.start),
                                [](const QString &t) -> std::optional<Error> {
                                    auto d = Validation::parseDateField(t, tr("Start"));
                                    return d ? std::nullopt : std::optional<Error>(d.error());
                                });
    start->setPlaceholderText(tr("dd.mm.yyyy"));
    auto *end = form->addLine(QStringLiteral("endDate"), tr("&End:"), Validation::formatDate(period.end),
                              [start](const QString &t) -> std::optional<Error> {
                                  auto d = Validation::parseDateField(t, tr("End"));
                                  if (!d)
                                      return d.error();
                                  if (auto s = Validation::parseDate(start->text()))
                                      return Validation::dateOrder(*s, d.value(), tr("End"));
                                  return std::nullopt;
                              });
    end->setPlaceholderText(tr("dd.mm.yyyy"));
    auto *hours =
        form->addLine(QStringLiteral("hoursPerWeek"), tr("&Hours per week:"),
                      QLocale().toString(period.hoursPerWeek, 'g', 4), [](const QString &t) -> std::optional<Error> {
                          auto h = Validation::parseHoursPerWeek(t, tr("Hours per week"));
                          return h ? std::nullopt : std::optional<Error>(h.error());
                      });
    QVariantList programmeIds;
    for (qint64 id : period.programmeIds)
        programmeIds.append(id);
    auto *programmes =
        checkList(QStringLiteral("programmes"), choices(Registers::programmeWithSchoolChoicesSql()), programmeIds);
    form->addWidget(tr("&Programmes:"), programmes);
    QList<QPair<QString, QVariant>> kindItems;
    QVariantList kindsChecked;
    for (SiteKind k : allValues<SiteKind>()) {
        kindItems.append({label(k), toId(k)});
        if (period.siteKinds.contains(k))
            kindsChecked.append(toId(k));
    }
    auto *kinds = checkList(QStringLiteral("siteKinds"), kindItems, kindsChecked);
    form->addWidget(tr("Eligible site &kinds:"), kinds, [kinds]() -> std::optional<Error> {
        if (checkedData(kinds).isEmpty())
            return Error::invalid(tr("Choose at least one eligible site kind."), tr("Site kinds"));
        return std::nullopt;
    });
    connect(kinds, &QListWidget::itemChanged, form, &RecordForm::revalidate);
    QTableWidget *capacities = capacityTable(m_session.plan(), period, form);
    form->addWidget(tr("Capacity per site\n(empty: the site's own):"), capacities, [capacities] {
        std::optional<Error> problem;
        capacitiesOf(capacities, 0, &problem);
        return problem;
    });
    connect(capacities, &QTableWidget::itemChanged, form, &RecordForm::revalidate);

    showForm(form, [=, this] {
        Period after = period;
        after.name = name->text().trimmed();
        after.start = Validation::parseDate(start->text()).value_or(QDate());
        after.end = Validation::parseDate(end->text()).value_or(QDate());
        after.hoursPerWeek = Validation::parseHoursPerWeek(hours->text(), QString()).value();
        after.programmeIds.clear();
        for (const QVariant &v : checkedData(programmes))
            after.programmeIds.append(v.toLongLong());
        std::sort(after.programmeIds.begin(), after.programmeIds.end());
        after.siteKinds.clear();
        for (SiteKind k : allValues<SiteKind>())
            if (checkedData(kinds).contains(toId(k)))
                after.siteKinds.append(k);
        after.capacities = capacitiesOf(capacities, period.id, nullptr);
        // allowed (the programmes may come later), but said: nobody takes part in a period without a programme
        if (after.programmeIds.isEmpty() &&
            !Prompts::confirm(form, tr("Period without a programme"),
                              tr("No programme takes part in the period %1, so it has no students and the planner "
                                 "has nobody to plan. Save it anyway?")
                                  .arg(after.name)))
            return false;
        if (isNew) {
            auto *command = new Insert(m_session.plan(), after, tr("Add period %1").arg(after.name));
            if (!run(command))
                return false;
            selectId(command->recordId());
            return true;
        }
        if (after == period)
            return true;
        return run(
            new Update(m_session.plan(), period, after, tr("Edit period %1").arg(after.name), form->changedField()));
    });
}

} // namespace praksis
