#include "dialogs/ImportWizard.h"

#include "widgets/Accessibility.h"
#include "widgets/LinkSuggestionsWidget.h"

#include "Colors.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "commands/ImportCommand.h"
#include "models/ImportPreviewModel.h"
#include "storage/Registers.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

// A wizard page whose completeness, entry and commit the wizard decides.
class Page : public QWizardPage
{
public:
    std::function<bool()> complete;
    std::function<void()> enter;
    std::function<bool()> validate;

    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (enter)
            enter();
    }
    bool validatePage() override { return validate ? validate() : true; }
    void changed() { emit completeChanged(); }
};

Page *wizardPage(QWizard *wizard, int id)
{
    return static_cast<Page *>(wizard->page(id));
}

QLabel *messageLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setError(QLabel *label, bool error)
{
    QPalette p = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        p.setColor(QPalette::WindowText, Colors::errorText(p));
    label->setPalette(p);
}

} // namespace

ImportWizard::ImportWizard(PlanSession &session, std::optional<ImportRegister> reg, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import from a CSV file"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(SourcePage, createSourcePage());
    setPage(MappingPage, createMappingPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(DonePage, createDonePage());
    if (reg)
        m_register->setCurrentIndex(m_register->findData(toId(*reg)));
    resize(960, 680);
}

ImportWizard::~ImportWizard() = default;

// --- source --------------------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createSourcePage()
{
    auto *p = new Page;
    p->setObjectName(u"sourcePage"_s);
    p->setTitle(tr("Choose the file"));
    p->setSubTitle(tr("A CSV file saved from Excel or another program: comma, semicolon or tab separated. The first "
                      "row names the columns."));
    auto *form = new QFormLayout(p);

    m_register = new QComboBox(p);
    m_register->setObjectName(u"registerCombo"_s);
    m_register->addItem(tr("Detect from the columns"), QString());
    for (ImportRegister r : importRegisters())
        m_register->addItem(label(r), toId(r));
    form->addRow(tr("&Register:"), m_register);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(p);
    m_file->setObjectName(u"fileEdit"_s);
    m_file->setAccessibleName(tr("File"));
    m_file->setPlaceholderText(tr("Choose a .csv file…"));
    auto *browse = new QPushButton(tr("&Browse…"), p);
    browse->setObjectName(u"browseButton"_s);
    browse->setAccessibleName(tr("Browse for the file"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), p);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_delimiter = new QComboBox(p);
    m_delimiter->setObjectName(u"delimiterCombo"_s);
    m_delimiter->addItem(tr("Detect"), QString());
    for (QChar c : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
        CsvTable t;
        t.delimiter = c;
        m_delimiter->addItem(t.delimiterName(), QString(c));
    }
    form->addRow(tr("&Delimiter:"), m_delimiter);

    m_encoding = new QComboBox(p);
    m_encoding->setObjectName(u"encodingCombo"_s);
    m_encoding->addItem(tr("Detect"), -1);
    for (CsvEncoding e : {CsvEncoding::Utf8, CsvEncoding::Utf8WithBom, CsvEncoding::Windows1252, CsvEncoding::Utf16LE,
                          CsvEncoding::Utf16BE}) {
        CsvTable t;
        t.encoding = e;
        m_encoding->addItem(t.encodingName(), int(e));
    }
    form->addRow(tr("&Encoding:"), m_encoding);

    m_detected = messageLabel(u"detectedLabel"_s, p);
    form->addRow(QString(), m_detected);

    auto *students = new QGroupBox(tr("Students of"), p);
    m_studentsBox = students;
    m_studentsBox->setObjectName(u"studentsBox"_s);
    auto *studentsForm = new QFormLayout(students);
    m_school = new QComboBox(students);
    m_school->setObjectName(u"schoolCombo"_s);
    m_school->setEditable(true);
    m_school->setInsertPolicy(QComboBox::NoInsert);
    if (auto q = m_session.plan().exec(Registers::schoolChoicesSql()))
        while (q->next())
            m_school->addItem(q->value(0).toString());
    m_school->setCurrentIndex(-1);
    m_school->lineEdit()->setPlaceholderText(tr("the school (a new name creates it)"));
    studentsForm->addRow(tr("&School:"), m_school);
    m_programme = new QLineEdit(students);
    m_programme->setObjectName(u"programmeEdit"_s);
    m_programme->setPlaceholderText(tr("for rows without a programme (optional)"));
    studentsForm->addRow(tr("&Programme:"), m_programme);
    form->addRow(students);
    students->hide();

    p->complete = [this] { return sourceComplete(); };
    p->validate = [this] {
        prepare();
        if (!m_preview) {
            m_detected->setText(m_prepareError);
            setError(m_detected, true);
        }
        return m_preview.has_value();
    };

    connect(browse, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportWizard::readFile);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_table.reset();
        m_preview.reset();
        wizardPage(this, SourcePage)->changed();
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportWizard::readFile);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportWizard::readFile);
    connect(m_register, &QComboBox::currentIndexChanged, this, [this] {
        m_mapping.clear();
        updateRegister();
    });
    connect(m_school, &QComboBox::currentTextChanged, this, [this] { wizardPage(this, SourcePage)->changed(); });
    return p;
}

void ImportWizard::browse()
{
    const QString path =
        fileHook ? fileHook()
                 : QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), QFileInfo(m_file->text()).absolutePath(),
                                                tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    readFile();
}

void ImportWizard::readFile()
{
    m_table.reset();
    m_preview.reset();
    m_readError.clear();
    m_mapping.clear();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!path.isEmpty()) {
        CsvReader::Options csv;
        if (const QString d = m_delimiter->currentData().toString(); !d.isEmpty())
            csv.delimiter = d.front();
        if (const int e = m_encoding->currentData().toInt(); e >= 0)
            csv.encoding = CsvEncoding(e);
        auto table = CsvReader::readFile(path, csv);
        if (!table)
            m_readError = table.error().toString();
        else if (table->records.isEmpty())
            m_readError = CsvReader::tr("The file is empty.");
        else
            m_table = std::move(table.value());
    }
    updateRegister();
}

std::optional<ImportRegister> ImportWizard::currentRegister() const
{
    if (const QString id = m_register->currentData().toString(); !id.isEmpty())
        return importRegisterFromId(id);
    if (m_table)
        return detectImportRegister(m_table->records.first().fields);
    return std::nullopt;
}

void ImportWizard::updateRegister()
{
    const auto reg = currentRegister();
    m_studentsBox->setVisible(reg == ImportRegister::Students);
    QString text;
    bool error = false;
    if (!m_readError.isEmpty()) {
        text = m_readError;
        error = true;
    } else if (m_table) {
        const qsizetype rows = std::count_if(m_table->records.begin() + 1, m_table->records.end(),
                                             [](const CsvRecord &r) { return !r.isBlank(); });
        text = tr("Read as %1, %2: %n data row(s).", nullptr, int(rows))
                   .arg(m_table->delimiterName(), m_table->encodingName());
        if (m_register->currentData().toString().isEmpty()) {
            if (reg) {
                text += u' ' + tr("The columns are those of %1.").arg(label(*reg).toLower());
            } else {
                text += u' ' + tr("The columns do not match any register: choose the register above.");
                error = true;
            }
        }
    }
    m_detected->setText(text);
    setError(m_detected, error);
    wizardPage(this, SourcePage)->changed();
}

bool ImportWizard::sourceComplete() const
{
    if (!m_table || !currentRegister())
        return false;
    return currentRegister() != ImportRegister::Students || !m_school->currentText().trimmed().isEmpty();
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    if (currentRegister() == ImportRegister::Students) {
        o.school = m_school->currentText().trimmed();
        o.programme = m_programme->text().trimmed();
    }
    o.mapping = m_mapping;
    return o;
}

void ImportWizard::prepare()
{
    m_preview.reset();
    m_prepareError.clear();
    const auto reg = currentRegister();
    if (!m_table || !reg)
        return;
    auto preview = Importer::prepare(m_session.plan(), *reg, *m_table, options(),
                                     QDir::fromNativeSeparators(m_file->text().trimmed()));
    if (!preview)
        m_prepareError = preview.error().toString();
    else
        m_preview = std::move(preview.value());
}

// --- mapping -------------------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createMappingPage()
{
    auto *p = new Page;
    p->setObjectName(u"mappingPage"_s);
    p->setTitle(tr("Match the columns"));
    p->setSubTitle(tr("Each column of the file and the field it fills. Columns are matched by their Norwegian or "
                      "English name; choose another field, or “not imported”, where the match is wrong."));
    auto *layout = new QVBoxLayout(p);
    m_mappingTable = new QTableWidget(0, 3, p);
    m_mappingTable->setObjectName(u"mappingTable"_s);
    m_mappingTable->setAccessibleName(tr("Columns of the file"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imported as")});
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setTabKeyNavigation(false); // Tab goes through its choices and on, not round its cells
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_mappingTable, 1);
    m_mappingMessage = messageLabel(u"mappingMessage"_s, p);
    layout->addWidget(m_mappingMessage);
    p->enter = [this] { fillMapping(); };
    p->complete = [this] { return m_preview.has_value(); };
    return p;
}

void ImportWizard::fillMapping()
{
    if (!m_preview || !m_table)
        return;
    m_filling = true;
    const QList<ImportField> &fields = importFields(m_preview->reg);
    const CsvRecord *first = nullptr;
    for (qsizetype r = 1; r < m_table->records.size() && !first; ++r)
        if (!m_table->records[r].isBlank())
            first = &m_table->records[r];
    m_mappingTable->setRowCount(int(m_preview->headers.size()));
    for (int i = 0; i < m_preview->headers.size(); ++i) {
        m_mappingTable->setItem(i, 0, new QTableWidgetItem(m_preview->headers[i]));
        m_mappingTable->setItem(i, 1, new QTableWidgetItem(first ? first->field(i) : QString()));
        auto *box = new QComboBox(m_mappingTable);
        box->setObjectName(u"mapColumn%1"_s.arg(i + 1));
        box->setAccessibleName(tr("Field for column %1 (%2)").arg(i + 1).arg(m_preview->headers[i]));
        box->addItem(tr("— not imported —"), QString());
        for (const ImportField &f : fields)
            box->addItem(f.required ? tr("%1 (%2, required)").arg(f.norwegian, f.label())
                                    : tr("%1 (%2)").arg(f.norwegian, f.label()),
                         f.key);
        box->setCurrentIndex(qMax(0, box->findData(m_preview->mapping.value(i))));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportWizard::mappingChanged);
        m_mappingTable->setCellWidget(i, 2, box);
    }
    m_filling = false;
    showMappingMessage();
}

void ImportWizard::mappingChanged()
{
    if (m_filling)
        return;
    QHash<int, QString> mapping;
    for (int i = 0; i < m_mappingTable->rowCount(); ++i)
        if (auto *box = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(i, 2)))
            mapping.insert(i, box->currentData().toString());
    m_mapping = mapping;
    prepare();
    showMappingMessage();
}

void ImportWizard::showMappingMessage()
{
    QStringList lines;
    bool error = false;
    if (!m_preview) {
        lines << m_prepareError;
        error = true;
    } else {
        const int headerLine = m_table ? m_table->records.first().line : 1;
        for (const Error &e : m_preview->errors) {
            if (e.line == headerLine) {
                lines << e.message;
                error = true;
            }
        }
        if (!m_preview->unknownColumns.isEmpty())
            lines << tr("Not imported: %1.").arg(m_preview->unknownColumns.join(u", "_s));
    }
    m_mappingMessage->setText(lines.join(u'\n'));
    setError(m_mappingMessage, error);
    wizardPage(this, MappingPage)->changed();
}

// --- preview -------------------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *p = new Page;
    p->setObjectName(u"previewPage"_s);
    p->setTitle(tr("Check what will change"));
    p->setSubTitle(tr("Every row of the file, compared with the plan. Nothing is written until you press Import, and "
                      "Edit ▸ Undo takes the whole import back."));
    p->setCommitPage(true);
    auto *layout = new QVBoxLayout(p);
    m_summary = messageLabel(u"previewSummary"_s, p);
    layout->addWidget(m_summary);

    auto *filterRow = new QHBoxLayout;
    m_statusFilter = new QComboBox(p);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->addItem(tr("All rows"), QString());
    for (ImportRowStatus s :
         {ImportRowStatus::New, ImportRowStatus::Changed, ImportRowStatus::Unchanged, ImportRowStatus::Invalid})
        m_statusFilter->addItem(ImportPreviewModel::statusText(s), ImportPreviewModel::statusId(s));
    auto *filterLabel = new QLabel(tr("&Show:"), p);
    filterLabel->setBuddy(m_statusFilter);
    auto *reload = new QPushButton(tr("&Read the file again"), p);
    reload->setObjectName(u"reloadButton"_s);
    reload->setToolTip(tr("After correcting the file in another program"));
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_statusFilter);
    filterRow->addStretch();
    filterRow->addWidget(reload);
    layout->addLayout(filterRow);

    auto *splitter = new QSplitter(Qt::Vertical, p);
    m_rowsModel = new ImportPreviewModel(this);
    m_rowsProxy = new QSortFilterProxyModel(this);
    m_rowsProxy->setSourceModel(m_rowsModel);
    m_rowsProxy->setFilterRole(Qt::UserRole);
    m_rowsProxy->setFilterKeyColumn(ImportPreviewModel::StatusColumn);
    m_rowsView = new QTableView(splitter);
    m_rowsView->setObjectName(u"previewTable"_s);
    m_rowsView->setAccessibleName(tr("Rows of the file"));
    m_rowsView->setModel(m_rowsProxy);
    m_rowsView->setAlternatingRowColors(true);
    m_rowsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    Accessibility::enterWithCurrentRow(m_rowsView);
    m_rowsView->setWordWrap(false);
    m_rowsView->verticalHeader()->hide();
    m_rowsView->verticalHeader()->setDefaultSectionSize(m_rowsView->fontMetrics().height() + 8);
    m_rowsView->horizontalHeader()->setMaximumSectionSize(320);

    auto *errorsBox = new QWidget(splitter);
    m_errorsBox = errorsBox;
    auto *errorsLayout = new QVBoxLayout(errorsBox);
    errorsLayout->setContentsMargins(0, 0, 0, 0);
    m_errorsLabel = messageLabel(u"errorsLabel"_s, errorsBox);
    errorsLayout->addWidget(m_errorsLabel);
    m_errorsModel = new ImportErrorModel(this);
    m_errorsView = new QTableView(errorsBox);
    m_errorsView->setObjectName(u"errorTable"_s);
    m_errorsView->setAccessibleName(tr("Errors"));
    m_errorsView->setModel(m_errorsModel);
    m_errorsView->setAlternatingRowColors(true);
    m_errorsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    Accessibility::enterWithCurrentRow(m_errorsView);
    m_errorsView->verticalHeader()->hide();
    m_errorsView->horizontalHeader()->setStretchLastSection(true);
    m_errorsView->setWordWrap(true);
    errorsLayout->addWidget(m_errorsView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    p->enter = [this] { showPreview(); };
    p->complete = [this] { return previewComplete(); };
    p->validate = [this] { return runImport(); };
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ImportWizard::filterRows);
    connect(reload, &QPushButton::clicked, this, [this] {
        const QHash<int, QString> mapping = m_mapping;
        readFile();
        m_mapping = mapping;
        prepare();
        showPreview();
    });
    // a double-click on an error shows its row
    connect(m_errorsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int line = m_errorsModel->index(index.row(), ImportErrorModel::LineColumn).data().toInt();
        m_statusFilter->setCurrentIndex(0);
        for (int r = 0; r < m_rowsProxy->rowCount(); ++r) {
            const QModelIndex i = m_rowsProxy->index(r, ImportPreviewModel::LineColumn);
            if (i.data().toInt() == line) {
                m_rowsView->selectRow(r);
                m_rowsView->scrollTo(i);
                break;
            }
        }
    });
    return p;
}

void ImportWizard::showPreview()
{
    if (!m_preview) {
        m_rowsModel->setPreview({});
        m_errorsModel->setErrors({});
        m_summary->setText(m_prepareError.isEmpty() ? tr("The file could not be read.") : m_prepareError);
        setError(m_summary, true);
        m_errorsBox->hide();
        wizardPage(this, PreviewPage)->changed();
        return;
    }
    const ImportPreview &p = *m_preview;
    m_rowsModel->setPreview(p);
    m_errorsModel->setErrors(p.errors);
    m_rowsView->resizeColumnsToContents();
    m_errorsView->resizeColumnToContents(ImportErrorModel::LineColumn);
    m_errorsView->resizeColumnToContents(ImportErrorModel::ColumnColumn);
    m_errorsView->resizeColumnToContents(ImportErrorModel::FieldColumn);
    m_errorsView->resizeRowsToContents();

    const QString what = label(p.reg).toLower();
    QStringList lines;
    lines << tr("%1: %2 new, %3 changed, %4 unchanged.")
                 .arg(label(p.reg))
                 .arg(p.count(ImportRowStatus::New))
                 .arg(p.count(ImportRowStatus::Changed))
                 .arg(p.count(ImportRowStatus::Unchanged));
    for (const ImportCreation &c : p.created)
        lines << c.note;
    if (!p.unknownColumns.isEmpty())
        lines << tr("Columns not imported: %1.").arg(p.unknownColumns.join(u", "_s));
    const bool errors = !p.canApply();
    // a student without a programme is in no period's programmes: the planner never plans her
    if (p.reg == ImportRegister::Students && !errors) {
        const auto withoutProgramme = std::count_if(p.rows.cbegin(), p.rows.cend(), [](const ImportRow &r) {
            return (r.status == ImportRowStatus::New || r.status == ImportRowStatus::Changed) &&
                   r.values.value(u"programme"_s).toString().isEmpty();
        });
        if (withoutProgramme > 0)
            lines << tr("Warning: %n student(s) will have no programme, and the planner only plans the students of a "
                        "period's programmes. Give the programme for rows without one on the first page, or add a "
                        "column “Studieprogram” to the file.",
                        nullptr, int(withoutProgramme));
    }
    if (!errors && p.count(ImportRowStatus::New) + p.count(ImportRowStatus::Changed) == 0)
        lines << tr("Nothing to import: the plan already has these %1 as in the file.").arg(what);
    m_summary->setText(lines.join(u'\n'));
    setError(m_summary, false);

    if (errors) {
        const qsizetype bad = p.count(ImportRowStatus::Invalid);
        m_errorsLabel->setText(
            (bad > 0 ? tr("%n row(s) have errors.", nullptr, int(bad))
                     : tr("The file has %n error(s).", nullptr, int(p.errors.size()))) +
            u' ' +
            tr("An import is all or nothing: correct the file, then press “Read the file again”. Nothing has been "
               "imported."));
    }
    setError(m_errorsLabel, errors);
    m_errorsBox->setVisible(errors);
    m_errorsView->setVisible(errors);
    filterRows();
    wizardPage(this, PreviewPage)->changed();
}

void ImportWizard::filterRows()
{
    const QString status = m_statusFilter->currentData().toString();
    m_rowsProxy->setFilterRegularExpression(status.isEmpty() ? QString()
                                                             : u"^"_s + QRegularExpression::escape(status) + u"$"_s);
}

bool ImportWizard::previewComplete() const
{
    return m_preview && m_preview->canApply() &&
           m_preview->count(ImportRowStatus::New) + m_preview->count(ImportRowStatus::Changed) > 0;
}

bool ImportWizard::runImport()
{
    if (!previewComplete())
        return false;
    QProgressDialog progress(tr("Importing %1…").arg(label(m_preview->reg).toLower()), tr("Cancel"), 0, 0, this);
    progress.setObjectName(u"importProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    auto *command = new ImportCommand(m_session.plan(), *m_preview, [&progress](qsizetype done, qsizetype total) {
        progress.setMaximum(int(qMin<qsizetype>(total, INT_MAX)));
        progress.setValue(int(qMin<qsizetype>(done, INT_MAX)));
        QApplication::processEvents();
        if (progressHook && !progressHook(done, total))
            return false;
        return !progress.wasCanceled();
    });
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto r = m_session.run(command);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!r) {
        if (r.error().kind == Error::Kind::Cancelled) {
            m_errorsLabel->setText(r.error().message);
            setError(m_errorsLabel, false);
            m_errorsView->hide();
            m_errorsBox->show();
        } else {
            Prompts::error(this, tr("Nothing was imported"), r.error());
        }
        return false;
    }
    const ImportResult &result = command->result();
    const QString what = label(m_preview->reg).toLower();
    QStringList lines;
    lines << tr("%1: %2 added, %3 changed, %4 already up to date.")
                 .arg(label(m_preview->reg))
                 .arg(result.inserted)
                 .arg(result.updated)
                 .arg(result.unchanged);
    for (const ImportCreation &c : result.created)
        lines << c.note;
    lines << QString() << tr("Edit ▸ Undo takes the whole import of %1 back in one step.").arg(what);
    m_done->setText(lines.join(u'\n'));
    if (m_preview->reg == ImportRegister::Hires)
        m_links->setPreview(*m_preview);
    m_links->setVisible(m_preview->reg == ImportRegister::Hires && m_links->rowCount() > 0);
    return true;
}

// --- done ----------------------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createDonePage()
{
    auto *p = new Page;
    p->setObjectName(u"donePage"_s);
    p->setTitle(tr("Imported"));
    p->setSubTitle(tr("The plan has been updated."));
    p->setFinalPage(true);
    auto *layout = new QVBoxLayout(p);
    m_done = messageLabel(u"doneSummary"_s, p);
    layout->addWidget(m_done);
    m_links = new LinkSuggestionsWidget(m_session, p);
    m_links->hide();
    layout->addWidget(m_links, 1);
    layout->addStretch();
    return p;
}

} // namespace praksis
