#include "PlanSession.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "dialogs/ImportWizard.h"
#include "models/ImportPreviewModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {

const QString innlandet = u"Høgskolen i Innlandet"_s;

void importThroughCore(PlanFile &plan, ImportRegister reg, const QString &file, const QString &school = {})
{
    ImportOptions o;
    o.school = school;
    auto p = Importer::prepare(plan, reg, test::dataPath(file), o);
    QVERIFY2(p.ok() && p->canApply(), qPrintable(file));
    QVERIFY(Importer::apply(plan, *p).ok());
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempPlan> m_temp;
    std::unique_ptr<PlanSession> m_session;
    QTemporaryDir m_dir;
    QStringList m_errors;

    PlanFile &plan() { return m_session->plan(); }
    qint64 count(const QString &table) { return m_session->count(table); }

    QString writeCsv(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text.toUtf8());
        return path;
    }

    std::unique_ptr<ImportWizard> makeWizard(std::optional<ImportRegister> reg = std::nullopt)
    {
        auto w = std::make_unique<ImportWizard>(*m_session, reg);
        w->show();
        return w;
    }

    static QAbstractButton *commitButton(ImportWizard &w) { return w.button(QWizard::CommitButton); }

    // status id by line, from the model as the view shows it
    static QHash<int, QString> statuses(QAbstractItemModel *model)
    {
        QHash<int, QString> out;
        for (int r = 0; r < model->rowCount(); ++r)
            out.insert(model->index(r, ImportPreviewModel::LineColumn).data().toInt(),
                       model->index(r, ImportPreviewModel::StatusColumn).data(Qt::UserRole).toString());
        return out;
    }

    // With PRAKSIS_SHOTS set to a folder, each page is saved there as a PNG (to look at the pages).
    static void shot(ImportWizard &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PRAKSIS_SHOTS");
        if (!dir.isEmpty())
            w.grab().save(dir + u'/' + name + u".png"_s);
    }

    static void toPreview(ImportWizard &w, const QString &shots = {})
    {
        QCOMPARE(w.currentId(), int(ImportWizard::SourcePage));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        if (!shots.isEmpty())
            shot(w, shots + u"-1-source"_s);
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
        if (!shots.isEmpty())
            shot(w, shots + u"-2-mapping"_s);
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::PreviewPage));
        if (!shots.isEmpty())
            shot(w, shots + u"-3-preview"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors.append(text); };
    }

    void init()
    {
        m_errors.clear();
        ImportWizard::progressHook = {};
        m_temp = std::make_unique<test::TempPlan>();
        m_session = std::make_unique<PlanSession>();
        auto opened = PlanFile::open(m_temp->path());
        QVERIFY(opened);
        m_session->setPlan(std::move(opened.value()));
    }

    void cleanup()
    {
        m_session.reset();
        m_temp.reset();
    }

    void previewMarksNewChangedUnchanged()
    {
        importThroughCore(plan(), ImportRegister::Sites, u"csv/sites.csv"_s);
        const qint64 sites = count(u"sites"_s);
        const QString path =
            writeCsv(u"sites.csv"_s, u"Navn;Avdeling;Kommune;Kommunenummer;Type;Adresse;Kapasitet;Kontaktperson\n"
                                     "Solbakken sykehjem;Avdeling 1;Hamar;3403;sykehjem;Solbakkvegen 2, 2318 Hamar;3;"
                                     "Liv Holm\n"
                                     "Solbakken sykehjem;Avdeling 2;Hamar;3403;sykehjem;Solbakkvegen 2, 2318 Hamar;6;"
                                     "Liv Holm\n"
                                     "Stange helsehus;;Stange;3413;helsehus;;2;\n"_s);
        auto w = makeWizard();
        w->setFile(path);
        QCOMPARE(w->currentRegister(), std::optional(ImportRegister::Sites)); // detected from the columns
        QVERIFY(w->findChild<QLabel *>(u"detectedLabel"_s)->text().contains(u"3"_s));
        toPreview(*w, u"sites"_s);

        QAbstractItemModelTester rows(w->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester errors(w->errorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *view = w->findChild<QTableView *>(u"previewTable"_s);
        QVERIFY(view && view->isVisible());
        QAbstractItemModelTester proxy(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto status = statuses(view->model());
        QCOMPARE(status.value(2), u"unchanged"_s);
        QCOMPARE(status.value(3), u"changed"_s);
        QCOMPARE(status.value(4), u"new"_s);
        // the changed row says what changes
        QVERIFY(
            w->previewModel()->index(1, ImportPreviewModel::DetailColumn).data().toString().contains(u"Capacity"_s));
        QCOMPARE(w->errorModel()->rowCount(), 0);
        QVERIFY(!w->findChild<QTableView *>(u"errorTable"_s)->isVisible());
        QVERIFY(commitButton(*w)->isEnabled());

        // the status filter shows only the new row
        auto *filter = w->findChild<QComboBox *>(u"statusFilter"_s);
        filter->setCurrentIndex(filter->findData(u"new"_s));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(count(u"sites"_s), sites); // nothing written by looking
    }

    void brokenFileListsErrors_data()
    {
        QTest::addColumn<QString>("csv");
        const QDir dir(test::dataPath(u"csv/broken"_s));
        for (const QString &f : dir.entryList({u"*.csv"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void brokenFileListsErrors()
    {
        QFETCH(QString, csv);
        QFile expectedFile(csv.chopped(4) + u".expected"_s);
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        QHash<QString, QString> expected;
        for (const QByteArray &line : expectedFile.readAll().split('\n'))
            if (const qsizetype colon = line.indexOf(':'); colon > 0)
                expected.insert(QString::fromUtf8(line.left(colon)).trimmed(),
                                QString::fromUtf8(line.mid(colon + 1)).trimmed());
        const auto reg = importRegisterFromId(expected.value(u"register"_s));
        QVERIFY(reg);
        const int line = expected.value(u"line"_s).toInt();
        const int column = expected.value(u"column"_s).toInt();
        const QString fragment = expected.value(u"message"_s);

        importThroughCore(plan(), ImportRegister::Sites, u"csv/sites.csv"_s);
        importThroughCore(plan(), ImportRegister::Periods, u"csv/periods.csv"_s);
        importThroughCore(plan(), ImportRegister::Students, u"csv/students_english.csv"_s, innlandet);
        const int steps = m_session->undoStack()->count();
        const qint64 students = count(u"students"_s);

        auto w = makeWizard(*reg);
        w->setFile(csv);
        w->findChild<QComboBox *>(u"schoolCombo"_s)->setEditText(innlandet);
        auto *next = w->button(QWizard::NextButton);
        if (next->isEnabled())
            w->next();
        if (w->currentId() == ImportWizard::SourcePage) {
            // the file itself could not be read or is refused as a whole: said on the first page, with its line
            const QString text = w->findChild<QLabel *>(u"detectedLabel"_s)->text();
            QVERIFY2(text.contains(fragment), qPrintable(text));
            if (line > 0)
                QVERIFY2(text.contains(QString::number(line)), qPrintable(text));
            QVERIFY(!w->preview());
        } else {
            w->next();
            QCOMPARE(w->currentId(), int(ImportWizard::PreviewPage));
            QAbstractItemModelTester tester(w->errorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModel *errors = w->findChild<QTableView *>(u"errorTable"_s)->model();
            QVERIFY(w->findChild<QTableView *>(u"errorTable"_s)->isVisible());
            bool found = false;
            QStringList seen;
            for (int r = 0; r < errors->rowCount(); ++r) {
                const int l = errors->index(r, ImportErrorModel::LineColumn).data().toInt();
                const int c = errors->index(r, ImportErrorModel::ColumnColumn).data().toInt();
                const QString reason = errors->index(r, ImportErrorModel::ReasonColumn).data().toString();
                seen << u"%1:%2 %3"_s.arg(l).arg(c).arg(reason);
                found = found || (l == line && c == column && reason.contains(fragment));
            }
            QVERIFY2(found, qPrintable(seen.join(u'\n')));
            QVERIFY(!commitButton(*w)->isEnabled()); // all or nothing: no import while there are errors
            if (csv.endsWith(u"students_empty_last_name.csv"_s) || csv.endsWith(u"supervisors_unknown_site.csv"_s))
                shot(*w, QFileInfo(csv).baseName());
            QVERIFY(w->findChild<QLabel *>(u"errorsLabel"_s)->text().contains(u"Nothing has been imported"_s));
        }
        QCOMPARE(m_session->undoStack()->count(), steps);
        QCOMPARE(count(u"students"_s), students);
    }

    void goodImportIsOneUndoStep()
    {
        importThroughCore(plan(), ImportRegister::Students, u"csv/students_semicolon.csv"_s, innlandet);
        const qint64 students = count(u"students"_s);
        const qint64 programmes = count(u"programmes"_s);
        const QString kariMail = u"kari@example.no"_s;
        const QString path =
            writeCsv(u"students.csv"_s, u"Fornavn;Etternavn;Studentnummer;Studieprogram;Kull;E-post;Telefon\n"
                                        "Kari;Nordmann;s100001;Sykepleie;2025;kari.nordmann@example.no;+47 912 34 567\n"
                                        "Ola;Østby;s100002;Sykepleie;2025;ola@example.no;\n"
                                        "Mari;Ny;s100100;Vernepleie;2026;;\n"
                                        "Jon;Ny;s100101;Vernepleie;2026;;\n"_s);
        auto w = makeWizard(ImportRegister::Students);
        w->setFile(path);
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // students need their school
        w->findChild<QComboBox *>(u"schoolCombo"_s)->setEditText(innlandet);
        toPreview(*w, u"students"_s);
        QVERIFY(w->findChild<QLabel *>(u"previewSummary"_s)->text().contains(u"Vernepleie"_s)); // will be created
        QVERIFY(commitButton(*w)->isEnabled());
        const int steps = m_session->undoStack()->count();
        w->next(); // Import
        QCOMPARE(w->currentId(), int(ImportWizard::DonePage));
        shot(*w, u"students-4-done"_s);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(count(u"students"_s), students + 2);
        QCOMPARE(count(u"programmes"_s), programmes + 1);
        const QString mail = u"SELECT email FROM students WHERE student_number = 's100001'"_s;
        QCOMPARE(test::scalar(plan(), mail).toString(), u"kari.nordmann@example.no"_s);
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QVERIFY(w->findChild<QLabel *>(u"doneSummary"_s)->text().contains(u"2 added, 1 changed, 1 already"_s));

        // one undo takes it all back: the new students, the new programme, and Kari's earlier e-mail
        m_session->undoStack()->undo();
        QCOMPARE(count(u"students"_s), students);
        QCOMPARE(count(u"programmes"_s), programmes);
        QCOMPARE(test::scalar(plan(), mail).toString(), kariMail);
        m_session->undoStack()->redo();
        QCOMPARE(count(u"students"_s), students + 2);
        QCOMPARE(test::scalar(plan(), mail).toString(), u"kari.nordmann@example.no"_s);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    }

    // Students that would have no programme (no column, an empty cell, no programme given for such rows): a
    // warning on the preview, which goes when the first page gives the programme. The import may still run.
    void studentsWithoutProgrammeAreWarnedAbout()
    {
        const QString path = writeCsv(u"noprogramme.csv"_s, u"Fornavn;Etternavn;Studentnummer;Studieprogram\n"
                                                            "Kari;Nordmann;s200001;\n"
                                                            "Ola;Østby;s200002;Sykepleie\n"
                                                            "Mari;Ny;s200003;\n"_s);
        auto w = makeWizard(ImportRegister::Students);
        w->setFile(path);
        w->findChild<QComboBox *>(u"schoolCombo"_s)->setEditText(innlandet);
        toPreview(*w);
        const QString summary = w->findChild<QLabel *>(u"previewSummary"_s)->text();
        QVERIFY2(summary.contains(u"Warning: 2 student"_s) && summary.contains(u"will have no programme"_s),
                 qPrintable(summary));
        QVERIFY(commitButton(*w)->isEnabled()); // a warning, not an error
        // the programme for rows without one: no warning
        w->back();
        w->back();
        w->findChild<QLineEdit *>(u"programmeEdit"_s)->setText(u"Sykepleie"_s);
        toPreview(*w);
        const QString given = w->findChild<QLabel *>(u"previewSummary"_s)->text();
        QVERIFY2(!given.contains(u"no programme"_s), qPrintable(given));
    }

    void mappingCanBeChanged()
    {
        auto w = makeWizard();
        w->setFile(test::dataPath(u"csv/students_english.csv"_s));
        QCOMPARE(w->currentRegister(), std::optional(ImportRegister::Students));
        w->findChild<QComboBox *>(u"schoolCombo"_s)->setEditText(innlandet);
        w->next();
        QCOMPARE(w->currentId(), int(ImportWizard::MappingPage));
        auto *table = w->findChild<QTableWidget *>(u"mappingTable"_s);
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 8);
        QVERIFY(w->findChild<QLabel *>(u"mappingMessage"_s)->text().contains(u"Shoe size"_s));
        auto *email = w->findChild<QComboBox *>(u"mapColumn4"_s); // "Email"
        QVERIFY(email);
        QCOMPARE(email->currentData().toString(), u"email"_s);
        QCOMPARE(w->preview()->mapping.value(3), u"email"_s);
        email->setCurrentIndex(email->findData(QString())); // not imported
        QCOMPARE(w->preview()->mapping.value(3), QString());
        // mapping the last-name column to the first name too is reported on the page
        auto *last = w->findChild<QComboBox *>(u"mapColumn2"_s);
        last->setCurrentIndex(last->findData(u"givenName"_s));
        QVERIFY(!w->preview()->canApply());
        QVERIFY(w->findChild<QLabel *>(u"mappingMessage"_s)->text().contains(u"both hold"_s));
    }

    void cancelWritesNothing()
    {
        const QString path = writeCsv(u"sites.csv"_s, u"Navn;Type;Kapasitet\nA;sykehjem;2\nB;helsehus;1\n"_s);
        ImportWizard::progressHook = [](qsizetype, qsizetype) { return false; };
        auto w = makeWizard();
        w->setFile(path);
        toPreview(*w);
        w->next();
        QCOMPARE(w->currentId(), int(ImportWizard::PreviewPage));
        QCOMPARE(count(u"sites"_s), 0);
        QCOMPARE(m_session->undoStack()->count(), 0);
        QVERIFY(w->findChild<QLabel *>(u"errorsLabel"_s)->text().contains(u"cancelled"_s));
        ImportWizard::progressHook = {};
        w->next();
        QCOMPARE(w->currentId(), int(ImportWizard::DonePage));
        QCOMPARE(count(u"sites"_s), 2);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
