#include "Cli.h"
#include "i18n/Language.h"
#include "storage/PlanLocation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace praksis;
using namespace praksis::cli;

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(praksis::cli)
};

void printHelp(QTextStream &out)
{
    out << Main::tr("Usage: praksisplan-cli [--db PATH] [--json] COMMAND [ARGUMENTS]") << "\n\n"
        << Main::tr("Practice placements for municipal health and care services, without a window.") << "\n\n"
        << Main::tr("Global options:") << '\n'
        << "  --db PATH    " << Main::tr("the plan file (default: %1)").arg(PlanLocation::defaultPath()) << '\n'
        << "  --json       " << Main::tr("print data as JSON") << '\n'
        << "  --help       " << Main::tr("show this help") << '\n'
        << "  --version    " << Main::tr("show the version") << "\n\n"
        << Main::tr("Commands:") << '\n';
    for (const Command &c : Registry::all())
        out << "  " << QString::fromUtf8(c.synopsis) << "\n      " << Main::tr(c.summary) << '\n';
    out << '\n'
        << Main::tr("Exit codes: 0 done, 1 runtime error, 2 wrong usage, 3 invalid input (nothing was written).")
        << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // Printed documents need fonts, so the commands that write them get a QGuiApplication (without a display);
    // the others stay a plain QCoreApplication.
    bool documents = false;
    for (int i = 1; i < argc; ++i)
        documents = documents || qstrcmp(argv[i], "checklist") == 0 || qstrcmp(argv[i], "report") == 0;
    if (documents && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(documents ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Praksisplan"));
    QCoreApplication::setApplicationName(QStringLiteral("praksisplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRAKSIS_VERSION));
    Language::install(Language::preferred());

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options may stand anywhere; everything else belongs to the command.
    QStringList rest;
    QString db;
    bool json = false;
    bool help = false;
    const QStringList all = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &a = all[i];
        if (a == QStringLiteral("--db")) {
            if (i + 1 >= all.size()) {
                err << Main::tr("--db needs a file name.") << Qt::endl;
                return Usage;
            }
            db = all[++i];
        } else if (a.startsWith(QStringLiteral("--db="))) {
            db = a.mid(5);
        } else if (a == QStringLiteral("--json")) {
            json = true;
        } else if (a == QStringLiteral("--help") || a == QStringLiteral("-h")) {
            help = true;
        } else if (a == QStringLiteral("--version") || a == QStringLiteral("-v")) {
            out << "praksisplan-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Done;
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty()) {
        printHelp(help ? out : err);
        return help ? Done : Usage;
    }
    const QString name = rest.takeFirst();
    for (const Command &c : Registry::all()) {
        if (c.name != name)
            continue;
        if (help) {
            out << Main::tr("Usage: praksisplan-cli %1").arg(QString::fromUtf8(c.synopsis)) << '\n'
                << Main::tr(c.summary) << Qt::endl;
            return Done;
        }
        Context ctx(rest, db.isEmpty() ? PlanLocation::defaultPath() : db, json, out, err);
        ctx.command = name;
        const int code = c.run(ctx);
        out.flush();
        err.flush();
        return code;
    }
    err << Main::tr("Unknown command “%1”.").arg(name) << Qt::endl;
    printHelp(err);
    return Usage;
}
