#include "TestSupport.h"
#include "storage/PlanFile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;

namespace {
QByteArray fileContents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestPlanFile : public QObject
{
    Q_OBJECT

private slots:
    void createsEmptyPlanAtCurrentVersion()
    {
        test::TempPlan t;
        QCOMPARE(t->schemaVersion(), PlanFile::currentSchemaVersion());
        QVERIFY(PlanFile::currentSchemaVersion() >= 1);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QVERIFY(test::scalar(t.plan(), QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("PRAGMA application_id")).toInt(), PlanFile::applicationId);
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'placements'"))
                     .toInt(),
                 1);
    }

    void connectionIsDefensive()
    {
        // A plan's schema may not call functions with side effects, and SQL may not rewrite the schema.
        test::TempPlan t;
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
        QVERIFY(t->exec(QStringLiteral("PRAGMA writable_schema = ON")).ok());
        QVERIFY(!t->exec(QStringLiteral("UPDATE sqlite_schema SET sql = '' WHERE name = 'schools'")).ok());
    }

    void schemaOfTheProgramOnlyAfterMigration()
    {
        // What the program creates passes the allow-list, also a plan that was migrated; anything more is refused.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.praksisplan"));
        QList<Migration> steps = PlanFile::builtInMigrations();
        steps << Migration{PlanFile::currentSchemaVersion() + 1,
                           QStringLiteral("CREATE TABLE extra (id INTEGER PRIMARY KEY, x TEXT);"
                                          "CREATE INDEX extra_x ON extra (x);"
                                          "ALTER TABLE schools ADD COLUMN motto TEXT NOT NULL DEFAULT '';")};
        QVERIFY(PlanFile::open(path).ok()); // the current version
        {
            auto r = PlanFile::open(path, PlanFile::OpenMode::OpenExisting, steps);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        }
        {
            auto r = PlanFile::open(path, PlanFile::OpenMode::OpenExisting, steps); // migrated, then checked
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
            QVERIFY(r.value()->exec(QStringLiteral("CREATE VIEW names AS SELECT name FROM schools")).ok());
        }
        auto r = PlanFile::open(path, PlanFile::OpenMode::OpenExisting, steps);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotAPlan);
        QVERIFY2(r.error().message.contains(QStringLiteral("view “names”")), qPrintable(r.error().message));
    }

    void planIsPrivate()
    {
        test::TempPlan t;
        const auto perms = QFile::permissions(t.path());
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner));
        QVERIFY(!perms.testFlag(QFileDevice::ReadGroup));
        QVERIFY(!perms.testFlag(QFileDevice::ReadOther));
    }

    void rollsBackUnlessCommitted()
    {
        test::TempPlan t;
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        {
            Transaction tx(t.plan());
            QVERIFY(tx.ok());
            QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('A', 'vgs')")).ok());
            t->notifyChanged(Entity::School, Change::Kind::Inserted, {1});
        }
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT count(*) FROM schools")).toInt(), 0);
        QCOMPARE(spy.count(), 0);
        {
            Transaction tx(t.plan());
            QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('A', 'vgs')")).ok());
            {
                Transaction inner(t.plan());
                QVERIFY(inner.ok());
                QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('B', 'vgs')")).ok());
                // inner rolls back, outer survives
            }
            t->notifyChanged(Entity::School, Change::Kind::Inserted, {1});
            QCOMPARE(spy.count(), 0); // announced only after commit
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(spy.count(), 1);
        t.reopen();
        QCOMPARE(test::scalar(t.plan(), QStringLiteral("SELECT group_concat(name) FROM schools")).toString(),
                 QStringLiteral("A"));
    }

    void foreignKeysEnforced()
    {
        test::TempPlan t;
        auto r = t->exec(QStringLiteral("INSERT INTO programmes (school_id, name, kind) VALUES (99, 'X', 'annet')"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::newRow("text") << QByteArray("Fornavn;Etternavn\nKari;Nordmann\n") << int(Error::Kind::NotAPlan);
        QTest::newRow("truncated sqlite header")
            << QByteArray("SQLite format 3\0\x10\x00", 19) << int(Error::Kind::NotAPlan);
    }

    void refusesForeignFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.praksisplan"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto r = PlanFile::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(QFile(path).size(), content.size()); // untouched
    }

    void refusesOtherSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto r = PlanFile::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotAPlan);
    }

    void migratesWithBackupAndRefusesNewer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.praksisplan"));
        {
            auto r = PlanFile::open(path);
            QVERIFY(r.ok());
            Transaction tx(*r.value());
            QVERIFY(r.value()->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('Nord', 'vgs')")).ok());
            QVERIFY(tx.commit().ok());
        }
        QList<Migration> steps = PlanFile::builtInMigrations();
        const int next = PlanFile::currentSchemaVersion() + 1;
        steps << Migration{next, QStringLiteral("ALTER TABLE schools ADD COLUMN motto TEXT NOT NULL DEFAULT '';"
                                                "UPDATE schools SET motto = 'migrated';")};
        QString backup;
        {
            auto r = PlanFile::open(path, PlanFile::OpenMode::OpenExisting, steps);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
            QCOMPARE(r.value()->schemaVersion(), next);
            QCOMPARE(test::scalar(*r.value(), QStringLiteral("SELECT motto FROM schools")).toString(),
                     QStringLiteral("migrated"));
            backup = r.value()->migrationBackupPath();
        }
        QVERIFY(QFile::exists(backup));
        {
            // the backup is the plan as it was before the step
            auto b = PlanFile::open(backup, PlanFile::OpenMode::OpenExisting);
            QVERIFY(b.ok());
            QCOMPARE(b.value()->schemaVersion(), next - 1);
            QCOMPARE(test::scalar(*b.value(), QStringLiteral("SELECT name FROM schools")).toString(),
                     QStringLiteral("Nord"));
        }
        // running the migration again changes nothing
        {
            auto r = PlanFile::open(path, PlanFile::OpenMode::OpenExisting, steps);
            QVERIFY(r.ok());
            QVERIFY(r.value()->migrationBackupPath().isEmpty());
        }
        // this version of the program (without the step) refuses the newer plan
        auto older = PlanFile::open(path, PlanFile::OpenMode::OpenExisting);
        QVERIFY(!older.ok());
        QCOMPARE(older.error().kind, Error::Kind::NewerVersion);
        QVERIFY(older.error().message.contains(QString::number(next)));
    }

    void failedMigrationLeavesPlanAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.praksisplan"));
        QVERIFY(PlanFile::open(path).ok());
        QList<Migration> steps = PlanFile::builtInMigrations();
        const int next = PlanFile::currentSchemaVersion() + 1;
        steps << Migration{next, QStringLiteral("ALTER TABLE schools ADD COLUMN a TEXT; SELECT * FROM no_such_table;")};
        auto r = PlanFile::open(path, PlanFile::OpenMode::OpenExisting, steps);
        QVERIFY(!r.ok());
        auto again = PlanFile::open(path, PlanFile::OpenMode::OpenExisting);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->schemaVersion(), next - 1);
        QCOMPARE(test::scalar(*again.value(), QStringLiteral("SELECT count(*) FROM pragma_table_info('schools') "
                                                             "WHERE name = 'a'"))
                     .toInt(),
                 0);
    }

    void cancelledWhileCheckingChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.praksisplan"));
        {
            auto r = PlanFile::open(path);
            QVERIFY(r.ok());
            Transaction tx(*r.value());
            for (int i = 0; i < 3000; ++i)
                QVERIFY(r.value()
                            ->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES (?, 'vgs')"),
                                   {QStringLiteral("School %1").arg(i)})
                            .ok());
            QVERIFY(tx.commit().ok());
        }
        const QByteArray before = fileContents(path);
        int asked = 0;
        PlanFile::OpenOptions options{PlanFile::OpenMode::OpenExisting};
        options.keepGoing = [&asked] { return ++asked < 3; };
        auto r = PlanFile::open(path, options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QVERIFY(r.error().message.contains(QStringLiteral("c.praksisplan")));
        QVERIFY(asked >= 3);
        QCOMPARE(fileContents(path), before);
        // a later open that is let through sees the whole plan
        options.keepGoing = [] { return true; };
        auto again = PlanFile::open(path, options);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toString()));
        QCOMPARE(test::scalar(*again.value(), QStringLiteral("SELECT count(*) FROM schools")).toInt(), 3000);
    }

    void checksCanBeSkippedForAPlanCheckedElsewhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.praksisplan"));
        {
            auto r = PlanFile::open(path);
            QVERIFY(r.ok());
            QVERIFY(r.value()->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
            QVERIFY(r.value()
                        ->exec(QStringLiteral("INSERT INTO programmes (school_id, name, kind) "
                                              "VALUES (99, 'Sykepleie', 'sykepleie')"))
                        .ok());
        }
        auto checked = PlanFile::open(path, PlanFile::OpenMode::OpenExisting);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, Error::Kind::NotAPlan);
        QVERIFY(checked.error().message.contains(QStringLiteral("programmes")));

        PlanFile::OpenOptions options{PlanFile::OpenMode::OpenExisting};
        options.check = false;
        auto unchecked = PlanFile::open(path, options);
        QVERIFY2(unchecked.ok(), unchecked.ok() ? "" : qPrintable(unchecked.error().toString()));
        QCOMPARE(unchecked.value()->schemaVersion(), PlanFile::currentSchemaVersion());
    }

    // Changes are announced once the outermost transaction commits: neighbouring changes of one kind to one entity
    // as one, what a savepoint rolled back not at all.
    void changesAreJoinedAndRolledBackWithTheirSavepoint()
    {
        test::TempPlan t;
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        {
            Transaction outer(t.plan());
            QVERIFY(outer.ok());
            t->notifyChanged(Entity::Meeting, Change::Kind::Inserted, {1});
            for (qint64 id : {2, 3}) {
                Transaction inner(t.plan()); // as each repository call has its own
                t->notifyChanged(Entity::Meeting, Change::Kind::Inserted, {id});
                QVERIFY(inner.commit().ok());
            }
            {
                Transaction failed(t.plan());
                t->notifyChanged(Entity::Meeting, Change::Kind::Inserted, {99});
                t->notifyChanged(Entity::Student, Change::Kind::Removed, {98});
                failed.rollback();
            }
            t->notifyChanged(Entity::Student, Change::Kind::Updated, {7});
            t->notifyChanged(Entity::Meeting, Change::Kind::Inserted, {4});
            t->notifyChanged(Entity::All, Change::Kind::Reset);
            t->notifyChanged(Entity::All, Change::Kind::Reset);
            QCOMPARE(spy.count(), 0);
            QVERIFY(outer.commit().ok());
        }
        QList<Change> told;
        for (const auto &args : std::as_const(spy))
            told << args.first().value<Change>();
        QCOMPARE(told.size(), 5);
        QCOMPARE(told.at(0).entity, Entity::Meeting);
        QCOMPARE(told.at(0).ids, (QList<qint64>{1, 2, 3}));
        QCOMPARE(told.at(1).entity, Entity::Student);
        QCOMPARE(told.at(1).ids, QList<qint64>{7});
        QCOMPARE(told.at(2).ids, QList<qint64>{4});
        // a change that names no records (the whole plan) is never joined: each may mean something else
        QCOMPARE(told.at(3).entity, Entity::All);
        QCOMPARE(told.at(4).entity, Entity::All);
    }

    void backupIsConsistentCopy()
    {
        test::TempPlan t;
        QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('S', 'vgs')")).ok());
        const QString copy = t.dir() + QStringLiteral("/copy.praksisplan");
        QVERIFY(t->backupTo(copy).ok());
        QVERIFY(!QFile::permissions(copy).testFlag(QFileDevice::ReadOther));
        auto b = PlanFile::open(copy, PlanFile::OpenMode::OpenExisting);
        QVERIFY(b.ok());
        QCOMPARE(test::scalar(*b.value(), QStringLiteral("SELECT name FROM schools")).toString(), QStringLiteral("S"));
    }
};

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
