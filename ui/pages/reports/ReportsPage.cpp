#include "pages/reports/ReportsPage.h"

#include "Prompts.h"

#include "Colors.h"
#include "Icons.h"
#include "PlanSession.h"
#include "documents/DocumentFont.h"
#include "documents/RecruitmentReport.h"
#include "documents/ReportExport.h"
#include "documents/Reports.h"
#include "io/ICalendarWriter.h"
#include "model/Validation.h"
#include "models/ReportTableModel.h"
#include "storage/PeriodRepository.h"
#include "storage/PlanSettings.h"
#include "storage/SchoolRepository.h"
#include "storage/SiteRepository.h"
#include "storage/SupervisorRepository.h"
#include "widgets/Accessibility.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace praksis {

namespace {

QString suffixOf(ReportsPage::Format format)
{
    switch (format) {
    case ReportsPage::Format::Csv:
        return QStringLiteral("csv");
    case ReportsPage::Format::Xlsx:
        return QStringLiteral("xlsx");
    case ReportsPage::Format::Pdf:
        return QStringLiteral("pdf");
    case ReportsPage::Format::Ics:
        return QStringLiteral("ics");
    }
    return {};
}

ReportFormat reportFormat(ReportsPage::Format format)
{
    switch (format) {
    case ReportsPage::Format::Xlsx:
        return ReportFormat::Xlsx;
    case ReportsPage::Format::Pdf:
        return ReportFormat::Pdf;
    default:
        return ReportFormat::Csv;
    }
}

// A file name without the characters Windows and macOS refuse.
QString safeFileName(QString name)
{
    static const QRegularExpression bad(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(bad, QStringLiteral("-"));
    return name.simplified();
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    combo->setCurrentIndex(i >= 0 ? i : (combo->count() > 0 ? 0 : -1));
}

} // namespace

ReportsPage::ReportsPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reportsPage"));
    m_lastDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    buildUi();

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        loadChoices();
        refresh();
    });
    connect(&m_session, &PlanSession::changed, this, &ReportsPage::scheduleRefresh);
    connect(&m_session, &PlanSession::currentPeriodChanged, this, [this](qint64 id) {
        if (id > 0)
            selectData(m_period, id);
    });

    loadChoices();
    if (m_session.currentPeriodId() > 0)
        selectData(m_period, m_session.currentPeriodId());
    // the date range starts as the chosen period's dates
    const auto [from, to] = dateRange();
    if (from.isValid() && to.isValid()) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
    // computed when the page is first shown, not while the main window starts
    m_stale = true;
    updateControls();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->setAccessibleName(tr("Report"));
    m_kind->addItem(themedIcon(QStringLiteral("school")), tr("School report"), int(Kind::SchoolReport));
    m_kind->addItem(themedIcon(QStringLiteral("users")), tr("Supervisor report"), int(Kind::SupervisorReport));
    m_kind->addItem(themedIcon(QStringLiteral("calendar-days")), tr("Calendar of a site (.ics)"),
                    int(Kind::SiteCalendar));
    m_kind->addItem(themedIcon(QStringLiteral("calendar-range")), tr("Calendar of a supervisor (.ics)"),
                    int(Kind::SupervisorCalendar));
    m_kind->addItem(themedIcon(QStringLiteral("handshake")), tr("Recruitment report"), int(Kind::RecruitmentReport));
    m_form->addRow(tr("&Report:"), m_kind);

    m_school = new QComboBox(this);
    m_school->setObjectName(QStringLiteral("school"));
    m_school->setAccessibleName(tr("School"));
    m_school->setMinimumContentsLength(28);
    m_school->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_form->addRow(tr("&School:"), m_school);

    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("site"));
    m_site->setAccessibleName(tr("Site"));
    m_site->setMinimumContentsLength(36);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_form->addRow(tr("Si&te:"), m_site);

    m_supervisor = new QComboBox(this);
    m_supervisor->setObjectName(QStringLiteral("supervisor"));
    m_supervisor->setAccessibleName(tr("Supervisor"));
    m_supervisor->setMinimumContentsLength(36);
    m_supervisor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_form->addRow(tr("Super&visor:"), m_supervisor);

    m_datesRow = new QWidget(this);
    auto *dates = new QHBoxLayout(m_datesRow);
    dates->setContentsMargins(0, 0, 0, 0);
    // The radio button's text is a label of the period combo, so that a screen reader names the combo (on Linux a
    // combo is named by its label, not by its own accessible name).
    m_byPeriod = new QRadioButton(m_datesRow);
    m_byPeriod->setObjectName(QStringLiteral("byPeriod"));
    m_byPeriod->setAccessibleName(tr("By period"));
    auto *periodLabel = new QLabel(tr("&Period"), m_datesRow);
    m_byPeriod->setChecked(true);
    m_period = new QComboBox(m_datesRow);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setMinimumContentsLength(24);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    periodLabel->setBuddy(m_period);
    connect(m_period, &QComboBox::activated, m_byPeriod, [this] { m_byPeriod->setChecked(true); });
    m_byDates = new QRadioButton(tr("&From"), m_datesRow);
    m_byDates->setObjectName(QStringLiteral("byDates"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_byPeriod);
    group->addButton(m_byDates);
    const auto dateEdit = [this](const QString &name, const QString &accessible) {
        auto *e = new QDateEdit(m_datesRow);
        e->setObjectName(name);
        e->setAccessibleName(accessible);
        e->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        e->setCalendarPopup(true);
        e->setDate(QDate::currentDate());
        return e;
    };
    m_from = dateEdit(QStringLiteral("fromDate"), tr("First day"));
    m_to = dateEdit(QStringLiteral("toDate"), tr("Last day"));
    auto *toLabel = new QLabel(tr("&to"), m_datesRow);
    toLabel->setBuddy(m_to);
    dates->addWidget(m_byPeriod);
    dates->addWidget(periodLabel);
    dates->addWidget(m_period);
    dates->addSpacing(16);
    dates->addWidget(m_byDates);
    dates->addWidget(m_from);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addStretch();
    // the row is a group a screen reader names "Dates" (a buddy in another widget would not reach it)
    m_datesRow->setObjectName(QStringLiteral("dates"));
    m_datesRow->setAccessibleName(tr("Dates"));
    auto *datesLabel = new QLabel(tr("Dates:"), this);
    datesLabel->setBuddy(m_datesRow);
    m_form->addRow(datesLabel, m_datesRow);
    layout->addLayout(m_form);

    m_model = new ReportTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setAccessibleName(tr("Report preview"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the report's own order until a header is clicked
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    Accessibility::enterWithCurrentRow(m_view); // Tab leaves the preview for the Export buttons
    layout->addWidget(m_view, 1);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    layout->addWidget(m_totals);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, Colors::errorText(palette()));
    m_message->setPalette(pal);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    const auto button = [this, buttons](const QString &name, const QString &text, Format format) {
        auto *b = new QPushButton(themedIcon(QStringLiteral("file-down")), text, this);
        b->setObjectName(name);
        b->setAccessibleName(Accessibility::nameFromLabel(text)); // what is heard is what is seen
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, format] { chooseFileAndExport(format); });
        return b;
    };
    m_csv = button(QStringLiteral("exportCsv"), tr("Export &CSV…"), Format::Csv);
    m_xlsx = button(QStringLiteral("exportXlsx"), tr("Export &XLSX…"), Format::Xlsx);
    m_pdf = button(QStringLiteral("exportPdf"), tr("Export P&DF…"), Format::Pdf);
    m_ics = button(QStringLiteral("exportIcs"), tr("Export calendar (.&ics)…"), Format::Ics);
    layout->addLayout(buttons);

    const auto changedChoice = [this] {
        if (m_loadingChoices)
            return;
        updateControls();
        if (isVisible())
            refresh();
        else
            m_stale = true; // e.g. another period chosen in the toolbar while another page is shown
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, changedChoice] {
        loadChoices(); // "All schools" is offered for the supervisor report only, and chosen first
        if (kind() == Kind::SupervisorReport) {
            m_loadingChoices = true;
            m_school->setCurrentIndex(0);
            m_loadingChoices = false;
        }
        changedChoice();
    });
    for (QComboBox *c : {m_school, m_site, m_supervisor, m_period})
        connect(c, &QComboBox::currentIndexChanged, this, changedChoice);
    connect(m_byPeriod, &QRadioButton::toggled, this, changedChoice);
    connect(m_from, &QDateEdit::dateChanged, this, changedChoice);
    connect(m_to, &QDateEdit::dateChanged, this, changedChoice);
}

ReportsPage::Kind ReportsPage::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

QList<ReportsPage::Format> ReportsPage::formats() const
{
    switch (kind()) {
    case Kind::SchoolReport:
    case Kind::SupervisorReport:
    case Kind::RecruitmentReport:
        return {Format::Csv, Format::Xlsx, Format::Pdf};
    case Kind::SiteCalendar:
    case Kind::SupervisorCalendar:
        return {Format::Ics};
    }
    return {};
}

bool ReportsPage::byPeriod() const
{
    return m_byPeriod->isChecked();
}

std::pair<QDate, QDate> ReportsPage::dateRange() const
{
    if (!byPeriod())
        return {m_from->date(), m_to->date()};
    const qint64 id = m_period->currentData().toLongLong();
    if (id <= 0)
        return {};
    auto period = PeriodRepository(m_session.plan()).get(id);
    if (!period)
        return {};
    return {period->start, period->end};
}

QString ReportsPage::periodOrDatesText() const
{
    if (byPeriod())
        return m_period->currentText();
    return Validation::formatDate(m_from->date()) + QStringLiteral("–") + Validation::formatDate(m_to->date());
}

void ReportsPage::loadChoices()
{
    if (!m_session.hasPlan())
        return;
    m_loadingChoices = true;
    PlanFile &plan = m_session.plan();

    const QVariant school = m_school->currentData();
    m_school->clear();
    if (kind() == Kind::SupervisorReport)
        m_school->addItem(tr("All schools"), qint64(0));
    if (auto schools = SchoolRepository(plan).list(); schools)
        for (const School &s : schools.value())
            m_school->addItem(s.name, s.id);
    selectData(m_school, school);

    QHash<qint64, QString> siteNames;
    const QVariant site = m_site->currentData();
    m_site->clear();
    if (auto sites = SiteRepository(plan).list(); sites)
        for (const Site &s : sites.value()) {
            siteNames.insert(s.id, s.displayName());
            m_site->addItem(s.displayName(), s.id);
        }
    selectData(m_site, site);

    const QVariant supervisor = m_supervisor->currentData();
    m_supervisor->clear();
    if (auto supervisors = SupervisorRepository(plan).list(); supervisors)
        for (const Supervisor &s : supervisors.value())
            m_supervisor->addItem(tr("%1 (%2)").arg(s.fullName(), siteNames.value(s.siteId)), s.id);
    selectData(m_supervisor, supervisor);

    const QVariant period = m_period->currentData();
    m_period->clear();
    const auto periods = m_session.periods();
    for (const auto &[id, name] : periods)
        m_period->addItem(name, id);
    selectData(m_period, period.isValid() ? period : QVariant(m_session.currentPeriodId()));

    m_loadingChoices = false;
}

void ReportsPage::updateControls()
{
    const Kind k = kind();
    const bool report = k == Kind::SchoolReport || k == Kind::SupervisorReport || k == Kind::RecruitmentReport;
    m_form->setRowVisible(m_school, report && k != Kind::RecruitmentReport);
    m_form->setRowVisible(m_site, k == Kind::SiteCalendar);
    m_form->setRowVisible(m_supervisor, k == Kind::SupervisorCalendar);
    m_form->setRowVisible(m_datesRow, report);
    m_period->setEnabled(byPeriod());
    m_from->setEnabled(!byPeriod());
    m_to->setEnabled(!byPeriod());
    const QList<Format> f = formats();
    m_csv->setVisible(f.contains(Format::Csv));
    m_xlsx->setVisible(f.contains(Format::Xlsx));
    m_pdf->setVisible(f.contains(Format::Pdf));
    m_ics->setVisible(f.contains(Format::Ics));
    for (QPushButton *b : {m_csv, m_xlsx, m_pdf, m_ics})
        b->setEnabled(m_previewOk && !m_exporting);
}

void ReportsPage::scheduleRefresh()
{
    if (!isVisible()) { // a hidden page catches up when it is shown
        m_stale = true;
        return;
    }
    m_refreshTimer->start(); // an export running meanwhile writes its own copy of the report
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        loadChoices();
        refresh();
    } else {
        showRowCount();
    }
}

void ReportsPage::showRowCount()
{
    if (isVisible())
        m_session.setPageStatus(m_previewOk ? tr("%n row(s) in the report", nullptr, m_model->rowCount()) : QString());
}

void ReportsPage::setPreviewError(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ReportsPage::refresh()
{
    m_refreshTimer->stop();
    if (!m_session.hasPlan())
        return;
    PlanFile &plan = m_session.plan();
    Result<ReportTable> table = Error{};
    m_calendar = {};
    int struckColumn = -1;
    switch (kind()) {
    case Kind::SchoolReport: {
        const qint64 school = m_school->currentData().toLongLong();
        if (school <= 0) {
            table =
                Error::invalid(m_school->count() == 0 ? tr("The plan has no schools yet.") : tr("Choose a school."));
            break;
        }
        SchoolReportQuery q;
        q.schoolId = school;
        if (byPeriod()) {
            q.periodId = m_period->currentData().toLongLong();
            if (q.periodId <= 0) {
                table = Error::invalid(tr("The plan has no periods yet; choose dates instead."));
                break;
            }
        } else {
            q.from = m_from->date();
            q.to = m_to->date();
        }
        table = Reports::schoolReport(plan, q);
        struckColumn = Reports::Status;
        break;
    }
    case Kind::SupervisorReport: {
        const auto [from, to] = dateRange();
        if (!from.isValid() || !to.isValid()) {
            table = Error::invalid(tr("The plan has no periods yet; choose dates instead."));
            break;
        }
        table = Reports::supervisorReport(plan, SupervisorReportQuery{from, to, m_school->currentData().toLongLong()});
        break;
    }
    case Kind::RecruitmentReport: {
        const auto [from, to] = dateRange();
        if (!from.isValid() || !to.isValid()) {
            table = Error::invalid(tr("The plan has no periods yet; choose dates instead."));
            break;
        }
        table = RecruitmentReport::table(plan, RecruitmentReportQuery{from, to, {}});
        break;
    }
    case Kind::SiteCalendar:
    case Kind::SupervisorCalendar: {
        const bool site = kind() == Kind::SiteCalendar;
        const qint64 id = (site ? m_site : m_supervisor)->currentData().toLongLong();
        if (id <= 0) {
            table = Error::invalid(site ? tr("The plan has no sites yet.") : tr("The plan has no supervisors yet."));
            break;
        }
        auto calendar = site ? PlacementCalendar::forSite(plan, id) : PlacementCalendar::forSupervisor(plan, id);
        if (!calendar) {
            table = calendar.error();
            break;
        }
        m_calendar = calendar.value();
        // the events as a table, for the preview only (the .ics is written from the events)
        ReportTable t;
        t.title = m_calendar.name;
        t.columns = {{tr("Event"), ReportColumn::Type::Text},
                     {tr("First day"), ReportColumn::Type::Date},
                     {tr("Last day"), ReportColumn::Type::Date},
                     {tr("Place"), ReportColumn::Type::Text}};
        for (const CalendarEvent &e : std::as_const(m_calendar.events))
            t.rows << QVariantList{e.summary, e.start, e.end, e.location};
        t.totals = QVariantList{tr("%n event(s)", nullptr, int(m_calendar.events.size())), {}, {}, {}};
        table = t;
        break;
    }
    }

    m_previewOk = table.ok();
    if (table) {
        m_model->setTable(std::move(table).value());
        m_model->setStruckOut(struckColumn, struckColumn >= 0 ? label(PlacementStatus::Cancelled) : QString());
        m_totals->setText(m_model->totalsText());
        setPreviewError({});
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 280));
    } else {
        m_model->setTable({});
        m_totals->clear();
        setPreviewError(table.error().message);
    }
    showRowCount();
    updateControls();
}

QString ReportsPage::suggestedFileName(Format format) const
{
    QString base;
    switch (kind()) {
    case Kind::SchoolReport:
        base = tr("Placement report %1 %2").arg(m_school->currentText(), periodOrDatesText());
        break;
    case Kind::SupervisorReport:
        base = m_school->currentData().toLongLong() > 0
                   ? tr("Supervisor report %1 %2").arg(m_school->currentText(), periodOrDatesText())
                   : tr("Supervisor report %1").arg(periodOrDatesText());
        break;
    case Kind::RecruitmentReport:
        base = tr("Recruitment report %1").arg(periodOrDatesText());
        break;
    case Kind::SiteCalendar:
        base = tr("Placements %1").arg(m_site->currentText());
        break;
    case Kind::SupervisorCalendar:
        base = tr("Placements %1").arg(m_calendar.name.isEmpty() ? m_supervisor->currentText() : m_calendar.name);
        break;
    }
    return safeFileName(base) + QLatin1Char('.') + suffixOf(format);
}

void ReportsPage::chooseFileAndExport(Format format)
{
    if (!m_previewOk || m_exporting)
        return;
    const QString suggested = QDir(m_lastDir).filePath(suggestedFileName(format));
    QString path;
    if (m_fileChooser) {
        path = m_fileChooser(format, suggested);
    } else {
        QString filter;
        switch (format) {
        case Format::Csv:
            filter = tr("CSV files (*.csv)");
            break;
        case Format::Xlsx:
            filter = tr("Excel workbooks (*.xlsx)");
            break;
        case Format::Pdf:
            filter = tr("PDF documents (*.pdf)");
            break;
        case Format::Ics:
            filter = tr("iCalendar files (*.ics)");
            break;
        }
        path = QFileDialog::getSaveFileName(this, tr("Export report"), suggested, filter);
    }
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffixOf(format);
        // The dialog asked about the name without its ending; the file written is this one, so ask about it.
        if (QFileInfo::exists(path) &&
            !Prompts::confirm(this, tr("Export report"),
                              tr("“%1” already exists. Replace it?").arg(QDir::toNativeSeparators(path))))
            return;
    }
    m_lastDir = QFileInfo(path).absolutePath();

    auto r = exportTo(format, path);
    if (r) {
        m_session.setPageStatus(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    } else if (r.error().kind == Error::Kind::Cancelled) {
        m_session.setPageStatus(tr("The export was cancelled; no file was written."));
    } else {
        showError(r.error().message);
    }
}

void ReportsPage::showError(const QString &text)
{
    // not modal-blocking, so a test (or a user with a screen reader) can read and close it
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

Result<void> ReportsPage::exportTo(Format format, const QString &path)
{
    if (m_stale) { // never shown since the plan changed: the export is of the plan as it is now
        m_stale = false;
        loadChoices();
        refresh();
    }
    if (!m_previewOk)
        return Error::invalid(m_message->text().isEmpty() ? tr("There is no report to export.") : m_message->text());
    if (m_exporting)
        return Error::make(Error::Kind::Conflict, tr("An export is already running."));
    if (!formats().contains(format))
        return Error::invalid(tr("This report cannot be exported as %1.").arg(suffixOf(format).toUpper()));

    m_exporting = true;
    updateControls();

    QProgressDialog progress(tr("Writing %1 …").arg(QDir::toNativeSeparators(QFileInfo(path).fileName())), tr("Cancel"),
                             0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    // only the PDF writer can stop half-way; the others are quick and write complete files or nothing
    if (format != Format::Pdf)
        progress.setCancelButton(nullptr);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(&progress, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });

    QFuture<Result<void>> future;
    if (format == Format::Ics) {
        future = QtConcurrent::run([events = m_calendar.events, name = m_calendar.name, path] {
            return ICalendarWriter::write(events, name, path);
        });
    } else {
        if (format == Format::Pdf)
            DocumentFont::family(); // registers the bundled fonts here, on the UI thread
        ReportExport::Options options;
        options.organisation = PlanSettings(m_session.plan()).value(PlanSettings::organisationName);
        // called on the worker thread; the dialog outlives the work (it is waited for below)
        QProgressDialog *dialog = &progress;
        options.progress = [cancelled, dialog](int done, int total) {
            QMetaObject::invokeMethod(
                dialog,
                [dialog, done, total] {
                    dialog->setMaximum(total);
                    dialog->setValue(done);
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        };
        future = QtConcurrent::run([table = m_model->table(), f = reportFormat(format), path, options] {
            return ReportExport::write(table, f, path, options);
        });
    }

    QFutureWatcher<Result<void>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<Result<void>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    Result<void> result = future.result();
    progress.reset();

    m_exporting = false;
    updateControls();
    return result;
}

} // namespace praksis
