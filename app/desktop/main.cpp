#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Praksisplan"));
    QCoreApplication::setApplicationName(QStringLiteral("praksisplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRAKSIS_VERSION));
    QMainWindow w;
    w.show();
    return app.exec();
}
