#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace praksis::test {

// A throwaway PostgreSQL cluster for a test (tests/support/pg-cluster.sh): the constructor starts one in a new
// temporary folder (its Unix socket there, no TCP), the destructor stops it and removes the folder. Its superuser
// `postgres` connects over the socket without a password; every other login needs its password (SCRAM), as on a
// real server. About a second to start. Works as root too (the server then runs as the `postgres` user).
//
//     if (!PgCluster::available())
//         QSKIP(qPrintable(PgCluster::unavailableReason()));
//     PgCluster pg;
//     QVERIFY2(pg.started(), qPrintable(pg.error()));
//     QSqlDatabase db = pg.connect(QStringLiteral("admin"));
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // Whether a cluster can be started here: the server binaries (PRAKSIS_PG_BIN, else
    // /usr/lib/postgresql/15/bin) and Qt's QPSQL driver are installed. When not, unavailableReason() says what is
    // missing, for QSKIP.
    static bool available();
    static QString unavailableReason();

    bool started() const { return m_port != 0; }
    QString error() const { return m_error; } // why it did not start (the script's messages)
    QString dir() const { return m_dirPath; } // the cluster's folder, which holds its socket
    int port() const { return m_port; }

    // libpq's keyword form, for psql and libpq: "host=DIR port=PORT user=USER dbname=DATABASE".
    QString connectionOptions(const QString &user = QStringLiteral("postgres"),
                              const QString &database = QStringLiteral("postgres")) const;
    // A QPSQL connection under connectionName, opened (check isOpen() and lastError(): a wrong password leaves it
    // closed). The cluster closes and removes its connections when it stops.
    QSqlDatabase connect(const QString &connectionName, const QString &user = QStringLiteral("postgres"),
                         const QString &password = QString(), const QString &database = QStringLiteral("postgres"));

    // Stops the server and removes its folder (the destructor does this; calling it twice is harmless).
    void stop();

private:
    QTemporaryDir m_dir;
    QString m_dirPath;
    int m_port = 0;
    QString m_error;
    QStringList m_connections;
};

} // namespace praksis::test
