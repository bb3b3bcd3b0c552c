// Prints how long the planner page takes on a large period: reading the board (sites, placements, unplaced
// students, conflicts), building the page, painting the timeline, scrolling and zooming it, and placing one student
// (the edit, the undo and the page's re-read after each). Optionally saves pictures of the page.
//   bench_plannerpage [PLAN [PERIOD [OUT.png]]]
// Without a plan it makes the demo plan of PRODUCT.md section 8 (demo --students 5000) in a temporary folder.
// Nothing here asserts on time.

#include "PlanSession.h"
#include "demo/DemoGenerator.h"
#include "pages/planner/PlanPreviewDialog.h"
#include "pages/planner/PlannerGrid.h"
#include "pages/planner/PlannerPage.h"
#include "planning/PlannerBoard.h"
#include "planning/PlannerLoader.h"
#include "storage/PlanFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

using namespace praksis;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    QTemporaryDir dir;
    QString path = args.value(1);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.praksisplan"));
        auto plan = PlanFile::open(path, PlanFile::OpenMode::OpenOrCreate);
        if (!plan) {
            out << plan.error().message << Qt::endl;
            return 1;
        }
        DemoOptions options;
        options.students = 5000;
        if (auto r = DemoGenerator::generate(*plan.value(), options); !r) {
            out << r.error().message << Qt::endl;
            return 1;
        }
    }
    PlanSession session;
    if (auto r = session.open(path); !r) {
        out << r.error().message << Qt::endl;
        return 1;
    }
    if (args.size() > 2) {
        auto id = PlannerLoader::findPeriod(session.plan(), args[2]);
        if (!id) {
            out << id.error().message << Qt::endl;
            return 1;
        }
        session.setCurrentPeriodId(id.value());
    } else {
        // the period with the most placements
        auto q = session.plan().exec(QStringLiteral(
            "SELECT period_id FROM placements GROUP BY period_id ORDER BY count(*) DESC, period_id LIMIT 1"));
        if (q && q->next())
            session.setCurrentPeriodId(q->value(0).toLongLong());
    }

    QElapsedTimer t;
    t.start();
    auto board = PlannerBoard::load(session.plan(), session.currentPeriodId());
    if (!board) {
        out << board.error().message << Qt::endl;
        return 1;
    }
    out << "board: " << t.elapsed() << " ms (" << board->sites.size() << " sites, " << board->placements.size()
        << " placements, " << board->unplaced.size() << " unplaced, " << board->conflicts.size() << " conflicts)"
        << Qt::endl;

    t.restart();
    auto input = PlannerLoader::load(session.plan(), session.currentPeriodId());
    out << "planner input: " << t.elapsed() << " ms (" << (input ? input->students.size() : -1) << " students)"
        << Qt::endl;

    t.restart();
    PlannerPage page(session);
    page.resize(1440, 860);
    page.show();
    QCoreApplication::processEvents();
    out << "page built and shown: " << t.elapsed() << " ms" << Qt::endl;

    PlannerGrid *grid = page.grid();
    t.restart();
    QPixmap shot = page.grab();
    out << "first paint of the page: " << t.elapsed() << " ms" << Qt::endl;
    if (args.size() > 3)
        shot.save(args[3]);

    // scrolling: 50 steps down the whole timeline, each painted
    QScrollBar *v = grid->verticalScrollBar();
    t.restart();
    const int steps = 50;
    for (int i = 1; i <= steps; ++i) {
        v->setValue(v->maximum() * i / steps);
        grid->viewport()->repaint();
    }
    out << "scroll and paint: " << t.elapsed() / double(steps) << " ms a frame over " << v->maximum() << " px"
        << Qt::endl;
    t.restart();
    for (int i = 0; i < 10; ++i) {
        grid->zoomOut();
        grid->viewport()->repaint();
    }
    for (int i = 0; i < 10; ++i) {
        grid->zoomIn();
        grid->viewport()->repaint();
    }
    out << "zoom and paint: " << t.elapsed() / 20.0 << " ms a frame" << Qt::endl;
    if (args.size() > 3) {
        v->setValue(v->maximum() / 2);
        for (int i = 0; i < 4; ++i)
            grid->zoomOut();
        page.grab().save(QString(args[3]).replace(QStringLiteral(".png"), QStringLiteral("-zoomed.png")));
    }

    // one edit and its undo, each followed by the page reading the board again
    if (!page.board().unplaced.isEmpty() && !page.board().sites.isEmpty()) {
        const qint64 student = page.board().unplaced.first().id;
        const qint64 site = page.board().sites.first().id;
        t.restart();
        page.placeStudent(student, site);
        const qint64 edit = t.elapsed();
        page.reload();
        out << "place a student: " << edit << " ms, then read the board again: " << t.elapsed() - edit << " ms"
            << Qt::endl;
        t.restart();
        session.undoStack()->undo();
        page.reload();
        out << "undo and read again: " << t.elapsed() << " ms" << Qt::endl;
    }
    // the automatic planner from the page: load, solve off the UI thread, preview (not applied)
    QElapsedTimer wall;
    qint64 previewAt = -1;
    PlanPreviewDialog::testHook = [&](PlanPreviewDialog &dialog) {
        previewAt = wall.elapsed();
        if (args.size() > 3) {
            dialog.resize(1100, 640);
            dialog.show();
            dialog.grab().save(QString(args[3]).replace(QStringLiteral(".png"), QStringLiteral("-preview.png")));
        }
        return false;
    };
    bool finished = false;
    QObject::connect(&page, &PlannerPage::planningFinished, &page, [&finished] { finished = true; });
    wall.start();
    page.planAutomatically();
    while (!finished && wall.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    out << "plan automatically: preview after " << previewAt << " ms" << Qt::endl;
    PlanPreviewDialog::testHook = nullptr;
    return 0;
}
