#include "dialogs/HireDetailDialog.h"

#include "Colors.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "calendar/IsoWeek.h"
#include "calendar/WorkCalendar.h"
#include "commands/RecruitmentCommands.h"
#include "documents/MentorFolder.h"
#include "model/Names.h"
#include "model/Validation.h"
#include "pages/hires/HireForm.h"
#include "recruitment/HireRepository.h"
#include "recruitment/MentorChoices.h"
#include "recruitment/MentorRepository.h"
#include "recruitment/MentorSchedule.h"
#include "storage/PlanFile.h"
#include "storage/SchoolRepository.h"
#include "storage/SiteRepository.h"
#include "storage/StudentRepository.h"
#include "widgets/Accessibility.h"
#include "widgets/DetailWindow.h"
#include "widgets/RecordForm.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace praksis {

namespace {

QHash<qint64, QPointer<HireDetailDialog>> &openDialogs()
{
    static QHash<qint64, QPointer<HireDetailDialog>> dialogs;
    return dialogs;
}

QString dateText(QDate d)
{
    return d.isValid() ? Validation::formatDate(d) : QString();
}

enum ConversationColumn
{
    NumberColumn,
    PlannedColumn,
    WeekColumn,
    StageColumn,
    StateColumn,
    ColumnCount
};

constexpr int IdRole = Qt::UserRole + 1;

template<typename T> T valueOr(const Result<T> &r, T fallback = T())
{
    return r ? r.value() : fallback;
}

} // namespace

HireDetailDialog *HireDetailDialog::openFor(qint64 hireId)
{
    return openDialogs().value(hireId);
}

HireDetailDialog *HireDetailDialog::showFor(PlanSession &session, qint64 hireId, QWidget *parent)
{
    if (!session.hasPlan() || hireId == 0)
        return nullptr;
    HireDetailDialog *dialog = openFor(hireId);
    if (dialog && &dialog->m_session != &session) {
        dialog->close();
        dialog = nullptr;
    }
    if (!dialog) {
        dialog = new HireDetailDialog(session, hireId, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

HireDetailDialog::HireDetailDialog(PlanSession &session, qint64 hireId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_hireId(hireId)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("hireDetailDialog"));
    setModal(false);
    setWindowModality(Qt::NonModal);
    setSizeGripEnabled(true);
    openDialogs().insert(hireId, this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("hireTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    auto *left = new QVBoxLayout;
    left->addWidget(buildDetails());
    left->addWidget(buildLink(), 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(buildMentor(), 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);
    layout->addLayout(DetailWindow::bottomRow(this, m_session.undoStack()));

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &HireDetailDialog::refresh);
    connect(&m_session, &PlanSession::changed, this, &HireDetailDialog::planChanged);
    connect(&m_session, &PlanSession::planAboutToClose, this, [this] {
        m_refreshTimer->stop();
        disconnect(&m_session, nullptr, this, nullptr);
        hide();
        deleteLater();
    });

    resize(1100, 640);
    refresh();
}

HireDetailDialog::~HireDetailDialog()
{
    if (openDialogs().value(m_hireId) == this || openDialogs().value(m_hireId).isNull())
        openDialogs().remove(m_hireId);
}

QWidget *HireDetailDialog::buildDetails()
{
    auto *box = new QGroupBox(tr("New hire"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_site = DetailWindow::value(QStringLiteral("hireSite"), box);
    m_position = DetailWindow::value(QStringLiteral("hirePosition"), box);
    m_dates = DetailWindow::value(QStringLiteral("hireStart"), box);
    m_probation = DetailWindow::value(QStringLiteral("hireProbation"), box);
    m_end = DetailWindow::value(QStringLiteral("hireEnd"), box);
    m_contact = DetailWindow::value(QStringLiteral("hireContact"), box);
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Post:"), m_position);
    form->addRow(tr("Start:"), m_dates);
    form->addRow(tr("Probation ends:"), m_probation);
    form->addRow(tr("Left:"), m_end);
    form->addRow(tr("Contact:"), m_contact);
    m_edit = DetailWindow::button(QStringLiteral("editHireButton"), QStringLiteral("pencil"), tr("&Edit…"), box);
    connect(m_edit, &QAbstractButton::clicked, this, &HireDetailDialog::editHire);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_edit);
    form->addRow(row);
    return box;
}

QWidget *HireDetailDialog::buildLink()
{
    auto *box = new QGroupBox(tr("Student record"), this);
    auto *layout = new QVBoxLayout(box);
    m_link = DetailWindow::value(QStringLiteral("linkText"), box, true);
    layout->addWidget(m_link);
    m_suggestions = new QListWidget(box);
    m_suggestions->setObjectName(QStringLiteral("linkSuggestions"));
    m_suggestions->setAccessibleName(tr("Student records that may be hers"));
    m_suggestions->setWordWrap(true);
    m_suggestions->setSelectionMode(QAbstractItemView::SingleSelection);
    Accessibility::enterWithCurrentRow(m_suggestions);
    layout->addWidget(m_suggestions, 1);
    m_confirmLink = DetailWindow::button(QStringLiteral("confirmLinkButton"), QStringLiteral("check"),
                                         tr("&Confirm: she is this student"), box);
    m_confirmLink->setToolTip(tr("Links the new hire to the chosen student record. Only when you know it is her."));
    m_removeLink =
        DetailWindow::button(QStringLiteral("removeLinkButton"), QStringLiteral("x"), tr("Remove the &link"), box);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirmLink);
    buttons->addWidget(m_removeLink);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch(); // the text at the top while there is no list
    connect(m_confirmLink, &QAbstractButton::clicked, this, &HireDetailDialog::confirmLink);
    connect(m_removeLink, &QAbstractButton::clicked, this, &HireDetailDialog::removeLink);
    connect(m_suggestions, &QListWidget::itemActivated, this, &HireDetailDialog::confirmLink);
    connect(m_suggestions, &QListWidget::currentRowChanged, this, &HireDetailDialog::updateButtons);
    return box;
}

QWidget *HireDetailDialog::buildMentor()
{
    auto *box = new QGroupBox(tr("Mentor and conversations"), this);
    auto *layout = new QVBoxLayout(box);
    m_mentor = DetailWindow::value(QStringLiteral("mentorText"), box, true);
    layout->addWidget(m_mentor);
    m_assign = DetailWindow::button(QStringLiteral("assignMentorButton"), QStringLiteral("user-plus"),
                                    tr("&Assign a mentor…"), box);
    m_change = DetailWindow::button(QStringLiteral("changeMentorButton"), QStringLiteral("pencil"),
                                    tr("C&hange the mentorship…"), box);
    m_removeMentor = DetailWindow::button(QStringLiteral("removeMentorButton"), QStringLiteral("trash-2"),
                                          tr("Remove the mentor"), box);
    auto *mentorButtons = new QHBoxLayout;
    mentorButtons->addWidget(m_assign);
    mentorButtons->addWidget(m_change);
    mentorButtons->addWidget(m_removeMentor);
    mentorButtons->addStretch();
    layout->addLayout(mentorButtons);

    m_conversationSummary = DetailWindow::value(QStringLiteral("conversationSummary"), box, true);
    m_conversationSummary->setTextFormat(Qt::RichText);
    layout->addWidget(m_conversationSummary);
    m_conversations = new QTableWidget(0, ColumnCount, box);
    m_conversations->setObjectName(QStringLiteral("conversationTable"));
    m_conversations->setAccessibleName(tr("Mentor conversations"));
    m_conversations->setHorizontalHeaderLabels({tr("No."), tr("Planned"), tr("Week"), tr("Stage"), tr("State")});
    DetailWindow::setUpTable(m_conversations);
    layout->addWidget(m_conversations, 1);

    m_hold = DetailWindow::button(QStringLiteral("holdConversationButton"), QStringLiteral("check"),
                                  tr("Mark as &held…"), box);
    m_move =
        DetailWindow::button(QStringLiteral("moveConversationButton"), QStringLiteral("calendar"), tr("&Move…"), box);
    m_print = DetailWindow::button(QStringLiteral("printFolderButton"), QStringLiteral("printer"),
                                   tr("Mentor &folder (PDF)…"), box);
    m_print->setToolTip(tr("The schedule and the conversation guide to print, in the plan's document language."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hold);
    buttons->addWidget(m_move);
    buttons->addStretch();
    buttons->addWidget(m_print);
    layout->addLayout(buttons);

    connect(m_assign, &QAbstractButton::clicked, this, &HireDetailDialog::assignMentor);
    connect(m_change, &QAbstractButton::clicked, this, &HireDetailDialog::changeMentor);
    connect(m_removeMentor, &QAbstractButton::clicked, this, &HireDetailDialog::removeMentor);
    connect(m_hold, &QAbstractButton::clicked, this, &HireDetailDialog::holdConversation);
    connect(m_move, &QAbstractButton::clicked, this, &HireDetailDialog::moveConversation);
    connect(m_print, &QAbstractButton::clicked, this, &HireDetailDialog::printFolder);
    connect(m_conversations, &QTableWidget::itemActivated, this, &HireDetailDialog::holdConversation);
    connect(m_conversations, &QTableWidget::itemSelectionChanged, this, &HireDetailDialog::updateButtons);
    return box;
}

void HireDetailDialog::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void HireDetailDialog::planChanged(const Change &change)
{
    if (change.entity == Entity::Hire && change.kind == Change::Kind::Removed && change.ids.contains(m_hireId)) {
        close();
        return;
    }
    m_refreshTimer->start();
}

void HireDetailDialog::refresh()
{
    m_refreshTimer->stop();
    if (!m_session.hasPlan())
        return;
    PlanFile &plan = m_session.plan();
    auto hire = HireRepository(plan).get(m_hireId);
    if (!hire) {
        m_title->setText(hire.error().message);
        return;
    }
    const Hire &h = *hire;
    m_name = h.fullName();
    m_studentId = h.studentId;
    QString site;
    if (auto s = SiteRepository(plan).get(h.siteId))
        site = siteName(s->name, s->unit);
    setWindowTitle(tr("New hire %1").arg(m_name));
    m_title->setText(tr("%1 at %2").arg(m_name, site));
    m_site->setText(site);
    m_position->setText(tr("%1, %2").arg(label(h.position), label(h.profession)));
    m_dates->setText(dateText(h.start));
    m_probation->setText(dateText(h.effectiveProbationEnd()));
    if (!h.end.isValid())
        m_end->setText(tr("No, employed"));
    else if (h.endReason)
        m_end->setText(tr("%1 (%2)").arg(dateText(h.end), label(*h.endReason)));
    else
        m_end->setText(dateText(h.end));
    QStringList contact;
    if (!h.email.isEmpty())
        contact << h.email;
    if (!h.phone.isEmpty())
        contact << h.phone;
    m_contact->setText(contact.isEmpty() ? tr("(none given)") : contact.join(QStringLiteral(", ")));

    // the link to her student record: as confirmed, or the suggestions
    m_suggestions->clear();
    m_candidates.clear();
    if (h.studentId) {
        QString who;
        if (auto st = StudentRepository(plan).get(h.studentId)) {
            if (auto school = SchoolRepository(plan).get(st->schoolId))
                who = tr("%1, student number %2 at %3").arg(st->fullName(), st->studentNumber, school->name);
        }
        const QString history = valueOr(HireLink::studentHistory(plan, h.studentId));
        m_link->setText(history.isEmpty() ? tr("Her student record: %1.").arg(who)
                                          : tr("Her student record: %1; she %2.").arg(who, history));
        m_suggestions->hide();
    } else if (auto candidates = HireLink::suggestions(plan, h); candidates && !candidates->isEmpty()) {
        m_candidates = *candidates;
        m_link->setText(tr("Not linked. These student records have her name or e-mail; confirm the one that is her:"));
        for (const StudentCandidate &c : std::as_const(m_candidates)) {
            QString text =
                tr("%1 (%2, student number %3), %4").arg(c.name, c.school, c.studentNumber, HireLink::reason(c));
            if (!c.history.isEmpty())
                text += QStringLiteral("\n") + c.history;
            auto *item = new QListWidgetItem(text, m_suggestions);
            item->setData(IdRole, c.studentId);
        }
        m_suggestions->show();
    } else {
        m_link->setText(candidates ? tr("Not linked: no student record has her name or e-mail.")
                                   : candidates.error().message);
        m_suggestions->hide();
    }

    // her latest mentorship and its conversations
    MentorRepository mentors(plan);
    m_mentorshipId = 0;
    m_conversations->setRowCount(0);
    auto list = mentors.listByHire(m_hireId);
    if (list && !list->isEmpty()) {
        const Mentorship &m = list->constLast();
        m_mentorshipId = m.id;
        const QString name = valueOr(mentors.mentorName(m));
        const QString kind = m.mentorSupervisorId ? tr("supervisor") : tr("new hire");
        m_mentor->setText(tr("Mentor: %1 (%2), %3 – %4 (%n months)", nullptr, m.months)
                              .arg(name, kind, dateText(m.start), dateText(m.endExclusive().addDays(-1))));
        auto conversations = mentors.conversations(m.id);
        int held = 0, overdue = 0;
        const QColor overdueColour = Colors::errorText(palette());
        for (const MentorConversation &c : valueOr(conversations)) {
            const int row = m_conversations->rowCount();
            m_conversations->insertRow(row);
            const auto cell = [&](int column, const QString &text) {
                auto *item = new QTableWidgetItem(text);
                item->setData(IdRole, c.id);
                m_conversations->setItem(row, column, item);
                return item;
            };
            cell(NumberColumn, QString::number(c.number))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell(PlannedColumn, dateText(c.plannedDate));
            cell(WeekColumn, IsoWeek::of(c.plannedDate).label());
            cell(StageColumn, MentorSchedule::stageText(MentorSchedule::stage(c.number)));
            if (c.isHeld()) {
                ++held;
                cell(StateColumn, tr("Held %1").arg(dateText(c.heldDate)));
            } else if (c.plannedDate < m_today) {
                ++overdue;
                QTableWidgetItem *item = cell(StateColumn, QStringLiteral("\u25B2 ") + tr("Overdue"));
                item->setForeground(overdueColour);
                item->setToolTip(tr("Planned for %1 and not held yet.").arg(dateText(c.plannedDate)));
            } else {
                cell(StateColumn, tr("Planned"));
            }
        }
        const int total = m_conversations->rowCount();
        QString summary = tr("%1 of %2 conversations held.").arg(held).arg(total).toHtmlEscaped();
        if (overdue > 0)
            summary +=
                QLatin1Char(' ') + QStringLiteral("<span style=\"color:%1\">%2</span>")
                                       .arg(overdueColour.name(), tr("%n overdue.", nullptr, overdue).toHtmlEscaped());
        m_conversationSummary->setText(summary);
    } else {
        m_mentor->setText(list ? tr("No mentor yet. A mentor for the first year helps her stay.")
                               : list.error().message);
        m_conversationSummary->clear();
    }
    m_conversations->resizeColumnsToContents();
    updateButtons();
}

void HireDetailDialog::updateButtons()
{
    const bool linked = m_studentId != 0;
    m_confirmLink->setVisible(!linked && !m_candidates.isEmpty());
    m_confirmLink->setEnabled(m_suggestions->currentRow() >= 0);
    m_removeLink->setVisible(linked);
    const bool mentored = m_mentorshipId != 0;
    m_assign->setEnabled(true);
    m_assign->setText(mentored ? tr("&Another mentor…") : tr("&Assign a mentor…"));
    m_change->setEnabled(mentored);
    m_removeMentor->setEnabled(mentored);
    const bool conversation = currentConversation() != 0;
    m_hold->setEnabled(conversation);
    m_move->setEnabled(conversation);
}

bool HireDetailDialog::run(PlanCommand *command)
{
    if (auto r = m_session.run(command); !r) {
        Prompts::error(this, tr("The change was not made"), r.error());
        return false;
    }
    return true;
}

qint64 HireDetailDialog::currentConversation() const
{
    const QList<QTableWidgetItem *> items = m_conversations->selectedItems();
    return items.isEmpty() ? 0 : items.constFirst()->data(IdRole).toLongLong();
}

void HireDetailDialog::editHire()
{
    auto h = HireRepository(m_session.plan()).get(m_hireId);
    if (h)
        HireForm::open(m_session, *h, this);
}

void HireDetailDialog::confirmLink()
{
    const QListWidgetItem *item = m_suggestions->currentItem();
    if (!item || m_studentId != 0)
        return;
    const qint64 student = item->data(IdRole).toLongLong();
    run(new SetStudentLinkCommand(m_session.plan(), m_hireId, student,
                                  tr("Link %1 to her student record").arg(m_name)));
}

void HireDetailDialog::removeLink()
{
    if (m_studentId == 0)
        return;
    run(new SetStudentLinkCommand(m_session.plan(), m_hireId, 0, tr("Remove the student link of %1").arg(m_name)));
}

void HireDetailDialog::assignMentor()
{
    openMentorForm(true);
}

void HireDetailDialog::changeMentor()
{
    if (m_mentorshipId)
        openMentorForm(false);
}

void HireDetailDialog::openMentorForm(bool isNew)
{
    PlanFile &plan = m_session.plan();
    MentorRepository repo(plan);
    auto hire = HireRepository(plan).get(m_hireId);
    if (!hire)
        return;
    Mentorship m;
    if (!isNew) {
        auto current = repo.get(m_mentorshipId);
        if (!current)
            return;
        m = *current;
    } else {
        m.hireId = m_hireId;
        m.start = hire->start;
        // another mentor takes over from today (or her start, whichever is later)
        if (m_mentorshipId)
            m.start = std::max(hire->start, m_today);
    }
    // supervisors at her site first, then the other supervisors, then the other hires
    QList<QPair<QString, QVariant>> mentors{{tr("(choose)"), QString()}};
    if (auto choices = MentorChoices::forHire(plan, *hire)) {
        for (const MentorChoice &c : std::as_const(*choices))
            mentors.append(
                {(c.isSupervisor() ? tr("%1 (supervisor, %2)") : tr("%1 (new hire, %2)")).arg(c.name, c.siteName),
                 (c.isSupervisor() ? QStringLiteral("s%1") : QStringLiteral("h%1")).arg(c.id)});
    }
    const QString current = m.mentorSupervisorId ? QStringLiteral("s%1").arg(m.mentorSupervisorId)
                            : m.mentorHireId     ? QStringLiteral("h%1").arg(m.mentorHireId)
                                                 : QString();
    auto *form = new RecordForm(isNew ? tr("Mentor for %1").arg(m_name) : tr("Mentorship of %1").arg(m_name), this);
    form->setObjectName(QStringLiteral("mentorForm"));
    auto *mentor = form->addCombo(QStringLiteral("mentor"), tr("&Mentor:"), mentors, current,
                                  [](const QVariant &v) -> std::optional<Error> {
                                      if (v.toString().isEmpty())
                                          return Error::invalid(tr("Choose the mentor: a supervisor or another "
                                                                   "new hire."),
                                                                tr("Mentor"));
                                      return std::nullopt;
                                  });
    auto *start = form->addLine(QStringLiteral("mentorStart"), tr("&From:"), dateText(m.start),
                                [&plan, m](const QString &t) -> std::optional<Error> {
                                    auto d = Validation::parseDateField(t, tr("From"));
                                    if (!d)
                                        return d.error();
                                    Mentorship probe = m;
                                    probe.start = *d;
                                    if (!probe.mentorSupervisorId && !probe.mentorHireId)
                                        return std::nullopt; // the mentor's own check says what is missing
                                    if (auto v = MentorRepository(plan).validate(probe); !v)
                                        return v.error();
                                    return std::nullopt;
                                });
    start->setPlaceholderText(tr("dd.mm.yyyy"));
    auto *months =
        form->addSpin(QStringLiteral("mentorMonths"), tr("M&onths:"), m.months, 1, Mentorship::maximumMonths);
    months->setSuffix(tr(" months"));
    months->setToolTip(tr("12 months, up to 24 for a second year as needed."));
    form->openWith([this, mentor, start, months, m, isNew] {
        Mentorship after = m;
        const QString who = mentor->currentData().toString();
        after.mentorSupervisorId = who.startsWith(QLatin1Char('s')) ? who.mid(1).toLongLong() : 0;
        after.mentorHireId = who.startsWith(QLatin1Char('h')) ? who.mid(1).toLongLong() : 0;
        after.start = Validation::parseDate(start->text()).value_or(QDate());
        after.months = months->value();
        const QString name = mentor->currentText().section(QStringLiteral(" ("), 0, 0);
        if (isNew) {
            // another mentor takes over: the one before ends the day before
            if (m_mentorshipId) {
                auto before = MentorRepository(m_session.plan()).get(m_mentorshipId);
                if (before && before->start < after.start && !before->endedOn.isValid()) {
                    Mentorship ended = *before;
                    ended.endedOn = after.start.addDays(-1);
                    m_session.undoStack()->beginMacro(tr("%1 mentors %2").arg(name, m_name));
                    const bool ok = run(new EditMentorshipCommand(m_session.plan(), ended, QString())) &&
                                    run(new AssignMentorCommand(m_session.plan(), after, QString()));
                    m_session.undoStack()->endMacro();
                    if (!ok)
                        m_session.undoStack()->undo();
                    return ok;
                }
            }
            return run(new AssignMentorCommand(m_session.plan(), after, tr("%1 mentors %2").arg(name, m_name)));
        }
        if (after == m)
            return true;
        return run(new EditMentorshipCommand(m_session.plan(), after, tr("Change the mentorship of %1").arg(m_name)));
    });
}

void HireDetailDialog::removeMentor()
{
    if (!m_mentorshipId)
        return;
    MentorRepository repo(m_session.plan());
    auto m = repo.get(m_mentorshipId);
    if (!m)
        return;
    const QString name = valueOr(repo.mentorName(*m));
    auto dependents = repo.dependents(m_mentorshipId);
    const QString question = dependents && !dependents->isEmpty()
                                 ? tr("Remove %1 as the mentor of %2? These go with it: %3. You can undo this.")
                                       .arg(name, m_name, dependents->text())
                                 : tr("Remove %1 as the mentor of %2? You can undo this.").arg(name, m_name);
    if (!Prompts::confirm(this, tr("Remove the mentor"), question))
        return;
    run(new RemoveMentorshipCommand(m_session.plan(), m_mentorshipId,
                                    tr("Remove %1 as the mentor of %2").arg(name, m_name)));
}

void HireDetailDialog::holdConversation()
{
    const qint64 id = currentConversation();
    if (!id)
        return;
    auto c = MentorRepository(m_session.plan()).conversation(id);
    if (!c)
        return;
    const bool wasHeld = c->isHeld();
    QDate suggested = c->heldDate;
    if (!suggested.isValid())
        suggested = c->plannedDate <= m_today ? c->plannedDate : m_today;
    auto *form = new RecordForm(tr("Conversation %1 held").arg(c->number), this);
    form->setObjectName(QStringLiteral("holdConversationForm"));
    const QDate today = m_today;
    auto *held = form->addLine(QStringLiteral("heldDate"), tr("Held &on:"), dateText(suggested),
                               [today, wasHeld](const QString &t) -> std::optional<Error> {
                                   if (wasHeld && t.trimmed().isEmpty())
                                       return std::nullopt; // not held after all
                                   auto d = Validation::parseDateField(t, tr("Held on"));
                                   if (!d)
                                       return d.error();
                                   if (*d > today)
                                       return Error::invalid(tr("A conversation cannot have been held after today "
                                                                "(%1).")
                                                                 .arg(dateText(today)),
                                                             tr("Held on"));
                                   return std::nullopt;
                               });
    if (wasHeld)
        held->setPlaceholderText(tr("empty: not held"));
    const int number = c->number;
    form->openWith([this, held, id, number, before = *c] {
        const QDate date = Validation::parseDate(held->text()).value_or(QDate());
        if (date == before.heldDate)
            return true;
        const QString text = date.isValid()
                                 ? tr("Conversation %1 of %2 held on %3").arg(number).arg(m_name, dateText(date))
                                 : tr("Conversation %1 of %2 not held").arg(number).arg(m_name);
        return run(new ConversationCommand(m_session.plan(), id, ConversationCommand::Action::Hold, date, text));
    });
}

void HireDetailDialog::moveConversation()
{
    const qint64 id = currentConversation();
    if (!id)
        return;
    PlanFile &plan = m_session.plan();
    auto c = MentorRepository(plan).conversation(id);
    if (!c)
        return;
    auto *form = new RecordForm(tr("Move conversation %1").arg(c->number), this);
    form->setObjectName(QStringLiteral("moveConversationForm"));
    auto *date = form->addLine(QStringLiteral("plannedDate"), tr("&Planned for:"), dateText(c->plannedDate),
                               [&plan, c = *c](const QString &t) -> std::optional<Error> {
                                   auto d = Validation::parseDateField(t, tr("Planned for"));
                                   if (!d)
                                       return d.error();
                                   MentorConversation probe = c;
                                   probe.plannedDate = *d;
                                   if (auto v = MentorRepository(plan).validateConversation(probe); !v)
                                       return v.error();
                                   if (!WorkCalendar::isWorkingDay(*d))
                                       return Error::invalid(
                                           tr("%1 is not a working day; the next one is %2.")
                                               .arg(dateText(*d), dateText(WorkCalendar::workingDayOnOrAfter(*d))),
                                           tr("Planned for"));
                                   return std::nullopt;
                               });
    date->setPlaceholderText(tr("dd.mm.yyyy"));
    form->openWith([this, date, id, before = *c] {
        const QDate d = Validation::parseDate(date->text()).value_or(QDate());
        if (d == before.plannedDate)
            return true;
        return run(new ConversationCommand(
            m_session.plan(), id, ConversationCommand::Action::Move, d,
            tr("Move conversation %1 of %2 to %3").arg(before.number).arg(m_name, dateText(d))));
    });
}

void HireDetailDialog::printFolder()
{
    PlanFile &plan = m_session.plan();
    const QString suggested = QDir::home().filePath(MentorFolder::suggestedFileName(plan, m_hireId));
    const QString path = m_fileChooser ? m_fileChooser(suggested)
                                       : QFileDialog::getSaveFileName(this, tr("Save the mentor folder"), suggested,
                                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = MentorFolder::writePdf(plan, m_hireId, path); !r)
        Prompts::error(this, tr("The mentor folder was not saved"), r.error());
}

} // namespace praksis
