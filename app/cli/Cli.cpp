#include "Cli.h"
#include "model/Validation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace praksis::cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}
} // namespace

bool Registry::add(Command command)
{
    registry().append(std::move(command));
    return true;
}

const QList<Command> &Registry::all()
{
    std::sort(registry().begin(), registry().end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    return registry();
}

int exitCodeFor(const Error &error)
{
    return error.kind == Error::Kind::Invalid ? InvalidInput : RuntimeError;
}

Context::Context(QStringList arguments, QString db, bool jsonOutput, QTextStream &o, QTextStream &e)
    : args(std::move(arguments))
    , dbPath(std::move(db))
    , json(jsonOutput)
    , out(o)
    , err(e)
{}

bool Context::parse(QCommandLineParser &parser, int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("praksisplan-cli")} + args)) {
        usage(parser.errorText());
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional) {
        usage(tr("Too few arguments for “%1”.").arg(command));
        return false;
    }
    if (maxPositional >= 0 && n > maxPositional) {
        usage(tr("Unexpected argument “%1” for “%2”.").arg(parser.positionalArguments().at(maxPositional), command));
        return false;
    }
    return true;
}

QCommandLineOption Context::forceOption()
{
    return QCommandLineOption(QStringLiteral("force"), tr("replace FILE if it exists"));
}

std::optional<int> Context::refuseExisting(const QString &path, bool force) const
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir())
        return fail(Error{Error::Kind::Invalid, tr("“%1” is a folder. Nothing was written.").arg(shown), shown});
    if (info.exists() && !force)
        return fail(Error{Error::Kind::Invalid,
                          tr("The file “%1” already exists; choose another name or add --force to replace it. Nothing "
                             "was written.")
                              .arg(shown),
                          shown});
    return std::nullopt;
}

Result<std::unique_ptr<PlanFile>> Context::openPlan(PlanFile::OpenMode mode) const
{
    return PlanFile::open(dbPath, mode);
}

Result<std::unique_ptr<PlanFile>> Context::openPlanToRead() const
{
    PlanFile::OpenOptions options;
    options.mode = PlanFile::OpenMode::OpenExisting;
    options.readOnly = true;
    return PlanFile::open(dbPath, options);
}

int Context::fail(const Error &error) const
{
    err << error.toString() << Qt::endl;
    return exitCodeFor(error);
}

int Context::usage(const QString &message) const
{
    err << message << Qt::endl;
    for (const Command &c : Registry::all())
        if (c.name == command)
            err << tr("Usage: praksisplan-cli %1").arg(QString::fromUtf8(c.synopsis)) << Qt::endl;
    err << tr("See praksisplan-cli --help.") << Qt::endl;
    return Usage;
}

void Context::printJson(const QJsonArray &array) const
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
}

void Context::printJson(const QJsonObject &object) const
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

QString terminalSafe(const QString &cell)
{
    QString out;
    for (const QChar c : cell) {
        if (Validation::isControlCharacter(c.unicode()))
            out += QStringLiteral("\\x") + QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
}

void Context::printTable(const QStringList &headers, const QList<QStringList> &rawRows) const
{
    // A value from a plan (someone else's, perhaps) never reaches the terminal as an escape sequence.
    QList<QStringList> rows;
    rows.reserve(rawRows.size());
    for (const QStringList &r : rawRows) {
        QStringList safe;
        safe.reserve(r.size());
        for (const QString &cell : r)
            safe << terminalSafe(cell);
        rows << safe;
    }
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], r[i].size());
    auto line = [&](const QStringList &cells) {
        QString s;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                s += cells[i].leftJustified(widths[i]) + QStringLiteral("  ");
            else
                s += cells[i];
        }
        out << s << '\n';
    };
    line(headers);
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const QStringList &r : rows)
        line(r);
    out.flush();
}

} // namespace praksis::cli
