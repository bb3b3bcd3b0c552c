#include "AppSettings.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "i18n/Language.h"
#include "storage/PlanAddress.h"
#include "storage/PlanLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace praksis;

namespace {

void nameTheProgram()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Praksisplan"));
    QCoreApplication::setApplicationName(QStringLiteral("praksisplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRAKSIS_VERSION));
}

// --version and --help need no display: they are answered before a QApplication (which aborts without one).
bool onlyAsksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--version" || a == "-v" || a == "--help" || a == "-h" || a == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (onlyAsksForInformation(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    nameTheProgram();
    if (auto *gui = qobject_cast<QGuiApplication *>(app.get())) {
        gui->setApplicationDisplayName(QStringLiteral("Praksisplan"));
        gui->setDesktopFileName(QStringLiteral("praksisplan"));
    }
    Language::install(Language::preferred()); // before any window or translated text is made

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Plans practice placements."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "The plan file to open."),
                                 QStringLiteral("[FILE]"));
    // Hidden: start on a given page (for screenshots and documentation), e.g. --page students.
    QCommandLineOption pageOption(QStringLiteral("page"), QCoreApplication::translate("main", "Start on this page."),
                                  QStringLiteral("key"));
    pageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(pageOption);
    // Hidden: save a picture of the window to a PNG file once it is shown, and quit (AppStream screenshots,
    // packaging/linux/take-screenshots.sh); with --size WxH.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Save the window as a PNG."),
                                        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"));
    sizeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(sizeOption);
    // Hidden: quit as soon as the page in view is filled and painted (bench_startup times a real start of the
    // program with it).
    QCommandLineOption quitOption(QStringLiteral("quit-when-filled"), QStringLiteral("Quit once the page is filled."));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitOption);
    parser.process(*app); // answers --version and --help and quits

    MainWindow window;
    if (parser.isSet(sizeOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() == 2)
            window.resize(size[0].toInt(), size[1].toInt());
    }
    if (parser.isSet(pageOption))
        window.setFirstPage(parser.value(pageOption));
    const QStringList files = parser.positionalArguments();
    // A file named on the command line is opened (or its error shown); else the last plan, if it still exists.
    QString toOpen;
    if (!files.isEmpty()) {
        // A server address is not a file name: refused, or told not to be available yet; nothing is created.
        if (const auto address = PlanAddress::parse(files.first()); !address || address->isServer())
            Prompts::error(&window, QCoreApplication::translate("praksis::MainWindow", "The plan could not be opened"),
                           address ? PlanAddress::serverNotAvailable(address.value()) : address.error());
        else
            toOpen = QFileInfo(files.first()).absoluteFilePath();
    } else if (const QString last = PlanLocation::lastOpened(); !last.isEmpty() && QFileInfo::exists(last))
        toOpen = last;
    if (!toOpen.isEmpty()) {
        // The window paints first, with the plan's name and "Checking…", while the file is checked off this thread.
        window.show();
    }
    const bool opened = !toOpen.isEmpty() && window.openPlan(toOpen);
    if (!opened) {
        if (!toOpen.isEmpty() && !window.isVisible())
            return 0; // closed while the plan was checked
        if (!window.showWelcome())
            return 0;
    }
    if (parser.isSet(pageOption))
        window.setCurrentPage(parser.value(pageOption));
    window.show();
    if (parser.isSet(quitOption))
        QTimer::singleShot(0, &window, [] { QCoreApplication::exit(0); });
    if (parser.isSet(screenshotOption)) {
        // Let the page load and lay itself out first (models and charts fill in after the first events).
        QTimer::singleShot(1500, &window, [&window, path = parser.value(screenshotOption)] {
            const bool saved = window.grab().save(path, "PNG");
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    const int code = app->exec();
    // Work still running on a worker thread (the Overview's recruitment figures, on a connection of its own) ends
    // before the window and the SQL driver go: quitting just after a start crashed in SQLite otherwise.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
