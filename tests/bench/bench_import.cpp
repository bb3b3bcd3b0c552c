// CSV import of 10,000 students (PRODUCT.md section 8: < 1 s; issue 22: within 3x of sqlite3's .import), side by
// side with the sqlite3 command line's own .import of the same file in the same run — into a plain table, and into a
// new plan's own students table with its indexes, references and checks (the budget's ratio) — and the
// peak memory of praksisplan-cli importing 500,000 students (issue 20: < 300 MB). Prints figures; asserts nothing.
//
//   build/tests/bench_import [ROWS [BIG_ROWS]]     (BIG_ROWS 0 skips the memory figure)

#include "TestSupport.h"
#include "io/CsvWriter.h"
#include "io/Importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

#include <sys/resource.h>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {

const QStringList givenNames{u"Kari"_s,   u"Ola"_s,   u"Åse"_s,   u"Øystein"_s, u"Ingrid"_s,  u"Håkon"_s,
                             u"Sigrid"_s, u"Bjørn"_s, u"Ærlig"_s, u"Solveig"_s, u"Jørgen"_s,  u"Mari"_s,
                             u"Emma"_s,   u"Nora"_s,  u"Jakob"_s, u"Aksel"_s,   u"Frøydis"_s, u"Tuva"_s};
const QStringList familyNames{u"Nordmann"_s, u"Hansen"_s, u"Ødegård"_s, u"Bråten"_s, u"Sæther"_s,
                              u"Johansen"_s, u"Løvås"_s,  u"Berg"_s,    u"Haugen"_s, u"Strøm"_s,
                              u"Ås"_s,       u"Kvåle"_s,  u"Dæhli"_s,   u"Moe"_s,    u"Solberg"_s};
const QStringList programmes{u"Bachelor i sykepleie"_s, u"Bachelor i sykepleie, deltid"_s};

QString ascii(QString s)
{
    s = s.toLower();
    s.replace(u'æ', u"ae"_s).replace(u'ø', u"o"_s).replace(u'å', u"a"_s);
    return s;
}

void writeFile(const QString &path, int rows, bool bom)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    CsvWriter w(&f, CsvWriter::Options{QLatin1Char(';'), bom, true});
    w.writeRow(QStringList{u"Fornavn"_s, u"Etternavn"_s, u"Studentnummer"_s, u"Studieprogram"_s, u"Kull"_s, u"E-post"_s,
                           u"Telefon"_s});
    QRandomGenerator random(42);
    for (int i = 0; i < rows; ++i) {
        const QString given = givenNames.at(random.bounded(int(givenNames.size())));
        const QString family = familyNames.at(random.bounded(int(familyNames.size())));
        const QString number = u"s%1"_s.arg(300000 + i);
        w.writeRow(QStringList{
            given, family, number, programmes.at(random.bounded(int(programmes.size()))),
            QString::number(2024 + random.bounded(3)),
            ascii(given) + u'.' + ascii(family) + u'.' + QString::number(i) + u"@student.example.no"_s,
            u"+47 9%1 %2 %3"_s.arg(random.bounded(10, 99)).arg(random.bounded(10, 99)).arg(random.bounded(100, 999))});
    }
    if (!w.finish().ok())
        qFatal("write failed");
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// processor time of this process, which a busy machine disturbs less than the wall clock
double cpuMs(std::clock_t since)
{
    return double(std::clock() - since) * 1000.0 / CLOCKS_PER_SEC;
}

// Runs a program to its end; its wall time in ms, or -1 when it failed.
double runMs(const QString &program, const QStringList &arguments, const QByteArray &input = {},
             QString *output = nullptr)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(arguments);
    QElapsedTimer t;
    t.start();
    p.start();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    const double elapsed = ms(t);
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return elapsed;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? QString::fromUtf8(argv[1]).toInt() : 10000;
    const int bigRows = argc > 2 ? QString::fromUtf8(argv[2]).toInt() : 500000;
    const QString cli = QString::fromUtf8(PRAKSIS_CLI_PATH);
    const QString school = u"Høgskolen i Innlandet"_s;

    QTemporaryDir dir;
    // Peak memory first (getrusage of the children is the largest child so far): praksisplan-cli importing
    // bigRows students into a new plan, as a child process.
    if (bigRows > 0) {
        const QString bigCsv = dir.filePath(u"big.csv"_s);
        writeFile(bigCsv, bigRows, true);
        const QString bigPlan = dir.filePath(u"big.praksisplan"_s);
        if (runMs(cli, {u"--db"_s, bigPlan, u"init"_s}) < 0)
            qFatal("init failed");
        const double bigMs =
            runMs(cli, {u"--db"_s, bigPlan, u"import"_s, u"students"_s, bigCsv, u"--school"_s, school});
        if (bigMs < 0)
            qFatal("import of %d rows failed", bigRows);
        struct rusage usage
        {};
        getrusage(RUSAGE_CHILDREN, &usage);
        out << u"praksisplan-cli import students, %1 rows (%2 MB): %3 s, peak memory (VmHWM of the child) %4 MB "
               "(budget 300 MB)\n"_s.arg(bigRows)
                   .arg(QFileInfo(bigCsv).size() / (1024 * 1024))
                   .arg(bigMs / 1000, 0, 'f', 1)
                   .arg(double(usage.ru_maxrss) / 1024, 0, 'f', 0);
        QFile::remove(bigCsv);
    }

    const QString csv = dir.filePath(u"students.csv"_s);
    const QString plainCsv = dir.filePath(u"students-nobom.csv"_s);
    writeFile(csv, rows, true);
    writeFile(plainCsv, rows, false);
    out << "CSV import of " << rows << " students (" << QFile(csv).size() / 1024 << " KiB)\n";

    // The command line beside sqlite3's own .import of the same file, in the same run (the ratio is what counts on
    // a shared machine): each five times into a new database, the median.
    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
    QList<double> cliRuns;
    QList<double> sqliteRuns;
    QList<double> sameTableRuns;
    for (int i = 0; i < 5; ++i) {
        const QString plan = dir.filePath(u"cli-%1.praksisplan"_s.arg(i));
        if (runMs(cli, {u"--db"_s, plan, u"init"_s}) < 0)
            qFatal("init failed");
        cliRuns << runMs(cli, {u"--db"_s, plan, u"import"_s, u"students"_s, plainCsv, u"--school"_s, school});
        if (sqlite.isEmpty())
            continue;
        // Like for like: sqlite3 putting the same rows into a new plan's own students table (its UNIQUE constraint,
        // two indexes, CHECK, the references to the school and the programme, foreign keys on), the school and
        // programmes made first as the import makes them. The shell's .import fills a table whose columns are the
        // file's, so it reads the file into a temporary one and copies the rows over in one statement.
        const QString samePlan = dir.filePath(u"same-%1.praksisplan"_s.arg(i));
        if (runMs(cli, {u"--db"_s, samePlan, u"init"_s}) < 0)
            qFatal("init failed");
        const QByteArray sameScript =
            "PRAGMA foreign_keys = ON;\n"
            "INSERT INTO schools (name, kind) VALUES ('" +
            school.toUtf8() +
            "', 'hogskole');\n"
            "INSERT INTO programmes (school_id, name, kind) SELECT id, 'Bachelor i sykepleie', 'sykepleie' FROM "
            "schools;\n"
            "INSERT INTO programmes (school_id, name, kind) SELECT id, 'Bachelor i sykepleie, deltid', 'sykepleie' "
            "FROM schools;\n"
            "CREATE TEMP TABLE incoming (given_name TEXT, family_name TEXT, student_number TEXT, programme TEXT, "
            "cohort INTEGER, email TEXT, phone TEXT);\n"
            ".mode csv\n.separator ;\n.import --skip 1 " +
            plainCsv.toUtf8() +
            " incoming\n"
            "INSERT INTO students (school_id, programme_id, student_number, given_name, family_name, cohort, email, "
            "phone) SELECT p.school_id, p.id, i.student_number, i.given_name, i.family_name, i.cohort, i.email, "
            "i.phone FROM incoming i JOIN programmes p ON p.name = i.programme;\n"
            "SELECT count(*) FROM students;\n";
        QString sameCount;
        sameTableRuns << runMs(sqlite, {samePlan}, sameScript, &sameCount);
        if (sameCount.trimmed() != QString::number(rows))
            qFatal("sqlite3 put %s rows into the plan's table", qPrintable(sameCount));
        const QByteArray script = "CREATE TABLE students (given_name TEXT, family_name TEXT, student_number TEXT, "
                                  "programme TEXT, cohort INTEGER, email TEXT, phone TEXT);\n"
                                  ".mode csv\n.separator ;\n.import --skip 1 " +
                                  plainCsv.toUtf8() + " students\nSELECT count(*) FROM students;\n";
        QString count;
        sqliteRuns << runMs(sqlite, {dir.filePath(u"floor-%1.db"_s.arg(i))}, script, &count);
        if (count.trimmed() != QString::number(rows))
            qFatal("sqlite3 imported %s rows", qPrintable(count));
    }
    out << u"  praksisplan-cli import students (process start included): %1 ms (median of 5)\n"_s.arg(median(cliRuns),
                                                                                                      0, 'f', 1);
    if (sqlite.isEmpty()) {
        out << "  sqlite3 .import: sqlite3 not found (apt-get install sqlite3 for the floor figure)\n";
    } else {
        out << u"  sqlite3 .import into a plain table (process start included): %1 ms (median of 5)\n"_s.arg(
            median(sqliteRuns), 0, 'f', 1);
        out << u"  ratio praksisplan-cli / sqlite3 into a plain table: %1\n"_s.arg(median(cliRuns) / median(sqliteRuns),
                                                                                   0, 'f', 2);
        out << u"  sqlite3 .import into a new plan's own students table (same indexes, references and checks; "
               "through a temporary table), process start included: %1 ms (median of 5)\n"_s.arg(median(sameTableRuns),
                                                                                                 0, 'f', 1);
        out << u"  ratio praksisplan-cli / sqlite3 into the same table: %1 (budget 3)\n"_s.arg(
            median(cliRuns) / median(sameTableRuns), 0, 'f', 2);
    }

    // In this process: the desktop wizard's two steps, and the command line's one pass.
    test::TempPlan plan;
    ImportOptions options;
    options.school = school;

    QElapsedTimer t;
    t.start();
    const std::clock_t cpu = std::clock();
    auto preview = Importer::prepare(plan.plan(), ImportRegister::Students, csv, options);
    const double prepareMs = ms(t);
    if (!preview || !preview->canApply())
        qFatal("prepare failed");
    t.restart();
    auto result = Importer::apply(plan.plan(), *preview);
    const double applyMs = ms(t);
    if (!result || result->inserted != rows)
        qFatal("apply failed");
    out << u"  in process, prepare + apply (the desktop wizard, with undo), new plan: %1 ms (prepare %2 ms, apply %3 "
           "ms; processor time %4 ms)\n"_s.arg(prepareMs + applyMs, 0, 'f', 1)
               .arg(prepareMs, 0, 'f', 1)
               .arg(applyMs, 0, 'f', 1)
               .arg(cpuMs(cpu), 0, 'f', 1);

    t.restart();
    auto again = Importer::import(plan.plan(), ImportRegister::Students, csv, options, false);
    if (!again || again->count(ImportRowStatus::Unchanged) != rows)
        qFatal("re-import not unchanged");
    out << u"  in process, import of the same file again (all unchanged): %1 ms\n"_s.arg(ms(t), 0, 'f', 1);

    test::TempPlan fresh;
    t.restart();
    ImportResult written;
    auto streamed = Importer::import(fresh.plan(), ImportRegister::Students, csv, options, false, &written);
    if (!streamed || written.inserted != rows)
        qFatal("import failed");
    out << u"  in process, import (the command line's one pass), new plan: %1 ms\n"_s.arg(ms(t), 0, 'f', 1);
    return 0;
}
