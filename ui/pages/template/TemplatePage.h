#pragma once

#include "pages/template/OutlineEditing.h"
#include "pages/template/TemplateModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace praksis {

class CoalescedCall;
class PlanSession;
struct Change;

// The welcome template (velkomstmal) editor: the default template and each site's own variant; sections and
// items added, edited, removed and reordered (buttons, Alt+Up/Down, drag and drop); each item's text in Bokmål,
// Nynorsk and English, responsible role and due day; "Restore the default". Every change is one undoable command
// on the session's undo stack; consecutive edits of one field merge into one step.
class TemplatePage : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePage(PlanSession &session, QWidget *parent = nullptr);

    // The template being edited.
    qint64 templateId() const { return m_templateId; }
    void showTemplate(qint64 templateId);
    TemplateModel *model() const { return m_model; }

public slots:
    void addSection();
    void addItem();
    void removeSelected();
    void moveSelected(int delta);
    // Makes a site's own variant (a copy of the default) and shows it. The "New site variant…" button asks for
    // the site and calls this.
    void createVariant(qint64 siteId);
    void removeVariant();
    void restoreDefault();

private:
    void reload();
    void scheduleReload();
    void fillChooser();
    void showSelection();
    void onPlanChanged(const praksis::Change &change);
    void chooseSiteForVariant();
    void onMoveRequested(OutlineModel::Kind kind, qint64 id, qint64 sectionId, int position);

    // Runs an edit of the current template as one undoable step (mergeKey: see TemplateEditCommand); selects
    // `select` (section or item id, by kind) afterwards.
    bool edit(const QString &text, std::function<Result<void>(WelcomeTemplates &)> change,
              const QString &mergeKey = {});

    void commitSectionTitle();
    void commitItem(const QString &field);

    PlanSession &m_session;
    TemplateModel *m_model = nullptr;
    qint64 m_templateId = 0;
    bool m_filling = false;
    CoalescedCall *m_reload = nullptr;

    QComboBox *m_chooser = nullptr;
    QPushButton *m_newVariant = nullptr;
    QPushButton *m_removeVariant = nullptr;
    QPushButton *m_restoreDefault = nullptr;
    QTreeView *m_tree = nullptr;
    OutlineEditor *m_editor = nullptr;

    QLineEdit *m_sectionTitle[3] = {};
    QLineEdit *m_itemText[3] = {};
    QComboBox *m_role = nullptr;
    QSpinBox *m_dueDay = nullptr;
    QComboBox *m_dueFrom = nullptr;
    QLabel *m_dueText = nullptr;
};

} // namespace praksis
