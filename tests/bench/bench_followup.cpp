// Rules 5 and 6 over a plan of 50,000 placements, each with three meetings and some with absence.
// Prints figures; asserts nothing about time.
#include "TestSupport.h"
#include "followup/FollowUp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace praksis;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int placements = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50000;
    test::TempPlan t;
    PlanFile &plan = t.plan();
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(plan);
        const auto run = [&](const QString &sql, const QVariantList &b = {}) {
            if (auto r = plan.exec(sql, b); !r)
                qFatal("%s", qPrintable(r.error().toString()));
        };
        run(QStringLiteral("INSERT INTO schools (id, name, kind) VALUES (1, 'S', 'hogskole')"));
        run(QStringLiteral("INSERT INTO programmes (id, school_id, name, kind) VALUES (1, 1, 'P', 'sykepleie')"));
        run(QStringLiteral("INSERT INTO periods (id, name, start_date, end_date) VALUES (1, 'A', '2026-08-24', "
                           "'2026-10-30')"));
        for (int s = 1; s <= 500; ++s)
            run(QStringLiteral("INSERT INTO sites (id, name, kind, capacity) VALUES (?, ?, 'sykehjem', 200)"),
                {s, QStringLiteral("Site %1").arg(s)});
        for (int i = 1; i <= placements; ++i) {
            run(QStringLiteral("INSERT INTO students (id, school_id, programme_id, student_number, given_name, "
                               "family_name) VALUES (?, 1, 1, ?, 'Kari', ?)"),
                {i, QString::number(i), QStringLiteral("Nordmann %1").arg(i)});
            run(QStringLiteral("INSERT INTO placements (id, student_id, site_id, period_id, start_date, end_date, "
                               "status) VALUES (?, ?, ?, 1, '2026-08-24', '2026-10-30', 'ongoing')"),
                {i, i, 1 + i % 500});
            for (const char *kind : {"forventningssamtale", "midtveisvurdering", "sluttvurdering"})
                run(QStringLiteral("INSERT INTO assessment_meetings (placement_id, kind, planned_date, held_date) "
                                   "VALUES (?, ?, '2026-09-25', CASE WHEN ? % 7 = 0 THEN NULL ELSE '2026-09-25' END)"),
                    {i, QString::fromLatin1(kind), i});
            for (int d = 0; d < i % 5; ++d)
                run(QStringLiteral("INSERT INTO absences (placement_id, date, hours) VALUES (?, ?, ?)"),
                    {i, QDate(2026, 9, 1 + d).toString(Qt::ISODate), 6.0 + i % 11});
        }
        if (auto c = tx.commit(); !c)
            qFatal("%s", qPrintable(c.error().toString()));
    }
    out << "built " << placements << " placements in " << timer.elapsed() << " ms\n";
    out.flush();
    for (int round = 0; round < 3; ++round) {
        timer.restart();
        auto conflicts = FollowUp::conflicts(plan, 0, QDate(2026, 10, 1));
        if (!conflicts)
            qFatal("%s", qPrintable(conflicts.error().toString()));
        out << "FollowUp::conflicts: " << conflicts->size() << " conflicts in " << timer.elapsed() << " ms\n";
        out.flush();
    }
    return 0;
}
