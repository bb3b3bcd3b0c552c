#include "PlanSession.h"
#include "Prompts.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "documents/RecruitmentReport.h"
#include "io/CsvReader.h"
#include "models/ReportTableModel.h"
#include "pages/overview/OverviewPage.h"
#include "pages/overview/RecruitmentPanel.h"
#include "pages/reports/ReportsPage.h"
#include "recruitment/HireRepository.h"
#include "recruitment/MentorRepository.h"
#include "recruitment/Outcome.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

// The recruitment figures in the desktop: the Recruitment report of the Reports page (preview and export) and the
// recruitment panel of the Overview (funnel and retention charts), on a small plan where the figures are known:
// Kari Nordmann (placement at Solbakken, autumn 2026) came back as a summer temp (left in probation) and then in a
// permanent post with a mentor; Siri Ødegård, hired at Fjellheim without a mentor, left after eight months.
class TestRecruitmentUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempPlan> m_temp;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<test::SmallPlan> m_small;

    PlanFile &plan() { return m_session->plan(); }

    qint64 hire(const QString &given, const QString &family, qint64 site, HirePosition position, QDate start,
                QDate end = {}, qint64 student = 0)
    {
        Hire h;
        h.givenName = given;
        h.familyName = family;
        h.siteId = site;
        h.position = position;
        h.start = start;
        h.end = end;
        h.studentId = student;
        auto id = HireRepository(plan()).insert(h);
        if (!id)
            qFatal("hire: %s", qPrintable(id.error().message));
        return id.value();
    }

    static int barValue(QChartView *view, const QString &setPrefix, int index)
    {
        for (QAbstractSeries *s : view->chart()->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                for (QBarSet *set : bars->barSets())
                    if (set->label().startsWith(setPrefix))
                        return int(set->at(index));
        return -1;
    }

private slots:
    void initTestCase()
    {
        Prompts::errorHook = [](QWidget *, const QString &, const QString &text) { qWarning("%s", qPrintable(text)); };
    }

    void init()
    {
        m_temp = std::make_unique<test::TempPlan>();
        m_session = std::make_unique<PlanSession>();
        auto opened = PlanFile::open(m_temp->path());
        QVERIFY(opened);
        m_session->setPlan(std::move(opened.value()));
        m_small = std::make_unique<test::SmallPlan>(m_session->plan());
        QVERIFY(plan().exec(u"INSERT INTO placements (student_id, site_id, period_id, supervisor_id, start_date, "
                            "end_date, status) VALUES (?, ?, ?, ?, '2026-08-24', '2026-10-16', 'completed')"_s,
                            {m_small->kari, m_small->solbakken, m_small->autumn, m_small->anne}));
        hire(u"Kari"_s, u"Nordmann"_s, m_small->solbakken, HirePosition::Sommervikar, QDate(2027, 6, 14),
             QDate(2027, 8, 13), m_small->kari);
        const qint64 post =
            hire(u"Kari"_s, u"Nordmann"_s, m_small->solbakken, HirePosition::Fast, QDate(2027, 9, 1), {}, m_small->kari);
        Mentorship m;
        m.hireId = post;
        m.mentorSupervisorId = m_small->anne;
        m.start = QDate(2027, 9, 1);
        QVERIFY(MentorRepository(plan()).assign(m));
        hire(u"Siri"_s, u"Ødegård"_s, m_small->fjellheim, HirePosition::Vikariat, QDate(2027, 1, 4),
             QDate(2027, 8, 31));
    }

    void cleanup()
    {
        m_small.reset();
        m_session.reset();
        m_temp.reset();
    }

    void reportPreviewAndExport()
    {
        ReportsPage page(*m_session);
        page.resize(1200, 700);
        page.show();
        auto *kind = page.findChild<QComboBox *>(u"reportKind"_s);
        kind->setCurrentIndex(kind->findData(int(ReportsPage::Kind::RecruitmentReport)));
        QCOMPARE(page.kind(), ReportsPage::Kind::RecruitmentReport);
        QVERIFY(!page.findChild<QComboBox *>(u"school"_s)->isVisible()); // a school's report never shows hires
        page.findChild<QRadioButton *>(u"byDates"_s)->setChecked(true);
        page.findChild<QDateEdit *>(u"fromDate"_s)->setDate(QDate(2026, 1, 1));
        page.findChild<QDateEdit *>(u"toDate"_s)->setDate(QDate(2028, 12, 31));
        page.refresh();
        auto *view = page.findChild<QTableView *>(u"preview"_s);
        auto *model = qobject_cast<ReportTableModel *>(qobject_cast<QSortFilterProxyModel *>(view->model())->sourceModel());
        QVERIFY(model);
        // the preview is core's report, row by row
        const ReportTable expected =
            RecruitmentReport::table(plan(), RecruitmentReportQuery{QDate(2026, 1, 1), QDate(2028, 12, 31), {}}).value();
        QCOMPARE(model->table().rows, expected.rows);
        QCOMPARE(model->table().totals, expected.totals);
        QCOMPARE(model->rowCount(), 2);
        // Solbakken: one former student, hired summer, post and here; two new hires, one mentored
        int solbakken = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, RecruitmentReport::Site).data().toString().startsWith(u"Solbakken"_s))
                solbakken = r;
        QVERIFY(solbakken >= 0);
        const auto cell = [&](int column) { return model->index(solbakken, column).data().toString(); };
        QCOMPARE(cell(RecruitmentReport::FormerStudents), u"1"_s);
        QCOMPARE(cell(RecruitmentReport::HiredSummer), u"1"_s);
        QCOMPARE(cell(RecruitmentReport::HiredPost), u"1"_s);
        QCOMPARE(cell(RecruitmentReport::NewHires), u"2"_s);
        QCOMPARE(cell(RecruitmentReport::Mentored), u"1"_s);
        QCOMPARE(cell(RecruitmentReport::LeftInProbation), u"1"_s);
        QVERIFY(page.suggestedFileName(ReportsPage::Format::Pdf).endsWith(u".pdf"_s));
        QVERIFY(page.suggestedFileName(ReportsPage::Format::Pdf).startsWith(u"Recruitment report"_s));

        const QString path = m_temp->dir() + u"/recruitment.csv"_s;
        QVERIFY(page.exportTo(ReportsPage::Format::Csv, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(f.readAll());
        QVERIFY2(csv.contains(u"Solbakken"_s) && csv.contains(u"Fjellheim"_s), qPrintable(csv));
        QVERIFY(!csv.contains(u"Kari"_s)); // counts only, never a person
    }

    void overviewPanel()
    {
        OverviewPage overview(*m_session);
        overview.resize(1280, 800);
        overview.show();
        auto *panel = overview.findChild<RecruitmentPanel *>();
        QVERIFY(panel);
        overview.setToday(QDate(2028, 12, 31));
        auto *years = panel->findChild<QComboBox *>(u"recruitmentYears"_s);
        years->setCurrentIndex(years->findData(5));
        panel->refresh();
        QCOMPARE(panel->from(), QDate(2024, 1, 1));
        // the figures are core's
        const auto lines = Outcome::compute(plan(), QDate(2024, 1, 1), QDate(2028, 12, 31)).value();
        QCOMPARE(panel->figures().constLast(), lines.constLast());
        QCOMPARE(panel->figures().size(), lines.size());

        auto *funnel = panel->findChild<QChartView *>(u"recruitmentFunnel"_s);
        // bars bottom-up: Solbakken (the most former students) is the last category
        const int top = panel->figures().size() - 2;
        QCOMPARE(panel->figures().at(0).site.left(9), u"Solbakken"_s);
        QCOMPARE(barValue(funnel, u"Former students"_s, top), 1);
        QCOMPARE(barValue(funnel, u"Hired as summer temps"_s, top), 1);
        QCOMPARE(barValue(funnel, u"Hired in posts"_s, top), 1);
        QVERIFY2(funnel->accessibleDescription().contains(u"Solbakken"_s), qPrintable(funnel->accessibleDescription()));

        // retention: the mentored post stayed (1 of 1); Siri, without, did not (the whole plan counts Kari once, as
        // the mentored person who stayed)
        auto *retention = panel->findChild<QChartView *>(u"retentionChart"_s);
        QCOMPARE(barValue(retention, u"With a mentor"_s, 0), 100);
        QCOMPARE(barValue(retention, u"Without"_s, 0), 0);
        const QString summary = panel->findChild<QLabel *>(u"recruitmentSummary"_s)->text();
        QVERIFY2(summary.contains(u"former students: 1, of them back as summer temps: 1, in posts: 1; new hires: 2, "
                                  "with a mentor: 1"_s),
                 qPrintable(summary));
        QVERIFY2(summary.contains(u"1 of 1 with a mentor (100 %), 0 of 1 without (0 %)"_s), qPrintable(summary));

        // a change to the plan reaches the panel: Siri gets a mentor and stays
        Hire siri = HireRepository(plan()).list(m_small->fjellheim).value().constFirst();
        siri.end = QDate();
        QVERIFY(HireRepository(plan()).update(siri));
        QTRY_COMPARE(panel->figures().constLast().stayed12Months, lines.constLast().stayed12Months + 1);
        if (const QString dir = qEnvironmentVariable("PRAKSIS_SHOTS"); !dir.isEmpty())
            overview.grab().save(dir + u"/overview-recruitment.png"_s);
    }
};

QTEST_MAIN(TestRecruitmentUi)
#include "tst_recruitmentui.moc"
