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
    auto *model = new SqlTableModel(
        session.plan(),
        QStringLiteral("FROM students st JOIN schools sc ON sc.id = st.school_id "
                       "LEFT JOIN programmes pr ON pr.id = st.programme_id"),
        QStringLiteral("st.id"),
        {{tr("Family name"), QStringLiteral("st.family_name")},
         {tr("Given name"), QStringLiteral("st.given_name")},
         {tr("Student number"), QStringLiteral("st.student_number")},
         {tr("School"), QStringLiteral("sc.name")},
         {tr("Programme"), QStringLiteral("pr.name")},
         {tr("Cohort"), QStringLiteral("st.cohort"), SqlColumn::Format::Year},
         {tr("E-mail"), QStringLiteral("st.email")},
         {tr("Police certificate"), QStringLiteral("st.police_certificate_seen"), SqlColumn::Format::Date}},
        {Entity::Student, Entity::School, Entity::Programme}, this);
    model->setSearchColumns({QStringLiteral("st.family_name"), QStringLiteral("st.given_name"),
                             QStringLiteral("st.given_name || ' ' || st.family_name"),
                             QStringLiteral("st.student_number"), QStringLiteral("st.email")});
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
    if (school)
        model()->setFilter(QStringLiteral("st.school_id = ?"), {school});
    else
        model()->setFilter(QString());
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
