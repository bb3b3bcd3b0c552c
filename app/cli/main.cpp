#include "Cli.h"
#include "i18n/Language.h"
#include "storage/PlanAddress.h"
#include "storage/PlanLocation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iterator>
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

// Whether the command writes no documents: those need fonts, which need a QGuiApplication (whose start-up and
// font set-up cost tens of milliseconds); the others run on a QCoreApplication. Any command not listed gets the
// QGuiApplication.
bool needsNoDocuments(int argc, char *argv[])
{
    static const char *const plain[] = {"import", "init", "list", "log", "check", "backup", "restore", "purge", "ical"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--db") {
            ++i;
            continue;
        }
        if (a.startsWith('-'))
            continue;
        return std::any_of(std::begin(plain), std::end(plain), [&a](const char *c) { return a == c; });
    }
    return false;
}

int main(int argc, char *argv[])
{
    // Documents (PDF reports, checklists) need fonts, which need a QGuiApplication; the offscreen platform
    // needs no display, so the command line works on a server too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    // Without a desktop session Qt notes that it picked a runtime folder itself; that is no news for a person at
    // the command line, and stderr is for the command's own messages.
    static const QtMessageHandler previousHandler =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                return;
            if (previousHandler)
                previousHandler(type, context, message);
        });
    if (needsNoDocuments(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QGuiApplication>(argc, argv);
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
        // A server address is refused (or told not to be available yet) before any command runs: nothing is
        // created, and no folder named "postgresql:" appears.
        if (const auto address = PlanAddress::parse(db); !address || address->isServer()) {
            const Error refused = address ? PlanAddress::serverNotAvailable(address.value()) : address.error();
            err << refused.toString() << Qt::endl;
            return exitCodeFor(refused);
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
