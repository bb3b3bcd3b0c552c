#include "ReportFixture.h"
#include "TestSupport.h"
#include "documents/Reports.h"
#include "storage/NameOrder.h"
#include "storage/PeriodRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/SiteRepository.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {

QStringList column(PlanFile &plan, const QString &sql)
{
    QStringList out;
    auto q = plan.exec(sql);
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    while (q->next())
        out << q->value(0).toString();
    return out;
}

// Names with Æ, Ø and Å, and ASCII neighbours, for the lookups below.
void addNorwegianNames(PlanFile &plan)
{
    test::runSql(plan, u"INSERT INTO schools (id, name, kind) VALUES (11, 'Årstad vidaregåande skule', 'vgs'),"
                       " (12, 'Ørsta vidaregåande skule', 'vgs'), (13, 'Ærø skole', 'vgs'), (14, 'Zeta skole', 'vgs'),"
                       " (15, 'Aker skole', 'vgs'), (16, 'Oslo skole', 'vgs')"_s);
    test::runSql(plan, u"INSERT INTO sites (id, name, unit, kind) VALUES (11, 'Hjemmesykepleien Åsgård', '',"
                       " 'hjemmetjeneste'), (12, 'Øvre Ålen sykehjem', 'Avdeling Ø', 'sykehjem'),"
                       " (13, 'Øvre Ålen sykehjem', 'Avdeling Å', 'sykehjem')"_s);
    test::runSql(plan, u"INSERT INTO supervisors (id, site_id, given_name, family_name, profession) VALUES"
                       " (11, 11, 'Stine', 'Ødegård', 'sykepleier'), (12, 12, 'Stine', 'Ødegård', 'sykepleier'),"
                       " (13, 13, 'Stine', 'Ødegård', 'sykepleier'), (14, 12, 'Åge', 'Ærlig', 'sykepleier')"_s);
    test::runSql(plan, u"INSERT INTO periods (id, name, start_date, end_date, hours_per_week) VALUES"
                       " (11, 'Helsefag høst 2026', '2026-08-17', '2026-12-18', 30)"_s);
}

} // namespace

// Norwegian order and case folding for every letter (storage/NameOrder.h), checked against the Norwegian alphabet
// written out by hand and against SQLite itself.
class TestNameOrder : public QObject
{
    Q_OBJECT

private slots:
    void norwegianAlphabet()
    {
        // … X, Y, Z, Æ, Ø, Å — never Å, Æ, Ø (Unicode's order) nor A = Å
        const QStringList alphabet{u"Aker"_s, u"Oslo"_s, u"Zeta"_s, u"Ærø"_s, u"Ørsta"_s, u"Åsane"_s};
        for (int i = 0; i + 1 < alphabet.size(); ++i) {
            QVERIFY2(NameOrder::compare(alphabet[i], alphabet[i + 1]) < 0, qPrintable(alphabet[i]));
            QVERIFY2(NameOrder::compare(alphabet[i + 1], alphabet[i]) > 0, qPrintable(alphabet[i]));
        }
        QCOMPARE(NameOrder::compare(u"åse"_s, u"Åse"_s), 0); // case does not order
        QCOMPARE(NameOrder::fold(u"ÅRSTAD ØDEGÅRD ÆRLIG"_s), u"årstad ødegård ærlig"_s);
    }

    void sqlOrdersAsNorwegian()
    {
        test::TempPlan t;
        addNorwegianNames(t.plan());
        const QStringList expected{u"Aker skole"_s,
                                   u"Oslo skole"_s,
                                   u"Zeta skole"_s,
                                   u"Ærø skole"_s,
                                   u"Ørsta vidaregåande skule"_s,
                                   u"Årstad vidaregåande skule"_s};
        QCOMPARE(column(t.plan(), u"SELECT name FROM schools ORDER BY name COLLATE NORWEGIAN"_s), expected);
        // the program's own lists
        auto schools = SchoolRepository(t.plan()).list();
        QVERIFY(schools.ok());
        QStringList names;
        for (const School &s : schools.value())
            names << s.name;
        QCOMPARE(names, expected);
        // plain SQLite sorts by code point: the order the issue saw (Å before Æ before Ø)
        QCOMPARE(column(t.plan(), u"SELECT name FROM schools ORDER BY name"_s).mid(3, 3),
                 (QStringList{u"Årstad vidaregåande skule"_s, u"Ærø skole"_s, u"Ørsta vidaregåande skule"_s}));
    }

    // NameRanks orders records as SQL's ORDER BY … COLLATE NORWEGIAN, …, BINARY, number does (the reports sort
    // their rows by it), with equal names (case aside) sharing a rank.
    void ranksOrderAsSql()
    {
        test::TempPlan t;
        test::runSql(t.plan(),
                     u"CREATE TEMP TABLE people (id INTEGER PRIMARY KEY, family TEXT, given TEXT, nr TEXT)"_s);
        const QStringList families{u"Ødegård"_s, u"ødegård"_s, u"Aas"_s,  u"Åsen"_s,  u"Ærlig"_s, u"Zahl"_s,
                                   u"Berg"_s,    u"berg"_s,    u"Øien"_s, u"Aasen"_s, u"Berg"_s,  u"Ås"_s};
        const QStringList givens{u"Åge"_s, u"Anne"_s, u"Ola"_s, u"Kari"_s};
        NameRanks byName, byFamily;
        for (int i = 0; i < 48; ++i) {
            const QString family = families.at(i % families.size());
            const QString given = givens.at((i / 3) % givens.size());
            const QString number = QString::number((i * 7) % 5);
            test::runSql(t.plan(), u"INSERT INTO people VALUES (?, ?, ?, ?)"_s,
                         {100 - i, family, given, number}); // ids not in insertion order
            byName.add(100 - i, {family, given}, number.toUtf8(), 100 - i);
            byFamily.add(100 - i, {family});
            byFamily.add(100 - i, {u"Aaberg"_s}); // a second add of an id changes nothing
        }
        const auto sqlOrder = [&](const QString &orderBy) {
            QList<qint64> ids;
            auto q = t->exec(u"SELECT id FROM people ORDER BY "_s + orderBy);
            while (q && q->next())
                ids << q->value(0).toLongLong();
            return ids;
        };
        const auto rankOrder = [](const QHash<qint64, int> &ranks) {
            QList<qint64> ids = ranks.keys();
            std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
                return std::make_pair(ranks.value(a), a) < std::make_pair(ranks.value(b), b);
            });
            return ids;
        };
        const QHash<qint64, int> names = byName.ranks();
        QCOMPARE(rankOrder(names), sqlOrder(u"family COLLATE NORWEGIAN, given COLLATE NORWEGIAN, nr, id"_s));
        QCOMPARE(QSet<int>(names.cbegin(), names.cend()).size(), 48); // the id tells every record apart
        const QHash<qint64, int> family = byFamily.ranks();
        QCOMPARE(rankOrder(family), sqlOrder(u"family COLLATE NORWEGIAN, id"_s));
        // "Ødegård" and "ødegård", "Berg" and "berg" are one name to the collation, so they share a rank
        QCOMPARE(family.value(100), family.value(99)); // i = 0, 1
        QCOMPARE(family.value(94), family.value(93));  // i = 6, 7
        QVERIFY(family.value(92) > family.value(94));  // "Øien" after "Berg"
    }

    void lookupsFoldEveryLetter_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("given");
        QTest::addColumn<qint64>("id");
        QTest::newRow("school") << u"school"_s << u"årstad vidaregåande skule"_s << qint64(11);
        QTest::newRow("school upper") << u"school"_s << u"ÅRSTAD VIDAREGÅANDE SKULE"_s << qint64(11);
        QTest::newRow("school prefix") << u"school"_s << u"årstad"_s << qint64(11);
        QTest::newRow("site") << u"site"_s << u"hjemmesykepleien åsgård"_s << qint64(11);
        QTest::newRow("site / unit") << u"site"_s << u"ØVRE ÅLEN SYKEHJEM / avdeling å"_s << qint64(13);
        QTest::newRow("supervisor / site")
            << u"supervisor"_s << u"STINE ØDEGÅRD / hjemmesykepleien åsgård"_s << qint64(11);
        QTest::newRow("supervisor / site / unit")
            << u"supervisor"_s << u"Stine Ødegård / Øvre Ålen sykehjem / Avdeling Ø"_s << qint64(12);
        QTest::newRow("supervisor alone") << u"supervisor"_s << u"åge ærlig"_s << qint64(14);
        QTest::newRow("period") << u"period"_s << u"HELSEFAG HØST 2026"_s << qint64(11);
    }
    void lookupsFoldEveryLetter()
    {
        QFETCH(QString, what);
        QFETCH(QString, given);
        QFETCH(qint64, id);
        test::TempPlan t;
        addNorwegianNames(t.plan());
        Result<qint64> found = what == u"school"_s   ? Reports::findSchool(t.plan(), given)
                               : what == u"site"_s   ? Reports::findSite(t.plan(), given)
                               : what == u"period"_s ? Reports::findPeriod(t.plan(), given)
                                                     : Reports::findSupervisor(t.plan(), given);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
        QCOMPARE(found.value(), id);
    }

    // A shared name is refused with a way to say which one, and that way is accepted.
    void sharedSupervisorNameSaysHowToNameIt()
    {
        test::TempPlan t;
        addNorwegianNames(t.plan());
        auto all = Reports::findSupervisor(t.plan(), u"stine ødegård"_s);
        QVERIFY(!all.ok());
        QVERIFY2(all.error().message.contains(u"name / site"_s), qPrintable(all.error().message));
        auto site = Reports::findSupervisor(t.plan(), u"stine ødegård / øvre ålen sykehjem"_s);
        QVERIFY(!site.ok()); // two units of one site
        QVERIFY2(site.error().message.contains(u"name / site / unit"_s), qPrintable(site.error().message));
        QVERIFY(!Reports::findSupervisor(t.plan(), u"a / b / c / d"_s).ok());
    }

    // Uniqueness uses the same folding: "ÅRSTAD …" is the name of an existing school.
    void uniquenessFoldsEveryLetter()
    {
        test::TempPlan t;
        addNorwegianNames(t.plan());
        SchoolRepository schools(t.plan());
        School s;
        s.name = u"ÅRSTAD VIDAREGÅANDE SKULE"_s;
        s.kind = SchoolKind::Vgs;
        auto r = schools.insert(s);
        QVERIFY(!r.ok());
        s.name = u"Årstad vgs"_s;
        QVERIFY(schools.insert(s).ok());
        auto period = PeriodRepository(t.plan()).findByName(u"helsefag HØST 2026"_s);
        QVERIFY(period.ok());
        QCOMPARE(period.value(), qint64(11));
        auto site = SiteRepository(t.plan()).findByName(u"HJEMMESYKEPLEIEN ÅSGÅRD"_s);
        QVERIFY(site.ok());
        QCOMPARE(site.value(), qint64(11));
    }

    // The collations live in the program, not in the schema: the sqlite3 shell opens and checks a plan.
    void sqliteShellStillOpensThePlan()
    {
        test::TempPlan t;
        addNorwegianNames(t.plan());
        const QString path = t.path();
        QProcess p;
        p.start(u"sqlite3"_s, {path, u"PRAGMA integrity_check; SELECT count(*) FROM schools;"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts),
                 (QStringList{u"ok"_s, u"6"_s}));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNameOrder)
#include "tst_nameorder.moc"
