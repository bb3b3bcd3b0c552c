// Issue 20: files from others are hostile. The real praksisplan-cli on fixture files: short rows, control
// characters, identity numbers in text, owner-only exports that are never silently replaced, readers that leave
// the plan alone.
#include "CliRunner.h"
#include "TestSupport.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace praksis;
using namespace Qt::StringLiterals;
using praksis::test::CliRunner;

namespace {

QString data(const QString &name)
{
    return test::dataPath(u"csv/"_s + name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// The registers in the order they depend on each other, each with the file that fills it and its extra options.
struct Register
{
    QString id;
    QString file;
    QStringList options;
};
const QList<Register> &registers()
{
    static const QList<Register> all{
        {u"sites"_s, u"sites.csv"_s, {}},
        {u"supervisors"_s, u"supervisors.csv"_s, {}},
        {u"students"_s, u"students_english.csv"_s, {u"--school"_s, u"Høgskolen i Innlandet"_s}},
        {u"periods"_s, u"periods.csv"_s, {}},
        {u"preferences"_s, u"preferences.csv"_s, {}},
    };
    return all;
}

// A plan with every register before `upTo` imported.
QString planWithRegistersBefore(const CliRunner &cli, const QString &upTo)
{
    const QString db = cli.filePath(u"plan.praksisplan"_s);
    if (cli.run({u"--db"_s, db, u"init"_s}).exitCode != 0)
        qFatal("init failed");
    for (const Register &r : registers()) {
        if (r.id == upTo)
            break;
        const auto run = cli.run(QStringList{u"--db"_s, db, u"import"_s, r.id, data(r.file)} + r.options);
        if (run.exitCode != 0)
            qFatal("import %s failed: %s", qPrintable(r.id), qPrintable(run.describe()));
    }
    return db;
}

// The header and the first data line of a register's file, the data line cut after `keep` fields.
QByteArray shortened(const QString &file, int keep)
{
    QFile f(data(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    const QList<QByteArray> lines = f.readAll().split('\n');
    return lines.at(0) + '\n' +
           lines.at(1)
               .split(lines.at(0).contains(';') ? ';' : ',')
               .mid(0, keep)
               .join(lines.at(0).contains(';') ? ";" : ",") +
           '\n';
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs a command as root (mount, umount); false when it cannot run or fails (a CI container without privileges).
bool runAsRoot(const QString &program, const QStringList &arguments)
{
    if (::geteuid() != 0)
        return false;
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A students file of `rows` rows; `phone` varies the phone numbers (another version of the same file).
QByteArray studentsFile(int rows, int phone)
{
    QByteArray out = "Fornavn;Etternavn;Studentnummer;E-post;Telefon\n";
    for (int i = 0; i < rows; ++i)
        out += "Kari;Nordmann;s" + QByteArray::number(500000 + i) + ";k" + QByteArray::number(i) + "@example.no;+47 9" +
               QByteArray::number(phone) + " " + QByteArray::number(10000 + i) + "\n";
    return out;
}

mode_t permissionBits(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 07777;
    return st.st_mode & 0777;
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    // Point 3: a record shorter than the header has empty fields at its end; the dry run says what the import does.
    void shortRowDryRunAgreesWithImport_data()
    {
        QTest::addColumn<QString>("reg");
        QTest::addColumn<int>("keep");     // fields kept of the first data line
        QTest::addColumn<int>("exitCode"); // of both the dry run and the import
        QTest::newRow("sites without contact") << u"sites"_s << 7 << 0;
        QTest::newRow("sites without capacity") << u"sites"_s << 6 << 3; // a required field
        QTest::newRow("supervisors without e-mail and phone") << u"supervisors"_s << 6 << 0;
        QTest::newRow("students without phone") << u"students"_s << 4 << 0;
        QTest::newRow("periods without site kinds") << u"periods"_s << 6 << 0;
        QTest::newRow("preferences with one wish") << u"preferences"_s << 4 << 0;
    }
    void shortRowDryRunAgreesWithImport()
    {
        QFETCH(QString, reg);
        QFETCH(int, keep);
        QFETCH(int, exitCode);
        CliRunner cli;
        const QString db = planWithRegistersBefore(cli, reg);
        const Register &r =
            *std::find_if(registers().begin(), registers().end(), [&reg](const Register &x) { return x.id == reg; });
        const QString csv = cli.filePath(u"short.csv"_s);
        writeFile(csv, shortened(r.file, keep));
        const QStringList call = QStringList{u"--db"_s, db, u"import"_s, reg, csv} + r.options;
        const auto dry = cli.run(call + QStringList{u"--dry-run"_s});
        QVERIFY2(dry.exitCode == exitCode, qPrintable(dry.describe()));
        const auto real = cli.run(call);
        QVERIFY2(real.exitCode == exitCode, qPrintable(real.describe()));
        QVERIFY2(!real.err.contains(u"constraint"_s, Qt::CaseInsensitive), qPrintable(real.err));
        if (exitCode != 0)
            QVERIFY2(real.err.contains(u"line 2"_s, Qt::CaseInsensitive), qPrintable(real.err));
    }

    // Point 9: a line written with another delimiter is reported as that, not as the fields it lacks.
    void mixedDelimitersAreNamed()
    {
        CliRunner cli;
        const QString db = planWithRegistersBefore(cli, u"students"_s);
        const QString csv = cli.filePath(u"mixed.csv"_s);
        writeFile(csv, "Fornavn;Etternavn;Studentnummer;E-post;Telefon\nKari;Nordmann;s1;kari@example.no;\n"
                       "Ola,Nord,s2,ola@example.no,\n");
        const auto r = cli.run({u"--db"_s, db, u"import"_s, u"students"_s, csv, u"--school"_s, u"Nord"_s});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"line 3"_s, Qt::CaseInsensitive) && r.err.contains(u"separates its values with “,”"_s),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"is empty"_s), qPrintable(r.err));
    }

    // Point 6: terminal escapes are refused at import, with line and column, and escaped in table output.
    void controlCharactersRefusedAndEscaped()
    {
        CliRunner cli;
        const QString db = planWithRegistersBefore(cli, u"students"_s);
        const QString csv = cli.filePath(u"escape.csv"_s);
        writeFile(csv, "Fornavn;Etternavn;Studentnummer\nKari;\x1b[31mRED\x1b[0m;s1\n");
        const auto r = cli.run({u"--db"_s, db, u"import"_s, u"students"_s, csv, u"--school"_s, u"Nord"_s});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"line 2, column 2"_s, Qt::CaseInsensitive) &&
                     r.err.contains(u"control character (U+001B)"_s),
                 qPrintable(r.err));
        {
            // A plan written by another program may still hold one.
            auto plan = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
            QVERIFY(plan.ok());
            Transaction tx(*plan.value());
            QVERIFY(plan.value()
                        ->exec(u"INSERT INTO schools (name, kind) VALUES ('Nord' || char(27) || '[31mRED', 'vgs')"_s)
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        const auto list = cli.run({u"--db"_s, db, u"list"_s, u"schools"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QVERIFY2(!list.out.contains(QChar(0x1b)), qPrintable(list.out));
        QVERIFY2(list.out.contains(u"Nord\\x1B[31mRED"_s), qPrintable(list.out));
    }

    // Point 5: an identity number inside any text field is refused with its line and column, never repeated.
    void identityNumberInsideTextIsRefused()
    {
        CliRunner cli;
        const QString db = planWithRegistersBefore(cli, u"students"_s);
        const QString csv = cli.filePath(u"fnr.csv"_s);
        const QString fnr = u"01017012345"_s; // not valid; find one with valid control digits below
        QString valid;
        for (int serial = 100; serial < 999 && valid.isEmpty(); ++serial) {
            for (int tail = 0; tail < 100; ++tail) {
                const QString candidate = u"010170%1%2"_s.arg(serial).arg(tail, 2, 10, QLatin1Char('0'));
                if (Validation::looksLikeNationalIdentityNumber(candidate)) {
                    valid = candidate;
                    break;
                }
            }
        }
        QVERIFY(!valid.isEmpty() && valid != fnr);
        writeFile(
            csv,
            QString(u"Fornavn;Etternavn;Studentnummer;Telefon\nKari;Nordmann;s1;ring "_s + valid + u"\n"_s).toUtf8());
        const auto r = cli.run({u"--db"_s, db, u"import"_s, u"students"_s, csv, u"--school"_s, u"Nord"_s});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"line 2, column 4"_s, Qt::CaseInsensitive) &&
                     r.err.contains(u"national identity number"_s),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(valid), qPrintable(r.err));
    }

    // Point 4: every export is owner-only under umask 022 and 002, and is never replaced without --force.
    void exportsAreOwnerOnlyAndNeverReplaced_data()
    {
        QTest::addColumn<QStringList>("command"); // FILE stands for the output
        QTest::addColumn<QString>("file");
        const QStringList report{u"report"_s, u"--supervisors"_s, u"--from"_s, u"2026-01-01"_s,
                                 u"--to"_s,   u"2026-12-31"_s,    u"-o"_s,     u"FILE"_s};
        for (const char *mask : {"022", "002"}) {
            const QString umask = QString::fromLatin1(mask);
            QTest::addRow("report csv, umask %s", mask) << (QStringList{umask} + report) << u"r.csv"_s;
            QTest::addRow("report xlsx, umask %s", mask) << (QStringList{umask} + report) << u"r.xlsx"_s;
            QTest::addRow("report pdf, umask %s", mask) << (QStringList{umask} + report) << u"r.pdf"_s;
            QTest::addRow("ical, umask %s", mask)
                << QStringList{umask, u"ical"_s, u"--site"_s, u"Solbakken sykehjem / Avdeling 1"_s, u"-o"_s, u"FILE"_s}
                << u"c.ics"_s;
            QTest::addRow("log, umask %s", mask) << QStringList{umask, u"log"_s, u"-o"_s, u"FILE"_s} << u"l.csv"_s;
            QTest::addRow("backup, umask %s", mask)
                << QStringList{umask, u"backup"_s, u"-o"_s, u"FILE"_s} << u"b.praksisplan"_s;
        }
    }
    void exportsAreOwnerOnlyAndNeverReplaced()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, file);
        CliRunner cli;
        const QString db = planWithRegistersBefore(cli, u"students"_s);
        const QString umask = command.takeFirst();
        const QString out = cli.filePath(file);
        command.replace(command.indexOf(u"FILE"_s), out);
        // The CLI runs under the umask through a shell.
        const auto runUnder = [&](const QStringList &extra) {
            QStringList quoted;
            for (const QString &a : QStringList{QString::fromUtf8(PRAKSIS_CLI_PATH), u"--db"_s, db} + command + extra)
                quoted << u"'"_s + QString(a).replace(u"'"_s, u"'\\''"_s) + u"'"_s;
            QProcess p;
            p.setProcessEnvironment(cli.environment());
            p.setWorkingDirectory(cli.dir());
            p.start(u"/bin/sh"_s, {u"-c"_s, u"umask "_s + umask + u"; exec "_s + quoted.join(u' ')});
            p.waitForFinished(120000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        auto [code, err] = runUnder({});
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(permissionBits(out), mode_t(0600));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray first = f.readAll();
        f.close();
        // Not again without --force: the file stays as it was, and nothing is left beside it.
        std::tie(code, err) = runUnder({});
        QVERIFY2(code == 3, qPrintable(err));
        QVERIFY2(err.contains(u"already exists"_s) && err.contains(u"--force"_s), qPrintable(err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), first);
        f.close();
        // With --force it is replaced, owner-only still.
        QVERIFY(QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                               QFileDevice::ReadOther));
        std::tie(code, err) = runUnder({u"--force"_s});
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(permissionBits(out), mode_t(0600));
        QCOMPARE(QDir(cli.dir()).entryList({file + u"*"_s}, QDir::Files), QStringList{file});
    }

    // Point 7: a command that only reads writes nothing to the plan: it does not fold another program's WAL back
    // (which waits for that program's writing) and takes no write lock.
    void readersLeaveThePlanAlone_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("list") << QStringList{u"list"_s, u"schools"_s};
        QTest::newRow("list json") << QStringList{u"--json"_s, u"list"_s, u"students"_s};
        QTest::newRow("log") << QStringList{u"log"_s};
        QTest::newRow("check") << QStringList{u"check"_s};
        QTest::newRow("backup") << QStringList{u"backup"_s, u"-o"_s, u"copy.praksisplan"_s};
    }
    void readersLeaveThePlanAlone()
    {
        QFETCH(QStringList, command);
        CliRunner cli;
        const QString db = planWithRegistersBefore(cli, u"students"_s);
        auto writer = PlanFile::open(db, PlanFile::OpenMode::OpenExisting); // another program, still open
        QVERIFY(writer.ok());
        QVERIFY(writer.value()->exec(u"PRAGMA wal_autocheckpoint = 0"_s).ok());
        {
            Transaction tx(*writer.value());
            QVERIFY(writer.value()->exec(u"INSERT INTO schools (name, kind) VALUES ('Ny skole', 'vgs')"_s).ok());
            QVERIFY(tx.commit().ok());
        }
        const QString wal = db + u"-wal"_s;
        const qint64 walBefore = QFileInfo(wal).size();
        QVERIFY(walBefore > 0);
        const auto r = cli.run(QStringList{u"--db"_s, db} + command);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QFileInfo(wal).size(), walBefore); // a checkpoint on close would have emptied it
        // and it saw the other program's committed change
        if (command.contains(u"schools"_s))
            QVERIFY2(r.out.contains(u"Ny skole"_s), qPrintable(r.out));
        // The writer is not disturbed: it writes again at once.
        Transaction tx(*writer.value());
        QVERIFY(tx.ok());
        QVERIFY(writer.value()->exec(u"INSERT INTO schools (name, kind) VALUES ('Enda en', 'vgs')"_s).ok());
        QVERIFY(tx.commit().ok());
    }

    // Point 9: a read-only plan (file or folder) can still be listed and backed up.
    void readOnlyPlanCanBeRead()
    {
        CliRunner cli;
        const QString db = planWithRegistersBefore(cli, u"periods"_s); // with students
        const QString folder = cli.filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString locked = folder + u"/plan.praksisplan"_s;
        QVERIFY(QFile::copy(db, locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        // Permissions do not bind root: there the folder is made read-only by a read-only bind mount.
        bool mounted = false;
        if (::geteuid() == 0) {
            mounted = runAsRoot(u"mount"_s, {u"--bind"_s, folder, folder});
            if (mounted && !runAsRoot(u"mount"_s, {u"-o"_s, u"remount,bind,ro"_s, folder})) {
                runAsRoot(u"umount"_s, {folder});
                mounted = false;
            }
            if (!mounted)
                QSKIP("root without the right to mount: permissions do not bind root");
            QVERIFY(!QFileInfo(folder).isWritable());
        }
        const auto list = cli.run({u"--db"_s, locked, u"list"_s, u"students"_s});
        const auto backup = cli.run({u"--db"_s, locked, u"backup"_s, u"-o"_s, cli.filePath(u"b.praksisplan"_s)});
        if (mounted)
            QVERIFY(runAsRoot(u"umount"_s, {folder}));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QVERIFY2(list.out.contains(u"Nordmann"_s), qPrintable(list.out));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.describe()));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"plan.praksisplan"_s}); // nothing beside it
    }
    // Point 9: a device, a pipe or a socket is not a plan; nothing is created beside it (no /dev/null-journal).
    void nonRegularPlanPathIsRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("init") << QStringList{u"init"_s};
        QTest::newRow("list") << QStringList{u"list"_s, u"schools"_s};
        QTest::newRow("import") << QStringList{u"import"_s, u"sites"_s, data(u"sites.csv"_s)};
        QTest::newRow("restore") << QStringList{u"restore"_s, u"copy.praksisplan"_s};
    }
    void nonRegularPlanPathIsRefused()
    {
        QFETCH(QStringList, command);
        CliRunner cli;
        const QString good = planWithRegistersBefore(cli, u"students"_s);
        QVERIFY(QFile::copy(good, cli.filePath(u"copy.praksisplan"_s)));
        const QStringList sidecars{u"/dev/null-journal"_s, u"/dev/null-wal"_s, u"/dev/null-shm"_s,
                                   u"/dev/null.restoring"_s};
        for (const QString &f : sidecars)
            QVERIFY2(!QFileInfo::exists(f), qPrintable(f + u" exists before the test"_s));
        const auto r = cli.run(QStringList{u"--db"_s, u"/dev/null"_s} + command);
        QStringList left;
        for (const QString &f : sidecars)
            if (QFileInfo::exists(f)) {
                left << f;
                QFile::remove(f);
            }
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
        QVERIFY2(r.exitCode != 0 && !r.crashed, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
        QVERIFY(QFileInfo(u"/dev/null"_s).exists() && !QFileInfo(u"/dev/null"_s).isFile());
    }

    // Point 9: two identical imports at once: the second finds everything unchanged (it reads the plan inside its
    // own transaction, after the first committed) and logs nothing; no false "changed" rows.
    void twoIdenticalImportsAtOnce()
    {
        CliRunner cli;
        const QString db = cli.filePath(u"plan.praksisplan"_s);
        QCOMPARE(cli.run({u"--db"_s, db, u"init"_s}).exitCode, 0);
        const QString v1 = cli.filePath(u"v1.csv"_s);
        const QString v2 = cli.filePath(u"v2.csv"_s);
        writeFile(v1, studentsFile(3000, 1));
        writeFile(v2, studentsFile(3000, 2)); // every phone number differs
        const QStringList import{u"--db"_s, db, u"import"_s, u"students"_s};
        const QStringList school{u"--school"_s, u"Nord"_s};
        QCOMPARE(cli.run(import + QStringList{v1} + school).exitCode, 0);
        auto plan = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
        QVERIFY(plan.ok());
        const qint64 since = test::scalar(*plan.value(), u"SELECT coalesce(max(id), 0) FROM change_log"_s).toLongLong();
        plan = Error{};

        auto first = cli.start(import + QStringList{v2} + school);
        auto second = cli.start(import + QStringList{v2} + school);
        QVERIFY(first->waitForFinished(120000) && second->waitForFinished(120000));
        const QString out = QString::fromUtf8(first->readAllStandardOutput() + second->readAllStandardOutput());
        QVERIFY2(first->exitCode() == 0 && second->exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(first->readAllStandardError() + second->readAllStandardError())));
        QCOMPARE(out.count(u"Imported: 0 new, 3000 changed, 0 unchanged."_s), 1);
        QCOMPARE(out.count(u"Imported: 0 new, 0 changed, 3000 unchanged."_s), 1);
        plan = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
        QVERIFY(plan.ok());
        QCOMPARE(test::scalar(*plan.value(), u"SELECT count(*) FROM change_log WHERE id > ? AND entity = 'student'"_s,
                              {since})
                     .toInt(),
                 1);
    }

    // Point 1: a plan someone sent never runs its own SQL. The exfiltrating trigger's plan is refused by every
    // command, as the plan and as a copy to restore, and is left byte for byte as it was: the trigger never fired
    // (it would have copied the names into its table, rewritten the e-mails and erased its log entry).
    void hostilePlanNeverRunsItsSql_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("message");
        QTest::newRow("exfiltrating trigger") << u"exfiltrating-trigger.praksisplan"_s << u"trigger “steal”"_s;
        QTest::newRow("recursive trigger") << u"recursive-trigger.praksisplan"_s << u"trigger “hang”"_s;
        QTest::newRow("change log as a view") << u"change-log-view.praksisplan"_s << u"view “change_log”"_s;
    }
    void hostilePlanNeverRunsItsSql()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, message);
        CliRunner cli;
        const QString hostile = cli.filePath(u"sent.praksisplan"_s);
        QVERIFY(QFile::copy(test::dataPath(u"plans/"_s + fixture), hostile));
        QVERIFY(QFile::setPermissions(hostile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QByteArray before = fileHash(hostile);
        const QString csv = cli.filePath(u"s.csv"_s);
        writeFile(csv, studentsFile(3, 1));
        const QList<QStringList> commands{
            {u"import"_s, u"students"_s, csv, u"--school"_s, u"Nord universitet"_s},
            {u"import"_s, u"students"_s, csv, u"--school"_s, u"Nord universitet"_s, u"--dry-run"_s},
            {u"list"_s, u"students"_s},
            {u"purge"_s, u"--older-than"_s, u"1"_s, u"--anonymise"_s},
            {u"backup"_s, u"-o"_s, cli.filePath(u"b.praksisplan"_s)},
        };
        for (const QStringList &c : commands) {
            const auto r = cli.run(QStringList{u"--db"_s, hostile} + c);
            QVERIFY2(r.exitCode == 1 && !r.crashed, qPrintable(r.describe()));
            QVERIFY2(r.err.contains(message) && r.err.contains(u"changed by another program"_s), qPrintable(r.err));
        }
        // As a copy to restore into a good plan: refused, the good plan unchanged.
        const QString good = planWithRegistersBefore(cli, u"students"_s);
        const QByteArray goodBefore = fileHash(good);
        const auto r = cli.run({u"--db"_s, good, u"restore"_s, hostile});
        QVERIFY2(r.exitCode == 3 && r.err.contains(message), qPrintable(r.describe()));
        QCOMPARE(fileHash(good), goodBefore);
        QCOMPARE(fileHash(hostile), before);
        QVERIFY(!QFileInfo::exists(hostile + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(cli.filePath(u"b.praksisplan"_s)));
    }

    // Point 7: while another program holds a write transaction open (a long import), the reading commands end
    // without waiting for it: they finish while it still holds its transaction, print what was committed before
    // it, take no write lock (the writer commits afterwards undisturbed) and leave its WAL alone.
    void readersDoNotWaitForAWriter_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("list") << QStringList{u"list"_s, u"students"_s};
        QTest::newRow("list json") << QStringList{u"--json"_s, u"list"_s, u"schools"_s};
        QTest::newRow("backup") << QStringList{u"backup"_s, u"-o"_s, u"copy.praksisplan"_s};
        QTest::newRow("log") << QStringList{u"log"_s};
    }
    void readersDoNotWaitForAWriter()
    {
        QFETCH(QStringList, command);
        CliRunner cli;
        const QString db = planWithRegistersBefore(cli, u"periods"_s); // with students
        auto writer = PlanFile::open(db, PlanFile::OpenMode::OpenExisting);
        QVERIFY(writer.ok());
        auto tx = std::make_unique<Transaction>(*writer.value()); // BEGIN IMMEDIATE: the write lock, held
        QVERIFY(tx->ok());
        for (int i = 0; i < 2000; ++i)
            QVERIFY(writer.value()
                        ->exec(u"INSERT INTO schools (name, kind) VALUES (?, 'vgs')"_s, {u"Uferdig %1"_s.arg(i)})
                        .ok());
        const qint64 walBefore = QFileInfo(db + u"-wal"_s).size();

        const auto r = cli.run(QStringList{u"--db"_s, db} + command);
        // the command has ended; the writer still holds its transaction
        QVERIFY(tx->ok() && writer.value()->transactionDepth() == 1);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(u"Uferdig"_s), qPrintable(r.out.left(400)));
        if (command.contains(u"students"_s))
            QVERIFY2(r.out.contains(u"Nordmann"_s), qPrintable(r.out.left(400)));
        if (command.contains(u"backup"_s)) {
            auto copy = PlanFile::open(cli.filePath(u"copy.praksisplan"_s), PlanFile::OpenMode::OpenExisting);
            QVERIFY(copy.ok());
            QCOMPARE(test::scalar(*copy.value(), u"SELECT count(*) FROM schools WHERE name LIKE 'Uferdig%'"_s).toInt(),
                     0);
        }
        QCOMPARE(QFileInfo(db + u"-wal"_s).size(), walBefore);
        QVERIFY(tx->commit().ok());
        QCOMPARE(test::scalar(*writer.value(), u"SELECT count(*) FROM schools WHERE name LIKE 'Uferdig%'"_s).toInt(),
                 2000);
    }

    // Point 9: restore on a full disk says that the disk is full (not that the copy could not be read), and the
    // plan is left as it was. The plan lives on a 2 MB tmpfs; the copy is larger.
    void restoreOnAFullDisk()
    {
        CliRunner cli;
        const QString disk = cli.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(disk));
        if (!runAsRoot(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m"_s, u"tmpfs"_s, disk}))
            QSKIP("needs root and the right to mount a tmpfs");
        struct Unmount
        {
            QString path;
            ~Unmount() { runAsRoot(u"umount"_s, {path}); }
        } unmount{disk};
        const QString db = disk + u"/plan.praksisplan"_s;
        QCOMPARE(cli.run({u"--db"_s, db, u"init"_s}).exitCode, 0);
        const QByteArray before = fileHash(db);
        // a copy of 3 MB: a plan with long notes
        const QString big = cli.filePath(u"big.praksisplan"_s);
        {
            auto plan = PlanFile::open(big, PlanFile::OpenMode::OpenOrCreate);
            QVERIFY(plan.ok());
            Transaction tx(*plan.value());
            QVERIFY(plan.value()->exec(u"INSERT INTO schools (id, name, kind) VALUES (1, 'Nord', 'vgs')"_s).ok());
            for (int i = 0; i < 300; ++i)
                QVERIFY(plan.value()
                            ->exec(u"INSERT INTO students (school_id, student_number, given_name, family_name, notes) "
                                   "VALUES (1, ?, 'Kari', 'Nordmann', ?)"_s,
                                   {u"s%1"_s.arg(i), QString(10000, u'x')})
                            .ok());
            QVERIFY(tx.commit().ok());
        }
        const auto r = cli.run({u"--db"_s, db, u"restore"_s, big});
        QVERIFY2(r.exitCode != 0 && !r.crashed, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"disk is full"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"could not be read"_s), qPrintable(r.err));
        QCOMPARE(fileHash(db), before);
        QCOMPARE(QDir(disk).entryList(QDir::Files), QStringList{u"plan.praksisplan"_s}); // nothing left behind
    }

    // Point 9: a copy with a 4 GB sparse tail after the plan's last page is restored without writing 4 GB: only
    // the pages its header declares are copied. Where it can, the plan lives on a 64 MB tmpfs, so that copying
    // the tail would fill it and fail the restore.
    void restoreCopiesOnlyThePlansPages()
    {
        CliRunner cli;
        const QString source = planWithRegistersBefore(cli, u"periods"_s); // with students
        const QString copy = cli.filePath(u"tail.praksisplan"_s);
        QCOMPARE(cli.run({u"--db"_s, source, u"backup"_s, u"-o"_s, copy}).exitCode, 0);
        const qint64 planSize = QFileInfo(copy).size();
        QVERIFY(QFile::resize(copy, planSize + 4LL * 1024 * 1024 * 1024)); // sparse: costs no disk
        const QString disk = cli.filePath(u"disk"_s);
        QVERIFY(QDir().mkpath(disk));
        const bool mounted = runAsRoot(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64m"_s, u"tmpfs"_s, disk});
        struct Unmount
        {
            QString path;
            bool mounted;
            ~Unmount()
            {
                if (mounted)
                    runAsRoot(u"umount"_s, {path});
            }
        } unmount{disk, mounted};
        const QString db = disk + u"/plan.praksisplan"_s;
        QVERIFY(QFile::copy(source, db));
        const auto r = cli.run({u"--db"_s, db, u"restore"_s, copy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(QFileInfo(db).size() < planSize + 1024 * 1024, qPrintable(QString::number(QFileInfo(db).size())));
        const auto list = cli.run({u"--db"_s, db, u"list"_s, u"students"_s});
        QVERIFY2(list.exitCode == 0 && list.out.contains(u"Nordmann"_s), qPrintable(list.describe()));
        for (const QString &f : QDir(disk).entryList(QDir::Files))
            QVERIFY2(QFileInfo(disk + u'/' + f).size() < planSize + 1024 * 1024, qPrintable(f));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
