#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace praksis::test {

// Runs the real praksisplan-cli (PRAKSIS_CLI_PATH) in a temporary folder with its own HOME and XDG folders, so
// the default plan and the settings never touch the real user's.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        bool crashed = false;     // killed by a signal, or did not finish in time
        QString describe() const; // for failure messages: exit code and both streams
    };

    CliRunner();

    // Runs praksisplan-cli with the arguments in dir() and waits for it to finish.
    Run run(const QStringList &arguments, int timeoutMs = 300000) const;
    // Starts praksisplan-cli without waiting (to kill it, or to run two at once).
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;

    QString dir() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // The plan the CLI opens when no --db is given, in this runner's isolated data folder.
    QString defaultPlanPath() const;
    QProcessEnvironment environment() const { return m_env; }
    void setEnvironmentVariable(const QString &name, const QString &value) { m_env.insert(name, value); }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

} // namespace praksis::test
