#include "PgCluster.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using praksis::test::PgCluster;

namespace {

QVariant firstValue(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("(failed: %1)").arg(q.lastError().text());
    return q.value(0);
}

// Whether the process runs: /proc knows it and it has not exited (a zombie waits for its parent to collect it).
bool running(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')'); // "PID (NAME) STATE ..."
    return afterName > 0 && line.size() > afterName + 2 && line.at(afterName + 2) != 'Z';
}

} // namespace

// The test support's throwaway PostgreSQL cluster: it starts in a private folder, the superuser connects through
// Qt's QPSQL driver, a login with a password is refused with a wrong one and let in with the right one, and the
// cluster (server process and folder) is gone once it stops. Runs as root too, as on CI.
class TestPgCluster : public QObject
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
        QVERIFY(m_pg->port() > 0);
        QVERIFY(QFileInfo(m_pg->dir()).isDir());
        QCOMPARE(m_pg->connectionOptions(QStringLiteral("anne"), QStringLiteral("praksis")),
                 QStringLiteral("host=%1 port=%2 user=anne dbname=praksis").arg(m_pg->dir()).arg(m_pg->port()));
    }

    void superuserConnects()
    {
        QSqlDatabase db = m_pg->connect(QStringLiteral("superuser"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QCOMPARE(firstValue(db, QStringLiteral("SELECT current_user")).toString(), QStringLiteral("postgres"));
        QCOMPARE(firstValue(db, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toBool(),
                 true);
        QVERIFY(firstValue(db, QStringLiteral("SHOW server_version")).toString().startsWith(QStringLiteral("15")));
        QSqlQuery create(db);
        QVERIFY2(create.exec(QStringLiteral("CREATE ROLE anne LOGIN PASSWORD 'rett-passord-17'")),
                 qPrintable(create.lastError().text()));
    }

    void loginNeedsItsPassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("right password") << QStringLiteral("rett-passord-17") << true;
        QTest::newRow("wrong password") << QStringLiteral("feil-passord") << false;
        QTest::newRow("right password in other case") << QStringLiteral("RETT-PASSORD-17") << false;
        QTest::newRow("no password") << QString() << false;
    }

    void loginNeedsItsPassword()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const QString name = QStringLiteral("anne %1").arg(QString::fromUtf8(QTest::currentDataTag()));
        QSqlDatabase db = m_pg->connect(name, QStringLiteral("anne"), password);
        QCOMPARE(db.isOpen(), accepted);
        if (accepted) {
            QCOMPARE(firstValue(db, QStringLiteral("SELECT current_user")).toString(), QStringLiteral("anne"));
        } else {
            // refused by the server's password check, not by a missing server or role
            const QString why = db.lastError().text();
            QVERIFY2(why.contains(QStringLiteral("password")), qPrintable(why));
        }
    }

    // stop() and the destructor: the server process ends and the folder is removed.
    void stopRemovesEverything_data()
    {
        QTest::addColumn<bool>("byDestructor");
        QTest::newRow("stop()") << false;
        QTest::newRow("destructor") << true;
    }

    void stopRemovesEverything()
    {
        QFETCH(bool, byDestructor);
        if (!byDestructor)
            QVERIFY(m_pg);
        else
            m_pg = std::make_unique<PgCluster>();
        QVERIFY2(m_pg->started(), qPrintable(m_pg->error()));
        const QString dir = m_pg->dir();
        QFile pidFile(dir + QStringLiteral("/data/postmaster.pid"));
        QVERIFY2(pidFile.open(QIODevice::ReadOnly), qPrintable(pidFile.fileName()));
        const qint64 pid = pidFile.readLine().trimmed().toLongLong();
        pidFile.close();
        QVERIFY(pid > 0);
        QVERIFY(running(pid));

        if (byDestructor)
            m_pg.reset();
        else
            m_pg->stop();

        QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir));
        QVERIFY2(!running(pid), "the server process is still there");
        if (m_pg) {
            QVERIFY(!m_pg->started());
            m_pg->stop(); // twice is harmless
        }
    }
};

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"
