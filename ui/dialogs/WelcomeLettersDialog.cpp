#include "dialogs/WelcomeLettersDialog.h"

#include "Icons.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "documents/WelcomeLetter.h"
#include "storage/SiteRepository.h"
#include "welcome/Checklists.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace praksis {

WelcomeLettersDialog::WelcomeLettersDialog(PlanSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("welcomeLettersDialog"));
    setWindowTitle(tr("Welcome letters"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The welcome letter and checklist of every placement of a period, each starting on a "
                                "new page, in the plan's document language."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("lettersPeriod"));
    for (const auto &[id, name] : m_session.periods())
        m_period->addItem(name, id);
    m_period->setCurrentIndex(std::max(0, m_period->findData(m_session.currentPeriodId())));
    form->addRow(tr("&Period:"), m_period);
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("lettersSite"));
    form->addRow(tr("&Site:"), m_site);
    layout->addLayout(form);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("lettersCount"));
    layout->addWidget(m_count);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = buttons->addButton(tr("Print preview…"), QDialogButtonBox::ActionRole);
    preview->setIcon(themedIcon(QStringLiteral("printer")));
    preview->setObjectName(QStringLiteral("lettersPreviewButton"));
    auto *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setIcon(themedIcon(QStringLiteral("file-down")));
    pdf->setObjectName(QStringLiteral("lettersPdfButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(preview, &QPushButton::clicked, this, &WelcomeLettersDialog::printPreview);
    connect(pdf, &QPushButton::clicked, this, &WelcomeLettersDialog::saveAsPdf);
    connect(m_period, &QComboBox::currentIndexChanged, this, &WelcomeLettersDialog::fillSites);
    connect(m_site, &QComboBox::currentIndexChanged, this, &WelcomeLettersDialog::updateCount);
    connect(&m_session, &PlanSession::planAboutToClose, this, &QDialog::reject);
    fillSites();
}

void WelcomeLettersDialog::fillSites()
{
    const QSignalBlocker blocker(m_site);
    const qint64 chosen = m_site->currentData().toLongLong();
    m_site->clear();
    m_site->addItem(tr("All sites"), 0);
    // The sites that have placements in the period.
    const auto used = WelcomeLetter::sitesOf(m_session.plan(), m_period->currentData().toLongLong());
    auto sites = SiteRepository(m_session.plan()).list();
    if (used && sites)
        for (const Site &site : sites.value())
            if (used->contains(site.id))
                m_site->addItem(site.displayName(), site.id);
    m_site->setCurrentIndex(std::max(0, m_site->findData(chosen)));
    updateCount();
}

QList<qint64> WelcomeLettersDialog::placements() const
{
    const qint64 site = m_site->currentData().toLongLong();
    auto ids = WelcomeLetter::placementsOf(m_session.plan(), m_period->currentData().toLongLong(),
                                           site ? std::optional<qint64>(site) : std::nullopt);
    return ids ? ids.value() : QList<qint64>();
}

void WelcomeLettersDialog::updateCount()
{
    const auto count = placements().size();
    m_count->setText(count ? tr("%n placement(s) to print.", nullptr, int(count)) : tr("No placements to print."));
    const auto buttons = findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->objectName().startsWith(QStringLiteral("letters")))
            b->setEnabled(count > 0);
}

Result<QList<qint64>> WelcomeLettersDialog::prepared()
{
    const QList<qint64> ids = placements();
    if (ids.isEmpty())
        return Error::invalid(tr("The period has no placements to print."));
    if (auto made = Checklists::create(m_session.plan(), ids); !made)
        return made.error();
    return ids;
}

Result<int> WelcomeLettersDialog::writePdf(const QString &path)
{
    auto ids = prepared();
    if (!ids)
        return ids.error();
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, int(ids->size()),
                             this);
    progress.setObjectName(QStringLiteral("lettersProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    WelcomeLetterOptions options;
    options.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    return WelcomeLetter::writePdf(m_session.plan(), ids.value(), path, options);
}

void WelcomeLettersDialog::saveAsPdf()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("Welcome letters %1.pdf").arg(m_period->currentText()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save welcome letters as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = writePdf(path); !r && r.error().kind != Error::Kind::Cancelled)
        Prompts::error(this, windowTitle(), r.error());
}

void WelcomeLettersDialog::printPreview()
{
    auto ids = prepared();
    if (!ids) {
        Prompts::error(this, windowTitle(), ids.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("lettersPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &ids](QPrinter *p) {
        if (auto r = WelcomeLetter::render(m_session.plan(), ids.value(), p); !r)
            Prompts::error(this, windowTitle(), r.error());
    });
    preview.exec();
}

} // namespace praksis
