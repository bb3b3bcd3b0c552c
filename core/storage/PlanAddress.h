#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace praksis {

// What `--db` and the desktop program's argument hold: a plan file's path, or the address of a plan on a PostgreSQL
// server as a libpq URI, postgresql://LOGIN@HOST[:PORT]/DATABASE[?sslmode=…&host=/socket/dir&port=…] (postgres://
// too). Anything that does not start with one of those two schemes is a file path, taken as given.
//
// A server address never carries a password: the password comes from libpq's own sources (PGPASSWORD, ~/.pgpass,
// PGPASSFILE) or from the desktop program's prompt, so an address is safe to show, keep in the recent plans and
// log. An address with a password, without a database, with a bad port or an unknown option is refused with a
// message naming the wrong part (Error::Kind::Invalid).
class PlanAddress
{
    Q_DECLARE_TR_FUNCTIONS(praksis::PlanAddress)

public:
    enum class Kind
    {
        File,
        Server
    };

    static Result<PlanAddress> parse(const QString &text);
    // Whether the text is meant as a server address (starts with postgresql:// or postgres://, in any case),
    // whether or not it is a valid one.
    static bool looksLikeServer(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }

    QString filePath() const { return m_filePath; } // File: the path as given
    // Server: each empty when the address does not name it (libpq's defaults apply: the system's login name, the
    // local socket, port 5432).
    QString login() const { return m_login; }
    QString host() const { return m_host; } // a name, an IP address, or a socket folder (from ?host=)
    int port() const { return m_port; }     // 0 when not given
    QString database() const { return m_database; }
    // The remaining options (sslmode, sslrootcert, connect_timeout, …) in the order given; host and port are in
    // host() and port().
    QList<QPair<QString, QString>> options() const { return m_options; }

    // For titles, the status bar and logs: the file's path, or anne@db.kommune.no:5433/praksis (no secrets, no
    // options).
    QString displayName() const;

    // What the desktop program and praksisplan-cli say about a server address until they can open plans on a
    // server: nothing is created (exit code 1 in the CLI, "the plan cannot be opened").
    static Error serverNotAvailable(const PlanAddress &address);

    // The options a server address may carry.
    static QStringList knownOptions();

private:
    Kind m_kind = Kind::File;
    QString m_filePath;
    QString m_login;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QList<QPair<QString, QString>> m_options;
};

} // namespace praksis
