#include "recruitment/ConversationGuide.h"

#include "model/Validation.h"
#include "storage/PlanFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

const QString shippedGuidePath = u":/praksis/templates/conversation-guide.json"_s;

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

LocalizedText textFrom(const QSqlQuery &q, int first)
{
    return LocalizedText{q.value(first).toString(), q.value(first + 1).toString(), q.value(first + 2).toString()};
}

GuideQuestion questionFrom(const QSqlQuery &q)
{
    return GuideQuestion{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), textFrom(q, 3)};
}

const QString questionSelect = u"SELECT id, topic_id, position, text_nb, text_nn, text_en FROM guide_questions "_s;

QString notNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

// Trimmed, never null, Bokmål filled from another language when empty; an Error when nothing is given or a
// language holds what may not be stored.
Result<LocalizedText> storable(const LocalizedText &text, const QString &field)
{
    LocalizedText t{notNull(text.nb.trimmed()), notNull(text.nn.trimmed()), notNull(text.en.trimmed())};
    if (t.isEmpty())
        return *Validation::requiredText(QString(), field);
    for (const QString *s : {&t.nb, &t.nn, &t.en}) {
        if (auto e = Validation::storableText(*s, field))
            return *e;
    }
    if (t.nb.isEmpty())
        t.nb = t.in(u"nb"_s);
    return t;
}

} // namespace

Result<int> ConversationGuide::count(const QString &sql, const QVariantList &bindings) const
{
    auto q = m_plan.exec(sql, bindings);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<GuideTopic>> ConversationGuide::load() const
{
    auto topics = m_plan.exec(u"SELECT id, position, title_nb, title_nn, title_en FROM guide_topics "
                              u"ORDER BY position, id"_s);
    if (!topics)
        return topics.error();
    QList<GuideTopic> out;
    while (topics->next())
        out << GuideTopic{topics->value(0).toLongLong(), topics->value(1).toInt(), textFrom(*topics, 2), {}};
    auto questions = m_plan.exec(questionSelect + u"ORDER BY topic_id, position, id"_s);
    if (!questions)
        return questions.error();
    while (questions->next()) {
        const GuideQuestion g = questionFrom(*questions);
        for (GuideTopic &t : out)
            if (t.id == g.topicId)
                t.questions << g;
    }
    return out;
}

Result<GuideTopic> ConversationGuide::topic(qint64 topicId) const
{
    auto q =
        m_plan.exec(u"SELECT id, position, title_nb, title_nn, title_en FROM guide_topics WHERE id = ?"_s, {topicId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("The guide topic %1 does not exist.").arg(topicId));
    GuideTopic t{q->value(0).toLongLong(), q->value(1).toInt(), textFrom(*q, 2), {}};
    auto questions = m_plan.exec(questionSelect + u"WHERE topic_id = ? ORDER BY position, id"_s, {topicId});
    if (!questions)
        return questions.error();
    while (questions->next())
        t.questions << questionFrom(*questions);
    return t;
}

Result<GuideQuestion> ConversationGuide::question(qint64 questionId) const
{
    auto q = m_plan.exec(questionSelect + u"WHERE id = ?"_s, {questionId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("The guide question %1 does not exist.").arg(questionId));
    return questionFrom(*q);
}

Result<qint64> ConversationGuide::insertTopicRows(const GuideTopic &topic, int position)
{
    auto title = storable(topic.title, tr("Topic"));
    if (!title)
        return title.error();
    auto q =
        m_plan.exec(u"INSERT INTO guide_topics (id, position, title_nb, title_nn, title_en) VALUES (?, ?, ?, ?, ?)"_s,
                    {idOrNull(topic.id), position, title->nb, title->nn, title->en});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    int pos = 0;
    for (const GuideQuestion &g : topic.questions) {
        if (auto r = insertQuestionRow(g, id, pos++); !r)
            return r.error();
    }
    return id;
}

Result<qint64> ConversationGuide::insertQuestionRow(const GuideQuestion &question, qint64 topicId, int position)
{
    auto text = storable(question.text, tr("Question"));
    if (!text)
        return text.error();
    auto q = m_plan.exec(u"INSERT INTO guide_questions (id, topic_id, position, text_nb, text_nn, text_en) "
                         u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                         {idOrNull(question.id), topicId, position, text->nb, text->nn, text->en});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<qint64> ConversationGuide::insertTopic(const GuideTopic &topic)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto n = count(u"SELECT count(*) FROM guide_topics"_s, {});
    if (!n)
        return n.error();
    const int position = topic.position < 0 || topic.position > n.value() ? n.value() : topic.position;
    if (auto r = m_plan.exec(u"UPDATE guide_topics SET position = position + 1 WHERE position >= ?"_s, {position}); !r)
        return r.error();
    auto id = insertTopicRows(topic, position);
    if (!id)
        return id;
    m_plan.notifyChanged(Entity::Guide, Change::Kind::Inserted, {id.value()});
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<LocalizedText> ConversationGuide::renameTopic(qint64 topicId, const LocalizedText &title)
{
    auto t = storable(title, tr("Topic"));
    if (!t)
        return t.error();
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = topic(topicId);
    if (!old)
        return old.error();
    if (auto r = m_plan.exec(u"UPDATE guide_topics SET title_nb = ?, title_nn = ?, title_en = ? WHERE id = ?"_s,
                             {t->nb, t->nn, t->en, topicId});
        !r)
        return r.error();
    m_plan.notifyChanged(Entity::Guide, Change::Kind::Updated, {topicId});
    if (auto c = tx.commit(); !c)
        return c.error();
    return old->title;
}

Result<GuideTopic> ConversationGuide::removeTopic(qint64 topicId)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = topic(topicId);
    if (!old)
        return old.error();
    // its questions go by ON DELETE CASCADE
    if (auto r = m_plan.exec(u"DELETE FROM guide_topics WHERE id = ?"_s, {topicId}); !r)
        return r.error();
    if (auto r = m_plan.exec(u"UPDATE guide_topics SET position = position - 1 WHERE position > ?"_s, {old->position});
        !r)
        return r.error();
    m_plan.notifyChanged(Entity::Guide, Change::Kind::Removed, {topicId});
    if (auto c = tx.commit(); !c)
        return c.error();
    return old;
}

Result<int> ConversationGuide::moveTopic(qint64 topicId, int newPosition)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = topic(topicId);
    if (!old)
        return old.error();
    auto n = count(u"SELECT count(*) FROM guide_topics"_s, {});
    if (!n)
        return n.error();
    const int to = std::clamp(newPosition < 0 ? n.value() - 1 : newPosition, 0, n.value() - 1);
    const int from = old->position;
    if (to != from) {
        const auto shift = from < to ? u"UPDATE guide_topics SET position = position - 1 WHERE position > ? AND "
                                       u"position <= ?"_s
                                     : u"UPDATE guide_topics SET position = position + 1 WHERE position >= ? AND "
                                       u"position < ?"_s;
        if (auto r = m_plan.exec(shift, from < to ? QVariantList{from, to} : QVariantList{to, from}); !r)
            return r.error();
        if (auto r = m_plan.exec(u"UPDATE guide_topics SET position = ? WHERE id = ?"_s, {to, topicId}); !r)
            return r.error();
        m_plan.notifyChanged(Entity::Guide, Change::Kind::Updated, {topicId});
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return from;
}

Result<qint64> ConversationGuide::insertQuestion(const GuideQuestion &question)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto t = topic(question.topicId); !t)
        return t.error();
    auto n = count(u"SELECT count(*) FROM guide_questions WHERE topic_id = ?"_s, {question.topicId});
    if (!n)
        return n.error();
    const int position = question.position < 0 || question.position > n.value() ? n.value() : question.position;
    if (auto r = m_plan.exec(u"UPDATE guide_questions SET position = position + 1 WHERE topic_id = ? AND "
                             u"position >= ?"_s,
                             {question.topicId, position});
        !r)
        return r.error();
    auto id = insertQuestionRow(question, question.topicId, position);
    if (!id)
        return id;
    m_plan.notifyChanged(Entity::Guide, Change::Kind::Updated, {question.topicId});
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<GuideQuestion> ConversationGuide::updateQuestion(const GuideQuestion &question)
{
    auto text = storable(question.text, tr("Question"));
    if (!text)
        return text.error();
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = this->question(question.id);
    if (!old)
        return old;
    if (auto r = m_plan.exec(u"UPDATE guide_questions SET text_nb = ?, text_nn = ?, text_en = ? WHERE id = ?"_s,
                             {text->nb, text->nn, text->en, question.id});
        !r)
        return r.error();
    m_plan.notifyChanged(Entity::Guide, Change::Kind::Updated, {old->topicId});
    if (auto c = tx.commit(); !c)
        return c.error();
    return old;
}

Result<GuideQuestion> ConversationGuide::removeQuestion(qint64 questionId)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = question(questionId);
    if (!old)
        return old;
    if (auto r = m_plan.exec(u"DELETE FROM guide_questions WHERE id = ?"_s, {questionId}); !r)
        return r.error();
    if (auto r = m_plan.exec(u"UPDATE guide_questions SET position = position - 1 WHERE topic_id = ? AND "
                             u"position > ?"_s,
                             {old->topicId, old->position});
        !r)
        return r.error();
    m_plan.notifyChanged(Entity::Guide, Change::Kind::Updated, {old->topicId});
    if (auto c = tx.commit(); !c)
        return c.error();
    return old;
}

Result<QuestionPlace> ConversationGuide::moveQuestion(qint64 questionId, qint64 toTopicId, int toPosition)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = question(questionId);
    if (!old)
        return old.error();
    if (auto t = topic(toTopicId); !t)
        return t.error();
    // out of its place, closing the gap, then into the new one
    if (auto r = m_plan.exec(u"UPDATE guide_questions SET position = -1 WHERE id = ?"_s, {questionId}); !r)
        return r.error();
    if (auto r = m_plan.exec(u"UPDATE guide_questions SET position = position - 1 WHERE topic_id = ? AND "
                             u"position > ?"_s,
                             {old->topicId, old->position});
        !r)
        return r.error();
    auto n = count(u"SELECT count(*) FROM guide_questions WHERE topic_id = ? AND id <> ?"_s, {toTopicId, questionId});
    if (!n)
        return n.error();
    const int position = toPosition < 0 || toPosition > n.value() ? n.value() : toPosition;
    if (auto r = m_plan.exec(u"UPDATE guide_questions SET position = position + 1 WHERE topic_id = ? AND "
                             u"position >= ? AND id <> ?"_s,
                             {toTopicId, position, questionId});
        !r)
        return r.error();
    if (auto r = m_plan.exec(u"UPDATE guide_questions SET topic_id = ?, position = ? WHERE id = ?"_s,
                             {toTopicId, position, questionId});
        !r)
        return r.error();
    m_plan.notifyChanged(Entity::Guide, Change::Kind::Updated,
                         old->topicId == toTopicId ? QList<qint64>{toTopicId} : QList<qint64>{old->topicId, toTopicId});
    if (auto c = tx.commit(); !c)
        return c.error();
    return QuestionPlace{old->topicId, old->position};
}

Result<QList<GuideTopic>> ConversationGuide::replaceContents(const QList<GuideTopic> &topics)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = load();
    if (!old)
        return old;
    if (auto r = m_plan.exec(u"DELETE FROM guide_topics"_s); !r)
        return r.error();
    int position = 0;
    for (const GuideTopic &t : topics) {
        if (auto r = insertTopicRows(t, position++); !r)
            return r.error();
    }
    m_plan.notifyChanged(Entity::Guide, Change::Kind::Reset);
    if (auto c = tx.commit(); !c)
        return c.error();
    return old;
}

Result<QList<GuideTopic>> ConversationGuide::restoreDefault()
{
    auto shipped = shippedConversationGuide();
    if (!shipped)
        return shipped;
    return replaceContents(shipped.value());
}

Result<QList<GuideTopic>> shippedConversationGuide()
{
    QFile file(shippedGuidePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, ConversationGuide::tr("The shipped conversation guide could not be read."),
                     shippedGuidePath};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const auto text = [](const QJsonObject &o) {
        return LocalizedText{o.value(QLatin1String("nb")).toString(), o.value(QLatin1String("nn")).toString(),
                             o.value(QLatin1String("en")).toString()};
    };
    QList<GuideTopic> out;
    for (const QJsonValue &tv : root.value(QLatin1String("topics")).toArray()) {
        const QJsonObject to = tv.toObject();
        GuideTopic t;
        t.position = int(out.size());
        t.title = text(to.value(QLatin1String("title")).toObject());
        for (const QJsonValue &qv : to.value(QLatin1String("questions")).toArray()) {
            GuideQuestion g;
            g.position = int(t.questions.size());
            g.text = text(qv.toObject());
            if (g.text.nb.isEmpty())
                return Error{Error::Kind::Invalid,
                             ConversationGuide::tr("The shipped conversation guide is damaged: a question in “%1” has "
                                                   "no Bokmål text.")
                                 .arg(t.title.nb),
                             shippedGuidePath};
            t.questions << g;
        }
        if (t.title.nb.isEmpty())
            return Error{Error::Kind::Invalid,
                         ConversationGuide::tr("The shipped conversation guide is damaged: a topic has no Bokmål "
                                               "title."),
                         shippedGuidePath};
        out << t;
    }
    if (out.isEmpty())
        return Error{Error::Kind::Invalid, ConversationGuide::tr("The shipped conversation guide is empty."),
                     shippedGuidePath};
    return out;
}

Result<void> installConversationGuide(PlanFile &plan)
{
    // a plan of an older schema (tests of the migration mechanism) has no guide tables
    auto tables = plan.exec(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'guide_topics'"_s);
    if (!tables)
        return tables.error();
    if (!tables->next() || tables->value(0).toInt() == 0)
        return {};
    tables->finish();
    auto shipped = shippedConversationGuide();
    if (!shipped)
        return shipped.error();
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    auto existing = plan.exec(u"SELECT count(*) FROM guide_topics"_s);
    if (!existing)
        return existing.error();
    existing->next();
    if (existing->value(0).toInt() > 0)
        return {};
    existing->finish();
    ConversationGuide guide(plan);
    if (auto r = guide.replaceContents(shipped.value()); !r)
        return r.error();
    return tx.commit();
}

} // namespace praksis
