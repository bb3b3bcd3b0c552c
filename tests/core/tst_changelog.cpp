#include "TestSupport.h"
#include "storage/ChangeLog.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#endif

using namespace praksis;

class TestChangeLog : public QObject
{
    Q_OBJECT

private:
    static Result<void> change(PlanFile &plan, Entity entity, Change::Kind kind, const QList<qint64> &ids)
    {
        Transaction tx(plan);
        if (!tx.ok())
            return tx.error();
        if (auto r = plan.exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES (?, 'vgs')"),
                               {QStringLiteral("S%1").arg(
                                   test::scalar(plan, QStringLiteral("SELECT count(*) FROM schools")).toInt())});
            !r)
            return r.error();
        plan.notifyChanged(entity, kind, ids);
        return tx.commit();
    }

    // The entries after `since` (a new plan may already log its own setup, e.g. the default template).
    static QList<ChangeLog::Entry> after(PlanFile &plan, qint64 since, const QString &entity = {})
    {
        QList<ChangeLog::Entry> out;
        auto all = ChangeLog::entries(plan, -1, entity);
        if (!all)
            qFatal("%s", qPrintable(all.error().toString()));
        for (const auto &e : std::as_const(all.value()))
            if (e.id > since)
                out << e;
        return out;
    }
    static qint64 lastId(PlanFile &plan)
    {
        return test::scalar(plan, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")).toLongLong();
    }

private slots:
    void init() { ChangeLog::setUserName(QStringLiteral("koordinator")); }
    void cleanup() { ChangeLog::setUserName({}); }

    void oneEntryPerAnnouncedChange_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<QString>("entityId");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QVariant>("recordId");
        QTest::addColumn<QString>("summary");
        QTest::newRow("one student inserted")
            << int(Entity::Student) << int(Change::Kind::Inserted) << QList<qint64>{5} << QStringLiteral("student")
            << QStringLiteral("inserted") << QVariant(5) << QString();
        QTest::newRow("three placements removed")
            << int(Entity::Placement) << int(Change::Kind::Removed) << QList<qint64>{1, 2, 3}
            << QStringLiteral("placement") << QStringLiteral("removed") << QVariant()
            << QStringLiteral("3 records: 1, 2, 3");
        QList<qint64> many;
        for (qint64 i = 1; i <= 25; ++i)
            many << i;
        QTest::newRow("many updated") << int(Entity::SupervisorAbsence) << int(Change::Kind::Updated) << many
                                      << QStringLiteral("supervisor-absence") << QStringLiteral("updated") << QVariant()
                                      << QStringLiteral("25 records");
        QTest::newRow("everything reset")
            << int(Entity::All) << int(Change::Kind::Reset) << QList<qint64>{} << QStringLiteral("all")
            << QStringLiteral("reset") << QVariant() << QString();
    }

    void oneEntryPerAnnouncedChange()
    {
        QFETCH(int, entity);
        QFETCH(int, kind);
        QFETCH(QList<qint64>, ids);
        QFETCH(QString, entityId);
        QFETCH(QString, action);
        QFETCH(QVariant, recordId);
        QFETCH(QString, summary);
        test::TempPlan t;
        const qint64 since = lastId(t.plan());
        const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
        QVERIFY(change(t.plan(), Entity(entity), Change::Kind(kind), ids).ok());
        const auto entries = after(t.plan(), since);
        QCOMPARE(entries.size(), 1);
        const ChangeLog::Entry e = entries.constFirst();
        QCOMPARE(e.user, QStringLiteral("koordinator"));
        QCOMPARE(e.entity, entityId);
        QCOMPARE(e.action, action);
        QCOMPARE(e.entityId.has_value(), recordId.isValid());
        if (recordId.isValid())
            QCOMPARE(*e.entityId, recordId.toLongLong());
        QCOMPARE(e.summary, summary);
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        QVERIFY2(at.isValid(), qPrintable(e.at));
        QVERIFY2(e.at.contains(QLatin1Char('+')) || e.at.endsWith(QLatin1Char('Z')), qPrintable(e.at)); // has an offset
        QVERIFY(at >= before && at <= QDateTime::currentDateTime().addSecs(1));
    }

    void rolledBackChangesAreNotLogged()
    {
        test::TempPlan t;
        const qint64 since = lastId(t.plan());
        {
            Transaction tx(t.plan());
            t->notifyChanged(Entity::Student, Change::Kind::Inserted, {1});
        }
        {
            Transaction outer(t.plan());
            {
                Transaction inner(t.plan());
                t->notifyChanged(Entity::Site, Change::Kind::Inserted, {7});
                QVERIFY(inner.commit().ok());
            }
            QCOMPARE(lastId(t.plan()), since);
            QVERIFY(outer.commit().ok());
        }
        const auto entries = after(t.plan(), since);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().entity, QStringLiteral("site"));
    }

    void noChangeWithoutItsEntry()
    {
        test::TempPlan t;
        // A log that cannot be written: the change it belongs to must not be committed either.
        QVERIFY(t->exec(QStringLiteral("CREATE TRIGGER no_log BEFORE INSERT ON change_log "
                                       "BEGIN SELECT RAISE(ABORT, 'log refused'); END"))
                    .ok());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        QVERIFY(!change(t.plan(), Entity::School, Change::Kind::Inserted, {1}).ok());
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM schools")).toInt(), 0);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(t->transactionDepth(), 0);
    }

    void entriesNewestLimitedAndFiltered()
    {
        test::TempPlan t;
        QVERIFY(t->exec(QStringLiteral("DELETE FROM change_log")).ok());
        QVERIFY(change(t.plan(), Entity::Student, Change::Kind::Inserted, {1}).ok());
        QVERIFY(change(t.plan(), Entity::Site, Change::Kind::Inserted, {2}).ok());
        QVERIFY(change(t.plan(), Entity::Student, Change::Kind::Updated, {3}).ok());
        auto all = ChangeLog::entries(t.plan());
        QCOMPARE(all->size(), 3);
        QCOMPARE(*all->at(0).entityId, 1); // oldest first
        auto last2 = ChangeLog::entries(t.plan(), 2);
        QCOMPARE(last2->size(), 2);
        QCOMPARE(*last2->at(0).entityId, 2);
        QCOMPARE(*last2->at(1).entityId, 3);
        auto students = ChangeLog::entries(t.plan(), -1, QStringLiteral("student"));
        QCOMPARE(students->size(), 2);
        QCOMPARE(students->at(1).action, QStringLiteral("updated"));
    }

    void everyEntityHasItsOwnId()
    {
        const QStringList ids = ChangeLog::allEntityIds();
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        QCOMPARE(ids.size(), int(Entity::All) + 1);
    }

    void userNameFromTheSystem()
    {
        ChangeLog::setUserName({});
        QVERIFY(!ChangeLog::userName().isEmpty());
        QVERIFY(!ChangeLog::userName().isNull());
#ifdef Q_OS_UNIX
        // the account's full name where its GECOS entry has one, else the login
        const QString login = qEnvironmentVariable("USER");
        const passwd *account = login.isEmpty() ? nullptr : getpwnam(login.toLocal8Bit().constData());
        const QString full = account && account->pw_gecos
                                 ? QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed()
                                 : QString();
        if (!login.isEmpty())
            QCOMPARE(ChangeLog::userName(), full.isEmpty() ? login : full);
#endif
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
