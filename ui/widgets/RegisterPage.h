#pragma once

#include "Error.h"
#include "storage/Dependents.h"
#include "widgets/PlanPage.h"

#include <QHash>
#include <QVariant>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QPushButton;
class QTableView;
class QTimer;

namespace praksis {

class FlowLayout;
class PlanCommand;
class PlanSession;
class RecordForm;
class SqlTableModel;

// The common frame of a register page: a filter bar, a sortable table with alternating rows,
// New / Edit / Delete, the count "shown of all" in the status bar, Enter or double-click to open (edit), Delete to
// delete.
// A register subclasses it, gives it a model and the three actions.
class RegisterPage : public QWidget, public PlanPage
{
    Q_OBJECT

public:
    explicit RegisterPage(PlanSession &session, QWidget *parent = nullptr);

    // Called by the main window's search field, the one search field of every page ("Search this page").
    void setSearchText(const QString &text) override;
    QString searchText() const { return m_searchText; }
    // Called when the page comes into view: a change that came while it was out of view is read now, once.
    void pageShown() override;
    // Out of view, the table's changes wait (SqlTableModel::setHeld).
    void pageHidden() override;

    SqlTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    qint64 currentId() const;
    // Selects the row of a record (after New, or from elsewhere).
    void selectId(qint64 id);

    // The sites as ("name" or "name / unit", id) for choices(), by name and unit.
    static QString siteChoicesSql();
    // The check of an optional date field: empty, or a date (dd.mm.yyyy or yyyy-mm-dd).
    static std::optional<Error> optionalDate(const QString &text, const QString &field);

    void newRecord() { createRecord(); }
    // Opens the form of a record, whether or not the filters show it (from elsewhere: the Conflicts page).
    void editRecordWithId(qint64 id) { editRecord(id); }
    void editCurrent();
    void deleteCurrent();

protected:
    void showEvent(QShowEvent *event) override;
    void setModel(SqlTableModel *model, int sortColumn = 0);
    // A labelled filter in the filter bar, which wraps to a second row rather than make the window wider than the
    // screen; each filter is wide enough for its "All …" choice.
    QComboBox *addFilter(const QString &name, const QString &label);
    // Adds a button after New / Edit / Delete.
    // A button of the page's own beside New/Edit/Delete; one that acts on the chosen record is enabled only while
    // there is one (like Edit).
    enum class Needs
    {
        Nothing,
        ChosenRecord
    };
    // whyDisabled: the tooltip (and accessible description) of a ChosenRecord button while nothing is chosen
    void addButton(QWidget *button, Needs needs = Needs::Nothing, const QString &whyDisabled = {});
    // "%1 of %2 students shown"
    virtual QString countText(int shown, qint64 total) const = 0;
    virtual void applyFilters() {}
    virtual void createRecord() = 0;
    virtual void editRecord(qint64 id) = 0;
    virtual void deleteRecord(qint64 id) = 0;
    // Enter or double-click on a row; by default the form (editRecord).
    virtual void openRecord(qint64 id) { editRecord(id); }

    // Shows a form without blocking; onAccepted runs when OK is pressed (the form stays open if it returns false).
    void showForm(RecordForm *form, std::function<bool()> onAccepted);
    // Runs the command; shows core's message if it refused. True when done.
    bool run(PlanCommand *command);
    // Asks before a removal, naming what depends on the record; refuses (with a message) while records of their
    // own depend on it. True to go ahead (with cascade for the details that go with it).
    bool confirmRemoval(const QString &what, const Result<Dependents> &dependents);
    // (text, id) pairs from a query of two columns, for combo boxes; "all" first when given.
    QList<QPair<QString, QVariant>> choices(const QString &sql, const QVariantList &bindings = {},
                                            const QString &all = {}) const;
    // Refills a filter combo, keeping its choice when still there.
    static void refill(QComboBox *box, const QList<QPair<QString, QVariant>> &items);

    PlanSession &m_session;

private:
    void updateCount();
    void updateButtons();
    QList<QWidget *> m_recordButtons;
    QHash<QWidget *, QString> m_whyDisabled;

    SqlTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QString m_searchText;
    QWidget *m_filterWidget = nullptr;
    FlowLayout *m_filterBar = nullptr;
    QHBoxLayout *m_buttonBar = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace praksis
