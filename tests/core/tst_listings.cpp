#include "PlacementSeed.h"
#include "ResultAssert.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "model/Kinds.h"
#include "storage/Listings.h"
#include "storage/Registers.h"

#include <QSqlQuery>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {
const Registers::Table &tableNamed(const QString &name)
{
    return name == QLatin1String("schools")       ? Registers::schools()
           : name == QLatin1String("sites")       ? Registers::sites()
           : name == QLatin1String("supervisors") ? Registers::supervisors()
                                                  : Registers::students();
}
} // namespace

// The read side of core (storage/Listings): each listing with its filters, the site label and person name written
// once, and the check that a filter names something in the plan. `praksisplan-cli list` prints these statements.
class TestListings : public QObject
{
    Q_OBJECT

private slots:
    void listingWithFilter_data();
    void listingWithFilter();
    void filterTarget_data();
    void filterTarget();
    void siteChoices();
    void registerTable_data();
    void registerTable();
    void registerFilter_data();
    void registerFilter();
    void periodForDay_data();
    void periodForDay();
};

void TestListings::listingWithFilter_data()
{
    QTest::addColumn<QString>("listing");
    QTest::addColumn<QString>("option"); // empty: no filter
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("key");      // a column of the first row ...
    QTest::addColumn<QString>("expected"); // ... and its value

    // SmallPlan, and one placement of Åse Ødegård at Solgløtt sykehjem / Avdeling Bjørk with Bjørn Ærlig
    QTest::newRow("site label with unit") << "placements"
                                          << ""
                                          << "" << 1 << "site"
                                          << "Solgløtt sykehjem / Avdeling Bjørk";
    QTest::newRow("person name") << "placements"
                                 << ""
                                 << "" << 1 << "student"
                                 << "Åse Ødegård";
    QTest::newRow("supervisor name") << "placements"
                                     << ""
                                     << "" << 1 << "supervisor"
                                     << "Bjørn Ærlig";
    QTest::newRow("site filter by label") << "placements"
                                          << "site"
                                          << "Solgløtt sykehjem / Avdeling Bjørk" << 1 << "period"
                                          << "Høst 2026";
    QTest::newRow("site filter by name") << "placements"
                                         << "site"
                                         << "Solgløtt sykehjem" << 1 << "start"
                                         << "2026-08-17";
    QTest::newRow("site filter, other site") << "placements"
                                             << "site"
                                             << "Fjellheim" << 0 << ""
                                             << "";
    QTest::newRow("site label without unit") << "supervisors"
                                             << "site"
                                             << "Fjellheim" << 1 << "site"
                                             << "Fjellheim";
    QTest::newRow("supervisors sorted by site") << "supervisors"
                                                << ""
                                                << "" << 3 << "familyName"
                                                << "Olsen";
    QTest::newRow("students in a period") << "students"
                                          << "period"
                                          << "Høst 2026" << 1 << "familyName"
                                          << "Ødegård";
    QTest::newRow("school filter") << "students"
                                   << "school"
                                   << "VID" << 1 << "studentNumber"
                                   << "777";
    QTest::newRow("periods count placements") << "periods"
                                              << "period"
                                              << "Høst 2026" << 1 << "placements"
                                              << "1";
}

void TestListings::listingWithFilter()
{
    QFETCH(QString, listing);
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(int, rows);
    QFETCH(QString, key);
    QFETCH(QString, expected);

    test::TempPlan plan;
    test::SmallPlan small(plan.plan());
    test::seedPlacement(plan.plan());

    const Listings::Listing *l = Listings::find(listing);
    QVERIFY(l);
    QList<std::pair<const Listings::Filter *, QString>> filters;
    if (!option.isEmpty()) {
        const Listings::Filter *f = l->filter(option);
        QVERIFY(f);
        filters.append({f, value});
    }
    const auto [sql, bindings] = Listings::statement(*l, filters);
    auto q = plan->exec(sql, bindings);
    PRAKSIS_VERIFY_OK(q);
    int column = -1;
    for (int i = 0; i < int(l->columns.size()); ++i)
        if (key == QLatin1String(l->columns[i].key))
            column = i;
    int count = 0;
    while (q->next()) {
        if (count == 0 && column >= 0)
            QCOMPARE(q->value(column).toString(), expected);
        ++count;
    }
    QCOMPARE(count, rows);
}

void TestListings::filterTarget_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("missing");

    QTest::newRow("site by label") << "site"
                                   << "Solgløtt sykehjem / Avdeling Bjørk" << false;
    QTest::newRow("site by name") << "site"
                                  << "Fjellheim" << false;
    QTest::newRow("site by label with a wrong unit") << "site"
                                                     << "Solgløtt sykehjem / Avdeling Eik" << true;
    QTest::newRow("school") << "school"
                            << "OsloMet" << false;
    QTest::newRow("no such school") << "school"
                                    << "Nowhere" << true;
    QTest::newRow("period") << "period"
                            << "Høst 2026" << false;
    QTest::newRow("no such period") << "period"
                                    << "Vår 2031" << true;
}

void TestListings::filterTarget()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(bool, missing);

    test::TempPlan plan;
    test::SmallPlan small(plan.plan());
    test::seedPlacement(plan.plan());
    auto found = Listings::missingFilterTarget(plan.plan(), option, value);
    PRAKSIS_VERIFY_OK(found);
    QCOMPARE(found->has_value(), missing);
}

void TestListings::siteChoices()
{
    test::TempPlan plan;
    test::SmallPlan small(plan.plan());
    auto q = plan->exec(Listings::siteChoicesSql());
    PRAKSIS_VERIFY_OK(q);
    QStringList labels;
    while (q->next())
        labels << q->value(0).toString();
    QCOMPARE(labels, QStringList({QStringLiteral("Fjellheim"), QStringLiteral("Solbakken sykehjem / Avdeling 2")}));
}

// The tables of the register pages (SqlTableModel reads them): one column of the first row, in the page's order.
void TestListings::registerTable_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("school's programmes") << "schools"
                                         << "programmes"
                                         << "Sykepleie";
    QTest::newRow("school's students") << "schools"
                                       << "students"
                                       << "1";
    QTest::newRow("site's supervisors") << "sites"
                                        << "supervisors"
                                        << "1";
    QTest::newRow("supervisor's site label") << "supervisors"
                                             << "site"
                                             << "Solbakken sykehjem / Avdeling 2";
    QTest::newRow("supervisor's absences") << "supervisors"
                                           << "absences"
                                           << "0";
}

void TestListings::registerTable()
{
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QString, expected);

    test::TempPlan plan;
    test::SmallPlan small(plan.plan());
    const Registers::Table &t = tableNamed(table);
    // the first row by the first column, as the page shows it before any sort by the user
    auto q = plan->exec(QStringLiteral("SELECT ") + t.column(qPrintable(key)) + QLatin1Char(' ') + t.from +
                        QStringLiteral(" ORDER BY ") + t.columns.constFirst().second);
    PRAKSIS_VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), expected);
}

// The filters of the register pages (Table::where): the rows they leave, and the first by the first column.
void TestListings::registerFilter_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // a kind, or the SmallPlan record whose id is the value
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("sites of a kind") << "sites"
                                     << "kind" << toId(SiteKind::Hjemmetjeneste) << QStringList{u"Fjellheim"_s};
    QTest::newRow("schools of a kind") << "schools"
                                       << "kind" << toId(SchoolKind::Universitet) << QStringList{u"OsloMet"_s};
    QTest::newRow("supervisors of a site") << "supervisors"
                                           << "site"
                                           << "solbakken" << QStringList{u"Hansen"_s};
    QTest::newRow("students of a school") << "students"
                                          << "school"
                                          << "vid" << QStringList{u"Berg"_s};
}

void TestListings::registerFilter()
{
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);

    test::TempPlan plan;
    test::SmallPlan small(plan.plan());
    const Registers::Table &t = tableNamed(table);
    const QVariant bound = value == QLatin1String("solbakken") ? QVariant(small.solbakken)
                           : value == QLatin1String("vid")     ? QVariant(small.vid)
                                                               : QVariant(value);
    const QByteArray k = key.toLatin1();
    const auto [where, bindings] = t.where({{k.constData(), bound}});
    auto q = plan->exec(QStringLiteral("SELECT ") + t.columns.constFirst().second + QLatin1Char(' ') + t.from +
                            QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY 1"),
                        bindings);
    PRAKSIS_VERIFY_OK(q);
    QStringList rows;
    while (q->next())
        rows << q->value(0).toString();
    QCOMPARE(rows, expected);
}

// The period the desktop chooses when its own is gone: the one running, else the next, else the last ended.
void TestListings::periodForDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("expected");

    QTest::newRow("running") << QDate(2026, 9, 1) << "Høst 2026";
    QTest::newRow("before the first") << QDate(2026, 1, 1) << "Høst 2026";
    QTest::newRow("between: the next") << QDate(2026, 11, 1) << "Vår 2027";
    QTest::newRow("after all: the last ended") << QDate(2027, 6, 1) << "Vår 2027";
}

void TestListings::periodForDay()
{
    QFETCH(QDate, day);
    QFETCH(QString, expected);

    test::TempPlan plan;
    test::SmallPlan small(plan.plan());
    test::insert(plan.plan(), QStringLiteral("INSERT INTO periods (name, start_date, end_date, hours_per_week)"
                                             " VALUES ('Vår 2027', '2027-01-04', '2027-03-05', 30)"));
    const qint64 id = Registers::periodForDay(plan.plan(), day);
    QCOMPARE(test::scalar(plan.plan(), QStringLiteral("SELECT name FROM periods WHERE id = ?"), {id}).toString(),
             expected);
    QVERIFY(Registers::periodExists(plan.plan(), id));
    QVERIFY(!Registers::periodExists(plan.plan(), id + 100));
}

QTEST_GUILESS_MAIN(TestListings)
#include "tst_listings.moc"
