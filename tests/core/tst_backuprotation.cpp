#include "TestSupport.h"
#include "storage/BackupRotation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace praksis;

class TestBackupRotation : public QObject
{
    Q_OBJECT

private slots:
    void oncePerDayPrivateAndConsistent()
    {
        test::TempPlan t;
        QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('Nordlys vgs', 'vgs')")).ok());
        const QDate day(2026, 3, 2);
        auto first = BackupRotation::takeIfDue(t.plan(), 7, day);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
        QCOMPARE(first.value(), QDir(t.dir()).filePath(QStringLiteral("backups/test-2026-03-02.praksisplan")));

        const auto filePerms = QFile::permissions(first.value());
        QVERIFY(filePerms.testFlag(QFileDevice::ReadOwner));
        QVERIFY(!(filePerms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
        const auto dirPerms = QFile::permissions(BackupRotation::folderFor(t.path()));
        QVERIFY(dirPerms.testFlag(QFileDevice::ExeOwner));
        QVERIFY(!(dirPerms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));

        // A change later the same day: no second backup, the first stays as it was.
        QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('Fjord vgs', 'vgs')")).ok());
        auto second = BackupRotation::takeIfDue(t.plan(), 7, day);
        QVERIFY(second.ok());
        QVERIFY(second.value().isEmpty());
        QCOMPARE(BackupRotation::backups(t.path()).size(), 1);
        {
            auto b = PlanFile::open(first.value(), PlanFile::OpenMode::OpenExisting);
            QVERIFY(b.ok());
            QCOMPARE(test::scalar(*b.value(), QStringLiteral("SELECT count(*) FROM schools")).toInt(), 1);
        }
        // The next day: a new one with both schools.
        auto third = BackupRotation::takeIfDue(t.plan(), 7, day.addDays(1));
        QVERIFY(third.ok());
        QVERIFY(!third.value().isEmpty());
        auto b = PlanFile::open(third.value(), PlanFile::OpenMode::OpenExisting);
        QVERIFY(b.ok());
        QCOMPARE(test::scalar(*b.value(), QStringLiteral("SELECT count(*) FROM schools")).toInt(), 2);
    }

    void keepsTheNewest_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("days");
        QTest::newRow("keep 7 of 10") << 7 << 10;
        QTest::newRow("keep 3 of 3") << 3 << 3;
        QTest::newRow("keep 1 of 5") << 1 << 5;
        QTest::newRow("keep 0 means 1") << 0 << 4;
    }

    void keepsTheNewest()
    {
        QFETCH(int, keep);
        QFETCH(int, days);
        test::TempPlan t;
        const QDate start(2026, 12, 28); // across a year's end
        const QString folder = BackupRotation::folderFor(t.path());
        QDir().mkpath(folder);
        // Files that are not this plan's automatic backups are never touched.
        const QStringList others = {
            QStringLiteral("other-2020-01-01.praksisplan"), QStringLiteral("test-2020-01-01.praksisplan.part"),
            QStringLiteral("test-manual.praksisplan"), QStringLiteral("test-2020-13-45.praksisplan")};
        for (const QString &o : others) {
            QFile f(QDir(folder).filePath(o));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        for (int d = 0; d < days; ++d)
            QVERIFY(BackupRotation::takeIfDue(t.plan(), keep, start.addDays(d)).ok());

        const QStringList kept = BackupRotation::backups(t.path());
        QCOMPARE(kept.size(), std::max(1, std::min(keep, days)));
        for (int i = 0; i < kept.size(); ++i)
            QCOMPARE(QFileInfo(kept[i]).fileName(),
                     QStringLiteral("test-%1.praksisplan").arg(start.addDays(days - 1 - i).toString(Qt::ISODate)));
        for (const QString &o : others)
            QVERIFY2(QFile::exists(QDir(folder).filePath(o)), qPrintable(o));
    }
};

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "tst_backuprotation.moc"
