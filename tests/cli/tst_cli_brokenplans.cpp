#include "BrokenPlans.h"
#include "CliRunner.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace praksis;

// Through the real program: a broken or foreign file gives its message on stderr and exit code 1, never a crash,
// and is left as it was.
class TestCliBrokenPlans : public QObject
{
    Q_OBJECT

private slots:
    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("command");
        const auto all = test::brokenPlans();
        for (const auto &b : all) {
            QTest::addRow("%s list", qPrintable(b.file))
                << b.file << b.message << QStringList{QStringLiteral("list"), QStringLiteral("placements")};
            QTest::addRow("%s backup", qPrintable(b.file))
                << b.file << b.message
                << QStringList{QStringLiteral("backup"), QStringLiteral("-o"), QStringLiteral("b")};
        }
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(QStringList, command);
        test::CliRunner cli;
        const QString path = cli.filePath(file);
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("plans/") + file), path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();

        const auto r = cli.run(QStringList{QStringLiteral("--db"), path} + command);
        QVERIFY2(!r.crashed && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(!QFile::exists(cli.filePath(QStringLiteral("b"))));
    }
};

QTEST_GUILESS_MAIN(TestCliBrokenPlans)
#include "tst_cli_brokenplans.moc"
