#pragma once

#include "pages/guide/GuideModel.h"
#include "recruitment/ConversationGuide.h"

#include <QWidget>

#include <functional>

class QLineEdit;
class QPushButton;
class QTreeView;

namespace praksis {

class CoalescedCall;
class OutlineEditor;
class PlanSession;
struct Change;

// The mentor conversation guide (samtaleguide) editor, made like the welcome template editor and sharing its pieces
// (OutlineEditor, OutlineModel): topics and their questions added, edited, removed and reordered (buttons,
// Alt+Up/Down, drag and drop); each text in Bokmål, Nynorsk and English; "Restore the shipped guide". Every change
// is one undoable command on the session's undo stack; consecutive edits of one field merge into one step. The
// mentor folder prints the guide as it stands.
class GuidePage : public QWidget
{
    Q_OBJECT

public:
    explicit GuidePage(PlanSession &session, QWidget *parent = nullptr);
    ~GuidePage() override;

    std::optional<OutlineModel::Node> selection() const;
    void select(const OutlineModel::Node &node);
    const QList<GuideTopic> &contents() const { return m_model->topics(); }
    GuideModel *model() const { return m_model; }

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
    void onMoveRequested(OutlineModel::Kind kind, qint64 id, qint64 topicId, int position);
    void commitText(const QString &language);
    bool edit(const QString &text, std::function<Result<void>(ConversationGuide &)> change,
              const QString &mergeKey = {});
    // Inserts a topic or a question (insert returns its id) as one step, chooses it and puts the keyboard in its text.
    void insertAndChoose(const QString &text, OutlineModel::Kind kind,
                         const std::function<Result<qint64>(ConversationGuide &)> &insert);
    // The chosen topic or question with the row of its topic and (for a question) its own row, else -1.
    struct Chosen
    {
        OutlineModel::Node node;
        int topic = -1;
        int question = -1;
    };
    std::optional<Chosen> chosen() const;

    PlanSession &m_session;
    GuideModel *m_model = nullptr;
    QString m_language = QStringLiteral("nb");
    bool m_filling = false;
    CoalescedCall *m_reload = nullptr;

    OutlineEditor *m_editor = nullptr;
    QPushButton *m_restore = nullptr;
    QLineEdit *m_topicTitle[3] = {};
    QLineEdit *m_questionText[3] = {};
};

} // namespace praksis
