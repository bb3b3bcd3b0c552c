#include "PgCluster.h"
#include "storage/NameOrder.h"
#include "storage/PlanFile.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace praksis;
using namespace Qt::StringLiterals;
using praksis::test::PgCluster;

namespace {

// One table's shape, as both databases can describe it: columns with their types, the primary key, the unique
// constraints and indexes and the references, each by its columns.
struct TableShape
{
    QMap<QString, QString> columns; // name -> "type" or "type not null", the SQLite type mapped to PostgreSQL's
    QString primaryKey;             // "a,b"
    QStringList indexes;            // "unique a,b", "index a,b where", "(expr)" for an expression
    QStringList references;         // "a -> table(b) on delete cascade"
};
using Shape = QMap<QString, TableShape>;

// The type mapping, written once: the SQLite type a PostgreSQL column type stands for.
QString sqliteTypeOf(const QString &pgType)
{
    static const QMap<QString, QString> types{{u"bigint"_s, u"INTEGER"_s},
                                              {u"integer"_s, u"INTEGER"_s},
                                              {u"boolean"_s, u"INTEGER"_s},
                                              {u"text"_s, u"TEXT"_s},
                                              {u"date"_s, u"TEXT"_s},
                                              {u"timestamp with time zone"_s, u"TEXT"_s},
                                              {u"double precision"_s, u"REAL"_s}};
    return types.value(pgType, u"(unmapped %1)"_s.arg(pgType));
}

QList<QVariantList> rows(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    QList<QVariantList> out;
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

QString columnType(const QString &type, bool notNull)
{
    return notNull ? type + u" not null"_s : type;
}

Shape sqliteShape(QSqlDatabase db)
{
    Shape shape;
    for (const auto &t :
         rows(db, u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s)) {
        const QString table = t.at(0).toString();
        TableShape &s = shape[table];
        QMap<int, QString> pk;
        for (const auto &c : rows(db, u"PRAGMA table_info(%1)"_s.arg(table))) { // cid name type notnull dflt pk
            const int pkPos = c.at(5).toInt();
            s.columns.insert(c.at(1).toString(),
                             columnType(c.at(2).toString().toUpper(), c.at(3).toBool() || pkPos > 0));
            if (pkPos > 0)
                pk.insert(pkPos, c.at(1).toString());
        }
        s.primaryKey = QStringList(pk.values()).join(u',');
        for (const auto &i : rows(db, u"PRAGMA index_list(%1)"_s.arg(table))) { // seq name unique origin partial
            if (i.at(3).toString() == u"pk")
                continue;
            QStringList cols;
            for (const auto &c : rows(db, u"PRAGMA index_info(\"%1\")"_s.arg(i.at(1).toString())))
                cols << (c.at(2).isNull() ? u"(expr)"_s : c.at(2).toString());
            s.indexes << u"%1 %2%3"_s.arg(i.at(2).toBool() ? u"unique"_s : u"index"_s, cols.join(u','),
                                          i.at(4).toBool() ? u" where"_s : QString());
        }
        for (const auto &f : rows(db, u"PRAGMA foreign_key_list(%1)"_s.arg(table))) // id seq table from to upd del
            s.references << u"%1 -> %2(%3) on delete %4"_s.arg(f.at(3).toString(), f.at(2).toString(),
                                                               f.at(4).toString(), f.at(6).toString().toLower());
        s.indexes.sort();
        s.references.sort();
    }
    return shape;
}

Shape postgresShape(QSqlDatabase db)
{
    Shape shape;
    for (const auto &c : rows(db, u"SELECT table_name, column_name, data_type, is_nullable FROM "
                                  "information_schema.columns WHERE table_schema = 'praksis' AND table_name <> "
                                  "'plan_meta'"_s)) {
        const QString type = sqliteTypeOf(c.at(2).toString());
        shape[c.at(0).toString()].columns.insert(c.at(1).toString(), columnType(type, c.at(3).toString() == u"NO"));
    }
    const QString columnsOf = u"(SELECT string_agg(COALESCE(a.attname, '(expr)'), ',' ORDER BY k.n) FROM "
                              "unnest(%1) WITH ORDINALITY k(attnum, n) LEFT JOIN pg_attribute a ON "
                              "a.attrelid = %2 AND a.attnum = k.attnum)"_s;
    for (const auto &i : rows(db, u"SELECT c.relname, x.indisprimary, x.indisunique, x.indpred IS NOT NULL, %1 FROM "
                                  "pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = "
                                  "c.relnamespace WHERE n.nspname = 'praksis' AND c.relname <> 'plan_meta'"_s.arg(
                                      columnsOf.arg(u"x.indkey::int2[]"_s, u"x.indrelid"_s)))) {
        TableShape &s = shape[i.at(0).toString()];
        if (i.at(1).toBool())
            s.primaryKey = i.at(4).toString();
        else
            s.indexes << u"%1 %2%3"_s.arg(i.at(2).toBool() ? u"unique"_s : u"index"_s, i.at(4).toString(),
                                          i.at(3).toBool() ? u" where"_s : QString());
    }
    const QString actions = u"CASE f.confdeltype WHEN 'a' THEN 'no action' WHEN 'r' THEN 'restrict' WHEN 'c' THEN "
                            "'cascade' WHEN 'n' THEN 'set null' ELSE 'set default' END"_s;
    for (const auto &f : rows(db, u"SELECT c.relname, %1, r.relname, %2, %3 FROM pg_constraint f JOIN pg_class c ON "
                                  "c.oid = f.conrelid JOIN pg_class r ON r.oid = f.confrelid JOIN pg_namespace n ON "
                                  "n.oid = c.relnamespace WHERE f.contype = 'f' AND n.nspname = 'praksis'"_s.arg(
                                      columnsOf.arg(u"f.conkey"_s, u"f.conrelid"_s),
                                      columnsOf.arg(u"f.confkey"_s, u"f.confrelid"_s), actions)))
        shape[f.at(0).toString()].references << u"%1 -> %2(%3) on delete %4"_s.arg(
            f.at(1).toString(), f.at(2).toString(), f.at(3).toString(), f.at(4).toString());
    for (TableShape &s : shape) {
        s.indexes.sort();
        s.references.sort();
    }
    return shape;
}

QString describe(const TableShape &s)
{
    QStringList parts;
    for (auto it = s.columns.begin(); it != s.columns.end(); ++it)
        parts << it.key() + u' ' + it.value();
    return u"columns: %1\nprimary key: %2\nindexes: %3\nreferences: %4"_s.arg(
        parts.join(u"; "), s.primaryKey, s.indexes.join(u"; "), s.references.join(u"; "));
}

QString schemaSql()
{
    QFile f(u":/praksis/postgres/schema.sql"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

// The server's DDL (core/storage/postgres/schema.sql) against the SQLite plan the program makes: the same tables,
// columns (types mapped), primary keys, unique constraints, indexes and references, so a migration changed
// without schema.sql fails here; and the collation norwegian and praksis_fold agree with NameOrder.
class TestPgSchema : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgCluster> m_pg;
    QSqlDatabase m_db;
    QTemporaryDir m_dir;
    std::unique_ptr<PlanFile> m_plan;
    Shape m_sqlite, m_postgres;

    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            return u"(failed: %1)"_s.arg(q.lastError().text());
        return q.value(0);
    }

private slots:
    void initTestCase()
    {
        if (!PgCluster::available())
            QSKIP(qPrintable(PgCluster::unavailableReason()));
        m_pg = std::make_unique<PgCluster>();
        QVERIFY2(m_pg->started(), qPrintable(m_pg->error()));
        QSqlDatabase admin = m_pg->connect(u"admin"_s);
        QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
        QSqlQuery create(admin);
        QVERIFY2(create.exec(u"CREATE DATABASE plan"_s), qPrintable(create.lastError().text()));
        m_db = m_pg->connect(u"plan"_s, u"postgres"_s, QString(), u"plan"_s);
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.lastError().text()));
        const QString sql = schemaSql();
        QVERIFY(!sql.isEmpty());
        QSqlQuery apply(m_db);
        QVERIFY2(apply.exec(sql), qPrintable(apply.lastError().text()));
        QVERIFY2(apply.exec(u"SET search_path = praksis"_s), qPrintable(apply.lastError().text()));

        QVERIFY(m_dir.isValid());
        auto plan = PlanFile::open(m_dir.filePath(u"plan.praksis"_s));
        if (!plan.ok())
            QFAIL(qPrintable(plan.error().message));
        m_plan = std::move(plan.value());
        m_sqlite = sqliteShape(m_plan->database());
        m_postgres = postgresShape(m_db);
        QVERIFY(m_sqlite.size() > 20);
    }

    void planMeta()
    {
        QCOMPARE(value(u"SELECT value FROM praksis.plan_meta WHERE key = 'application'"_s).toString(),
                 u"praksisplan"_s);
        QCOMPARE(value(u"SELECT value FROM praksis.plan_meta WHERE key = 'schema_version'"_s).toInt(),
                 PlanFile::currentSchemaVersion());
        QCOMPARE(value(u"SELECT length(value) FROM praksis.settings WHERE key = 'plan/uid'"_s).toInt(), 32);
    }

    void sameTables() { QCOMPARE(QStringList(m_postgres.keys()), QStringList(m_sqlite.keys())); }

    void sameTable_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString &t : m_sqlite.keys())
            QTest::newRow(qPrintable(t)) << t;
    }

    void sameTable()
    {
        QFETCH(QString, table);
        QCOMPARE(describe(m_postgres.value(table)), describe(m_sqlite.value(table)));
    }

    // the collation norwegian orders as NameOrder::compare: Æ Ø Å after Z, "aa" as "å", case aside
    void norwegianOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        const QStringList names{u"Zahl"_s, u"Ærlig"_s, u"Ødegård"_s, u"ødegård"_s, u"Åsen"_s,   u"Aasen"_s,   u"Aas"_s,
                                u"Ås"_s,   u"Berg"_s,  u"berg"_s,    u"Øien"_s,    u"Aaberg"_s, u"Andersen"_s};
        for (const QString &a : names)
            for (const QString &b : names)
                if (a < b)
                    QTest::newRow(qPrintable(a + u" / "_s + b)) << a << b;
    }

    void norwegianOrder()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const auto sign = [](int r) { return r < 0 ? -1 : (r > 0 ? 1 : 0); };
        const int server = value(u"SELECT CASE WHEN CAST(? AS text) < CAST(? AS text) COLLATE norwegian THEN -1 "
                                 "WHEN CAST(? AS text) = CAST(? AS text) COLLATE norwegian THEN 0 ELSE 1 END"_s,
                                 {a, b, a, b})
                               .toInt();
        QCOMPARE(server, sign(NameOrder::compare(a, b)));
    }

    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ÆØÅ") << u"ÅRSTAD ØDEGÅRD ÆRLIG"_s;
        QTest::newRow("mixed") << u"Årstad vidaregåande skule"_s;
        QTest::newRow("ß") << u"Straße"_s;
        QTest::newRow("capital ẞ") << u"STRAẞE"_s;
        QTest::newRow("Greek") << u"ΟΔΥΣΣΕΥΣ Σοφία"_s;
        QTest::newRow("final sigma") << u"οδυσσευς"_s;
        QTest::newRow("Sámi") << u"ČÁHCI ŊÁVDI"_s;
    }

    void fold()
    {
        QFETCH(QString, text);
        QCOMPARE(value(u"SELECT praksis_fold(CAST(? AS text))"_s, {text}).toString(), NameOrder::fold(text));
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        if (m_pg)
            m_pg->stop();
    }
};

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_pgschema.moc"
