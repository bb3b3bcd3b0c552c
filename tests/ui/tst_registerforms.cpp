#include "PlanSession.h"
#include "Prompts.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "models/SqlTableModel.h"
#include "pages/periods/PeriodsPage.h"
#include "pages/supervisors/SupervisorsPage.h"
#include "storage/BackupRotation.h"
#include "widgets/RecordForm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace praksis;
using namespace Qt::StringLiterals;

// The parts of the supervisor and period forms that edit details: absence periods and per-site capacity.
class TestRegisterForms : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempPlan> m_temp;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<test::SmallPlan> m_small;
    QStringList m_errors;

    PlanFile &plan() { return m_session->plan(); }
    QVariant scalar(const QString &sql, const QVariantList &b = {}) { return test::scalar(plan(), sql, b); }

    template<typename Page> std::unique_ptr<Page> makePage()
    {
        auto page = std::make_unique<Page>(*m_session);
        page->resize(1000, 600);
        page->show();
        return page;
    }

    static RecordForm *editForm(RegisterPage &page, qint64 id)
    {
        page.selectId(id);
        page.findChild<QPushButton *>(u"editButton"_s)->click();
        const auto forms = page.findChildren<RecordForm *>(u"recordForm"_s, Qt::FindDirectChildrenOnly);
        for (RecordForm *f : forms)
            if (f->isVisible())
                return f;
        return nullptr;
    }

    static bool okEnabled(RecordForm *form) { return form->findChild<QPushButton *>(u"okButton"_s)->isEnabled(); }

    static void setCell(QTableWidget *table, int row, int column, const QString &text)
    {
        QTableWidgetItem *item = table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            table->setItem(row, column, item);
        }
        item->setText(text);
    }

    // With PRAKSIS_SHOTS set to a folder, the form is saved there as a PNG (to look at it).
    static void shot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PRAKSIS_SHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name + u".png"_s);
    }

private slots:
    void initTestCase()
    {
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors.append(text); };
    }

    void init()
    {
        m_errors.clear();
        m_temp = std::make_unique<test::TempPlan>();
        m_session = std::make_unique<PlanSession>();
        auto opened = PlanFile::open(m_temp->path());
        QVERIFY(opened);
        m_session->setPlan(std::move(opened.value()));
        m_small = std::make_unique<test::SmallPlan>(m_session->plan());
    }

    void cleanup()
    {
        m_small.reset();
        m_session.reset();
        m_temp.reset();
    }

    void absenceValidation_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("ok") << u"01.09.2026"_s << u"14.09.2026"_s << true << QString();
        QTest::newRow("iso") << u"2026-09-01"_s << u"2026-09-01"_s << true << QString();
        QTest::newRow("end before start") << u"14.09.2026"_s << u"01.09.2026"_s << false << u"Absence 1"_s;
        QTest::newRow("no date") << u"31.02.2026"_s << u"01.03.2026"_s << false << u"31.02.2026"_s;
        QTest::newRow("empty") << QString() << u"01.03.2026"_s << false << u"From"_s;
    }

    void absenceValidation()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(bool, valid);
        QFETCH(QString, fragment);
        auto page = makePage<SupervisorsPage>();
        RecordForm *form = editForm(*page, m_small->anne);
        QVERIFY(form);
        QVERIFY(okEnabled(form));
        form->findChild<QPushButton *>(u"addAbsence"_s)->click();
        auto *table = form->findChild<QTableWidget *>(u"absences"_s);
        QVERIFY(table);
        const int row = table->rowCount() - 1;
        setCell(table, row, 0, start);
        setCell(table, row, 1, end);
        QCOMPARE(okEnabled(form), valid);
        if (!valid)
            QVERIFY2(form->firstError().contains(fragment), qPrintable(form->firstError()));
        if (QByteArray(QTest::currentDataTag()) == "end before start")
            shot(form, u"supervisor-absence-error"_s);
        form->reject();
    }

    void absencesAreOneUndoStep()
    {
        auto page = makePage<SupervisorsPage>();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString absences = u"SELECT count(*) FROM supervisor_absences WHERE supervisor_id = ?"_s;
        const qint64 before = scalar(absences, {m_small->anne}).toLongLong();

        // add two absences and change her e-mail in one go
        RecordForm *form = editForm(*page, m_small->anne);
        QVERIFY(form);
        auto *table = form->findChild<QTableWidget *>(u"absences"_s);
        for (const auto &[from, to] :
             {std::pair{u"01.09.2026"_s, u"11.09.2026"_s}, std::pair{u"2026-10-05"_s, u"2026-10-09"_s}}) {
            form->findChild<QPushButton *>(u"addAbsence"_s)->click();
            setCell(table, table->rowCount() - 1, 0, from);
            setCell(table, table->rowCount() - 1, 1, to);
        }
        setCell(table, table->rowCount() - 1, 2, u"Kurs"_s);
        QVERIFY2(okEnabled(form), qPrintable(form->firstError()));
        shot(form, u"supervisor-absences"_s);
        const int steps = m_session->undoStack()->count();
        form->findChild<QPushButton *>(u"okButton"_s)->click();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QCOMPARE(scalar(absences, {m_small->anne}).toLongLong(), before + 2);
        QCOMPARE(scalar(u"SELECT note FROM supervisor_absences WHERE start_date = '2026-10-05'"_s).toString(),
                 u"Kurs"_s);
        const qint64 id = scalar(u"SELECT id FROM supervisor_absences WHERE start_date = '2026-09-01'"_s).toLongLong();

        // the table shows her absences
        const int row = page->model()->rowOf(m_small->anne);
        QVERIFY(row >= 0);

        m_session->undoStack()->undo();
        QCOMPARE(scalar(absences, {m_small->anne}).toLongLong(), before);
        m_session->undoStack()->redo();
        QCOMPARE(scalar(absences, {m_small->anne}).toLongLong(), before + 2);
        // redo brings them back with the same ids
        QCOMPARE(scalar(u"SELECT id FROM supervisor_absences WHERE start_date = '2026-09-01'"_s).toLongLong(), id);

        // edit one and remove the other
        form = editForm(*page, m_small->anne);
        table = form->findChild<QTableWidget *>(u"absences"_s);
        QCOMPARE(table->rowCount(), int(before + 2));
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == u"01.09.2026"_s)
                setCell(table, r, 1, u"18.09.2026"_s);
        }
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == u"05.10.2026"_s) {
                table->setCurrentCell(r, 0);
                form->findChild<QPushButton *>(u"removeAbsence"_s)->click();
                break;
            }
        }
        form->findChild<QPushButton *>(u"okButton"_s)->click();
        QCOMPARE(scalar(absences, {m_small->anne}).toLongLong(), before + 1);
        QCOMPARE(scalar(u"SELECT end_date FROM supervisor_absences WHERE id = ?"_s, {id}).toString(), u"2026-09-18"_s);
        m_session->undoStack()->undo();
        QCOMPARE(scalar(absences, {m_small->anne}).toLongLong(), before + 2);
        QCOMPARE(scalar(u"SELECT end_date FROM supervisor_absences WHERE id = ?"_s, {id}).toString(), u"2026-09-11"_s);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    }

    void capacityValidation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("number") << u"5"_s << true;
        QTest::newRow("zero") << u"0"_s << true;
        QTest::newRow("empty means default") << QString() << true;
        QTest::newRow("negative") << u"-1"_s << false;
        QTest::newRow("text") << u"mange"_s << false;
    }

    void capacityValidation()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        auto page = makePage<PeriodsPage>();
        RecordForm *form = editForm(*page, m_small->autumn);
        QVERIFY(form);
        auto *table = form->findChild<QTableWidget *>(u"capacities"_s);
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(scalar(u"SELECT count(*) FROM sites"_s).toInt()));
        setCell(table, 0, 3, text);
        QCOMPARE(okEnabled(form), valid);
        if (!valid)
            QVERIFY(form->firstError().contains(table->item(0, 0)->text()));
        form->reject();
    }

    void capacityIsUndoable()
    {
        auto page = makePage<PeriodsPage>();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordForm *form = editForm(*page, m_small->autumn);
        auto *table = form->findChild<QTableWidget *>(u"capacities"_s);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == m_small->fjellheim)
                row = r;
        QVERIFY(row >= 0);
        setCell(table, row, 3, u"7"_s);
        QVERIFY(okEnabled(form));
        shot(form, u"period-capacities"_s);
        form->findChild<QPushButton *>(u"okButton"_s)->click();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        const QString sql = u"SELECT capacity FROM period_site_capacities WHERE period_id = ? AND site_id = ?"_s;
        QCOMPARE(scalar(sql, {m_small->autumn, m_small->fjellheim}).toInt(), 7);
        m_session->undoStack()->undo();
        QVERIFY(!scalar(sql, {m_small->autumn, m_small->fjellheim}).isValid());
        m_session->undoStack()->redo();
        QCOMPARE(scalar(sql, {m_small->autumn, m_small->fjellheim}).toInt(), 7);

        // emptying the cell goes back to the site's own capacity
        form = editForm(*page, m_small->autumn);
        table = form->findChild<QTableWidget *>(u"capacities"_s);
        QCOMPARE(table->item(row, 3)->text(), u"7"_s);
        setCell(table, row, 3, QString());
        form->findChild<QPushButton *>(u"okButton"_s)->click();
        QVERIFY(!scalar(sql, {m_small->autumn, m_small->fjellheim}).isValid());
    }

    // The session takes the day's backup beside the plan, and notices another program's change: the models reload
    // and a notice says so.
    void backupAndExternalChange()
    {
        QCOMPARE(BackupRotation::backups(m_temp->path()).size(), 1);
        auto page = makePage<SupervisorsPage>();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int rows = page->model()->rowCount();
        QSignalSpy notices(m_session.get(), &PlanSession::notice);
        auto other = PlanFile::open(m_temp->path(), PlanFile::OpenMode::OpenExisting);
        QVERIFY(other.ok());
        QVERIFY(other.value()
                    ->exec(u"INSERT INTO supervisors (site_id, given_name, family_name) VALUES (?, 'Eva', 'Ny')"_s,
                           {m_small->fjellheim})
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), rows + 1, 10000);
        QVERIFY(!notices.isEmpty());
        QVERIFY(notices.first().at(0).toString().contains(u"Another program"_s));
    }
};

QTEST_MAIN(TestRegisterForms)
#include "tst_registerforms.moc"
