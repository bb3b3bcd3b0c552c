#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "documents/Reports.h"
#include "followup/FollowUp.h"
#include "storage/OverviewFigures.h"
#include "storage/PlanFile.h"
#include "storage/RowCursor.h"
#include "welcome/Checklists.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <sqlite3.h>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {

// Every statement the plan's connection prepares while it is traced (its text, bindings as ?).
struct StatementLog
{
    QStringList sql;

    static int onStatement(unsigned type, void *context, void *statement, void *)
    {
        if (type == SQLITE_TRACE_STMT)
            if (const char *text = sqlite3_sql(static_cast<sqlite3_stmt *>(statement)))
                static_cast<StatementLog *>(context)->sql << QString::fromUtf8(text);
        return 0;
    }
};

// The tables that grow with the plan (50,000 placements, 130,000 checklist items): reading one of them from end to
// end for a report or an overview list is what makes a big plan slow.
const QSet<QString> bigTables{u"placements"_s,      u"students"_s,    u"absences"_s,   u"assessment_meetings"_s,
                              u"checklist_items"_s, u"supervisors"_s, u"preferences"_s};

// alias -> table of a statement's FROM and JOIN clauses
QHash<QString, QString> aliases(const QString &sql)
{
    QHash<QString, QString> out;
    static const QRegularExpression re(uR"((?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    for (auto it = re.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        const QString table = m.captured(1).toLower();
        out.insert(table, table);
        const QString alias = m.captured(2);
        if (!alias.isEmpty() && alias.compare(u"WHERE"_s, Qt::CaseInsensitive) != 0 &&
            alias.compare(u"ON"_s, Qt::CaseInsensitive) != 0 && alias.compare(u"JOIN"_s, Qt::CaseInsensitive) != 0)
            out.insert(alias, table);
    }
    return out;
}

} // namespace

// The hot queries of the reports and the overview find their rows through indexes: EXPLAIN QUERY PLAN of each
// statement they run shows no full SCAN of a big table (docs/performance.md).
class TestQueryPlans : public QObject
{
    Q_OBJECT

    test::TempPlan m_plan;
    qint64 m_school = 0;
    qint64 m_period = 0;
    QDate m_from, m_to;

    // The big tables a statement reads from end to end, e.g. "SCAN p (placements)".
    QStringList fullScans(const QString &sql)
    {
        QStringList scans;
        auto plan = RowCursor::open(m_plan.plan(), u"EXPLAIN QUERY PLAN "_s + sql); // bindings left null
        if (!plan)
            return {u"EXPLAIN failed: "_s + plan.error().message};
        const QHash<QString, QString> tables = aliases(sql);
        static const QRegularExpression scan(uR"(^SCAN (\w+)(.*)$)"_s);
        for (auto more = plan->next(); more && *more; more = plan->next()) {
            const QString detail = plan->value(3).toString();
            const auto m = scan.match(detail);
            if (!m.hasMatch() || m.captured(2).contains(u"USING"_s))
                continue; // a search, or a scan of an index in the order asked for
            const QString table = tables.value(m.captured(1), m.captured(1).toLower());
            if (bigTables.contains(table))
                scans << detail + u" ("_s + table + u")"_s;
        }
        return scans;
    }

private slots:
    void initTestCase()
    {
        DemoOptions options;
        options.students = 400;
        options.today = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generate(m_plan.plan(), options));
        auto q = m_plan->exec(u"SELECT st.school_id, p.period_id, pe.start_date, pe.end_date FROM placements p"
                              " JOIN students st ON st.id = p.student_id JOIN periods pe ON pe.id = p.period_id"
                              " GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1"_s);
        QVERIFY(q && q->next());
        m_school = q->value(0).toLongLong();
        m_period = q->value(1).toLongLong();
        m_from = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        m_to = QDate::fromString(q->value(3).toString(), Qt::ISODate);
    }

    void hotQueriesUseIndexes_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("school report, a period") << 0;
        QTest::newRow("school report, a date range") << 1;
        QTest::newRow("supervisor report, a period's dates") << 2;
        QTest::newRow("supervisor report of one school") << 3;
        QTest::newRow("overview: meetings due") << 4;
        QTest::newRow("overview: checklist items due") << 5;
        QTest::newRow("overview: absence alerts of a period") << 6;
        QTest::newRow("overview: occupancy of a period") << 7;
        QTest::newRow("overview: placements by status in a period") << 8;
        QTest::newRow("overview: checklist items due per site and supervisor") << 9;
        QTest::newRow("overview: checklist items due at some sites") << 10;
        // not every placement the sites ever had: the due dates choose the rows
        QTest::newRow("overview: checklist items due at some sites, by due date") << 11;
    }

    void hotQueriesUseIndexes()
    {
        QFETCH(int, what);
        StatementLog log;
        sqlite3 *db = m_plan->handle();
        QVERIFY(db);
        sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &StatementLog::onStatement, &log);
        const QDate today(2026, 11, 23);
        bool ok = false;
        switch (what) {
        case 0:
            ok = Reports::schoolReport(m_plan.plan(), SchoolReportQuery{m_school, m_period, {}, {}, {}}).ok();
            break;
        case 1:
            ok = Reports::schoolReport(m_plan.plan(), SchoolReportQuery{m_school, 0, m_from, m_to, {}}).ok();
            break;
        case 2:
            ok = Reports::supervisorReport(m_plan.plan(), SupervisorReportQuery{m_from, m_to, 0, {}}).ok();
            break;
        case 3:
            ok = Reports::supervisorReport(m_plan.plan(), SupervisorReportQuery{m_from, m_to, m_school, {}}).ok();
            break;
        case 4:
            ok = FollowUp::meetingsDue(m_plan.plan(), 0, today, today.addDays(6)).ok();
            break;
        case 5:
            ok = Checklists::dueBetween(m_plan.plan(), today, today.addDays(6)).ok();
            break;
        case 6:
            ok = FollowUp::conflicts(m_plan.plan(), m_period, today).ok();
            break;
        case 7:
            ok = OverviewFigures::periodDates(m_plan.plan(), m_period).ok() &&
                 OverviewFigures::occupancy(m_plan.plan(), m_period).ok();
            break;
        case 8:
            ok = OverviewFigures::statusCounts(m_plan.plan(), m_period).ok();
            break;
        case 9:
            ok = Checklists::dueGroups(m_plan.plan(), today, today.addDays(6), today).ok();
            break;
        case 10:
        case 11:
            ok = Checklists::dueBetween(m_plan.plan(), today, today.addDays(6), QList<qint64>{1, 2}).ok();
            break;
        }
        sqlite3_trace_v2(db, 0, nullptr, nullptr);
        QVERIFY(ok);
        QVERIFY(!log.sql.isEmpty());
        QStringList findings;
        for (const QString &sql : std::as_const(log.sql)) {
            if (!sql.trimmed().startsWith(u"SELECT"_s, Qt::CaseInsensitive))
                continue;
            const QStringList scans = fullScans(sql);
            if (!scans.isEmpty())
                findings << scans.join(u", "_s) + u" in: "_s + sql.simplified().left(300);
        }
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u"\n"_s)));
        if (what == 11) {
            auto plan = RowCursor::open(m_plan.plan(), u"EXPLAIN QUERY PLAN "_s + log.sql.constLast());
            QVERIFY(plan);
            QString first;
            for (auto more = plan->next(); more && *more && first.isEmpty(); more = plan->next())
                if (plan->value(3).toString().startsWith(u"SEARCH"_s))
                    first = plan->value(3).toString();
            QVERIFY2(first.contains(u"checklist_items_due"_s), qPrintable(first));
        }
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
