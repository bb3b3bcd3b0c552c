#include "storage/PlanAddress.h"

#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace praksis {

namespace {

const QString schemes[] = {QStringLiteral("postgresql://"), QStringLiteral("postgres://")};
const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                              QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// The address as typed, with any password in it replaced by ***, for messages.
QString withoutPassword(const QString &text, qsizetype schemeLength)
{
    QString shown = text;
    const qsizetype authorityEnd = [&] {
        const qsizetype end = shown.indexOf(QRegularExpression(QStringLiteral("[/?]")), schemeLength);
        return end < 0 ? shown.size() : end;
    }();
    const qsizetype at = shown.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
    if (at >= schemeLength) {
        const qsizetype colon = shown.indexOf(QLatin1Char(':'), schemeLength);
        if (colon >= 0 && colon < at)
            shown.replace(colon + 1, at - colon - 1, QStringLiteral("***"));
    }
    static const QRegularExpression passwordOption(QStringLiteral("([?&]password=)[^&]*"),
                                                   QRegularExpression::CaseInsensitiveOption);
    shown.replace(passwordOption, QStringLiteral("\\1***"));
    return shown;
}

// 1 to 65535, digits only; 0 when not a port number.
int portNumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (!digits.match(text).hasMatch())
        return 0;
    const int port = text.toInt();
    return port <= 65535 ? port : 0;
}

} // namespace

bool PlanAddress::looksLikeServer(const QString &text)
{
    for (const QString &scheme : schemes)
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    return false;
}

QStringList PlanAddress::knownOptions()
{
    return {QStringLiteral("host"),           QStringLiteral("port"),    QStringLiteral("sslmode"),
            QStringLiteral("sslrootcert"),    QStringLiteral("sslcert"), QStringLiteral("sslkey"),
            QStringLiteral("connect_timeout")};
}

Result<PlanAddress> PlanAddress::parse(const QString &text)
{
    PlanAddress address;
    if (!looksLikeServer(text)) {
        address.m_filePath = text;
        return address;
    }
    address.m_kind = Kind::Server;
    const qsizetype schemeLength = text.indexOf(QStringLiteral("://")) + 3;
    const QString shown = withoutPassword(text, schemeLength);
    const auto refuse = [&shown](const QString &message) { return Error::invalid(message.arg(shown)); };

    const auto passwordRefused = [&refuse] {
        return refuse(tr("The server address “%1” holds a password. Praksisplan never takes a password from an "
                         "address: give it in PGPASSWORD, ~/.pgpass or PGPASSFILE, or type it when the program asks "
                         "for it."));
    };

    QString rest = text.mid(schemeLength);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }

    // LOGIN@ — a password (LOGIN:PASSWORD@) is refused before anything else, so that it is never repeated.
    QString hostPart = authority;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString login = authority.left(at);
        if (login.contains(QLatin1Char(':')))
            return passwordRefused();
        address.m_login = decoded(login);
        hostPart = authority.mid(at + 1);
    }
    const QStringList pairs = query.isEmpty() ? QStringList() : query.split(QLatin1Char('&'));
    for (const QString &pair : pairs)
        if (pair.section(QLatin1Char('='), 0, 0).compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            return passwordRefused();

    // HOST[:PORT], HOST may be [IPv6]
    if (hostPart.contains(QLatin1Char(',')))
        return refuse(tr("The server address “%1” names more than one server; give one host."));
    std::optional<QString> portText;
    qsizetype hostEnd = hostPart.size();
    if (hostPart.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPart.indexOf(QLatin1Char(']'));
        if (close < 0 || (close + 1 < hostPart.size() && hostPart.at(close + 1) != QLatin1Char(':')))
            return refuse(tr("The host in the server address “%1” is not written as [IPv6 address] or [IPv6 "
                             "address]:port."));
        address.m_host = hostPart.mid(1, close - 1);
        hostEnd = close + 1;
    } else {
        hostEnd = hostPart.indexOf(QLatin1Char(':'));
        if (hostEnd < 0)
            hostEnd = hostPart.size();
        address.m_host = decoded(hostPart.left(hostEnd));
    }
    if (hostEnd < hostPart.size())
        portText = hostPart.mid(hostEnd + 1);
    const auto badPort = [&shown](const QString &port) {
        return Error::invalid(
            tr("The port “%1” in the server address “%2” is not a number from 1 to 65535.").arg(port, shown));
    };
    if (portText) {
        address.m_port = portNumber(*portText);
        if (address.m_port == 0)
            return badPort(*portText);
    }

    // ?NAME=VALUE&…
    QStringList seen;
    for (const QString &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString name = decoded(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
        if (!knownOptions().contains(name))
            return Error::invalid(tr("The server address “%1” has an unknown option “%2”. Praksisplan knows: %3.")
                                      .arg(shown, name, knownOptions().join(QStringLiteral(", "))));
        if (seen.contains(name))
            return Error::invalid(tr("The option “%1” is given twice in the server address “%2”.").arg(name, shown));
        seen << name;
        if (eq < 0 || value.isEmpty())
            return Error::invalid(tr("The option “%1” in the server address “%2” has no value.").arg(name, shown));
        if (name == QStringLiteral("host")) {
            if (!address.m_host.isEmpty())
                return Error::invalid(
                    tr("The server address “%1” names its host twice: before the database and in “host=”.").arg(shown));
            if (value.contains(QLatin1Char(',')))
                return refuse(tr("The server address “%1” names more than one server; give one host."));
            address.m_host = value;
        } else if (name == QStringLiteral("port")) {
            if (address.m_port != 0)
                return Error::invalid(
                    tr("The server address “%1” names its port twice: after the host and in “port=”.").arg(shown));
            address.m_port = portNumber(value);
            if (address.m_port == 0)
                return badPort(value);
        } else if (name == QStringLiteral("sslmode") && !sslModes.contains(value)) {
            return Error::invalid(tr("The sslmode “%1” in the server address “%2” is not one of: %3.")
                                      .arg(value, shown, sslModes.join(QStringLiteral(", "))));
        } else if (name == QStringLiteral("connect_timeout") &&
                   !QRegularExpression(QStringLiteral("^[0-9]{1,6}$")).match(value).hasMatch()) {
            return Error::invalid(tr("The connect_timeout “%1” in the server address “%2” is not a number of seconds.")
                                      .arg(value, shown));
        } else {
            address.m_options.append({name, value});
        }
    }

    address.m_database = decoded(path);
    if (address.m_database.isEmpty())
        return refuse(tr("The server address “%1” names no database. Add it after the host, as in "
                         "postgresql://anne@db.kommune.no/praksis."));
    return address;
}

QString PlanAddress::displayName() const
{
    if (!isServer())
        return m_filePath;
    QString host = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    QString shown = m_login.isEmpty() ? host : m_login + QLatin1Char('@') + host;
    if (m_port != 0)
        shown += QLatin1Char(':') + QString::number(m_port);
    return shown + QLatin1Char('/') + m_database;
}

Error PlanAddress::serverNotAvailable(const PlanAddress &address)
{
    // Not an input error: the address is fine, this version cannot open it (exit code 1, like a plan that cannot
    // be opened).
    return Error::make(Error::Kind::Io,
                       tr("“%1” is a plan on a PostgreSQL server. Shared plans on a server are not available in this "
                          "version of Praksisplan yet; nothing was created or changed. Use a plan file for now.")
                           .arg(address.displayName()));
}

} // namespace praksis
