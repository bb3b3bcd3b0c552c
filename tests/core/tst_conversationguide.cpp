#include "ResultAssert.h"
#include "TestSupport.h"
#include "model/Validation.h"
#include "recruitment/ConversationGuide.h"
#include "storage/ChangeLog.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

// The conversation guide for mentors: shipped as data in nb/nn/en, in every new and migrated plan, edited like the
// welcome template, every edit undoable exactly.
class TestConversationGuide : public QObject
{
    Q_OBJECT

    static QStringList titles(const QList<GuideTopic> &topics, const QString &language = u"en"_s)
    {
        QStringList out;
        for (const GuideTopic &t : topics)
            out << t.title.in(language);
        return out;
    }

    static const QStringList shippedTitles()
    {
        return {u"Everyday challenges"_s, u"Professional practice"_s, u"Relations at work"_s, u"Values and ethics"_s,
                u"The first shifts"_s};
    }

private slots:
    void shipped()
    {
        auto shipped = shippedConversationGuide();
        PRAKSIS_VERIFY_OK(shipped);
        QCOMPARE(titles(*shipped), shippedTitles());
        QCOMPARE(titles(*shipped, u"nb"_s).first(), u"Hverdagsutfordringer"_s);
        QCOMPARE(titles(*shipped, u"nn"_s).first(), u"Kvardagsutfordringar"_s);
        for (const GuideTopic &t : *shipped) {
            QVERIFY(t.questions.size() >= 3);
            for (const GuideQuestion &q : t.questions)
                QVERIFY2(!q.text.nb.isEmpty() && !q.text.nn.isEmpty() && !q.text.en.isEmpty(), qPrintable(q.text.nb));
        }
    }

    void inEveryNewPlan()
    {
        test::TempPlan t;
        auto guide = ConversationGuide(t.plan()).load();
        PRAKSIS_VERIFY_OK(guide);
        QCOMPARE(titles(*guide), shippedTitles());
        QCOMPARE(guide->at(4).questions.first().text.nb, u"Hvordan gikk de første vaktene dine, dag, kveld og natt?"_s);
        QCOMPARE(guide->at(1).position, 1);
        QCOMPARE(guide->at(1).questions.at(2).position, 2);
        // a guide someone emptied stays empty when the plan is opened again
        PRAKSIS_VERIFY_OK(ConversationGuide(t.plan()).replaceContents({}));
        t.reopen();
        QVERIFY(ConversationGuide(t.plan()).load()->isEmpty());
    }

    void inAMigratedPlan()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.praksisplan"_s);
        QList<Migration> upTo3;
        for (const Migration &m : PlanFile::builtInMigrations())
            if (m.version <= 3)
                upTo3 << m;
        {
            auto old = PlanFile::open(path, PlanFile::OpenMode::OpenOrCreate, upTo3);
            PRAKSIS_VERIFY_OK(old);
            QCOMPARE(old.value()->schemaVersion(), 3);
        }
        auto plan = PlanFile::open(path, PlanFile::OpenMode::OpenExisting);
        PRAKSIS_VERIFY_OK(plan);
        QVERIFY(plan.value()->schemaVersion() >= 4);
        QCOMPARE(titles(ConversationGuide(*plan.value()).load().value()), shippedTitles());
    }

    void editAndUndo()
    {
        test::TempPlan t;
        ChangeLog::setUserName(u"tester"_s);
        ConversationGuide guide(t.plan());
        const QList<GuideTopic> original = guide.load().value();
        QSignalSpy spy(&t.plan(), &PlanFile::changed);

        // a new topic in the second place, with a question
        GuideTopic topic;
        topic.position = 1;
        topic.title = LocalizedText{u" Turnus "_s, u"Turnus"_s, u"Rota"_s};
        topic.questions << GuideQuestion{0, 0, 0, LocalizedText{u"Passer turnusen deg?"_s, {}, {}}};
        auto id = guide.insertTopic(topic);
        PRAKSIS_VERIFY_OK(id);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().entity, Entity::Guide);
        QList<GuideTopic> now = guide.load().value();
        QCOMPARE(now.size(), 6);
        QCOMPARE(now.at(1).id, id.value());
        QCOMPARE(now.at(1).title.nb, u"Turnus"_s);                                         // trimmed
        QCOMPARE(now.at(2).position, 2);                                                   // the rest moved down
        QCOMPARE(now.at(1).questions.first().text.in(u"nn"_s), u"Passer turnusen deg?"_s); // Bokmål stands in

        // rename, move, question edits; each returns what undoes it
        auto oldTitle = guide.renameTopic(id.value(), LocalizedText{u"Turnus og vakter"_s, {}, {}});
        PRAKSIS_VERIFY_OK(oldTitle);
        QCOMPARE(oldTitle->en, u"Rota"_s);
        auto oldPosition = guide.moveTopic(id.value(), 5);
        PRAKSIS_VERIFY_OK(oldPosition);
        QCOMPARE(oldPosition.value(), 1);
        QCOMPARE(guide.load()->last().id, id.value());
        QCOMPARE(guide.load()->at(1).title.en, u"Professional practice"_s);
        const qint64 firstTopic = now.at(0).id;
        const GuideQuestion q0 = now.at(0).questions.at(0);
        auto place = guide.moveQuestion(q0.id, id.value(), 0);
        PRAKSIS_VERIFY_OK(place);
        QCOMPARE(place.value(), (QuestionPlace{firstTopic, 0}));
        QCOMPARE(guide.topic(id.value())->questions.size(), 2);
        QCOMPARE(guide.topic(id.value())->questions.at(0).id, q0.id);
        QCOMPARE(guide.topic(id.value())->questions.at(1).position, 1);
        QCOMPARE(guide.topic(firstTopic)->questions.at(0).position, 0); // the gap closed
        PRAKSIS_VERIFY_OK(guide.moveQuestion(q0.id, place->topicId, place->position));
        QCOMPARE(guide.topic(firstTopic)->questions.at(0), q0);

        GuideQuestion changed = q0;
        changed.text.en = u"What went well?"_s;
        auto before = guide.updateQuestion(changed);
        PRAKSIS_VERIFY_OK(before);
        QCOMPARE(before.value(), q0);
        QCOMPARE(guide.question(q0.id)->text.en, u"What went well?"_s);
        PRAKSIS_VERIFY_OK(guide.updateQuestion(before.value()));
        auto removedQuestion = guide.removeQuestion(q0.id);
        PRAKSIS_VERIFY_OK(removedQuestion);
        QCOMPARE(guide.topic(firstTopic)->questions.size(), 3);
        QCOMPARE(guide.insertQuestion(removedQuestion.value()).value(), q0.id);
        QCOMPARE(guide.topic(firstTopic)->questions.at(0), q0);

        // undo of the topic edits
        PRAKSIS_VERIFY_OK(guide.moveTopic(id.value(), oldPosition.value()));
        PRAKSIS_VERIFY_OK(guide.renameTopic(id.value(), oldTitle.value()));
        auto removedTopic = guide.removeTopic(id.value());
        PRAKSIS_VERIFY_OK(removedTopic);
        QCOMPARE(guide.load().value(), original);
        QCOMPARE(guide.insertTopic(removedTopic.value()).value(), id.value()); // redo keeps the ids
        QCOMPARE(guide.topic(id.value()).value(), removedTopic.value());

        // the whole guide back as it was, and the shipped one
        auto edited = guide.replaceContents(original);
        PRAKSIS_VERIFY_OK(edited);
        QCOMPARE(guide.load().value(), original);
        PRAKSIS_VERIFY_OK(guide.replaceContents(edited.value()));
        QCOMPARE(guide.load()->size(), 6);
        auto beforeDefault = guide.restoreDefault();
        PRAKSIS_VERIFY_OK(beforeDefault);
        QCOMPARE(beforeDefault->size(), 6);
        QCOMPARE(titles(guide.load().value()), shippedTitles());

        auto log = ChangeLog::entries(t.plan(), -1, u"guide"_s);
        PRAKSIS_VERIFY_OK(log);
        QVERIFY(log->size() >= 10);
    }

    void validation()
    {
        test::TempPlan t;
        ConversationGuide guide(t.plan());
        const QList<GuideTopic> original = guide.load().value();
        GuideTopic empty;
        empty.title = LocalizedText{u"  "_s, {}, {}};
        auto r = guide.insertTopic(empty);
        QVERIFY(!r);
        QCOMPARE(r.error().message, Validation::requiredText(u""_s, u"Topic"_s)->message);
        GuideQuestion q{0, original.first().id, 0, LocalizedText{u"Ring 01017000027"_s, {}, {}}};
        r = guide.insertQuestion(q);
        QVERIFY(!r);
        QCOMPARE(r.error().field, u"Question"_s);
        q.text = LocalizedText{{}, {}, u"Only English"_s};
        auto id = guide.insertQuestion(q);
        PRAKSIS_VERIFY_OK(id);
        QCOMPARE(guide.question(id.value())->text.nb, u"Only English"_s);
        QCOMPARE(guide.renameTopic(999, LocalizedText{u"x"_s, {}, {}}).error().kind, Error::Kind::NotFound);
        QCOMPARE(guide.insertQuestion(GuideQuestion{0, 999, 0, LocalizedText{u"x"_s, {}, {}}}).error().kind,
                 Error::Kind::NotFound);
        // a failed write leaves the guide as it was
        GuideTopic bad;
        bad.title = LocalizedText{u"Ny"_s, {}, {}};
        bad.questions << GuideQuestion{0, 0, 0, LocalizedText{u""_s, {}, {}}};
        QVERIFY(!guide.insertTopic(bad));
        QCOMPARE(guide.load()->size(), original.size());
    }
};

QTEST_GUILESS_MAIN(TestConversationGuide)
#include "tst_conversationguide.moc"
