#include "TestSupport.h"
#include "storage/ChangeLog.h"
#include "storage/Purge.h"

#include <QTest>

using namespace praksis;

// Today is 2026-06-15 in these tests; 3 years back is 2023-06-15.
class TestPurge : public QObject
{
    Q_OBJECT

private:
    const QDate today{2026, 6, 15};

    // Students: 1 last placement ended 2020 (old), 2 one old and one recent placement (kept), 3 ended the day
    // before the cut-off (old), 4 ended on the cut-off day (kept), 5 no placement (kept), 6 already anonymised and
    // old.
    static void fill(PlanFile &plan)
    {
        const char *sql[] = {
            "INSERT INTO schools (id, name, kind) VALUES (1, 'Nordlys vgs', 'vgs')",
            "INSERT INTO sites (id, name, kind) VALUES (1, 'Solbakken', 'sykehjem')",
            "INSERT INTO periods (id, name, start_date, end_date) VALUES (1, 'P', '2019-01-01', '2026-12-31')",
            "INSERT INTO students (id, school_id, student_number, given_name, family_name, email, phone, notes,"
            " police_certificate_seen, anonymised) VALUES"
            " (1, 1, 'N1', 'Kari', 'Nordmann', 'kari@example.no', '41234567', 'allergic to cats', '2019-12-01', 0),"
            " (2, 1, 'N2', 'Ola', 'Hansen', '', '', '', NULL, 0),"
            " (3, 1, 'N3', 'Siri', 'Berg', '', '', '', NULL, 0),"
            " (4, 1, 'N4', 'Per', 'Lie', '', '', '', NULL, 0),"
            " (5, 1, 'N5', 'Anne', 'Dahl', '', '', '', NULL, 0),"
            " (6, 1, 'anonym-6', 'Anonymisert', 'Student', '', '', '', NULL, 1)",
            "INSERT INTO placements (id, student_id, site_id, period_id, start_date, end_date, notes) VALUES"
            " (1, 1, 1, 1, '2020-01-06', '2020-03-06', 'Kari was late twice'),"
            " (2, 2, 1, 1, '2020-01-06', '2020-03-06', ''),"
            " (3, 2, 1, 1, '2025-01-06', '2025-03-06', ''),"
            " (4, 3, 1, 1, '2023-05-01', '2023-06-14', ''),"
            " (5, 4, 1, 1, '2023-05-01', '2023-06-15', ''),"
            " (6, 6, 1, 1, '2019-01-07', '2019-02-07', '')",
            "INSERT INTO assessment_meetings (placement_id, kind, participants) VALUES"
            " (1, 'midtveisvurdering', 'Kari Nordmann, Ola Lærer')",
            "INSERT INTO absences (placement_id, date, hours, reason) VALUES (1, '2020-01-10', 7.5, 'annet')",
            "INSERT INTO exclusions (student_id, site_id, reason) VALUES (1, 1, 'mother works there')",
            // who ticked a checklist item: the student's own name, for the items of the student's role
            "INSERT INTO checklist_texts (id, section_nb, text_nb, role) VALUES (9001, 'Før', 'Taushetserklæring', "
            "'student')",
            "INSERT INTO checklist_items (placement_id, text_id, section_pos, position, due_date, done_by, done_at)"
            " VALUES (1, 9001, 0, 0, '2020-01-06', 'Kari Nordmann', '2020-01-06T09:00:00'),"
            " (2, 9001, 0, 0, '2020-01-06', 'Ola Hansen', '2020-01-06T09:00:00')",
        };
        for (const char *s : sql) {
            auto r = plan.exec(QString::fromUtf8(s));
            if (!r)
                qFatal("%s", qPrintable(r.error().toString()));
        }
    }

    static QList<qint64> column(PlanFile &plan, const QString &sql)
    {
        QList<qint64> out;
        auto q = plan.exec(sql);
        while (q->next())
            out << q->value(0).toLongLong();
        return out;
    }

private:
    // New hires whose employment ended more than 3 years ago (before 2023-06-15): 1 ended 2020 (old), 2 ended on
    // the cut-off day (kept), 3 still employed (kept), 4 ended 2021 and mentors 3 (kept when deleting), 5 ended 2021,
    // mentored by 4 and linked to student 1.
    static void fillHires(PlanFile &plan)
    {
        const char *sql[] = {
            "INSERT INTO hires (id, site_id, given_name, family_name, position, start_date, probation_end, end_date,"
            " end_reason, email, phone, student_id) VALUES"
            " (1, 1, 'Eva', 'Aune', 'fast', '2019-08-01', '2020-02-01', '2020-05-31', 'flytting', 'eva@example.no',"
            "  '41111111', NULL),"
            " (2, 1, 'Gro', 'Bakke', 'vikariat', '2022-01-03', '2022-07-03', '2023-06-15', 'annet', '', '', NULL),"
            " (3, 1, 'Ida', 'Dahl', 'fast', '2019-01-07', '2019-07-07', NULL, NULL, '', '', NULL),"
            " (4, 1, 'Kim', 'Eide', 'fast', '2015-01-05', '2015-07-05', '2021-03-31', 'utdanning', '', '', NULL),"
            " (5, 1, 'Liv', 'Foss', 'sommervikar', '2020-06-15', '2020-12-15', '2021-08-15', NULL, 'liv@example.no',"
            "  '', 1)",
            "INSERT INTO mentorships (id, hire_id, mentor_hire_id, start_date, months) VALUES"
            " (1, 3, 4, '2019-01-07', 12), (2, 5, 4, '2020-06-15', 12), (3, 1, 3, '2019-08-01', 12)",
            "INSERT INTO mentor_conversations (mentorship_id, number, planned_date, held_date) VALUES"
            " (1, 1, '2019-01-07', '2019-01-07'), (2, 1, '2020-06-15', NULL), (3, 1, '2019-08-01', '2019-08-02')",
        };
        for (const char *s : sql) {
            auto r = plan.exec(QString::fromUtf8(s));
            if (!r)
                qFatal("%s", qPrintable(r.error().toString()));
        }
    }

private slots:
    void hiresAnonymised()
    {
        test::TempPlan t;
        fill(t.plan());
        fillHires(t.plan());
        auto preview = Purge::preview(t.plan(), 3, Purge::Mode::Anonymise, today);
        QVERIFY(preview.ok());
        QCOMPARE(preview->hireIds, (QList<qint64>{1, 4, 5}));
        QCOMPARE(preview->hireNames, (QStringList{QStringLiteral("Eva Aune (new hire, Solbakken)"),
                                                  QStringLiteral("Kim Eide (new hire, Solbakken)"),
                                                  QStringLiteral("Liv Foss (new hire, Solbakken)")}));
        auto run = Purge::run(t.plan(), 3, Purge::Mode::Anonymise, today);
        QVERIFY(run.ok());
        QCOMPARE(run->hireIds, (QList<qint64>{1, 4, 5}));
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT given_name || ' ' || family_name || email || phone FROM "
                                                       "hires WHERE id = 1"))
                     .toString(),
                 QStringLiteral("Anonymisert Nytilsatt"));
        // the figures keep what they count: site, post, dates, end reason, the link, the mentorships
        QCOMPARE(
            test::scalar(t.plan(), QStringLiteral("SELECT position || end_date || end_reason FROM hires WHERE id = 1"))
                .toString(),
            QStringLiteral("fast2020-05-31flytting"));
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT student_id FROM hires WHERE id = 5")).toInt(), 1);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM mentorships")).toInt(), 3);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT given_name FROM hires WHERE id = 2")).toString(),
                 QStringLiteral("Gro"));
        // not counted again
        QVERIFY(Purge::preview(t.plan(), 3, Purge::Mode::Anonymise, today)->hireIds.isEmpty());
        auto log = ChangeLog::entries(t.plan(), -1, QStringLiteral("hire"));
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().summary, QStringLiteral("3 records: 1, 4, 5"));
    }

    void hiresDeleted()
    {
        test::TempPlan t;
        fill(t.plan());
        fillHires(t.plan());
        auto run = Purge::run(t.plan(), 3, Purge::Mode::Delete, today);
        QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().toString()));
        // Kim (4) mentors Ida (3), who stays: Kim stays too
        QCOMPARE(run->hireIds, (QList<qint64>{1, 5}));
        QCOMPARE(column(t.plan(), QStringLiteral("SELECT id FROM hires ORDER BY id")), (QList<qint64>{2, 3, 4}));
        // their mentorships and conversations went with them; Ida's stays
        QCOMPARE(column(t.plan(), QStringLiteral("SELECT id FROM mentorships ORDER BY id")), QList<qint64>{1});
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM mentor_conversations")).toInt(), 1);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());
    }

    void preview_data()
    {
        QTest::addColumn<int>("years");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QList<qint64>>("students");
        QTest::addColumn<int>("placements");
        QTest::newRow("3 years, delete") << 3 << int(Purge::Mode::Delete) << QList<qint64>{1, 3, 6} << 3;
        QTest::newRow("3 years, anonymise") << 3 << int(Purge::Mode::Anonymise) << QList<qint64>{1, 3} << 2;
        QTest::newRow("6 years, delete") << 6 << int(Purge::Mode::Delete) << QList<qint64>{1, 6} << 2;
        QTest::newRow("8 years") << 8 << int(Purge::Mode::Delete) << QList<qint64>{} << 0;
    }

    void preview()
    {
        QFETCH(int, years);
        QFETCH(int, mode);
        QFETCH(QList<qint64>, students);
        QFETCH(int, placements);
        test::TempPlan t;
        fill(t.plan());
        auto r = Purge::preview(t.plan(), years, Purge::Mode(mode), today);
        QVERIFY(r.ok());
        QCOMPARE(r->studentIds, students);
        QCOMPARE(r->placements, placements);
        // the names for the preview: one each, by family name
        QCOMPARE(r->names.size(), students.size());
        for (int i = 1; i < r->names.size(); ++i) {
            const auto family = [](const QString &name) { return name.section(u' ', 1, 1); };
            QVERIFY2(family(r->names.at(i - 1)) <= family(r->names.at(i)), qPrintable(r->names.join(u"; ")));
        }
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM students")).toInt(), 6); // nothing changed
    }

    void refusesLessThanAYear()
    {
        test::TempPlan t;
        auto r = Purge::preview(t.plan(), 0, Purge::Mode::Delete, today);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
    }

    void anonymise()
    {
        test::TempPlan t;
        fill(t.plan());
        const qint64 since =
            test::scalar(t.plan(), QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")).toLongLong();
        auto r = Purge::run(t.plan(), 3, Purge::Mode::Anonymise, today);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->studentIds, (QList<qint64>{1, 3}));

        // Nothing personal is left of student 1 anywhere.
        auto q = t->exec(QStringLiteral("SELECT given_name, family_name, student_number, email, phone, notes,"
                                        " police_certificate_seen, anonymised FROM students WHERE id = 1"));
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("Anonymisert"));
        QCOMPARE(q->value(1).toString(), QStringLiteral("Student"));
        QCOMPARE(q->value(2).toString(), QStringLiteral("anonym-1"));
        for (int i = 3; i <= 5; ++i)
            QCOMPARE(q->value(i).toString(), QString());
        QVERIFY(q->value(6).isNull());
        QCOMPARE(q->value(7).toInt(), 1);
        q->finish();
        const QStringList personal = {QStringLiteral("Kari"),     QStringLiteral("Nordmann"), QStringLiteral("kari@"),
                                      QStringLiteral("41234567"), QStringLiteral("cats"),     QStringLiteral("mother")};
        const QString everything =
            test::scalar(
                t.plan(),
                QStringLiteral("SELECT (SELECT group_concat(given_name || family_name || student_number || email"
                               " || phone || notes) FROM students) || (SELECT group_concat(notes) FROM placements)"
                               " || (SELECT group_concat(participants) FROM assessment_meetings)"
                               " || coalesce((SELECT group_concat(reason) FROM exclusions), '')"
                               " || (SELECT group_concat(done_by) FROM checklist_items)"))
                .toString();
        for (const QString &p : personal)
            QVERIFY2(!everything.contains(p), qPrintable(p));

        // Placements, meetings and absences stay for statistics; other students are untouched.
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM placements")).toInt(), 6);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM absences")).toInt(), 1);
        QCOMPARE(
            test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM checklist_items WHERE done_at IS NOT NULL"))
                .toInt(),
            2); // a ticked item stays ticked, only the name goes
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT given_name FROM students WHERE id = 2")).toString(),
                 QStringLiteral("Ola"));
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT done_by FROM checklist_items WHERE placement_id = 2"))
                     .toString(),
                 QStringLiteral("Ola Hansen"));
        QCOMPARE(column(t.plan(), QStringLiteral("SELECT id FROM students WHERE anonymised = 1 ORDER BY id")),
                 (QList<qint64>{1, 3, 6}));

        // Logged, without names.
        QCOMPARE(test::scalar(t.plan(),
                              QStringLiteral("SELECT count(*) FROM change_log WHERE id > ? AND entity = 'student'"
                                             " AND action = 'updated' AND summary = '2 records: 1, 3'"),
                              {since})
                     .toInt(),
                 1);
        // A second run finds nobody new.
        auto again = Purge::run(t.plan(), 3, Purge::Mode::Anonymise, today);
        QVERIFY(again.ok());
        QVERIFY(again->studentIds.isEmpty());
    }

    void deleteWithEverythingOfTheirs()
    {
        test::TempPlan t;
        fill(t.plan());
        auto r = Purge::run(t.plan(), 3, Purge::Mode::Delete, today);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->placements, 3);
        QCOMPARE(column(t.plan(), QStringLiteral("SELECT id FROM students ORDER BY id")), (QList<qint64>{2, 4, 5}));
        QCOMPARE(column(t.plan(), QStringLiteral("SELECT id FROM placements ORDER BY id")), (QList<qint64>{2, 3, 5}));
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM assessment_meetings")).toInt(), 0);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM absences")).toInt(), 0);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM exclusions")).toInt(), 0);
        QVERIFY(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'placement'"
                                                      " AND action = 'removed' AND summary = '3 records: 1, 4, 6'"))
                    .toInt() == 1);
        QVERIFY(!t->exec(QStringLiteral("PRAGMA foreign_key_check"))->next());
    }

    void manyStudentsInChunks()
    {
        test::TempPlan t;
        fill(t.plan());
        Transaction tx(t.plan());
        for (int i = 100; i < 1300; ++i) {
            QVERIFY(
                t->exec(QStringLiteral("INSERT INTO students (id, school_id, student_number, given_name, family_name)"
                                       " VALUES (?, 1, ?, 'A', 'B')"),
                        {i, QStringLiteral("M%1").arg(i)})
                    .ok());
            QVERIFY(
                t->exec(QStringLiteral("INSERT INTO placements (student_id, site_id, period_id, start_date, end_date)"
                                       " VALUES (?, 1, 1, '2019-02-01', '2019-03-01')"),
                        {i})
                    .ok());
        }
        QVERIFY(tx.commit().ok());
        auto r = Purge::run(t.plan(), 3, Purge::Mode::Anonymise, today);
        QVERIFY(r.ok());
        QCOMPARE(r->studentIds.size(), 1202);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM students WHERE anonymised = 0")).toInt(),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestPurge)
#include "tst_purge.moc"
