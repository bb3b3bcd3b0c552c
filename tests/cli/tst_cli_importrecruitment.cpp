#include "CliRunner.h"
#include "RecruitmentFixture.h"
#include "ReportFixture.h"
#include "TestSupport.h"
#include "storage/PlanFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;
using praksis::test::CliRunner;

namespace {

QString data(const QString &name)
{
    return test::dataPath(u"csv/"_s + name);
}

QJsonObject object(const CliRunner::Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// Whether stderr has "Line L, column C (Header): …fragment…" for every expected error (and says which is missing).
bool reportsEvery(const QString &err, const QList<std::tuple<int, int, QString, QString>> &expected)
{
    const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
    for (const auto &[line, column, header, fragment] : expected) {
        const QString prefix = u"Line %1, column %2 (%3): "_s.arg(line).arg(column).arg(header);
        const bool found = std::any_of(lines.begin(), lines.end(), [&, fragment = fragment](const QString &l) {
            return l.startsWith(prefix) && l.contains(fragment);
        });
        if (!found) {
            qWarning("missing “%s…%s” in:\n%s", qPrintable(prefix), qPrintable(fragment), qPrintable(err));
            return false;
        }
    }
    return true;
}

} // namespace

// import hires (PRODUCT.md section 10) end to end: the fixtures tests/data/csv/hires.csv and hires_errors.csv on
// the sites and students of tests/support/RecruitmentFixture.h (its hires removed).
class TestCliImportRecruitment : public QObject
{
    Q_OBJECT

    CliRunner m_cli;

    QString freshPlan(const QString &name)
    {
        const QString db = m_cli.filePath(name);
        auto plan = PlanFile::open(db);
        if (!plan)
            qFatal("%s", qPrintable(plan.error().message));
        test::buildFormerStudentsPlan(*plan.value());
        test::runSql(*plan.value(), u"DELETE FROM mentorships"_s);
        test::runSql(*plan.value(), u"DELETE FROM hires"_s);
        return db;
    }

    QJsonArray hires(const QString &db)
    {
        const auto r = m_cli.run({u"--db"_s, db, u"--json"_s, u"list"_s, u"hires"_s});
        if (r.exitCode != 0)
            qFatal("list hires: %s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void importHires()
    {
        const QString db = freshPlan(u"hires.praksisplan"_s);
        // a dry run says what the import does, and writes nothing
        const auto dry =
            m_cli.run({u"--db"_s, db, u"--json"_s, u"import"_s, u"hires"_s, data(u"hires.csv"_s), u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        QCOMPARE(hires(db).size(), 0);
        const auto r = m_cli.run({u"--db"_s, db, u"--json"_s, u"import"_s, u"hires"_s, data(u"hires.csv"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QJsonObject real = object(r), checked = object(dry);
        QCOMPARE(real.value(u"new"_s).toInt(), 4);
        QCOMPARE(real.value(u"register"_s).toString(), u"hires"_s);
        QCOMPARE(real.value(u"ignoredColumns"_s).toArray(), QJsonArray{u"Merknad"_s});
        for (const QString &key : {u"dryRun"_s, u"written"_s}) {
            real.remove(key);
            checked.remove(key);
        }
        QCOMPARE(checked, real); // dry run == real run

        const QJsonArray list = hires(db);
        QCOMPARE(list.size(), 4);
        QHash<QString, QJsonObject> byStart;
        for (const QJsonValue &v : list)
            byStart.insert(v.toObject().value(u"start"_s).toString(), v.toObject());
        const QJsonObject summer = byStart.value(u"2025-06-16"_s);
        QCOMPARE(summer.value(u"givenName"_s).toString(), u"Åse"_s);
        QCOMPARE(summer.value(u"site"_s).toString(), u"Solbakken sykehjem / Avdeling 2"_s);
        QCOMPARE(summer.value(u"position"_s).toString(), u"sommervikar"_s);
        QCOMPARE(summer.value(u"probationEnd"_s).toString(), u"2025-12-16"_s); // start + 6 months
        QCOMPARE(summer.value(u"end"_s).toString(), u"2025-08-15"_s);
        QCOMPARE(summer.value(u"endReason"_s).toString(), u"utdanning"_s);
        QCOMPARE(summer.value(u"studentNumber"_s).toString(), u"A-1"_s); // Skole + Studentnummer: the link
        QCOMPARE(summer.value(u"school"_s).toString(), u"Høgskolen A"_s);
        const QJsonObject post = byStart.value(u"2025-09-01"_s);
        QCOMPARE(post.value(u"site"_s).toString(), u"Hjemmetjenesten, Nord"_s);
        QVERIFY(post.value(u"end"_s).isNull());
        QVERIFY(post.value(u"endReason"_s).isNull());
        const QJsonObject kari = byStart.value(u"2025-06-01"_s);
        QCOMPARE(kari.value(u"profession"_s).toString(), u"helsefagarbeider"_s);
        QCOMPARE(kari.value(u"position"_s).toString(), u"vikariat"_s);
        QVERIFY(kari.value(u"studentNumber"_s).isNull()); // no link without Skole and Studentnummer
        const QJsonObject ola = byStart.value(u"2025-08-31"_s);
        QCOMPARE(ola.value(u"position"_s).toString(), u"fast"_s);           // "Fast": case does not matter
        QCOMPARE(ola.value(u"profession"_s).toString(), u"sykepleier"_s);   // empty: the default
        QCOMPARE(ola.value(u"probationEnd"_s).toString(), u"2026-02-28"_s); // 31 August + 6 months
        QCOMPARE(ola.value(u"studentNumber"_s).toString(), u"A-4"_s);       // "høgskolen a" finds the school

        // the same file again changes nothing
        const auto again = m_cli.run({u"--db"_s, db, u"--json"_s, u"import"_s, u"hires"_s, data(u"hires.csv"_s)});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(object(again).value(u"new"_s).toInt(), 0);
        QCOMPARE(object(again).value(u"changed"_s).toInt(), 0);
        QCOMPARE(object(again).value(u"unchanged"_s).toInt(), 4);
        QCOMPARE(hires(db), list);

        // she left: the same hire (site, name, start) gets an end and its reason; an empty link cell leaves the
        // confirmed link alone
        const QString left = m_cli.filePath(u"left.csv"_s);
        {
            QFile f(left);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Fornavn;Etternavn;Praksissted;Stilling;Start;Slutt;Sluttårsak;Skole;Studentnummer\n"
                    "Åse;Ødegård;Hjemmetjenesten, Nord;fast;01.09.2025;28.02.2026;flytting;;\n");
        }
        const auto changed = m_cli.run({u"--db"_s, db, u"--json"_s, u"import"_s, u"hires"_s, left});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.describe()));
        QCOMPARE(object(changed).value(u"changed"_s).toInt(), 1);
        const QJsonArray rows = object(changed).value(u"changedRows"_s).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(u"fields"_s).toArray(), (QJsonArray{u"end"_s, u"endReason"_s}));
        for (const QJsonValue &v : hires(db)) {
            const QJsonObject o = v.toObject();
            if (o.value(u"start"_s).toString() != u"2025-09-01"_s)
                continue;
            QCOMPARE(o.value(u"end"_s).toString(), u"2026-02-28"_s);
            QCOMPARE(o.value(u"endReason"_s).toString(), u"flytting"_s);
            QCOMPARE(o.value(u"studentNumber"_s).toString(), u"A-1"_s);
        }
    }

    // Hires the file does not link get the students they may have been (same e-mail, same name), one line each, in
    // the dry run exactly as in the import; nothing is linked; a hire whose link is confirmed gets none.
    void linkSuggestions_data()
    {
        QTest::addColumn<bool>("dryRun");
        QTest::newRow("import") << false;
        QTest::newRow("dry run") << true;
    }
    void linkSuggestions()
    {
        QFETCH(bool, dryRun);
        const QString db = freshPlan(dryRun ? u"links-dry.praksisplan"_s : u"links.praksisplan"_s);
        {
            auto plan = PlanFile::open(db);
            QVERIFY(plan.ok());
            test::runSql(*plan.value(), u"UPDATE students SET email = 'lise.haug@example.no' WHERE id = 5"_s);
        }
        QStringList args{u"--db"_s, db, u"import"_s, u"hires"_s, data(u"hires_links.csv"_s)};
        if (dryRun)
            args << u"--dry-run"_s;
        const auto r = m_cli.run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts).filter(u"  Line "_s);
        QCOMPARE(lines,
                 (QStringList{u"  Line 2: Per Berg, Solbakken sykehjem / Avdeling 2, 16.06.2025 may be the student "
                              "Per Berg (A-2, Høgskolen A): same name, was a student at Solbakken sykehjem, "
                              "Avdeling 2, spring 2025."_s,
                              u"  Line 3: Lisa Haugen, Hjemmetjenesten, Nord, 01.09.2025 may be the student Lise "
                              "Haug (A-5, Høgskolen A): same e-mail, was a student at Solbakken sykehjem, "
                              "Avdeling 2, autumn 2025."_s}));
        QVERIFY2(r.out.contains(u"nothing was linked"_s), qPrintable(r.out));

        args.insert(2, u"--json"_s);
        const auto json = m_cli.run(args);
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonArray found = object(json).value(u"linkSuggestions"_s).toArray();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).toObject().value(u"line"_s).toInt(), 2);
        const QJsonObject per = found.at(0).toObject().value(u"students"_s).toArray().at(0).toObject();
        QCOMPARE(per.value(u"studentNumber"_s).toString(), u"A-2"_s);
        QCOMPARE(per.value(u"sameName"_s).toBool(), true);
        QCOMPARE(per.value(u"sameEmail"_s).toBool(), false);
        const QJsonObject lise = found.at(1).toObject().value(u"students"_s).toArray().at(0).toObject();
        QCOMPARE(lise.value(u"studentNumber"_s).toString(), u"A-5"_s);
        QCOMPARE(lise.value(u"sameEmail"_s).toBool(), true);
        QCOMPARE(lise.value(u"sameName"_s).toBool(), false);

        // never linked automatically
        for (const QJsonValue &v : hires(db))
            QCOMPARE(v.toObject().value(u"studentNumber"_s).isNull(), v.toObject().value(u"givenName"_s) != u"Ola"_s);
        if (dryRun)
            return;
        // a person confirms Per's link: the same file again suggests only Lise's
        {
            auto plan = PlanFile::open(db);
            QVERIFY(plan.ok());
            test::runSql(*plan.value(), u"UPDATE hires SET student_id = 2 WHERE given_name = 'Per'"_s);
        }
        const auto again = m_cli.run(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        const QJsonArray left = object(again).value(u"linkSuggestions"_s).toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).toObject().value(u"line"_s).toInt(), 3);
    }

    // Every bad row with its line, column and reason; nothing written (exit 3), in the dry run too.
    void badRows_data()
    {
        QTest::addColumn<bool>("dryRun");
        QTest::newRow("import") << false;
        QTest::newRow("dry run") << true;
    }
    void badRows()
    {
        QFETCH(bool, dryRun);
        const QString db = freshPlan(dryRun ? u"bad-dry.praksisplan"_s : u"bad.praksisplan"_s);
        QStringList args{u"--db"_s, db, u"import"_s, u"hires"_s, data(u"hires_errors.csv"_s)};
        if (dryRun)
            args << u"--dry-run"_s;
        const auto r = m_cli.run(args);
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        const QList<std::tuple<int, int, QString, QString>> expected = {
            {2, 3, u"Site"_s, u"Atlantis"_s},
            {3, 4, u"Position"_s, u"“sjef” is not a known position"_s},
            {4, 6, u"End"_s, u"before the start date"_s},
            {5, 7, u"End reason"_s, u"needs an end date"_s},
            {6, 9, u"Student number"_s, u"only with"_s},
            {7, 9, u"Student number"_s, u"has no student with the number “A-99”"_s},
            {9, 2, u"Family name"_s, u"line 8 already"_s},
            {10, 5, u"Start"_s, u"is not a date"_s},
            {11, 4, u"Position"_s, u"is empty"_s},
        };
        QVERIFY(reportsEvery(r.err, expected));
        QVERIFY2(!r.err.contains(u"Line 8,"_s), qPrintable(r.err)); // the one good row
        QVERIFY(r.err.contains(u"9 rows have errors. Nothing was imported."_s));
        QCOMPARE(hires(db).size(), 0);
    }

    // import mentors: the hire and the mentor by e-mail or name, the start (or the hire's); a mentorship with its
    // conversations planned; the same file again changes nothing; another mentor from the same start changes it.
    void importMentors()
    {
        const QString db = freshPlan(u"mentors.praksisplan"_s);
        {
            auto plan = PlanFile::open(db);
            QVERIFY(plan.ok());
            test::runSql(*plan.value(), u"INSERT INTO supervisors (id, site_id, given_name, family_name, email) VALUES "
                                        "(1, 2, 'Mona', 'Mentor', 'mona@example.no')"_s);
        }
        auto r = m_cli.run({u"--db"_s, db, u"import"_s, u"hires"_s, data(u"hires.csv"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const auto dry =
            m_cli.run({u"--db"_s, db, u"--json"_s, u"import"_s, u"mentors"_s, data(u"mentors.csv"_s), u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        for (const QJsonValue &v : hires(db))
            QVERIFY(v.toObject().value(u"mentor"_s).isNull()); // the dry run wrote nothing
        r = m_cli.run({u"--db"_s, db, u"--json"_s, u"import"_s, u"mentors"_s, data(u"mentors.csv"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(object(r).value(u"new"_s).toInt(), 3);
        QCOMPARE(object(dry).value(u"new"_s).toInt(), 3);

        QHash<QString, QJsonObject> byStart;
        for (const QJsonValue &v : hires(db))
            byStart.insert(v.toObject().value(u"start"_s).toString(), v.toObject());
        // Åse's post (she was employed on 01.09.2025 there, not in her summer job)
        QCOMPARE(byStart.value(u"2025-09-01"_s).value(u"mentor"_s).toString(), u"Mona Mentor"_s);
        QVERIFY(byStart.value(u"2025-06-16"_s).value(u"mentor"_s).isNull());
        QCOMPARE(byStart.value(u"2025-06-01"_s).value(u"mentor"_s).toString(), u"Åse Ødegård"_s); // another hire
        QCOMPARE(byStart.value(u"2025-08-31"_s).value(u"mentor"_s).toString(), u"Mona Mentor"_s);
        // the Trondheim schedule over 12 months: weekly, every other week, monthly
        const int planned = byStart.value(u"2025-08-31"_s).value(u"conversationsPlanned"_s).toInt();
        QVERIFY2(planned >= 15 && planned <= 20, qPrintable(QString::number(planned)));
        QCOMPARE(byStart.value(u"2025-08-31"_s).value(u"conversationsHeld"_s).toInt(), 0);
        {
            // the mentorship starts on the start given, or on the hire's start
            auto plan = PlanFile::open(db);
            QVERIFY(plan.ok());
            QCOMPARE(test::scalar(*plan.value(), u"SELECT group_concat(m.start_date || '=' || h.start_date, ' ') "
                                                 "FROM (SELECT * FROM mentorships ORDER BY id) m JOIN hires h "
                                                 "ON h.id = m.hire_id"_s)
                         .toString(),
                     u"2025-09-01=2025-09-01 2025-06-01=2025-06-01 2025-08-31=2025-08-31"_s);
        }

        const auto again = m_cli.run({u"--db"_s, db, u"--json"_s, u"import"_s, u"mentors"_s, data(u"mentors.csv"_s)});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(object(again).value(u"unchanged"_s).toInt(), 3);
        QCOMPARE(object(again).value(u"new"_s).toInt(), 0);

        const QString other = m_cli.filePath(u"other-mentor.csv"_s);
        {
            QFile f(other);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Nytilsatt;Mentor;Start\nOla Nilsen;Kari Lund;31.08.2025\n");
        }
        const auto changed = m_cli.run({u"--db"_s, db, u"--json"_s, u"import"_s, u"mentors"_s, other});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.describe()));
        QCOMPARE(object(changed).value(u"changed"_s).toInt(), 1);
        for (const QJsonValue &v : hires(db))
            if (v.toObject().value(u"start"_s).toString() == u"2025-08-31"_s) {
                QCOMPARE(v.toObject().value(u"mentor"_s).toString(), u"Kari Lund"_s);
                QCOMPARE(v.toObject().value(u"conversationsPlanned"_s).toInt(), planned);
            }
    }

    void badMentorRows()
    {
        const QString db = freshPlan(u"mentors-bad.praksisplan"_s);
        {
            auto plan = PlanFile::open(db);
            QVERIFY(plan.ok());
            test::runSql(*plan.value(), u"INSERT INTO supervisors (id, site_id, given_name, family_name, email) VALUES "
                                        "(1, 2, 'Mona', 'Mentor', 'mona@example.no')"_s);
        }
        auto r = m_cli.run({u"--db"_s, db, u"import"_s, u"hires"_s, data(u"hires.csv"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = m_cli.run({u"--db"_s, db, u"import"_s, u"mentors"_s, data(u"mentors_errors.csv"_s)});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        const QList<std::tuple<int, int, QString, QString>> expected = {
            {2, 1, u"Hire"_s, u"There is no new hire “nobody@example.no”"_s},
            {3, 1, u"Hire"_s, u"names more than one new hire"_s},
            {4, 2, u"Mentor"_s, u"There is no supervisor or other new hire “Atle Ukjent”"_s},
            {5, 2, u"Mentor"_s, u"There is no supervisor or other new hire “Kari Lund”"_s},
            {6, 3, u"Start"_s, u"before she starts on 31.08.2025"_s},
            {7, 3, u"Start"_s, u"is not a date"_s},
            {9, 1, u"Hire"_s, u"line 8 already"_s},
        };
        QVERIFY(reportsEvery(r.err, expected));
        QVERIFY2(!r.err.contains(u"Line 8,"_s), qPrintable(r.err));
        {
            auto plan = PlanFile::open(db);
            QVERIFY(plan.ok());
            QCOMPARE(test::scalar(*plan.value(), u"SELECT count(*) FROM mentorships"_s).toInt(), 0);
            QCOMPARE(test::scalar(*plan.value(), u"SELECT count(*) FROM mentor_conversations"_s).toInt(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliImportRecruitment)
#include "tst_cli_importrecruitment.moc"
