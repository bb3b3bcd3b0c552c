#include "CliRunner.h"
#include "TestSupport.h"
#include "models/SqlTableModel.h"
#include "storage/PlanFile.h"
#include "storage/Registers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace praksis;

// Issue 16: where a register page and `praksisplan-cli list` show the same register they read one definition (the
// FROM clause of storage/Listings.h), so both list the same rows, with a filter too: the page filters by the id of
// what its box shows, the CLI by its name. A demo plan, the real CLI, and the model the page builds over
// storage/Registers.
class TestListingsMatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameRows_data();
    void sameRows();

private:
    test::CliRunner m_cli;
    QString m_db;
    std::unique_ptr<PlanFile> m_plan;
};

void TestListingsMatch::initTestCase()
{
    m_db = m_cli.filePath(QStringLiteral("demo.praksisplan"));
    const auto r = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--students"),
                              QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    auto opened = PlanFile::open(m_db, PlanFile::OpenMode::OpenExisting);
    QVERIFY(opened);
    m_plan = std::move(opened.value());
}

void TestListingsMatch::sameRows_data()
{
    QTest::addColumn<QString>("listing"); // the CLI's listing and the page's table
    QTest::addColumn<QString>("option");  // the CLI's filter and the page's; empty: none
    QTest::addColumn<QString>("target");  // (name as the CLI takes it, id as the page's box holds it)

    const QString school = QStringLiteral("SELECT name, id FROM schools ORDER BY id LIMIT 1");
    // one in the middle of the periods, so a condition that takes more or fewer periods shows
    const QString period = QStringLiteral("SELECT name, id FROM periods pe WHERE EXISTS (SELECT 1 FROM placements "
                                          "pl WHERE pl.period_id = pe.id) ORDER BY id LIMIT 1 OFFSET 5");
    const QString siteWithUnit = QStringLiteral(
        "SELECT " PRAKSIS_SQL_SITE_LABEL("si") ", si.id FROM sites si WHERE si.unit <> '' ORDER BY si.id LIMIT 1");
    const QString hireSite = QStringLiteral("SELECT " PRAKSIS_SQL_SITE_LABEL(
        "si") ", si.id FROM hires h JOIN sites si ON si.id = h.site_id ORDER BY h.id LIMIT 1");
    QTest::newRow("placements") << "placements"
                                << ""
                                << "";
    QTest::newRow("placements in a period") << "placements"
                                            << "period" << period;
    QTest::newRow("placements of a school") << "placements"
                                            << "school" << school;
    QTest::newRow("placements at a site") << "placements"
                                          << "site" << siteWithUnit;
    QTest::newRow("students") << "students"
                              << ""
                              << "";
    QTest::newRow("students of a school") << "students"
                                          << "school" << school;
    QTest::newRow("hires") << "hires"
                           << ""
                           << "";
    QTest::newRow("hires at a site") << "hires"
                                     << "site" << hireSite;
    QTest::newRow("periods") << "periods"
                             << ""
                             << "";
}

void TestListingsMatch::sameRows()
{
    QFETCH(QString, listing);
    QFETCH(QString, option);
    QFETCH(QString, target);

    QStringList arguments{QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("list"), listing};
    QList<std::pair<const char *, QVariant>> filters;
    const QByteArray key = option.toLatin1();
    if (!option.isEmpty()) {
        auto q = m_plan->exec(target);
        QVERIFY(q && q->next());
        arguments << QStringLiteral("--") + option << q->value(0).toString();
        filters.append({key.constData(), q->value(1)});
    }

    const auto r = m_cli.run(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QList<qint64> cliIds;
    for (const QJsonValue &row : QJsonDocument::fromJson(r.out.toUtf8()).array())
        cliIds.append(row.toObject().value(QStringLiteral("id")).toInteger());

    const Registers::Table &t = listing == QLatin1String("placements") ? Registers::placements()
                                : listing == QLatin1String("students") ? Registers::students()
                                : listing == QLatin1String("hires")    ? Registers::hires()
                                                                       : Registers::periods();
    QList<SqlColumn> columns;
    for (const auto &[name, expr] : t.columns)
        columns.append({QString::fromLatin1(name), expr});
    SqlTableModel model(*m_plan, t.from, t.id, columns, {Entity::All});
    model.setFilter(t.where(filters));
    QList<qint64> pageIds;
    for (int row = 0; row < model.rowCount(); ++row)
        pageIds.append(model.idAt(row));

    QVERIFY(!cliIds.isEmpty()); // the demo has rows for every case, so the comparison says something
    if (!option.isEmpty())
        QVERIFY(cliIds.size() < model.totalCount()); // and the filter leaves some out
    std::sort(cliIds.begin(), cliIds.end());
    std::sort(pageIds.begin(), pageIds.end());
    QCOMPARE(pageIds, cliIds);
}

QTEST_MAIN(TestListingsMatch)
#include "tst_listingsmatch.moc"
