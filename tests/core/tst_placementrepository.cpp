#include "ResultAssert.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "followup/FollowUp.h"
#include "followup/MeetingRepository.h"
#include "model/Validation.h"
#include "storage/PlacementLookup.h"
#include "placements/PlacementService.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace praksis;
using namespace Qt::StringLiterals;

using PlacementEdit = std::function<void(Placement &, const test::SmallPlan &)>;
Q_DECLARE_METATYPE(PlacementEdit)

class TestPlacementRepository : public QObject
{
    Q_OBJECT

    static Placement newPlacement(const test::SmallPlan &w)
    {
        Placement p;
        p.studentId = w.kari;
        p.siteId = w.solbakken;
        p.supervisorId = w.anne;
        p.periodId = w.autumn;
        p.notes = u"Starts with a tour"_s;
        return p;
    }

private slots:
    void roundTripWithPeriodDates()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PlacementService repo(t.plan());
        auto id = repo.insert(newPlacement(w));
        PRAKSIS_VERIFY_OK(id);
        t.reopen();
        PlacementService again(t.plan());
        auto got = again.get(id.value());
        PRAKSIS_VERIFY_OK(got);
        QCOMPARE(got->start, QDate(2026, 8, 24)); // the period's dates
        QCOMPARE(got->end, QDate(2026, 10, 16));
        QCOMPARE(got->status, PlacementStatus::Planned);
        QCOMPARE(got->notes, u"Starts with a tour"_s);
        QVERIFY(got->locked);

        Placement changed = got.value();
        changed.start = QDate(2026, 9, 1);
        changed.supervisorId = 0;
        changed.status = PlacementStatus::Confirmed;
        PRAKSIS_VERIFY_OK(again.update(changed));
        QCOMPARE(again.get(id.value()).value(), changed);
    }

    void outsideThePeriodIsStored()
    {
        // a conflict for the planner, not an error
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        Placement p = newPlacement(w);
        p.start = QDate(2027, 1, 4);
        p.end = QDate(2027, 2, 26);
        PRAKSIS_VERIFY_OK(PlacementService(t.plan()).insert(p));
    }

    void validation_data()
    {
        QTest::addColumn<PlacementEdit>("edit");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        QTest::newRow("no student") << PlacementEdit([](Placement &p, const test::SmallPlan &) { p.studentId = 99; })
                                    << u"The placement has no student: student 99 does not exist."_s << u"Student"_s;
        QTest::newRow("no site") << PlacementEdit([](Placement &p, const test::SmallPlan &) { p.siteId = 99; })
                                 << u"The placement of Kari Nordmann has no site: site 99 does not exist."_s
                                 << u"Site"_s;
        QTest::newRow("no period") << PlacementEdit([](Placement &p, const test::SmallPlan &) { p.periodId = 99; })
                                   << u"The placement of Kari Nordmann has no period: period 99 does not exist."_s
                                   << u"Period"_s;
        QTest::newRow("no supervisor") << PlacementEdit(
                                              [](Placement &p, const test::SmallPlan &) { p.supervisorId = 99; })
                                       << u"Supervisor 99 does not exist."_s << u"Supervisor"_s;
        QTest::newRow("supervisor elsewhere")
            << PlacementEdit([](Placement &p, const test::SmallPlan &w) { p.supervisorId = w.per; })
            << u"Per Olsen works at Fjellheim, not at Solbakken sykehjem, Avdeling 2, so she cannot supervise this "
               u"placement."_s
            << u"Supervisor"_s;
        QTest::newRow("end before start") << PlacementEdit([](Placement &p, const test::SmallPlan &) {
            p.start = QDate(2026, 9, 10);
            p.end = QDate(2026, 9, 1);
        }) << Validation::dateOrder(QDate(2026, 9, 10), QDate(2026, 9, 1))->message
                                          << u"End"_s;
    }

    void validation()
    {
        QFETCH(PlacementEdit, edit);
        QFETCH(QString, message);
        QFETCH(QString, field);
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PlacementService repo(t.plan());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        Placement p = newPlacement(w);
        edit(p, w);
        auto r = repo.insert(p);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().message, message);
        QCOMPARE(r.error().field, field);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM placements"_s).toInt(), 0);

        auto stored = repo.insert(newPlacement(w));
        PRAKSIS_VERIFY_OK(stored);
        p.id = stored.value();
        if (!p.start.isValid())
            p.start = QDate(2026, 8, 24), p.end = QDate(2026, 10, 16);
        auto u = repo.update(p);
        QVERIFY(!u);
        QCOMPARE(u.error().message, message);
    }

    void lists()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PlacementService repo(t.plan());
        const qint64 a = repo.insert(newPlacement(w)).value();
        Placement other = newPlacement(w);
        other.studentId = w.ola;
        other.siteId = w.fjellheim;
        other.supervisorId = w.per;
        other.start = QDate(2026, 9, 14);
        other.end = QDate(2026, 10, 9);
        const qint64 b = repo.insert(other).value();
        const auto ids = [](const Result<QList<Placement>> &r) {
            QList<qint64> out;
            for (const Placement &p : r.value())
                out << p.id;
            return out;
        };
        QCOMPARE(ids(repo.list()), (QList<qint64>{a, b}));
        QCOMPARE(ids(repo.listByPeriod(w.autumn)), (QList<qint64>{a, b}));
        QCOMPARE(ids(repo.listByStudent(w.ola)), QList<qint64>{b});
        QCOMPARE(ids(repo.listBySite(w.solbakken)), QList<qint64>{a});
        QCOMPARE(ids(repo.listBySupervisor(w.per)), QList<qint64>{b});
        QCOMPARE(ids(repo.listOverlapping(QDate(2026, 8, 1), QDate(2026, 9, 1))), QList<qint64>{a});
        QCOMPARE(ids(repo.listOverlapping(QDate(2026, 10, 10), QDate(2026, 12, 1))), QList<qint64>{a});
    }

    void statusOfSeveral()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PlacementService repo(t.plan());
        const qint64 a = repo.insert(newPlacement(w)).value();
        Placement other = newPlacement(w);
        other.studentId = w.ola;
        const qint64 b = repo.insert(other).value();
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto before = repo.setStatus({a, b}, PlacementStatus::Confirmed);
        PRAKSIS_VERIFY_OK(before);
        QCOMPARE(before->size(), 2);
        QCOMPARE(before->at(0).status, PlacementStatus::Planned);
        QCOMPARE(repo.get(a)->status, PlacementStatus::Confirmed);
        QCOMPARE(repo.get(b)->status, PlacementStatus::Confirmed);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().ids, (QList<qint64>{a, b}));
        // a missing id changes nothing
        spy.clear();
        QVERIFY(!repo.setStatus({a, 999}, PlacementStatus::Cancelled));
        QCOMPARE(repo.get(a)->status, PlacementStatus::Confirmed);
        QCOMPARE(spy.count(), 0);
    }

    void removeWithDetailsAndRestore()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PlacementService repo(t.plan());
        const qint64 id = repo.insert(newPlacement(w)).value();
        // a new placement has its meetings planned as the follow-up rule proposes; planned ones are not worth a
        // question, a held one is
        const Placement made = repo.get(id).value();
        const QList<ProposedMeeting> proposed =
            FollowUp::proposedMeetings(made.start, made.end, ProgrammeKind::Sykepleie);
        QVERIFY(!proposed.isEmpty());
        QCOMPARE(
            test::scalar(t.plan(), u"SELECT count(*) FROM assessment_meetings WHERE placement_id = ?"_s, {id}).toInt(),
            proposed.size());
        QCOMPARE(test::scalar(t.plan(),
                              u"SELECT planned_date FROM assessment_meetings WHERE placement_id = ? AND kind = ?"_s,
                              {id, toId(proposed.first().kind)})
                     .toString(),
                 proposed.first().date.toString(Qt::ISODate));
        PRAKSIS_VERIFY_OK(repo.dependents(id));
        QCOMPARE(repo.dependents(id)->text(), QString());
        // details another part of core writes
        QVERIFY(t->exec(u"UPDATE assessment_meetings SET held_date = planned_date WHERE id = "
                        u"(SELECT min(id) FROM assessment_meetings WHERE placement_id = ?)"_s,
                        {id}));
        QVERIFY(t->exec(u"INSERT INTO absences (placement_id, date, hours, reason) VALUES (?, '2026-09-02', 7.5, "
                        u"'sykdom')"_s,
                        {id}));
        QVERIFY(t->exec(u"INSERT INTO absences (placement_id, date, hours, reason) VALUES (?, '2026-09-03', 4, "
                        u"'annet')"_s,
                        {id}));
        // a new placement has its welcome checklist; untouched items are not worth a question
        const int checklistItems =
            test::scalar(t.plan(), u"SELECT count(*) FROM checklist_items WHERE placement_id = ?"_s, {id}).toInt();
        QVERIFY(checklistItems > 0);
        PRAKSIS_VERIFY_OK(repo.dependents(id));
        QCOMPARE(repo.dependents(id)->text(), u"1 assessment meeting, 2 absence records"_s);
        QVERIFY(t->exec(u"UPDATE checklist_items SET done_by = 'kari', done_at = '2026-08-10T10:00:00' WHERE id = "
                        u"(SELECT min(id) FROM checklist_items WHERE placement_id = ?)"_s,
                        {id}));
        auto deps = repo.dependents(id);
        PRAKSIS_VERIFY_OK(deps);
        QCOMPARE(deps->text(), u"1 assessment meeting, 2 absence records, 1 ticked checklist item"_s);
        QVERIFY(!deps->hasBlockingRecords());

        auto refused = repo.remove(id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(refused.error().message, u"The placement of Kari Nordmann has 1 assessment meeting, 2 absence "
                                          u"records, 1 ticked checklist item. Deleting it deletes those too; confirm "
                                          u"to go ahead."_s);

        const Placement before = repo.get(id).value();
        const QString meetingsSql = u"SELECT group_concat(kind || ' ' || coalesce(planned_date, '-') || ' ' || "
                                    u"coalesce(held_date, '-'), '; ') FROM (SELECT * FROM assessment_meetings WHERE "
                                    u"placement_id = ? ORDER BY id)"_s;
        const QString meetingsBefore = test::scalar(t.plan(), meetingsSql, {id}).toString();
        QVERIFY(!meetingsBefore.isEmpty());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto removed = repo.remove(id, true);
        PRAKSIS_VERIFY_OK(removed);
        QCOMPARE(removed->record, before);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM absences"_s).toInt(), 0);
        QCOMPARE(spy.last().at(0).value<Change>().entity, Entity::Placement);
        QCOMPARE(spy.last().at(0).value<Change>().kind, Change::Kind::Removed);

        PRAKSIS_VERIFY_OK(repo.restore(removed.value()));
        QCOMPARE(repo.get(id).value(), before);
        // the checklist comes back as it was (one tick), not made anew beside it
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM checklist_items WHERE placement_id = ?"_s, {id}).toInt(),
                 checklistItems);
        QCOMPARE(test::scalar(t.plan(),
                              u"SELECT count(*) FROM checklist_items WHERE placement_id = ? AND done_at IS "
                              u"NOT NULL"_s,
                              {id})
                     .toInt(),
                 1);
        QCOMPARE(test::scalar(t.plan(), u"SELECT sum(hours) FROM absences WHERE placement_id = ?"_s, {id}).toDouble(),
                 11.5);
        // and the meetings as they were, the held one held, none made anew
        QCOMPARE(test::scalar(t.plan(), meetingsSql, {id}).toString(), meetingsBefore);
        // without details no confirmation is needed
        auto plain = repo.insert(newPlacement(w));
        PRAKSIS_VERIFY_OK(repo.remove(plain.value()));
    }

    // When a placement moves, its checklist's due dates and its meetings still on their proposed dates move with it;
    // a meeting planned by hand stays; moving it back restores everything as it was.
    void checklistAndMeetingsFollowTheDates()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PlacementService repo(t.plan());
        const qint64 id = repo.insert(newPlacement(w)).value();
        const Placement was = repo.get(id).value();
        const QString checklistSql = u"SELECT group_concat(due_date, ' ') FROM (SELECT due_date FROM checklist_items "
                                     u"WHERE placement_id = ? ORDER BY section_pos, position)"_s;
        const QString meetingsSql = u"SELECT group_concat(kind || ' ' || planned_date, '; ') FROM (SELECT * FROM "
                                    u"assessment_meetings WHERE placement_id = ? ORDER BY id)"_s;
        const QString checklistBefore = test::scalar(t.plan(), checklistSql, {id}).toString();
        const QString meetingsBefore = test::scalar(t.plan(), meetingsSql, {id}).toString();
        QVERIFY(!checklistBefore.isEmpty());
        // the last meeting planned by hand on another day
        const qint64 byHand =
            test::scalar(t.plan(), u"SELECT max(id) FROM assessment_meetings WHERE placement_id = ?"_s, {id})
                .toLongLong();
        const QString handDate = was.end.addDays(-3).toString(Qt::ISODate);
        QVERIFY(t->exec(u"UPDATE assessment_meetings SET planned_date = ? WHERE id = ?"_s, {handDate, byHand}));
        const QString meetingsHand = test::scalar(t.plan(), meetingsSql, {id}).toString();

        Placement moved = was;
        moved.start = was.start.addDays(7);
        moved.end = was.end.addDays(7);
        PRAKSIS_VERIFY_OK(repo.update(moved));
        // every item a week later (the default template counts from the first day and from the last)
        QStringList expected;
        for (const QString &d : checklistBefore.split(u' '))
            expected << QDate::fromString(d, Qt::ISODate).addDays(7).toString(Qt::ISODate);
        QCOMPARE(test::scalar(t.plan(), checklistSql, {id}).toString(), expected.join(u' '));
        // the proposed meetings on the dates proposed for the new dates, the one planned by hand where it was
        const QList<ProposedMeeting> proposed =
            FollowUp::proposedMeetings(moved.start, moved.end, ProgrammeKind::Sykepleie);
        auto meetings = MeetingRepository(t.plan()).listByPlacement(id);
        PRAKSIS_VERIFY_OK(meetings);
        QCOMPARE(meetings->size(), proposed.size());
        for (const AssessmentMeeting &m : std::as_const(*meetings)) {
            if (m.id == byHand) {
                QCOMPARE(m.plannedDate.toString(Qt::ISODate), handDate);
                continue;
            }
            bool found = false;
            for (const ProposedMeeting &p : proposed)
                found = found || (p.kind == m.kind && p.date == m.plannedDate);
            QVERIFY2(found, qPrintable(m.plannedDate.toString(Qt::ISODate)));
        }
        QVERIFY(test::scalar(t.plan(), meetingsSql, {id}).toString() != meetingsHand);

        // and back (as Undo does)
        PRAKSIS_VERIFY_OK(repo.update(was));
        QCOMPARE(test::scalar(t.plan(), checklistSql, {id}).toString(), checklistBefore);
        QCOMPARE(test::scalar(t.plan(), meetingsSql, {id}).toString(), meetingsHand);
        QVERIFY(meetingsHand != meetingsBefore);
    }

    void lookupRows()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PlacementService repo(t.plan());
        const qint64 a = repo.insert(newPlacement(w)).value();
        Placement other = newPlacement(w);
        other.studentId = w.ola;
        other.siteId = w.fjellheim;
        other.supervisorId = 0;
        other.status = PlacementStatus::Confirmed;
        const qint64 b = repo.insert(other).value();

        PlacementLookup lookup(t.plan());
        auto all = lookup.rows();
        PRAKSIS_VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        const PlacementRow &ola = all->at(0); // Berg before Nordmann
        QCOMPARE(ola.id, b);
        QCOMPARE(ola.student, u"Ola Berg"_s);
        QCOMPARE(ola.studentNumber, u"777"_s);
        QCOMPARE(ola.school, u"VID"_s);
        QCOMPARE(ola.programme, QString());
        QCOMPARE(ola.site, u"Fjellheim"_s);
        QCOMPARE(ola.supervisor, QString());
        QCOMPARE(ola.period, u"Høst 2026"_s);
        QCOMPARE(ola.status, PlacementStatus::Confirmed);
        const PlacementRow &kari = all->at(1);
        QCOMPARE(kari.site, u"Solbakken sykehjem, Avdeling 2"_s);
        QCOMPARE(kari.supervisor, u"Anne Hansen"_s);
        QCOMPARE(kari.programme, u"Sykepleie"_s);
        QCOMPARE(kari.municipality, u"Oslo"_s);
        QCOMPARE(kari.siteKind, SiteKind::Sykehjem);
        QCOMPARE(kari.start, QDate(2026, 8, 24));

        PlacementFilter bySchool;
        bySchool.schoolId = w.oslomet;
        QCOMPARE(lookup.rows(bySchool)->size(), 1);
        PlacementFilter byStatus;
        byStatus.status = PlacementStatus::Confirmed;
        QCOMPARE(lookup.rows(byStatus)->first().id, b);
        PlacementFilter bySupervisor;
        bySupervisor.supervisorId = w.anne;
        QCOMPARE(lookup.rows(bySupervisor)->first().id, a);
        PlacementFilter byDates;
        byDates.from = QDate(2027, 1, 1);
        byDates.to = QDate(2027, 2, 1);
        QVERIFY(lookup.rows(byDates)->isEmpty());
        QCOMPARE(lookup.row(a)->student, u"Kari Nordmann"_s);
        QCOMPARE(lookup.row(999).error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPlacementRepository)
#include "tst_placementrepository.moc"
