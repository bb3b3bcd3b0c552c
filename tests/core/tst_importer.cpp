#include "TestSupport.h"
#include "io/CsvWriter.h"
#include "io/Importer.h"
#include "storage/PlanFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {

const QString innlandet = u"Høgskolen i Innlandet"_s;

ImportOptions forSchool(const QString &school, const QString &programme = {})
{
    ImportOptions o;
    o.school = school;
    o.programme = programme;
    return o;
}

QString errorsOf(const ImportPreview &p)
{
    QStringList lines;
    for (const Error &e : p.errors)
        lines << ImportPreview::describe(e);
    return lines.join(u'\n');
}

// prepare + apply; fails the test on any error
#define IMPORT(plan, reg, file, options)                                                                               \
    [&]() {                                                                                                            \
        auto preview = Importer::prepare(plan, reg, test::dataPath(file), options);                                    \
        if (!preview.ok())                                                                                             \
            qFatal("prepare %s: %s", qPrintable(QString(file)), qPrintable(preview.error().toString()));               \
        if (!preview->canApply())                                                                                      \
            qFatal("prepare %s: %s", qPrintable(QString(file)), qPrintable(errorsOf(*preview)));                       \
        auto result = Importer::apply(plan, *preview);                                                                 \
        if (!result.ok())                                                                                              \
            qFatal("apply %s: %s", qPrintable(QString(file)), qPrintable(result.error().toString()));                  \
        return result.value();                                                                                         \
    }()

int count(PlanFile &plan, const QString &table)
{
    return test::scalar(plan, u"SELECT count(*) FROM "_s + table).toInt();
}

// Every table's row count: proof that nothing was written.
QString fingerprint(PlanFile &plan)
{
    QStringList parts;
    for (const char16_t *t : {u"schools", u"programmes", u"students", u"sites", u"supervisors", u"periods",
                              u"period_programmes", u"period_site_kinds", u"preferences", u"exclusions"})
        parts << QString::fromUtf16(t) + u'=' + QString::number(count(plan, QString::fromUtf16(t)));
    parts << u"students.hash="_s + test::scalar(plan, u"SELECT group_concat(given_name || family_name || email || "
                                                      "coalesce(cohort, '')) FROM students"_s)
                                       .toString();
    return parts.join(u' ');
}

// A plan with the sites, the periods and the students of the good fixtures.
void seed(PlanFile &plan)
{
    IMPORT(plan, ImportRegister::Sites, u"csv/sites.csv"_s, ImportOptions{});
    IMPORT(plan, ImportRegister::Periods, u"csv/periods.csv"_s, ImportOptions{});
    IMPORT(plan, ImportRegister::Students, u"csv/students_english.csv"_s, forSchool(innlandet));
}

Result<ImportPreview> prepareText(PlanFile &plan, ImportRegister reg, const QByteArray &csv,
                                  const ImportOptions &options = {})
{
    auto table = CsvReader::read(csv);
    if (!table)
        return table.error();
    return Importer::prepare(plan, reg, *table, options);
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    // A key repeated in the file is an error of the later row naming the earlier line, however far apart (the map of
    // the numbers seen grows and rehashes in between); distinct keys are not.
    void repeatedStudentNumber_data()
    {
        QTest::addColumn<int>("rows");      // rows s1 … sN
        QTest::addColumn<int>("repeatOf");  // then a row repeating the number of this row (0: none)
        QTest::addColumn<int>("errorLine"); // the line of the repeat (0: no error)
        QTest::newRow("no repeat") << 300 << 0 << 0;
        QTest::newRow("the next row") << 1 << 1 << 3;
        QTest::newRow("300 rows apart") << 300 << 1 << 302;
        QTest::newRow("the last of 300") << 300 << 300 << 302;
    }
    void repeatedStudentNumber()
    {
        QFETCH(int, rows);
        QFETCH(int, repeatOf);
        QFETCH(int, errorLine);
        QByteArray csv = "Fornavn;Etternavn;Studentnummer\n";
        for (int i = 1; i <= rows; ++i)
            csv += "Kari;Nordmann;s" + QByteArray::number(i) + '\n';
        if (repeatOf > 0)
            csv += "Ola;Nordmann;s" + QByteArray::number(repeatOf) + '\n';
        test::TempPlan t;
        auto preview = prepareText(t.plan(), ImportRegister::Students, csv, forSchool(innlandet));
        QVERIFY(preview.ok());
        if (errorLine == 0) {
            QVERIFY2(preview->canApply(), qPrintable(errorsOf(*preview)));
            return;
        }
        QCOMPARE(preview->errors.size(), 1);
        const Error &e = preview->errors.constFirst();
        QCOMPARE(e.line, errorLine);
        QCOMPARE(e.column, 3);
        QVERIFY2(e.message.contains(u"s%1"_s.arg(repeatOf)) && e.message.contains(QString::number(repeatOf + 1)),
                 qPrintable(e.message));
    }

    // A row's values (ImportValues, in place of a QVariantHash): set, replaced, taken, absent.
    void importValues_data()
    {
        QTest::addColumn<QStringList>("steps"); // "set key value", "take key"
        QTest::addColumn<QString>("expected");  // key=value,… in the order set; then what take() returned
        QTest::newRow("set two") << QStringList{u"set a 1"_s, u"set bb 2"_s} << u"a=1,bb=2"_s;
        QTest::newRow("set again replaces") << QStringList{u"set a 1"_s, u"set b 2"_s, u"set a 3"_s} << u"a=3,b=2"_s;
        QTest::newRow("take removes") << QStringList{u"set a 1"_s, u"set b 2"_s, u"take a"_s} << u"b=2 took 1"_s;
        QTest::newRow("take of an absent key") << QStringList{u"set a 1"_s, u"take ab"_s} << u"a=1 took invalid"_s;
        QTest::newRow("keys of one length")
            << QStringList{u"set ab 1"_s, u"set ba 2"_s, u"set ab 3"_s} << u"ab=3,ba=2"_s;
    }
    void importValues()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, expected);
        ImportValues values;
        QString took;
        for (const QString &step : std::as_const(steps)) {
            const QStringList parts = step.split(u' ');
            if (parts.at(0) == u"set"_s) {
                values.insert(parts.at(1), parts.at(2));
            } else {
                const QVariant v = values.take(parts.at(1));
                took = u" took "_s + (v.isValid() ? v.toString() : u"invalid"_s);
            }
        }
        QStringList shown;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            QCOMPARE(values.value(it.key()), it.value());
            QVERIFY(values.contains(it.key()));
            shown << it.key() + u'=' + it.value().toString();
        }
        QCOMPARE(shown.join(u','), expected.section(u' ', 0, 0));
        QCOMPARE(took, expected.contains(u" took "_s) ? u" "_s + expected.section(u' ', 1) : QString());
        QCOMPARE(values.size(), shown.size());
        QVERIFY(!values.contains(u"zz"_s));
        QVERIFY(!values.value(u"zz"_s).isValid());
        QVERIFY(values.constFind(u"zz"_s) == values.constEnd());
    }

    void newThenUnchanged_data()
    {
        QTest::addColumn<ImportRegister>("reg");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("records");
        QTest::newRow("students, Norwegian headers")
            << ImportRegister::Students << u"csv/students_semicolon.csv"_s << u"students"_s << 3 << 3;
        QTest::newRow("students, Windows-1252")
            << ImportRegister::Students << u"csv/students_excel_1252.csv"_s << u"students"_s << 3 << 3;
        QTest::newRow("students, English headers in another order")
            << ImportRegister::Students << u"csv/students_english.csv"_s << u"students"_s << 3 << 3;
        QTest::newRow("sites") << ImportRegister::Sites << u"csv/sites.csv"_s << u"sites"_s << 4 << 4;
        QTest::newRow("supervisors") << ImportRegister::Supervisors << u"csv/supervisors.csv"_s << u"supervisors"_s << 3
                                     << 3;
        QTest::newRow("periods (two rows for one period)")
            << ImportRegister::Periods << u"csv/periods.csv"_s << u"periods"_s << 3 << 2;
        QTest::newRow("preferences") << ImportRegister::Preferences << u"csv/preferences.csv"_s << u"preferences"_s << 2
                                     << 3;
    }

    void newThenUnchanged()
    {
        QFETCH(ImportRegister, reg);
        QFETCH(QString, file);
        QFETCH(QString, table);
        QFETCH(int, rows);
        QFETCH(int, records);

        test::TempPlan t;
        if (reg == ImportRegister::Supervisors)
            IMPORT(t.plan(), ImportRegister::Sites, u"csv/sites.csv"_s, ImportOptions{});
        if (reg == ImportRegister::Preferences)
            seed(t.plan());
        const ImportOptions options = forSchool(reg == ImportRegister::Students ? innlandet : QString());
        const int before = count(t.plan(), table);

        auto first = Importer::prepare(t.plan(), reg, test::dataPath(file), options);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QVERIFY2(first->canApply(), qPrintable(errorsOf(*first)));
        QCOMPARE(first->rows.size(), rows);
        QCOMPARE(first->count(ImportRowStatus::New), rows);
        QCOMPARE(count(t.plan(), table), before); // prepare writes nothing
        auto applied = Importer::apply(t.plan(), *first);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));
        QCOMPARE(applied->inserted, rows);
        QCOMPARE(count(t.plan(), table), before + records);

        // the same file again: everything unchanged, and applying it writes nothing at all
        t.reopen();
        const QString written = fingerprint(t.plan());
        auto again = Importer::prepare(t.plan(), reg, test::dataPath(file), options);
        QVERIFY(again.ok());
        QCOMPARE(again->count(ImportRowStatus::Unchanged), rows);
        QVERIFY(again->created.isEmpty());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto reapplied = Importer::apply(t.plan(), *again);
        QVERIFY(reapplied.ok());
        QCOMPARE(reapplied->inserted, 0);
        QCOMPARE(reapplied->updated, 0);
        QCOMPARE(reapplied->unchanged, rows);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(fingerprint(t.plan()), written);
    }

    void studentsStoredAsInFile()
    {
        test::TempPlan t;
        IMPORT(t.plan(), ImportRegister::Students, u"csv/students_english.csv"_s, forSchool(innlandet));
        auto q = t->exec(u"SELECT s.given_name, s.family_name, s.email, s.phone, s.cohort, p.name, p.kind, sc.name, "
                         "sc.kind FROM students s JOIN programmes p ON p.id = s.programme_id JOIN schools sc ON "
                         "sc.id = s.school_id WHERE s.student_number = 'h200003'"_s);
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), u"Ola"_s);
        QCOMPARE(q->value(1).toString(), u"Berg, jr."_s);
        QCOMPARE(q->value(2).toString(), u"ola@example.no"_s);
        QCOMPARE(q->value(3).toString(), QString());
        QCOMPARE(q->value(4).toInt(), 2024);
        QCOMPARE(q->value(5).toString(), u"Bachelor i sykepleie"_s);
        QCOMPARE(q->value(6).toString(), u"sykepleie"_s);
        QCOMPARE(q->value(7).toString(), innlandet);
        QCOMPARE(q->value(8).toString(), u"hogskole"_s);
        QCOMPARE(
            test::scalar(t.plan(), u"SELECT family_name FROM students WHERE student_number = 'h200002'"_s).toString(),
            u"Ødegård"_s);
    }

    // A school with more students than the import keeps in memory: each row's record is looked up on its own,
    // with the same statuses and changed fields as from the map.
    void changedRowsWhenLookedUpOneByOne()
    {
        const qsizetype was = Importer::storedRowsInMemory;
        Importer::storedRowsInMemory = 0;
        auto back = qScopeGuard([was] { Importer::storedRowsInMemory = was; });
        test::TempPlan t;
        IMPORT(t.plan(), ImportRegister::Students, u"csv/students_semicolon.csv"_s, forSchool(innlandet));
        auto p = prepareText(t.plan(), ImportRegister::Students,
                             "Fornavn;Etternavn;Studentnummer;E-post;Kull\n"
                             "Kari;Nordmann;s100001;kari.ny@example.no;2025\n"
                             "Ola;Østby;s100002;ola@example.no;2026\n"
                             "Åse;Bråten;s100003;;2024\n"
                             "Nils;Ny;s100004;;\n",
                             forSchool(innlandet));
        QVERIFY(p.ok());
        QVERIFY2(p->canApply(), qPrintable(errorsOf(*p)));
        QCOMPARE(p->rows.at(0).status, ImportRowStatus::Changed);
        QCOMPARE(p->rows.at(0).changedFields, QStringList{u"email"_s});
        QCOMPARE(p->rows.at(1).status, ImportRowStatus::Changed);
        QCOMPARE(p->rows.at(1).changedFields, QStringList{u"cohort"_s});
        QCOMPARE(p->rows.at(2).status, ImportRowStatus::Unchanged);
        QCOMPARE(p->rows.at(3).status, ImportRowStatus::New);
        // and the same file again through the one pass: unchanged throughout
        const QString file = t.dir() + u"/again.csv"_s;
        QVERIFY(Importer::apply(t.plan(), *p).ok());
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Fornavn;Etternavn;Studentnummer;E-post;Kull\nNils;Ny;s100004;;\n");
        }
        auto again = Importer::import(t.plan(), ImportRegister::Students, file, forSchool(innlandet), true);
        QVERIFY(again.ok() && again->canApply());
        QCOMPARE(again->count(ImportRowStatus::Unchanged), 1);
    }

    void changedRowsNameTheirFields()
    {
        test::TempPlan t;
        IMPORT(t.plan(), ImportRegister::Students, u"csv/students_semicolon.csv"_s, forSchool(innlandet));
        auto p = prepareText(t.plan(), ImportRegister::Students,
                             "Fornavn;Etternavn;Studentnummer;E-post;Kull\n"
                             "Kari;Nordmann;s100001;kari.ny@example.no;2025\n" // email changed
                             "Ola;Østby;s100002;ola@example.no;2026\n"         // cohort changed
                             "Åse;Bråten;s100003;;2024\n"                      // unchanged
                             "Nils;Ny;s100004;;\n",                            // new
                             forSchool(innlandet));
        QVERIFY(p.ok());
        QVERIFY2(p->canApply(), qPrintable(errorsOf(*p)));
        QCOMPARE(p->rows.at(0).status, ImportRowStatus::Changed);
        QCOMPARE(p->rows.at(0).changedFields, QStringList{u"email"_s});
        QCOMPARE(p->rows.at(1).status, ImportRowStatus::Changed);
        QCOMPARE(p->rows.at(1).changedFields, QStringList{u"cohort"_s});
        QCOMPARE(p->rows.at(2).status, ImportRowStatus::Unchanged);
        QCOMPARE(p->rows.at(3).status, ImportRowStatus::New);
        QCOMPARE(p->rows.at(3).line, 5);

        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto r = Importer::apply(t.plan(), *p);
        QVERIFY(r.ok());
        QCOMPARE(r->inserted, 1);
        QCOMPARE(r->updated, 2);
        QCOMPARE(r->unchanged, 1);
        QCOMPARE(test::scalar(t.plan(), u"SELECT email FROM students WHERE student_number = 's100001'"_s).toString(),
                 u"kari.ny@example.no"_s);
        // a column that is not in the file leaves the field alone
        QCOMPARE(test::scalar(t.plan(), u"SELECT phone FROM students WHERE student_number = 's100001'"_s).toString(),
                 u"+47 912 34 567"_s);
        QCOMPARE(count(t.plan(), u"students"_s), 4);
        bool sawInsert = false;
        bool sawUpdate = false;
        for (const QList<QVariant> &args : spy) {
            const auto change = args.at(0).value<Change>();
            if (change.entity == Entity::Student && change.kind == Change::Kind::Inserted)
                sawInsert = change.ids.size() == 1;
            if (change.entity == Entity::Student && change.kind == Change::Kind::Updated)
                sawUpdate = change.ids.size() == 2;
        }
        QVERIFY(sawInsert);
        QVERIFY(sawUpdate);
    }

    void allOrNothing()
    {
        test::TempPlan t;
        IMPORT(t.plan(), ImportRegister::Students, u"csv/students_semicolon.csv"_s, forSchool(innlandet));
        const QString before = fingerprint(t.plan());
        auto p = prepareText(t.plan(), ImportRegister::Students,
                             "Fornavn;Etternavn;Studentnummer;E-post\n"
                             "Kari;Nordmann;s100001;changed@example.no\n"
                             "Nils;Ny;s100009;\n"
                             "Per;;s100010;\n"
                             "Anne;Berg;s100011;not-an-address\n",
                             forSchool(u"Nord universitet"_s));
        QVERIFY(p.ok());
        QVERIFY(!p->canApply());
        QCOMPARE(p->count(ImportRowStatus::Invalid), 2);
        QCOMPARE(p->errors.size(), 2);
        QCOMPARE(ImportPreview::describe(p->errors.at(0)), u"Line 4, column 2 (Etternavn): “Last name” is empty."_s);
        QCOMPARE(p->errors.at(1).line, 5);
        QCOMPARE(p->errors.at(1).column, 4);
        auto r = Importer::apply(t.plan(), *p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QVERIFY(r.error().message.contains(u"Nothing was imported"_s));
        QCOMPARE(fingerprint(t.plan()), before);
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("before the first row") << 0;
        QTest::newRow("at the end, before commit") << 3;
    }

    void cancelLeavesNothing()
    {
        QFETCH(int, cancelAt);
        test::TempPlan t;
        auto p = Importer::prepare(t.plan(), ImportRegister::Students, test::dataPath(u"csv/students_english.csv"_s),
                                   forSchool(u"Nord universitet"_s));
        QVERIFY(p.ok() && p->canApply());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        qsizetype lastTotal = -1;
        auto r = Importer::apply(t.plan(), *p, [&](qsizetype done, qsizetype total) {
            lastTotal = total;
            return done < cancelAt;
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QCOMPARE(lastTotal, 3);
        t.reopen();
        QCOMPARE(count(t.plan(), u"students"_s), 0);
        QCOMPARE(count(t.plan(), u"schools"_s), 0);
        QCOMPARE(count(t.plan(), u"programmes"_s), 0);
        QCOMPARE(spy.count(), 0);
    }

    void createsSchoolAndProgrammeOnce()
    {
        test::TempPlan t;
        auto p = Importer::prepare(t.plan(), ImportRegister::Periods, test::dataPath(u"csv/periods.csv"_s));
        QVERIFY(p.ok() && p->canApply());
        QStringList created;
        for (const ImportCreation &c : p->created)
            created << (c.entity == Entity::School ? u"school "_s : u"programme "_s) + c.name + u'=' + c.kind;
        QCOMPARE(created,
                 (QStringList{u"school Høgskolen i Innlandet=hogskole"_s, u"programme Bachelor i sykepleie=sykepleie"_s,
                              u"school Nord vgs=vgs"_s, u"programme Vg2 helsearbeiderfag=helsearbeiderfag"_s}));
        QVERIFY(p->created.first().note.contains(u"Høgskolen i Innlandet"_s));
        auto r = Importer::apply(t.plan(), *p);
        QVERIFY(r.ok());
        QCOMPARE(r->created.size(), 4);
        QCOMPARE(count(t.plan(), u"schools"_s), 2);
        QCOMPARE(count(t.plan(), u"programmes"_s), 2);
        QCOMPARE(count(t.plan(), u"period_programmes"_s), 3);
        QCOMPARE(test::scalar(t.plan(), u"SELECT group_concat(kind, '|') FROM (SELECT kind FROM period_site_kinds k "
                                        "JOIN periods p ON p.id = k.period_id WHERE p.name = 'Praksis 2 høst 2026' "
                                        "ORDER BY kind)"_s)
                     .toString(),
                 u"hjemmetjeneste|sykehjem"_s);
        QCOMPARE(test::scalar(t.plan(), u"SELECT hours_per_week FROM periods WHERE name LIKE 'Legevakt%'"_s).toDouble(),
                 37.5);
        QCOMPARE(test::scalar(t.plan(), u"SELECT start_date FROM periods WHERE name LIKE 'Legevakt%'"_s).toString(),
                 u"2027-01-11"_s);

        // the students' import finds the school and the programme made by the periods' import
        auto s = Importer::prepare(t.plan(), ImportRegister::Students, test::dataPath(u"csv/students_english.csv"_s),
                                   forSchool(u"høgskolen i innlandet"_s));
        QVERIFY(s.ok() && s->canApply());
        QVERIFY(s->created.isEmpty());
    }

    void defaultProgramme()
    {
        test::TempPlan t;
        auto p = Importer::prepare(t.plan(), ImportRegister::Students, test::dataPath(u"csv/students_semicolon.csv"_s),
                                   forSchool(u"Nord vgs"_s));
        QVERIFY(p.ok());
        // the file's column wins over --programme; here every row names Sykepleie
        auto q = prepareText(t.plan(), ImportRegister::Students, "Fornavn;Etternavn;Studentnummer\nKari;Nordmann;1\n",
                             forSchool(u"Nord vgs"_s, u"Vg2 helsearbeiderfag"_s));
        QVERIFY(q.ok() && q->canApply());
        QCOMPARE(q->created.size(), 2);
        QCOMPARE(q->created.at(1).kind, u"helsearbeiderfag"_s);
        QVERIFY(Importer::apply(t.plan(), *q).ok());
        QCOMPARE(test::scalar(t.plan(), u"SELECT p.name FROM students s JOIN programmes p ON p.id = s.programme_id"_s)
                     .toString(),
                 u"Vg2 helsearbeiderfag"_s);
        QCOMPARE(test::scalar(t.plan(), u"SELECT kind FROM schools"_s).toString(), u"vgs"_s);
    }

    void ambiguousSiteNames_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("error");
        QTest::newRow("name of two units") << u"Solbakken sykehjem"_s << u"“Solbakken sykehjem / Avdeling 1”"_s;
        QTest::newRow("name / unit") << u"Solbakken sykehjem / Avdeling 2"_s << QString();
        QTest::newRow("case and spaces") << u"solbakken  SYKEHJEM/avdeling 2"_s << QString();
        QTest::newRow("unique name") << u"Hamar legevakt"_s << QString();
        QTest::newRow("unknown unit") << u"Solbakken sykehjem / Avdeling 9"_s << u"no site"_s;
    }

    void ambiguousSiteNames()
    {
        QFETCH(QString, site);
        QFETCH(QString, error);
        test::TempPlan t;
        IMPORT(t.plan(), ImportRegister::Sites, u"csv/sites.csv"_s, ImportOptions{});
        auto p = prepareText(t.plan(), ImportRegister::Supervisors,
                             "Fornavn;Etternavn;Praksissted\nInger;Lie;" + site.toUtf8() + "\n");
        QVERIFY(p.ok());
        if (error.isEmpty()) {
            QVERIFY2(p->canApply(), qPrintable(errorsOf(*p)));
            QVERIFY(Importer::apply(t.plan(), *p).ok());
            QCOMPARE(count(t.plan(), u"supervisors"_s), 1);
        } else {
            QCOMPARE(p->errors.size(), 1);
            QCOMPARE(p->errors.at(0).column, 3);
            QVERIFY2(p->errors.at(0).message.contains(error), qPrintable(p->errors.at(0).message));
        }
    }

    void supervisorsTraining()
    {
        test::TempPlan t;
        IMPORT(t.plan(), ImportRegister::Sites, u"csv/sites.csv"_s, ImportOptions{});
        IMPORT(t.plan(), ImportRegister::Supervisors, u"csv/supervisors.csv"_s, ImportOptions{});
        auto q = t->exec(u"SELECT given_name, profession, has_training, training_year, max_students FROM supervisors "
                         "ORDER BY given_name"_s);
        QVERIFY(q.ok());
        QStringList got;
        while (q->next())
            got << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toString(), q->value(4).toString()}
                       .join(u'/');
        QCOMPARE(got, (QStringList{u"Inger/sykepleier/1/2019/2"_s, u"Siri/sykepleier/1//3"_s,
                                   u"Tor/helsefagarbeider/0//1"_s}));
    }

    void preferencesReplaceChoicesAndAddExclusions()
    {
        test::TempPlan t;
        seed(t.plan());
        IMPORT(t.plan(), ImportRegister::Preferences, u"csv/preferences.csv"_s, ImportOptions{});
        QCOMPARE(count(t.plan(), u"exclusions"_s), 1);
        QCOMPARE(test::scalar(t.plan(), u"SELECT reason FROM exclusions"_s).toString(), u"Har jobbet der"_s);
        auto p = prepareText(t.plan(), ImportRegister::Preferences,
                             "Skole;Studentnummer;Periode;Ønske 1;Ønske 2\n"
                             "Høgskolen i Innlandet;h200001;Praksis 2 høst 2026;Hamar legevakt;\n");
        QVERIFY(p.ok() && p->canApply());
        QCOMPARE(p->rows.at(0).status, ImportRowStatus::Changed);
        QCOMPARE(p->rows.at(0).changedFields, (QStringList{u"choice1"_s, u"choice2"_s}));
        QVERIFY(Importer::apply(t.plan(), *p).ok());
        QCOMPARE(test::scalar(t.plan(), u"SELECT group_concat(s.name, '|') FROM preferences p JOIN sites s ON s.id = "
                                        "p.site_id JOIN students st ON st.id = p.student_id WHERE "
                                        "st.student_number = 'h200001'"_s)
                     .toString(),
                 u"Hamar legevakt"_s);
        QCOMPARE(count(t.plan(), u"exclusions"_s), 1); // exclusions are never removed by an import
    }

    void mappingOverride()
    {
        test::TempPlan t;
        const QByteArray csv = "Fornavn;Etternavn;Nr;Melding\nKari;Nordmann;s1;hei\n";
        auto p = prepareText(t.plan(), ImportRegister::Students, csv, forSchool(innlandet));
        QVERIFY(p.ok());
        QVERIFY(!p->canApply()); // no student number column
        QCOMPARE(p->unknownColumns, (QStringList{u"Nr"_s, u"Melding"_s}));
        QCOMPARE(p->mapping, (QStringList{u"givenName"_s, u"familyName"_s, QString(), QString()}));

        ImportOptions o = forSchool(innlandet);
        o.mapping.insert(2, u"studentNumber"_s);
        o.mapping.insert(1, QString()); // ignore a column the header would match
        auto q = prepareText(t.plan(), ImportRegister::Students, csv, o);
        QVERIFY(q.ok());
        QCOMPARE(q->mapping, (QStringList{u"givenName"_s, QString(), u"studentNumber"_s, QString()}));
        QCOMPARE(q->unknownColumns, (QStringList{u"Etternavn"_s, u"Melding"_s}));
        QVERIFY(!q->canApply()); // the last name is required
        o.mapping.remove(1);
        auto r = prepareText(t.plan(), ImportRegister::Students, csv, o);
        QVERIFY(r.ok() && r->canApply());
        QCOMPARE(r->rows.at(0).key, u"s1 Kari Nordmann"_s);

        o.mapping.insert(3, u"noSuchField"_s);
        QVERIFY(!prepareText(t.plan(), ImportRegister::Students, csv, o).ok());
    }

    void previewReportsFormat()
    {
        test::TempPlan t;
        auto p = Importer::prepare(t.plan(), ImportRegister::Students, test::dataPath(u"csv/students_excel_1252.csv"_s),
                                   forSchool(innlandet));
        QVERIFY(p.ok());
        QCOMPARE(p->encoding, CsvEncoding::Windows1252);
        QCOMPARE(p->delimiter, QChar(u';'));
        QVERIFY(!p->encodingName.isEmpty());
        QVERIFY(!p->delimiterName.isEmpty());
        QCOMPARE(p->headers.size(), 7);
        QCOMPARE(p->rows.at(2).cells.at(0), u"Åse"_s);
    }

    void exportedCsvImportsBack()
    {
        // an export (with the formula guard) re-imports to the same values
        test::TempPlan t;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter w(&buffer);
        w.writeRow(QStringList{u"First name"_s, u"Last name"_s, u"Student number"_s, u"Phone"_s});
        w.writeRow(QStringList{u"=Kari"_s, u"Nord;mann"_s, u"s1"_s, u"+47 22 00 00 00"_s});
        QVERIFY(w.finish().ok());
        auto p = prepareText(t.plan(), ImportRegister::Students, buffer.data(), forSchool(innlandet));
        QVERIFY(p.ok());
        QVERIFY2(p->canApply(), qPrintable(errorsOf(*p)));
        QVERIFY(Importer::apply(t.plan(), *p).ok());
        QCOMPARE(test::scalar(t.plan(), u"SELECT given_name || '|' || family_name || '|' || phone FROM students"_s)
                     .toString(),
                 u"=Kari|Nord;mann|+47 22 00 00 00"_s);
    }

    void inferKinds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("school");
        QTest::newRow("universitet") << u"Universitetet i Tromsø"_s << u"universitet"_s;
        QTest::newRow("OsloMet") << u"OsloMet – storbyuniversitetet"_s << u"universitet"_s;
        QTest::newRow("høgskole") << u"Høgskolen i Østfold"_s << u"hogskole"_s;
        QTest::newRow("høyskole") << u"Lovisenberg diakonale høyskole"_s << u"hogskole"_s;
        QTest::newRow("høgskule") << u"Høgskulen på Vestlandet"_s << u"hogskole"_s;
        QTest::newRow("fagskole") << u"Fagskolen Innlandet"_s << u"fagskole"_s;
        QTest::newRow("videregående") << u"Hamar katedralskole videregående"_s << u"vgs"_s;
        QTest::newRow("vgs") << u"Nord vgs"_s << u"vgs"_s;
        QTest::newRow("unknown") << u"VID"_s << u"hogskole"_s;
    }

    void inferKinds()
    {
        QFETCH(QString, name);
        QFETCH(QString, school);
        QCOMPARE(toId(Importer::inferSchoolKind(name)), school);
    }

    void inferProgrammeKinds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::newRow("sykepleie") << u"Bachelor i sykepleie"_s << u"sykepleie"_s;
        QTest::newRow("helsearbeider") << u"Vg2 Helsearbeiderfag"_s << u"helsearbeiderfag"_s;
        QTest::newRow("lærling") << u"Lærling helsearbeiderfag"_s << u"laerling"_s;
        QTest::newRow("other") << u"Vernepleie"_s << u"annet"_s;
    }

    void inferProgrammeKinds()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QCOMPARE(toId(Importer::inferProgrammeKind(name, SchoolKind::Hogskole)), kind);
    }

    void booleans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value"); // -1: not a boolean
        for (const char *yes : {"ja", "JA", "yes", "true", "1", " Ja "})
            QTest::newRow(yes) << QString::fromUtf8(yes) << 1;
        for (const char *no : {"nei", "No", "false", "0"})
            QTest::newRow(no) << QString::fromUtf8(no) << 0;
        for (const char *neither : {"", "kanskje", "2"})
            QTest::newRow(neither) << QString::fromUtf8(neither) << -1;
    }

    void booleans()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        const auto b = Importer::parseBoolean(text);
        QCOMPARE(b.has_value() ? int(*b) : -1, value);
    }

    // tests/data/csv/broken: every file with the error it must give, in <name>.expected beside it
    void brokenFiles_data()
    {
        QTest::addColumn<QString>("csv");
        const QDir dir(test::dataPath(u"csv/broken"_s));
        const QStringList files = dir.entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void brokenFiles()
    {
        QFETCH(QString, csv);
        QFile expectedFile(csv.chopped(4) + u".expected"_s);
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), "every broken file needs a .expected file");
        QHash<QString, QString> expected;
        for (const QByteArray &line : expectedFile.readAll().split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                expected.insert(QString::fromUtf8(line.left(colon)).trimmed(),
                                QString::fromUtf8(line.mid(colon + 1)).trimmed());
        }
        const auto reg = importRegisterFromId(expected.value(u"register"_s));
        QVERIFY(reg);
        const int line = expected.value(u"line"_s).toInt();
        const int column = expected.value(u"column"_s).toInt();
        const QString fragment = expected.value(u"message"_s);
        QVERIFY(!fragment.isEmpty());

        test::TempPlan t;
        seed(t.plan());
        const QString before = fingerprint(t.plan());
        auto p =
            Importer::prepare(t.plan(), *reg, csv, forSchool(*reg == ImportRegister::Students ? innlandet : QString()));
        QList<Error> errors;
        if (!p.ok()) {
            errors << p.error();
        } else {
            errors = p->errors;
            QVERIFY(!p->canApply());
            QVERIFY(!Importer::apply(t.plan(), *p).ok());
        }
        QVERIFY2(!errors.isEmpty(), "a broken file must give an error");
        QStringList described;
        bool found = false;
        for (const Error &e : errors) {
            QCOMPARE(e.kind, Error::Kind::Invalid);
            described << ImportPreview::describe(e);
            if (e.line == line && e.column == column && e.message.contains(fragment))
                found = true;
        }
        QVERIFY2(found, qPrintable(u"expected line %1, column %2, “%3”; got:\n"_s.arg(line).arg(column).arg(fragment) +
                                   described.join(u'\n')));
        QCOMPARE(fingerprint(t.plan()), before);
    }

    void detectRegister_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // "" for none
        QTest::newRow("students") << u"csv/students_semicolon.csv"_s << u"students"_s;
        QTest::newRow("students english") << u"csv/students_english.csv"_s << u"students"_s;
        QTest::newRow("sites") << u"csv/sites.csv"_s << u"sites"_s;
        QTest::newRow("supervisors") << u"csv/supervisors.csv"_s << u"supervisors"_s;
        QTest::newRow("periods") << u"csv/periods.csv"_s << u"periods"_s;
        QTest::newRow("preferences") << u"csv/preferences.csv"_s << u"preferences"_s;
        QTest::newRow("hires") << u"csv/hires.csv"_s << u"hires"_s; // not supervisors: more of its columns match
        QTest::newRow("hires, few columns") << u"csv/hires_links.csv"_s << u"hires"_s;
        QTest::newRow("mentors") << u"csv/mentors.csv"_s << u"mentors"_s;
        QTest::newRow("missing column") << u"csv/broken/students_missing_column.csv"_s << QString();
    }

    void detectRegister()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto table = CsvReader::readFile(test::dataPath(file));
        QVERIFY(table.ok());
        const auto detected = detectImportRegister(table->records.first().fields);
        QCOMPARE(detected ? toId(*detected) : QString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
