#include "PlanSession.h"
#include "Prompts.h"
#include "RecruitmentFixture.h"
#include "ReportFixture.h"
#include "TestSupport.h"
#include "dialogs/ImportWizard.h"
#include "i18n/Language.h"
#include "models/ImportPreviewModel.h"
#include "widgets/LinkSuggestionsWidget.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
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

    // The plan of the recruitment fixture (tests/support/RecruitmentFixture.h) without its hires and mentors, with
    // Lise Haug's e-mail (the one a hire of hires_links.csv gives) and a supervisor who mentors.
    void recruitmentPlan()
    {
        test::buildFormerStudentsPlan(plan());
        test::runSql(plan(), u"DELETE FROM mentorships"_s);
        test::runSql(plan(), u"DELETE FROM hires"_s);
        test::runSql(plan(), u"UPDATE students SET email = 'lise.haug@example.no' WHERE id = 5"_s);
        test::runSql(plan(), u"INSERT INTO supervisors (id, site_id, given_name, family_name, email) VALUES "
                             "(1, 2, 'Mona', 'Mentor', 'mona@example.no')"_s);
    }
    QVariant scalar(const QString &sql, const QVariantList &bindings = {})
    {
        return test::scalar(plan(), sql, bindings);
    }
    // student id of the hire with this given name, 0 when not linked
    qint64 linkOf(const QString &givenName)
    {
        return scalar(u"SELECT student_id FROM hires WHERE given_name = ?"_s, {givenName}).toLongLong();
    }

    // (line, column, reason) of every error the preview page lists
    static QStringList listedErrors(ImportWizard &w)
    {
        QStringList seen;
        QAbstractItemModel *errors = w.findChild<QTableView *>(u"errorTable"_s)->model();
        for (int r = 0; r < errors->rowCount(); ++r)
            seen << u"%1:%2 %3"_s.arg(errors->index(r, ImportErrorModel::LineColumn).data().toInt())
                        .arg(errors->index(r, ImportErrorModel::ColumnColumn).data().toInt())
                        .arg(errors->index(r, ImportErrorModel::ReasonColumn).data().toString());
        return seen;
    }

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
        // to look at the pages in another language (the checks expect English)
        if (const QString language = qEnvironmentVariable("PRAKSIS_SHOTS_LANGUAGE"); !language.isEmpty())
            Language::install(language);
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors.append(text); };
    }

    void init()
    {
        m_errors.clear();
        ImportWizard::progressHook = {};
        m_temp = std::make_unique<test::TempPlan>();
        m_session = std::make_unique<PlanSession>();
        connect(m_session.get(), &PlanSession::commandFailed, this,
                [this](const Error &e) { m_errors.append(e.toString()); });
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

    // The wizard offers every register of the command line, the recruitment ones included, and finds them from
    // the columns.
    void offersHiresAndMentors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reg");
        QTest::newRow("hires") << u"csv/hires.csv"_s << u"hires"_s;
        QTest::newRow("mentors") << u"csv/mentors.csv"_s << u"mentors"_s;
    }
    void offersHiresAndMentors()
    {
        QFETCH(QString, file);
        QFETCH(QString, reg);
        auto w = makeWizard();
        auto *combo = w->findChild<QComboBox *>(u"registerCombo"_s);
        QVERIFY(combo->findData(reg) > 0);
        w->setFile(test::dataPath(file));
        QCOMPARE(w->currentRegister(), importRegisterFromId(reg));
    }

    // A hires import from the wizard: the preview, one undo step, the change log; then the student records the
    // new hires may have been, each unchecked; linking the checked one is one more undo step.
    void hiresImportSuggestsLinks()
    {
        recruitmentPlan();
        const qint64 logged =
            scalar(u"SELECT count(*) FROM change_log WHERE entity = 'hire' AND action = 'inserted'"_s).toLongLong();
        auto w = makeWizard(ImportRegister::Hires);
        w->setFile(test::dataPath(u"csv/hires_links.csv"_s));
        toPreview(*w, u"hires"_s);
        QCOMPARE(w->preview()->count(ImportRowStatus::New), 4);
        QVERIFY(commitButton(*w)->isEnabled());
        QCOMPARE(count(u"hires"_s), 0); // nothing written by looking
        const int steps = m_session->undoStack()->count();
        w->next(); // Import
        QCOMPARE(w->currentId(), int(ImportWizard::DonePage));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(count(u"hires"_s), 4);
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QVERIFY(
            scalar(u"SELECT count(*) FROM change_log WHERE entity = 'hire' AND action = 'inserted'"_s).toLongLong() >
            logged);
        QCOMPARE(linkOf(u"Ola"_s), 4); // linked by the file (Skole, Studentnummer)

        // Per Berg by name, Lisa Haugen by e-mail; Tone Ny has no student record; nothing linked yet
        LinkSuggestionsWidget *links = w->linkSuggestions();
        QVERIFY(links && links->isVisible());
        shot(*w, u"hires-4-links"_s);
        QTreeWidget *list = links->list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QTreeWidgetItem *per = list->topLevelItem(0);
        QTreeWidgetItem *lisa = list->topLevelItem(1);
        QVERIFY2(per->text(LinkSuggestionsWidget::HireColumn).startsWith(u"Per Berg"_s),
                 qPrintable(per->text(LinkSuggestionsWidget::HireColumn)));
        QCOMPARE(per->text(LinkSuggestionsWidget::StudentColumn), u"Per Berg (A-2, Høgskolen A)"_s);
        QCOMPARE(per->text(LinkSuggestionsWidget::ReasonColumn), u"same name"_s);
        QCOMPARE(per->text(LinkSuggestionsWidget::HistoryColumn),
                 u"was a student at Solbakken sykehjem, Avdeling 2, spring 2025"_s);
        QCOMPARE(lisa->text(LinkSuggestionsWidget::StudentColumn), u"Lise Haug (A-5, Høgskolen A)"_s);
        QCOMPARE(lisa->text(LinkSuggestionsWidget::ReasonColumn), u"same e-mail"_s);
        QCOMPARE(per->checkState(LinkSuggestionsWidget::HireColumn), Qt::Unchecked);
        QCOMPARE(lisa->checkState(LinkSuggestionsWidget::HireColumn), Qt::Unchecked);
        auto *link = links->findChild<QPushButton *>(u"linkCheckedButton"_s);
        QVERIFY(link && !link->isEnabled()); // a person checks first
        QVERIFY(!list->accessibleName().isEmpty());
        QVERIFY(!link->accessibleName().isEmpty() || !link->text().isEmpty());
        QCOMPARE(linkOf(u"Per"_s), 0);
        QCOMPARE(linkOf(u"Lisa"_s), 0);

        // check Lisa with the keyboard (Space on the current row) and link her: one undo step, Per stays unlinked
        list->setFocus();
        list->setCurrentItem(lisa);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(lisa->checkState(LinkSuggestionsWidget::HireColumn), Qt::Checked);
        QVERIFY(link->isEnabled());
        link->click();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(linkOf(u"Lisa"_s), 5);
        QCOMPARE(linkOf(u"Per"_s), 0);
        QCOMPARE(m_session->undoStack()->count(), steps + 2);
        QCOMPARE(list->topLevelItemCount(), 1); // only Per is left to suggest
        const QString status = links->findChild<QLabel *>(u"linkStatus"_s)->text();
        QVERIFY2(status.startsWith(u"1 new hire"_s) && status.contains(u"linked"_s), qPrintable(status));
        QVERIFY(scalar(u"SELECT count(*) FROM change_log WHERE entity = 'hire' AND action = 'updated'"_s).toInt() >= 1);

        // undo takes the link back (the import stays), redo links her again
        m_session->undoStack()->undo();
        QCOMPARE(linkOf(u"Lisa"_s), 0);
        QCOMPARE(count(u"hires"_s), 4);
        QCOMPARE(list->topLevelItemCount(), 2);
        m_session->undoStack()->redo();
        QCOMPARE(linkOf(u"Lisa"_s), 5);
        QCOMPARE(list->topLevelItemCount(), 1);
        // and the import below it: all four hires go
        m_session->undoStack()->undo();
        m_session->undoStack()->undo();
        QCOMPARE(count(u"hires"_s), 0);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    }

    // Two student records with her name: one link per hire, so checking one unchecks the other; several hires are
    // linked in one step, and undone in one.
    void oneStudentPerHireAndSeveralInOneStep()
    {
        recruitmentPlan();
        test::runSql(plan(), u"INSERT INTO students (id, school_id, programme_id, student_number, given_name, "
                             "family_name) VALUES (8, 1, 1, 'A-8', 'Per', 'Berg')"_s);
        auto w = makeWizard(ImportRegister::Hires);
        w->setFile(test::dataPath(u"csv/hires_links.csv"_s));
        toPreview(*w);
        w->next();
        QTreeWidget *list = w->linkSuggestions()->list();
        QCOMPARE(list->topLevelItemCount(), 3); // Per twice, Lisa
        QTreeWidgetItem *per1 = list->topLevelItem(0);
        QTreeWidgetItem *per2 = list->topLevelItem(1);
        QTreeWidgetItem *lisa = list->topLevelItem(2);
        per1->setCheckState(LinkSuggestionsWidget::HireColumn, Qt::Checked);
        per2->setCheckState(LinkSuggestionsWidget::HireColumn, Qt::Checked);
        QCOMPARE(per1->checkState(LinkSuggestionsWidget::HireColumn), Qt::Unchecked);
        const qint64 chosen =
            per2->data(LinkSuggestionsWidget::HireColumn, LinkSuggestionsWidget::StudentIdRole).toLongLong();
        lisa->setCheckState(LinkSuggestionsWidget::HireColumn, Qt::Checked);
        const int steps = m_session->undoStack()->count();
        w->linkSuggestions()->findChild<QPushButton *>(u"linkCheckedButton"_s)->click();
        QCOMPARE(linkOf(u"Per"_s), chosen);
        QCOMPARE(linkOf(u"Lisa"_s), 5);
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QCOMPARE(list->topLevelItemCount(), 0);
        m_session->undoStack()->undo();
        QCOMPARE(linkOf(u"Per"_s), 0);
        QCOMPARE(linkOf(u"Lisa"_s), 0);
    }

    // Nothing to suggest (every hire linked by the file, or no student record like her): no suggestions shown.
    void noSuggestionsNoList()
    {
        recruitmentPlan();
        const QString path = writeCsv(u"tone.csv"_s, u"Fornavn;Etternavn;Praksissted;Stilling;Start\n"
                                                     "Tone;Ny;Hjemmetjenesten, Nord;vikariat;01.06.2025\n"_s);
        auto w = makeWizard(ImportRegister::Hires);
        w->setFile(path);
        toPreview(*w);
        w->next();
        QCOMPARE(w->currentId(), int(ImportWizard::DonePage));
        QCOMPARE(count(u"hires"_s), 1);
        QVERIFY(!w->linkSuggestions()->isVisible());
    }

    // A mentors import: the mentorships with their conversations, in one undo step.
    void mentorsImportIsOneUndoStep()
    {
        recruitmentPlan();
        importThroughCore(plan(), ImportRegister::Hires, u"csv/hires.csv"_s);
        auto w = makeWizard();
        w->setFile(test::dataPath(u"csv/mentors.csv"_s));
        QCOMPARE(w->currentRegister(), std::optional(ImportRegister::Mentors));
        toPreview(*w, u"mentors"_s);
        QCOMPARE(w->preview()->count(ImportRowStatus::New), 3);
        QCOMPARE(count(u"mentorships"_s), 0);
        const int steps = m_session->undoStack()->count();
        w->next();
        QCOMPARE(w->currentId(), int(ImportWizard::DonePage));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(count(u"mentorships"_s), 3);
        const qint64 conversations = count(u"mentor_conversations"_s);
        QVERIFY(conversations >= 3 * 15);
        QVERIFY(!w->linkSuggestions()->isVisible());
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QVERIFY(scalar(u"SELECT count(*) FROM change_log WHERE entity = 'mentorship'"_s).toInt() >= 3);
        m_session->undoStack()->undo();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(count(u"mentorships"_s), 0);
        QCOMPARE(count(u"mentor_conversations"_s), 0);
        m_session->undoStack()->redo();
        QCOMPARE(count(u"mentorships"_s), 3);
        QCOMPARE(count(u"mentor_conversations"_s), conversations);
    }

    // Bad rows: every one listed with its line, column and reason, as the command line reports them; no import,
    // nothing written.
    void badRecruitmentRowsWriteNothing_data()
    {
        QTest::addColumn<QString>("reg");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected"); // "line:column fragment of the reason"
        QTest::newRow("mentors") << u"mentors"_s << u"csv/mentors_errors.csv"_s
                                 << QStringList{u"2:1 There is no new hire “nobody@example.no”"_s,
                                                u"3:1 names more than one new hire"_s,
                                                u"4:2 There is no supervisor or other new hire “Atle Ukjent”"_s,
                                                u"5:2 There is no supervisor or other new hire “Kari Lund”"_s,
                                                u"6:3 before she starts on 31.08.2025"_s,
                                                u"7:3 is not a date"_s,
                                                u"9:1 line 8 already"_s};
        QTest::newRow("hires") << u"hires"_s << u"csv/hires_errors.csv"_s
                               << QStringList{u"2:3 Atlantis"_s,
                                              u"3:4 “sjef” is not a known position"_s,
                                              u"4:6 before the start date"_s,
                                              u"5:7 needs an end date"_s,
                                              u"6:9 only with"_s,
                                              u"7:9 has no student with the number “A-99”"_s,
                                              u"9:2 line 8 already"_s,
                                              u"10:5 is not a date"_s,
                                              u"11:4 is empty"_s};
    }
    void badRecruitmentRowsWriteNothing()
    {
        QFETCH(QString, reg);
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        recruitmentPlan();
        importThroughCore(plan(), ImportRegister::Hires, u"csv/hires.csv"_s);
        const qint64 hires = count(u"hires"_s);
        const int steps = m_session->undoStack()->count();
        auto w = makeWizard(importRegisterFromId(reg));
        w->setFile(test::dataPath(file));
        toPreview(*w, u"bad-"_s + reg);
        QVERIFY(w->findChild<QTableView *>(u"errorTable"_s)->isVisible());
        const QStringList seen = listedErrors(*w);
        for (const QString &e : expected) {
            const qsizetype space = e.indexOf(u' ');
            const QString where = e.left(space + 1);
            const QString reason = e.mid(space + 1);
            const bool found = std::any_of(seen.cbegin(), seen.cend(),
                                           [&](const QString &s) { return s.startsWith(where) && s.contains(reason); });
            QVERIFY2(found, qPrintable(e + u"\nlisted:\n"_s + seen.join(u'\n')));
        }
        QVERIFY(!commitButton(*w)->isEnabled());
        QVERIFY(w->findChild<QLabel *>(u"errorsLabel"_s)->text().contains(u"Nothing has been imported"_s));
        QCOMPARE(count(u"hires"_s), hires);
        QCOMPARE(count(u"mentorships"_s), 0);
        QCOMPARE(m_session->undoStack()->count(), steps);
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
