#include "CliRunner.h"

#include <QDir>

namespace praksis::test {

QString CliRunner::Run::describe() const
{
    return QStringLiteral("exit code %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed or timed out)") : QString())
        .arg(out, err);
}

CliRunner::CliRunner()
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOME"), home);
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    m_env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LANGUAGE"), QString());
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
}

QString CliRunner::defaultPlanPath() const
{
    // QStandardPaths::AppDataLocation on Linux: $XDG_DATA_HOME/<organisation>/<application>.
    return m_env.value(QStringLiteral("XDG_DATA_HOME")) + QStringLiteral("/Praksisplan/praksisplan/plan.praksisplan");
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &arguments) const
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(QStringLiteral(PRAKSIS_CLI_PATH));
    p->setArguments(arguments);
    p->setWorkingDirectory(m_dir.path());
    p->setProcessEnvironment(m_env);
    p->start();
    return p;
}

CliRunner::Run CliRunner::run(const QStringList &arguments, int timeoutMs) const
{
    auto p = start(arguments);
    Run r;
    if (!p->waitForStarted(30000)) {
        r.crashed = true;
        r.err = p->errorString();
        return r;
    }
    if (!p->waitForFinished(timeoutMs)) {
        p->kill();
        p->waitForFinished();
        r.crashed = true;
    }
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    if (p->exitStatus() == QProcess::CrashExit)
        r.crashed = true;
    r.exitCode = p->exitCode();
    return r;
}

} // namespace praksis::test
