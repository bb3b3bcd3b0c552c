#include "TestSupport.h"
#include "io/Importer.h"
#include "storage/ChangeJournal.h"
#include "storage/PlanFile.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {

const QString innlandet = u"Høgskolen i Innlandet"_s;

// Every row of every table an import may touch, in a stable order: equal dumps mean equal data.
QString dump(PlanFile &plan)
{
    QStringList out;
    for (const char16_t *t : {u"schools", u"programmes", u"students", u"sites", u"supervisors", u"periods",
                              u"period_programmes", u"period_site_kinds", u"preferences", u"exclusions"}) {
        const QString table = QString::fromUtf16(t);
        auto q = plan.exec(u"SELECT * FROM "_s + table);
        if (!q)
            qFatal("%s", qPrintable(q.error().toString()));
        const int n = q->record().count();
        while (q->next()) {
            QStringList cells{table};
            for (int i = 0; i < n; ++i)
                cells << (q->value(i).isNull() ? u"NULL"_s : q->value(i).toString());
            out << cells.join(u'|');
        }
    }
    out.sort();
    return out.join(u'\n');
}

ImportResult importFile(PlanFile &plan, ImportRegister reg, const QString &path)
{
    ImportOptions options;
    if (reg == ImportRegister::Students)
        options.school = innlandet;
    auto preview = Importer::prepare(plan, reg, path, options);
    if (!preview.ok())
        qFatal("prepare %s: %s", qPrintable(path), qPrintable(preview.error().toString()));
    if (!preview->canApply())
        qFatal("prepare %s: %s", qPrintable(path), qPrintable(preview->errorSummary()));
    auto result = Importer::apply(plan, *preview);
    if (!result.ok())
        qFatal("apply %s: %s", qPrintable(path), qPrintable(result.error().toString()));
    return result.value();
}

} // namespace

class TestImportJournal : public QObject
{
    Q_OBJECT

private slots:
    void undoRedo_data()
    {
        QTest::addColumn<int>("reg");
        QTest::addColumn<QStringList>("before"); // fixtures imported first (register:file)
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("changed"); // a second file: some rows changed, some new, some the same
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("updated");

        QTest::newRow("students") << int(ImportRegister::Students) << QStringList() << u"students_semicolon.csv"_s
                                  << u"Fornavn;Etternavn;Studentnummer;Studieprogram;Kull;E-post;Telefon\n"
                                     "Kari;Nordmann-Lie;s100001;Sykepleie;2025;kari@example.no;+47 912 34 567\n"
                                     "Ola;Østby;s100002;Sykepleie;2025;ola@example.no;\n"
                                     "Per;Ny;s100099;Vernepleie;2026;;\n"_s
                                  << 1 << 1;
        QTest::newRow("sites") << int(ImportRegister::Sites) << QStringList() << u"sites.csv"_s
                               << u"Navn;Avdeling;Kommune;Kommunenummer;Type;Adresse;Kapasitet;Kontaktperson\n"
                                  "Solbakken sykehjem;Avdeling 1;Hamar;3403;sykehjem;Solbakkvegen 2, 2318 Hamar;5;Liv "
                                  "Holm\n"
                                  "Nytt helsehus;;Stange;3413;helsehus;;2;\n"_s
                               << 1 << 1;
        QTest::newRow("supervisors") << int(ImportRegister::Supervisors) << QStringList{u"sites:sites.csv"_s}
                                     << u"supervisors.csv"_s
                                     << u"Fornavn;Etternavn;Praksissted;Yrke;Veilederutdanning;Maks studenter\n"
                                        "Inger;Lie;Solbakken sykehjem / Avdeling 1;sykepleier;2019;3\n"
                                        "Eva;Ny;Hamar legevakt;annet;nei;1\n"_s
                                     << 1 << 1;
        QTest::newRow("periods") << int(ImportRegister::Periods) << QStringList() << u"periods.csv"_s
                                 << u"Navn;Skole;Studieprogram;Start;Slutt;Timer per uke;Stedstyper\n"
                                    "Praksis 2 høst 2026;Høgskolen i Innlandet;Bachelor i sykepleie;24.08.2026;"
                                    "23.10.2026;30;sykehjem\n"
                                    "Ny periode;Ny skole;Nytt program;01.03.2027;30.04.2027;30;helsehus\n"_s
                                 << 1 << 1;
        QTest::newRow("preferences")
            << int(ImportRegister::Preferences)
            << QStringList{u"sites:sites.csv"_s, u"students:students_english.csv"_s, u"periods:periods.csv"_s}
            << u"preferences.csv"_s
            << u"Skole;Studentnummer;Periode;Ønske 1;Ønske 2;Ønske 3;Ikke;Begrunnelse\n"
               "Høgskolen i Innlandet;h200001;Praksis 2 høst 2026;Hjemmetjenesten Sentrum;;;Hamar legevakt;Slekt\n"
               "Høgskolen i Innlandet;h200003;Praksis 2 høst 2026;Hamar legevakt;;;;\n"_s
            << 1 << 1;
    }

    void undoRedo()
    {
        QFETCH(int, reg);
        QFETCH(QStringList, before);
        QFETCH(QString, base);
        QFETCH(QString, changed);
        QFETCH(int, inserted);
        QFETCH(int, updated);
        test::TempPlan t;
        for (const QString &b : before)
            importFile(t.plan(), *importRegisterFromId(b.section(u':', 0, 0)),
                       test::dataPath(u"csv/"_s + b.section(u':', 1)));
        const QString empty = dump(t.plan());

        // the first import of the register: undo takes every record (and created school) away
        ImportResult first = importFile(t.plan(), ImportRegister(reg), test::dataPath(u"csv/"_s + base));
        const QString afterFirst = dump(t.plan());
        QVERIFY(afterFirst != empty);
        QVERIFY(!first.journal.isEmpty());
        QVERIFY(first.journal.undo(t.plan()).ok());
        QCOMPARE(dump(t.plan()), empty);
        QVERIFY(first.journal.redo(t.plan()).ok());
        QCOMPARE(dump(t.plan()), afterFirst);

        // a second import changing one record and adding one
        QTemporaryDir dir;
        const QString path = dir.filePath(u"changed.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(changed.toUtf8());
        f.close();
        ImportResult second = importFile(t.plan(), ImportRegister(reg), path);
        QCOMPARE(int(second.inserted), inserted);
        QCOMPARE(int(second.updated), updated);
        const QString afterSecond = dump(t.plan());
        QVERIFY(afterSecond != afterFirst);

        QSignalSpy changes(&t.plan(), &PlanFile::changed);
        QVERIFY(second.journal.undo(t.plan()).ok());
        QCOMPARE(dump(t.plan()), afterFirst);
        QVERIFY(!changes.isEmpty());
        QVERIFY(second.journal.redo(t.plan()).ok());
        QCOMPARE(dump(t.plan()), afterSecond);
        // announced per entity and kind, not per row
        QVERIFY2(changes.count() <= 12, qPrintable(QString::number(changes.count())));
        QVERIFY(second.journal.undo(t.plan()).ok());
        QVERIFY(first.journal.undo(t.plan()).ok());
        QCOMPARE(dump(t.plan()), empty);
    }

    void unchangedImportHasEmptyJournal()
    {
        test::TempPlan t;
        importFile(t.plan(), ImportRegister::Sites, test::dataPath(u"csv/sites.csv"_s));
        ImportResult again = importFile(t.plan(), ImportRegister::Sites, test::dataPath(u"csv/sites.csv"_s));
        QVERIFY(again.journal.isEmpty());
    }

    void undoRefusedWhenRecordIsUsed()
    {
        // a site the import created that a supervisor now names: undo fails, and changes nothing
        test::TempPlan t;
        ImportResult sites = importFile(t.plan(), ImportRegister::Sites, test::dataPath(u"csv/sites.csv"_s));
        importFile(t.plan(), ImportRegister::Supervisors, test::dataPath(u"csv/supervisors.csv"_s));
        const QString now = dump(t.plan());
        QVERIFY(!sites.journal.undo(t.plan()).ok());
        QCOMPARE(dump(t.plan()), now);
    }
};

QTEST_GUILESS_MAIN(TestImportJournal)
#include "tst_importjournal.moc"
