#include "PlanSession.h"

#include "commands/PlanCommand.h"
#include "storage/BackupRotation.h"
#include "storage/PlanSettings.h"
#include "storage/PlanWatcher.h"
#include "storage/Registers.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFileInfo>
#include <QSettings>

namespace praksis {

PlanSession::PlanSession(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    PlanCommand::failed = [this](const Error &e) { emit commandFailed(e); };
}

PlanSession::~PlanSession()
{
    PlanCommand::failed = nullptr;
    delete m_watcher;
    m_watcher = nullptr;
    m_undo->clear();
    if (m_plan)
        (void)BackupRotation::takeIfDue(*m_plan); // no one is left to tell when it fails
}

Result<void> PlanSession::open(const QString &path, PlanFile::OpenMode mode)
{
    auto opened = PlanFile::open(path, mode);
    if (!opened)
        return opened.error();
    setPlan(std::move(opened.value()));
    return {};
}

void PlanSession::setPlan(std::unique_ptr<PlanFile> plan)
{
    close();
    m_plan = std::move(plan);
    if (!m_plan)
        return;
    connect(m_plan.get(), &PlanFile::changed, this, [this](const Change &c) {
        if (c.entity == Entity::Period || c.entity == Entity::All)
            choosePeriodAfterChange();
        emit changed(c);
    });
    m_periodId = 0;
    QString uid = PlanSettings(*m_plan).value(PlanSettings::planUid);
    if (uid.isEmpty()) // a plan of an older Praksisplan opened read-only: by its path
        uid = QString::fromLatin1(
            QCryptographicHash::hash(QFileInfo(m_plan->path()).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
                .toHex());
    m_viewKey = QStringLiteral("plans/%1/").arg(uid);
    // the period chosen when the plan was open last, while it exists; else the one choosePeriodAfterChange finds
    m_periodId = viewState(QStringLiteral("period")).toLongLong();
    choosePeriodAfterChange();
    m_watcher = new PlanWatcher(*m_plan, this);
    connect(m_watcher, &PlanWatcher::externallyChanged, this, [this] {
        emit externallyChanged();
        emit notice(tr("Another program changed the plan. The pages show the plan as it is now."));
    });
    m_watcher->start();
    emit planOpened();
    takeBackup();
}

void PlanSession::takeBackup()
{
    if (!m_plan)
        return;
    if (auto r = BackupRotation::takeIfDue(*m_plan); !r)
        emit notice(tr("Today's backup of the plan could not be taken: %1").arg(r.error().toString()));
}

void PlanSession::close()
{
    if (!m_plan)
        return;
    emit planAboutToClose();
    takeBackup();
    delete m_watcher;
    m_watcher = nullptr;
    m_undo->clear();
    m_plan.reset();
    m_viewKey.clear();
    m_periodId = 0;
    m_pageStatus.clear();
    emit planClosed();
}

QString PlanSession::path() const
{
    return m_plan ? m_plan->path() : QString();
}

QString PlanSession::displayName() const
{
    return m_plan ? QFileInfo(m_plan->path()).fileName() : QString();
}

void PlanSession::setCurrentPeriodId(qint64 id)
{
    if (id == m_periodId)
        return;
    m_periodId = id;
    if (m_plan)
        setViewState(QStringLiteral("period"), id);
    emit currentPeriodChanged(id);
}

QVariant PlanSession::viewState(const QString &name) const
{
    return m_viewKey.isEmpty() ? QVariant() : QSettings().value(m_viewKey + name);
}

void PlanSession::setViewState(const QString &name, const QVariant &value) const
{
    if (!m_viewKey.isEmpty())
        QSettings().setValue(m_viewKey + name, value);
}

QList<QPair<qint64, QString>> PlanSession::periods() const
{
    QList<QPair<qint64, QString>> list;
    if (!m_plan)
        return list;
    for (const auto &[id, name] : Registers::periods(*m_plan))
        list.append({id, name});
    return list;
}

void PlanSession::choosePeriodAfterChange()
{
    // Keep the chosen period while it exists; otherwise the one running today, else the next, else the last.
    if (!m_plan)
        return;
    if (m_periodId != 0 && Registers::periodExists(*m_plan, m_periodId))
        return;
    setCurrentPeriodId(Registers::periodForDay(*m_plan, QDate::currentDate()));
}

Result<void> PlanSession::run(PlanCommand *command)
{
    std::unique_ptr<PlanCommand> owned(command);
    if (!m_plan)
        return Error::make(Error::Kind::Invalid, tr("No plan is open."));
    if (auto r = owned->perform(); !r)
        return r;
    m_undo->push(owned.release());
    return {};
}

qint64 PlanSession::count(const QString &table) const
{
    if (!m_plan)
        return -1;
    return Registers::rowCount(*m_plan, table);
}

void PlanSession::setPageStatus(const QString &text)
{
    if (text == m_pageStatus)
        return;
    m_pageStatus = text;
    emit pageStatusChanged(text);
}

} // namespace praksis
