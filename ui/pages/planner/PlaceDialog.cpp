#include "pages/planner/PlaceDialog.h"

#include "Colors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace praksis {

PlaceDialog::PlaceDialog(PlanFile &plan, const PlannerBoard &board, const QString &studentName,
                         const QList<qint64> &choices, const QList<qint64> &excluded, qint64 siteId,
                         qint64 supervisorId, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_periodId(board.periodId)
    , m_excluded(excluded)
{
    setObjectName(QStringLiteral("placeDialog"));
    setWindowTitle(tr("Place %1").arg(studentName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("placeSite"));
    m_site->setAccessibleName(tr("Site"));
    m_supervisor = new QComboBox(this);
    m_supervisor->setObjectName(QStringLiteral("placeSupervisor"));
    m_supervisor->setAccessibleName(tr("Supervisor"));
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("Su&pervisor:"), m_supervisor);
    layout->addLayout(form);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("placeNote"));
    m_note->setWordWrap(true);
    QPalette pal = m_note->palette();
    pal.setColor(QPalette::WindowText, Colors::errorText(pal));
    m_note->setPalette(pal);
    layout->addWidget(m_note);

    // her choices first, then every site of the board by kind and name
    const auto add = [&](const PlannerBoard::Site &s, const QString &suffix) {
        QString text = tr("%1 (%2)", "site name (capacity)").arg(s.name).arg(s.capacity);
        if (!suffix.isEmpty())
            text += QStringLiteral(" — ") + suffix;
        m_site->addItem(text, s.id);
    };
    for (int i = 0; i < choices.size(); ++i)
        for (const PlannerBoard::Site &s : board.sites)
            if (s.id == choices[i])
                add(s, tr("choice %1").arg(i + 1));
    if (!choices.isEmpty())
        m_site->insertSeparator(m_site->count());
    for (const PlannerBoard::Site &s : board.sites) {
        if (choices.contains(s.id))
            continue;
        QString suffix = label(s.kind);
        if (excluded.contains(s.id))
            suffix = tr("excluded (conflict of interest)");
        else if (!s.eligible)
            suffix = tr("not eligible in this period");
        add(s, suffix);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("placeOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_site, &QComboBox::currentIndexChanged, this, &PlaceDialog::refillSupervisors);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_site->count() > 0);

    if (siteId)
        setSite(siteId);
    refillSupervisors();
    if (supervisorId)
        setSupervisor(supervisorId);
}

qint64 PlaceDialog::siteId() const
{
    return m_site->currentData().toLongLong();
}

qint64 PlaceDialog::supervisorId() const
{
    return m_supervisor->currentData().toLongLong();
}

void PlaceDialog::setSite(qint64 siteId)
{
    const int i = m_site->findData(siteId);
    if (i >= 0)
        m_site->setCurrentIndex(i);
}

void PlaceDialog::setSupervisor(qint64 supervisorId)
{
    const int i = m_supervisor->findData(supervisorId);
    if (i >= 0)
        m_supervisor->setCurrentIndex(i);
}

void PlaceDialog::refillSupervisors()
{
    m_supervisor->clear();
    m_supervisor->addItem(tr("None yet"), qint64(0));
    const qint64 site = siteId();
    m_note->setText(m_excluded.contains(site)
                        ? tr("She must not be placed at this site (conflict of interest); it will show as a conflict.")
                        : QString());
    m_note->setVisible(!m_note->text().isEmpty());
    if (!site)
        return;
    auto list = PlannerBoard::supervisors(m_plan, site, m_periodId);
    if (!list)
        return;
    int best = -1;
    for (const PlannerBoard::SupervisorChoice &c : std::as_const(list.value())) {
        QString text = tr("%1 (%2 of %3 students)").arg(c.name).arg(c.assigned).arg(c.maxStudents);
        if (c.absent)
            text += QStringLiteral(" — ") + tr("away during the period");
        m_supervisor->addItem(text, c.id);
        if (best < 0 && !c.absent && c.assigned < c.maxStudents)
            best = m_supervisor->count() - 1;
    }
    // offer the first supervisor with room
    if (best >= 0)
        m_supervisor->setCurrentIndex(best);
}

bool PlaceDialog::ask()
{
    if (testHook)
        return testHook(*this);
    return exec() == QDialog::Accepted;
}

} // namespace praksis
