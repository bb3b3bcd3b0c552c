#include "PlacementSeed.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "dialogs/PrivacyDialogs.h"
#include "i18n/Language.h"
#include "io/CsvReader.h"
#include "placements/PlacementService.h"
#include "storage/Purge.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace praksis;
using namespace Qt::StringLiterals;

// Purge with a preview, and the change log with its export, in the desktop program.
class TestPrivacyDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanSession> m_session;
    bool m_confirm = true;
    int m_asked = 0;
    QStringList m_errors;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors << text; };
        Prompts::confirmHook = [this](QWidget *, const QString &, const QString &) {
            ++m_asked;
            return m_confirm;
        };
    }

    void init()
    {
        const QString path = m_dir.filePath(u"privacy.praksisplan"_s);
        QFile::remove(path);
        m_session = std::make_unique<PlanSession>();
        QVERIFY(m_session->open(path, PlanFile::OpenMode::OpenOrCreate));
        // two long-finished students, one recent
        const auto seed = [this](const QString &given, const QString &family, QDate start, const QString &period) {
            test::PlacementSeed s;
            s.givenName = given;
            s.familyName = family;
            s.start = start;
            s.end = start.addDays(55);
            s.period = period;
            s.status = u"completed"_s;
            test::seedPlacement(m_session->plan(), s);
        };
        const QDate old = QDate::currentDate().addYears(-8);
        seed(u"Åse"_s, u"Ødegård"_s, old, u"Gammel periode"_s);
        seed(u"Bård"_s, u"Ås"_s, old, u"Gammel periode"_s);
        seed(u"Cecilie"_s, u"Nilsen"_s, QDate::currentDate().addMonths(-3), u"Ny periode"_s);
        m_confirm = true;
        m_asked = 0;
        m_errors.clear();
    }

    void cleanup() { m_session.reset(); }

    void previewNamesTheStudents_data()
    {
        QTest::addColumn<int>("years");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("5 years") << 5 << QStringList{u"Bård Ås"_s, u"Åse Ødegård"_s};
        QTest::newRow("10 years") << 10 << QStringList{};
    }

    void previewNamesTheStudents()
    {
        QFETCH(int, years);
        QFETCH(QStringList, names);
        PurgeDialog dialog(*m_session);
        dialog.setYears(years);
        QStringList shown = dialog.previewNames();
        for (QString &n : shown)
            n = n.section(u" ("_s, 0, 0);
        shown.sort();
        names.sort();
        QCOMPARE(shown, names);
        // the same students as the core's preview
        auto core = Purge::preview(m_session->plan(), years, Purge::Mode::Anonymise);
        QVERIFY(core);
        QCOMPARE(core->studentIds.size(), names.size());
        QCOMPARE(dialog.findChild<QPushButton *>(u"purgeRun"_s)->isEnabled(), !names.isEmpty());
    }

    void anonymiseAsksAndEmptiesUndo()
    {
        // an undoable step before: it may name a record the purge changes
        m_session->undoStack()->push(new QUndoCommand(u"earlier"_s));
        PurgeDialog dialog(*m_session);
        dialog.setYears(5);
        m_confirm = false;
        QVERIFY(!dialog.runPurge());
        QCOMPARE(m_asked, 1);
        QCOMPARE(test::scalar(m_session->plan(), u"SELECT count(*) FROM students WHERE given_name = 'Åse'"_s).toInt(),
                 1);
        m_confirm = true;
        QVERIFY(dialog.runPurge());
        QCOMPARE(test::scalar(m_session->plan(), u"SELECT count(*) FROM students WHERE given_name IN ('Åse', 'Bård')"_s)
                     .toInt(),
                 0);
        QCOMPARE(test::scalar(m_session->plan(), u"SELECT count(*) FROM placements"_s).toInt(), 3); // kept
        QCOMPARE(m_session->undoStack()->count(), 0);
        QVERIFY(dialog.previewNames().isEmpty()); // nothing more to do
        QVERIFY(m_errors.isEmpty());
    }

    void deleteRemovesPlacementsToo()
    {
        PurgeDialog dialog(*m_session);
        dialog.setYears(5);
        dialog.setDeleting(true);
        QVERIFY(dialog.findChild<QLabel *>(u"purgeSummary"_s)->text().contains(u"deleted"_s));
        QVERIFY(dialog.runPurge());
        QCOMPARE(test::scalar(m_session->plan(), u"SELECT count(*) FROM students"_s).toInt(), 1);
        QCOMPARE(test::scalar(m_session->plan(), u"SELECT count(*) FROM placements"_s).toInt(), 1);
    }

    void changeLogShowsFiltersAndExports()
    {
        // changes made the way the program makes them, so they are logged
        QList<qint64> ids;
        auto q = m_session->plan().exec(u"SELECT id FROM placements ORDER BY id"_s);
        while (q && q->next())
            ids << q->value(0).toLongLong();
        QCOMPARE(ids.size(), 3);
        for (qint64 id : std::as_const(ids))
            QVERIFY(PlacementService(m_session->plan()).setStatus({id}, PlacementStatus::Cancelled));
        ChangeLogDialog dialog(*m_session);
        auto *table = dialog.findChild<QTableWidget *>(u"logTable"_s);
        QVERIFY(table->rowCount() > 0);
        QCOMPARE(table->rowCount(), dialog.entries().size());
        // newest first
        QVERIFY(dialog.entries().first().id > dialog.entries().last().id);
        auto *entity = dialog.findChild<QComboBox *>(u"logEntity"_s);
        entity->setCurrentIndex(entity->findData(u"placement"_s));
        QVERIFY(table->rowCount() >= 3);
        for (const ChangeLog::Entry &e : dialog.entries())
            QCOMPARE(e.entity, u"placement"_s);

        const QString path = m_dir.filePath(u"logg.csv"_s);
        QVERIFY(dialog.exportTo(path));
        auto csv = CsvReader::readFile(path);
        QVERIFY(csv);
        QCOMPARE(csv->records.size(), dialog.entries().size() + 1); // the header, then one row per entry
        QCOMPARE(csv->records.first().fields, ChangeLog::headers());
        QCOMPARE(csv->records.at(1).fields.at(3), u"placement"_s);
        // a folder that does not exist: a clear error naming the file, nothing written
        auto refused = dialog.exportTo(m_dir.filePath(u"nope/logg.csv"_s));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"logg.csv"_s));
    }

    // The viewer speaks the interface language: the action and the kind of record in words, the local time as
    // dd.MM.yyyy HH:mm (the ISO time with milliseconds only as the tooltip), the record's name; never the stored ids
    void changeLogInWords()
    {
        const qint64 id = test::scalar(m_session->plan(), u"SELECT min(id) FROM placements"_s).toLongLong();
        QVERIFY(PlacementService(m_session->plan()).setStatus({id}, PlacementStatus::Cancelled));
        Language::install(u"nb"_s);
        ChangeLogDialog dialog(*m_session);
        Language::install(u"en"_s);
        auto *table = dialog.findChild<QTableWidget *>(u"logTable"_s);
        QVERIFY(table->rowCount() >= 1);
        QCOMPARE(table->horizontalHeaderItem(2)->text(), u"Handling"_s);
        // the newest entry: the status change of Åse's placement
        const QRegularExpression local(u"^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d$"_s);
        QVERIFY2(local.match(table->item(0, 0)->text()).hasMatch(), qPrintable(table->item(0, 0)->text()));
        QCOMPARE(table->item(0, 0)->toolTip(), dialog.entries().first().at);
        QCOMPARE(table->item(0, 2)->text(), u"endret"_s);
        QCOMPARE(table->item(0, 3)->text(), u"praksisplass"_s);
        QCOMPARE(table->item(0, 4)->text(), u"Åse Ødegård – Solgløtt sykehjem"_s);
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column : {0, 2, 3})
                for (const QString &raw : {u"inserted"_s, u"updated"_s, u"placement"_s, u"checklist"_s, u"T"_s})
                    QVERIFY2(!table->item(row, column)->text().contains(raw),
                             qPrintable(table->item(row, column)->text()));
    }
};

QTEST_MAIN(TestPrivacyDialogs)
#include "tst_privacydialogs.moc"
