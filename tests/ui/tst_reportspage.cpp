#include "PlanSession.h"
#include "Prompts.h"
#include "ReportFixture.h"
#include "documents/PlacementCalendar.h"
#include "documents/Reports.h"
#include "followup/AbsenceRepository.h"
#include "io/CsvReader.h"
#include "models/ReportTableModel.h"
#include "pages/reports/ReportsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

#include <QTest>
#include <sys/stat.h>

using namespace praksis;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(praksis::ReportsPage::Format)

class TestReportsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<ReportsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    template<typename T> T *child(const char *name)
    {
        auto *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    QTableView *view() { return child<QTableView>("preview"); }
    ReportTableModel *model()
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view()->model());
        return proxy ? qobject_cast<ReportTableModel *>(proxy->sourceModel()) : nullptr;
    }
    void choose(const char *combo, const QString &text)
    {
        auto *c = child<QComboBox>(combo);
        const int i = c->findText(text);
        QVERIFY2(i >= 0, qPrintable(text));
        c->setCurrentIndex(i);
    }
    void chooseKind(ReportsPage::Kind kind)
    {
        auto *c = child<QComboBox>("reportKind");
        c->setCurrentIndex(c->findData(int(kind)));
        QCOMPARE(m_page->kind(), kind);
    }
    // the student numbers in the preview, in the order shown
    QStringList shownColumn(int column)
    {
        QStringList out;
        QAbstractItemModel *m = view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, column).data().toString();
        return out;
    }
    static QStringList coreColumn(const ReportTable &table, int column)
    {
        QStringList out;
        for (const QVariantList &row : table.rows)
            out << ReportTable::text(row.at(column), table.columns.at(column).type);
        return out;
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(u"reports.praksisplan"_s);
        QFile::remove(path);
        auto opened = PlanFile::open(path);
        QVERIFY(opened);
        PlanFile &plan = *opened.value();
        test::buildReportPlan(plan);
        // a second period, autumn: Per (school A) and Kari (school B)
        test::runSql(plan, u"INSERT INTO periods (id, name, start_date, end_date, hours_per_week) VALUES "
                           "(2, 'Høst 2027', '2027-08-23', '2027-09-17', 30)"_s);
        test::runSql(plan, u"INSERT INTO placements (id, student_id, site_id, supervisor_id, period_id, start_date, "
                           "end_date, status) VALUES (4, 2, 1, 1, 2, '2027-08-23', '2027-09-03', 'planned'), "
                           "(5, 3, 2, 2, 2, '2027-08-23', '2027-09-17', 'planned')"_s);
        test::runSql(plan, u"INSERT INTO settings (key, value) VALUES ('organisation/name', 'Testkommune')"_s);

        m_session = std::make_unique<PlanSession>();
        m_session->setPlan(std::move(opened).value());
        m_session->setCurrentPeriodId(1);
        m_page = std::make_unique<ReportsPage>(*m_session);
        m_tester =
            std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_session.reset();
    }

    void schoolShowsOnlyItsStudents_data()
    {
        QTest::addColumn<QString>("school");
        QTest::addColumn<qint64>("schoolId");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("Høgskolen A") << u"Høgskolen A"_s << qint64(1) << u"A-"_s;
        QTest::newRow("Skolen B") << u"Skolen B"_s << qint64(2) << u"B-"_s;
    }
    void schoolShowsOnlyItsStudents()
    {
        QFETCH(QString, school);
        QFETCH(qint64, schoolId);
        QFETCH(QString, prefix);
        QCOMPARE(m_page->kind(), ReportsPage::Kind::SchoolReport);
        QCOMPARE(child<QComboBox>("period")->currentText(), u"Vår 2027"_s); // the toolbar's period
        choose("school", school);
        auto core = Reports::schoolReport(m_session->plan(), SchoolReportQuery{schoolId, 1, {}, {}});
        QVERIFY(core);
        QCOMPARE(model()->rowCount(), int(core->rows.size()));
        const QStringList numbers = shownColumn(Reports::StudentNumber);
        QVERIFY(!numbers.isEmpty());
        for (const QString &n : numbers)
            QVERIFY2(n.startsWith(prefix), qPrintable(n));
        QCOMPARE(numbers, coreColumn(core.value(), Reports::StudentNumber));
        QVERIFY(child<QLabel>("totals")->text().contains(
            ReportTable::text(core->totals.at(Reports::PlannedHours), ReportColumn::Type::Decimal)));
    }

    void periodAndDatesChangeTheRows()
    {
        choose("school", u"Høgskolen A"_s);
        QCOMPARE(model()->rowCount(), 2); // Åse and Per in the spring
        choose("period", u"Høst 2027"_s);
        QCOMPARE(shownColumn(Reports::StudentNumber), QStringList{u"A-2"_s}); // Per only in the autumn

        // a date range: spring up to 8 January touches Åse only
        child<QRadioButton>("byDates")->click();
        QVERIFY(!child<QComboBox>("period")->isEnabled());
        QVERIFY(child<QDateEdit>("fromDate")->isEnabled());
        QCOMPARE(child<QDateEdit>("fromDate")->displayFormat(), u"dd.MM.yyyy"_s);
        child<QDateEdit>("fromDate")->setDate(QDate(2027, 1, 1));
        child<QDateEdit>("toDate")->setDate(QDate(2027, 1, 8));
        auto core =
            Reports::schoolReport(m_session->plan(), SchoolReportQuery{1, 0, QDate(2027, 1, 1), QDate(2027, 1, 8)});
        QVERIFY(core);
        QCOMPARE(shownColumn(Reports::StudentNumber), coreColumn(core.value(), Reports::StudentNumber));
        QCOMPARE(model()->rowCount(), 1);

        // a wrong range says so and offers no export
        child<QDateEdit>("fromDate")->setDate(QDate(2027, 2, 1));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(child<QLabel>("message")->isVisible());
        QVERIFY(!child<QLabel>("message")->text().isEmpty());
        QVERIFY(!child<QPushButton>("exportCsv")->isEnabled());
    }

    void supervisorReportAndCalendars()
    {
        chooseKind(ReportsPage::Kind::SupervisorReport);
        QCOMPARE(child<QComboBox>("school")->currentData().toLongLong(), 0); // all schools
        auto core = Reports::supervisorReport(m_session->plan(),
                                              SupervisorReportQuery{QDate(2027, 1, 4), QDate(2027, 1, 29), 0});
        QVERIFY(core);
        QCOMPARE(shownColumn(Reports::SupervisedStudent), coreColumn(core.value(), Reports::SupervisedStudent));
        choose("school", u"Skolen B"_s);
        QCOMPARE(shownColumn(Reports::SupervisedStudent), QStringList{u"Kari Skolebsen"_s});

        chooseKind(ReportsPage::Kind::SiteCalendar);
        QVERIFY(!child<QComboBox>("school")->isVisible());
        QVERIFY(child<QComboBox>("site")->isVisible());
        QVERIFY(child<QPushButton>("exportIcs")->isVisible());
        QVERIFY(!child<QPushButton>("exportPdf")->isVisible());
        child<QComboBox>("site")->setCurrentIndex(child<QComboBox>("site")->findData(qint64(1)));
        QCOMPARE(child<QComboBox>("site")->currentText(), u"Solbakken sykehjem, Avdeling 2"_s);
        auto site = PlacementCalendar::forSite(m_session->plan(), 1);
        QVERIFY(site);
        QCOMPARE(model()->rowCount(), int(site->events.size()));

        chooseKind(ReportsPage::Kind::SupervisorCalendar);
        QVERIFY(child<QComboBox>("supervisor")->isVisible());
        child<QComboBox>("supervisor")->setCurrentIndex(child<QComboBox>("supervisor")->findData(qint64(2)));
        auto ola = PlacementCalendar::forSupervisor(m_session->plan(), 2);
        QVERIFY(ola);
        QCOMPARE(model()->rowCount(), int(ola->events.size()));
    }

    void sortsByValue()
    {
        choose("school", u"Høgskolen A"_s);
        view()->sortByColumn(Reports::Weeks, Qt::DescendingOrder);
        QCOMPARE(shownColumn(Reports::Weeks), (QStringList{u"4"_s, u"2"_s}));
        view()->sortByColumn(Reports::Start, Qt::DescendingOrder);
        QCOMPARE(shownColumn(Reports::Start), (QStringList{u"11.01.2027"_s, u"04.01.2027"_s}));
    }

    void followsThePlan()
    {
        choose("school", u"Høgskolen A"_s);
        // Per (placement 2) has no absence yet; 6 hours of his 60 are 10 %
        const int per = int(shownColumn(Reports::StudentNumber).indexOf(u"A-2"_s));
        QVERIFY(per >= 0);
        QCOMPARE(view()->model()->index(per, Reports::AbsenceHours).data().toString(), QLocale().toString(0.0, 'f', 1));
        QVERIFY(AbsenceRepository(m_session->plan())
                    .insert(AbsenceRecord{0, 2, QDate(2027, 1, 12), 6, AbsenceReason::Sykdom}));
        QTRY_COMPARE(view()->model()->index(per, Reports::AbsenceHours).data().toString(),
                     QLocale().toString(6.0, 'f', 1));
        QCOMPARE(view()->model()->index(per, Reports::AbsencePercent).data(ReportTableModel::SortRole).toDouble(),
                 10.0);
    }

    void exports_data()
    {
        QTest::addColumn<ReportsPage::Kind>("kind");
        QTest::addColumn<ReportsPage::Format>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("csv") << ReportsPage::Kind::SchoolReport << ReportsPage::Format::Csv
                             << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("xlsx") << ReportsPage::Kind::SchoolReport << ReportsPage::Format::Xlsx << QByteArray("PK");
        QTest::newRow("pdf") << ReportsPage::Kind::SchoolReport << ReportsPage::Format::Pdf << QByteArray("%PDF");
        QTest::newRow("supervisor pdf") << ReportsPage::Kind::SupervisorReport << ReportsPage::Format::Pdf
                                        << QByteArray("%PDF");
        QTest::newRow("ics") << ReportsPage::Kind::SiteCalendar << ReportsPage::Format::Ics
                             << QByteArray("BEGIN:VCALENDAR");
    }
    void exports()
    {
        QFETCH(ReportsPage::Kind, kind);
        QFETCH(ReportsPage::Format, format);
        QFETCH(QByteArray, magic);
        chooseKind(kind);
        QTemporaryDir out;
        const QString path = out.filePath(m_page->suggestedFileName(format));
        auto r = m_page->exportTo(format, path);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 100);
        QVERIFY(bytes.startsWith(magic));
        if (format == ReportsPage::Format::Csv) {
            auto csv = CsvReader::read(bytes);
            QVERIFY(csv);
            QCOMPARE(csv->delimiter, QLatin1Char(';'));
            QCOMPARE(csv->records.size(), 1 + model()->rowCount() + 1); // header, rows, totals
            for (int c = 0; c < model()->columnCount(); ++c)
                QCOMPARE(csv->records.at(0).field(c), model()->headerData(c, Qt::Horizontal).toString());
            QStringList names;
            for (int r = 1; r <= model()->rowCount(); ++r)
                names << csv->records.at(r).field(Reports::StudentName);
            QCOMPARE(names, shownColumn(Reports::StudentName));
        }
        if (format == ReportsPage::Format::Ics)
            QCOMPARE(int(bytes.count("BEGIN:VEVENT")), model()->rowCount());
    }

    void exportButtonUsesTheFileDialog()
    {
        choose("school", u"Høgskolen A"_s);
        const QString suggested = m_page->suggestedFileName(ReportsPage::Format::Xlsx);
        QVERIFY(suggested.contains(u"Høgskolen A"_s));
        QVERIFY(suggested.contains(u"Vår 2027"_s));
        QVERIFY(suggested.endsWith(u".xlsx"_s));
        QTemporaryDir out;
        QString offered;
        m_page->setFileChooser([&](ReportsPage::Format f, const QString &path) {
            offered = path;
            return f == ReportsPage::Format::Xlsx ? out.filePath(u"rapport"_s) : QString();
        });
        QTest::mouseClick(child<QPushButton>("exportXlsx"), Qt::LeftButton);
        QVERIFY(offered.endsWith(suggested));
        QTRY_VERIFY(QFileInfo(out.filePath(u"rapport.xlsx"_s)).size() > 0); // the suffix is added
        QVERIFY(m_session->pageStatus().contains(u"rapport.xlsx"_s));
    }

    // Issue 20 point 4: the file dialog asks before it replaces the name it was given; when the program adds the
    // ending itself ("rapport" -> "rapport.csv") and that file exists, the program asks, and No leaves it alone.
    void anExistingFileIsReplacedOnlyAfterAsking_data()
    {
        QTest::addColumn<bool>("answer");
        QTest::addColumn<int>("mask");
        for (const int mask : {022, 002}) {
            QTest::addRow("no, umask %03o", mask) << false << mask;
            QTest::addRow("yes, umask %03o", mask) << true << mask;
        }
    }
    void anExistingFileIsReplacedOnlyAfterAsking()
    {
        QFETCH(bool, answer);
        QFETCH(int, mask);
        const mode_t was = ::umask(mode_t(mask));
        auto umaskBack = qScopeGuard([was] { ::umask(was); });
        choose("school", u"Høgskolen A"_s);
        QTemporaryDir out;
        const QString existing = out.filePath(u"rapport.csv"_s);
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("mine\n");
        }
        QStringList asked;
        Prompts::confirmHook = [&](QWidget *, const QString &, const QString &text) {
            asked << text;
            return answer;
        };
        auto restore = qScopeGuard([] { Prompts::confirmHook = {}; });
        m_page->setFileChooser([&](ReportsPage::Format, const QString &) { return out.filePath(u"rapport"_s); });
        QTest::mouseClick(child<QPushButton>("exportCsv"), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(u"rapport.csv"_s) && asked.first().contains(u"already exists"_s),
                 qPrintable(asked.first()));
        QFile f(existing);
        if (!answer) {
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("mine\n"));
        } else {
            QTRY_VERIFY(QFileInfo(existing).size() > 5);
            QCOMPARE(QFile::permissions(existing) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions()); // owner-only
        }
    }

    void failureNamesTheFile()
    {
        QTemporaryDir out;
        const QString path = out.filePath(u"missing-folder/rapport.csv"_s);
        auto r = m_page->exportTo(ReportsPage::Format::Csv, path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"rapport.csv"_s), qPrintable(r.error().message));

        // through the button: a message box that names the file
        m_page->setFileChooser([&](ReportsPage::Format, const QString &) { return path; });
        QTest::mouseClick(child<QPushButton>("exportCsv"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(u"exportError"_s)) != nullptr);
        QVERIFY(box->text().contains(u"rapport.csv"_s));
        box->close();
        QVERIFY(!QFile::exists(path));
    }

    void keyboardAndNames()
    {
        for (const char *name : {"reportKind", "school", "period", "fromDate", "toDate", "preview", "exportCsv",
                                 "exportXlsx", "exportPdf"}) {
            auto *w = child<QWidget>(name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, name);
        }
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
