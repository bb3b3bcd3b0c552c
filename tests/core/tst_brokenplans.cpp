#include "BrokenPlans.h"
#include "TestSupport.h"
#include "storage/PlanRestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}
} // namespace

// Every file of tests/data/plans is refused with its own message, without a crash and without being changed.
class TestBrokenPlans : public QObject
{
    Q_OBJECT

private slots:
    void everyFixtureIsListed()
    {
        QStringList listed;
        const auto all = test::brokenPlans();
        for (const auto &b : all)
            listed << b.file;
        listed.sort();
        QCOMPARE(QDir(test::dataPath(QStringLiteral("plans"))).entryList(QDir::Files, QDir::Name), listed);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("mode");
        const auto all = test::brokenPlans();
        for (const auto &b : all) {
            for (auto mode : {PlanFile::OpenMode::OpenExisting, PlanFile::OpenMode::OpenOrCreate}) {
                if (b.file.startsWith(QStringLiteral("empty")) && mode == PlanFile::OpenMode::OpenOrCreate)
                    continue; // an empty file may become a new plan when the caller asks to create one
                QTest::addRow("%s %s", qPrintable(b.file),
                              mode == PlanFile::OpenMode::OpenExisting ? "existing" : "or create")
                    << b.file << int(b.kind) << b.message << int(mode);
            }
        }
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("plans/") + file), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QByteArray before = fileHash(path);

        auto r = PlanFile::open(path, PlanFile::OpenMode(mode));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QVERIFY2(r.error().toString().contains(QDir::toNativeSeparators(path)), qPrintable(r.error().toString()));
        QVERIFY2(r.error().message.size() < 400, qPrintable(r.error().message)); // a sentence, not a dump
        r = Error{};
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void copyCheckSaysTheSame_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        const auto all = test::brokenPlans();
        for (const auto &b : all)
            QTest::newRow(qPrintable(b.file))
                << b.file
                << (b.file.startsWith(QStringLiteral("empty")) ? QStringLiteral("the file is empty") : b.message);
    }

    void copyCheckSaysTheSame()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString path = test::dataPath(QStringLiteral("plans/") + file);
        const QByteArray before = fileHash(path);
        auto r = PlanRestore::checkCopy(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void goodCopyPasses()
    {
        test::TempPlan t;
        QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('A', 'vgs')")).ok());
        const QString copy = t.dir() + QStringLiteral("/copy.praksisplan");
        QVERIFY(t->backupTo(copy).ok());
        const QByteArray before = fileHash(copy);
        QVERIFY(PlanRestore::checkCopy(copy).ok());
        QCOMPARE(fileHash(copy), before);
    }
};

QTEST_GUILESS_MAIN(TestBrokenPlans)
#include "tst_brokenplans.moc"
