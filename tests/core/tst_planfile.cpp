#include "TestSupport.h"
#include "model/Kinds.h"
#include "storage/PlanFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;

namespace {
// The text SQLite keeps of a table's definition.
QString tableSql(PlanFile &plan, const QString &table)
{
    return test::scalar(plan, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"),
                        {table})
        .toString();
}

// The values a CHECK (column = 'a' OR column = 'b' …) of the table allows, in order.
QStringList allowedValues(PlanFile &plan, const QString &table, const QString &column)
{
    QStringList out;
    const QRegularExpression comparison(QStringLiteral("\\b%1 = '([^']*)'").arg(column));
    for (auto it = comparison.globalMatch(tableSql(plan, table)); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

template<typename E> QStringList ids()
{
    QStringList out;
    for (E v : allValues<E>())
        out << toId(v);
    return out;
}

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

    // The kinds a column may hold are OR-ed comparisons, not CHECK (x IN (…)): SQLite 3.40 rebuilds an IN list for
    // every row it checks, which made the open's quick_check the larger part of a listing (docs/performance.md).
    // The values are exactly the identifiers of core/model/Kinds.h.
    void checkConstraintsAreOredComparisons_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("schools") << QStringLiteral("schools") << QStringLiteral("kind") << ids<SchoolKind>();
        QTest::newRow("programmes") << QStringLiteral("programmes") << QStringLiteral("kind") << ids<ProgrammeKind>();
        QTest::newRow("sites") << QStringLiteral("sites") << QStringLiteral("kind") << ids<SiteKind>();
        QTest::newRow("supervisors") << QStringLiteral("supervisors") << QStringLiteral("profession")
                                     << ids<Profession>();
        QTest::newRow("period_site_kinds")
            << QStringLiteral("period_site_kinds") << QStringLiteral("kind") << ids<SiteKind>();
        QTest::newRow("placements") << QStringLiteral("placements") << QStringLiteral("status")
                                    << ids<PlacementStatus>();
        QTest::newRow("assessment_meetings")
            << QStringLiteral("assessment_meetings") << QStringLiteral("kind") << ids<MeetingKind>();
        QTest::newRow("absences") << QStringLiteral("absences") << QStringLiteral("reason") << ids<AbsenceReason>();
        QTest::newRow("template_items") << QStringLiteral("template_items") << QStringLiteral("role") << ids<Role>();
        QTest::newRow("checklist_texts") << QStringLiteral("checklist_texts") << QStringLiteral("role") << ids<Role>();
        QTest::newRow("hires profession")
            << QStringLiteral("hires") << QStringLiteral("profession") << ids<Profession>();
        QTest::newRow("hires position") << QStringLiteral("hires") << QStringLiteral("position")
                                        << QStringList{QStringLiteral("fast"), QStringLiteral("vikariat"),
                                                       QStringLiteral("sommervikar")};
        QTest::newRow("hires end_reason")
            << QStringLiteral("hires") << QStringLiteral("end_reason")
            << QStringList{QStringLiteral("annen-stilling-i-kommunen"), QStringLiteral("annen-arbeidsgiver"),
                           QStringLiteral("utdanning"), QStringLiteral("flytting"), QStringLiteral("annet")};
    }

    void checkConstraintsAreOredComparisons()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QStringList, values);
        test::TempPlan t;
        QCOMPARE(allowedValues(t.plan(), table, column), values);
        QVERIFY2(!tableSql(t.plan(), table).contains(QRegularExpression(QStringLiteral("\\bIN\\s*\\("))),
                 qPrintable(tableSql(t.plan(), table)));
    }

    void noTableChecksAnInList()
    {
        test::TempPlan t;
        auto q = t->exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table'"));
        QVERIFY(q.ok());
        const QRegularExpression inList(QStringLiteral("\\bIN\\s*\\("), QRegularExpression::CaseInsensitiveOption);
        int tables = 0;
        while (q->next()) {
            ++tables;
            QVERIFY2(!q->value(1).toString().contains(inList), qPrintable(q->value(0).toString()));
        }
        QVERIFY(tables > 10);
    }

    // A plan of version 4 (before 005_cheap_checks.sql) gets the same constraints as a new plan; its rows stay, and a
    // row that breaks them afterwards is still found by the open's check (a damaged plan is refused).
    void versionFourPlanGetsTheCheapChecks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.praksisplan"));
        QList<Migration> upToFour;
        for (const Migration &m : PlanFile::builtInMigrations())
            if (m.version <= 4)
                upToFour << m;
        {
            auto r = PlanFile::open(path, PlanFile::OpenMode::OpenOrCreate, upToFour);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
            QCOMPARE(r.value()->schemaVersion(), 4);
            QVERIFY(tableSql(*r.value(), QStringLiteral("placements")).contains(QStringLiteral("status IN (")));
            QVERIFY(r.value()->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('S', 'hogskole')")).ok());
        }
        test::TempPlan fresh;
        {
            auto r = PlanFile::open(path, PlanFile::OpenMode::OpenExisting);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
            PlanFile &plan = *r.value();
            QCOMPARE(plan.schemaVersion(), PlanFile::currentSchemaVersion());
            for (const char *table :
                 {"schools", "sites", "placements", "period_site_kinds", "checklist_texts", "hires"})
                QCOMPARE(tableSql(plan, QString::fromLatin1(table)),
                         tableSql(fresh.plan(), QString::fromLatin1(table)));
            QCOMPARE(test::scalar(plan, QStringLiteral("SELECT kind FROM schools")).toString(),
                     QStringLiteral("hogskole"));
            QCOMPARE(test::scalar(plan, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
            // the connection is defensive again once the migration has run
            QVERIFY(plan.exec(QStringLiteral("PRAGMA writable_schema = ON")).ok());
            QVERIFY(!plan.exec(QStringLiteral("UPDATE sqlite_schema SET sql = sql WHERE name = 'schools'")).ok());
            // the rewritten constraint refuses what the old one refused
            QVERIFY(!plan.exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('T', 'barnehage')")).ok());
            QVERIFY(plan.exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('T', 'vgs')")).ok());
        }
        {
            auto r = PlanFile::open(path, PlanFile::OpenMode::OpenExisting); // checked and opened again
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        }
    }

    // A row that breaks a CHECK constraint (written by another program, which may switch the checks off) makes the
    // plan damaged: it is refused on open, with the constraint SQLite names. (A connection that only reads does
    // not know the CHECK constraints: SQLite does not parse them for a read-only database, so its quick_check
    // cannot verify them; the commands that only read check the file's structure and references.)
    void refusesARowBreakingAConstraint_data()
    {
        QTest::addColumn<QString>("insert");
        QTest::newRow("school kind") << QStringLiteral("INSERT INTO schools (name, kind) VALUES ('S', 'barnehage')");
        QTest::newRow("site kind (a long list)")
            << QStringLiteral("INSERT INTO sites (name, kind) VALUES ('Heimen', 'sykehus')");
        QTest::newRow("checklist role") << QStringLiteral(
            "INSERT INTO checklist_texts (section_nb, text_nb, role) VALUES ('A', 'B', 'rektor')");
        QTest::newRow("site capacity") << QStringLiteral(
            "INSERT INTO sites (name, kind, capacity) VALUES ('H', 'annet', -1)");
    }

    void refusesARowBreakingAConstraint()
    {
        QFETCH(QString, insert);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.praksisplan"));
        {
            auto r = PlanFile::open(path);
            QVERIFY(r.ok());
            QVERIFY(!r.value()->exec(insert).ok());
            QVERIFY(r.value()->exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")).ok());
            QVERIFY(r.value()->exec(insert).ok());
        }
        auto r = PlanFile::open(path, PlanFile::OpenMode::OpenExisting);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotAPlan);
        QVERIFY2(r.error().message.contains(QStringLiteral("is damaged (CHECK constraint failed")),
                 qPrintable(r.error().message));
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
