#include "PlacementSeed.h"
#include "ResultAssert.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "recruitment/HireLink.h"
#include "recruitment/HireRepository.h"
#include "placements/PlacementService.h"
#include "storage/StudentRepository.h"

#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

// The link between a new hire and her student record: suggested by name and e-mail, confirmed by a person, shown
// on both records.
class TestHireLink : public QObject
{
    Q_OBJECT

    static qint64 student(PlanFile &plan, qint64 school, const QString &number, const QString &given,
                          const QString &family, const QString &email)
    {
        Student s;
        s.schoolId = school;
        s.studentNumber = number;
        s.givenName = given;
        s.familyName = family;
        s.email = email;
        auto id = StudentRepository(plan).insert(s);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return id.value();
    }

    static qint64 placement(PlanFile &plan, const test::SmallPlan &w, qint64 studentId, qint64 site, QDate start,
                            QDate end, PlacementStatus status = PlacementStatus::Completed)
    {
        Placement p;
        p.studentId = studentId;
        p.siteId = site;
        p.periodId = w.autumn;
        p.start = start;
        p.end = end;
        p.status = status;
        auto id = PlacementService(plan).insert(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return id.value();
    }

    static Hire hire(const test::SmallPlan &w, const QString &given, const QString &family, const QString &email)
    {
        Hire h;
        h.siteId = w.solbakken;
        h.givenName = given;
        h.familyName = family;
        h.email = email;
        h.position = HirePosition::Sommervikar;
        h.start = QDate(2027, 6, 14);
        return h;
    }

    static QList<qint64> ids(const QList<StudentCandidate> &candidates)
    {
        QList<qint64> out;
        for (const StudentCandidate &c : candidates)
            out << c.studentId;
        return out;
    }

private slots:
    void suggestions()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PlanFile &plan = t.plan();
        // Kari Nordmann of SmallPlan (no e-mail), another Kari Nordmann with an e-mail, and Kari Berg with the e-mail
        // the hire gives; an anonymised one and Ola Berg who is neither
        const qint64 kari2 = student(plan, w.vid, u"900"_s, u"KARI"_s, u"nordmann"_s, u"kari@example.no"_s);
        const qint64 married = student(plan, w.oslomet, u"901"_s, u"Kari"_s, u"Berg"_s, u"Kari.Nordmann@Example.no"_s);
        const qint64 gone = student(plan, w.oslomet, u"902"_s, u"Kari"_s, u"Nordmann"_s, u"kari.nordmann@example.no"_s);
        PRAKSIS_VERIFY_OK(plan.exec(u"UPDATE students SET anonymised = 1 WHERE id = ?"_s, {gone}));
        placement(plan, w, w.kari, w.solbakken, QDate(2026, 8, 24), QDate(2026, 10, 16));
        placement(plan, w, kari2, w.fjellheim, QDate(2026, 8, 24), QDate(2026, 9, 30));
        placement(plan, w, kari2, w.solbakken, QDate(2026, 10, 1), QDate(2026, 10, 16),
                  PlacementStatus::Cancelled); // not counted

        const Hire h = hire(w, u"Kari"_s, u"Nordmann"_s, u"  kari.nordmann@example.no "_s);
        auto got = HireLink::suggestions(plan, h);
        PRAKSIS_VERIFY_OK(got);
        // e-mail only first, then the two by name, the later placement first (both ended 2026: by the end date)
        QCOMPARE(ids(*got), (QList<qint64>{married, w.kari, kari2}));
        QVERIFY(got->at(0).sameEmail);
        QVERIFY(!got->at(0).sameName);
        QVERIFY(got->at(1).sameName);
        QVERIFY(!got->at(1).sameEmail);
        QCOMPARE(got->at(1).name, u"Kari Nordmann"_s);
        QCOMPARE(got->at(1).studentNumber, u"12345"_s);
        QCOMPARE(got->at(1).school, u"OsloMet"_s);
        QCOMPARE(got->at(1).history, u"was a student at Solbakken sykehjem, Avdeling 2, autumn 2026"_s);
        QCOMPARE(got->at(2).history, u"was a student at Fjellheim, autumn 2026"_s); // the cancelled one is not hers
        QCOMPARE(got->at(0).history, QString());

        // name and e-mail both: first
        Hire both = h;
        both.email = u"KARI@example.no"_s;
        got = HireLink::suggestions(plan, both);
        QCOMPARE(ids(*got), (QList<qint64>{kari2, w.kari}));
        QVERIFY(got->at(0).sameEmail && got->at(0).sameName);

        // the student she is linked to already is not suggested again
        both.studentId = kari2;
        QCOMPARE(ids(HireLink::suggestions(plan, both).value()), (QList<qint64>{w.kari}));
        // nobody
        QVERIFY(HireLink::suggestions(plan, hire(w, u"Per"_s, u"Hansen"_s, {})).value().isEmpty());
        QVERIFY(HireLink::suggestions(plan, hire(w, u""_s, u""_s, {})).value().isEmpty());
        // diacritics and case folded: "Åse Ødegård" finds "åse ØDEGÅRD"
        const qint64 aase = student(plan, w.vid, u"903"_s, u"åse"_s, u"ØDEGÅRD"_s, {});
        QCOMPARE(ids(HireLink::suggestions(plan, hire(w, u"Åse"_s, u"Ødegård"_s, {})).value()), QList<qint64>{aase});
    }

    void bothRecordsShowTheLink()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        PlanFile &plan = t.plan();
        placement(plan, w, w.kari, w.fjellheim, QDate(2024, 1, 8), QDate(2024, 3, 1));
        placement(plan, w, w.kari, w.solbakken, QDate(2026, 8, 24), QDate(2026, 10, 16), PlacementStatus::Cancelled);
        QCOMPARE(HireLink::studentHistory(plan, w.kari).value(), u"was a student at Fjellheim, spring 2024"_s);
        QCOMPARE(HireLink::studentHistory(plan, w.ola).value(), QString());
        HireRepository hires(plan);
        Hire summer = hire(w, u"Kari"_s, u"Nordmann"_s, {});
        summer.studentId = w.kari;
        PRAKSIS_VERIFY_OK(hires.insert(summer));
        Hire post = summer;
        post.position = HirePosition::Fast;
        post.siteId = w.fjellheim;
        post.start = QDate(2027, 8, 2);
        PRAKSIS_VERIFY_OK(hires.insert(post));
        QCOMPARE(HireLink::hiredText(plan, w.kari).value(),
                 (QStringList{u"hired as summer temp at Solbakken sykehjem, Avdeling 2 from 14.06.2027"_s,
                              u"hired as permanent post at Fjellheim from 02.08.2027"_s}));
        QVERIFY(HireLink::hiredText(plan, w.ola).value().isEmpty());
        QCOMPARE(HireLink::season(QDate(2024, 6, 30)), u"spring 2024"_s);
        QCOMPARE(HireLink::season(QDate(2024, 7, 1)), u"autumn 2024"_s);
    }

    // The student record goes: the hire stays, without the link; undo brings the link back.
    void removingTheStudentKeepsTheHire()
    {
        test::TempPlan t;
        test::SmallPlan w(t.plan());
        HireRepository hires(t.plan());
        Hire h = hire(w, u"Ola"_s, u"Berg"_s, {});
        h.studentId = w.ola;
        const qint64 id = hires.insert(h).value();
        StudentRepository students(t.plan());
        QCOMPARE(students.dependents(w.ola)->text(), u"1 link to a new hire"_s);
        QVERIFY(!students.remove(w.ola)); // asked first
        auto removed = students.remove(w.ola, true);
        PRAKSIS_VERIFY_OK(removed);
        QCOMPARE(hires.get(id)->studentId, 0);
        PRAKSIS_VERIFY_OK(students.restore(removed.value()));
        QCOMPARE(hires.get(id)->studentId, w.ola);
    }
};

QTEST_GUILESS_MAIN(TestHireLink)
#include "tst_hirelink.moc"
