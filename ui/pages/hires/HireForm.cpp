#include "pages/hires/HireForm.h"

#include "PlanSession.h"
#include "Prompts.h"
#include "commands/RecordCommands.h"
#include "model/Hire.h"
#include "model/Validation.h"
#include "recruitment/HireRepository.h"
#include "widgets/RecordForm.h"
#include "widgets/RegisterPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSharedPointer>

namespace praksis {

namespace {
using Insert = InsertRecordCommand<HireRepository, Hire>;
using Update = UpdateRecordCommand<HireRepository, Hire>;

QDate dateOf(const QString &text)
{
    return Validation::parseDate(text).value_or(QDate());
}

QString dateText(QDate d)
{
    return d.isValid() ? Validation::formatDate(d) : QString();
}

template<typename E> QList<QPair<QString, QVariant>> kindChoices(const QString &none = {})
{
    QList<QPair<QString, QVariant>> items;
    if (!none.isEmpty())
        items.append({none, QString()});
    for (E v : allValues<E>())
        items.append({label(v), toId(v)});
    return items;
}

QList<QPair<QString, QVariant>> siteChoices(PlanFile &plan, const QString &none)
{
    QList<QPair<QString, QVariant>> list{{none, qint64(0)}};
    if (auto q = plan.exec(RegisterPage::siteChoicesSql()))
        while (q->next())
            list.append({q->value(0).toString(), q->value(1)});
    return list;
}
} // namespace

RecordForm *HireForm::open(PlanSession &session, const Hire &hire, QWidget *parent, std::function<void(qint64)> done)
{
    const bool isNew = hire.id == 0;
    auto *form = new RecordForm(isNew ? tr("New hire") : tr("New hire %1").arg(hire.fullName()), parent);
    form->setObjectName(QStringLiteral("hireForm"));
    auto *given = form->addLine(QStringLiteral("givenName"), tr("&Given name:"), hire.givenName,
                                [](const QString &t) { return Validation::requiredText(t, tr("Given name")); });
    auto *family = form->addLine(QStringLiteral("familyName"), tr("&Family name:"), hire.familyName,
                                 [](const QString &t) { return Validation::requiredText(t, tr("Family name")); });
    auto *site = form->addCombo(QStringLiteral("site"), tr("&Site:"), siteChoices(session.plan(), tr("(choose)")),
                                hire.siteId, [](const QVariant &id) -> std::optional<Error> {
                                    if (id.toLongLong() == 0)
                                        return Error::invalid(tr("Choose the site she was hired at."), tr("Site"));
                                    return std::nullopt;
                                });
    auto *profession = form->addCombo(QStringLiteral("profession"), tr("&Profession:"), kindChoices<Profession>(),
                                      toId(hire.profession));
    auto *position = form->addCombo(QStringLiteral("position"), tr("P&osition:"), kindChoices<HirePosition>(),
                                    toId(hire.position));
    auto *start = form->addLine(QStringLiteral("start"), tr("S&tart:"), dateText(hire.start), [](const QString &t) {
        auto d = Validation::parseDateField(t, tr("Start"));
        return d ? std::nullopt : std::optional<Error>(d.error());
    });
    start->setPlaceholderText(tr("dd.mm.yyyy"));
    auto *probation = form->addLine(
        QStringLiteral("probationEnd"), tr("&Probation ends:"), dateText(hire.effectiveProbationEnd()),
        [start](const QString &t) -> std::optional<Error> {
            if (t.trimmed().isEmpty())
                return std::nullopt; // start + 6 months
            auto d = Validation::parseDateField(t, tr("Probation ends"));
            if (!d)
                return d.error();
            if (const QDate s = dateOf(start->text()); s.isValid() && *d < s)
                return Error::invalid(tr("The probation cannot end before she starts (%1).").arg(dateText(s)),
                                      tr("Probation ends"));
            return std::nullopt;
        });
    probation->setPlaceholderText(tr("start + 6 months"));
    probation->setToolTip(tr("Six months from the start unless you give another date."));
    auto *end = form->addLine(QStringLiteral("end"), tr("&End:"), dateText(hire.end),
                              [start](const QString &t) -> std::optional<Error> {
                                  if (auto e = RegisterPage::optionalDate(t, tr("End")))
                                      return e;
                                  const QDate d = dateOf(t), s = dateOf(start->text());
                                  if (d.isValid() && s.isValid() && d < s)
                                      return Error::invalid(
                                          tr("She cannot leave before she starts (%1).").arg(dateText(s)), tr("End"));
                                  return std::nullopt;
                              });
    end->setPlaceholderText(tr("empty while she is employed"));
    auto *reason = form->addCombo(QStringLiteral("endReason"), tr("End &reason:"),
                                  kindChoices<EndReason>(tr("(not given)")),
                                  hire.endReason ? toId(*hire.endReason) : QString(),
                                  [end](const QVariant &id) -> std::optional<Error> {
                                      if (!id.toString().isEmpty() && end->text().trimmed().isEmpty())
                                          return Error::invalid(tr("A reason only goes with an end date."),
                                                                tr("End reason"));
                                      return std::nullopt;
                                  });
    reason->setToolTip(tr("A category only. Never write why in words, never health."));
    auto *email = form->addLine(QStringLiteral("email"), tr("E-&mail:"), hire.email, [](const QString &t) {
        return Validation::email(t, Validation::Presence::Optional, tr("E-mail"));
    });
    auto *phone = form->addLine(QStringLiteral("phone"), tr("P&hone:"), hire.phone, [](const QString &t) {
        return Validation::phone(t, Validation::Presence::Optional, tr("Phone"));
    });

    // The probation end follows the start (start + 6 months) until it is given by hand.
    auto follows = QSharedPointer<bool>::create(!hire.probationEnd.isValid() ||
                                                hire.probationEnd == Hire::defaultProbationEnd(hire.start));
    QObject::connect(start, &QLineEdit::textChanged, form, [start, probation, follows] {
        if (!*follows)
            return;
        const QDate s = dateOf(start->text());
        probation->setText(s.isValid() ? dateText(Hire::defaultProbationEnd(s)) : QString());
    });
    QObject::connect(probation, &QLineEdit::textEdited, form, [start, probation, follows] {
        const QDate p = dateOf(probation->text());
        *follows = probation->text().trimmed().isEmpty() ||
                   (p.isValid() && p == Hire::defaultProbationEnd(dateOf(start->text())));
    });

    form->openWith([=, &session] {
        Hire after = hire;
        after.givenName = given->text().trimmed();
        after.familyName = family->text().trimmed();
        after.siteId = site->currentData().toLongLong();
        after.profession = fromId<Profession>(profession->currentData().toString()).value_or(Profession::Sykepleier);
        after.position = fromId<HirePosition>(position->currentData().toString()).value_or(HirePosition::Fast);
        after.start = dateOf(start->text());
        after.probationEnd = dateOf(probation->text());
        if (!after.probationEnd.isValid())
            after.probationEnd = Hire::defaultProbationEnd(after.start);
        after.end = dateOf(end->text());
        after.endReason = fromId<EndReason>(reason->currentData().toString());
        if (!after.end.isValid())
            after.endReason.reset();
        after.email = email->text().trimmed();
        after.phone = phone->text().trimmed();
        PlanCommand *command = nullptr;
        Insert *insert = nullptr;
        if (isNew) {
            command = insert = new Insert(session.plan(), after, tr("Add new hire %1").arg(after.fullName()));
        } else {
            if (after == hire)
                return true;
            command = new Update(session.plan(), hire, after, tr("Edit new hire %1").arg(after.fullName()),
                                 form->changedField());
        }
        if (auto r = session.run(command); !r) {
            Prompts::error(form, tr("The change was not made"), r.error());
            return false;
        }
        if (done)
            done(insert ? insert->recordId() : after.id);
        return true;
    });
    return form;
}

} // namespace praksis
