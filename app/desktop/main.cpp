#include "AppSettings.h"
#include "MainWindow.h"
#include "i18n/Language.h"
#include "storage/PlanLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace praksis;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Praksisplan"));
    QCoreApplication::setApplicationName(QStringLiteral("praksisplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRAKSIS_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Praksisplan"));
    QGuiApplication::setDesktopFileName(QStringLiteral("praksisplan"));
    Language::install(Language::preferred()); // before any window or translated text is made

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Plans practice placements."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "The plan file to open."),
                                 QStringLiteral("[FILE]"));
    // Hidden: start on a given page (for screenshots and documentation), e.g. --page students.
    QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Start on this page."), QStringLiteral("key"));
    pageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(pageOption);
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    // A file named on the command line is opened (or its error shown); else the last plan, if it still exists.
    bool opened = false;
    if (!files.isEmpty())
        opened = window.openPlan(QFileInfo(files.first()).absoluteFilePath());
    else if (const QString last = PlanLocation::lastOpened(); !last.isEmpty() && QFileInfo::exists(last))
        opened = window.openPlan(last);
    if (!opened) {
        if (!window.showWelcome())
            return 0;
    }
    if (parser.isSet(pageOption))
        window.setCurrentPage(parser.value(pageOption));
    window.show();
    return app.exec();
}
