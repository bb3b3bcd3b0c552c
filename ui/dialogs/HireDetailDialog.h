#pragma once

#include "recruitment/HireLink.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace praksis {

class PlanCommand;
class PlanSession;
struct Change;

// Everything about one new hire in a window of its own (not modal, like the placement window): her details (Edit…
// opens the form); the link to her student record — when linked, who she was ("was a student at Solbakken
// sykehjem, spring 2024"), else the student records suggested by name and e-mail, one of which a person confirms;
// her mentor (assign, change, remove) and the conversations of the Trondheim schedule, planned or held, overdue
// ones marked, each marked held or moved; the printable mentor folder. Every change is an undoable command on the
// session's stack.
class HireDetailDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens the window of a hire, or raises it when it is open already.
    static HireDetailDialog *showFor(PlanSession &session, qint64 hireId, QWidget *parent = nullptr);
    static HireDetailDialog *openFor(qint64 hireId);

    HireDetailDialog(PlanSession &session, qint64 hireId, QWidget *parent = nullptr);
    ~HireDetailDialog() override;

    qint64 hireId() const { return m_hireId; }
    qint64 mentorshipId() const { return m_mentorshipId; }
    // The date that decides what is overdue (tests set it; default: the current date).
    void setToday(QDate today);
    void refresh();

    QTableWidget *conversationTable() const { return m_conversations; }
    QListWidget *suggestionList() const { return m_suggestions; }

    // Actions of the buttons, for keyboard users and tests.
    void editHire();
    void confirmLink();
    void removeLink();
    void assignMentor();
    void changeMentor();
    void removeMentor();
    void holdConversation();
    void moveConversation();
    // Test hook: answers the save dialog instead of showing it (an empty string cancels).
    void setFileChooser(std::function<QString(const QString &suggested)> chooser) { m_fileChooser = std::move(chooser); }
    void printFolder();

private:
    QWidget *buildDetails();
    QWidget *buildLink();
    QWidget *buildMentor();
    void planChanged(const Change &change);
    void updateButtons();
    bool run(PlanCommand *command);
    qint64 currentConversation() const;
    void openMentorForm(bool isNew);

    PlanSession &m_session;
    qint64 m_hireId;
    qint64 m_mentorshipId = 0;
    qint64 m_studentId = 0;
    QDate m_today;
    QString m_name;
    QList<StudentCandidate> m_candidates;
    std::function<QString(const QString &)> m_fileChooser;

    QLabel *m_title = nullptr;
    QLabel *m_site = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_dates = nullptr;
    QLabel *m_probation = nullptr;
    QLabel *m_end = nullptr;
    QLabel *m_contact = nullptr;
    QPushButton *m_edit = nullptr;

    QLabel *m_link = nullptr;
    QListWidget *m_suggestions = nullptr;
    QPushButton *m_confirmLink = nullptr;
    QPushButton *m_removeLink = nullptr;

    QLabel *m_mentor = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_removeMentor = nullptr;
    QTableWidget *m_conversations = nullptr;
    QLabel *m_conversationSummary = nullptr;
    QPushButton *m_hold = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_print = nullptr;

    QTimer *m_refreshTimer = nullptr;
};

} // namespace praksis
