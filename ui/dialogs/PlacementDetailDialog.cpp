#include "dialogs/PlacementDetailDialog.h"

#include "widgets/Accessibility.h"
#include "widgets/DetailWindow.h"

#include "Colors.h"
#include "Icons.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "calendar/IsoWeek.h"
#include "calendar/WorkCalendar.h"
#include "commands/FollowUpCommands.h"
#include "dialogs/ChecklistDialog.h"
#include "followup/AbsenceRepository.h"
#include "followup/FollowUp.h"
#include "model/Kinds.h"
#include "model/Validation.h"
#include "models/AbsenceTableModel.h"
#include "models/MeetingTableModel.h"
#include "planning/ConflictChecker.h"
#include "storage/PlacementLookup.h"
#include "storage/PlanSettings.h"
#include "welcome/Checklists.h"
#include "widgets/RecordForm.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace praksis {

namespace {

QHash<qint64, QPointer<PlacementDetailDialog>> &openDialogs()
{
    static QHash<qint64, QPointer<PlacementDetailDialog>> dialogs;
    return dialogs;
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'f', 1) + QStringLiteral(" %");
}

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'f', 1);
}

// "7,5" or "7.5"
std::optional<double> parseHours(const QString &text)
{
    bool ok = false;
    const double v = QString(text.trimmed()).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString coloured(const QColor &colour, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), text);
}

QTableView *makeTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    DetailWindow::setUpTable(view);
    view->horizontalHeader()->setSectionResizeMode(model->columnCount() - 1, QHeaderView::Stretch);
    return view;
}

QPushButton *makeButton(const QString &objectName, const QString &icon, const QString &text, QWidget *parent)
{
    return DetailWindow::button(objectName, icon, text, parent);
}

QLabel *makeValue(const QString &objectName, QWidget *parent, bool wrap = false)
{
    return DetailWindow::value(objectName, parent, wrap);
}

} // namespace

PlacementDetailDialog *PlacementDetailDialog::openFor(qint64 placementId)
{
    return openDialogs().value(placementId);
}

PlacementDetailDialog *PlacementDetailDialog::showFor(PlanSession &session, qint64 placementId, QWidget *parent)
{
    if (!session.hasPlan() || placementId == 0)
        return nullptr;
    PlacementDetailDialog *dialog = openFor(placementId);
    if (dialog && &dialog->m_session != &session) {
        dialog->close();
        dialog = nullptr;
    }
    if (!dialog) {
        dialog = new PlacementDetailDialog(session, placementId, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

PlacementDetailDialog::PlacementDetailDialog(PlanSession &session, qint64 placementId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_placementId(placementId)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("placementDetailDialog"));
    setModal(false);
    setWindowModality(Qt::NonModal);
    setSizeGripEnabled(true);
    openDialogs().insert(placementId, this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    auto *left = new QVBoxLayout;
    left->addWidget(buildDetails());
    left->addWidget(buildFindings());
    left->addWidget(buildChecklist());
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(buildMeetings());
    right->addWidget(buildAbsence(), 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);

    // Undo and redo of this window's own changes (the main window's shortcuts do not reach a window of its own, and
    // its steps are not this window's to undo).
    QUndoStack *stack = m_session.undoStack();
    QAction *undo = m_undo = new QAction(themedIcon(QStringLiteral("undo-2")), tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_redo = new QAction(themedIcon(QStringLiteral("redo-2")), tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    connect(undo, &QAction::triggered, this, [this, stack] {
        updateUndo();
        if (m_undo->isEnabled())
            stack->undo();
    });
    connect(redo, &QAction::triggered, this, [this, stack] {
        updateUndo();
        if (m_redo->isEnabled())
            stack->redo();
    });
    connect(stack, &QUndoStack::indexChanged, this, &PlacementDetailDialog::updateUndo);
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setDefaultAction(undo);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *redoButton = new QToolButton(this);
    redoButton->setObjectName(QStringLiteral("redoButton"));
    redoButton->setDefaultAction(redo);
    redoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &PlacementDetailDialog::refresh);
    connect(&m_session, &PlanSession::changed, this, &PlacementDetailDialog::planChanged);
    connect(&m_session, &PlanSession::planAboutToClose, this, [this] {
        // The models read the plan: they go before it does.
        m_refreshTimer->stop();
        disconnect(&m_session, nullptr, this, nullptr);
        hide();
        deleteLater();
    });

    refresh();
    updateButtons();
    updateUndo();
    // as wide as the tables need, as high as the content: no large empty area under the columns
    resize(qMax(1100, sizeHint().width()), qMax(560, sizeHint().height()));
}

PlacementDetailDialog::~PlacementDetailDialog()
{
    if (openDialogs().value(m_placementId) == this || openDialogs().value(m_placementId).isNull())
        openDialogs().remove(m_placementId);
}

QWidget *PlacementDetailDialog::buildDetails()
{
    auto *box = new QGroupBox(tr("Placement"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_student = makeValue(QStringLiteral("detailStudent"), box);
    m_school = makeValue(QStringLiteral("detailSchool"), box);
    m_site = makeValue(QStringLiteral("detailSite"), box);
    m_supervisor = makeValue(QStringLiteral("detailSupervisor"), box);
    m_period = makeValue(QStringLiteral("detailPeriod"), box);
    m_dates = makeValue(QStringLiteral("detailDates"), box);
    m_status = makeValue(QStringLiteral("detailStatus"), box);
    m_hours = makeValue(QStringLiteral("detailPlannedHours"), box);
    form->addRow(tr("Student:"), m_student);
    form->addRow(tr("School:"), m_school);
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Supervisor:"), m_supervisor);
    form->addRow(tr("Period:"), m_period);
    form->addRow(tr("Dates:"), m_dates);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Planned hours:"), m_hours);

    return box;
}

QWidget *PlacementDetailDialog::buildFindings()
{
    auto *box = new QGroupBox(tr("Conflicts"), this);
    auto *layout = new QVBoxLayout(box);
    m_findings = makeValue(QStringLiteral("detailFindings"), box, true);
    m_findings->setTextFormat(Qt::RichText);
    layout->addWidget(m_findings);
    return box;
}

QWidget *PlacementDetailDialog::buildChecklist()
{
    auto *box = new QGroupBox(tr("Welcome checklist"), this);
    auto *layout = new QVBoxLayout(box);
    m_checklist = makeValue(QStringLiteral("checklistSummary"), box, true);
    m_openChecklist =
        makeButton(QStringLiteral("checklistButton"), QStringLiteral("list-checks"), tr("Welcome &checklist…"), box);
    m_openChecklist->setToolTip(tr("Tick items off, print the welcome letter with the checklist"));
    connect(m_openChecklist, &QAbstractButton::clicked, this, &PlacementDetailDialog::openChecklist);
    auto *row = new QHBoxLayout;
    row->addWidget(m_checklist, 1);
    row->addWidget(m_openChecklist);
    layout->addLayout(row);
    return box;
}

QWidget *PlacementDetailDialog::buildMeetings()
{
    auto *box = new QGroupBox(tr("Assessment meetings"), this);
    auto *layout = new QVBoxLayout(box);
    m_meetingModel = new MeetingTableModel(m_session.plan(), m_placementId, this);
    m_meetings = makeTable(QStringLiteral("meetingTable"), m_meetingModel, box);
    m_meetings->setAccessibleName(tr("Assessment meetings"));
    // a placement has a few meetings (an apprentice up to six): room for six rows, not an empty half window
    m_meetings->setMaximumHeight(m_meetings->horizontalHeader()->sizeHint().height() +
                                 6 * m_meetings->verticalHeader()->defaultSectionSize() + 2 * m_meetings->frameWidth());
    layout->addWidget(m_meetings);

    m_editMeeting =
        makeButton(QStringLiteral("editMeetingButton"), QStringLiteral("calendar"), tr("Planned &date…"), box);
    m_holdMeeting = makeButton(QStringLiteral("holdMeetingButton"), QStringLiteral("check"), tr("Mark as &held…"), box);
    m_planProposed = makeButton(QStringLiteral("planProposedButton"), QStringLiteral("calendar-days"),
                                tr("&Plan proposed meetings"), box);
    m_planProposed->setToolTip(tr("Keep the meetings proposed from the placement's dates as planned meetings."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_editMeeting);
    buttons->addWidget(m_holdMeeting);
    buttons->addStretch();
    buttons->addWidget(m_planProposed);
    layout->addLayout(buttons);

    connect(m_editMeeting, &QAbstractButton::clicked, this, &PlacementDetailDialog::editMeetingDate);
    connect(m_holdMeeting, &QAbstractButton::clicked, this, &PlacementDetailDialog::holdMeeting);
    connect(m_planProposed, &QAbstractButton::clicked, this, &PlacementDetailDialog::planProposedMeetings);
    connect(m_meetings, &QAbstractItemView::activated, this, &PlacementDetailDialog::holdMeeting);
    connect(m_meetings->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlacementDetailDialog::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_meetingModel, signal, this, &PlacementDetailDialog::updateButtons);
    connect(m_meetingModel, &QAbstractItemModel::modelReset, this, &PlacementDetailDialog::updateButtons);
    return box;
}

QWidget *PlacementDetailDialog::buildAbsence()
{
    auto *box = new QGroupBox(tr("Absence"), this);
    auto *layout = new QVBoxLayout(box);
    m_absencePercent = makeValue(QStringLiteral("absencePercent"), box, true);
    m_absenceFlag = makeValue(QStringLiteral("absenceFlag"), box, true);
    m_absenceFlag->setTextFormat(Qt::RichText);
    layout->addWidget(m_absencePercent);
    layout->addWidget(m_absenceFlag);

    m_absenceModel = new AbsenceTableModel(m_session.plan(), m_placementId, this);
    m_absence = makeTable(QStringLiteral("absenceTable"), m_absenceModel, box);
    m_absence->setAccessibleName(tr("Absence"));
    layout->addWidget(m_absence, 1);

    m_addAbsence = makeButton(QStringLiteral("addAbsenceButton"), QStringLiteral("plus"), tr("&Add absence…"), box);
    m_editAbsence = makeButton(QStringLiteral("editAbsenceButton"), QStringLiteral("pencil"), tr("&Edit…"), box);
    m_removeAbsence = makeButton(QStringLiteral("removeAbsenceButton"), QStringLiteral("trash-2"), tr("Re&move"), box);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addAbsence);
    buttons->addWidget(m_editAbsence);
    buttons->addWidget(m_removeAbsence);
    buttons->addStretch();
    auto *note = new QLabel(tr("Reason as a category only, never health details."), box);
    note->setObjectName(QStringLiteral("absenceNote"));
    Colors::makeHint(note);
    buttons->addWidget(note);
    layout->addLayout(buttons);

    connect(m_addAbsence, &QAbstractButton::clicked, this, &PlacementDetailDialog::addAbsence);
    connect(m_editAbsence, &QAbstractButton::clicked, this, &PlacementDetailDialog::editAbsence);
    connect(m_removeAbsence, &QAbstractButton::clicked, this, &PlacementDetailDialog::removeAbsence);
    connect(m_absence, &QAbstractItemView::activated, this, &PlacementDetailDialog::editAbsence);
    auto *del = new QShortcut(QKeySequence::Delete, m_absence, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &PlacementDetailDialog::removeAbsence);
    connect(m_absence->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlacementDetailDialog::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_absenceModel, signal, this, &PlacementDetailDialog::updateButtons);
    connect(m_absenceModel, &QAbstractItemModel::modelReset, this, &PlacementDetailDialog::updateButtons);
    return box;
}

void PlacementDetailDialog::setToday(QDate today)
{
    m_today = today;
    m_meetingModel->setToday(today);
    refresh();
}

void PlacementDetailDialog::planChanged(const Change &change)
{
    switch (change.entity) {
    case Entity::Placement:
        if (change.kind == Change::Kind::Removed && change.ids.contains(m_placementId)) {
            close();
            return;
        }
        [[fallthrough]];
    default:
        m_refreshTimer->start();
    }
}

void PlacementDetailDialog::refresh()
{
    m_refreshTimer->stop();
    if (!m_session.hasPlan())
        return;
    PlanFile &plan = m_session.plan();
    auto row = PlacementLookup(plan).row(m_placementId);
    if (!row) {
        m_title->setText(row.error().message);
        return;
    }
    const PlacementRow &p = *row;
    m_start = p.start;
    m_end = p.end;
    m_studentName = p.student;
    m_supervisorName = p.supervisor;
    setWindowTitle(tr("Placement of %1").arg(p.student));
    m_title->setText(tr("%1 at %2").arg(p.student, p.site));

    m_student->setText(p.studentNumber.isEmpty() ? p.student
                                                 : tr("%1 (student number %2)").arg(p.student, p.studentNumber));
    m_school->setText(p.programme.isEmpty() ? p.school : tr("%1, %2").arg(p.school, p.programme));
    m_site->setText(tr("%1 (%2)").arg(p.site, label(p.siteKind)));
    m_supervisor->setText(p.supervisor.isEmpty() ? tr("(none yet)") : p.supervisor);
    m_period->setText(p.period);
    const IsoWeek first = IsoWeek::of(p.start);
    const IsoWeek last = IsoWeek::of(p.end);
    const bool years = first.year != last.year || first.year != IsoWeek::of(m_today).year;
    m_dates->setText(tr("%1 to %2 (%3 to %4)")
                         .arg(Validation::formatDate(p.start), Validation::formatDate(p.end),
                              years ? first.labelWithYear() : first.label(),
                              years ? last.labelWithYear() : last.label()));
    const QColor statusColour = Colors::status(p.status);
    m_status->setTextFormat(Qt::RichText);
    m_status->setText(p.status == PlacementStatus::Cancelled
                          ? QStringLiteral("<s>%1</s>").arg(label(p.status).toHtmlEscaped())
                          : coloured(statusColour, QStringLiteral("\u25CF")) + QLatin1Char(' ') +
                                label(p.status).toHtmlEscaped());

    double hoursPerWeek = 0;
    if (auto dates = FollowUp::placementDates(plan, m_placementId))
        hoursPerWeek = dates->hoursPerWeek;
    const double planned = FollowUp::plannedHours(p.start, p.end, hoursPerWeek);
    m_hours->setText(tr("%1 hours: %2 working days at %3 hours a week")
                         .arg(hoursText(planned))
                         .arg(WorkCalendar::workingDays(p.start, p.end))
                         .arg(QLocale().toString(hoursPerWeek)));

    // the conflicts of every rule that concern this placement
    QStringList findings;
    if (auto conflicts = ConflictChecker(plan).checkAll(p.periodId, m_today)) {
        for (const Conflict &c : std::as_const(*conflicts)) {
            if (!c.placementIds.contains(m_placementId))
                continue;
            const QColor colour =
                c.severity == Conflict::Severity::Error ? Colors::errorText(palette()) : Colors::warning().darker(130);
            findings << coloured(colour, tr("Rule %1:").arg(conflictRuleNumber(c.rule))) + QLatin1Char(' ') +
                            c.message.toHtmlEscaped();
        }
    } else {
        findings << conflicts.error().message.toHtmlEscaped();
    }
    m_findings->setText(findings.isEmpty() ? tr("None.") : findings.join(QStringLiteral("<br>")));

    // absence against the limits of rule 5, from core's one computation
    const AbsenceLimits limits = PlanSettings(plan).absenceLimits();
    if (auto a = FollowUp::absence(plan, m_placementId)) {
        m_absencePercent->setText(
            tr("%1 of %2 planned hours absent: %3")
                .arg(hoursText(a->absenceHours), hoursText(a->plannedHours), percentText(a->percent)));
        switch (a->level) {
        case AbsenceLevel::AtRisk:
            m_absenceFlag->setText(coloured(Colors::errorText(palette()),
                                            QStringLiteral("\u25B2 ") + tr("Period at risk").toHtmlEscaped()) +
                                   QLatin1Char(' ') +
                                   tr("(above %1)").arg(percentText(limits.atRiskPercent)).toHtmlEscaped());
            break;
        case AbsenceLevel::MakeUp:
            m_absenceFlag->setText(coloured(Colors::warning().darker(130),
                                            QStringLiteral("\u25B2 ") + tr("To be made up").toHtmlEscaped()) +
                                   QLatin1Char(' ') +
                                   tr("(above %1)").arg(percentText(limits.makeUpPercent)).toHtmlEscaped());
            break;
        case AbsenceLevel::None:
            m_absenceFlag->setText(tr("Within the limits: above %1 it is to be made up, above %2 the period is at "
                                      "risk.")
                                       .arg(percentText(limits.makeUpPercent), percentText(limits.atRiskPercent))
                                       .toHtmlEscaped());
            break;
        }
        m_absenceFlag->setProperty("level", int(a->level));
    } else {
        m_absencePercent->setText(a.error().message);
        m_absenceFlag->clear();
    }

    if (auto items = Checklists::forPlacement(plan, m_placementId)) {
        const auto done =
            std::count_if(items->cbegin(), items->cend(), [](const ChecklistItem &i) { return i.done(); });
        const auto overdue = std::count_if(items->cbegin(), items->cend(),
                                           [this](const ChecklistItem &i) { return i.overdue(m_today); });
        m_checklist->setText(
            items->isEmpty() ? tr("No checklist yet: it is made from the welcome template when you open it.")
            : overdue > 0    ? tr("%1 of %2 items done, %3 overdue.").arg(done).arg(items->size()).arg(overdue)
                             : tr("%1 of %2 items done.").arg(done).arg(items->size()));
    } else {
        m_checklist->setText(items.error().message);
    }
    updateButtons();
}

int PlacementDetailDialog::currentRow(QTableView *view) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void PlacementDetailDialog::updateButtons()
{
    const int meeting = currentRow(m_meetings);
    m_editMeeting->setEnabled(meeting >= 0);
    m_holdMeeting->setEnabled(meeting >= 0);
    m_planProposed->setEnabled(m_meetingModel->proposedCount() > 0);
    const bool absence = currentRow(m_absence) >= 0;
    m_editAbsence->setEnabled(absence);
    m_removeAbsence->setEnabled(absence);
}

bool PlacementDetailDialog::run(PlanCommand *command)
{
    m_ownCommands.insert(command);
    const auto r = m_session.run(command);
    updateUndo(); // also forgets the command when it was not made (and is deleted)
    if (!r) {
        Prompts::error(this, tr("The change was not made"), r.error());
        return false;
    }
    return true;
}

void PlacementDetailDialog::updateUndo()
{
    const QUndoStack *stack = m_session.undoStack();
    // only the commands still on the stack: a deleted one's address may be taken by another's
    QSet<const QUndoCommand *> alive;
    for (int i = 0; i < stack->count(); ++i)
        if (m_ownCommands.contains(stack->command(i)))
            alive.insert(stack->command(i));
    m_ownCommands = alive;
    const QUndoCommand *toUndo = stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
    const QUndoCommand *toRedo = stack->index() < stack->count() ? stack->command(stack->index()) : nullptr;
    const bool canUndo = toUndo && m_ownCommands.contains(toUndo);
    const bool canRedo = toRedo && m_ownCommands.contains(toRedo);
    m_undo->setEnabled(canUndo);
    m_undo->setText(canUndo ? tr("&Undo %1").arg(toUndo->text()) : tr("&Undo"));
    m_redo->setEnabled(canRedo);
    m_redo->setText(canRedo ? tr("&Redo %1").arg(toRedo->text()) : tr("&Redo"));
}

// --- absence ---

namespace {

struct AbsenceFields
{
    QLineEdit *date = nullptr;
    QLineEdit *hours = nullptr;
    QComboBox *reason = nullptr;
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(praksis::PlacementDetailDialog)
};

AbsenceFields addAbsenceFields(RecordForm *form, PlanFile &plan, const AbsenceRecord &record)
{
    AbsenceFields f;
    // Each field is checked by core's AbsenceRepository::validate with the other fields at a valid value.
    f.date = form->addLine(QStringLiteral("absenceDate"), Tr::tr("&Date:"), Validation::formatDate(record.date),
                           [&plan, record](const QString &text) -> std::optional<Error> {
                               auto d = Validation::parseDateField(text, Tr::tr("Date"));
                               if (!d)
                                   return d.error();
                               AbsenceRecord r = record;
                               r.date = *d;
                               r.hours = 1;
                               if (auto v = AbsenceRepository(plan).validate(r); !v)
                                   return v.error();
                               return std::nullopt;
                           });
    f.hours =
        form->addLine(QStringLiteral("absenceHours"), Tr::tr("&Hours:"), QLocale().toString(record.hours),
                      [&plan, record](const QString &text) -> std::optional<Error> {
                          const auto h = parseHours(text);
                          if (!h)
                              return Error::invalid(Tr::tr("“Hours” must be a number, such as 7.5."), Tr::tr("Hours"));
                          AbsenceRecord r = record;
                          r.hours = *h;
                          if (auto v = AbsenceRepository(plan).validate(r); !v)
                              return v.error();
                          return std::nullopt;
                      });
    QList<QPair<QString, QVariant>> reasons;
    for (AbsenceReason reason : allValues<AbsenceReason>())
        reasons.append({label(reason), toId(reason)});
    f.reason = form->addCombo(QStringLiteral("absenceReason"), Tr::tr("&Reason:"), reasons, toId(record.reason));
    f.reason->setToolTip(Tr::tr("A category only. Never write health details."));
    return f;
}

AbsenceRecord absenceFrom(const AbsenceFields &f, AbsenceRecord record)
{
    record.date = Validation::parseDate(f.date->text()).value_or(QDate());
    record.hours = parseHours(f.hours->text()).value_or(0.0);
    record.reason = fromId<AbsenceReason>(f.reason->currentData().toString()).value_or(AbsenceReason::Annet);
    return record;
}

} // namespace

void PlacementDetailDialog::addAbsence()
{
    AbsenceRecord record;
    record.placementId = m_placementId;
    record.date = m_today >= m_start && m_today <= m_end ? m_today : m_start;
    double hoursPerDay = 0;
    if (auto dates = FollowUp::placementDates(m_session.plan(), m_placementId))
        hoursPerDay = dates->hoursPerWeek / 5;
    record.hours = hoursPerDay > 0 ? hoursPerDay : 7.5;
    auto *form = new RecordForm(tr("Add absence"), this);
    form->setObjectName(QStringLiteral("absenceForm"));
    const AbsenceFields fields = addAbsenceFields(form, m_session.plan(), record);
    form->openWith([this, fields, record] {
        auto *command = new AddAbsenceCommand(m_session.plan(), absenceFrom(fields, record));
        if (!run(command))
            return false;
        const int row = [&] {
            for (int r = 0; r < m_absenceModel->rowCount(); ++r)
                if (m_absenceModel->rowAt(r).id == command->recordId())
                    return r;
            return -1;
        }();
        if (row >= 0)
            m_absence->selectRow(row);
        return true;
    });
}

void PlacementDetailDialog::editAbsence()
{
    const int row = currentRow(m_absence);
    if (row < 0)
        return;
    const AbsenceRecord before = m_absenceModel->rowAt(row);
    auto *form = new RecordForm(tr("Edit absence"), this);
    form->setObjectName(QStringLiteral("absenceForm"));
    const AbsenceFields fields = addAbsenceFields(form, m_session.plan(), before);
    form->openWith([this, fields, before] {
        const AbsenceRecord after = absenceFrom(fields, before);
        if (after == before)
            return true;
        return run(new EditAbsenceCommand(m_session.plan(), before, after));
    });
}

void PlacementDetailDialog::removeAbsence()
{
    const int row = currentRow(m_absence);
    if (row < 0)
        return;
    // No question: nothing depends on an absence record, and Undo brings it back.
    run(new RemoveAbsenceCommand(m_session.plan(), m_absenceModel->rowAt(row).id));
}

// --- meetings ---

void PlacementDetailDialog::editMeetingDate()
{
    const int row = currentRow(m_meetings);
    if (row < 0)
        return;
    const MeetingRow meeting = m_meetingModel->rowAt(row);
    auto *form = new RecordForm(tr("Planned date of the %1").arg(label(meeting.meeting.kind).toLower()), this);
    form->setObjectName(QStringLiteral("meetingDateForm"));
    const QDate latest = FollowUp::dueDate(meeting.meeting.kind, m_start, m_end);
    auto *date = form->addLine(QStringLiteral("plannedDate"), tr("&Planned date:"),
                               Validation::formatDate(meeting.meeting.plannedDate),
                               [](const QString &text) -> std::optional<Error> {
                                   if (text.trimmed().isEmpty())
                                       return std::nullopt;
                                   auto d = Validation::parseDateField(text, tr("Planned date"));
                                   return d ? std::nullopt : std::optional<Error>(d.error());
                               });
    date->setPlaceholderText(tr("none: due by %1").arg(Validation::formatDate(latest)));
    form->openWith([this, date, meeting] {
        AssessmentMeeting after = meeting.meeting;
        after.plannedDate = Validation::parseDate(date->text()).value_or(QDate());
        if (meeting.isStored() && after == meeting.meeting)
            return true;
        const std::optional<AssessmentMeeting> before =
            meeting.isStored() ? std::optional<AssessmentMeeting>(meeting.meeting) : std::nullopt;
        return run(new SaveMeetingCommand(
            m_session.plan(), before, after,
            tr("Plan %1 on %2")
                .arg(label(after.kind).toLower(),
                     after.plannedDate.isValid() ? Validation::formatDate(after.plannedDate) : tr("no date"))));
    });
}

void PlacementDetailDialog::holdMeeting()
{
    const int row = currentRow(m_meetings);
    if (row < 0)
        return;
    const MeetingRow meeting = m_meetingModel->rowAt(row);
    const AssessmentMeeting &m = meeting.meeting;
    auto *form = new RecordForm(tr("Held: %1").arg(label(m.kind)), this);
    form->setObjectName(QStringLiteral("holdMeetingForm"));
    const QDate today = m_today;
    const bool wasHeld = m.isHeld();
    QDate suggested = m.heldDate;
    if (!suggested.isValid())
        suggested = m.plannedDate.isValid() && m.plannedDate <= today ? m.plannedDate : today;
    auto *held = form->addLine(
        QStringLiteral("heldDate"), tr("Held &on:"), Validation::formatDate(suggested),
        [today, wasHeld](const QString &text) -> std::optional<Error> {
            if (wasHeld && text.trimmed().isEmpty())
                return std::nullopt; // not held after all
            auto d = Validation::parseDateField(text, tr("Held on"));
            if (!d)
                return d.error();
            if (*d > today)
                return Error::invalid(
                    tr("A meeting cannot have been held after today (%1).").arg(Validation::formatDate(today)),
                    tr("Held on"));
            return std::nullopt;
        });
    if (wasHeld)
        held->setPlaceholderText(tr("empty: not held"));
    QString suggestedPeople = m.participants;
    if (suggestedPeople.isEmpty()) {
        QStringList people{m_studentName};
        if (!m_supervisorName.isEmpty())
            people << m_supervisorName;
        suggestedPeople = people.join(QStringLiteral(", "));
    }
    auto *participants = form->addLine(QStringLiteral("participants"), tr("&Who took part:"), suggestedPeople,
                                       [held](const QString &text) -> std::optional<Error> {
                                           if (held->text().trimmed().isEmpty())
                                               return std::nullopt;
                                           return Validation::requiredText(text, tr("Who took part"));
                                       });
    participants->setPlaceholderText(tr("the student, the supervisor, the school's contact teacher…"));
    connect(held, &QLineEdit::textChanged, form, &RecordForm::revalidate);
    form->openWith([this, held, participants, meeting] {
        AssessmentMeeting after = meeting.meeting;
        after.heldDate = Validation::parseDate(held->text()).value_or(QDate());
        after.participants = after.heldDate.isValid() ? participants->text().trimmed() : meeting.meeting.participants;
        if (meeting.isStored() && after == meeting.meeting)
            return true;
        const std::optional<AssessmentMeeting> before =
            meeting.isStored() ? std::optional<AssessmentMeeting>(meeting.meeting) : std::nullopt;
        const QString text =
            after.heldDate.isValid()
                ? tr("Hold %1 on %2").arg(label(after.kind).toLower(), Validation::formatDate(after.heldDate))
                : tr("%1 not held").arg(label(after.kind));
        return run(new SaveMeetingCommand(m_session.plan(), before, after, text));
    });
}

void PlacementDetailDialog::planProposedMeetings()
{
    run(new PlanProposedMeetingsCommand(m_session.plan(), m_placementId));
}

void PlacementDetailDialog::openChecklist()
{
    // Beside this window, not inside it: it stays when this one closes.
    ChecklistDialog::showForPlacement(m_session, m_placementId, parentWidget());
}

} // namespace praksis
