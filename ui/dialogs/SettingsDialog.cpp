#include "dialogs/SettingsDialog.h"

#include "AppSettings.h"
#include "Colors.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "i18n/Language.h"
#include "welcome/SiteWelcome.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace praksis {

namespace {
void addLanguages(QComboBox *box)
{
    box->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    box->addItem(QStringLiteral("Norsk nynorsk"), QStringLiteral("nn"));
    box->addItem(QStringLiteral("English"), QStringLiteral("en"));
}
} // namespace

SettingsDialog::SettingsDialog(PlanSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_before(PlanSettingsValues::read(session.plan()))
    , m_logo(m_before.organisationLogo)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *org = new QGroupBox(tr("Organisation (on printed documents)"), this);
    auto *orgForm = new QFormLayout(org);
    m_orgName = new QLineEdit(m_before.organisationName, org);
    m_orgName->setObjectName(QStringLiteral("organisationName"));
    m_orgName->setPlaceholderText(tr("e.g. Bergen kommune, Helse og omsorg"));
    orgForm->addRow(tr("&Name:"), m_orgName);
    auto *logoRow = new QHBoxLayout;
    m_logoPreview = new QLabel(org);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setMinimumSize(120, 48);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    auto *chooseLogo = new QPushButton(tr("Choose &logo…"), org);
    chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    auto *removeLogo = new QPushButton(tr("&Remove logo"), org);
    removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch();
    orgForm->addRow(tr("Logo:"), logoRow);
    m_docLanguage = new QComboBox(org);
    m_docLanguage->setObjectName(QStringLiteral("documentLanguage"));
    addLanguages(m_docLanguage);
    m_docLanguage->setCurrentIndex(qMax(0, m_docLanguage->findData(m_before.documentLanguage)));
    orgForm->addRow(tr("&Document language:"), m_docLanguage);
    layout->addWidget(org);

    auto *letters = new QGroupBox(tr("Welcome letters"), this);
    auto *lettersForm = new QFormLayout(letters);
    m_arrivalTime = new QLineEdit(m_before.welcomeArrivalTime, letters);
    m_arrivalTime->setObjectName(QStringLiteral("defaultArrivalTime"));
    m_arrivalTime->setToolTip(tr("The time to arrive on the first day, for the sites that have none of their own "
                                 "(each site's form can give its own, with a meeting place and a note)."));
    lettersForm->addRow(tr("Default a&rrival time:"), m_arrivalTime);
    m_arrivalError = new QLabel(letters);
    m_arrivalError->setObjectName(QStringLiteral("defaultArrivalTimeMessage"));
    m_arrivalError->setWordWrap(true);
    lettersForm->addRow(QString(), m_arrivalError);
    layout->addWidget(letters);

    auto *planner = new QGroupBox(tr("Planner costs (lower is better)"), this);
    auto *plannerForm = new QFormLayout(planner);
    const int values[6] = {m_before.costs.choice1,   m_before.costs.choice2, m_before.costs.choice3,
                           m_before.costs.notChosen, m_before.costs.revisit, m_before.costs.unplaced};
    const QString labels[6] = {tr("First choice:"),      tr("Second choice:"),         tr("Third choice:"),
                               tr("A site not chosen:"), tr("A site visited before:"), tr("A student left unplaced:")};
    const char *names[6] = {"costChoice1",   "costChoice2", "costChoice3",
                            "costNotChosen", "costRevisit", "costUnplaced"};
    for (int i = 0; i < 6; ++i) {
        m_costs[i] = new QSpinBox(planner);
        m_costs[i]->setObjectName(QString::fromLatin1(names[i]));
        m_costs[i]->setRange(0, 1000000);
        m_costs[i]->setValue(values[i]);
        m_costs[i]->setAccessibleName(labels[i]);
        plannerForm->addRow(labels[i], m_costs[i]);
    }
    layout->addWidget(planner);

    auto *absence = new QGroupBox(tr("Absence limits (share of the planned hours)"), this);
    auto *absenceForm = new QFormLayout(absence);
    m_makeUp = new QDoubleSpinBox(absence);
    m_makeUp->setObjectName(QStringLiteral("absenceMakeUp"));
    m_makeUp->setRange(0, 100);
    m_makeUp->setSuffix(QStringLiteral(" %"));
    m_makeUp->setDecimals(1);
    m_makeUp->setValue(m_before.absence.makeUpPercent);
    m_atRisk = new QDoubleSpinBox(absence);
    m_atRisk->setObjectName(QStringLiteral("absenceAtRisk"));
    m_atRisk->setRange(0, 100);
    m_atRisk->setSuffix(QStringLiteral(" %"));
    m_atRisk->setDecimals(1);
    m_atRisk->setValue(m_before.absence.atRiskPercent);
    m_absenceError = new QLabel(absence);
    m_absenceError->setObjectName(QStringLiteral("absenceError"));
    QPalette errorPalette = m_absenceError->palette();
    errorPalette.setColor(QPalette::WindowText, Colors::errorText(errorPalette));
    m_absenceError->setPalette(errorPalette);
    m_arrivalError->setPalette(errorPalette);
    m_absenceError->setWordWrap(true);
    m_absenceError->hide();
    absenceForm->addRow(tr("To be &made up above:"), m_makeUp);
    absenceForm->addRow(tr("Period &at risk above:"), m_atRisk);
    absenceForm->addRow(QString(), m_absenceError);
    layout->addWidget(absence);

    auto *program = new QGroupBox(tr("This program"), this);
    auto *programForm = new QFormLayout(program);
    m_uiLanguage = new QComboBox(program);
    m_uiLanguage->setObjectName(QStringLiteral("interfaceLanguage"));
    m_uiLanguage->addItem(tr("As the system"), QString());
    addLanguages(m_uiLanguage);
    m_uiLanguage->setCurrentIndex(qMax(0, m_uiLanguage->findData(AppSettings::interfaceLanguage.value())));
    auto *restartNote = new QLabel(tr("A new interface language is used from the next start."), program);
    restartNote->setWordWrap(true);
    programForm->addRow(tr("&Interface language:"), m_uiLanguage);
    programForm->addRow(QString(), restartNote);
    layout->addWidget(program);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(chooseLogo, &QAbstractButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(removeLogo, &QAbstractButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    connect(m_arrivalTime, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_makeUp, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_atRisk, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::validate);
    showLogo();
    validate();
}

PlanSettingsValues SettingsDialog::values() const
{
    PlanSettingsValues v;
    v.organisationName = m_orgName->text().trimmed();
    v.organisationLogo = m_logo;
    v.documentLanguage = m_docLanguage->currentData().toString();
    v.costs = PlannerCosts{m_costs[0]->value(), m_costs[1]->value(), m_costs[2]->value(),
                           m_costs[3]->value(), m_costs[4]->value(), m_costs[5]->value()};
    v.absence = AbsenceLimits{m_makeUp->value(), m_atRisk->value()};
    const auto time = SiteWelcomes::normalisedTime(m_arrivalTime->text());
    v.welcomeArrivalTime = time && !time.value().isEmpty() ? time.value() : m_before.welcomeArrivalTime;
    return v;
}

QString SettingsDialog::interfaceLanguage() const
{
    return m_uiLanguage->currentData().toString();
}

bool SettingsDialog::apply()
{
    Language::setPreferred(interfaceLanguage());
    const PlanSettingsValues after = values();
    if (after.sameAs(m_before))
        return true;
    auto r = m_session.run(new PlanSettingsCommand(m_session.plan(), m_before, after));
    if (!r) {
        Prompts::error(this, tr("Settings not saved"), r.error());
        return false;
    }
    m_before = after;
    return true;
}

void SettingsDialog::chooseLogo()
{
    const QString path = logoFileHook ? logoFileHook()
                                      : QFileDialog::getOpenFileName(this, tr("Choose a logo"), QString(),
                                                                     tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Prompts::error(this, tr("Logo not read"), tr("“%1” could not be read: %2").arg(path, f.errorString()));
        return;
    }
    const QByteArray data = f.readAll();
    if (QImage::fromData(data).isNull() && !path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        Prompts::error(this, tr("Logo not read"), tr("“%1” is not a PNG, JPEG or SVG image.").arg(path));
        return;
    }
    m_logo = data;
    showLogo();
}

void SettingsDialog::showLogo()
{
    const QImage image = QImage::fromData(m_logo);
    if (image.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(m_logo.isEmpty() ? tr("No logo") : tr("Logo set"));
        return;
    }
    m_logoPreview->setPixmap(QPixmap::fromImage(image).scaled(160, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void SettingsDialog::validate()
{
    const bool ok = m_makeUp->value() < m_atRisk->value();
    m_absenceError->setText(ok ? QString() : tr("“Period at risk” must be above “to be made up”."));
    m_absenceError->setVisible(!ok);
    const auto time = SiteWelcomes::normalisedTime(m_arrivalTime->text());
    const bool timeOk = time && !time.value().isEmpty();
    m_arrivalError->setText(timeOk ? QString()
                            : time ? tr("Write the time to arrive, e.g. 10:00.")
                                   : time.error().message);
    m_arrivalError->setVisible(!timeOk);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && timeOk);
}

} // namespace praksis
