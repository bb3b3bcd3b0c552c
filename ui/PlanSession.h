#pragma once

#include "Error.h"
#include "storage/Change.h"
#include "storage/PlanFile.h"

#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <memory>

namespace praksis {

class PlanCommand;
class PlanWatcher;

// What the pages of the main window share: the open plan, its undo stack, the period chosen in the toolbar, and
// a few helpers. MainWindow creates the pages after a plan is open and destroys them before the plan closes,
// so plan() is valid for a page's whole life.
class PlanSession : public QObject
{
    Q_OBJECT

public:
    explicit PlanSession(QObject *parent = nullptr);
    ~PlanSession() override;

    // Opens (or creates) a plan and makes it the session's plan; on error the previous plan stays open.
    Result<void> open(const QString &path, PlanFile::OpenMode mode = PlanFile::OpenMode::OpenExisting);
    // Makes an already open plan the session's plan (e.g. one opened off the UI thread, or a test's).
    void setPlan(std::unique_ptr<PlanFile> plan);
    void close();

    bool hasPlan() const { return m_plan != nullptr; }
    PlanFile &plan() const { return *m_plan; }
    QString path() const;
    // The file name shown in the title and status bar: "plan.praksisplan".
    QString displayName() const;

    QUndoStack *undoStack() const { return m_undo; }

    // The period chosen in the toolbar; 0 when the plan has none.
    qint64 currentPeriodId() const { return m_periodId; }
    void setCurrentPeriodId(qint64 id);
    // (id, name) of every period, earliest first.
    QList<QPair<qint64, QString>> periods() const;

    // What the window last showed for this plan (the person's own, in the program's settings, not in the plan),
    // kept per plan by its own id (PlanSettings::planUid; its path when it has none): "period", "search".
    // A plan opened again comes back with its period; another plan never gets this one's search.
    QVariant viewState(const QString &name) const;
    void setViewState(const QString &name, const QVariant &value) const;

    // Runs a command: performs it in its own transaction, and pushes it on the undo stack if that worked.
    // Takes ownership. On error nothing changed, the command is deleted and the error returned.
    Result<void> run(PlanCommand *command);

    // Count of rows in a table (for the status bar), -1 on error.
    qint64 count(const QString &table) const;

    // A page may put a short text ("120 of 5 000 shown") in the status bar while it is the current page.
    void setPageStatus(const QString &text);
    QString pageStatus() const { return m_pageStatus; }

signals:
    void planOpened();
    void planAboutToClose();
    void planClosed();
    void currentPeriodChanged(qint64 periodId);
    // PlanFile::changed, forwarded, so a page can connect once to the session.
    void changed(const praksis::Change &change);
    void pageStatusChanged(const QString &text);
    void commandFailed(const praksis::Error &error);
    // Something the person should know without being interrupted (shown in the status bar): another program changed
    // the plan, a daily backup could not be taken.
    void notice(const QString &text);
    // Another program (another window, praksisplan-cli) committed a change; every model has been told to reload.
    void externallyChanged();

private:
    void choosePeriodAfterChange();
    // The daily backup beside the plan (core BackupRotation), after opening and before closing.
    void takeBackup();

    std::unique_ptr<PlanFile> m_plan;
    PlanWatcher *m_watcher = nullptr;
    QUndoStack *m_undo = nullptr;
    qint64 m_periodId = 0;
    QString m_pageStatus;
    QString m_viewKey; // "plans/<uid>/" while a plan is open
};

} // namespace praksis
