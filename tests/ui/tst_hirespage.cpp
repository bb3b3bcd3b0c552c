#include "PdfText.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "dialogs/HireDetailDialog.h"
#include "model/Validation.h"
#include "models/SqlTableModel.h"
#include "pages/hires/HiresPage.h"
#include "pages/students/StudentsPage.h"
#include "recruitment/HireRepository.h"
#include "recruitment/MentorRepository.h"
#include "recruitment/MentorSchedule.h"
#include "widgets/RecordForm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace praksis;
using namespace Qt::StringLiterals;

// The New hires page, its form and the hire window (student link, mentor, conversations, mentor folder), on real
// widgets: every action through the buttons, and its undo.
class TestHiresPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempPlan> m_temp;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<test::SmallPlan> m_small;
    QStringList m_errors;
    QStringList m_questions;

    PlanFile &plan() { return m_session->plan(); }
    QVariant scalar(const QString &sql, const QVariantList &b = {}) { return test::scalar(plan(), sql, b); }
    QUndoStack *undo() { return m_session->undoStack(); }

    std::unique_ptr<HiresPage> makePage()
    {
        auto page = std::make_unique<HiresPage>(*m_session);
        page->setToday(QDate(2027, 3, 1));
        page->resize(1200, 600);
        page->show();
        return page;
    }

    template<typename W = RecordForm> static W *openForm(QWidget *parent, const QString &name)
    {
        const auto forms = parent->findChildren<W *>(name);
        for (W *f : forms)
            if (f->isVisible())
                return f;
        return nullptr;
    }

    static bool okEnabled(RecordForm *form) { return form->findChild<QPushButton *>(u"okButton"_s)->isEnabled(); }

    static void setText(RecordForm *form, const QString &field, const QString &text)
    {
        auto *edit = form->findChild<QLineEdit *>(field);
        QVERIFY2(edit, qPrintable(field));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text); // as typed: textEdited as well as textChanged
        if (text.isEmpty())
            edit->clear();
    }

    static void choose(RecordForm *form, const QString &field, const QVariant &data)
    {
        auto *box = form->findChild<QComboBox *>(field);
        QVERIFY2(box, qPrintable(field));
        const int i = box->findData(data);
        QVERIFY2(i >= 0, qPrintable(field + u" has no "_s + data.toString()));
        box->setCurrentIndex(i);
    }

    qint64 addHire(const QString &given, const QString &family, qint64 site, QDate start,
                   HirePosition position = HirePosition::Fast, QDate end = {}, const QString &email = {})
    {
        Hire h;
        h.givenName = given;
        h.familyName = family;
        h.siteId = site;
        h.start = start;
        h.position = position;
        h.end = end;
        h.email = email;
        auto id = HireRepository(plan()).insert(h);
        if (!id)
            qFatal("hire: %s", qPrintable(id.error().message));
        return id.value();
    }

    static void shot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PRAKSIS_SHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name + u".png"_s);
    }

private slots:
    void initTestCase()
    {
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors.append(text); };
        Prompts::confirmHook = [this](QWidget *, const QString &, const QString &text) {
            m_questions.append(text);
            return true;
        };
    }

    void init()
    {
        m_errors.clear();
        m_questions.clear();
        m_temp = std::make_unique<test::TempPlan>();
        m_session = std::make_unique<PlanSession>();
        auto opened = PlanFile::open(m_temp->path());
        QVERIFY(opened);
        m_session->setPlan(std::move(opened.value()));
        m_small = std::make_unique<test::SmallPlan>(m_session->plan());
    }

    void cleanup()
    {
        QList<QPointer<QWidget>> windows;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<HireDetailDialog *>(w))
                windows << w;
        for (const QPointer<QWidget> &w : windows)
            delete w.data();
        m_small.reset();
        m_session.reset();
        m_temp.reset();
    }

    void listAndFilters()
    {
        addHire(u"Siri"_s, u"Ødegård"_s, m_small->solbakken, QDate(2027, 1, 4)); // in probation
        addHire(u"Jon"_s, u"Dahl"_s, m_small->fjellheim, QDate(2025, 1, 6));     // employed
        addHire(u"Mona"_s, u"Berg"_s, m_small->solbakken, QDate(2026, 6, 1), HirePosition::Sommervikar,
                QDate(2026, 8, 14)); // left
        auto page = makePage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->rowCount(), 3);
        QCOMPARE(page->model()->index(0, 0).data().toString(), u"Berg"_s); // by family name
        // the position and dates as people read them
        const int mona = page->model()->rowOf(
            test::scalar(plan(), u"SELECT id FROM hires WHERE given_name = 'Mona'"_s).toLongLong());
        QCOMPARE(page->model()->index(mona, 4).data().toString(), label(HirePosition::Sommervikar));
        QCOMPARE(page->model()->index(mona, 7).data().toString(), u"14.08.2026"_s);

        auto *site = page->findChild<QComboBox *>(u"siteFilter"_s);
        site->setCurrentIndex(site->findData(m_small->solbakken));
        QCOMPARE(page->model()->rowCount(), 2);
        site->setCurrentIndex(0);
        auto *state = page->findChild<QComboBox *>(u"stateFilter"_s);
        const QList<QPair<int, QStringList>> expected{{1, {u"Dahl"_s, u"Ødegård"_s}},
                                                      {2, {u"Ødegård"_s}},
                                                      {3, {u"Berg"_s}},
                                                      {0, {u"Berg"_s, u"Dahl"_s, u"Ødegård"_s}}};
        for (const auto &[index, names] : expected) {
            state->setCurrentIndex(index);
            QStringList shown;
            for (int r = 0; r < page->model()->rowCount(); ++r)
                shown << page->model()->index(r, 0).data().toString();
            QCOMPARE(shown, names);
        }
        page->setSearchText(u"siri"_s);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        shot(page.get(), u"hires-page"_s);
    }

    void newHireThroughTheFormAndUndo()
    {
        auto page = makePage();
        page->findChild<QPushButton *>(u"newButton"_s)->click();
        RecordForm *form = openForm(page.get(), u"hireForm"_s);
        QVERIFY(form);
        QVERIFY(!okEnabled(form));
        setText(form, u"givenName"_s, u"Siri"_s);
        setText(form, u"familyName"_s, u"Ødegård"_s);
        choose(form, u"site"_s, m_small->solbakken);
        choose(form, u"position"_s, toId(HirePosition::Vikariat));
        QVERIFY(!okEnabled(form)); // no start yet
        setText(form, u"start"_s, u"31.08.2027"_s);
        // the probation end follows: start + 6 months (the month's last day)
        QCOMPARE(form->findChild<QLineEdit *>(u"probationEnd"_s)->text(), u"29.02.2028"_s);
        setText(form, u"email"_s, u"siri@example.no"_s);
        QVERIFY2(okEnabled(form), qPrintable(form->firstError()));
        shot(form, u"hire-form"_s);
        form->submit();
        QVERIFY(m_errors.isEmpty());
        const qint64 id = scalar(u"SELECT id FROM hires WHERE family_name = 'Ødegård'"_s).toLongLong();
        QVERIFY(id);
        QCOMPARE(scalar(u"SELECT position || ' ' || start_date || ' ' || probation_end FROM hires"_s).toString(),
                 u"vikariat 2027-08-31 2028-02-29"_s);
        QCOMPARE(page->currentId(), id);
        // her window opens, for the link to her student record
        QVERIFY(HireDetailDialog::openFor(id));
        QCOMPARE(undo()->count(), 1);
        undo()->undo();
        QCOMPARE(scalar(u"SELECT count(*) FROM hires"_s).toInt(), 0);
        QTRY_COMPARE(page->model()->rowCount(), 0);
        undo()->redo();
        QCOMPARE(scalar(u"SELECT id FROM hires"_s).toLongLong(), id);
        QTRY_COMPARE(page->model()->rowCount(), 1);
    }

    void formChecks_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no start") << u"start"_s << QString() << u"Start"_s;
        QTest::newRow("bad start") << u"start"_s << u"31.02.2027"_s << u"31.02.2027"_s;
        QTest::newRow("probation before start") << u"probationEnd"_s << u"01.12.2026"_s << u"probation"_s;
        QTest::newRow("end before start") << u"end"_s << u"03.01.2027"_s << u"leave before"_s;
        QTest::newRow("bad e-mail") << u"email"_s << u"siri.example.no"_s << u"siri.example.no"_s;
        QTest::newRow("no family name") << u"familyName"_s << QString() << u"Family name"_s;
    }

    void formChecks()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, fragment);
        const qint64 id = addHire(u"Siri"_s, u"Ødegård"_s, m_small->solbakken, QDate(2027, 1, 4));
        auto page = makePage();
        page->selectId(id);
        page->findChild<QPushButton *>(u"editButton"_s)->click();
        RecordForm *form = openForm(page.get(), u"hireForm"_s);
        QVERIFY(form);
        QVERIFY(okEnabled(form));
        setText(form, field, text);
        QVERIFY(!okEnabled(form));
        QVERIFY2(form->firstError().contains(fragment, Qt::CaseInsensitive), qPrintable(form->firstError()));
        form->reject();
    }

    void reasonOnlyWithAnEndDate()
    {
        const qint64 id = addHire(u"Siri"_s, u"Ødegård"_s, m_small->solbakken, QDate(2027, 1, 4));
        auto page = makePage();
        page->selectId(id);
        page->editCurrent();
        RecordForm *form = openForm(page.get(), u"hireForm"_s);
        QVERIFY(form);
        choose(form, u"endReason"_s, toId(EndReason::Flytting));
        QVERIFY(!okEnabled(form));
        setText(form, u"end"_s, u"30.06.2027"_s);
        QVERIFY2(okEnabled(form), qPrintable(form->firstError()));
        form->submit();
        QCOMPARE(scalar(u"SELECT end_date || ' ' || end_reason FROM hires"_s).toString(), u"2027-06-30 flytting"_s);
        // one undo step puts her back as employed
        undo()->undo();
        QVERIFY(scalar(u"SELECT end_date FROM hires"_s).isNull());
        QVERIFY(scalar(u"SELECT end_reason FROM hires"_s).isNull());
    }

    void probationGivenByHandStays()
    {
        auto page = makePage();
        page->newRecord();
        RecordForm *form = openForm(page.get(), u"hireForm"_s);
        QVERIFY(form);
        auto *probation = form->findChild<QLineEdit *>(u"probationEnd"_s);
        setText(form, u"start"_s, u"04.01.2027"_s);
        QCOMPARE(probation->text(), u"04.07.2027"_s);
        setText(form, u"probationEnd"_s, u"01.04.2027"_s);
        setText(form, u"start"_s, u"11.01.2027"_s);
        QCOMPARE(probation->text(), u"01.04.2027"_s); // given by hand: it stays
        form->reject();
    }

    void editAndDeleteAreUndone()
    {
        const qint64 id = addHire(u"Siri"_s, u"Ødegård"_s, m_small->solbakken, QDate(2027, 1, 4));
        Mentorship m;
        m.hireId = id;
        m.mentorSupervisorId = m_small->anne;
        m.start = QDate(2027, 1, 4);
        QVERIFY(MentorRepository(plan()).assign(m));
        auto page = makePage();
        page->selectId(id);
        page->editCurrent();
        RecordForm *form = openForm(page.get(), u"hireForm"_s);
        QVERIFY(form);
        choose(form, u"site"_s, m_small->fjellheim);
        form->submit();
        QCOMPARE(scalar(u"SELECT site_id FROM hires"_s).toLongLong(), m_small->fjellheim);
        undo()->undo();
        QCOMPARE(scalar(u"SELECT site_id FROM hires"_s).toLongLong(), m_small->solbakken);

        page->selectId(id);
        page->findChild<QPushButton *>(u"deleteButton"_s)->click();
        QCOMPARE(m_questions.size(), 1); // asked, naming the mentorship that goes with her
        QVERIFY2(m_questions.first().contains(u"Siri Ødegård"_s), qPrintable(m_questions.first()));
        QCOMPARE(scalar(u"SELECT count(*) FROM hires"_s).toInt(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM mentor_conversations"_s).toInt(), 0);
        undo()->undo();
        QCOMPARE(scalar(u"SELECT count(*) FROM hires"_s).toInt(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM mentorships"_s).toInt(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM mentor_conversations"_s).toInt(),
                 MentorSchedule::count(QDate(2027, 1, 4), 12));
    }

    void linkSuggestedConfirmedAndShownOnBothRecords()
    {
        // Kari Nordmann had a placement at Solbakken; a hire of her name is suggested her record
        const qint64 id = addHire(u"Kari"_s, u"Nordmann"_s, m_small->solbakken, QDate(2027, 1, 4));
        QVERIFY(plan().exec(u"INSERT INTO placements (student_id, site_id, period_id, supervisor_id, start_date, "
                            "end_date, status) VALUES (?, ?, ?, ?, '2026-08-24', '2026-10-16', 'completed')"_s,
                            {m_small->kari, m_small->solbakken, m_small->autumn, m_small->anne}));
        auto *window = HireDetailDialog::showFor(*m_session, id);
        QVERIFY(window);
        // her site by its label, "name / unit"
        QCOMPARE(window->findChild<QLabel *>(u"hireTitle"_s)->text(),
                 u"Kari Nordmann at Solbakken sykehjem / Avdeling 2"_s);
        QListWidget *list = window->suggestionList();
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(u"12345"_s), qPrintable(list->item(0)->text()));
        auto *confirm = window->findChild<QPushButton *>(u"confirmLinkButton"_s);
        QVERIFY(!confirm->isEnabled()); // a person chooses first
        list->setCurrentRow(0);
        QVERIFY(confirm->isEnabled());
        shot(window, u"hire-window-suggestion"_s);
        confirm->click();
        QCOMPARE(scalar(u"SELECT student_id FROM hires"_s).toLongLong(), m_small->kari);
        window->refresh();
        const QString link = window->findChild<QLabel *>(u"linkText"_s)->text();
        QVERIFY2(link.contains(u"12345"_s) && link.contains(u"Solbakken"_s), qPrintable(link));
        // who she was: name, student number and school
        QVERIFY2(link.startsWith(u"Her student record: Kari Nordmann, student number 12345 at OsloMet; "_s),
                 qPrintable(link));
        QVERIFY(!list->isVisible());
        // on her student record: hired as … at … from …
        StudentsPage students(*m_session);
        students.show();
        students.selectId(m_small->kari);
        students.editCurrent();
        RecordForm *form = openForm(&students, u"recordForm"_s);
        QVERIFY(form);
        auto *hired = form->findChild<QLabel *>(u"hiredText"_s);
        QVERIFY(hired);
        QVERIFY2(hired->text().contains(u"04.01.2027"_s), qPrintable(hired->text()));
        form->reject();

        undo()->undo();
        QVERIFY(scalar(u"SELECT student_id FROM hires"_s).isNull());
        window->refresh();
        QCOMPARE(list->count(), 1);
        undo()->redo();
        window->refresh();
        window->findChild<QPushButton *>(u"removeLinkButton"_s)->click();
        QVERIFY(scalar(u"SELECT student_id FROM hires"_s).isNull());
        undo()->undo();
        QCOMPARE(scalar(u"SELECT student_id FROM hires"_s).toLongLong(), m_small->kari);
    }

    void mentorAndConversations()
    {
        const qint64 id = addHire(u"Siri"_s, u"Ødegård"_s, m_small->solbakken, QDate(2027, 1, 4));
        auto *window = HireDetailDialog::showFor(*m_session, id);
        window->setToday(QDate(2027, 2, 1));
        QTableWidget *table = window->conversationTable();
        QCOMPARE(table->rowCount(), 0);
        window->findChild<QPushButton *>(u"assignMentorButton"_s)->click();
        RecordForm *form = openForm(window, u"mentorForm"_s);
        QVERIFY(form);
        QVERIFY(!okEnabled(form));
        choose(form, u"mentor"_s, u"s%1"_s.arg(m_small->anne));
        QCOMPARE(form->findChild<QLineEdit *>(u"mentorStart"_s)->text(), u"04.01.2027"_s);
        QVERIFY2(okEnabled(form), qPrintable(form->firstError()));
        form->submit();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        window->refresh();
        const QList<QDate> dates = MentorSchedule::dates(QDate(2027, 1, 4), 12);
        QCOMPARE(table->rowCount(), dates.size());
        for (int r = 0; r < dates.size(); ++r)
            QCOMPARE(table->item(r, 1)->text(), Validation::formatDate(dates.at(r)));
        // on 1 February the four weekly ones are overdue
        int overdue = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            overdue += table->item(r, 4)->text().contains(u"Overdue"_s) ? 1 : 0;
        QCOMPARE(overdue, 4);
        QVERIFY(window->findChild<QLabel *>(u"mentorText"_s)->text().contains(u"Anne Hansen"_s));
        shot(window, u"hire-window-mentor"_s);

        // held: the first one, on its own date
        table->selectRow(0);
        window->findChild<QPushButton *>(u"holdConversationButton"_s)->click();
        RecordForm *held = openForm(window, u"holdConversationForm"_s);
        QVERIFY(held);
        QCOMPARE(held->findChild<QLineEdit *>(u"heldDate"_s)->text(), Validation::formatDate(dates.at(0)));
        setText(held, u"heldDate"_s, u"02.02.2027"_s);
        QVERIFY(!okEnabled(held)); // after today
        setText(held, u"heldDate"_s, u"05.01.2027"_s);
        held->submit();
        QCOMPARE(scalar(u"SELECT held_date FROM mentor_conversations WHERE number = 1"_s).toString(), u"2027-01-05"_s);
        window->refresh();
        QVERIFY2(table->item(0, 4)->text().contains(u"05.01.2027"_s), qPrintable(table->item(0, 4)->text()));
        undo()->undo();
        QVERIFY(scalar(u"SELECT held_date FROM mentor_conversations WHERE number = 1"_s).isNull());

        // moved: the second one, to a working day
        window->refresh();
        table->selectRow(1);
        window->moveConversation();
        RecordForm *move = openForm(window, u"moveConversationForm"_s);
        QVERIFY(move);
        setText(move, u"plannedDate"_s, u"13.02.2027"_s); // a Saturday
        QVERIFY(!okEnabled(move));
        QVERIFY2(move->firstError().contains(u"15.02.2027"_s), qPrintable(move->firstError()));
        setText(move, u"plannedDate"_s, u"15.02.2027"_s);
        move->submit();
        QCOMPARE(scalar(u"SELECT planned_date FROM mentor_conversations WHERE number = 2"_s).toString(),
                 u"2027-02-15"_s);
        undo()->undo();
        QCOMPARE(scalar(u"SELECT planned_date FROM mentor_conversations WHERE number = 2"_s).toString(),
                 dates.at(1).toString(Qt::ISODate));

        // removed, with its conversations, and back
        window->refresh();
        window->findChild<QPushButton *>(u"removeMentorButton"_s)->click();
        QCOMPARE(scalar(u"SELECT count(*) FROM mentorships"_s).toInt(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM mentor_conversations"_s).toInt(), 0);
        undo()->undo();
        QCOMPARE(scalar(u"SELECT count(*) FROM mentor_conversations"_s).toInt(), dates.size());
        // and the assignment itself is undone
        undo()->undo();
        QCOMPARE(scalar(u"SELECT count(*) FROM mentorships"_s).toInt(), 0);
    }

    void changeMentorshipMovesConversations()
    {
        const qint64 id = addHire(u"Siri"_s, u"Ødegård"_s, m_small->solbakken, QDate(2027, 1, 4));
        Mentorship m;
        m.hireId = id;
        m.mentorSupervisorId = m_small->anne;
        m.start = QDate(2027, 1, 4);
        QVERIFY(MentorRepository(plan()).assign(m));
        auto *window = HireDetailDialog::showFor(*m_session, id);
        window->findChild<QPushButton *>(u"changeMentorButton"_s)->click();
        RecordForm *form = openForm(window, u"mentorForm"_s);
        QVERIFY(form);
        form->findChild<QSpinBox *>(u"mentorMonths"_s)->setValue(24);
        form->submit();
        QCOMPARE(scalar(u"SELECT count(*) FROM mentor_conversations"_s).toInt(),
                 MentorSchedule::count(QDate(2027, 1, 4), 24));
        undo()->undo();
        QCOMPARE(scalar(u"SELECT months FROM mentorships"_s).toInt(), 12);
        QCOMPARE(scalar(u"SELECT count(*) FROM mentor_conversations"_s).toInt(),
                 MentorSchedule::count(QDate(2027, 1, 4), 12));
    }

    void mentorFolderFromTheWindow()
    {
        const qint64 id = addHire(u"Siri"_s, u"Ødegård"_s, m_small->solbakken, QDate(2027, 1, 4));
        auto *window = HireDetailDialog::showFor(*m_session, id);
        const QString path = m_temp->dir() + u"/folder.pdf"_s;
        QString suggested;
        window->setFileChooser([&](const QString &s) {
            suggested = s;
            return path;
        });
        window->findChild<QPushButton *>(u"printFolderButton"_s)->click();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QVERIFY(suggested.endsWith(u"Siri Ødegård.pdf"_s));
        QVERIFY(test::pdfText(path).contains(u"Siri Ødegård"_s));
    }
};

QTEST_MAIN(TestHiresPage)
#include "tst_hirespage.moc"
