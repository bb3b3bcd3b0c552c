#include "PgCluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace praksis::test {

namespace {

const QString script = QStringLiteral(PRAKSIS_SOURCE_DIR "/tests/support/pg-cluster.sh");

QString serverBinaries()
{
    const QString given = qEnvironmentVariable("PRAKSIS_PG_BIN");
    return given.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : given;
}

// Runs pg-cluster.sh COMMAND DIR: true when it succeeded; what it printed in out, its messages in error.
bool runScript(const QString &command, const QString &dir, QString &out, QString &error)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {script, command, dir});
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        error = QStringLiteral("pg-cluster.sh %1 did not finish").arg(command);
        return false;
    }
    out = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

bool PgCluster::available()
{
    return unavailableReason().isEmpty();
}

QString PgCluster::unavailableReason()
{
    if (!QFileInfo(serverBinaries() + QStringLiteral("/initdb")).isExecutable())
        return QStringLiteral("no PostgreSQL server binaries in %1 (scripts/setup.sh installs postgresql-15)")
            .arg(serverBinaries());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("no QPSQL driver for Qt (scripts/setup.sh installs libqt6sql6-psql)");
    return {};
}

PgCluster::PgCluster()
    : m_dir(QDir::tempPath() + QStringLiteral("/praksis-pg-XXXXXX")) // short: a socket path has at most 107 bytes
{
    if (!available()) {
        m_error = unavailableReason();
        return;
    }
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    m_dirPath = m_dir.path();
    QString out;
    if (!runScript(QStringLiteral("start"), m_dirPath, out, m_error))
        return;
    bool number = false;
    const int port = out.toInt(&number);
    if (!number || port <= 0) {
        m_error = QStringLiteral("pg-cluster.sh start printed no port: %1 %2").arg(out, m_error);
        return;
    }
    m_port = port;
}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::connectionOptions(const QString &user, const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(m_dirPath).arg(m_port).arg(user, database);
}

QSqlDatabase PgCluster::connect(const QString &connectionName, const QString &user, const QString &password,
                                const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!m_connections.contains(connectionName))
        m_connections << connectionName;
    db.setHostName(m_dirPath);
    db.setPort(m_port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database);
    db.open();
    return db;
}

void PgCluster::stop()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    if (m_dirPath.isEmpty())
        return;
    QString out;
    QString error;
    if (!runScript(QStringLiteral("stop"), m_dirPath, out, error))
        qWarning("PgCluster: %s", qPrintable(error));
    m_dirPath.clear();
    m_port = 0;
}

} // namespace praksis::test
