#include "pages/students/StudentsPage.h"

#include "PlanSession.h"
#include "Prompts.h"
#include "commands/RecordCommands.h"
#include "model/Validation.h"
#include "models/SqlTableModel.h"
#include "recruitment/HireLink.h"
#include "storage/Registers.h"
#include "storage/StudentRepository.h"
#include "widgets/RecordForm.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace praksis {

namespace {
using Insert = InsertRecordCommand<StudentRepository, Student>;
using Update = UpdateRecordCommand<StudentRepository, Student>;
using Remove = RemoveRecordCommand<StudentRepository, Student>;

std::optional<Error> optionalDate(const QString &text, const QString &field)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    auto d = Validation::parseDateField(text, field);
    return d ? std::nullopt : std::optional<Error>(d.error());
}

QDate dateOf(const QString &text)
{
    return Validation::parseDate(text).value_or(QDate());
}

QString dateText(QDate d)
{
    return d.isValid() ? Validation::formatDate(d) : QString();
}
} // namespace

StudentsPage::StudentsPage(PlanSession &session, QWidget *parent)
    : RegisterPage(session, parent)
{
    m_school = addFilter(QStringLiteral("schoolFilter"), tr("&School:"));
    refillFilters();
    const Registers::Table &t = Registers::students();
    auto *model =
        new SqlTableModel(session.plan(), t.from, t.id,
                          {{tr("Family name"), t.column("familyName")},
                           {tr("Given name"), t.column("givenName")},
                           {tr("Student number"), t.column("studentNumber")},
                           {tr("School"), t.column("school")},
                           {tr("Programme"), t.column("programme")},
                           {tr("Cohort"), t.column("cohort"), SqlColumn::Format::Year},
                           {tr("E-mail"), t.column("email")},
                           {tr("Police certificate"), t.column("policeCertificate"), SqlColumn::Format::Date}},
                          {Entity::Student, Entity::School, Entity::Programme}, this);
    model->setSearchColumns(t.search);
    setModel(model);
    connect(&session, &PlanSession::changed, this, [this](const Change &c) {
        if (c.entity == Entity::School || c.entity == Entity::All)
            refillFilters();
    });
}

void StudentsPage::refillFilters()
{
    refill(m_school, choices(Registers::schoolChoicesSql(), {}, tr("All schools")));
}

QString StudentsPage::countText(int shown, qint64 total) const
{
    return tr("%1 of %2 students shown").arg(QLocale().toString(shown), QLocale().toString(total));
}

void StudentsPage::applyFilters()
{
    const qint64 school = m_school->currentData().toLongLong();
    model()->setFilter(school ? Registers::students().where({{"school", school}}) : Listings::Statement());
}

void StudentsPage::createRecord()
{
    Student s;
    s.schoolId = m_school->currentData().toLongLong();
    s.cohort = QDate::currentDate().year();
    openForm(s);
}

void StudentsPage::editRecord(qint64 id)
{
    auto s = StudentRepository(m_session.plan()).get(id);
    if (!s) {
        Prompts::error(this, tr("Student"), s.error());
        return;
    }
    openForm(s.value());
}

void StudentsPage::deleteRecord(qint64 id)
{
    StudentRepository repo(m_session.plan());
    auto s = repo.get(id);
    if (!s)
        return;
    const QString name = s->fullName();
    if (confirmRemoval(tr("the student %1").arg(name), repo.dependents(id)))
        run(new Remove(m_session.plan(), id, tr("Delete student %1").arg(name)));
}

void StudentsPage::openForm(const Student &student)
{
    const bool isNew = student.id == 0;
    auto *form = new RecordForm(isNew ? tr("New student") : tr("Student %1").arg(student.fullName()), this);
    auto *given = form->addLine(QStringLiteral("givenName"), tr("&Given name:"), student.givenName,
                                [](const QString &t) { return Validation::requiredText(t, tr("Given name")); });
    auto *family = form->addLine(QStringLiteral("familyName"), tr("&Family name:"), student.familyName,
                                 [](const QString &t) { return Validation::requiredText(t, tr("Family name")); });
    auto *school = form->addCombo(
        QStringLiteral("school"), tr("&School:"), choices(Registers::schoolChoicesSql(), {}, tr("(choose)")),
        student.schoolId, [](const QVariant &id) -> std::optional<Error> {
            if (id.toLongLong() == 0)
                return Error::invalid(tr("Choose a school (add schools on the Schools page)."), tr("School"));
            return std::nullopt;
        });
    auto *programme = form->addCombo(QStringLiteral("programme"), tr("&Programme:"), {}, QVariant());
    auto *number = form->addLine(QStringLiteral("studentNumber"), tr("Student &number:"), student.studentNumber,
                                 [](const QString &t) { return Validation::requiredText(t, tr("Student number")); });
    auto *cohort = form->addLine(QStringLiteral("cohort"), tr("&Cohort:"),
                                 student.cohort ? QString::number(student.cohort) : QString(),
                                 [](const QString &t) -> std::optional<Error> {
                                     if (t.trimmed().isEmpty())
                                         return std::nullopt;
                                     auto y = Validation::parseCohortYear(t, tr("Cohort"));
                                     return y ? std::nullopt : std::optional<Error>(y.error());
                                 });
    auto *email = form->addLine(QStringLiteral("email"), tr("&E-mail:"), student.email, [](const QString &t) {
        return Validation::email(t, Validation::Presence::Optional, tr("E-mail"));
    });
    auto *phone = form->addLine(QStringLiteral("phone"), tr("P&hone:"), student.phone, [](const QString &t) {
        return Validation::phone(t, Validation::Presence::Optional, tr("Phone"));
    });
    auto *police = form->addLine(QStringLiteral("policeCertificate"), tr("Police certificate &seen:"),
                                 dateText(student.policeCertificateSeen),
                                 [](const QString &t) { return optionalDate(t, tr("Police certificate seen")); });
    police->setPlaceholderText(tr("dd.mm.yyyy"));
    auto *confidentiality = form->addLine(
        QStringLiteral("confidentiality"), tr("C&onfidentiality signed:"), dateText(student.confidentialitySigned),
        [](const QString &t) { return optionalDate(t, tr("Confidentiality signed")); });
    confidentiality->setPlaceholderText(tr("dd.mm.yyyy"));
    QPlainTextEdit *notes = form->addText(QStringLiteral("notes"), tr("No&tes:"), student.notes);
    // she came back as staff: the hires linked to her record (New hires page)
    if (auto hired = HireLink::hiredText(m_session.plan(), student.id); !isNew && hired && !hired->isEmpty()) {
        auto *label = new QLabel(hired->join(QLatin1Char('\n')), form);
        label->setObjectName(QStringLiteral("hiredText"));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addWidget(tr("New hire:"), label);
    }

    auto fillProgrammes = [this, school, programme, student] {
        refill(programme,
               choices(Registers::programmeChoicesSql(), {school->currentData().toLongLong()}, tr("(none)")));
        programme->setCurrentIndex(qMax(0, programme->findData(student.programmeId)));
    };
    fillProgrammes();
    connect(school, &QComboBox::currentIndexChanged, form, fillProgrammes);

    showForm(form, [=, this] {
        Student after = student;
        after.givenName = given->text().trimmed();
        after.familyName = family->text().trimmed();
        after.schoolId = school->currentData().toLongLong();
        after.programmeId = programme->currentData().toLongLong();
        after.studentNumber = number->text().trimmed();
        after.cohort = cohort->text().trimmed().isEmpty() ? 0 : cohort->text().trimmed().toInt();
        after.email = email->text().trimmed();
        after.phone = phone->text().trimmed();
        after.policeCertificateSeen = dateOf(police->text());
        after.confidentialitySigned = dateOf(confidentiality->text());
        after.notes = notes->toPlainText();
        if (isNew) {
            auto *command = new Insert(m_session.plan(), after, tr("Add student %1").arg(after.fullName()));
            if (!run(command))
                return false;
            selectId(command->recordId());
            return true;
        }
        if (after == student)
            return true;
        return run(new Update(m_session.plan(), student, after, tr("Edit student %1").arg(after.fullName()),
                              form->changedField()));
    });
}

} // namespace praksis
