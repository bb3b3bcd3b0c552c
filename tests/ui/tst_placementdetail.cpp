#include "MainWindow.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "commands/FollowUpCommands.h"
#include "dialogs/ChecklistDialog.h"
#include "dialogs/PlacementDetailDialog.h"
#include "followup/AbsenceRepository.h"
#include "followup/FollowUp.h"
#include "followup/MeetingRepository.h"
#include "i18n/Language.h"
#include "model/Validation.h"
#include "models/AbsenceTableModel.h"
#include "models/MeetingTableModel.h"
#include "models/SqlTableModel.h"
#include "pages/overview/OverviewPage.h"
#include "pages/placements/PlacementsPage.h"
#include "pages/planner/PlannerPage.h"
#include "storage/PlanSettings.h"
#include "widgets/RecordForm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace praksis;

namespace {

using test::insert;

// Weeks 35-44 of 2026 (24.08.-30.10.): 50 working days, no public holiday, at 30 hours a week.
constexpr double plannedHours = 50 * 6.0;

} // namespace

class TestPlacementDetail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanSession> m_session;
    QPointer<PlacementDetailDialog> m_dialog;
    QStringList m_errors;
    qint64 m_period = 0, m_kari = 0, m_ola = 0, m_lise = 0, m_midway = 0;

    QString planPath() const { return m_dir.filePath(QStringLiteral("detail.praksisplan")); }
    PlanFile &plan() { return m_session->plan(); }

    template<typename T> T *child(const char *name) const
    {
        return m_dialog ? m_dialog->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }

    // The form a button opened (shown window-modal over the dialog).
    RecordForm *form(const char *name) const
    {
        if (!m_dialog)
            return nullptr;
        const auto forms = m_dialog->findChildren<RecordForm *>(QString::fromLatin1(name));
        for (RecordForm *f : forms)
            if (f->isVisible())
                return f;
        return nullptr;
    }

    static void setLine(RecordForm *f, const char *name, const QString &text)
    {
        auto *edit = f->findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->setText(text);
    }

    static bool okEnabled(RecordForm *f) { return f->findChild<QPushButton *>(u"okButton"_qs)->isEnabled(); }

    void open(qint64 placementId)
    {
        m_dialog = PlacementDetailDialog::showFor(*m_session, placementId);
        QVERIFY(m_dialog);
        m_dialog->setToday(QDate(2026, 9, 21)); // Monday of week 39
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    }

    int rowOfMeeting(MeetingKind kind) const
    {
        const MeetingTableModel *model = m_dialog->meetingModel();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->rowAt(r).meeting.kind == kind)
                return r;
        return -1;
    }

    QList<AssessmentMeeting> storedMeetings(qint64 placementId)
    {
        auto list = MeetingRepository(plan()).listByPlacement(placementId);
        return list ? *list : QList<AssessmentMeeting>();
    }

    static QString percent(double hours) { return QLocale().toString(hours / plannedHours * 100.0, 'f', 1); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors.append(text); };
        Prompts::confirmHook = [](QWidget *, const QString &, const QString &) { return true; };
    }

    void init()
    {
        QFile::remove(planPath());
        m_errors.clear();
        auto opened = PlanFile::open(planPath(), PlanFile::OpenMode::OpenOrCreate);
        QVERIFY(opened);
        PlanFile &p = *opened.value();
        const qint64 school = insert(p, u"INSERT INTO schools (name, kind) VALUES ('OsloMet', 'universitet')"_qs);
        const qint64 nursing = insert(
            p, u"INSERT INTO programmes (school_id, name, kind) VALUES (?, 'Sykepleie', 'sykepleie')"_qs, {school});
        const qint64 apprentice =
            insert(p, u"INSERT INTO programmes (school_id, name, kind) VALUES (?, 'Lærling', 'laerling')"_qs, {school});
        const qint64 site =
            insert(p, u"INSERT INTO sites (name, unit, kind) VALUES ('Solbakken', 'Avdeling 2', 'sykehjem')"_qs);
        const qint64 anne = insert(p,
                                   u"INSERT INTO supervisors (site_id, given_name, family_name, profession) "
                                   "VALUES (?, 'Anne', 'Hansen', 'sykepleier')"_qs,
                                   {site});
        m_period = insert(p, u"INSERT INTO periods (name, start_date, end_date, hours_per_week) "
                             "VALUES ('Høst 2026', '2026-08-24', '2026-10-30', 30)"_qs);
        const auto student = [&](qint64 programme, const QString &given, const QString &family, int n) {
            return insert(p,
                          u"INSERT INTO students (school_id, programme_id, student_number, given_name, family_name) "
                          "VALUES (?, ?, ?, ?, ?)"_qs,
                          {school, programme, QString::number(n), given, family});
        };
        const auto placement = [&](qint64 s, const QString &from, const QString &to) {
            return insert(p,
                          u"INSERT INTO placements (student_id, site_id, supervisor_id, period_id, start_date, "
                          "end_date, status) VALUES (?, ?, ?, ?, ?, ?, 'ongoing')"_qs,
                          {s, site, anne, m_period, from, to});
        };
        m_kari = placement(student(nursing, u"Kari"_qs, u"Nordmann"_qs, 1), u"2026-08-24"_qs, u"2026-10-30"_qs);
        m_ola = placement(student(nursing, u"Ola"_qs, u"Hansen"_qs, 2), u"2026-08-24"_qs, u"2026-10-30"_qs);
        // an apprentice over two years (outside the period: rule 4 does not matter here)
        m_lise = placement(student(apprentice, u"Lise"_qs, u"Berg"_qs, 3), u"2026-08-24"_qs, u"2028-08-18"_qs);
        // Kari: 28 hours of absence (9.3 %), her three meetings planned, the expectations meeting held
        for (int d : {1, 2, 3, 4, 7, 8, 9, 10})
            insert(p, u"INSERT INTO absences (placement_id, date, hours, reason) VALUES (?, ?, 3.5, 'sykdom')"_qs,
                   {m_kari, u"2026-09-%1"_qs.arg(d, 2, 10, QLatin1Char('0'))});
        insert(p,
               u"INSERT INTO assessment_meetings (placement_id, kind, planned_date, held_date, participants) "
               "VALUES (?, 'forventningssamtale', '2026-08-26', '2026-08-26', 'Kari Nordmann, Anne Hansen')"_qs,
               {m_kari});
        m_midway = insert(p,
                          u"INSERT INTO assessment_meetings (placement_id, kind, planned_date) "
                          "VALUES (?, 'midtveisvurdering', '2026-09-18')"_qs,
                          {m_kari});
        insert(p,
               u"INSERT INTO assessment_meetings (placement_id, kind, planned_date) "
               "VALUES (?, 'sluttvurdering', '2026-10-28')"_qs,
               {m_kari});

        m_session = std::make_unique<PlanSession>();
        m_session->setPlan(std::move(opened).value());
        m_session->setCurrentPeriodId(m_period);
    }

    void cleanup()
    {
        delete m_dialog.data();
        m_session.reset();
    }

    void showsThePlacement()
    {
        open(m_kari);
        QCOMPARE(child<QLabel>("detailStudent")->text(), u"Kari Nordmann (student number 1)"_qs);
        QVERIFY(child<QLabel>("detailSite")->text().contains(u"Solbakken"));
        QCOMPARE(child<QLabel>("detailSupervisor")->text(), u"Anne Hansen"_qs);
        const QString dates = child<QLabel>("detailDates")->text();
        QVERIFY2(dates.contains(u"24.08.2026") && dates.contains(u"30.10.2026"), qPrintable(dates));
        QVERIFY2(dates.contains(u"35") && dates.contains(u"44"), qPrintable(dates));
        QVERIFY(child<QLabel>("detailStatus")->text().contains(u"Ongoing"));
        QVERIFY(child<QLabel>("detailPlannedHours")->text().startsWith(QLocale().toString(plannedHours, 'f', 1)));
        // rule 6: the midway assessment planned for 18.09. is not held on 21.09.
        const QString findings = child<QLabel>("detailFindings")->text();
        QVERIFY2(findings.contains(u"Rule 6"), qPrintable(findings));
        QVERIFY(!findings.contains(u"Rule 5"));
        // the same window comes up again for the same placement
        QCOMPARE(PlacementDetailDialog::showFor(*m_session, m_kari), m_dialog.data());
    }

    void modelsAreConsistent()
    {
        open(m_kari);
        QAbstractItemModelTester meetings(m_dialog->meetingModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester absence(m_dialog->absenceModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_dialog->absenceModel()->rowCount(), 8);
        QCOMPARE(m_dialog->meetingModel()->rowCount(), 3);
        // changes while the testers watch: add, edit, remove, undo
        AbsenceRecord r{0, m_kari, QDate(2026, 9, 14), 2.0, AbsenceReason::Velferd};
        QVERIFY(m_session->run(new AddAbsenceCommand(plan(), r)));
        QTRY_COMPARE(m_dialog->absenceModel()->rowCount(), 9);
        auto meeting = MeetingRepository(plan()).get(m_midway);
        QVERIFY(meeting);
        AssessmentMeeting moved = *meeting;
        moved.plannedDate = QDate(2026, 10, 29); // after the final assessment: the order changes
        QVERIFY(m_session->run(new SaveMeetingCommand(plan(), *meeting, moved, u"move"_qs)));
        QCOMPARE(m_dialog->meetingModel()->rowAt(2).meeting.id, m_midway);
        m_session->undoStack()->undo();
        m_session->undoStack()->undo();
        QCOMPARE(m_dialog->absenceModel()->rowCount(), 8);
        QCOMPARE(m_dialog->meetingModel()->rowAt(1).meeting.id, m_midway);
    }

    void addingAbsenceCrossesTheLimits_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<double>("added");
        QTest::addColumn<int>("level");
        // 28 hours stand at 9.3 %; 30 hours are exactly 10 % (not above it), 31 above; 61 above 20 %
        QTest::newRow("still within") << u"1,5"_qs << 1.5 << int(AbsenceLevel::None);
        QTest::newRow("exactly at the limit") << u"2"_qs << 2.0 << int(AbsenceLevel::None);
        QTest::newRow("to be made up") << u"3"_qs << 3.0 << int(AbsenceLevel::MakeUp);
        QTest::newRow("to be made up, full day") << u"6"_qs << 6.0 << int(AbsenceLevel::MakeUp);
    }

    void addingAbsenceCrossesTheLimits()
    {
        QFETCH(QString, hours);
        QFETCH(double, added);
        QFETCH(int, level);
        open(m_kari);
        auto *percentLabel = child<QLabel>("absencePercent");
        auto *flag = child<QLabel>("absenceFlag");
        QVERIFY(percentLabel->text().contains(percent(28)));
        QCOMPARE(flag->property("level").toInt(), int(AbsenceLevel::None));

        child<QPushButton>("addAbsenceButton")->click();
        RecordForm *f = form("absenceForm");
        QVERIFY(f);
        // proposed: a day of the period's 30 hours a week
        QCOMPARE(f->findChild<QLineEdit *>(u"absenceHours"_qs)->text(), QLocale().toString(6.0));
        setLine(f, "absenceDate", u"15.09.2026"_qs);
        setLine(f, "absenceHours", hours);
        auto *reason = f->findChild<QComboBox *>(u"absenceReason"_qs);
        reason->setCurrentIndex(reason->findData(u"sykt-barn"_qs));
        QVERIFY(okEnabled(f));
        f->submit();
        QVERIFY(m_errors.isEmpty());

        QTRY_COMPARE(m_dialog->absenceModel()->rowCount(), 9);
        QTRY_VERIFY2(percentLabel->text().contains(percent(28 + added)), qPrintable(percentLabel->text()));
        QCOMPARE(flag->property("level").toInt(), level);
        auto stored = AbsenceRepository(plan()).listByPlacement(m_kari);
        QVERIFY(stored);
        const auto it = std::find_if(stored->cbegin(), stored->cend(),
                                     [](const AbsenceRecord &r) { return r.date == QDate(2026, 9, 15); });
        QVERIFY(it != stored->cend());
        QCOMPARE(it->hours, added);
        QCOMPARE(it->reason, AbsenceReason::SyktBarn);

        m_session->undoStack()->undo();
        QTRY_COMPARE(m_dialog->absenceModel()->rowCount(), 8);
        QTRY_VERIFY(percentLabel->text().contains(percent(28)));
        QCOMPARE(flag->property("level").toInt(), int(AbsenceLevel::None));
        m_session->undoStack()->redo();
        QTRY_COMPARE(m_dialog->absenceModel()->rowCount(), 9);
        QTRY_COMPARE(flag->property("level").toInt(), level);
    }

    void atRiskAboveTheSecondLimit()
    {
        // 28 + 5 × 6.6 = 61 hours: 20.3 %
        open(m_kari);
        for (int d : {21, 22, 23, 24, 25}) {
            child<QPushButton>("addAbsenceButton")->click();
            RecordForm *f = form("absenceForm");
            QVERIFY(f);
            setLine(f, "absenceDate", u"%1.09.2026"_qs.arg(d));
            setLine(f, "absenceHours", u"6.6"_qs);
            f->submit();
            QTRY_VERIFY(!form("absenceForm"));
        }
        QTRY_VERIFY(child<QLabel>("absencePercent")->text().contains(percent(61)));
        QCOMPARE(child<QLabel>("absenceFlag")->property("level").toInt(), int(AbsenceLevel::AtRisk));
        QVERIFY(child<QLabel>("absenceFlag")->text().contains(u"Period at risk"));
        QVERIFY(child<QLabel>("detailFindings")->text().contains(u"Rule 5"));
        // the limits come from the plan's settings
        QVERIFY(PlanSettings(plan()).setAbsenceLimits({15.0, 25.0}));
        QTRY_COMPARE(child<QLabel>("absenceFlag")->property("level").toInt(), int(AbsenceLevel::MakeUp));
    }

    void absenceFormRefusesWhatCoreRefuses_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QString>("field");
        QTest::newRow("before the placement") << u"21.08.2026"_qs << u"3"_qs << u"absenceDate"_qs;
        QTest::newRow("not a date") << u"31.09.2026"_qs << u"3"_qs << u"absenceDate"_qs;
        QTest::newRow("no hours") << u"15.09.2026"_qs << u"0"_qs << u"absenceHours"_qs;
        QTest::newRow("more than a day") << u"15.09.2026"_qs << u"25"_qs << u"absenceHours"_qs;
        QTest::newRow("not a number") << u"15.09.2026"_qs << u"many"_qs << u"absenceHours"_qs;
    }

    void absenceFormRefusesWhatCoreRefuses()
    {
        QFETCH(QString, date);
        QFETCH(QString, hours);
        QFETCH(QString, field);
        open(m_kari);
        child<QPushButton>("addAbsenceButton")->click();
        RecordForm *f = form("absenceForm");
        QVERIFY(f);
        setLine(f, "absenceDate", date);
        setLine(f, "absenceHours", hours);
        QVERIFY(!okEnabled(f));
        auto *message = f->findChild<QLabel *>(field + u"Message"_qs);
        QVERIFY(message && message->isVisible() && !message->text().isEmpty());
        f->submit();
        QCOMPARE(m_dialog->absenceModel()->rowCount(), 8);
        f->reject();
    }

    void editAndRemoveAbsence()
    {
        open(m_kari);
        QTableView *table = child<QTableView>("absenceTable");
        table->selectRow(0); // 01.09.2026, 3.5 hours
        child<QPushButton>("editAbsenceButton")->click();
        RecordForm *f = form("absenceForm");
        QVERIFY(f);
        setLine(f, "absenceHours", u"6"_qs);
        f->submit();
        QTRY_VERIFY(child<QLabel>("absencePercent")->text().contains(percent(30.5)));
        m_session->undoStack()->undo();
        QTRY_VERIFY(child<QLabel>("absencePercent")->text().contains(percent(28)));

        table->selectRow(0);
        child<QPushButton>("removeAbsenceButton")->click();
        QTRY_COMPARE(m_dialog->absenceModel()->rowCount(), 7);
        QTRY_VERIFY(child<QLabel>("absencePercent")->text().contains(percent(24.5)));
        m_session->undoStack()->undo();
        QTRY_COMPARE(m_dialog->absenceModel()->rowCount(), 8);
        QCOMPARE(m_dialog->absenceModel()->rowAt(0).date, QDate(2026, 9, 1));
    }

    // The window's Undo and Redo reach its own changes only, named after them; a step of the main window is not
    // offered here under the main window's text.
    void undoReachesOnlyThisWindowsChanges()
    {
        const auto absences = AbsenceRepository(plan()).listByPlacement(m_kari);
        QVERIFY(absences && absences->size() == 8);
        // a change made elsewhere before the window opens
        QVERIFY(m_session->run(new RemoveAbsenceCommand(plan(), absences->last().id)));
        const QString elsewhere = m_session->undoStack()->undoText();
        open(m_kari);
        if (const QString shots = qEnvironmentVariable("PRAKSIS_SHOTS"); !shots.isEmpty())
            m_dialog->grab().save(shots + u"/placement-window.png"_qs);
        // the note under the absence table is a hint to read, not a disabled (pale) label
        QVERIFY(child<QLabel>("absenceNote")->isEnabled());
        auto *undo = child<QToolButton>("undoButton");
        auto *redo = child<QToolButton>("redoButton");
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled());
        QVERIFY2(!undo->text().contains(elsewhere), qPrintable(undo->text()));
        QVERIFY(!redo->isEnabled());

        QTableView *table = child<QTableView>("absenceTable");
        table->selectRow(0); // 01.09.2026
        child<QPushButton>("removeAbsenceButton")->click();
        QTRY_COMPARE(m_dialog->absenceModel()->rowCount(), 6);
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(u"01.09.2026"), qPrintable(undo->text()));
        undo->click();
        QTRY_COMPARE(m_dialog->absenceModel()->rowCount(), 7);
        // the step before is the main window's: not offered here, still there for the main window
        QVERIFY(!undo->isEnabled());
        QCOMPARE(m_session->undoStack()->undoText(), elsewhere);
        QVERIFY(redo->isEnabled());
        redo->click();
        QTRY_COMPARE(m_dialog->absenceModel()->rowCount(), 6);
        // another change elsewhere: the window's Undo gives way
        QVERIFY(m_session->run(new RemoveAbsenceCommand(plan(), absences->at(3).id)));
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());
    }

    // Qt's own Close button, which the program's catalogue of Qt texts translates: «Lukk» in Bokmål and Nynorsk
    void closeButtonSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("close");
        QTest::newRow("nb") << u"nb"_qs << u"Lukk"_qs;
        QTest::newRow("nn") << u"nn"_qs << u"Lukk"_qs;
        QTest::newRow("en") << u"en"_qs << u"Close"_qs;
    }
    void closeButtonSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, close);
        Language::install(language);
        open(m_kari);
        const auto boxes = m_dialog->findChildren<QDialogButtonBox *>();
        QVERIFY(!boxes.isEmpty());
        QAbstractButton *button = boxes.constLast()->button(QDialogButtonBox::Close);
        Language::install(u"en"_qs);
        QVERIFY(button);
        QCOMPARE(button->text(), close);
    }

    // No large empty area: the meetings table holds at most a few empty rows, and the window is not much higher
    // than its content (the left column's boxes reach near the bottom buttons).
    void noLargeEmptyArea()
    {
        open(m_kari);
        QTableView *meetings = child<QTableView>("meetingTable");
        QCOMPARE(meetings->model()->rowCount(), 3);
        const int last = meetings->model()->rowCount() - 1;
        const int emptyBelow =
            meetings->viewport()->height() - (meetings->rowViewportPosition(last) + meetings->rowHeight(last));
        QVERIFY2(emptyBelow <= 3 * meetings->rowHeight(0) + 4, qPrintable(QString::number(emptyBelow)));
        QVERIFY2(m_dialog->height() <= qMax(560, m_dialog->sizeHint().height()) + 2,
                 qPrintable(u"%1 > %2"_qs.arg(m_dialog->height()).arg(m_dialog->sizeHint().height())));
        if (const QString shots = qEnvironmentVariable("PRAKSIS_SHOTS"); !shots.isEmpty())
            m_dialog->grab().save(shots + u"/placement-window-fitted.png"_qs);
    }

    void holdingAMeeting()
    {
        open(m_kari);
        const int row = rowOfMeeting(MeetingKind::Midtveisvurdering);
        QVERIFY(row >= 0);
        QCOMPARE(m_dialog->meetingModel()->stateText(m_dialog->meetingModel()->rowAt(row)), u"Overdue"_qs);
        child<QTableView>("meetingTable")->selectRow(row);
        child<QPushButton>("holdMeetingButton")->click();
        RecordForm *f = form("holdMeetingForm");
        QVERIFY(f);
        // suggested: the planned date, and the student with her supervisor
        QCOMPARE(f->findChild<QLineEdit *>(u"heldDate"_qs)->text(), u"18.09.2026"_qs);
        QCOMPARE(f->findChild<QLineEdit *>(u"participants"_qs)->text(), u"Kari Nordmann, Anne Hansen"_qs);
        setLine(f, "heldDate", u"21.09.2026"_qs);
        setLine(f, "participants", u"Kari Nordmann, Anne Hansen, Eva Lie (kontaktlærer)"_qs);
        f->submit();
        QVERIFY(m_errors.isEmpty());

        auto stored = MeetingRepository(plan()).get(m_midway);
        QVERIFY(stored);
        QCOMPARE(stored->heldDate, QDate(2026, 9, 21));
        QCOMPARE(stored->participants, u"Kari Nordmann, Anne Hansen, Eva Lie (kontaktlærer)"_qs);
        QCOMPARE(stored->plannedDate, QDate(2026, 9, 18));
        QTRY_VERIFY(!child<QLabel>("detailFindings")->text().contains(u"Rule 6"));
        const int heldRow = rowOfMeeting(MeetingKind::Midtveisvurdering);
        QCOMPARE(m_dialog->meetingModel()->index(heldRow, MeetingTableModel::HeldColumn).data().toString(),
                 u"21.09.2026"_qs);

        m_session->undoStack()->undo();
        stored = MeetingRepository(plan()).get(m_midway);
        QVERIFY(stored);
        QVERIFY(!stored->isHeld());
        QCOMPARE(stored->participants, QString());
        QTRY_VERIFY(child<QLabel>("detailFindings")->text().contains(u"Rule 6"));
        m_session->undoStack()->redo();
        QCOMPARE(MeetingRepository(plan()).get(m_midway)->heldDate, QDate(2026, 9, 21));
    }

    void aMeetingIsNotHeldInTheFuture()
    {
        open(m_kari);
        child<QTableView>("meetingTable")->selectRow(rowOfMeeting(MeetingKind::Sluttvurdering));
        child<QPushButton>("holdMeetingButton")->click();
        RecordForm *f = form("holdMeetingForm");
        QVERIFY(f);
        setLine(f, "heldDate", u"28.10.2026"_qs);
        QVERIFY(!okEnabled(f));
        setLine(f, "heldDate", u"21.09.2026"_qs);
        setLine(f, "participants", QString());
        QVERIFY(!okEnabled(f));
        f->reject();
    }

    void proposedMeetingsAreShownAndKeptWhenUsed()
    {
        open(m_ola); // no meetings stored
        MeetingTableModel *model = m_dialog->meetingModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->proposedCount(), 3);
        QCOMPARE(model->rowAt(0).meeting.kind, MeetingKind::Forventningssamtale);
        QCOMPARE(model->rowAt(1).meeting.kind, MeetingKind::Midtveisvurdering);
        QCOMPARE(model->rowAt(2).meeting.kind, MeetingKind::Sluttvurdering);
        // first week, at the latest three weeks before the end, last week
        QVERIFY(model->rowAt(0).meeting.plannedDate <= QDate(2026, 8, 30));
        QVERIFY(model->rowAt(1).meeting.plannedDate <= QDate(2026, 10, 9));
        QVERIFY(model->rowAt(2).meeting.plannedDate >= QDate(2026, 10, 26));

        // holding a proposed meeting stores it
        child<QTableView>("meetingTable")->selectRow(0);
        child<QPushButton>("holdMeetingButton")->click();
        RecordForm *f = form("holdMeetingForm");
        QVERIFY(f);
        setLine(f, "heldDate", u"25.08.2026"_qs);
        f->submit();
        QCOMPARE(storedMeetings(m_ola).size(), 1);
        QCOMPARE(storedMeetings(m_ola).constFirst().heldDate, QDate(2026, 8, 25));
        QCOMPARE(storedMeetings(m_ola).constFirst().participants, u"Ola Hansen, Anne Hansen"_qs);
        QTRY_COMPARE(model->proposedCount(), 2);
        QCOMPARE(model->rowCount(), 3);

        // the rest in one step
        QVERIFY(child<QPushButton>("planProposedButton")->isEnabled());
        child<QPushButton>("planProposedButton")->click();
        QCOMPARE(storedMeetings(m_ola).size(), 3);
        QTRY_COMPARE(model->proposedCount(), 0);
        QVERIFY(!child<QPushButton>("planProposedButton")->isEnabled());

        m_session->undoStack()->undo();
        QCOMPARE(storedMeetings(m_ola).size(), 1);
        QTRY_COMPARE(model->proposedCount(), 2);
        m_session->undoStack()->undo();
        QCOMPARE(storedMeetings(m_ola).size(), 0);
        QTRY_COMPARE(model->proposedCount(), 3);
        // redo brings back the same records
        m_session->undoStack()->redo();
        m_session->undoStack()->redo();
        QCOMPARE(storedMeetings(m_ola).size(), 3);
    }

    void editPlannedDate()
    {
        open(m_kari);
        child<QTableView>("meetingTable")->selectRow(rowOfMeeting(MeetingKind::Sluttvurdering));
        child<QPushButton>("editMeetingButton")->click();
        RecordForm *f = form("meetingDateForm");
        QVERIFY(f);
        setLine(f, "plannedDate", u"29.10.2026"_qs);
        f->submit();
        const auto find = [&] {
            for (const AssessmentMeeting &m : storedMeetings(m_kari))
                if (m.kind == MeetingKind::Sluttvurdering)
                    return m.plannedDate;
            return QDate();
        };
        QCOMPARE(find(), QDate(2026, 10, 29));
        m_session->undoStack()->undo();
        QCOMPARE(find(), QDate(2026, 10, 28));
    }

    void apprenticesHaveHalfYearAssessments()
    {
        open(m_lise);
        MeetingTableModel *model = m_dialog->meetingModel();
        QCOMPARE(model->rowCount(), 4); // two years
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->rowAt(r).meeting.kind, MeetingKind::Halvarsvurdering);
    }

    void opensTheChecklist()
    {
        open(m_kari);
        QVERIFY(child<QLabel>("checklistSummary")->text().contains(u"No checklist"));
        child<QPushButton>("checklistButton")->click();
        ChecklistDialog *checklist = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *c = qobject_cast<ChecklistDialog *>(w); c && c->isVisible())
                checklist = c;
        QVERIFY(checklist);
        QCOMPARE(checklist->placementId(), m_kari);
        // the checklist made from the template shows in the summary
        QTRY_VERIFY(child<QLabel>("checklistSummary")->text().contains(u"items done"));
        delete checklist;
    }

    void opensFromThePlacementsRegister()
    {
        PlacementsPage page(*m_session);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.model()->rowCount() >= 3);
        auto *details = page.findChild<QPushButton *>(u"detailsButton"_qs);
        QVERIFY(details);
        page.selectId(m_ola);
        QVERIFY(details->isEnabled());
        details->click();
        m_dialog = PlacementDetailDialog::openFor(m_ola);
        QVERIFY(m_dialog && m_dialog->isVisible());
        m_dialog->close();
        QTRY_VERIFY(!m_dialog);

        // Enter on a row
        page.selectId(m_kari);
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_Return);
        m_dialog = PlacementDetailDialog::openFor(m_kari);
        QVERIFY(m_dialog && m_dialog->isVisible());
        QVERIFY(m_dialog->windowTitle().contains(u"Kari Nordmann"));
        // no form: Edit… still opens the form
        QVERIFY(page.findChildren<RecordForm *>().isEmpty());
        delete m_dialog.data();
    }

    void opensFromTheOverview()
    {
        m_session.reset(); // the main window opens the plan itself
        MainWindow window;
        QVERIFY(window.openPlan(planPath()));
        window.show();
        auto *overview = qobject_cast<OverviewPage *>(window.page(u"overview"_qs));
        QVERIFY(overview);
        overview->setToday(QDate(2026, 9, 21));
        // the midway assessment is overdue: listed, and activating it opens Kari's placement
        auto *meetings = overview->findChild<QTreeWidget *>(u"meetingsDue"_qs);
        QVERIFY(meetings);
        QTRY_VERIFY(meetings->topLevelItemCount() >= 1);
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < meetings->topLevelItemCount(); ++i)
            if (meetings->topLevelItem(i)->text(2) == u"Kari Nordmann")
                item = meetings->topLevelItem(i);
        QVERIFY(item);
        emit meetings->itemActivated(item, 0);
        QPointer<PlacementDetailDialog> dialog = PlacementDetailDialog::openFor(m_kari);
        QVERIFY(dialog && dialog->isVisible());
        // the planner asks for a placement's details through its signal
        auto *planner = qobject_cast<PlannerPage *>(window.page(u"planner"_qs));
        QVERIFY(planner);
        emit planner->placementDetailsRequested(m_ola);
        QPointer<PlacementDetailDialog> fromPlanner = PlacementDetailDialog::openFor(m_ola);
        QVERIFY(fromPlanner && fromPlanner->isVisible());
        // closing the plan closes the window before the plan goes
        window.session().close();
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(!fromPlanner);
    }
};

QTEST_MAIN(TestPlacementDetail)
#include "tst_placementdetail.moc"
