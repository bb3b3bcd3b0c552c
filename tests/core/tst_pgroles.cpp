#include "PgCluster.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using praksis::test::PgCluster;
using namespace Qt::StringLiterals;

namespace {

QString resource(const QString &name)
{
    QFile f(u":/praksis/postgres/"_s + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

// core/storage/postgres/roles.sql on a throwaway cluster: a supervisor bound to one site and a school bound to one
// school log in with their passwords and try, straight in SQL, what they may and may not read and change.
class TestPgRoles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgCluster> m_pg;

private slots:
    void initTestCase()
    {
        if (!PgCluster::available())
            QSKIP(qPrintable(PgCluster::unavailableReason()));
        m_pg = std::make_unique<PgCluster>();
        QVERIFY2(m_pg->started(), qPrintable(m_pg->error()));
        QSqlDatabase admin = m_pg->connect(u"admin"_s);
        QSqlQuery q(admin);
        QVERIFY2(q.exec(u"CREATE DATABASE plan"_s), qPrintable(q.lastError().text()));
        QSqlDatabase owner = m_pg->connect(u"owner"_s, u"postgres"_s, QString(), u"plan"_s);
        QSqlQuery o(owner);
        for (const QString &sql :
             {resource(u"schema.sql"_s), resource(u"roles.sql"_s),
              u"SET search_path = praksis;"
              " INSERT INTO schools (id, name, kind) VALUES (1, 'Ålesund vgs', 'vgs'), (2, 'Berg vgs', 'vgs');"
              " INSERT INTO students (id, school_id, student_number, given_name, family_name) VALUES"
              "  (11, 1, 'a1', 'Åse', 'Ødegård'), (12, 2, 'b1', 'Kari', 'Berg');"
              " INSERT INTO sites (id, name, kind) VALUES (21, 'Øvre Ålen sykehjem', 'sykehjem'),"
              "  (22, 'Hjemmetjenesten', 'hjemmetjeneste');"
              " INSERT INTO periods (id, name, start_date, end_date) VALUES (31, 'Høst', '2026-08-17', '2026-10-09');"
              " INSERT INTO placements (id, student_id, site_id, period_id, start_date, end_date) VALUES"
              "  (41, 11, 21, 31, '2026-08-17', '2026-10-09'), (42, 12, 22, 31, '2026-08-17', '2026-10-09');"
              " INSERT INTO checklist_texts (id, section_nb, text_nb, role) VALUES (51, 'Før', 'Nøkkelkort', 'leder');"
              " INSERT INTO checklist_items (id, placement_id, text_id, section_pos, position, due_date) VALUES"
              "  (61, 41, 51, 0, 0, '2026-08-17'), (62, 42, 51, 0, 0, '2026-08-17');"
              " CREATE ROLE siri LOGIN PASSWORD 'siri-passord-1' IN ROLE praksis_supervisor;"
              " CREATE ROLE berg LOGIN PASSWORD 'berg-passord-1' IN ROLE praksis_school;"
              " CREATE ROLE ola LOGIN PASSWORD 'ola-passord-1' IN ROLE praksis_supervisor;"
              " INSERT INTO plan_users (login, role, site_id, school_id) VALUES ('siri', 'supervisor', 21, NULL),"
              "  ('berg', 'school', NULL, 2);"
              " GRANT CONNECT ON DATABASE plan TO siri, berg, ola;"_s})
            QVERIFY2(o.exec(sql), qPrintable(o.lastError().text()));
    }

    // rows: what a SELECT count(*) answers or how many rows a change touched; -1: refused
    void access_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("rows");
        QTest::newRow("supervisor: her site's placements") << u"siri"_s << u"SELECT count(*) FROM placements"_s << 1;
        QTest::newRow("supervisor: another site's placement")
            << u"siri"_s << u"SELECT count(*) FROM placements WHERE site_id = 22"_s << 0;
        QTest::newRow("supervisor: her students' names")
            << u"siri"_s << u"SELECT count(family_name) FROM students"_s << 1;
        QTest::newRow("supervisor: a student's notes") << u"siri"_s << u"SELECT count(notes) FROM students"_s << -1;
        QTest::newRow("supervisor: ticks her item")
            << u"siri"_s << u"UPDATE checklist_items SET done_at = now(), done_by = 'siri' WHERE id = 61"_s << 1;
        QTest::newRow("supervisor: ticks another site's item")
            << u"siri"_s << u"UPDATE checklist_items SET done_at = now(), done_by = 'siri' WHERE id = 62"_s << 0;
        QTest::newRow("supervisor: moves an item's due date")
            << u"siri"_s << u"UPDATE checklist_items SET due_date = '2026-09-01' WHERE id = 61"_s << -1;
        QTest::newRow("supervisor: deletes a placement")
            << u"siri"_s << u"DELETE FROM placements WHERE id = 41"_s << -1;
        QTest::newRow("supervisor: changes a period")
            << u"siri"_s << u"UPDATE periods SET end_date = '2026-12-01' WHERE id = 31"_s << -1;
        QTest::newRow("supervisor: records absence")
            << u"siri"_s << u"INSERT INTO absences (placement_id, date, hours) VALUES (41, '2026-08-20', 4)"_s << 1;
        QTest::newRow("supervisor: absence at another site")
            << u"siri"_s << u"INSERT INTO absences (placement_id, date, hours) VALUES (42, '2026-08-20', 4)"_s << -1;
        QTest::newRow("supervisor not in plan_users") << u"ola"_s << u"SELECT count(*) FROM placements"_s << 0;
        QTest::newRow("school: its students") << u"berg"_s << u"SELECT count(*) FROM students"_s << 1;
        QTest::newRow("school: another school's student")
            << u"berg"_s << u"SELECT count(*) FROM students WHERE school_id = 1"_s << 0;
        QTest::newRow("school: its placements") << u"berg"_s << u"SELECT count(*) FROM placements WHERE id = 42"_s << 1;
        QTest::newRow("school: another school's placement")
            << u"berg"_s << u"SELECT count(*) FROM placements WHERE id = 41"_s << 0;
        QTest::newRow("school: its checklist") << u"berg"_s << u"SELECT count(*) FROM checklist_items"_s << 1;
        QTest::newRow("school: ticks an item")
            << u"berg"_s << u"UPDATE checklist_items SET done_at = now() WHERE id = 62"_s << -1;
        QTest::newRow("school: changes a student")
            << u"berg"_s << u"UPDATE students SET phone = '1' WHERE id = 12"_s << -1;
    }

    void access()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QFETCH(int, rows);
        QSqlDatabase db = m_pg->connect(login + QString::fromLatin1(QTest::currentDataTag()), login,
                                        login + u"-passord-1"_s, u"plan"_s);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SET search_path = praksis"_s));
        const bool done = q.exec(sql);
        if (rows < 0) {
            QVERIFY2(!done, "allowed");
            return;
        }
        QVERIFY2(done, qPrintable(q.lastError().text()));
        const int touched = q.isSelect() ? (q.next() ? q.value(0).toInt() : -2) : q.numRowsAffected();
        QCOMPARE(touched, rows);
    }

    void cleanupTestCase()
    {
        if (m_pg)
            m_pg->stop();
    }
};

QTEST_GUILESS_MAIN(TestPgRoles)
#include "tst_pgroles.moc"
