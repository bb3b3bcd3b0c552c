#include "documents/WelcomeLetter.h"

#include "documents/DocumentFont.h"
#include "documents/DocumentRenderer.h"

#include "calendar/IsoWeek.h"
#include "storage/PlanFile.h"
#include "storage/PlanSettings.h"
#include "welcome/Checklists.h"

#include "storage/FilePermissions.h"
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTime>

namespace praksis {

namespace {

// The fixed words of the document in its own language (the plan's, not the interface's).
struct Words
{
    const char16_t *title;    // %1 site
    const char16_t *greeting; // %1 given name
    const char16_t *intro;
    const char16_t *student;
    const char16_t *programme;
    const char16_t *site;
    const char16_t *address;
    const char16_t *period;
    const char16_t *firstDay;
    const char16_t *dayAndTime; // %1 day, %2 time
    const char16_t *meetingPlace;
    const char16_t *supervisor;
    const char16_t *contact;
    const char16_t *notSettled;
    const char16_t *phone;
    const char16_t *closing;
    const char16_t *regards;
    const char16_t *checklist;
    const char16_t *checklistIntro;
    const char16_t *task;
    const char16_t *responsible;
    const char16_t *due;
    const char16_t *done;    // %1 date, %2 who
    const char16_t *printed; // %1 date
    const char16_t *page;    // %1 of %2
    const char16_t *weeks;   // %1 first, %2 last
    const char16_t *week;    // %1
    const char16_t *continued;
    const char16_t *letterOf; // %1 student
    const char16_t *pdfTitle; // %1 student, site or period: the PDF's title (document properties)
    const char16_t *roles[4]; // leder, veileder, student, kontaktlaerer
    QLocale::Language locale;
};

const Words bokmal{
    u"Velkommen til praksis ved %1",
    u"Hei, %1!",
    u"Vi gleder oss til å ta imot deg i praksis hos oss. Her finner du det du trenger å vite før første dag, og "
    u"sjekklisten vi bruker for at du skal få en god start.",
    u"Student",
    u"Utdanning",
    u"Praksissted",
    u"Adresse",
    u"Praksisperiode",
    u"Første dag",
    u"%1 kl. %2",
    u"Oppmøtested",
    u"Praksisveileder",
    u"Kontaktperson",
    u"Ikke avklart ennå – du får beskjed før du kommer",
    u"tlf.",
    u"Har du spørsmål før du kommer, ta gjerne kontakt med praksisveilederen din eller kontaktpersonen vår.",
    u"Vennlig hilsen",
    u"Sjekkliste for praksisperioden",
    u"Sjekklisten viser hva som skal være gjort, hvem som har ansvaret, og fristen. Kryss av når et punkt er gjort.",
    u"Oppgave",
    u"Ansvarlig",
    u"Frist",
    u"Utført %1 (%2)",
    u"Skrevet ut %1",
    u"Side %1 av %2",
    u"uke %1–%2",
    u"uke %1",
    u"(forts.)",
    u"Velkomstbrev og sjekkliste – %1",
    u"Velkomstbrev – %1",
    {u"Leder", u"Praksisveileder", u"Student", u"Kontaktlærer"},
    QLocale::NorwegianBokmal,
};

const Words nynorsk{
    u"Velkomen til praksis ved %1",
    u"Hei, %1!",
    u"Vi gler oss til å ta imot deg i praksis hos oss. Her finn du det du treng å vite før første dagen, og "
    u"sjekklista vi bruker for at du skal få ein god start.",
    u"Student",
    u"Utdanning",
    u"Praksisstad",
    u"Adresse",
    u"Praksisperiode",
    u"Første dag",
    u"%1 kl. %2",
    u"Oppmøtestad",
    u"Praksisrettleiar",
    u"Kontaktperson",
    u"Ikkje avklart enno – du får melding før du kjem",
    u"tlf.",
    u"Har du spørsmål før du kjem, ta gjerne kontakt med praksisrettleiaren din eller kontaktpersonen vår.",
    u"Venleg helsing",
    u"Sjekkliste for praksisperioden",
    u"Sjekklista viser kva som skal vere gjort, kven som har ansvaret, og fristen. Kryss av når eit punkt er gjort.",
    u"Oppgåve",
    u"Ansvarleg",
    u"Frist",
    u"Utført %1 (%2)",
    u"Skrive ut %1",
    u"Side %1 av %2",
    u"veke %1–%2",
    u"veke %1",
    u"(framhald)",
    u"Velkomstbrev og sjekkliste – %1",
    u"Velkomstbrev – %1",
    {u"Leiar", u"Praksisrettleiar", u"Student", u"Kontaktlærar"},
    QLocale::NorwegianNynorsk,
};

const Words english{
    u"Welcome to your placement at %1",
    u"Hello %1,",
    u"We look forward to welcoming you on your placement with us. Here is what you need to know before your first "
    u"day, and the checklist we use to give you a good start.",
    u"Student",
    u"Programme",
    u"Placement site",
    u"Address",
    u"Placement period",
    u"First day",
    u"%1 at %2",
    u"Meeting place",
    u"Supervisor",
    u"Contact person",
    u"Not settled yet – you will hear from us before you arrive",
    u"phone",
    u"If you have any questions before you arrive, please contact your supervisor or our contact person.",
    u"Kind regards",
    u"Checklist for the placement",
    u"The checklist shows what must be done, who is responsible and by when. Tick an item off when it is done.",
    u"Task",
    u"Responsible",
    u"Due",
    u"Done %1 (%2)",
    u"Printed %1",
    u"Page %1 of %2",
    u"weeks %1–%2",
    u"week %1",
    u"(continued)",
    u"Welcome letter and checklist – %1",
    u"Welcome letter – %1",
    {u"Unit leader", u"Supervisor", u"Student", u"School contact teacher"},
    QLocale::English,
};

const Words &wordsFor(const QString &language)
{
    if (language == QLatin1String("nn"))
        return nynorsk;
    if (language == QLatin1String("en"))
        return english;
    return bokmal;
}

QString w(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString roleLabel(const Words &words, Role role)
{
    return w(words.roles[static_cast<int>(role)]);
}

QString dmy(QDate d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

struct LetterData
{
    qint64 id = 0;
    QDate start;
    QDate end;
    QString givenName;
    QString familyName;
    QString school;
    QString programme;
    QString siteName;
    QString unit;
    QString address;
    QString contact;
    QString sitePhone;
    QString siteEmail;
    QString supervisor;
    QString supervisorPhone;
    QString supervisorEmail;
    QString periodName;
    QString arrivalTime;
    QString meetingPlace;
    QString note;
    QList<ChecklistItem> items;
};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::WelcomeLetter)
};

QString jsonIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

Result<QList<LetterData>> loadLetters(PlanFile &plan, const QList<qint64> &ids)
{
    auto q = plan.exec(
        QStringLiteral(
            "SELECT p.id, p.start_date, p.end_date, st.given_name, st.family_name, sc.name, "
            "coalesce(pr.name, ''), s.name, s.unit, s.address, s.contact_person, s.phone, s.email, "
            "coalesce(v.given_name || ' ' || v.family_name, ''), coalesce(v.phone, ''), coalesce(v.email, ''), "
            "pe.name, "
            "coalesce((SELECT value FROM settings WHERE key = 'welcome/site/' || s.id || '/arrivalTime'), ''), "
            "coalesce((SELECT value FROM settings WHERE key = 'welcome/site/' || s.id || '/meetingPlace'), ''), "
            "coalesce((SELECT value FROM settings WHERE key = 'welcome/site/' || s.id || '/note'), '') "
            "FROM placements p JOIN students st ON st.id = p.student_id "
            "JOIN schools sc ON sc.id = st.school_id LEFT JOIN programmes pr ON pr.id = st.programme_id "
            "JOIN sites s ON s.id = p.site_id LEFT JOIN supervisors v ON v.id = p.supervisor_id "
            "JOIN periods pe ON pe.id = p.period_id "
            "WHERE p.id IN (SELECT value FROM json_each(?))"),
        {jsonIds(ids)});
    if (!q)
        return q.error();
    QHash<qint64, LetterData> byId;
    while (q->next()) {
        LetterData d;
        int c = 0;
        d.id = q->value(c++).toLongLong();
        d.start = QDate::fromString(q->value(c++).toString(), Qt::ISODate);
        d.end = QDate::fromString(q->value(c++).toString(), Qt::ISODate);
        d.givenName = q->value(c++).toString();
        d.familyName = q->value(c++).toString();
        d.school = q->value(c++).toString();
        d.programme = q->value(c++).toString();
        d.siteName = q->value(c++).toString();
        d.unit = q->value(c++).toString();
        d.address = q->value(c++).toString();
        d.contact = q->value(c++).toString();
        d.sitePhone = q->value(c++).toString();
        d.siteEmail = q->value(c++).toString();
        d.supervisor = q->value(c++).toString();
        d.supervisorPhone = q->value(c++).toString();
        d.supervisorEmail = q->value(c++).toString();
        d.periodName = q->value(c++).toString();
        d.arrivalTime = q->value(c++).toString();
        d.meetingPlace = q->value(c++).toString();
        d.note = q->value(c++).toString();
        byId.insert(d.id, d);
    }
    auto items = Checklists::forPlacements(plan, ids);
    if (!items)
        return items.error();
    QList<LetterData> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it == byId.end())
            return Error::make(Error::Kind::NotFound, Text::tr("The placement %1 does not exist.").arg(id));
        it->items = items->value(id);
        out << *it;
    }
    return out;
}

// Lays out and paints one placement's document. Run twice: first without painting to count the pages, then
// for real with "page x of y" known.
class Renderer : public DocumentRenderer
{
public:
    Renderer(QPainter &p, QPagedPaintDevice *device, const Words &words, const QString &language,
             const QString &organisation, const QImage &logo, const QString &defaultTime, QDate printDate)
        : DocumentRenderer(p, device)
        , m_words(words)
        , m_language(language)
        , m_organisation(organisation)
        , m_logo(logo)
        , m_defaultTime(defaultTime)
        , m_printDate(printDate)
    {}

    // Returns the number of pages the letter takes. With paint, starts on a new page unless first is true.
    int run(const LetterData &d, bool paint, bool first, int totalPages);

private:
    void footer() override;
    void header() override;
    void continueTable() override;
    void tableHeader();
    void checklist(const LetterData &d);

    const Words &m_words;
    QString m_language;
    QString m_organisation;
    QImage m_logo;
    QString m_defaultTime;
    QDate m_printDate;

    QString m_studentName;
    QString m_section; // the checklist section being laid out
    // table columns
    double m_boxW = 0, m_taskX = 0, m_taskW = 0, m_roleX = 0, m_roleW = 0, m_dueX = 0, m_dueW = 0;
};

void Renderer::footer()
{
    pageFooter(m_organisation, w(m_words.printed).arg(dmy(m_printDate)), w(m_words.page).arg(m_page).arg(m_total));
}

void Renderer::header()
{
    // First page: logo and organisation large; later pages: a quiet line saying whose document it is.
    pageHeader(m_organisation, m_logo, w(m_words.letterOf).arg(m_studentName));
}

void Renderer::continueTable()
{
    // the section goes on: say so above the repeated header row
    m_y += text(font(11.5, true), 0, m_width, m_section + QLatin1Char(' ') + w(m_words.continued), accent) + mm(2);
    tableHeader();
}

void Renderer::tableHeader()
{
    const QFont f = font(8, true);
    const double h = mm(6);
    if (m_paint) {
        m_p.fillRect(QRectF(0, m_y, m_width, h), headerFill);
        m_p.setFont(f);
        m_p.setPen(accent);
        const auto cell = [&](double x, double width, const QString &s) {
            m_p.drawText(QRectF(x, m_y, width, h), int(Qt::AlignLeft | Qt::AlignVCenter), s);
        };
        cell(m_taskX, m_taskW, w(m_words.task));
        cell(m_roleX, m_roleW, w(m_words.responsible));
        cell(m_dueX, m_dueW, w(m_words.due));
    }
    m_y += h + mm(1);
}

int Renderer::run(const LetterData &d, bool paint, bool first, int totalPages)
{
    m_paint = paint;
    m_total = totalPages;
    m_studentName = d.givenName + QLatin1Char(' ') + d.familyName;
    if (paint && !first)
        m_device->newPage();
    m_page = 1;
    header();

    const QLocale locale(m_words.locale, m_words.locale == QLocale::English ? QLocale::UnitedKingdom : QLocale::Norway);
    const QString site = d.unit.isEmpty() ? d.siteName : d.siteName + QStringLiteral(", ") + d.unit;

    // Title and greeting
    m_y += text(font(19, true), 0, m_width, w(m_words.title).arg(d.siteName), accent) + mm(6);
    m_y += text(font(10.5), 0, m_width, w(m_words.greeting).arg(d.givenName)) + mm(2.5);
    m_y += text(font(10.5), 0, m_width, w(m_words.intro)) + mm(7);

    // The facts, in a light panel
    QTime time = QTime::fromString(d.arrivalTime.isEmpty() ? m_defaultTime : d.arrivalTime, QStringLiteral("HH:mm"));
    if (!time.isValid())
        time = QTime(10, 0);
    const QString timeText = m_language == QLatin1String("en") ? time.toString(QStringLiteral("HH:mm"))
                                                               : time.toString(QStringLiteral("HH.mm"));
    const QString day = locale.dayName(d.start.dayOfWeek(), QLocale::LongFormat) + QLatin1Char(' ') + dmy(d.start);
    const int w1 = IsoWeek::of(d.start).week;
    const int w2 = IsoWeek::of(d.end).week;
    const QString weeks = w1 == w2 ? w(m_words.week).arg(w1) : w(m_words.weeks).arg(w1).arg(w2);
    QString programme = d.school;
    if (!d.programme.isEmpty())
        programme = d.programme + QStringLiteral(", ") + d.school;
    auto joinContact = [&](const QString &name, const QString &phone, const QString &email) {
        QStringList parts;
        if (!name.isEmpty())
            parts << name;
        if (!phone.isEmpty())
            parts << w(m_words.phone) + QLatin1Char(' ') + phone;
        if (!email.isEmpty())
            parts << email;
        return parts.join(QStringLiteral(", "));
    };
    const QList<QPair<QString, QString>> rows{
        {w(m_words.student), m_studentName},
        {w(m_words.programme), programme},
        {w(m_words.site), site},
        {w(m_words.address), d.address.isEmpty() ? QStringLiteral("–") : d.address},
        {w(m_words.period), dmy(d.start) + QStringLiteral(" – ") + dmy(d.end) + QStringLiteral(" (") + weeks +
                                QStringLiteral("), ") + d.periodName},
        {w(m_words.firstDay), w(m_words.dayAndTime).arg(day, timeText)},
        {w(m_words.meetingPlace), d.meetingPlace.isEmpty() ? (d.address.isEmpty() ? site : d.address) : d.meetingPlace},
        {w(m_words.supervisor), d.supervisor.isEmpty()
                                    ? w(m_words.notSettled)
                                    : joinContact(d.supervisor, d.supervisorPhone, d.supervisorEmail)},
        // a site without a contact person: its phone and e-mail alone, never the site's name as a person
        {w(m_words.contact), d.contact.isEmpty() && d.sitePhone.isEmpty() && d.siteEmail.isEmpty()
                                 ? QStringLiteral("–")
                                 : joinContact(d.contact, d.sitePhone, d.siteEmail)},
    };
    infoPanel(rows, mm(38));

    if (!d.note.isEmpty())
        m_y += text(font(10.5), 0, m_width, d.note) + mm(3);
    m_y += text(font(10.5), 0, m_width, w(m_words.closing)) + mm(6);
    m_y += text(font(10.5), 0, m_width, w(m_words.regards)) + mm(1);
    m_y += text(font(10.5, true), 0, m_width, site);
    if (!m_organisation.isEmpty())
        m_y += text(font(10.5), 0, m_width, m_organisation);

    // The checklist starts on a page of its own, so the letter can be handed out alone.
    newPage();
    checklist(d);
    footer();
    return m_page;
}

void Renderer::checklist(const LetterData &d)
{
    m_boxW = mm(9);
    m_dueW = mm(22);
    m_roleW = mm(34);
    m_dueX = m_width - m_dueW;
    m_roleX = m_dueX - m_roleW - mm(2);
    m_taskX = m_boxW;
    m_taskW = m_roleX - m_taskX - mm(3);

    m_y += text(font(15, true), 0, m_width, w(m_words.checklist), accent) + mm(2);
    m_y += text(font(9), 0, m_width, w(m_words.checklistIntro), muted) + mm(5);

    const QFont itemFont = font(9.5);
    const QFont smallFont = font(7.5);
    const QFont sectionFont = font(11.5, true);
    int lastSection = -1;
    for (int i = 0; i < d.items.size(); ++i) {
        const ChecklistItem &it = d.items[i];
        const QString task = it.text.in(m_language);
        const QString doneText = it.done() ? w(m_words.done).arg(dmy(it.doneAt.date()), it.doneBy) : QString();
        const double textH = textHeight(itemFont, m_taskW, task);
        const double doneH = doneText.isEmpty() ? 0 : textHeight(smallFont, m_taskW, doneText) + mm(0.5);
        const double rowH = std::max(textH + doneH, mm(4.6)) + mm(2.6);
        if (it.sectionPos != lastSection) {
            const double sectionH = textHeight(sectionFont, m_width, it.section.in(m_language)) + mm(2);
            // keep a section's title with its table header and first row
            ensure(mm(5) + sectionH + mm(7) + rowH, false);
            if (lastSection >= 0)
                m_y += mm(5);
            m_section = it.section.in(m_language);
            m_y += text(sectionFont, 0, m_width, m_section, accent) + mm(2);
            tableHeader();
            lastSection = it.sectionPos;
        } else {
            ensure(rowH, true);
        }
        const double top = m_y;
        // the tick box: a real square, ticked when the plan says the item is done
        tickBox(mm(1), top, it.done());
        text(itemFont, m_taskX, m_taskW, task);
        text(itemFont, m_roleX, m_roleW, roleLabel(m_words, it.role));
        text(itemFont, m_dueX, m_dueW, dmy(it.dueDate));
        if (!doneText.isEmpty()) {
            m_y += textH + mm(0.5);
            text(smallFont, m_taskX, m_taskW, doneText, muted);
        }
        m_y = top + rowH;
        if (m_paint) {
            m_p.setPen(QPen(rule, mm(0.2)));
            m_p.drawLine(QPointF(0, m_y - mm(1.3)), QPointF(m_width, m_y - mm(1.3)));
        }
    }
}

QString shippedFontFamily(bool *ok)
{
    *ok = DocumentFont::bundled();
    return DocumentFont::family();
}

} // namespace

Result<QString> WelcomeLetter::fontFamily()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(Error::Kind::Io, tr("Documents can only be made by a program with a QGuiApplication."));
    bool ok = false;
    const QString family = shippedFontFamily(&ok);
    if (!ok)
        return Error::make(Error::Kind::Io, tr("The document font could not be loaded."));
    return family;
}

namespace {
// The placements of a period that get a welcome letter (cancelled ones do not); binds the period.
const QString lettersOfPeriod = QStringLiteral("FROM placements p JOIN sites s ON s.id = p.site_id "
                                               "JOIN students st ON st.id = p.student_id "
                                               "WHERE p.period_id = ? AND p.status <> 'cancelled'");

Result<QList<qint64>> ids(PlanFile &plan, const QString &sql, const QVariantList &bindings)
{
    auto q = plan.exec(sql, bindings);
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}
} // namespace

Result<QList<qint64>> WelcomeLetter::placementsOf(PlanFile &plan, qint64 periodId, std::optional<qint64> siteId)
{
    QString sql = QStringLiteral("SELECT p.id ") + lettersOfPeriod;
    QVariantList b{periodId};
    if (siteId) {
        sql += QStringLiteral(" AND p.site_id = ?");
        b << *siteId;
    }
    sql += QStringLiteral(" ORDER BY s.name COLLATE NORWEGIAN, s.unit COLLATE NORWEGIAN, st.family_name COLLATE "
                          "NORWEGIAN, st.given_name COLLATE NORWEGIAN, p.id");
    return ids(plan, sql, b);
}

Result<QList<qint64>> WelcomeLetter::sitesOf(PlanFile &plan, qint64 periodId)
{
    return ids(plan, QStringLiteral("SELECT DISTINCT p.site_id ") + lettersOfPeriod, {periodId});
}

Result<int> WelcomeLetter::render(PlanFile &plan, const QList<qint64> &placementIds, QPagedPaintDevice *device,
                                  const WelcomeLetterOptions &options)
{
    auto family = fontFamily();
    if (!family)
        return family.error();
    if (placementIds.isEmpty())
        return Error::invalid(tr("There are no placements to print."));
    PlanSettings settings(plan);
    const QString language =
        options.language.isEmpty() ? settings.value(PlanSettings::documentLanguage) : options.language;
    const Words &words = wordsFor(language);
    const QString organisation = settings.value(PlanSettings::organisationName);
    const QImage logo = QImage::fromData(settings.value(PlanSettings::organisationLogo));
    const QString defaultTime = settings.value(PlanSettings::welcomeArrivalTime);

    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                      QPageLayout::Millimeter));

    // Read in chunks, so a batch of thousands never holds every checklist at once.
    constexpr int chunk = 200;
    QPainter painter;
    if (!painter.begin(device))
        return Error::make(Error::Kind::Io, tr("The document could not be started."));
    painter.setRenderHint(QPainter::Antialiasing);
    Renderer renderer(painter, device, words, language, organisation, logo, defaultTime, options.printDate);
    int pages = 0;
    const int total = int(placementIds.size());
    for (int from = 0; from < total; from += chunk) {
        auto letters = loadLetters(plan, placementIds.mid(from, chunk));
        if (!letters) {
            painter.end();
            return letters.error();
        }
        for (int i = 0; i < letters->size(); ++i) {
            const LetterData &d = letters->at(i);
            const int count = renderer.run(d, false, pages == 0, 0);
            pages += renderer.run(d, true, pages == 0, count);
            if (options.progress && !options.progress(from + i + 1, total)) {
                painter.end();
                return Error::make(Error::Kind::Cancelled, tr("Printing was cancelled; nothing was written."));
            }
        }
    }
    painter.end();
    return pages;
}

namespace {
// "Velkomstbrev – Kari Nordmann" for one letter; several are named by their site, or else by their period.
QString pdfTitle(PlanFile &plan, const QList<qint64> &ids, const QString &language)
{
    const Words &words =
        wordsFor(language.isEmpty() ? PlanSettings(plan).value(PlanSettings::documentLanguage) : language);
    auto q = plan.exec(QStringLiteral("SELECT count(*), count(DISTINCT p.site_id), min(s.name), min(s.unit),"
                                      " min(st.given_name || ' ' || st.family_name), min(pe.name)"
                                      " FROM placements p JOIN sites s ON s.id = p.site_id"
                                      " JOIN students st ON st.id = p.student_id JOIN periods pe ON pe.id = p.period_id"
                                      " WHERE p.id IN (SELECT value FROM json_each(?))"),
                       {jsonIds(ids)});
    QString name;
    if (q && q->next()) {
        if (q->value(0).toInt() == 1)
            name = q->value(4).toString();
        else if (q->value(1).toInt() == 1)
            name = q->value(3).toString().isEmpty()
                       ? q->value(2).toString()
                       : q->value(2).toString() + QStringLiteral(" / ") + q->value(3).toString();
        else
            name = q->value(5).toString();
    }
    return QString::fromUtf16(words.pdfTitle).arg(name).trimmed();
}
} // namespace

Result<int> WelcomeLetter::writePdf(PlanFile &plan, const QList<qint64> &placementIds, const QString &path,
                                    const WelcomeLetterOptions &options)
{
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::Io, tr("“%1” could not be written: %2").arg(path, file.errorString()), path};
    int pages = 0;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(600);
        pdf.setCreator(QStringLiteral("Praksisplan"));
        pdf.setTitle(pdfTitle(plan, placementIds, options.language));
        auto r = render(plan, placementIds, &pdf, options);
        if (!r) {
            file.cancelWriting();
            Error e = r.error();
            if (e.file.isEmpty() && e.kind == Error::Kind::Io)
                e.file = path;
            return e;
        }
        pages = r.value();
    }
    if (!file.commit())
        return Error{Error::Kind::Io, tr("“%1” could not be written: %2").arg(path, file.errorString()), path};
    return pages;
}

} // namespace praksis
