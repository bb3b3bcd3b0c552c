#pragma once

#include "Error.h"
#include "storage/PlanFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace praksis::cli {

// Exit codes of PRODUCT.md section 4.
enum Exit
{
    Done = 0,
    RuntimeError = 1,
    Usage = 2,
    InvalidInput = 3
};

// What a command gets: its own arguments, the global options, and the streams to write to.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli::Context)

public:
    Context(QStringList arguments, QString dbPath, bool json, QTextStream &out, QTextStream &err);

    QString command;   // the command's name, e.g. "import"
    QStringList args;  // the command's own arguments (global options removed)
    QString dbPath;    // --db, or the default plan
    bool json = false; // --json
    QTextStream &out;
    QTextStream &err;

    // Parses args with the options given; on a wrong call prints the message and returns false (exit Usage).
    // The parser's first positional is never the command name.
    bool parse(QCommandLineParser &parser, int minPositional, int maxPositional);

    // --force: for every command that writes a file (-o FILE).
    static QCommandLineOption forceOption();
    // An output file that exists is never replaced without --force: prints why and returns the exit code;
    // std::nullopt when the file may be written. Files are written owner-only (PrivateSaveFile).
    std::optional<int> refuseExisting(const QString &path, bool force) const;

    Result<std::unique_ptr<PlanFile>> openPlan(PlanFile::OpenMode mode = PlanFile::OpenMode::OpenExisting) const;
    // For a command that only reads (list, log, check, reports, backup): never waits for another program's
    // writing and writes nothing to the plan (PlanFile::OpenOptions::readOnly).
    Result<std::unique_ptr<PlanFile>> openPlanToRead() const;

    // Prints the error (location and message) to stderr; returns the exit code for its kind.
    int fail(const Error &error) const;
    int usage(const QString &message) const;
    void printJson(const QJsonArray &array) const;
    void printJson(const QJsonObject &object) const;
    // A plain table with aligned columns, for people.
    void printTable(const QStringList &headers, const QList<QStringList> &rows) const;
};

struct Command
{
    QString name;
    const char *summary;  // translated in context praksis::cli
    const char *synopsis; // e.g. "import students FILE --school NAME [--dry-run]"
    std::function<int(Context &)> run;
};

// Commands register themselves from their own .cpp file: PRAKSIS_CLI_COMMAND("list", ..., &runList).
class Registry
{
public:
    static bool add(Command command);
    static const QList<Command> &all();
};

int exitCodeFor(const Error &error);
// A value for the terminal: control characters (an escape sequence in a name) written as \x1B and the like.
QString terminalSafe(const QString &cell);

} // namespace praksis::cli

#define PRAKSIS_CLI_CONCAT2(a, b) a##b
#define PRAKSIS_CLI_CONCAT(a, b) PRAKSIS_CLI_CONCAT2(a, b)
#define PRAKSIS_CLI_COMMAND(name, summary, synopsis, fn)                                                               \
    static const bool PRAKSIS_CLI_CONCAT(praksis_cli_registered_, __LINE__) =                                          \
        ::praksis::cli::Registry::add({QStringLiteral(name), summary, synopsis, fn})
