#include "CliRunner.h"

#include <QDirIterator>
#include <QTest>

using praksis::test::CliRunner;

namespace {

// Every file and folder under dir, to prove that a run created nothing.
QStringList everything(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next().mid(dir.size());
    found.sort();
    return found;
}

} // namespace

// --db with a server address: until plans on a server can be opened, every command says so in the user's language
// and creates nothing (it made a folder named "postgresql:" once); an address that is wrong (a password in it) is
// refused as invalid input, without repeating the password.
class TestCliPlanAddress : public QObject
{
    Q_OBJECT

private slots:
    void serverNotAvailableYet_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("secret"); // must not be printed

        const QString address = QStringLiteral("postgresql://anne@db.kommune.no/praksis");
        const QString withPassword = QStringLiteral("postgresql://anne:hemmelig@db.kommune.no/praksis");
        const struct
        {
            const char *name;
            QString language;
            QString notYet;
            QString password;
        } languages[] = {
            {"nb", QStringLiteral("nb"), QStringLiteral("ikke tilgjengelig i denne versjonen"),
             QStringLiteral("inneholder et passord")},
            {"nn", QStringLiteral("nn"), QStringLiteral("ikkje tilgjengelege i denne versjonen"),
             QStringLiteral("inneheld eit passord")},
            {"en", QStringLiteral("en"), QStringLiteral("not available in this version"),
             QStringLiteral("holds a password")},
        };
        for (const auto &l : languages) {
            const auto row = [&l](const char *what) -> QByteArray { return QByteArray(l.name) + ' ' + what; };
            QTest::newRow(row("init").constData())
                << l.language << QStringList{QStringLiteral("--db"), address, QStringLiteral("init")} << 1 << l.notYet
                << QString();
            QTest::newRow(row("--db= list").constData())
                << l.language
                << QStringList{QStringLiteral("list"), QStringLiteral("students"), QStringLiteral("--db=") + address}
                << 1 << l.notYet << QString();
            QTest::newRow(row("demo").constData())
                << l.language
                << QStringList{QStringLiteral("--db"), QStringLiteral("postgres://anne@db/p"), QStringLiteral("demo")}
                << 1 << l.notYet << QString();
            QTest::newRow(row("password").constData())
                << l.language << QStringList{QStringLiteral("--db"), withPassword, QStringLiteral("init")} << 3
                << l.password << QStringLiteral("hemmelig");
        }
    }

    void serverNotAvailableYet()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QFETCH(QString, secret);
        CliRunner cli;
        cli.setEnvironmentVariable(QStringLiteral("LANGUAGE"), language);
        const QStringList before = everything(cli.dir());
        const CliRunner::Run r = cli.run(arguments);
        QVERIFY2(!r.crashed, qPrintable(r.describe()));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(expected), qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        if (!secret.isEmpty())
            QVERIFY2(!r.err.contains(secret), qPrintable(r.describe()));
        QCOMPARE(everything(cli.dir()), before);
    }
};

QTEST_GUILESS_MAIN(TestCliPlanAddress)
#include "tst_cli_planaddress.moc"
