#include "PlanSession.h"
#include "Prompts.h"
#include "CliRunner.h"
#include "SmallPlan.h"
#include "TestSupport.h"
#include "i18n/Language.h"
#include "model/Kinds.h"
#include "models/SqlTableModel.h"
#include "pages/periods/PeriodsPage.h"
#include "pages/placements/PlacementsPage.h"
#include "pages/schools/SchoolsPage.h"
#include "pages/sites/SitesPage.h"
#include "pages/students/StudentsPage.h"
#include "pages/supervisors/SupervisorsPage.h"
#include "welcome/SiteWelcome.h"
#include "widgets/RecordForm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSqlRecord>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace praksis;

using namespace Qt::StringLiterals;

class TestRegisters : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempPlan> m_temp;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<test::SmallPlan> m_small;
    QStringList m_errors;
    QStringList m_questions;
    bool m_answer = true;

    PlanFile &plan() { return m_session->plan(); }
    qint64 count(const QString &table) { return m_session->count(table); }

    template<typename Page> std::unique_ptr<Page> makePage()
    {
        auto page = std::make_unique<Page>(*m_session);
        page->resize(1000, 600);
        page->show();
        return page;
    }

    static RecordForm *openForm(RegisterPage &page, const char *button)
    {
        auto *b = page.findChild<QPushButton *>(QString::fromLatin1(button));
        if (!b || !b->isEnabled())
            return nullptr;
        b->click();
        return visibleForm(page, QStringLiteral("recordForm"));
    }

    // The form just opened (closed ones are deleted later, so there may be several children).
    static RecordForm *visibleForm(QWidget &page, const QString &name)
    {
        const auto forms = page.findChildren<RecordForm *>(name, Qt::FindDirectChildrenOnly);
        for (RecordForm *f : forms)
            if (f->isVisible())
                return f;
        return nullptr;
    }

    static void select(RegisterPage &page, qint64 id) { page.selectId(id); }

    static bool setCombo(RecordForm *form, const QString &name, const QVariant &data)
    {
        auto *box = form->findChild<QComboBox *>(name);
        if (!box)
            return false;
        const int i = box->findData(data);
        if (i < 0)
            return false;
        box->setCurrentIndex(i);
        return true;
    }

    static void setLine(RecordForm *form, const QString &name, const QString &text)
    {
        auto *edit = form->findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->setText(text);
    }

    static bool okEnabled(RecordForm *form)
    {
        return form->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled();
    }

    static void pressOk(RecordForm *form)
    {
        auto *ok = form->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(ok->isEnabled());
        ok->click();
    }

    // Every row of the tables, every column, as text (NULL apart from ""): what undo must give back exactly.
    QString snapshot(const QStringList &tables)
    {
        QString out;
        for (const QString &table : tables) {
            auto q = plan().exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2"));
            if (!q) {
                qWarning("snapshot of %s: %s", qPrintable(table), qPrintable(q.error().message));
                return QStringLiteral("<error>");
            }
            out += table + QStringLiteral(":\n");
            while (q->next()) {
                QStringList values;
                for (int c = 0; c < q->record().count(); ++c)
                    values << (q->isNull(c) ? QStringLiteral("NULL") : u'"' + q->value(c).toString() + u'"');
                out += values.join(u'|') + u'\n';
            }
        }
        return out;
    }

    // Undo the last action: the tables are exactly as they were before it (every value, not only the number of
    // rows); redo: exactly as after it. `before` is snapshot(tables) taken before the action.
    void undoRedo(const QStringList &tables, const QString &before, qint64 countBefore, qint64 countAfter)
    {
        const QString after = snapshot(tables);
        QVERIFY(after != before); // the action changed something
        QUndoStack *stack = m_session->undoStack();
        QVERIFY(stack->canUndo());
        stack->undo();
        QCOMPARE(count(tables.first()), countBefore);
        QCOMPARE(snapshot(tables), before);
        QVERIFY(stack->canRedo());
        stack->redo();
        QCOMPARE(count(tables.first()), countAfter);
        QCOMPARE(snapshot(tables), after);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        Prompts::errorHook = [this](QWidget *, const QString &, const QString &text) { m_errors.append(text); };
        Prompts::confirmHook = [this](QWidget *, const QString &, const QString &text) {
            m_questions.append(text);
            return m_answer;
        };
    }

    void init()
    {
        m_errors.clear();
        m_questions.clear();
        m_answer = true;
        m_temp = std::make_unique<test::TempPlan>();
        m_session = std::make_unique<PlanSession>();
        auto opened = PlanFile::open(m_temp->path());
        QVERIFY(opened);
        m_session->setPlan(std::move(opened.value()));
        m_small = std::make_unique<test::SmallPlan>(m_session->plan());
    }

    void cleanup()
    {
        m_small.reset();
        m_session.reset();
        m_temp.reset();
    }

    // Issue 20 point 6: a control character pasted into a form field (a terminal escape from an e-mail, a bell) is
    // refused with a message naming the field and the character; OK stays disabled and nothing is stored. Notes
    // keep their tabs and line breaks.
    void controlCharactersInFormsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("code");
        QTest::newRow("terminal escape in the family name")
            << u"familyName"_s << u"Lie\x1b[31mRED\x1b[0m"_s << u"U+001B"_s;
        QTest::newRow("bell in the e-mail") << u"email"_s << u"ingrid\x07@example.no"_s << u"U+0007"_s;
        QTest::newRow("escape in the notes") << u"notes"_s << u"ok\tthen\nnext \x1b[2J"_s << u"U+001B"_s;
    }
    void controlCharactersInFormsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, pasted);
        QFETCH(QString, code);
        auto page = makePage<StudentsPage>();
        const qint64 before = count(u"students"_s);
        RecordForm *form = openForm(*page, "newButton");
        QVERIFY(form);
        setLine(form, u"givenName"_s, u"Ingrid"_s);
        setLine(form, u"familyName"_s, u"Lie"_s);
        QVERIFY(setCombo(form, u"school"_s, m_small->oslomet));
        QVERIFY(setCombo(form, u"programme"_s, m_small->sykepleie));
        setLine(form, u"studentNumber"_s, u"4343"_s);
        QVERIFY(okEnabled(form));
        // pasted, as it would come from another program: the clipboard and Ctrl+V on the focused field
        QWidget *target = form->findChild<QWidget *>(field);
        QVERIFY(target);
        if (auto *line = qobject_cast<QLineEdit *>(target))
            line->clear();
        QGuiApplication::clipboard()->setText(pasted);
        target->setFocus();
        QTest::keyClick(target, Qt::Key_V, Qt::ControlModifier);
        const QString now = qobject_cast<QLineEdit *>(target) ? qobject_cast<QLineEdit *>(target)->text()
                                                              : qobject_cast<QPlainTextEdit *>(target)->toPlainText();
        QVERIFY2(now.contains(pasted.left(3)), qPrintable(now)); // it was pasted
        QVERIFY(!okEnabled(form));
        QVERIFY2(form->firstError().contains(u"control character (%1)"_s.arg(code)), qPrintable(form->firstError()));
        QCOMPARE(form->firstInvalidField(), target);
        // Enter does not store it either
        form->submit();
        QCOMPARE(count(u"students"_s), before);
        // without the character it is stored
        if (auto *line = qobject_cast<QLineEdit *>(target))
            line->setText(field == u"email"_s ? u"ingrid@example.no"_s : u"Lie"_s);
        else
            qobject_cast<QPlainTextEdit *>(target)->setPlainText(u"ok\tthen\nnext"_s); // tabs, line breaks: fine
        QVERIFY2(okEnabled(form), qPrintable(form->firstError()));
        pressOk(form);
        QCOMPARE(count(u"students"_s), before + 1);
        QCOMPARE(test::scalar(plan(), u"SELECT count(*) FROM students WHERE given_name || family_name || email || "
                                      "notes GLOB '*[\x01-\x08\x0B\x0C\x0E-\x1F]*'"_s)
                     .toInt(),
                 0);
    }

    void studentAddEditDeleteWithUndo()
    {
        auto page = makePage<StudentsPage>();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 before = count(QStringLiteral("students"));
        const QStringList students = {QStringLiteral("students")};
        QString was = snapshot(students);
        QCOMPARE(page->model()->rowCount(), int(before));

        RecordForm *form = openForm(*page, "newButton");
        QVERIFY(form);
        QVERIFY(!okEnabled(form)); // empty names
        setLine(form, QStringLiteral("givenName"), QStringLiteral("Ingrid"));
        setLine(form, QStringLiteral("familyName"), QStringLiteral("Lie"));
        QVERIFY(setCombo(form, QStringLiteral("school"), m_small->oslomet));
        QVERIFY(setCombo(form, QStringLiteral("programme"), m_small->sykepleie));
        setLine(form, QStringLiteral("studentNumber"), QStringLiteral("4242"));
        setLine(form, QStringLiteral("policeCertificate"), QStringLiteral("01.08.2026"));
        pressOk(form);
        QCOMPARE(count(QStringLiteral("students")), before + 1);
        QCOMPARE(page->model()->rowCount(), int(before + 1));
        const qint64 id = page->currentId();
        QVERIFY(id > 0);
        QCOMPARE(test::scalar(plan(), QStringLiteral("SELECT police_certificate_seen FROM students WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("2026-08-01"));
        undoRedo(students, was, before, before + 1);

        // two edits of the same field merge into one undo step
        const int steps = m_session->undoStack()->count();
        for (const QString &mail : {QStringLiteral("ingrid@example.no"), QStringLiteral("ingrid.lie@example.no")}) {
            select(*page, id);
            form = openForm(*page, "editButton");
            QVERIFY(form);
            setLine(form, QStringLiteral("email"), mail);
            pressOk(form);
        }
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QCOMPARE(test::scalar(plan(), QStringLiteral("SELECT email FROM students WHERE id = ?"), {id}).toString(),
                 QStringLiteral("ingrid.lie@example.no"));
        m_session->undoStack()->undo();
        QCOMPARE(test::scalar(plan(), QStringLiteral("SELECT email FROM students WHERE id = ?"), {id}).toString(),
                 QString());
        m_session->undoStack()->redo();

        // the same field of two students, one after the other: two undo steps, each student her own
        const auto email = [&](qint64 student) {
            return test::scalar(plan(), QStringLiteral("SELECT email FROM students WHERE id = ?"), {student})
                .toString();
        };
        const QString kariWas = email(m_small->kari);
        const int stepsBefore = m_session->undoStack()->count();
        for (const auto &[student, mail] : {std::pair{m_small->kari, QStringLiteral("kari.ny@example.no")},
                                            std::pair{id, QStringLiteral("ingrid.ny@example.no")}}) {
            select(*page, student);
            form = openForm(*page, "editButton");
            QVERIFY(form);
            setLine(form, QStringLiteral("email"), mail);
            pressOk(form);
        }
        QCOMPARE(m_session->undoStack()->count(), stepsBefore + 2);
        m_session->undoStack()->undo();
        QCOMPARE(email(id), QStringLiteral("ingrid.lie@example.no"));
        QCOMPARE(email(m_small->kari), QStringLiteral("kari.ny@example.no"));
        m_session->undoStack()->undo();
        QCOMPARE(email(m_small->kari), kariWas);
        QCOMPARE(email(id), QStringLiteral("ingrid.lie@example.no"));

        // delete asks first; No keeps her
        select(*page, id);
        m_answer = false;
        page->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.first().contains(QStringLiteral("Ingrid Lie")));
        QCOMPARE(count(QStringLiteral("students")), before + 1);
        m_answer = true;
        was = snapshot(students);
        page->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        QCOMPARE(count(QStringLiteral("students")), before);
        QCOMPARE(page->model()->rowOf(id), -1);
        undoRedo(students, was, before + 1, before);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    }

    void validationShownAndOkDisabled_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("good");
        QTest::newRow("email") << "email"
                               << "kari@"
                               << "kari@example.no";
        QTest::newRow("phone") << "phone"
                               << "12ab"
                               << "+47 22 33 44 55";
        QTest::newRow("date") << "policeCertificate"
                              << "31.02.2027"
                              << "28.02.2027";
        QTest::newRow("cohort") << "cohort"
                                << "1850"
                                << "2026";
    }

    void validationShownAndOkDisabled()
    {
        QFETCH(QString, field);
        QFETCH(QString, bad);
        QFETCH(QString, good);
        auto page = makePage<StudentsPage>();
        RecordForm *form = openForm(*page, "newButton");
        QVERIFY(form);
        setLine(form, QStringLiteral("givenName"), QStringLiteral("Kari"));
        setLine(form, QStringLiteral("familyName"), QStringLiteral("Holm"));
        QVERIFY(setCombo(form, QStringLiteral("school"), m_small->vid));
        setLine(form, QStringLiteral("studentNumber"), QStringLiteral("5"));
        QVERIFY(okEnabled(form));
        setLine(form, field, bad);
        auto *message = form->findChild<QLabel *>(field + QStringLiteral("Message"));
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!okEnabled(form));
        setLine(form, field, good);
        QVERIFY(!message->isVisible());
        QVERIFY(okEnabled(form));
        form->reject();
    }

    void siteAddAndDelete()
    {
        auto page = makePage<SitesPage>();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 before = count(QStringLiteral("sites"));
        const QStringList sites = {QStringLiteral("sites"), QStringLiteral("period_site_capacities")};
        QString was = snapshot(sites);
        RecordForm *form = openForm(*page, "newButton");
        QVERIFY(form);
        setLine(form, QStringLiteral("name"), QStringLiteral("Lindeberg omsorgssenter"));
        setLine(form, QStringLiteral("municipalityNumber"), QStringLiteral("030"));
        QVERIFY(!okEnabled(form));
        setLine(form, QStringLiteral("municipalityNumber"), QStringLiteral("0301"));
        QVERIFY(setCombo(form, QStringLiteral("kind"), QStringLiteral("helsehus")));
        form->findChild<QSpinBox *>(QStringLiteral("capacity"))->setValue(4);
        pressOk(form);
        QCOMPARE(count(QStringLiteral("sites")), before + 1);
        const qint64 id = page->currentId();
        QCOMPARE(
            test::scalar(plan(), QStringLiteral("SELECT kind || capacity FROM sites WHERE id = ?"), {id}).toString(),
            QStringLiteral("helsehus4"));
        undoRedo(sites, was, before, before + 1);

        // an edit of several fields: undo gives every one back
        was = snapshot(sites);
        select(*page, id);
        form = openForm(*page, "editButton");
        QVERIFY(form);
        setLine(form, QStringLiteral("name"), QStringLiteral("Lindeberg helsehus"));
        setLine(form, QStringLiteral("phone"), QStringLiteral("22 33 44 55"));
        form->findChild<QSpinBox *>(QStringLiteral("capacity"))->setValue(6);
        pressOk(form);
        QCOMPARE(test::scalar(plan(),
                              QStringLiteral("SELECT name || '/' || phone || '/' || capacity FROM sites WHERE id = ?"),
                              {id})
                     .toString(),
                 QStringLiteral("Lindeberg helsehus/22 33 44 55/6"));
        undoRedo(sites, was, before + 1, before + 1);

        // the same field of two sites, one after the other: two undo steps, each site its own
        const auto capacities = [&] {
            return test::scalar(plan(),
                                QStringLiteral("SELECT group_concat(capacity, '/') FROM (SELECT capacity FROM "
                                               "sites WHERE id IN (?, ?) ORDER BY id)"),
                                {m_small->solbakken, m_small->fjellheim})
                .toString();
        };
        QCOMPARE(capacities(), QStringLiteral("3/2"));
        for (const auto &[site, capacity] : {std::pair{m_small->solbakken, 5}, std::pair{m_small->fjellheim, 7}}) {
            select(*page, site);
            form = openForm(*page, "editButton");
            QVERIFY(form);
            form->findChild<QSpinBox *>(QStringLiteral("capacity"))->setValue(capacity);
            pressOk(form);
        }
        QCOMPARE(capacities(), QStringLiteral("5/7"));
        m_session->undoStack()->undo();
        QCOMPARE(capacities(), QStringLiteral("5/2"));
        m_session->undoStack()->undo();
        QCOMPARE(capacities(), QStringLiteral("3/2"));
        m_session->undoStack()->redo();
        m_session->undoStack()->redo();
        QCOMPARE(capacities(), QStringLiteral("5/7"));

        // a site with a supervisor cannot be deleted; the message names what depends on it
        select(*page, m_small->solbakken);
        page->deleteCurrent();
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors.first().contains(QStringLiteral("supervisor")));
        QCOMPARE(count(QStringLiteral("sites")), before + 1);
        m_errors.clear();

        was = snapshot(sites);
        select(*page, id);
        page->deleteCurrent();
        QCOMPARE(count(QStringLiteral("sites")), before);
        undoRedo(sites, was, before + 1, before);
    }

    void siteWelcomeDetailsInTheForm()
    {
        // arrival time, meeting place and the letter's note are edited in the site's form, one undo step with it
        auto page = makePage<SitesPage>();
        select(*page, m_small->solbakken);
        page->findChild<QPushButton *>(QStringLiteral("editButton"))->click();
        RecordForm *form = visibleForm(*page, QStringLiteral("recordForm"));
        QVERIFY(form);
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("arrivalTime"))->text(), QString());
        setLine(form, QStringLiteral("arrivalTime"), QStringLiteral("25.99"));
        QVERIFY(!okEnabled(form));
        setLine(form, QStringLiteral("arrivalTime"), QStringLiteral("8.15"));
        setLine(form, QStringLiteral("meetingPlace"), QStringLiteral("Resepsjonen, 1. etasje"));
        form->findChild<QPlainTextEdit *>(QStringLiteral("letterNote"))->setPlainText(QStringLiteral("Parker bak."));
        setLine(form, QStringLiteral("unit"), QStringLiteral("Avdeling 5"));
        const int steps = m_session->undoStack()->count();
        pressOk(form);
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        auto saved = SiteWelcomes::load(plan(), m_small->solbakken);
        QVERIFY(saved);
        QCOMPARE(saved->arrivalTime, QStringLiteral("08:15"));
        QCOMPARE(saved->meetingPlace, QStringLiteral("Resepsjonen, 1. etasje"));
        QCOMPARE(saved->note, QStringLiteral("Parker bak."));
        const auto unit = [this] {
            return test::scalar(plan(), QStringLiteral("SELECT unit FROM sites WHERE id = ?"), {m_small->solbakken})
                .toString();
        };
        QCOMPARE(unit(), QStringLiteral("Avdeling 5"));

        m_session->undoStack()->undo();
        QCOMPARE(SiteWelcomes::load(plan(), m_small->solbakken).value(), (SiteWelcome{m_small->solbakken, {}, {}, {}}));
        QVERIFY(unit() != QStringLiteral("Avdeling 5"));
        m_session->undoStack()->redo();
        QCOMPARE(SiteWelcomes::load(plan(), m_small->solbakken)->arrivalTime, QStringLiteral("08:15"));

        // the form opens with what was saved
        page->findChild<QPushButton *>(QStringLiteral("editButton"))->click();
        form = visibleForm(*page, QStringLiteral("recordForm"));
        QVERIFY(form);
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("meetingPlace"))->text(),
                 QStringLiteral("Resepsjonen, 1. etasje"));
        form->reject();
    }

    void formMessageHasRoomAndFieldsStayPut()
    {
        auto page = makePage<SitesPage>();
        RecordForm *form = openForm(*page, "newButton");
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        auto *next = form->findChild<QLineEdit *>(QStringLiteral("arrivalTime")); // the field below the phone
        const int nextTop = next->mapTo(form, QPoint()).y();
        setLine(form, QStringLiteral("phone"), QStringLiteral("12"));
        auto *message = form->findChild<QLabel *>(QStringLiteral("phoneMessage"));
        QTRY_VERIFY(message->isVisible());
        // a one-line message takes the room kept for it: the field below stays where it was
        QCOMPARE(message->heightForWidth(message->width()), message->fontMetrics().lineSpacing());
        QCOMPARE(next->mapTo(form, QPoint()).y(), nextTop);
        form->reject();
    }

    void longFormMessageIsNotClipped()
    {
        // "Organisasjonsnummeret … har feil kontrollsiffer. Kontroller nummeret." wraps: the form grows to show it
        Language::install(QStringLiteral("nb"));
        const auto english = qScopeGuard([] { Language::install(QStringLiteral("en")); });
        auto page = makePage<SchoolsPage>();
        RecordForm *form = openForm(*page, "newButton");
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        setLine(form, QStringLiteral("orgNumber"), QStringLiteral("974 760 674"));
        auto *message = form->findChild<QLabel *>(QStringLiteral("orgNumberMessage"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->heightForWidth(message->width()) > message->fontMetrics().lineSpacing()); // two lines
        QTRY_VERIFY2(
            message->height() >= message->heightForWidth(message->width()),
            qPrintable(
                QStringLiteral("%1 < %2").arg(message->height()).arg(message->heightForWidth(message->width()))));
        const QRect shown(message->mapTo(form, QPoint()), message->size());
        QVERIFY(form->rect().contains(shown));
        form->reject();
    }

    void addProgrammeNeedsAChosenSchool()
    {
        auto page = makePage<SchoolsPage>();
        auto *add = page->findChild<QPushButton *>(QStringLiteral("addProgrammeButton"));
        QVERIFY(add);
        select(*page, 0);
        QTRY_VERIFY(!add->isEnabled());
        // the reason, as its tooltip and for a screen reader
        QVERIFY2(add->toolTip().contains(QStringLiteral("school")), qPrintable(add->toolTip()));
        QCOMPARE(add->accessibleDescription(), add->toolTip());
        select(*page, m_small->vid);
        QTRY_VERIFY(add->isEnabled());
        QVERIFY(add->toolTip().isEmpty());
    }

    void schoolAddWithProgrammeAndBlockedDelete()
    {
        auto page = makePage<SchoolsPage>();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 before = count(QStringLiteral("schools"));
        const QStringList schools = {QStringLiteral("schools"), QStringLiteral("programmes")};
        QString was = snapshot(schools);
        RecordForm *form = openForm(*page, "newButton");
        QVERIFY(form);
        setLine(form, QStringLiteral("name"), QStringLiteral("Nord universitet"));
        setLine(form, QStringLiteral("orgNumber"), QStringLiteral("974 760 674"));
        QVERIFY(!okEnabled(form)); // wrong check digit
        setLine(form, QStringLiteral("orgNumber"), QStringLiteral("974 760 673"));
        QVERIFY(okEnabled(form));
        QVERIFY(setCombo(form, QStringLiteral("kind"), QStringLiteral("universitet")));
        pressOk(form);
        QCOMPARE(count(QStringLiteral("schools")), before + 1);
        undoRedo(schools, was, before, before + 1);
        const qint64 nord =
            test::scalar(plan(), QStringLiteral("SELECT id FROM schools WHERE name = 'Nord universitet'")).toLongLong();
        QVERIFY(nord > 0);

        // an edit of the school: name, kind and contact back on undo
        was = snapshot(schools);
        select(*page, nord);
        form = openForm(*page, "editButton");
        QVERIFY(form);
        setLine(form, QStringLiteral("name"), QStringLiteral("Nord universitet, Bodø"));
        QVERIFY(setCombo(form, QStringLiteral("kind"), QStringLiteral("hogskole")));
        setLine(form, QStringLiteral("contactPerson"), QStringLiteral("Liv Holm"));
        pressOk(form);
        QCOMPARE(test::scalar(plan(),
                              QStringLiteral("SELECT name || '/' || kind || '/' || contact_person FROM schools "
                                             "WHERE id = ?"),
                              {nord})
                     .toString(),
                 QStringLiteral("Nord universitet, Bodø/hogskole/Liv Holm"));
        undoRedo(schools, was, before + 1, before + 1);

        const qint64 programmes = count(QStringLiteral("programmes"));
        was = snapshot(schools);
        RecordForm *programme = nullptr;
        page->findChild<QPushButton *>(QStringLiteral("addProgrammeButton"))->click();
        programme = visibleForm(*page, QStringLiteral("programmeForm"));
        QVERIFY(programme);
        setLine(programme, QStringLiteral("programmeName"), QStringLiteral("Sykepleie Bodø"));
        pressOk(programme);
        QCOMPARE(count(QStringLiteral("programmes")), programmes + 1);
        QCOMPARE(count(QStringLiteral("programmes")), programmes + 1);
        undoRedo(schools, was, before + 1, before + 1);

        select(*page, m_small->oslomet);
        page->deleteCurrent();
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors.first().contains(QStringLiteral("student")));
        QCOMPARE(count(QStringLiteral("schools")), before + 1);
    }

    void supervisorAddEdit()
    {
        auto page = makePage<SupervisorsPage>();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 before = count(QStringLiteral("supervisors"));
        const QStringList supervisors = {QStringLiteral("supervisors"), QStringLiteral("supervisor_absences")};
        QString was = snapshot(supervisors);
        RecordForm *form = openForm(*page, "newButton");
        QVERIFY(form);
        setLine(form, QStringLiteral("givenName"), QStringLiteral("Siri"));
        setLine(form, QStringLiteral("familyName"), QStringLiteral("Dahl"));
        QVERIFY(!okEnabled(form)); // no site yet
        QVERIFY(setCombo(form, QStringLiteral("site"), m_small->fjellheim));
        form->findChild<QSpinBox *>(QStringLiteral("maxStudents"))->setValue(3);
        pressOk(form);
        QCOMPARE(count(QStringLiteral("supervisors")), before + 1);
        const qint64 id = page->currentId();
        QCOMPARE(
            test::scalar(plan(), QStringLiteral("SELECT max_students FROM supervisors WHERE id = ?"), {id}).toInt(), 3);
        undoRedo(supervisors, was, before, before + 1);

        // an edit: her family name, site, the most students she takes and her e-mail
        const auto row = [&] {
            return test::scalar(plan(),
                                QStringLiteral("SELECT family_name || '/' || site_id || '/' || max_students || '/' || "
                                               "email FROM supervisors WHERE id = ?"),
                                {id})
                .toString();
        };
        const QString added = row();
        QCOMPARE(added, QStringLiteral("Dahl/%1/3/").arg(m_small->fjellheim));
        was = snapshot(supervisors);
        select(*page, id);
        form = openForm(*page, "editButton");
        QVERIFY(form);
        setLine(form, QStringLiteral("familyName"), QStringLiteral("Dahl Berg"));
        QVERIFY(setCombo(form, QStringLiteral("site"), m_small->solbakken));
        form->findChild<QSpinBox *>(QStringLiteral("maxStudents"))->setValue(2);
        setLine(form, QStringLiteral("email"), QStringLiteral("siri.dahl@example.no"));
        pressOk(form);
        QCOMPARE(row(), QStringLiteral("Dahl Berg/%1/2/siri.dahl@example.no").arg(m_small->solbakken));
        undoRedo(supervisors, was, before + 1, before + 1);
        m_session->undoStack()->undo();
        QCOMPARE(row(), added);
        m_session->undoStack()->redo();

        // filter by site: Anne and now Siri at Solbakken
        auto *filter = page->findChild<QComboBox *>(QStringLiteral("siteFilter"));
        filter->setCurrentIndex(filter->findData(m_small->solbakken));
        QCOMPARE(page->model()->rowCount(), 2);
        filter->setCurrentIndex(filter->findData(m_small->fjellheim));
        QCOMPARE(page->model()->rowCount(), 1); // Per
    }

    void periodAddWithDateOrder()
    {
        auto page = makePage<PeriodsPage>();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 before = count(QStringLiteral("periods"));
        const QStringList periods = {QStringLiteral("periods"), QStringLiteral("period_site_kinds"),
                                     QStringLiteral("period_programmes")};
        QString was = snapshot(periods);
        RecordForm *form = openForm(*page, "newButton");
        QVERIFY(form);
        setLine(form, QStringLiteral("name"), QStringLiteral("Vår 2027"));
        setLine(form, QStringLiteral("startDate"), QStringLiteral("29.03.2027"));
        setLine(form, QStringLiteral("endDate"), QStringLiteral("01.03.2027"));
        QVERIFY(!okEnabled(form));
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("endDateMessage"))->isVisible());
        setLine(form, QStringLiteral("endDate"), QStringLiteral("21.05.2027"));
        setLine(form, QStringLiteral("hoursPerWeek"), QStringLiteral("37,5"));
        // no programme chosen: asked first; "no" keeps the form open and writes nothing
        m_answer = false;
        pressOk(form);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.constFirst().contains(QStringLiteral("No programme takes part in the period Vår 2027")),
                 qPrintable(m_questions.constFirst()));
        QCOMPARE(count(QStringLiteral("periods")), before);
        QVERIFY(form->isVisible());
        m_answer = true;
        pressOk(form);
        QCOMPARE(m_questions.size(), 2);
        QCOMPARE(count(QStringLiteral("periods")), before + 1);
        const qint64 id = page->currentId();
        QCOMPARE(
            test::scalar(plan(), QStringLiteral("SELECT hours_per_week FROM periods WHERE id = ?"), {id}).toDouble(),
            37.5);
        QCOMPARE(
            test::scalar(plan(), QStringLiteral("SELECT count(*) FROM period_site_kinds WHERE period_id = ?"), {id})
                .toInt(),
            int(allValues<SiteKind>().size()));
        undoRedo(periods, was, before, before + 1);

        // an edit of its name, dates and hours: all back on undo
        was = snapshot(periods);
        select(*page, id);
        form = openForm(*page, "editButton");
        QVERIFY(form);
        setLine(form, QStringLiteral("name"), QStringLiteral("Vår 2027 (utsatt)"));
        setLine(form, QStringLiteral("startDate"), QStringLiteral("05.04.2027"));
        setLine(form, QStringLiteral("endDate"), QStringLiteral("28.05.2027"));
        setLine(form, QStringLiteral("hoursPerWeek"), QStringLiteral("30"));
        pressOk(form);
        QCOMPARE(test::scalar(plan(),
                              QStringLiteral("SELECT name || '/' || start_date || '/' || end_date || '/' || "
                                             "hours_per_week FROM periods WHERE id = ?"),
                              {id})
                     .toString(),
                 QStringLiteral("Vår 2027 (utsatt)/2027-04-05/2027-05-28/30.0"));
        undoRedo(periods, was, before + 1, before + 1);
    }

    // Issue 18 point 13: the programmes with their school, the placements counted as the status bar and the CLI
    // count them (cancelled ones not), the capacity column explained, and the form's capacity rows told apart.
    void periodsPageProgrammesCountsAndCapacityRows()
    {
        QVERIFY(plan().exec(QStringLiteral("INSERT INTO placements (student_id, site_id, period_id, start_date, "
                                           "end_date, status) VALUES (?, ?, ?, '2026-08-24', '2026-10-16', ?)"),
                            {m_small->kari, m_small->solbakken, m_small->autumn, QStringLiteral("planned")}));
        QVERIFY(plan().exec(QStringLiteral("INSERT INTO placements (student_id, site_id, period_id, start_date, "
                                           "end_date, status) VALUES (?, ?, ?, '2026-08-24', '2026-10-16', ?)"),
                            {m_small->ola, m_small->fjellheim, m_small->autumn, QStringLiteral("cancelled")}));
        // two units of one long-named site
        for (const char *unit : {"Avdeling for langtidsopphold 1", "Avdeling for langtidsopphold 2"})
            QVERIFY(plan().exec(QStringLiteral("INSERT INTO sites (name, unit, municipality, municipality_number, "
                                               "kind, capacity) VALUES ('Bergen helse- og omsorgssenter Fyllingsdalen', "
                                               "?, 'Bergen', '4601', 'sykehjem', 2)"),
                                {QString::fromLatin1(unit)}));
        auto page = makePage<PeriodsPage>();
        SqlTableModel *model = page->model();
        QTRY_VERIFY(model->rowCount() > 0);
        const int row = model->rowOf(m_small->autumn);
        QVERIFY(row >= 0);
        auto column = [model](const QString &header) {
            for (int c = 0; c < model->columnCount(); ++c)
                if (model->headerData(c, Qt::Horizontal).toString() == header)
                    return c;
            return -1;
        };
        QCOMPARE(model->index(row, column(QStringLiteral("Programmes"))).data().toString(),
                 QStringLiteral("Sykepleie (OsloMet)"));
        const int placements = column(QStringLiteral("Placements"));
        QCOMPARE(model->index(row, placements).data().toString(), QStringLiteral("1"));
        QVERIFY(!model->headerData(placements, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        // the CLI counts the same
        test::CliRunner cli;
        const auto run = cli.run({QStringLiteral("--db"), m_temp->path(), QStringLiteral("--json"),
                                  QStringLiteral("list"), QStringLiteral("periods")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray periods = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(periods.size(), 1);
        QCOMPARE(periods.at(0).toObject().value(QStringLiteral("placements")).toInt(), 1);
        // the capacity column says what it counts
        const int own = column(QStringLiteral("Sites with own capacity"));
        QVERIFY(own >= 0);
        QVERIFY(model->headerData(own, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("usual")));
        QCOMPARE(model->headerData(own, Qt::Horizontal, Qt::WhatsThisRole),
                 model->headerData(own, Qt::Horizontal, Qt::ToolTipRole));

        // the form's capacity table: every row with its unit, shown whole or cut in the middle, never alike
        select(*page, m_small->autumn);
        RecordForm *form = openForm(*page, "editButton");
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        auto *table = form->findChild<QTableWidget *>(QStringLiteral("capacities"));
        QVERIFY(table);
        QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
        QStringList shown;
        for (int r = 0; r < table->rowCount(); ++r) {
            QTableWidgetItem *item = table->item(r, 0);
            QCOMPARE(item->toolTip(), item->text());
            const int width = table->columnWidth(0) - 8;
            shown << table->fontMetrics().elidedText(item->text(), Qt::ElideMiddle, width);
        }
        QVERIFY2(shown.contains(QStringLiteral("Bergen helse- og omsorgssenter Fyllingsdalen / Avdeling for "
                                               "langtidsopphold 1")) ||
                     shown.filter(QStringLiteral("opphold 1")).size() == 1,
                 qPrintable(shown.join(QLatin1Char('|'))));
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), shown.size());
        form->reject();
    }

    void placementAddFilterDelete()
    {
        auto page = makePage<PlacementsPage>();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 before = count(QStringLiteral("placements"));
        const QStringList placements = {QStringLiteral("placements"), QStringLiteral("checklist_items"),
                                        QStringLiteral("assessment_meetings")};
        QString was = snapshot(placements);
        RecordForm *form = openForm(*page, "newButton");
        QVERIFY(form);
        QVERIFY(setCombo(form, QStringLiteral("student"), m_small->kari));
        QVERIFY(setCombo(form, QStringLiteral("period"), m_small->autumn));
        QVERIFY(setCombo(form, QStringLiteral("site"), m_small->solbakken));
        QVERIFY(setCombo(form, QStringLiteral("supervisor"), m_small->anne));
        QVERIFY(setCombo(form, QStringLiteral("status"), QStringLiteral("confirmed")));
        pressOk(form);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QCOMPARE(count(QStringLiteral("placements")), before + 1);
        const qint64 id = page->currentId();
        // dates default to the period's
        QCOMPARE(
            test::scalar(plan(), QStringLiteral("SELECT start_date FROM placements WHERE id = ?"), {id}).toString(),
            QStringLiteral("2026-08-24"));
        const int row = page->model()->rowOf(id);
        const QModelIndex status = page->model()->index(row, 7);
        QCOMPARE(status.data().toString(), label(PlacementStatus::Confirmed));
        QVERIFY(status.data(Qt::DecorationRole).value<QColor>().isValid());

        auto *statusFilter = page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        statusFilter->setCurrentIndex(statusFilter->findData(QStringLiteral("planned")));
        QCOMPARE(page->model()->rowOf(id), -1);
        statusFilter->setCurrentIndex(statusFilter->findData(QStringLiteral("confirmed")));
        QVERIFY(page->model()->rowOf(id) >= 0);
        undoRedo(placements, was, before, before + 1);

        was = snapshot(placements);
        select(*page, id);
        page->deleteCurrent();
        QCOMPARE(count(QStringLiteral("placements")), before);
        undoRedo(placements, was, before + 1, before);
    }
};

QTEST_MAIN(TestRegisters)
#include "tst_registers.moc"
