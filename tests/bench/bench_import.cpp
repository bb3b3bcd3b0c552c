// CSV import of 10,000 students (PRODUCT.md section 8: < 1 s), side by side with the sqlite3 command line's own
// .import of the same file into a plain table as the floor. Prints figures; asserts nothing about time.
//
//   build/tests/bench_import [ROWS]

#include "TestSupport.h"
#include "io/CsvWriter.h"
#include "io/Importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? QString::fromUtf8(argv[1]).toInt() : 10000;

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"students.csv"_s);
    const QString plainCsv = dir.filePath(u"students-nobom.csv"_s);
    writeFile(csv, rows, true);
    writeFile(plainCsv, rows, false);
    out << "CSV import of " << rows << " students (" << QFile(csv).size() / 1024 << " KiB)\n";

    test::TempPlan plan;
    ImportOptions options;
    options.school = u"Høgskolen i Innlandet"_s;

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
    out << u"  praksisplan prepare + apply, fresh plan: %1 ms (prepare %2 ms, apply %3 ms; processor time %4 ms)\n"_s
               .arg(prepareMs + applyMs, 0, 'f', 1)
               .arg(prepareMs, 0, 'f', 1)
               .arg(applyMs, 0, 'f', 1)
               .arg(cpuMs(cpu), 0, 'f', 1);

    t.restart();
    auto again = Importer::prepare(plan.plan(), ImportRegister::Students, csv, options);
    if (!again || again->count(ImportRowStatus::Unchanged) != rows)
        qFatal("re-import not unchanged");
    auto none = Importer::apply(plan.plan(), *again);
    if (!none)
        qFatal("re-apply failed");
    out << u"  praksisplan re-import of the same file (all unchanged): %1 ms\n"_s.arg(ms(t), 0, 'f', 1);

    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite.isEmpty()) {
        out << "  sqlite3 .import: sqlite3 not found (apt-get install sqlite3 for the floor figure)\n";
        return 0;
    }
    QProcess p;
    p.setProgram(sqlite);
    p.setArguments({dir.filePath(u"floor.db"_s)});
    const QByteArray script = "CREATE TABLE students (given_name TEXT, family_name TEXT, student_number TEXT, "
                              "programme TEXT, cohort INTEGER, email TEXT, phone TEXT);\n"
                              ".mode csv\n.separator ;\n.import --skip 1 " +
                              plainCsv.toUtf8() + " students\nSELECT count(*) FROM students;\n";
    t.restart();
    p.start();
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    const double sqliteMs = ms(t);
    const QString count = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    out << u"  sqlite3 .import into a plain table (floor, process start included): %1 ms (%2 rows)\n"_s
               .arg(sqliteMs, 0, 'f', 1)
               .arg(count);
    return 0;
}
