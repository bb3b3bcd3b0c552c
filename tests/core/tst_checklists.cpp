#include "PlacementSeed.h"
#include "TestSupport.h"
#include "VerifyResult.h"
#include "welcome/Checklists.h"
#include "welcome/WelcomeTemplate.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {

WelcomeTemplate templateOf(PlanFile &plan, qint64 siteId = 0)
{
    WelcomeTemplates templates(plan);
    auto id = siteId ? templates.templateIdForSite(siteId) : templates.defaultTemplateId();
    return templates.load(id.value()).value();
}

int itemCount(const WelcomeTemplate &t)
{
    int n = 0;
    for (const auto &s : t.sections)
        n += int(s.items.size());
    return n;
}

} // namespace

class TestChecklists : public QObject
{
    Q_OBJECT

private slots:
    void createsFromTheDefaultWithDueDates_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("autumn") << QDate(2026, 8, 17) << QDate(2026, 10, 9);
        QTest::newRow("across new year") << QDate(2027, 1, 4) << QDate(2027, 2, 26);
        QTest::newRow("leap day") << QDate(2028, 3, 1) << QDate(2028, 3, 24);
        QTest::newRow("one day") << QDate(2026, 6, 3) << QDate(2026, 6, 3);
    }

    void createsFromTheDefaultWithDueDates()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        test::TempPlan t;
        test::PlacementSeed seed;
        seed.start = start;
        seed.end = end;
        const qint64 placement = test::seedPlacement(t.plan(), seed);
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto made = Checklists::create(t.plan(), {placement});
        QVERIFY_RESULT(made);
        QCOMPARE(made.value(), 1);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().entity, Entity::Checklist);
        QCOMPARE(spy.at(0).at(0).value<Change>().ids, QList<qint64>{placement});

        const WelcomeTemplate def = templateOf(t.plan());
        auto list = Checklists::forPlacement(t.plan(), placement);
        QVERIFY(list);
        QCOMPARE(list->size(), itemCount(def));
        int k = 0;
        for (const auto &s : def.sections) {
            for (const auto &i : s.items) {
                const ChecklistItem &c = list->at(k++);
                QCOMPARE(c.placementId, placement);
                QCOMPARE(c.section, s.title);
                QCOMPARE(c.text, i.text);
                QCOMPARE(c.role, i.role);
                QCOMPARE(c.dueDate, (i.fromEnd ? end : start).addDays(i.dueDay));
                QVERIFY(!c.done());
            }
        }
    }

    // Whose checklist: the window's title names the student ("given family") and the site's label ("name" or
    // "name / unit").
    void ownerNamesStudentAndSite_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("site");
        QTest::newRow("with a unit") << u"Avdeling Bjørk"_s << u"Solgløtt sykehjem / Avdeling Bjørk"_s;
        QTest::newRow("without a unit") << u""_s << u"Solgløtt sykehjem"_s;
    }

    void ownerNamesStudentAndSite()
    {
        QFETCH(QString, unit);
        QFETCH(QString, site);
        test::TempPlan t;
        test::PlacementSeed seed;
        seed.unit = unit;
        seed.start = QDate(2027, 1, 4);
        seed.end = QDate(2027, 2, 26);
        const qint64 placement = test::seedPlacement(t.plan(), seed);
        seed.givenName = u"Per"_s;
        seed.familyName = u"Ås"_s;
        seed.start = QDate(2027, 3, 1);
        seed.end = QDate(2027, 3, 26);
        test::seedPlacement(t.plan(), seed); // another placement at the same site: not this one's owner
        auto owner = Checklists::owner(t.plan(), placement);
        QVERIFY_RESULT(owner);
        QCOMPARE(*owner, (ChecklistOwner{placement, u"Åse Ødegård"_s, site, QDate(2027, 1, 4), QDate(2027, 2, 26)}));

        auto none = Checklists::owner(t.plan(), placement + 100);
        QVERIFY(!none);
        QCOMPARE(none.error().kind, Error::Kind::NotFound);
    }

    void createIsIdempotent()
    {
        test::TempPlan t;
        const qint64 a = test::seedPlacement(t.plan());
        auto first = Checklists::create(t.plan(), {a});
        QCOMPARE(first.value(), 1);
        const int rows = test::scalar(t.plan(), u"SELECT count(*) FROM checklist_items"_s).toInt();
        const int texts = test::scalar(t.plan(), u"SELECT count(*) FROM checklist_texts"_s).toInt();
        const qint64 firstItem = Checklists::forPlacement(t.plan(), a)->first().id;
        QVERIFY(Checklists::tick(t.plan(), firstItem, u"Åse Ødegård"_s));

        test::PlacementSeed other;
        other.givenName = u"Per"_s;
        other.familyName = u"Ås"_s;
        const qint64 b = test::seedPlacement(t.plan(), other);
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto second = Checklists::create(t.plan(), {a, b, b, 999999});
        QVERIFY(second);
        QCOMPARE(second.value(), 1); // only b is new
        QCOMPARE(spy.at(0).at(0).value<Change>().ids, QList<qint64>{b});
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM checklist_items"_s).toInt(), 2 * rows);
        // the texts are stored once for both checklists
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM checklist_texts"_s).toInt(), texts);
        QCOMPARE(texts, rows);
        QVERIFY(Checklists::forPlacement(t.plan(), a)->first().done());

        spy.clear();
        QCOMPARE(Checklists::create(t.plan(), {a, b}).value(), 0);
        QCOMPARE(Checklists::create(t.plan(), {}).value(), 0);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM checklist_items"_s).toInt(), 2 * rows);
    }

    void siteVariantIsUsedAndLaterEditsLeaveChecklistsAlone()
    {
        test::TempPlan t;
        const qint64 atDefault = test::seedPlacement(t.plan());
        test::PlacementSeed seed;
        seed.givenName = u"Ørjan"_s;
        seed.site = u"Fjordtun helsehus"_s;
        const qint64 atVariant = test::seedPlacement(t.plan(), seed);
        const qint64 site = test::siteId(t.plan(), seed.site);
        WelcomeTemplates templates(t.plan());
        const qint64 variant = templates.createSiteVariant(site).value();
        TemplateItem extra;
        extra.sectionId = templates.load(variant)->sections.at(1).id;
        extra.position = 0;
        extra.text = {u"Lunsj med avdelingsleder"_s, u"Lunsj med avdelingsleiar"_s, u"Lunch with the unit leader"_s};
        extra.role = Role::Leder;
        QVERIFY(templates.insertItem(extra));

        QCOMPARE(Checklists::create(t.plan(), {atDefault, atVariant}).value(), 2);
        const auto withDefault = Checklists::forPlacement(t.plan(), atDefault).value();
        const auto withVariant = Checklists::forPlacement(t.plan(), atVariant).value();
        QCOMPARE(withDefault.size(), itemCount(templateOf(t.plan())));
        QCOMPARE(withVariant.size(), withDefault.size() + 1);
        auto hasLunch = [](const QList<ChecklistItem> &items) {
            return std::any_of(items.begin(), items.end(),
                               [](const ChecklistItem &i) { return i.text.nb == u"Lunsj med avdelingsleder"_s; });
        };
        QVERIFY(hasLunch(withVariant));
        QVERIFY(!hasLunch(withDefault));

        // editing or restoring the template later changes no existing checklist
        QVERIFY(templates.restoreDefault());
        QVERIFY(templates.removeSiteVariant(site));
        QCOMPARE(Checklists::forPlacement(t.plan(), atVariant)->size(), withVariant.size());
        QCOMPARE(Checklists::forPlacement(t.plan(), atDefault)->size(), withDefault.size());
    }

    void tickAndUntickAreUndoable()
    {
        test::TempPlan t;
        const qint64 p = test::seedPlacement(t.plan());
        QVERIFY(Checklists::create(t.plan(), {p}));
        const ChecklistItem item = Checklists::forPlacement(t.plan(), p)->at(3);
        const QDateTime when(QDate(2026, 8, 10), QTime(14, 30), QTimeZone(3600));

        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto before = Checklists::tick(t.plan(), item.id, u"Bjørn Ærlig"_s, when);
        QVERIFY_RESULT(before);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().entity, Entity::Checklist);
        QCOMPARE(spy.at(0).at(0).value<Change>().ids, QList<qint64>{p});
        QVERIFY(!before->doneAt.isValid());
        QCOMPARE(before->itemId, item.id);
        ChecklistItem done = Checklists::forPlacement(t.plan(), p)->at(3);
        QVERIFY(done.done());
        QCOMPARE(done.doneBy, u"Bjørn Ærlig"_s);
        QCOMPARE(done.doneAt, when);
        QCOMPARE(done.doneAt.offsetFromUtc(), 3600);

        // undo of tick
        QVERIFY(Checklists::restoreTick(t.plan(), before.value()));
        QVERIFY(!Checklists::forPlacement(t.plan(), p)->at(3).done());
        QCOMPARE(Checklists::forPlacement(t.plan(), p)->at(3).doneBy, QString());

        // untick returns the ticked state, and restoring it ticks again with the same who and when
        QVERIFY(Checklists::tick(t.plan(), item.id, u"Bjørn Ærlig"_s, when));
        auto ticked = Checklists::untick(t.plan(), item.id);
        QVERIFY(ticked);
        QCOMPARE(ticked->doneBy, u"Bjørn Ærlig"_s);
        QCOMPARE(ticked->doneAt, when);
        QVERIFY(!Checklists::forPlacement(t.plan(), p)->at(3).done());
        QVERIFY(Checklists::restoreTick(t.plan(), ticked.value()));
        done = Checklists::forPlacement(t.plan(), p)->at(3);
        QCOMPARE(done.doneBy, u"Bjørn Ærlig"_s);
        QCOMPARE(done.doneAt, when);

        auto missing = Checklists::tick(t.plan(), 987654, u"X"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void overdue_data()
    {
        QTest::addColumn<int>("todayOffset"); // from the placement's first day
        QTest::newRow("three weeks before") << -21;
        QTest::newRow("day before start") << -1;
        QTest::newRow("first day") << 0;
        QTest::newRow("second week") << 9;
        QTest::newRow("after the end") << 60;
    }

    void overdue()
    {
        QFETCH(int, todayOffset);
        test::TempPlan t;
        test::PlacementSeed seed;
        const qint64 p = test::seedPlacement(t.plan(), seed);
        QVERIFY(Checklists::create(t.plan(), {p}));
        const QDate today = seed.start.addDays(todayOffset);
        const auto all = Checklists::forPlacement(t.plan(), p).value();
        QList<qint64> expected;
        for (const auto &i : all)
            if (i.dueDate < today)
                expected << i.id;
        auto late = Checklists::overdue(t.plan(), p, today);
        QVERIFY(late);
        QList<qint64> got;
        for (const auto &i : late.value()) {
            got << i.id;
            QVERIFY(i.overdue(today));
        }
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
        if (!got.isEmpty()) {
            QVERIFY(Checklists::tick(t.plan(), got.first(), u"Leder"_s));
            QCOMPARE(Checklists::overdue(t.plan(), p, today)->size(), got.size() - 1);
        }
    }

    void dueThisWeek()
    {
        test::TempPlan t;
        test::PlacementSeed seed; // starts Monday 17 August 2026
        const qint64 mine = test::seedPlacement(t.plan(), seed);
        test::PlacementSeed otherSite = seed;
        otherSite.givenName = u"Sverre"_s;
        otherSite.site = u"Heimen bo- og omsorgssenter"_s;
        otherSite.supervisor = u"Gro Lien"_s;
        const qint64 elsewhere = test::seedPlacement(t.plan(), otherSite);
        test::PlacementSeed cancelled = seed;
        cancelled.givenName = u"Tove"_s;
        cancelled.status = u"cancelled"_s;
        const qint64 gone = test::seedPlacement(t.plan(), cancelled);
        QCOMPARE(Checklists::create(t.plan(), {mine, elsewhere, gone}).value(), 3);

        const QDate wednesday(2026, 8, 19); // week 34: Monday 17 to Sunday 23
        const qint64 site = test::siteId(t.plan(), seed.site);
        auto due = Checklists::dueThisWeekForSite(t.plan(), site, wednesday);
        QVERIFY(due);
        QList<qint64> expected;
        const auto mineItems = Checklists::forPlacement(t.plan(), mine).value();
        for (const auto &i : mineItems)
            if (i.dueDate >= wednesday && i.dueDate <= QDate(2026, 8, 23))
                expected << i.id;
        QVERIFY(!expected.isEmpty());
        QList<qint64> got;
        for (const auto &d : due.value()) {
            got << d.item.id;
            QCOMPARE(d.studentName, u"Åse Ødegård"_s);
            QCOMPARE(d.siteName, u"Solgløtt sykehjem / Avdeling Bjørk"_s);
            QCOMPARE(d.supervisorName, u"Bjørn Ærlig"_s);
        }
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);

        // by supervisor: Gro Lien has only the placement elsewhere
        const qint64 gro =
            test::scalar(t.plan(), u"SELECT id FROM supervisors WHERE family_name = 'Lien'"_s).toLongLong();
        auto hers = Checklists::dueThisWeekForSupervisor(t.plan(), gro, wednesday);
        QVERIFY(hers);
        QCOMPARE(hers->size(), expected.size());
        for (const auto &d : hers.value())
            QCOMPARE(d.item.placementId, elsewhere);

        // ticked items drop out
        QVERIFY(Checklists::tick(t.plan(), expected.first(), u"Bjørn"_s));
        QCOMPARE(Checklists::dueThisWeekForSite(t.plan(), site, wednesday)->size(), expected.size() - 1);
        // a week with nothing due
        QCOMPARE(Checklists::dueThisWeekForSite(t.plan(), site, QDate(2026, 9, 9))->size(), 0);
        // the overview's range covers both sites, not the cancelled placement
        auto all = Checklists::dueBetween(t.plan(), wednesday, QDate(2026, 8, 23));
        QCOMPARE(all->size(), 2 * expected.size() - 1);
    }

    void rowsCanBePutBackAfterThePlacementWasRemoved()
    {
        test::TempPlan t;
        const qint64 p = test::seedPlacement(t.plan());
        QVERIFY(Checklists::create(t.plan(), {p}));
        const qint64 first = Checklists::forPlacement(t.plan(), p)->first().id;
        QVERIFY(
            Checklists::tick(t.plan(), first, u"Kari"_s, QDateTime(QDate(2026, 8, 1), QTime(9, 0), QTimeZone::utc())));
        const auto before = Checklists::forPlacement(t.plan(), p).value();
        auto rows = Checklists::rows(t.plan(), {p});
        QVERIFY(rows);
        QCOMPARE(rows->size(), before.size());

        const QVariantList placement = [&] {
            auto q = t->exec(u"SELECT id, student_id, site_id, supervisor_id, period_id, start_date, end_date FROM "
                             "placements WHERE id = ?"_s,
                             {p});
            q->next();
            QVariantList v;
            for (int i = 0; i < 7; ++i)
                v << q->value(i);
            return v;
        }();
        QVERIFY(t->exec(u"DELETE FROM placements WHERE id = ?"_s, {p}));
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM checklist_items"_s).toInt(), 0);
        QVERIFY(t->exec(u"INSERT INTO placements (id, student_id, site_id, supervisor_id, period_id, start_date, "
                        "end_date) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                        placement));
        QVERIFY(Checklists::restoreRows(t.plan(), rows.value()));
        const auto after = Checklists::forPlacement(t.plan(), p).value();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].id, before[i].id);
            QCOMPARE(after[i].dueDate, before[i].dueDate);
            QCOMPARE(after[i].doneBy, before[i].doneBy);
            QCOMPARE(after[i].doneAt, before[i].doneAt);
        }
    }

    void thousandsOfPlacementsInOneCall()
    {
        test::TempPlan t;
        QList<qint64> ids;
        {
            Transaction tx(t.plan());
            for (int i = 0; i < 2000; ++i) {
                test::PlacementSeed s;
                s.givenName = u"Student"_s;
                s.familyName = QString::number(i);
                s.site = u"Sted %1"_s.arg(i % 40);
                ids << test::seedPlacement(t.plan(), s);
            }
            QVERIFY(tx.commit());
        }
        auto made = Checklists::create(t.plan(), ids);
        QVERIFY(made);
        QCOMPARE(made.value(), 2000);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(DISTINCT placement_id) FROM checklist_items"_s).toInt(), 2000);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM checklist_items"_s).toInt(),
                 2000 * itemCount(templateOf(t.plan())));
    }
};

QTEST_GUILESS_MAIN(TestChecklists)
#include "tst_checklists.moc"
