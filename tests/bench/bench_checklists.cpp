// Benchmark: checklists for 500 placements, and their welcome letters into one PDF (budget < 10 s, PRODUCT.md
// section 8); one placement's document. Prints figures; asserts nothing about time.
#include "PlacementSeed.h"
#include "TestSupport.h"
#include "documents/WelcomeLetter.h"
#include "welcome/Checklists.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace praksis;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    test::TempPlan t;
    QList<qint64> ids;
    {
        Transaction tx(t.plan());
        for (int i = 0; i < count; ++i) {
            test::PlacementSeed s;
            s.givenName = u"Student"_s;
            s.familyName = u"Nummer %1"_s.arg(i);
            s.site = u"Sted %1"_s.arg(i % 50);
            ids << test::seedPlacement(t.plan(), s);
        }
        if (!tx.commit())
            return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto made = Checklists::create(t.plan(), ids);
    std::printf("checklists for %d placements: %lld ms (%d made)\n", count, qlonglong(timer.elapsed()),
                made ? made.value() : -1);

    timer.restart();
    auto one = WelcomeLetter::writePdf(t.plan(), {ids.first()}, t.dir() + u"/one.pdf"_s);
    std::printf("one welcome letter with checklist: %lld ms (%d pages)\n", qlonglong(timer.elapsed()),
                one ? one.value() : -1);

    timer.restart();
    const std::clock_t cpu = std::clock();
    auto all = WelcomeLetter::writePdf(t.plan(), ids, t.dir() + u"/all.pdf"_s);
    std::printf("%d welcome letters into one PDF: %lld ms wall, %lld ms CPU (%d pages, budget 10000 ms)\n", count,
                qlonglong(timer.elapsed()), qlonglong((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC),
                all ? all.value() : -1);
    if (!all)
        std::printf("error: %s\n", qPrintable(all.error().toString()));
    return all ? 0 : 1;
}
