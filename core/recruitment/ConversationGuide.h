#pragma once

#include "Error.h"
#include "welcome/WelcomeTemplate.h"

#include <QCoreApplication>
#include <QList>

namespace praksis {

class PlanFile;

// A question of the conversation guide, in nb/nn/en.
struct GuideQuestion
{
    qint64 id = 0; // 0: not stored yet
    qint64 topicId = 0;
    int position = 0; // 0-based within the topic
    LocalizedText text;

    friend bool operator==(const GuideQuestion &, const GuideQuestion &) = default;
};

// A topic of the conversation guide (everyday challenges, professional practice, relations at work, values and
// ethics, the first shifts) with its questions.
struct GuideTopic
{
    qint64 id = 0;
    int position = 0; // 0-based
    LocalizedText title;
    QList<GuideQuestion> questions; // in order

    friend bool operator==(const GuideTopic &, const GuideTopic &) = default;
};

// Where a question stood, for moving it back.
struct QuestionPlace
{
    qint64 topicId = 0;
    int position = 0;

    friend bool operator==(const QuestionPlace &, const QuestionPlace &) = default;
};

// The plan's conversation guide for mentors (PRODUCT.md section 10; tables guide_topics and guide_questions),
// edited like the welcome template (WelcomeTemplates): every write is one Transaction announced as Entity::Guide,
// and made for exact undo: inserts accept the id the record had, removals return what they removed, edits and
// moves what was there before, replaceContents() puts back a whole guide taken with load(). Positions are dense and
// 0-based. A text needs Bokmål or another language (an empty Bokmål takes the first given), and may hold no
// control characters or identity numbers.
class ConversationGuide
{
    Q_DECLARE_TR_FUNCTIONS(praksis::ConversationGuide)

public:
    explicit ConversationGuide(PlanFile &plan)
        : m_plan(plan)
    {}

    // Every topic with its questions, in order.
    Result<QList<GuideTopic>> load() const;
    Result<GuideTopic> topic(qint64 topicId) const; // with its questions
    Result<GuideQuestion> question(qint64 questionId) const;

    // Inserts topic.title (and its questions, with their ids if given) at topic.position (clamped; -1 appends).
    Result<qint64> insertTopic(const GuideTopic &topic);
    // Returns the title it had.
    Result<LocalizedText> renameTopic(qint64 topicId, const LocalizedText &title);
    // Returns the removed topic with its questions, for insertTopic() (undo).
    Result<GuideTopic> removeTopic(qint64 topicId);
    // Returns the position it had.
    Result<int> moveTopic(qint64 topicId, int newPosition);

    // Inserts at question.position (clamped; -1 appends) of question.topicId; returns the id.
    Result<qint64> insertQuestion(const GuideQuestion &question);
    // Changes the text; returns the question as it was.
    Result<GuideQuestion> updateQuestion(const GuideQuestion &question);
    // Returns the removed question (topic and position included), for insertQuestion() (undo).
    Result<GuideQuestion> removeQuestion(qint64 questionId);
    // Moves a question within its topic or to another; returns where it was.
    Result<QuestionPlace> moveQuestion(qint64 questionId, qint64 toTopicId, int toPosition);

    // Replaces the whole guide by `topics` (ids kept where not 0); returns the guide it had.
    Result<QList<GuideTopic>> replaceContents(const QList<GuideTopic> &topics);
    // Replaces the guide by the shipped one; returns the guide it had.
    Result<QList<GuideTopic>> restoreDefault();

private:
    Result<qint64> insertTopicRows(const GuideTopic &topic, int position);
    Result<qint64> insertQuestionRow(const GuideQuestion &question, qint64 topicId, int position);
    Result<int> count(const QString &sql, const QVariantList &bindings) const;

    PlanFile &m_plan;
};

// The schema version that brought the guide's tables (migration 004).
constexpr int conversationGuideSchemaVersion = 4;

// The guide shipped with the program (:/praksis/templates/conversation-guide.json), without ids.
Result<QList<GuideTopic>> shippedConversationGuide();

// Fills an empty guide with the shipped one (in the caller's transaction or its own). PlanFile calls it for a new
// plan and for a plan brought up to schema 4; a guide someone emptied later stays empty.
Result<void> installConversationGuide(PlanFile &plan);

} // namespace praksis
