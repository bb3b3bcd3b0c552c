#include "pages/overview/RecruitmentPanel.h"

#include "PlanSession.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"
#include "widgets/CoalescedCall.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace praksis {

namespace {

// Okabe–Ito: the three steps of the funnel, and retention with and without a mentor (the legend names them).
const QColor formerColour(0x56, 0xB4, 0xE9);
const QColor summerColour(0xE6, 0x9F, 0x00);
const QColor postColour(0x00, 0x9E, 0x73);
const QColor mentoredColour(0x00, 0x72, 0xB2);
const QColor unmentoredColour(0xD5, 0x5E, 0x00);

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void replaceChart(QChartView *view, QChart *chart, const QString &description)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    view->setAccessibleName(chart->title());
    view->setAccessibleDescription(description);
}

QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour.darker(120));
    return set;
}

int percent(int part, int whole)
{
    return whole > 0 ? int(std::lround(100.0 * part / whole)) : 0;
}

} // namespace

RecruitmentPanel::RecruitmentPanel(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("recruitmentPanel"));
    auto *title = new QLabel(tr("Recruitment and retention"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_years = new QComboBox(this);
    m_years->setObjectName(QStringLiteral("recruitmentYears"));
    m_years->addItem(tr("the last year"), 1);
    m_years->addItem(tr("the last two years"), 2);
    m_years->addItem(tr("the last five years"), 5);
    m_years->setCurrentIndex(1);
    // on Linux a combo is named by its label
    auto *yearsLabel = new QLabel(tr("o&ver:"), this);
    yearsLabel->setBuddy(m_years);
    m_years->setAccessibleName(tr("Recruitment over"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(yearsLabel);
    header->addWidget(m_years);

    m_funnel = new QChartView(this);
    m_funnel->setObjectName(QStringLiteral("recruitmentFunnel"));
    m_retention = new QChartView(this);
    m_retention->setObjectName(QStringLiteral("retentionChart"));
    for (QChartView *view : {m_funnel, m_retention}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(190);
        view->setFocusPolicy(Qt::StrongFocus);
        view->viewport()->setFocusPolicy(Qt::NoFocus);
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("recruitmentSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_funnel, 3);
    charts->addWidget(m_retention, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(charts, 1);
    layout->addWidget(m_summary);

    m_reload = new CoalescedCall([this] { refreshInBackground(); }, this);
    connect(m_years, &QComboBox::activated, this, &RecruitmentPanel::refreshInBackground);
    connect(&m_session, &PlanSession::changed, this, [this](const Change &c) {
        switch (c.entity) {
        case Entity::Hire:
        case Entity::Mentorship:
        case Entity::Placement:
        case Entity::Student:
        case Entity::Site:
        case Entity::All:
            m_reload->request();
            break;
        default:
            break;
        }
    });
    refreshInBackground();
}

RecruitmentPanel::~RecruitmentPanel()
{
    m_superseded->store(true);
    for (QFutureWatcherBase *running : findChildren<QFutureWatcherBase *>(Qt::FindDirectChildrenOnly))
        running->waitForFinished();
}

void RecruitmentPanel::setToday(QDate today)
{
    m_today = today;
    refreshInBackground();
}

QDate RecruitmentPanel::from() const
{
    return m_today.addYears(-m_years->currentData().toInt()).addDays(1);
}

void RecruitmentPanel::refresh()
{
    m_reload->cancel();
    m_superseded->store(true);
    ++m_generation;
    m_figures.clear();
    if (!m_session.hasPlan())
        return;
    showFigures(Outcome::compute(m_session.plan(), from(), m_today));
}

void RecruitmentPanel::refreshInBackground()
{
    m_reload->cancel();
    m_superseded->store(true);
    m_superseded = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    if (!m_session.hasPlan()) {
        m_figures.clear();
        return;
    }
    using Lines = Result<QList<OutcomeFigures>>;
    auto *watcher = new QFutureWatcher<Lines>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showFigures(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [path = m_session.plan().path(), from = from(), to = m_today, superseded = m_superseded]() -> Lines {
            PlanFile::OpenOptions options;
            options.mode = PlanFile::OpenMode::OpenExisting;
            options.check = false; // the desktop checked it when it opened the plan
            options.readOnly = true;
            auto plan = PlanFile::open(path, options);
            if (!plan)
                return plan.error();
            sqlite3_progress_handler(
                plan.value()->handle(), 1000,
                [](void *flag) { return static_cast<std::atomic_bool *>(flag)->load() ? 1 : 0; }, superseded.get());
            return Outcome::compute(*plan.value(), from, to);
        }));
}

void RecruitmentPanel::showFigures(const Result<QList<OutcomeFigures>> &lines)
{
    m_figures.clear();
    if (!lines || lines->isEmpty()) {
        m_summary->setText(lines ? QString() : lines.error().message);
        showFunnel({});
        showRetention({});
        emit shown();
        return;
    }
    const OutcomeFigures whole = lines->constLast();
    QList<OutcomeFigures> sites = lines->mid(0, lines->size() - 1);
    std::stable_sort(sites.begin(), sites.end(), [](const OutcomeFigures &a, const OutcomeFigures &b) {
        return a.formerStudents + a.newHires > b.formerStudents + b.newHires;
    });
    if (sites.size() > maxSites)
        sites.resize(maxSites);
    m_figures = sites;
    m_figures.append(whole);
    showFunnel(sites);
    showRetention(whole);

    const QString range = tr("%1 to %2").arg(Validation::formatDate(from()), Validation::formatDate(m_today));
    QStringList lines2;
    lines2 << tr("%1 — former students: %2, of them back as summer temps: %3, in posts: %4; new hires: %5, with a "
                 "mentor: %6.")
                  .arg(range)
                  .arg(whole.formerStudents)
                  .arg(whole.hiredSummer)
                  .arg(whole.hiredPost)
                  .arg(whole.newHires)
                  .arg(whole.mentored);
    const int eligibleWithout = whole.eligible12Months - whole.mentoredEligible12Months;
    const int stayedWithout = whole.stayed12Months - whole.mentoredStayed12Months;
    if (whole.eligible12Months > 0)
        lines2 << tr("Stayed 12 months: %1 of %2 with a mentor (%3 %), %4 of %5 without (%6 %).")
                      .arg(whole.mentoredStayed12Months)
                      .arg(whole.mentoredEligible12Months)
                      .arg(percent(whole.mentoredStayed12Months, whole.mentoredEligible12Months))
                      .arg(stayedWithout)
                      .arg(eligibleWithout)
                      .arg(percent(stayedWithout, eligibleWithout));
    else
        lines2 << tr("No new hire in the range has been employed for 12 months yet.");
    m_summary->setText(lines2.join(QLatin1Char(' ')));
    emit shown();
}

void RecruitmentPanel::showFunnel(const QList<OutcomeFigures> &sites)
{
    QChart *chart = newChart(sites.isEmpty() ? tr("Placement → summer job → post: no former students or new hires "
                                                  "in the range")
                                             : tr("Placement → summer job → post"));
    QStringList description;
    if (!sites.isEmpty()) {
        auto *former = barSet(tr("Former students"), formerColour);
        auto *summer = barSet(tr("Hired as summer temps"), summerColour);
        auto *post = barSet(tr("Hired in posts"), postColour);
        QStringList categories;
        // the horizontal bars run bottom-up: the biggest site last, so it stands at the top
        for (auto it = sites.crbegin(); it != sites.crend(); ++it) {
            // the site's name without its unit, and short, so the axis has room for it (the description and the
            // report have it whole)
            QString name = it->site.section(QStringLiteral(" / "), 0, 0);
            if (name.size() > 24)
                name = name.left(23) + QStringLiteral("…");
            categories << name;
            *former << it->formerStudents;
            *summer << it->hiredSummer;
            *post << it->hiredPost;
        }
        for (const OutcomeFigures &f : sites)
            description << tr("%1: %2 former students, %3 summer temps, %4 in posts")
                               .arg(f.site)
                               .arg(f.formerStudents)
                               .arg(f.hiredSummer)
                               .arg(f.hiredPost);
        auto *series = new QHorizontalBarSeries;
        series->append(former);
        series->append(summer);
        series->append(post);
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        QFont small = axisY->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        axisY->setLabelsFont(small);
        axisY->setTruncateLabels(false);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *axisX = new QValueAxis;
        int most = 1;
        for (const OutcomeFigures &f : sites)
            most = std::max(most, f.formerStudents);
        axisX->setRange(0, most);
        axisX->setLabelFormat(QStringLiteral("%d"));
        axisX->setTickCount(std::min(most, 5) + 1);
        axisX->applyNiceNumbers();
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
    } else {
        chart->legend()->hide();
    }
    replaceChart(m_funnel, chart, description.join(QStringLiteral("; ")));
}

void RecruitmentPanel::showRetention(const OutcomeFigures &plan)
{
    const int eligibleWithout = plan.eligible12Months - plan.mentoredEligible12Months;
    const int stayedWithout = plan.stayed12Months - plan.mentoredStayed12Months;
    QChart *chart = newChart(tr("Stayed 12 months, with and without a mentor"));
    QString description;
    if (plan.eligible12Months > 0) {
        auto *with =
            barSet(tr("With a mentor: %1 of %2").arg(plan.mentoredStayed12Months).arg(plan.mentoredEligible12Months),
                   mentoredColour);
        auto *without = barSet(tr("Without: %1 of %2").arg(stayedWithout).arg(eligibleWithout), unmentoredColour);
        *with << percent(plan.mentoredStayed12Months, plan.mentoredEligible12Months);
        *without << percent(stayedWithout, eligibleWithout);
        auto *series = new QBarSeries;
        series->append(with);
        series->append(without);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value %"));
        chart->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(tr("Stayed 12 months"));
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto *axisY = new QValueAxis;
        axisY->setRange(0, 100);
        axisY->setLabelFormat(QStringLiteral("%d"));
        axisY->setTitleText(QStringLiteral("%"));
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        description = tr("With a mentor %1 %, without %2 %")
                          .arg(percent(plan.mentoredStayed12Months, plan.mentoredEligible12Months))
                          .arg(percent(stayedWithout, eligibleWithout));
    } else {
        chart->setTitle(tr("Stayed 12 months: no new hire has been employed for a year yet"));
        chart->legend()->hide();
    }
    replaceChart(m_retention, chart, description);
}

} // namespace praksis
