#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Praksisplan"));
    QCoreApplication::setApplicationName(QStringLiteral("praksisplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRAKSIS_VERSION));
    QTextStream(stdout) << "praksisplan-cli " << QCoreApplication::applicationVersion() << Qt::endl;
    return 0;
}
