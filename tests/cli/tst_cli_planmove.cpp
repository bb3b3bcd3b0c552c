#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;

// Issue 16's steps through the real praksisplan-cli: a demo plan, `plan --apply`, the period a week later by
// `import periods`, `plan --apply` again ("15 moved"): the moved placements' checklists and meetings follow.
class TestCliPlanMove : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QByteArray cli(const QStringList &args, int expected = 0)
    {
        QProcess p;
        p.start(QStringLiteral(PRAKSIS_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
        p.waitForFinished(120000);
        if (p.exitCode() != expected)
            qWarning() << args << p.exitCode() << p.readAllStandardError();
        return p.readAllStandardOutput();
    }

private slots:
    void movedPeriodTakesChecklistsAndMeetings()
    {
        m_db = m_dir.filePath(QStringLiteral("p.praksisplan"));
        const QString period = QStringLiteral("Sykepleie vår 2027");
        cli({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY(cli({QStringLiteral("plan"), QStringLiteral("--period"), period, QStringLiteral("--apply")})
                    .contains("15 new"));
        // the period's own rows, a week later
        QString csv = QStringLiteral("Navn,Skole,Studieprogram,Start,Slutt,Timer per uke,Stedstyper\n");
        {
            auto plan = PlanFile::open(m_db);
            QVERIFY(plan.ok());
            auto q = plan.value()->exec(
                QStringLiteral("SELECT s.name, pr.name FROM period_programmes pp JOIN programmes pr ON pr.id = "
                               "pp.programme_id JOIN schools s ON s.id = pr.school_id JOIN periods pe ON pe.id = "
                               "pp.period_id WHERE pe.name = ?"),
                {period});
            QVERIFY(q.ok());
            while (q->next())
                csv += period + u',' + q->value(0).toString() + u',' + q->value(1).toString() +
                       QStringLiteral(",18.01.2027,12.03.2027,30,helsehus|hjemmetjeneste|legevakt|sykehjem\n");
        }
        QFile f(m_dir.filePath(QStringLiteral("periods.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
        f.close();
        cli({QStringLiteral("import"), QStringLiteral("periods"), f.fileName()});
        QVERIFY(cli({QStringLiteral("plan"), QStringLiteral("--period"), period, QStringLiteral("--apply")})
                    .contains("15 moved"));

        auto plan = PlanFile::open(m_db);
        QVERIFY(plan.ok());
        // every moved placement: its last checklist item due on its new end, its last meeting after the old end
        auto q = plan.value()->exec(
            QStringLiteral("SELECT p.start_date, p.end_date, (SELECT max(due_date) FROM checklist_items c WHERE "
                           "c.placement_id = p.id), (SELECT max(planned_date) FROM assessment_meetings m WHERE "
                           "m.placement_id = p.id) FROM placements p JOIN periods pe ON pe.id = p.period_id "
                           "WHERE pe.name = ? AND p.locked = 0"),
            {period});
        QVERIFY(q.ok());
        int n = 0;
        while (q->next()) {
            ++n;
            QCOMPARE(q->value(0).toString(), QStringLiteral("2027-01-18"));
            QCOMPARE(q->value(2).toString(), q->value(1).toString());
            QVERIFY2(q->value(3).toString() > QStringLiteral("2027-03-05"), qPrintable(q->value(3).toString()));
        }
        QCOMPARE(n, 15);
    }
};

QTEST_GUILESS_MAIN(TestCliPlanMove)
#include "tst_cli_planmove.moc"
