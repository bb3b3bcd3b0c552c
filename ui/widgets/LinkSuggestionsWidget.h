#pragma once

#include "io/Importer.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace praksis {

class PlanSession;

// After a hires import (the import wizard's last page): the student records the new hires may have been, as the
// core suggests them (Importer::linkSuggestions: same name, same e-mail), one row per hire and student with what
// she did here ("was a student at Solbakken sykehjem, spring 2024"). Each row has a check box, off until a person
// checks it; "Link the checked" links the checked rows in one undoable step (SetStudentLinkCommand, the command of
// the hire's window). What is left unchecked is suggested again in each hire's window.
class LinkSuggestionsWidget : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        HireColumn,
        StudentColumn,
        ReasonColumn,
        HistoryColumn,
    };
    // on the items of HireColumn
    static constexpr int HireIdRole = Qt::UserRole;
    static constexpr int StudentIdRole = Qt::UserRole + 1;

    explicit LinkSuggestionsWidget(PlanSession &session, QWidget *parent = nullptr);

    // The import whose hires to suggest links for (the rows of the preview it wrote); shows its suggestions.
    void setPreview(const ImportPreview &preview);
    // The suggestions again from the plan (after a link, an undo or a redo): a hire linked meanwhile drops out.
    void refresh();
    // The rows shown (one per hire and student).
    int rowCount() const;
    QTreeWidget *list() const { return m_list; }

private:
    void itemChanged(QTreeWidgetItem *item, int column);
    void linkChecked();
    void updateButton();

    PlanSession &m_session;
    std::optional<ImportPreview> m_preview;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_link = nullptr;
    QLabel *m_status = nullptr;
    bool m_filling = false;
};

} // namespace praksis
