#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "model/Kinds.h"
#include "recruitment/HireRepository.h"
#include "recruitment/MentorRepository.h"
#include "recruitment/MentorSchedule.h"
#include "storage/PlanFile.h"
#include "storage/PlanSettings.h"

#include "model/Validation.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>

using namespace praksis;

namespace {

const QDate fixedToday(2026, 11, 23);

DemoSummary generate(PlanFile &plan, quint32 seed, int students, QDate today = fixedToday)
{
    DemoOptions o;
    o.seed = seed;
    o.students = students;
    o.today = today;
    auto r = DemoGenerator::generate(plan, o);
    if (!r)
        qFatal("demo: %s", qPrintable(r.error().toString()));
    return r.value();
}

int count(PlanFile &plan, const QString &sql)
{
    return test::scalar(plan, sql).toInt();
}

// Every row of every table, as text, sorted: two plans with the same dump hold the same data.
QStringList dump(PlanFile &plan)
{
    QStringList tables;
    // change_log records when (the clock) and who, which no seed decides.
    auto q = plan.exec(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'change_log' ORDER BY name"));
    while (q->next())
        tables << q->value(0).toString();
    QStringList out;
    for (const QString &t : std::as_const(tables)) {
        auto rows = plan.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t));
        QStringList lines;
        while (rows->next()) {
            QStringList cells;
            for (int i = 0; i < rows->record().count(); ++i)
                cells << (rows->isNull(i) ? QStringLiteral("NULL") : rows->value(i).toString());
            lines << t + QLatin1Char('|') + cells.join(QLatin1Char('|'));
        }
        // the plan's own random id (PlanSettings::planUid) is the plan's identity, which no seed decides either
        lines.removeIf([](const QString &l) { return l.startsWith(QStringLiteral("settings|plan/uid|")); });
        lines.sort();
        out << lines;
    }
    return out;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void countsAtSmallScale()
    {
        test::TempPlan t;
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        const DemoSummary s = generate(t.plan(), 7, 200);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM students")), 200);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM sites")), 20);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM supervisors")), 60);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM periods")), 20);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM placements")), 2000);
        QVERIFY(count(t.plan(), QStringLiteral("SELECT count(*) FROM schools")) >= 10);
        QVERIFY(count(t.plan(), QStringLiteral("SELECT count(*) FROM preferences")) > 0);
        QVERIFY(count(t.plan(), QStringLiteral("SELECT count(*) FROM absences")) > 0);
        QVERIFY(count(t.plan(), QStringLiteral("SELECT count(*) FROM assessment_meetings")) > 0);
        QVERIFY(count(t.plan(), QStringLiteral("SELECT count(*) FROM period_programmes")) >= 20);
        QVERIFY(count(t.plan(), QStringLiteral("SELECT count(*) FROM period_site_kinds")) >= 20);
        // the summary tells what is in the plan
        QCOMPARE(s.placements, 2000);
        QCOMPARE(s.students, 200);
        QCOMPARE(s.meetings, count(t.plan(), QStringLiteral("SELECT count(*) FROM assessment_meetings")));
        QCOMPARE(s.absences, count(t.plan(), QStringLiteral("SELECT count(*) FROM absences")));
        // announced after the commit: everything changed
        QVERIFY(spy.count() >= 1);
        const auto change = spy.constLast().at(0).value<Change>();
        QCOMPARE(change.entity, Entity::All);
        QCOMPARE(change.kind, Change::Kind::Reset);
        QVERIFY(!PlanSettings(t.plan()).value(PlanSettings::organisationName).isEmpty());
    }

    void scaleRelations_data()
    {
        QTest::addColumn<int>("students");
        QTest::newRow("100") << 100;
        QTest::newRow("400") << 400;
        QTest::newRow("1000") << 1000;
    }
    void scaleRelations()
    {
        QFETCH(int, students);
        test::TempPlan t;
        generate(t.plan(), 3, students);
        const int sites = count(t.plan(), QStringLiteral("SELECT count(*) FROM sites"));
        QCOMPARE(sites, students / 10);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM supervisors")), 3 * sites);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM periods")), 20);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM placements")), 10 * students);
        // every site has at least one supervisor
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM sites WHERE id NOT IN "
                                                "(SELECT site_id FROM supervisors)")),
                 0);
    }

    // New hires (PRODUCT.md section 10): former students come back as summer temps and in posts, mostly at a site
    // where they had a placement; mentored hires stay more often; some conversations held, some overdue.
    void realisticHires()
    {
        test::TempPlan t;
        const DemoSummary s = generate(t.plan(), 3, 2000);
        PlanFile &plan = t.plan();
        QVERIFY2(s.hires > 100, qPrintable(QString::number(s.hires)));
        QCOMPARE(count(plan, QStringLiteral("SELECT count(*) FROM hires")), s.hires);
        QCOMPARE(count(plan, QStringLiteral("SELECT count(*) FROM mentorships")), s.mentorships);
        QCOMPARE(count(plan, QStringLiteral("SELECT count(*) FROM mentor_conversations")), s.mentorConversations);
        const int summer = count(plan, QStringLiteral("SELECT count(*) FROM hires WHERE position = 'sommervikar'"));
        const int posts = s.hires - summer;
        QVERIFY(summer > 20 && posts > 20);
        // former students: linked ones (most) hired after a placement that ended before, at a site where they had
        // one for most of them
        const int linked = count(plan, QStringLiteral("SELECT count(*) FROM hires WHERE student_id IS NOT NULL"));
        const int atTheirSite = count(plan, QStringLiteral("SELECT count(*) FROM hires h WHERE EXISTS (SELECT 1 FROM "
                                                           "placements p WHERE p.student_id = h.student_id AND "
                                                           "p.site_id = h.site_id AND p.status <> 'cancelled')"));
        QVERIFY2(atTheirSite * 2 > linked, qPrintable(QStringLiteral("%1 of %2").arg(atTheirSite).arg(linked)));
        QCOMPARE(count(plan, QStringLiteral("SELECT count(*) FROM hires h WHERE student_id IS NOT NULL AND NOT EXISTS "
                                            "(SELECT 1 FROM placements p WHERE p.student_id = h.student_id AND "
                                            "p.end_date < h.start_date AND p.status <> 'cancelled')")),
                 0);
        // some came back in a post after a summer job
        QVERIFY(count(plan, QStringLiteral("SELECT count(*) FROM hires a JOIN hires b ON a.student_id = b.student_id "
                                           "WHERE a.position = 'sommervikar' AND b.position <> 'sommervikar' AND "
                                           "b.start_date > a.end_date")) > 5);
        // some left in probation; the mentored stay more often in their first year
        QVERIFY(count(plan, QStringLiteral("SELECT count(*) FROM hires WHERE position <> 'sommervikar' AND "
                                           "end_date <= probation_end")) > 3);
        const auto leftRate = [&](const char *mentored) {
            const QString base = QStringLiteral("FROM hires h WHERE position <> 'sommervikar' AND start_date <= '%1' "
                                                "AND %2 EXISTS (SELECT 1 FROM mentorships m WHERE m.hire_id = h.id)")
                                     .arg(fixedToday.addYears(-1).toString(Qt::ISODate), QLatin1String(mentored));
            const double all = count(plan, QStringLiteral("SELECT count(*) ") + base);
            const double left = count(plan, QStringLiteral("SELECT count(*) ") + base +
                                                QStringLiteral(" AND end_date < date(start_date, '+12 months')"));
            return all > 0 ? left / all : 0.0;
        };
        QVERIFY2(leftRate("") * 2 < leftRate("NOT"),
                 qPrintable(QStringLiteral("%1 vs %2").arg(leftRate("")).arg(leftRate("NOT"))));
        // end reasons only from the list, only with an end; summer temps have none
        QCOMPARE(count(plan, QStringLiteral("SELECT count(*) FROM hires WHERE end_reason IS NOT NULL AND end_date IS "
                                            "NULL")),
                 0);
        // conversations: held ones before today, some overdue, none held in the future
        const QString today = fixedToday.toString(Qt::ISODate);
        QVERIFY(count(plan, QStringLiteral("SELECT count(*) FROM mentor_conversations WHERE held_date IS NOT NULL")) >
                100);
        QCOMPARE(
            count(plan, QStringLiteral("SELECT count(*) FROM mentor_conversations WHERE held_date >= '%1'").arg(today)),
            0);
        const int overdue =
            count(plan, QStringLiteral("SELECT count(*) FROM mentor_conversations c JOIN mentorships m ON m.id = "
                                       "c.mentorship_id WHERE c.held_date IS NULL AND c.planned_date < '%1' AND "
                                       "(m.ended_on IS NULL OR c.planned_date <= m.ended_on)")
                            .arg(today));
        QVERIFY(overdue > 0);
        QVERIFY2(overdue * 10 < s.mentorConversations, qPrintable(QString::number(overdue)));
        // every hire and mentorship passes the repositories' own rules
        HireRepository hires(plan);
        MentorRepository mentors(plan);
        const QList<Hire> all = hires.list().value();
        for (const Hire &h : all) {
            const auto valid = hires.validate(h);
            QVERIFY2(valid.ok(), valid.ok() ? "" : qPrintable(valid.error().message));
        }
        auto q = plan.exec(QStringLiteral("SELECT id FROM mentorships"));
        while (q->next()) {
            const Mentorship m = mentors.get(q->value(0).toLongLong()).value();
            QVERIFY2(mentors.validate(m).ok(), qPrintable(mentors.validate(m).error().message));
            const QList<MentorConversation> c = mentors.conversations(m.id).value();
            QCOMPARE(c.size(), MentorSchedule::count(m.start, m.months));
        }
    }

    void sameSeedSamePlan()
    {
        test::TempPlan a, b;
        generate(a.plan(), 42, 300);
        generate(b.plan(), 42, 300);
        const QStringList da = dump(a.plan());
        QVERIFY(da.size() > 3000);
        QCOMPARE(da, dump(b.plan()));
    }

    void differentSeedDifferentPlan()
    {
        test::TempPlan a, b;
        generate(a.plan(), 1, 300);
        generate(b.plan(), 2, 300);
        QVERIFY(dump(a.plan()) != dump(b.plan()));
    }

    void organisationNumbersValid()
    {
        test::TempPlan t;
        generate(t.plan(), 1, 100);
        auto q = t->exec(QStringLiteral("SELECT name, org_number FROM schools WHERE org_number <> ''"));
        int n = 0;
        while (q->next()) {
            ++n;
            const QString number = q->value(1).toString();
            QVERIFY2(number.size() == 9, qPrintable(q->value(0).toString()));
            QVERIFY2(Validation::isValidOrganisationNumber(number), qPrintable(q->value(0).toString()));
        }
        QVERIFY(n >= 6);
    }

    void municipalityNumbersAreFourDigits()
    {
        test::TempPlan t;
        generate(t.plan(), 1, 300);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM sites WHERE municipality_number NOT GLOB "
                                                "'[0-9][0-9][0-9][0-9]' OR municipality = ''")),
                 0);
        auto q = t->exec(QStringLiteral("SELECT DISTINCT municipality_number FROM sites"));
        while (q->next())
            QVERIFY2(!Validation::municipalityNumber(q->value(0).toString(), Validation::Presence::Required),
                     qPrintable(q->value(0).toString()));
        // Oslo is 0301 (a leading zero that must survive as text)
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT DISTINCT municipality_number FROM sites WHERE "
                                                       "municipality = 'Oslo'"))
                     .toString(),
                 QStringLiteral("0301"));
    }

    void rulesAreMostlyKept()
    {
        test::TempPlan t;
        const DemoSummary s = generate(t.plan(), 5, 1000);
        // never at an excluded site
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM placements p JOIN exclusions e "
                                                "ON e.student_id = p.student_id AND e.site_id = p.site_id")),
                 0);
        QVERIFY(count(t.plan(), QStringLiteral("SELECT count(*) FROM exclusions")) > 0);
        // referential integrity
        auto fk = t->exec(QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(fk.ok());
        QVERIFY(!fk->next());
        // a student never has two placements at the same date
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM placements a JOIN placements b "
                                                "ON a.student_id = b.student_id AND a.id < b.id "
                                                "AND a.start_date <= b.end_date AND b.start_date <= a.end_date")),
                 0);
        // outside its period: only the deliberate conflicts, a handful
        const int outside = count(t.plan(), QStringLiteral("SELECT count(*) FROM placements p JOIN periods d "
                                                           "ON d.id = p.period_id WHERE p.start_date < d.start_date "
                                                           "OR p.end_date > d.end_date"));
        QVERIFY(outside >= 1);
        QVERIFY(outside <= s.deliberateConflicts);
        // a site kind not eligible in the period: only deliberate conflicts
        const int ineligible = count(t.plan(), QStringLiteral("SELECT count(*) FROM placements p JOIN sites s "
                                                              "ON s.id = p.site_id WHERE NOT EXISTS (SELECT 1 FROM "
                                                              "period_site_kinds k WHERE k.period_id = p.period_id "
                                                              "AND k.kind = s.kind)"));
        QVERIFY(ineligible >= 1);
        QVERIFY(ineligible <= s.deliberateConflicts);
        QVERIFY(s.deliberateConflicts < 20);
        // supervisors belong to the placement's site
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM placements p JOIN supervisors v "
                                                "ON v.id = p.supervisor_id WHERE v.site_id <> p.site_id")),
                 0);
    }

    void statusesFollowToday()
    {
        test::TempPlan t;
        const DemoSummary s = generate(t.plan(), 9, 400);
        const QString today = fixedToday.toString(Qt::ISODate);
        // completed only in the past, ongoing only today, planned/confirmed only ahead
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM placements WHERE status = 'completed' "
                                                "AND end_date >= '%1'")
                                     .arg(today)),
                 0);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM placements WHERE status = 'ongoing' "
                                                "AND NOT (start_date <= '%1' AND end_date >= '%1')")
                                     .arg(today)),
                 0);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM placements WHERE status IN "
                                                "('planned', 'confirmed') AND start_date <= '%1'")
                                     .arg(today)),
                 0);
        QVERIFY(count(t.plan(), QStringLiteral("SELECT count(*) FROM placements WHERE status = 'completed'")) > 0);
        QVERIFY(count(t.plan(), QStringLiteral("SELECT count(*) FROM placements WHERE status = 'ongoing'")) > 0);
        QVERIFY(count(t.plan(), QStringLiteral("SELECT count(*) FROM placements WHERE status IN "
                                               "('planned', 'confirmed')")) > 0);
        // no absence recorded in the future; meetings are held only on days that have passed
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM absences WHERE date > '%1'").arg(today)), 0);
        QCOMPARE(count(t.plan(),
                       QStringLiteral("SELECT count(*) FROM assessment_meetings WHERE held_date >= '%1'").arg(today)),
                 0);

        // welcome checklists for the placements of periods that have not ended, none for completed history
        QVERIFY(s.checklists > 0);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(DISTINCT placement_id) FROM checklist_items")),
                 s.checklists);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM checklist_items c JOIN placements p ON p.id = "
                                                "c.placement_id JOIN periods d ON d.id = p.period_id WHERE "
                                                "d.end_date < '%1'")
                                     .arg(today)),
                 0);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM placements p JOIN periods d ON d.id = "
                                                "p.period_id WHERE d.end_date >= '%1' AND p.status <> 'cancelled' "
                                                "AND NOT EXISTS (SELECT 1 FROM checklist_items c WHERE "
                                                "c.placement_id = p.id)")
                                     .arg(today)),
                 0);
        // items due before today are mostly ticked off, none due later
        QVERIFY(count(t.plan(), QStringLiteral("SELECT count(*) FROM checklist_items WHERE done_at IS NOT NULL")) > 0);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM checklist_items WHERE done_at IS NOT NULL "
                                                "AND due_date >= '%1'")
                                     .arg(today)),
                 0);

        // the period to plan starts after today and has students of its programmes without a placement
        QVERIFY(s.unplaced > 0);
        const QVariant start =
            test::scalar(t.plan(), QStringLiteral("SELECT start_date FROM periods WHERE name = ?"), {s.planningPeriod});
        QVERIFY(start.toString() > today);
        const int withoutPlacement =
            count(t.plan(), QStringLiteral("SELECT count(*) FROM students st JOIN periods d ON d.name = '%1' "
                                           "JOIN period_programmes pp ON pp.period_id = d.id AND pp.programme_id = "
                                           "st.programme_id WHERE NOT EXISTS (SELECT 1 FROM placements p WHERE "
                                           "p.student_id = st.id AND p.period_id = d.id)")
                                .arg(s.planningPeriod));
        QCOMPARE(withoutPlacement, s.unplaced);
    }

    // A neighbourhood (places.txt: "name;municipality number") names only sites of its own municipality:
    // no "Hjemmesykepleien Nordstrand" in Lillehammer.
    void placesBelongToTheirMunicipality_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << quint32(1);
        QTest::newRow("seed 9") << quint32(9);
    }
    void placesBelongToTheirMunicipality()
    {
        QFETCH(quint32, seed);
        QFile f(QStringLiteral(":/praksis/demo/places.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QHash<QString, QString> home; // neighbourhood -> its municipality number
        for (const QString &raw : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            const QStringList fields = raw.trimmed().split(QLatin1Char(';'));
            if (fields.size() == 2 && !fields.at(0).startsWith(QLatin1Char('#')))
                home.insert(fields.at(0), fields.at(1));
        }
        QVERIFY(home.size() >= 50);
        QVERIFY(home.contains(QStringLiteral("Nordstrand")));

        test::TempPlan t;
        generate(t.plan(), seed, 2000);
        auto q = t->exec(QStringLiteral("SELECT name, unit, municipality_number, municipality FROM sites"));
        int sites = 0, withNeighbourhood = 0;
        while (q->next()) {
            ++sites;
            const QString text = q->value(0).toString() + QStringLiteral(" / ") + q->value(1).toString();
            bool named = false;
            for (auto it = home.cbegin(); it != home.cend(); ++it) {
                const QRegularExpression word(
                    QStringLiteral("(?<!\\p{L})%1(?!\\p{L})").arg(QRegularExpression::escape(it.key())));
                if (!word.match(text).hasMatch())
                    continue;
                named = true;
                QVERIFY2(it.value() == q->value(2).toString(),
                         qPrintable(QStringLiteral("%1 in %2").arg(text, q->value(3).toString())));
            }
            withNeighbourhood += named ? 1 : 0;
        }
        QCOMPARE(sites, 200);
        QVERIFY(withNeighbourhood >= 20); // the neighbourhoods are used, only in the right places
    }

    void kindsAreKnownIdentifiers()
    {
        test::TempPlan t;
        generate(t.plan(), 11, 200);
        auto q = t->exec(QStringLiteral("SELECT DISTINCT kind FROM sites"));
        int kinds = 0;
        while (q->next()) {
            QVERIFY(fromId<SiteKind>(q->value(0).toString()).has_value());
            ++kinds;
        }
        QVERIFY(kinds >= 4);
        QVERIFY(count(t.plan(), QStringLiteral("SELECT count(DISTINCT kind) FROM programmes")) >= 4);
    }

    void refusesPlanWithData()
    {
        test::TempPlan t;
        QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('Egen skole', 'vgs')")).ok());
        DemoOptions o;
        o.students = 100;
        auto r = DemoGenerator::generate(t.plan(), o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM schools")), 1);
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM students")), 0);
    }

    void cancelWritesNothing()
    {
        test::TempPlan t;
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        DemoOptions o;
        o.students = 500;
        o.today = fixedToday;
        qint64 calls = 0;
        auto r = DemoGenerator::generate(t.plan(), o, [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QVERIFY(calls >= 2);
        QCOMPARE(spy.count(), 0);
        for (const char *table : {"schools", "students", "sites", "placements"})
            QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
        // no setting either, beyond the plan's own id that every plan has from the start
        QCOMPARE(count(t.plan(), QStringLiteral("SELECT count(*) FROM settings WHERE key <> 'plan/uid'")), 0);
        // and the plan can be filled afterwards
        QCOMPARE(generate(t.plan(), 1, 100).students, 100);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
