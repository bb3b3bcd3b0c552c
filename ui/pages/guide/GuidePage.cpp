#include "pages/guide/GuidePage.h"

#include "pages/template/OutlineEditing.h"

#include "Colors.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "commands/GuideCommands.h"
#include "storage/PlanSettings.h"
#include "widgets/CoalescedCall.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace praksis {

using Kind = OutlineModel::Kind;

GuidePage::GuidePage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new GuideModel(this))
    , m_reload(new CoalescedCall([this] { reload(); }, this))
{
    setObjectName(QStringLiteral("guidePage"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Conversation guide for mentors"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_restore = OutlineEditing::toolButton(QStringLiteral("rotate-ccw"), tr("Restore the shipped guide…"),
                                           QStringLiteral("restoreGuideButton"), this);
    m_restore->setToolTip(tr("Replace the guide by the one Praksisplan comes with."));
    top->addWidget(title, 1);
    top->addWidget(m_restore);
    layout->addLayout(top);

    auto *hint = new QLabel(tr("The mentor folder of each new hire prints the guide as it stands here."), this);
    hint->setObjectName(QStringLiteral("guideHint"));
    Colors::makeHint(hint);
    layout->addWidget(hint);

    m_editor = new OutlineEditor(m_model,
                                 {QStringLiteral("guide"), tr("Topics and questions of the guide"), tr("Add topic"),
                                  QStringLiteral("addTopicButton"), tr("Add question"),
                                  QStringLiteral("addQuestionButton"), tr("Choose a topic or a question to edit it.")},
                                 {[this] { addTopic(); }, [this] { addQuestion(); }, [this] { removeSelected(); },
                                  [this](int delta) { moveSelected(delta); }},
                                 this);
    layout->addWidget(m_editor, 1);

    const QString topicLabels[3] = {tr("Topic (Bokmål):"), tr("Topic (Nynorsk):"), tr("Topic (English):")};
    const QString questionLabels[3] = {tr("Question (Bokmål):"), tr("Question (Nynorsk):"), tr("Question (English):")};
    const auto commit = [this](const QString &code) { commitText(code); };
    OutlineEditing::addTextRows(m_editor->groupForm(), m_topicTitle, topicLabels, QStringLiteral("topicTitle"), this,
                                commit);
    OutlineEditing::addTextRows(m_editor->entryForm(), m_questionText, questionLabels, QStringLiteral("questionText"),
                                this, commit);

    connect(m_restore, &QPushButton::clicked, this, &GuidePage::restoreShipped);
    connect(m_editor, &OutlineEditor::selectionChanged, this, &GuidePage::showSelection);
    connect(m_model, &GuideModel::moveRequested, this, &GuidePage::onMoveRequested);
    connect(&m_session, &PlanSession::changed, this, &GuidePage::onPlanChanged);
    reload();
}

GuidePage::~GuidePage()
{
    // Closing the page ends the editing of a focused field; the guide it would commit to is gone by then.
    for (int i = 0; i < 3; ++i) {
        disconnect(m_topicTitle[i], nullptr, this, nullptr);
        disconnect(m_questionText[i], nullptr, this, nullptr);
    }
}

void GuidePage::reload()
{
    const auto previous = selection();
    m_language = PlanSettings(m_session.plan()).value(PlanSettings::documentLanguage);
    auto topics = ConversationGuide(m_session.plan()).load();
    m_model->setGuide(topics ? topics.value() : QList<GuideTopic>{}, m_language);
    m_editor->report(topics ? Result<void>() : topics.error());
    m_editor->tree()->expandAll();
    if (previous)
        select(*previous);
    showSelection();
}

void GuidePage::onPlanChanged(const Change &change)
{
    if (change.entity == Entity::Guide || change.entity == Entity::Setting || change.entity == Entity::All)
        m_reload->request();
}

std::optional<OutlineModel::Node> GuidePage::selection() const
{
    return m_editor->selection();
}

void GuidePage::select(const OutlineModel::Node &node)
{
    m_editor->select(node);
}

std::optional<GuidePage::Chosen> GuidePage::chosen() const
{
    const auto node = selection();
    const QModelIndex index = node ? m_model->indexOf(*node) : QModelIndex();
    if (!index.isValid())
        return std::nullopt;
    if (node->kind == Kind::Group)
        return Chosen{*node, index.row(), -1};
    return Chosen{*node, index.parent().row(), index.row()};
}

void GuidePage::showSelection()
{
    const auto c = chosen();
    m_filling = true;
    m_editor->showForm(c ? std::optional(c->node.kind) : std::nullopt);
    if (c && c->question < 0)
        OutlineEditing::setTexts(m_topicTitle, contents()[c->topic].title);
    else if (c)
        OutlineEditing::setTexts(m_questionText, contents()[c->topic].questions[c->question].text);
    m_filling = false;
}

bool GuidePage::edit(const QString &text, std::function<Result<void>(ConversationGuide &)> change,
                     const QString &mergeKey)
{
    if (!m_editor->report(m_session.run(new GuideEditCommand(m_session.plan(), text, std::move(change), mergeKey))))
        return false;
    // Show the result now; the reload the change signal asked for is then not needed.
    reload();
    m_reload->cancel();
    return true;
}

void GuidePage::commitText(const QString &language)
{
    const auto c = chosen();
    if (m_filling || !c)
        return;
    const auto [node, t, q] = *c;
    const qint64 id = node.id;
    if (q < 0) {
        const LocalizedText title = OutlineEditing::textOf(m_topicTitle);
        if (contents()[t].title == title)
            return;
        edit(
            tr("Rename topic “%1”").arg(title.nb),
            [id, title](ConversationGuide &g) -> Result<void> { return withoutValue(g.renameTopic(id, title)); },
            QStringLiteral("topic/%1/%2").arg(id).arg(language));
    } else {
        GuideQuestion question = contents()[t].questions[q];
        question.text = OutlineEditing::textOf(m_questionText);
        if (question == contents()[t].questions[q])
            return;
        edit(
            tr("Edit question “%1”").arg(question.text.nb),
            [question](ConversationGuide &g) -> Result<void> { return withoutValue(g.updateQuestion(question)); },
            QStringLiteral("question/%1/%2").arg(id).arg(language));
    }
    if (m_editor->refused())
        showSelection(); // refused: show what is stored
}

void GuidePage::addTopic()
{
    GuideTopic topic;
    topic.title.nb = tr("New topic");
    topic.position = -1;
    if (const auto c = chosen())
        topic.position = c->topic + 1;
    insertAndChoose(tr("Add topic"), Kind::Group, [topic](ConversationGuide &g) { return g.insertTopic(topic); });
}

void GuidePage::addQuestion()
{
    const auto c = chosen();
    if (!c)
        return;
    const auto [node, t, q] = *c;
    GuideQuestion question;
    question.text.nb = tr("New question");
    question.topicId = contents()[t].id;
    question.position = q < 0 ? -1 : q + 1;
    insertAndChoose(tr("Add question"), Kind::Entry,
                    [question](ConversationGuide &g) { return g.insertQuestion(question); });
}

void GuidePage::insertAndChoose(const QString &text, OutlineModel::Kind kind,
                                const std::function<Result<qint64>(ConversationGuide &)> &insert)
{
    auto id = std::make_shared<qint64>(0);
    if (!edit(text, [insert, id](ConversationGuide &g) -> Result<void> { return keepValue(insert(g), *id); }))
        return;
    select({kind, *id});
    QLineEdit *first = kind == Kind::Group ? m_topicTitle[0] : m_questionText[0];
    first->setFocus();
    first->selectAll();
}

void GuidePage::removeSelected()
{
    const auto c = chosen();
    if (!c)
        return;
    const auto [node, t, q] = *c;
    const qint64 id = node.id;
    if (q < 0) {
        const QString name = contents()[t].title.in(m_language);
        const int questions = int(contents()[t].questions.size());
        if (questions > 0 &&
            !Prompts::confirm(this, tr("Remove topic"),
                              tr("Remove the topic “%1” and its %n question(s)?", nullptr, questions).arg(name)))
            return;
        edit(tr("Remove topic “%1”").arg(name),
             [id](ConversationGuide &g) -> Result<void> { return withoutValue(g.removeTopic(id)); });
    } else {
        edit(tr("Remove question “%1”").arg(contents()[t].questions[q].text.in(m_language)),
             [id](ConversationGuide &g) -> Result<void> { return withoutValue(g.removeQuestion(id)); });
    }
}

void GuidePage::moveSelected(int delta)
{
    const auto c = chosen();
    if (!c)
        return;
    const auto [node, t, q] = *c;
    if (q < 0) {
        const int to = t + delta;
        if (to >= 0 && to < contents().size())
            onMoveRequested(node.kind, node.id, 0, to);
        return;
    }
    QList<int> counts;
    for (const GuideTopic &topic : contents())
        counts << int(topic.questions.size());
    if (const auto to = OutlineEditing::movedEntry(counts, {t, q}, delta))
        onMoveRequested(node.kind, node.id, contents()[to->group].id, to->row);
}

void GuidePage::onMoveRequested(OutlineModel::Kind kind, qint64 id, qint64 topicId, int position)
{
    if (kind == Kind::Group) {
        edit(tr("Move topic"),
             [id, position](ConversationGuide &g) -> Result<void> { return withoutValue(g.moveTopic(id, position)); });
    } else {
        edit(tr("Move question"), [id, topicId, position](ConversationGuide &g) -> Result<void> {
            return withoutValue(g.moveQuestion(id, topicId, position));
        });
    }
    select({kind, id});
}

void GuidePage::restoreShipped()
{
    if (!Prompts::confirm(this, tr("Restore the shipped guide"),
                          tr("Replace the conversation guide by the one Praksisplan comes with? You can undo this.")))
        return;
    edit(tr("Restore the shipped conversation guide"),
         [](ConversationGuide &g) -> Result<void> { return withoutValue(g.restoreDefault()); });
}

} // namespace praksis
