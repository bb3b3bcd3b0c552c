#include "documents/MentorFolder.h"

#include "calendar/IsoWeek.h"
#include "documents/DocumentFont.h"
#include "documents/DocumentLanguage.h"
#include "documents/DocumentRenderer.h"
#include "storage/FilePermissions.h"
#include "storage/PlanFile.h"
#include "storage/PlanSettings.h"
#include "welcome/WelcomeTemplate.h"

#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>

namespace praksis {

namespace {

constexpr const char *context = "praksis::MentorFolder";

struct Conversation
{
    int number = 0;
    QDate planned;
    QDate held;
};

struct GuideTopic
{
    LocalizedText title;
    QList<LocalizedText> questions;
};

struct FolderData
{
    QString hireName;
    QString site;
    QDate start;
    QDate probationEnd;
    QDate end;
    bool hasMentor = false;
    QString mentor;
    QDate mentorshipStart;
    int months = 12;
    QDate mentorshipEnded;
    QList<Conversation> conversations;
    QList<GuideTopic> guide;
};

QDate isoDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString dmy(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

Result<FolderData> load(PlanFile &plan, qint64 hireId)
{
    FolderData d;
    auto h = plan.exec(QStringLiteral("SELECT h.given_name || ' ' || h.family_name, "
                                      "CASE WHEN s.unit = '' THEN s.name ELSE s.name || ', ' || s.unit END, "
                                      "h.start_date, h.probation_end, h.end_date "
                                      "FROM hires h JOIN sites s ON s.id = h.site_id WHERE h.id = ?"),
                       {hireId});
    if (!h)
        return h.error();
    if (!h->next())
        return Error::make(Error::Kind::NotFound, MentorFolder::tr("The new hire %1 does not exist.").arg(hireId));
    d.hireName = h->value(0).toString();
    d.site = h->value(1).toString();
    d.start = isoDate(h->value(2));
    d.probationEnd = isoDate(h->value(3));
    d.end = isoDate(h->value(4));

    // her latest mentorship: the one the folder is for (an earlier mentor may have handed over)
    auto m = plan.exec(QStringLiteral("SELECT m.id, coalesce(v.given_name || ' ' || v.family_name, "
                                      "mh.given_name || ' ' || mh.family_name), m.start_date, m.months, m.ended_on "
                                      "FROM mentorships m LEFT JOIN supervisors v ON v.id = m.mentor_supervisor_id "
                                      "LEFT JOIN hires mh ON mh.id = m.mentor_hire_id "
                                      "WHERE m.hire_id = ? ORDER BY m.start_date DESC, m.id DESC LIMIT 1"),
                       {hireId});
    if (!m)
        return m.error();
    if (m->next()) {
        d.hasMentor = true;
        const qint64 mentorshipId = m->value(0).toLongLong();
        d.mentor = m->value(1).toString();
        d.mentorshipStart = isoDate(m->value(2));
        d.months = m->value(3).toInt();
        d.mentorshipEnded = isoDate(m->value(4));
        auto c = plan.exec(QStringLiteral("SELECT number, planned_date, held_date FROM mentor_conversations "
                                          "WHERE mentorship_id = ? ORDER BY number"),
                           {mentorshipId});
        if (!c)
            return c.error();
        while (c->next())
            d.conversations.append({c->value(0).toInt(), isoDate(c->value(1)), isoDate(c->value(2))});
    }

    auto g = plan.exec(QStringLiteral("SELECT t.id, t.title_nb, t.title_nn, t.title_en, q.text_nb, q.text_nn, "
                                      "q.text_en FROM guide_topics t LEFT JOIN guide_questions q ON q.topic_id = t.id "
                                      "ORDER BY t.position, t.id, q.position, q.id"));
    if (!g)
        return g.error();
    qint64 topic = -1;
    while (g->next()) {
        if (g->value(0).toLongLong() != topic) {
            topic = g->value(0).toLongLong();
            d.guide.append({LocalizedText{g->value(1).toString(), g->value(2).toString(), g->value(3).toString()}, {}});
        }
        if (!g->value(4).isNull())
            d.guide.last().questions.append(
                LocalizedText{g->value(4).toString(), g->value(5).toString(), g->value(6).toString()});
    }
    return d;
}

// Lays out one folder; run once without painting to count the pages, then painting with "page x of y" known.
class Renderer : public DocumentRenderer
{
public:
    Renderer(QPainter &p, QPagedPaintDevice *device, const DocumentLanguage &language, QString organisation,
             QImage logo, QDate printDate)
        : DocumentRenderer(p, device)
        , m_language(language)
        , m_organisation(std::move(organisation))
        , m_logo(std::move(logo))
        , m_printDate(printDate)
    {}

    int run(const FolderData &d, bool paint, int totalPages);

private:
    QString w(const char *source) const { return m_language.text(context, source); }
    void header() override
    {
        pageHeader(m_organisation, m_logo,
                   w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Mentor folder – %1")).arg(m_hireName));
    }
    void footer() override
    {
        pageFooter(m_organisation, w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Printed %1")).arg(dmy(m_printDate)),
                   w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Page %1 of %2")).arg(m_page).arg(m_total));
    }
    void continueTable() override;
    void scheduleTableHeader();
    void schedule(const FolderData &d);
    void guide(const FolderData &d);

    const DocumentLanguage &m_language;
    QString m_organisation;
    QImage m_logo;
    QDate m_printDate;
    QString m_hireName;
    // schedule columns
    double m_numberX = 0, m_dateX = 0, m_weekX = 0, m_monthX = 0, m_heldX = 0;
};

void Renderer::continueTable()
{
    m_y += text(font(11.5, true), 0, m_width,
                w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Conversations (continued)")), accent) +
           mm(2);
    scheduleTableHeader();
}

void Renderer::scheduleTableHeader()
{
    const double h = mm(6);
    if (m_paint) {
        m_p.fillRect(QRectF(0, m_y, m_width, h), headerFill);
        m_p.setFont(font(8, true));
        m_p.setPen(accent);
        const auto cell = [&](double x, double to, const char *source) {
            m_p.drawText(QRectF(x, m_y, to - x, h), int(Qt::AlignLeft | Qt::AlignVCenter), w(source));
        };
        cell(m_numberX, m_dateX, QT_TRANSLATE_NOOP("praksis::MentorFolder", "No."));
        cell(m_dateX, m_weekX, QT_TRANSLATE_NOOP("praksis::MentorFolder", "Planned"));
        cell(m_weekX, m_monthX, QT_TRANSLATE_NOOP("praksis::MentorFolder", "Week"));
        cell(m_monthX, m_heldX, QT_TRANSLATE_NOOP("praksis::MentorFolder", "Month"));
        cell(m_heldX, m_width, QT_TRANSLATE_NOOP("praksis::MentorFolder", "Held on"));
    }
    m_y += h + mm(1);
}

void Renderer::schedule(const FolderData &d)
{
    m_numberX = mm(9);
    m_dateX = mm(22);
    m_weekX = mm(72);
    m_monthX = mm(92);
    m_heldX = mm(112);

    const QFont sectionFont = font(13, true);
    ensure(mm(30), false);
    m_y +=
        text(sectionFont, 0, m_width, w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Conversations")), accent) + mm(2);
    m_y += text(font(9), 0, m_width,
                w(QT_TRANSLATE_NOOP("praksis::MentorFolder",
                                    "The conversations follow the Trondheim model: every week in the first month, "
                                    "every other week in months 2 and 3, and once a month until month 12 (in a "
                                    "second year as needed). Tick each one off when it has been held; what you talk "
                                    "about stays between the two of you.")),
                muted) +
           mm(5);
    if (d.conversations.isEmpty()) {
        m_y += text(font(10), 0, m_width,
                    w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "No conversations are planned yet."))) +
               mm(6);
        return;
    }
    scheduleTableHeader();
    const QFont itemFont = font(9.5);
    const QLocale locale = m_language.locale();
    const QString weekWord = w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "week %1"));
    for (const Conversation &c : d.conversations) {
        const double rowH = mm(7.4);
        ensure(rowH, true);
        const double top = m_y;
        tickBox(mm(1), top, c.held.isValid());
        text(itemFont, m_numberX, m_dateX - m_numberX, QString::number(c.number));
        text(itemFont, m_dateX, m_weekX - m_dateX,
             locale.dayName(c.planned.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') + dmy(c.planned));
        text(itemFont, m_weekX, m_monthX - m_weekX, weekWord.arg(IsoWeek::of(c.planned).week));
        // the month of the mentorship the conversation falls in (1 to 24)
        int month = 1;
        while (month < 24 && d.mentorshipStart.addMonths(month) <= c.planned)
            ++month;
        text(itemFont, m_monthX, m_heldX - m_monthX, QString::number(month));
        if (c.held.isValid())
            text(itemFont, m_heldX, m_width - m_heldX, dmy(c.held));
        else if (m_paint) { // a line to write the date on
            m_p.setPen(QPen(rule, mm(0.25)));
            m_p.drawLine(QPointF(m_heldX, top + mm(4.6)), QPointF(m_heldX + mm(35), top + mm(4.6)));
        }
        m_y = top + rowH;
        if (m_paint) {
            m_p.setPen(QPen(rule, mm(0.2)));
            m_p.drawLine(QPointF(0, m_y - mm(1.3)), QPointF(m_width, m_y - mm(1.3)));
        }
    }
    m_y += mm(4);
}

void Renderer::guide(const FolderData &d)
{
    const QString lang = m_language.code();
    m_y +=
        text(font(13, true), 0, m_width, w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Conversation guide")), accent) +
        mm(2);
    m_y += text(font(9), 0, m_width,
                w(QT_TRANSLATE_NOOP("praksis::MentorFolder",
                                    "Questions to start from. Take what matters now: one topic may fill a "
                                    "conversation, and not every question needs an answer.")),
                muted) +
           mm(5);
    if (d.guide.isEmpty()) {
        m_y += text(font(10), 0, m_width,
                    w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "The plan has no conversation guide."))) +
               mm(4);
        return;
    }
    const QFont topicFont = font(11.5, true);
    const QFont questionFont = font(10);
    const double indent = mm(6);
    for (const GuideTopic &t : d.guide) {
        const QString title = t.title.in(lang);
        const double titleH = textHeight(topicFont, m_width, title);
        const double firstH =
            t.questions.isEmpty() ? 0 : textHeight(questionFont, m_width - indent, t.questions[0].in(lang));
        ensure(titleH + mm(2) + firstH + mm(2), false); // a topic's title stays with its first question
        m_y += text(topicFont, 0, m_width, title, accent) + mm(2);
        for (const LocalizedText &q : t.questions) {
            const QString s = q.in(lang);
            const double h = textHeight(questionFont, m_width - indent, s);
            ensure(h + mm(1.8), false);
            text(questionFont, mm(1.5), indent, QStringLiteral("\u2022"));
            text(questionFont, indent, m_width - indent, s);
            m_y += h + mm(1.8);
        }
        m_y += mm(4);
    }
}

int Renderer::run(const FolderData &d, bool paint, int totalPages)
{
    m_paint = paint;
    m_total = totalPages;
    m_hireName = d.hireName;
    m_page = 1;
    header();

    m_y += text(font(19, true), 0, m_width, w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Mentor folder")), accent) +
           mm(1);
    m_y += text(font(13), 0, m_width, d.hireName) + mm(6);

    QList<QPair<QString, QString>> rows{
        {w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "New hire")), d.hireName},
        {w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Site")), d.site},
        {w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Start")), dmy(d.start)},
        {w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Probation ends")), dmy(d.probationEnd)},
    };
    if (d.hasMentor) {
        const QDate until =
            d.mentorshipEnded.isValid() ? d.mentorshipEnded : d.mentorshipStart.addMonths(d.months).addDays(-1);
        rows.append({w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Mentor")), d.mentor});
        rows.append(
            {w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Mentorship")),
             m_language.text(context, QT_TRANSLATE_N_NOOP("praksis::MentorFolder", "%1 – %2 (%n months)"), d.months)
                 .arg(dmy(d.mentorshipStart), dmy(until))});
    } else {
        rows.append({w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Mentor")),
                     w(QT_TRANSLATE_NOOP("praksis::MentorFolder", "Not assigned yet"))});
    }
    infoPanel(rows, mm(42));

    if (d.hasMentor)
        schedule(d);
    // the guide on a page of its own, so it can be handed out and kept beside the schedule
    newPage();
    guide(d);
    footer();
    return m_page;
}

} // namespace

Result<int> MentorFolder::render(PlanFile &plan, qint64 hireId, QPagedPaintDevice *device,
                                 const MentorFolderOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(Error::Kind::Io, tr("Documents can only be made by a program with a QGuiApplication."));
    auto data = load(plan, hireId);
    if (!data)
        return data.error();
    PlanSettings settings(plan);
    const DocumentLanguage language = DocumentLanguage::of(plan, options.language);
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                      QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(device))
        return Error::make(Error::Kind::Io, tr("The document could not be started."));
    painter.setRenderHint(QPainter::Antialiasing);
    Renderer renderer(painter, device, language, settings.value(PlanSettings::organisationName),
                      QImage::fromData(settings.value(PlanSettings::organisationLogo)), options.printDate);
    const int pages = renderer.run(*data, false, 0);
    renderer.run(*data, true, pages);
    painter.end();
    return pages;
}

QString MentorFolder::suggestedFileName(PlanFile &plan, qint64 hireId, const QString &language)
{
    QString name;
    if (auto q = plan.exec(QStringLiteral("SELECT given_name || ' ' || family_name FROM hires WHERE id = ?"), {hireId});
        q && q->next())
        name = q->value(0).toString();
    const DocumentLanguage lang = DocumentLanguage::of(plan, language);
    QString file = lang.text(context, QT_TRANSLATE_NOOP("praksis::MentorFolder", "Mentor folder %1")).arg(name);
    file.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    return file.trimmed() + QStringLiteral(".pdf");
}

Result<int> MentorFolder::writePdf(PlanFile &plan, qint64 hireId, const QString &path,
                                   const MentorFolderOptions &options)
{
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::Io, tr("“%1” could not be written: %2").arg(path, file.errorString()), path};
    int pages = 0;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(600);
        pdf.setCreator(QStringLiteral("Praksisplan"));
        QString title = suggestedFileName(plan, hireId, options.language);
        title.chop(4);
        pdf.setTitle(title);
        auto r = render(plan, hireId, &pdf, options);
        if (!r) {
            file.cancelWriting();
            return r.error();
        }
        pages = r.value();
    }
    if (!file.commit())
        return Error{Error::Kind::Io, tr("“%1” could not be written: %2").arg(path, file.errorString()), path};
    return pages;
}

} // namespace praksis
