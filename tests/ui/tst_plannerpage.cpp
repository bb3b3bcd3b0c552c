#include "PlanSession.h"
#include "PlanningFixture.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "pages/planner/PlaceDialog.h"
#include "pages/planner/PlanPreviewDialog.h"
#include "pages/planner/PlannerGrid.h"
#include "pages/planner/PlannerPage.h"
#include "placements/PlacementService.h"
#include "storage/PlacementRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace praksis;
using namespace praksis::test;

namespace {

// Every placement as text, to compare a plan before and after.
QStringList placementRows(PlanFile &plan)
{
    QStringList rows;
    auto q =
        plan.exec(QStringLiteral("SELECT id, student_id, site_id, coalesce(supervisor_id, 0), start_date, end_date, "
                                 "status, locked FROM placements ORDER BY id"));
    if (!q)
        return {QStringLiteral("error")};
    while (q->next()) {
        QStringList cells;
        for (int c = 0; c < 8; ++c)
            cells << q->value(c).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

class TestPlannerPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempPlan> m_temp;
    std::unique_ptr<PlanSession> m_session;
    QStringList m_errors; // error prompts shown (Prompts::errorHook)
    std::unique_ptr<PlannerPage> m_page;
    qint64 m_solbakken = 0, m_fjellheim = 0, m_legevakt = 0, m_anne = 0, m_per = 0, m_period = 0;
    qint64 m_kari = 0, m_ola = 0, m_eva = 0, m_nils = 0;
    qint64 m_pKari = 0, m_pOla = 0;

    PlannerGrid *grid() { return m_page->findChild<PlannerGrid *>(QStringLiteral("plannerGrid")); }
    QListView *list() { return m_page->findChild<QListView *>(QStringLiteral("unplacedList")); }
    PlanFile &plan() { return m_session->plan(); }
    qint64 count(const QString &sql, const QVariantList &bindings = {})
    {
        return scalar(plan(), sql, bindings).toLongLong();
    }
    // Sends a drag of the mime data onto a point of the grid's viewport, the way a drop from the list would come.
    bool drop(QMimeData *mime, QPoint pos)
    {
        QWidget *viewport = grid()->viewport();
        QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        if (!move.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropEvent);
        return dropEvent.isAccepted();
    }
    QModelIndex listIndexOf(const QString &text)
    {
        QAbstractItemModel *m = list()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data().toString() == text)
                return m->index(r, 0);
        return {};
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<TempPlan>();
        PlanningFixture f(m_temp->plan());
        const qint64 school = f.school(QStringLiteral("OsloMet"));
        const qint64 prog = f.programme(school, QStringLiteral("Sykepleie"));
        m_solbakken = f.site(QStringLiteral("Solbakken"), QStringLiteral("sykehjem"), 1);
        m_fjellheim = f.site(QStringLiteral("Fjellheim"), QStringLiteral("hjemmetjeneste"), 2);
        m_legevakt = f.site(QStringLiteral("Byen legevakt"), QStringLiteral("legevakt"), 3);
        m_anne = f.supervisor(m_solbakken, QStringLiteral("Anne"), 2, QStringLiteral("Hansen"));
        m_per = f.supervisor(m_fjellheim, QStringLiteral("Per"), 2, QStringLiteral("Olsen"));
        // weeks 35–42 of 2026
        m_period = f.period(QStringLiteral("Høst 2026"), QStringLiteral("2026-08-24"), QStringLiteral("2026-10-16"),
                            {QStringLiteral("sykehjem"), QStringLiteral("hjemmetjeneste")}, {prog});
        m_kari = f.student(school, prog, QStringLiteral("1"), QStringLiteral("Kari"));
        m_ola = f.student(school, prog, QStringLiteral("2"), QStringLiteral("Ola"), QStringLiteral("Berg"));
        m_eva = f.student(school, prog, QStringLiteral("3"), QStringLiteral("Eva"), QStringLiteral("Dahl"));
        m_nils = f.student(school, prog, QStringLiteral("4"), QStringLiteral("Nils"), QStringLiteral("Lie"));
        // Solbakken has room for one and holds two: over capacity
        m_pKari = f.placement(m_kari, m_solbakken, m_anne, m_period, QStringLiteral("2026-08-24"),
                              QStringLiteral("2026-10-16"), QStringLiteral("confirmed"));
        m_pOla =
            f.placement(m_ola, m_solbakken, 0, m_period, QStringLiteral("2026-09-07"), QStringLiteral("2026-10-16"));
        f.preference(m_nils, m_period, 1, m_fjellheim);
        f.preference(m_eva, m_period, 1, m_fjellheim);

        m_session = std::make_unique<PlanSession>();
        auto opened = PlanFile::open(m_temp->path());
        QVERIFY(opened);
        m_session->setPlan(std::move(opened.value()));
        m_session->setCurrentPeriodId(m_period);
        m_page = std::make_unique<PlannerPage>(*m_session);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_COMPARE(m_page->board().periodId, m_period);
        // no test here expects an error prompt: one fails the test (cleanup)
        m_errors.clear();
        Prompts::errorHook = [this](QWidget *, const QString &title, const QString &text) {
            m_errors << title + QStringLiteral(": ") + text;
        };
    }

    void cleanup()
    {
        PlanPreviewDialog::testHook = nullptr;
        PlaceDialog::testHook = nullptr;
        Prompts::errorHook = nullptr;
        Prompts::confirmHook = nullptr;
        m_page.reset();
        m_session.reset();
        m_temp.reset();
        QVERIFY2(m_errors.isEmpty(), qPrintable(QStringLiteral("unexpected error prompt: ") + m_errors.join(u'\n')));
    }

    void gridShowsThePlan()
    {
        PlannerGrid *g = grid();
        QVERIFY(g);
        // rows: the eligible sites, not the legevakt (not eligible, no placement)
        QVERIFY(!g->rowRect(m_solbakken).isEmpty());
        QVERIFY(!g->rowRect(m_fjellheim).isEmpty());
        QVERIFY(g->rowRect(m_legevakt).isEmpty());
        // grouped by kind: sykehjem before hjemmetjeneste in the vocabulary
        QVERIFY(g->rowRect(m_solbakken).top() < g->rowRect(m_fjellheim).top());
        // both placements drawn in Solbakken's row, across their weeks
        for (qint64 p : {m_pKari, m_pOla}) {
            const QRect bar = g->barRect(p);
            QVERIFY2(!bar.isEmpty(), qPrintable(QString::number(p)));
            QVERIFY(g->rowRect(m_solbakken).contains(bar.center()));
            QCOMPARE(g->placementAt(bar.center()), p);
        }
        QVERIFY(g->barRect(m_pOla).left() > g->barRect(m_pKari).left());
        QCOMPARE(g->barRect(m_pOla).left(), g->xOfDate(QDate(2026, 9, 7)) + 1);
        // the tooltip names the student, and the over-capacity week says why
        QVERIFY(g->toolTipAt(g->barRect(m_pKari).center()).contains(QStringLiteral("Kari Nordmann")));
        const QPoint overWeek(g->xOfDate(QDate(2026, 9, 9)), g->rowRect(m_solbakken).center().y());
        const QString why = g->toolTipAt(QPoint(overWeek.x(), g->rowRect(m_solbakken).top() + 2));
        QVERIFY2(why.contains(QStringLiteral("Solbakken")) && why.contains(QStringLiteral("room for 1")),
                 qPrintable(why));
        // the weeks before Ola came are not over capacity
        QVERIFY(g->toolTipAt(QPoint(g->xOfDate(QDate(2026, 8, 26)), g->rowRect(m_solbakken).top() + 2)).isEmpty());
        // the unplaced list: Eva and Nils, by family name
        QCOMPARE(list()->model()->rowCount(), 2);
        QCOMPARE(list()->model()->index(0, 0).data().toString(), QStringLiteral("Dahl, Eva"));
        QCOMPARE(list()->model()->index(1, 0).data().toString(), QStringLiteral("Lie, Nils"));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("plannerSummary"))
                    ->text()
                    .contains(QStringLiteral("1 conflict")));
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(list()->model());
        QVERIFY(proxy);
        QAbstractItemModelTester tester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // the model keeps up with a placement and its undo under the testers
        QVERIFY(m_page->placeStudent(m_eva, m_fjellheim));
        QTRY_COMPARE(list()->model()->rowCount(), 1);
        m_session->undoStack()->undo();
        QTRY_COMPARE(list()->model()->rowCount(), 2);
    }

    void zoom()
    {
        PlannerGrid *g = grid();
        const int before = g->weekWidth();
        const int width = g->barRect(m_pKari).width();
        auto *zoomIn = m_page->findChild<QToolButton *>(QStringLiteral("zoomIn"));
        QVERIFY(zoomIn);
        QTest::mouseClick(zoomIn, Qt::LeftButton);
        QVERIFY(g->weekWidth() > before);
        QVERIFY(g->barRect(m_pKari).width() > width || g->horizontalScrollBar()->maximum() > 0);
        // Ctrl+wheel zooms out again
        QWheelEvent wheel(QPointF(400, 100), g->viewport()->mapToGlobal(QPointF(400, 100)), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(g->viewport(), &wheel);
        QCOMPARE(g->weekWidth(), before);
        for (int i = 0; i < 30; ++i)
            g->zoomOut();
        QCOMPARE(g->weekWidth(), PlannerGrid::minWeekWidth);
    }

    void dropStudentOnSite_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("student");
        QTest::newRow("Eva at Fjellheim") << QStringLiteral("fjellheim") << QStringLiteral("eva");
        QTest::newRow("Nils at Solbakken") << QStringLiteral("solbakken") << QStringLiteral("nils");
    }

    void dropStudentOnSite()
    {
        QFETCH(QString, site);
        QFETCH(QString, student);
        const qint64 siteId = site == QLatin1String("fjellheim") ? m_fjellheim : m_solbakken;
        const qint64 studentId = student == QLatin1String("eva") ? m_eva : m_nils;
        const QStringList before = placementRows(plan());

        // the list's own drag data, dropped on the site's row
        const QModelIndex index =
            listIndexOf(student == QLatin1String("eva") ? QStringLiteral("Dahl, Eva") : QStringLiteral("Lie, Nils"));
        QVERIFY(index.isValid());
        std::unique_ptr<QMimeData> mime(list()->model()->mimeData({index}));
        QVERIFY(mime);
        const QRect row = grid()->rowRect(siteId);
        QVERIFY(drop(mime.get(), QPoint(grid()->xOfDate(QDate(2026, 9, 1)), row.center().y())));

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM placements WHERE student_id = ? AND site_id = ? "
                                      "AND period_id = ? AND start_date = '2026-08-24' AND end_date = '2026-10-16' "
                                      "AND locked = 1 AND status = 'planned'"),
                       {studentId, siteId, m_period}),
                 1);
        QTRY_COMPARE(list()->model()->rowCount(), 1);
        QCOMPARE(m_session->undoStack()->count(), 1);

        m_session->undoStack()->undo();
        QCOMPARE(placementRows(plan()), before);
        QTRY_COMPARE(list()->model()->rowCount(), 2);
        m_session->undoStack()->redo();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM placements WHERE student_id = ?"), {studentId}), 1);
    }

    void dropOutsideRowsIsRefused()
    {
        std::unique_ptr<QMimeData> mime(list()->model()->mimeData({list()->model()->index(0, 0)}));
        // the header is no site
        QVERIFY(!grid()->dropMime(mime.get(), QPoint(400, 5)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM placements")), 2);
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void movePlacement_data()
    {
        QTest::addColumn<bool>("otherSite");
        QTest::addColumn<int>("weeks");
        QTest::newRow("to Fjellheim, same weeks") << true << 0;
        QTest::newRow("to Fjellheim, a week later") << true << 1;
        QTest::newRow("same site, a week earlier") << false << -1;
    }

    void movePlacement()
    {
        QFETCH(bool, otherSite);
        QFETCH(int, weeks);
        const QStringList before = placementRows(plan());
        PlannerGrid *g = grid();
        // grab Ola's bar at 10.09 and drop it `weeks` later on the target row
        const QDate grabbed(2026, 9, 10);
        auto *mime = new QMimeData;
        mime->setData(PlannerGrid::placementMime,
                      QByteArray::number(m_pOla) + ' ' + QByteArray::number(QDate(2026, 8, 24).daysTo(grabbed)));
        std::unique_ptr<QMimeData> owned(mime);
        const qint64 target = otherSite ? m_fjellheim : m_solbakken;
        const QPoint at(g->xOfDate(grabbed.addDays(7 * weeks)) + 3, g->rowRect(target).top() + 4);
        QVERIFY(drop(mime, at));

        auto moved = PlacementRepository(plan()).get(m_pOla);
        QVERIFY(moved);
        QCOMPARE(moved->siteId, target);
        QCOMPARE(moved->start, QDate(2026, 9, 7).addDays(7 * weeks));
        QCOMPARE(moved->end, QDate(2026, 10, 16).addDays(7 * weeks));
        QVERIFY(moved->locked);
        QTRY_VERIFY(g->rowRect(target).contains(g->barRect(m_pOla).center()));

        m_session->undoStack()->undo();
        QCOMPARE(placementRows(plan()), before);
    }

    void contextMenuActions()
    {
        std::unique_ptr<QMenu> menu(m_page->placementMenu(m_pOla, m_page.get()));
        auto *anne = menu->findChild<QAction *>(QStringLiteral("supervisor_%1").arg(m_anne));
        QVERIFY(anne);
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("supervisor_%1").arg(m_per))); // not at Solbakken
        anne->trigger();
        QCOMPARE(
            scalar(plan(), QStringLiteral("SELECT supervisor_id FROM placements WHERE id = ?"), {m_pOla}).toLongLong(),
            m_anne);

        menu.reset(m_page->placementMenu(m_pOla, m_page.get()));
        menu->findChild<QAction *>(QStringLiteral("status_confirmed"))->trigger();
        QCOMPARE(scalar(plan(), QStringLiteral("SELECT status FROM placements WHERE id = ?"), {m_pOla}).toString(),
                 QStringLiteral("confirmed"));

        menu.reset(m_page->placementMenu(m_pOla, m_page.get()));
        menu->findChild<QAction *>(QStringLiteral("toggleLock"))->trigger();
        QCOMPARE(scalar(plan(), QStringLiteral("SELECT locked FROM placements WHERE id = ?"), {m_pOla}).toInt(), 0);

        // with nobody to show them, the two are offered disabled
        menu.reset(m_page->placementMenu(m_pOla, m_page.get()));
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("placementDetails"))->isEnabled());
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("welcomeChecklist"))->isEnabled());
        QSignalSpy details(m_page.get(), &PlannerPage::placementDetailsRequested);
        QSignalSpy checklist(m_page.get(), &PlannerPage::checklistRequested);
        menu.reset(m_page->placementMenu(m_pOla, m_page.get()));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("placementDetails"))->isEnabled());
        menu->findChild<QAction *>(QStringLiteral("placementDetails"))->trigger();
        menu->findChild<QAction *>(QStringLiteral("welcomeChecklist"))->trigger();
        QCOMPARE(details.count(), 1);
        QCOMPARE(details.first().first().toLongLong(), m_pOla);
        QCOMPARE(checklist.count(), 1);
        QCOMPARE(checklist.first().first().toLongLong(), m_pOla);

        menu.reset(m_page->placementMenu(m_pOla, m_page.get()));
        menu->findChild<QAction *>(QStringLiteral("removePlacement"))->trigger();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM placements WHERE id = ?"), {m_pOla}), 0);
        QTRY_COMPARE(list()->model()->rowCount(), 3); // Ola is unplaced now

        // one undo step per action: four undos bring Ola back as she was
        QCOMPARE(m_session->undoStack()->count(), 4);
        for (int i = 0; i < 4; ++i)
            m_session->undoStack()->undo();
        QCOMPARE(scalar(plan(),
                        QStringLiteral("SELECT coalesce(supervisor_id, 0) || status || locked FROM placements "
                                       "WHERE id = ?"),
                        {m_pOla})
                     .toString(),
                 QStringLiteral("0planned1"));
    }

    void keyboardPlacesWithDialog()
    {
        list()->setFocus();
        const QModelIndex nils = listIndexOf(QStringLiteral("Lie, Nils"));
        list()->setCurrentIndex(nils);
        qint64 offered = 0;
        PlaceDialog::testHook = [&](PlaceDialog &d) {
            offered = d.siteId(); // her first choice comes first
            d.setSite(m_solbakken);
            d.setSupervisor(m_anne);
            return true;
        };
        QTest::keyClick(list(), Qt::Key_Return);
        QCOMPARE(offered, m_fjellheim);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM placements WHERE student_id = ? AND site_id = ? "
                                      "AND supervisor_id = ?"),
                       {m_nils, m_solbakken, m_anne}),
                 1);
        // the list goes on with the next student
        QTRY_COMPARE(list()->model()->rowCount(), 1);
        QVERIFY(list()->currentIndex().isValid());
    }

    void keyboardInGrid()
    {
        PlannerGrid *g = grid();
        g->setFocus();
        QTest::keyClick(g, Qt::Key_Down); // the first site row: Solbakken, its first placement
        QCOMPARE(g->currentSite(), m_solbakken);
        QCOMPARE(g->currentPlacement(), m_pKari);
        QTest::keyClick(g, Qt::Key_Right);
        QCOMPARE(g->currentPlacement(), m_pOla);
        // Alt+Down moves Ola to the next site row
        QTest::keyClick(g, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(scalar(plan(), QStringLiteral("SELECT site_id FROM placements WHERE id = ?"), {m_pOla}).toLongLong(),
                 m_fjellheim);
        QTRY_COMPARE(g->currentSite(), m_fjellheim);
        Prompts::confirmHook = [](QWidget *, const QString &, const QString &) { return true; };
        QTest::keyClick(g, Qt::Key_Delete);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM placements WHERE id = ?"), {m_pOla}), 0);
    }

    void autoPlanApplyAndUndo()
    {
        const QStringList before = placementRows(plan());
        QString summary;
        int placedRows = -1;
        bool whyShown = false;
        PlanPreviewDialog::testHook = [&](PlanPreviewDialog &d) {
            summary = d.findChild<QLabel *>(QStringLiteral("previewSummary"))->text();
            auto *placedTable = d.findChild<QTableWidget *>(QStringLiteral("previewPlaced"));
            placedRows = placedTable->rowCount();
            // the reason of the chosen row is shown in full under the table, whatever the column's width
            placedTable->setCurrentCell(1, 0);
            const QString why = placedTable->item(1, 5)->text();
            whyShown = !why.isEmpty() && d.findChild<QLabel *>(QStringLiteral("previewDetail"))->text().contains(why) &&
                       placedTable->item(1, 5)->toolTip() == why;
            return true;
        };
        QSignalSpy finished(m_page.get(), &PlannerPage::planningFinished);
        auto *button = m_page->findChild<QPushButton *>(QStringLiteral("planAutomatically"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        // Fjellheim has room for two and is both students' first choice; Solbakken is full
        QCOMPARE(placedRows, 2);
        QVERIFY(whyShown);
        QVERIFY2(summary.contains(QStringLiteral("2 placed")), qPrintable(summary));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM placements WHERE site_id = ? AND locked = 0 "
                                      "AND supervisor_id = ?"),
                       {m_fjellheim, m_per}),
                 2);
        QCOMPARE(m_session->undoStack()->count(), 1);
        QTRY_COMPARE(list()->model()->rowCount(), 0);

        m_session->undoStack()->undo();
        QCOMPARE(placementRows(plan()), before);
        QTRY_COMPARE(list()->model()->rowCount(), 2);
        m_session->undoStack()->redo();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM placements")), 4);
    }

    void autoPlanPreviewCancelledChangesNothing()
    {
        const QStringList before = placementRows(plan());
        PlanPreviewDialog::testHook = [](PlanPreviewDialog &) { return false; };
        QSignalSpy finished(m_page.get(), &PlannerPage::planningFinished);
        m_page->planAutomatically();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(placementRows(plan()), before);
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void autoPlanPreviewStaysUsableWhileOpen()
    {
        // The preview runs its own event loop, as in use; while it is open past the progress dialog's minimum
        // duration, no progress window may come up over it (it would be window-modal and hang the program). A
        // progress dialog still alive there (deleted "later", which a nested event loop never reaches) is the bug:
        // its minimum-duration timer and the 100 ms poll show it as soon as planning took longer than 100 ms.
        QProgressDialog *progressSeen = nullptr;
        bool progressVisible = false, previewActive = false;
        PlanPreviewDialog::testHook = [&](PlanPreviewDialog &d) {
            QTimer::singleShot(1500, &d, [&] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *p = qobject_cast<QProgressDialog *>(w)) {
                        progressSeen = p;
                        progressVisible = progressVisible || p->isVisible();
                    }
                previewActive = QApplication::activeModalWidget() == &d;
                d.reject();
            });
            return d.exec() == QDialog::Accepted;
        };
        QSignalSpy finished(m_page.get(), &PlannerPage::planningFinished);
        m_page->planAutomatically();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY2(!progressVisible, "the progress dialog came up over the open preview");
        QVERIFY(!progressSeen);
        QVERIFY(previewActive);
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("planAutomatically"))->isEnabled());
    }

    void autoPlanUndoRestoresReplacedPlacements()
    {
        // Eva has a planner-made placement at the full Solbakken, with a meeting; Nils one at Fjellheim, which
        // he is now excluded from. Planning again moves Eva and takes Nils's away (Solbakken is full).
        PlanningFixture f(plan());
        const qint64 pEva = f.placement(m_eva, m_solbakken, 0, m_period, QStringLiteral("2026-08-24"),
                                        QStringLiteral("2026-10-16"), QStringLiteral("planned"), false);
        const qint64 pNils = f.placement(m_nils, m_fjellheim, m_per, m_period, QStringLiteral("2026-08-24"),
                                         QStringLiteral("2026-10-16"), QStringLiteral("planned"), false);
        f.exclusion(m_nils, m_fjellheim);
        QVERIFY(plan().exec(QStringLiteral("INSERT INTO assessment_meetings (placement_id, kind, planned_date) "
                                           "VALUES (?, 'forventningssamtale', '2026-08-26')"),
                            {pNils}));
        m_page->reload();
        const QStringList before = placementRows(plan());
        PlanPreviewDialog::testHook = [](PlanPreviewDialog &) { return true; };
        QSignalSpy finished(m_page.get(), &PlannerPage::planningFinished);
        m_page->planAutomatically();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(scalar(plan(), QStringLiteral("SELECT site_id FROM placements WHERE id = ?"), {pEva}).toLongLong(),
                 m_fjellheim);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM placements WHERE id = ?"), {pNils}), 0);

        m_session->undoStack()->undo();
        QCOMPARE(placementRows(plan()), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assessment_meetings WHERE placement_id = ?"), {pNils}), 1);
    }

    void autoPlanUndoBringsBackChecklistAndMeetingsOfMovedPlacements()
    {
        // Eva's planner-made placement runs a week after the period (as when the period's dates changed since);
        // planning again moves her to the period's dates, her checklist and meetings with her, and undo brings
        // them all back.
        Placement eva;
        eva.studentId = m_eva;
        eva.siteId = m_fjellheim;
        eva.periodId = m_period;
        eva.start = QDate(2026, 8, 31);
        eva.end = QDate(2026, 10, 23);
        eva.locked = false;
        auto pEva = PlacementService(plan()).insert(eva);
        QVERIFY(pEva.ok());
        const auto followUp = [&] {
            return scalar(plan(),
                          QStringLiteral("SELECT (SELECT group_concat(due_date) FROM (SELECT due_date FROM "
                                         "checklist_items WHERE placement_id = ? ORDER BY id)) || ' / ' || "
                                         "(SELECT group_concat(planned_date) FROM (SELECT planned_date FROM "
                                         "assessment_meetings WHERE placement_id = ? ORDER BY id))"),
                          {pEva.value(), pEva.value()})
                .toString();
        };
        const QString before = followUp();
        QVERIFY(before.contains(QStringLiteral(" / 2026-")));
        m_page->reload();
        PlanPreviewDialog::testHook = [](PlanPreviewDialog &) { return true; };
        QSignalSpy finished(m_page.get(), &PlannerPage::planningFinished);
        m_page->planAutomatically();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(
            scalar(plan(), QStringLiteral("SELECT start_date FROM placements WHERE id = ?"), {pEva.value()}).toString(),
            QStringLiteral("2026-08-24"));
        const QString moved = followUp();
        QVERIFY2(moved != before, qPrintable(moved));

        m_session->undoStack()->undo();
        QCOMPARE(followUp(), before);
        m_session->undoStack()->redo();
        QCOMPARE(followUp(), moved);
    }
};

QTEST_MAIN(TestPlannerPage)
#include "tst_plannerpage.moc"
