#include "pages/guide/GuidePage.h"

#include "pages/template/OutlineEditing.h"
#include "widgets/Accessibility.h"

#include "Colors.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "commands/GuideCommands.h"
#include "storage/PlanSettings.h"
#include "widgets/CoalescedCall.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace praksis {

namespace {

enum FormPage
{
    NoForm,
    TopicForm,
    QuestionForm
};

constexpr int IdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;

} // namespace

GuidePage::GuidePage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
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

    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(left);
    m_tree->setObjectName(QStringLiteral("guideTree"));
    m_tree->setAccessibleName(tr("Topics and questions of the guide"));
    m_tree->setHeaderLabels({tr("Topic or question")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    Accessibility::enterWithCurrentRow(m_tree);
    leftLayout->addWidget(m_tree, 1);
    m_buttons = OutlineEditing::addButtons(leftLayout, m_tree, tr("Add topic"), QStringLiteral("addTopicButton"),
                                           tr("Add question"), QStringLiteral("addQuestionButton"), this,
                                           {[this] { addTopic(); }, [this] { addQuestion(); },
                                            [this] { removeSelected(); }, [this](int delta) { moveSelected(delta); }});

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_forms = new QStackedWidget(right);
    m_forms->setObjectName(QStringLiteral("guideForms"));
    auto *none = new QLabel(tr("Choose a topic or a question to edit it."), m_forms);
    none->setAlignment(Qt::AlignCenter);
    none->setWordWrap(true);
    none->setEnabled(false);
    m_forms->addWidget(none);
    const QString topicLabels[3] = {tr("Topic (Bokmål):"), tr("Topic (Nynorsk):"), tr("Topic (English):")};
    const QString questionLabels[3] = {tr("Question (Bokmål):"), tr("Question (Nynorsk):"), tr("Question (English):")};
    auto *topicPage = new QWidget(m_forms);
    auto *topicForm = new QFormLayout(topicPage);
    auto *questionPage = new QWidget(m_forms);
    auto *questionForm = new QFormLayout(questionPage);
    const auto commit = [this](const QString &code) { commitText(code); };
    OutlineEditing::addTextRows(topicForm, m_topicTitle, topicLabels, QStringLiteral("topicTitle"), this, commit);
    OutlineEditing::addTextRows(questionForm, m_questionText, questionLabels, QStringLiteral("questionText"), this,
                                commit);
    m_forms->addWidget(topicPage);
    m_forms->addWidget(questionPage);
    m_message = OutlineEditing::messageLabel(QStringLiteral("guideMessage"), right);
    rightLayout->addWidget(m_forms);
    rightLayout->addWidget(m_message);
    rightLayout->addStretch();
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_restore, &QPushButton::clicked, this, &GuidePage::restoreShipped);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &GuidePage::showSelection);
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
    m_topics = topics ? topics.value() : QList<GuideTopic>{};
    if (!topics)
        m_message->setText(topics.error().message);
    m_message->setVisible(!topics);
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (const GuideTopic &topic : std::as_const(m_topics)) {
        auto *item = new QTreeWidgetItem(m_tree, {topic.title.in(m_language)});
        item->setData(0, IdRole, topic.id);
        item->setData(0, KindRole, int(Kind::Topic));
        for (const GuideQuestion &question : topic.questions) {
            auto *child = new QTreeWidgetItem(item, {question.text.in(m_language)});
            child->setData(0, IdRole, question.id);
            child->setData(0, KindRole, int(Kind::Question));
        }
    }
    m_tree->expandAll();
    if (previous)
        select(*previous);
    showSelection();
}

void GuidePage::onPlanChanged(const Change &change)
{
    if (change.entity == Entity::Guide || change.entity == Entity::Setting || change.entity == Entity::All)
        m_reload->request();
}

std::optional<GuidePage::Selection> GuidePage::selection() const
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return std::nullopt;
    return Selection{Kind(current->data(0, KindRole).toInt()), current->data(0, IdRole).toLongLong()};
}

std::pair<int, int> GuidePage::rowsOf(const Selection &s) const
{
    for (int t = 0; t < m_topics.size(); ++t) {
        if (s.kind == Kind::Topic && m_topics[t].id == s.id)
            return {t, -1};
        for (int q = 0; q < m_topics[t].questions.size(); ++q) {
            if (s.kind == Kind::Question && m_topics[t].questions[q].id == s.id)
                return {t, q};
        }
    }
    return {-1, -1};
}

void GuidePage::select(const Selection &s)
{
    const auto [t, q] = rowsOf(s);
    if (t < 0)
        return;
    QTreeWidgetItem *item = m_tree->topLevelItem(t);
    if (q >= 0)
        item = item->child(q);
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
}

void GuidePage::showSelection()
{
    const auto s = selection();
    m_filling = true;
    m_buttons.addEntry->setEnabled(s.has_value());
    m_buttons.remove->setEnabled(s.has_value());
    m_buttons.up->setEnabled(s.has_value());
    m_buttons.down->setEnabled(s.has_value());
    const auto [t, q] = s ? rowsOf(*s) : std::pair{-1, -1};
    if (t < 0) {
        m_forms->setCurrentIndex(NoForm);
    } else if (q < 0) {
        OutlineEditing::setTexts(m_topicTitle, m_topics[t].title);
        m_forms->setCurrentIndex(TopicForm);
    } else {
        OutlineEditing::setTexts(m_questionText, m_topics[t].questions[q].text);
        m_forms->setCurrentIndex(QuestionForm);
    }
    m_filling = false;
}

bool GuidePage::edit(const QString &text, std::function<Result<void>(ConversationGuide &)> change,
                     const QString &mergeKey)
{
    auto r = m_session.run(new GuideEditCommand(m_session.plan(), text, std::move(change), mergeKey));
    m_message->setVisible(!r);
    if (!r) {
        m_message->setText(r.error().message);
        return false;
    }
    reload();
    m_reload->cancel();
    return true;
}

void GuidePage::commitText(const QString &language)
{
    const auto s = selection();
    if (m_filling || !s)
        return;
    const auto [t, q] = rowsOf(*s);
    if (t < 0)
        return;
    const qint64 id = s->id;
    if (q < 0) {
        const LocalizedText title = OutlineEditing::textOf(m_topicTitle);
        if (m_topics[t].title == title)
            return;
        edit(
            tr("Rename topic “%1”").arg(title.nb),
            [id, title](ConversationGuide &g) -> Result<void> { return withoutValue(g.renameTopic(id, title)); },
            QStringLiteral("topic/%1/%2").arg(id).arg(language));
    } else {
        GuideQuestion question = m_topics[t].questions[q];
        question.text = OutlineEditing::textOf(m_questionText);
        if (question == m_topics[t].questions[q])
            return;
        edit(
            tr("Edit question “%1”").arg(question.text.nb),
            [question](ConversationGuide &g) -> Result<void> { return withoutValue(g.updateQuestion(question)); },
            QStringLiteral("question/%1/%2").arg(id).arg(language));
    }
    if (m_message->isVisible())
        showSelection(); // refused: show what is stored
}

void GuidePage::addTopic()
{
    GuideTopic topic;
    topic.title.nb = tr("New topic");
    topic.position = -1;
    if (const auto s = selection())
        topic.position = rowsOf(*s).first + 1;
    auto id = std::make_shared<qint64>(0);
    if (edit(tr("Add topic"),
             [topic, id](ConversationGuide &g) -> Result<void> { return keepValue(g.insertTopic(topic), *id); })) {
        select({Kind::Topic, *id});
        m_topicTitle[0]->setFocus();
        m_topicTitle[0]->selectAll();
    }
}

void GuidePage::addQuestion()
{
    const auto s = selection();
    if (!s)
        return;
    const auto [t, q] = rowsOf(*s);
    if (t < 0)
        return;
    GuideQuestion question;
    question.text.nb = tr("New question");
    question.topicId = m_topics[t].id;
    question.position = q < 0 ? -1 : q + 1;
    auto id = std::make_shared<qint64>(0);
    if (edit(tr("Add question"), [question, id](ConversationGuide &g) -> Result<void> {
            return keepValue(g.insertQuestion(question), *id);
        })) {
        select({Kind::Question, *id});
        m_questionText[0]->setFocus();
        m_questionText[0]->selectAll();
    }
}

void GuidePage::removeSelected()
{
    const auto s = selection();
    if (!s)
        return;
    const auto [t, q] = rowsOf(*s);
    if (t < 0)
        return;
    const qint64 id = s->id;
    if (q < 0) {
        const QString name = m_topics[t].title.in(m_language);
        const int questions = int(m_topics[t].questions.size());
        if (questions > 0 &&
            !Prompts::confirm(this, tr("Remove topic"),
                              tr("Remove the topic “%1” and its %n question(s)?", nullptr, questions).arg(name)))
            return;
        edit(tr("Remove topic “%1”").arg(name),
             [id](ConversationGuide &g) -> Result<void> { return withoutValue(g.removeTopic(id)); });
    } else {
        edit(tr("Remove question “%1”").arg(m_topics[t].questions[q].text.in(m_language)),
             [id](ConversationGuide &g) -> Result<void> { return withoutValue(g.removeQuestion(id)); });
    }
}

void GuidePage::moveSelected(int delta)
{
    const auto s = selection();
    if (!s)
        return;
    const auto [t, q] = rowsOf(*s);
    if (t < 0)
        return;
    const qint64 id = s->id;
    if (q < 0) {
        const int to = t + delta;
        if (to < 0 || to >= m_topics.size())
            return;
        edit(tr("Move topic"),
             [id, to](ConversationGuide &g) -> Result<void> { return withoutValue(g.moveTopic(id, to)); });
    } else {
        QList<int> counts;
        for (const GuideTopic &topic : std::as_const(m_topics))
            counts << int(topic.questions.size());
        const auto to = OutlineEditing::movedEntry(counts, {t, q}, delta);
        if (!to)
            return;
        const qint64 topicId = m_topics[to->group].id;
        edit(tr("Move question"), [id, topicId, row = to->row](ConversationGuide &g) -> Result<void> {
            return withoutValue(g.moveQuestion(id, topicId, row));
        });
    }
    select(*s);
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
