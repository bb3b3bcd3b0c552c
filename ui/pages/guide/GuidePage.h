#pragma once

#include "pages/template/OutlineEditing.h"
#include "recruitment/ConversationGuide.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace praksis {

class CoalescedCall;
class PlanSession;
struct Change;

// The mentor conversation guide (samtaleguide) editor, made like the welcome template editor: topics and their
// questions added, edited, removed and reordered (buttons, Alt+Up/Down); each text in Bokmål, Nynorsk and English;
// "Restore the shipped guide". Every change is one undoable command on the session's undo stack; consecutive edits
// of one field merge into one step. The mentor folder prints the guide as it stands.
class GuidePage : public QWidget
{
    Q_OBJECT

public:
    explicit GuidePage(PlanSession &session, QWidget *parent = nullptr);
    ~GuidePage() override;

    enum class Kind
    {
        Topic,
        Question
    };
    struct Selection
    {
        Kind kind = Kind::Topic;
        qint64 id = 0;
    };
    std::optional<Selection> selection() const;
    void select(const Selection &selection);
    const QList<GuideTopic> &contents() const { return m_topics; }

public slots:
    void addTopic();
    void addQuestion();
    void removeSelected();
    void moveSelected(int delta);
    void restoreShipped();

private:
    void reload();
    void showSelection();
    void onPlanChanged(const praksis::Change &change);
    void commitText(const QString &language);
    bool edit(const QString &text, std::function<Result<void>(ConversationGuide &)> change,
              const QString &mergeKey = {});
    // Row of the topic and (for a question) of the question, or -1.
    std::pair<int, int> rowsOf(const Selection &s) const;

    PlanSession &m_session;
    QList<GuideTopic> m_topics;
    QString m_language = QStringLiteral("nb");
    bool m_filling = false;
    CoalescedCall *m_reload = nullptr;

    QTreeWidget *m_tree = nullptr;
    OutlineEditing::Buttons m_buttons;
    QPushButton *m_restore = nullptr;
    QStackedWidget *m_forms = nullptr;
    QLineEdit *m_topicTitle[3] = {};
    QLineEdit *m_questionText[3] = {};
    QLabel *m_message = nullptr;
};

} // namespace praksis
