#include "demo/DemoGenerator.h"

#include "followup/FollowUp.h"

#include "model/Kinds.h"
#include "model/Validation.h"
#include "recruitment/MentorSchedule.h"
#include "storage/PlanFile.h"
#include "storage/PlanSettings.h"
#include "welcome/Checklists.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace praksis {

namespace {

// ---------------------------------------------------------------------------------------------------------------
// data files in resources/demo

QStringList readLines(const QString &name)
{
    QFile f(QStringLiteral(":/praksis/demo/") + name);
    QStringList out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            out << line;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// randomness: one generator, used in a fixed order, so a seed gives one plan

class Rng
{
public:
    explicit Rng(quint32 seed)
        : m_gen(seed)
    {}
    int below(int n) { return n <= 1 ? 0 : int(m_gen.bounded(quint32(n))); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool chance(double p) { return m_gen.generateDouble() < p; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    // an index chosen with the given relative weights
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights.at(i))
                return i;
            r -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }
    template<typename T> void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(int(i + 1)));
    }

private:
    QRandomGenerator m_gen;
};

// "Ørjan Sæther" -> "orjan", "saether" for e-mail addresses
QString asciiFold(const QString &s)
{
    QString out;
    for (const QChar c : s.toLower()) {
        switch (c.unicode()) {
        case u'æ':
            out += QStringLiteral("ae");
            break;
        case u'ø':
            out += QLatin1Char('o');
            break;
        case u'å':
            out += QLatin1Char('a');
            break;
        case u'é':
        case u'è':
            out += QLatin1Char('e');
            break;
        case u'ü':
            out += QLatin1Char('u');
            break;
        case u'ö':
            out += QLatin1Char('o');
            break;
        case u'ä':
            out += QLatin1Char('a');
            break;
        case u' ':
        case u'-':
            out += QLatin1Char('-');
            break;
        default:
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
                out += c;
        }
    }
    return out;
}

QString phoneNumber(Rng &rng)
{
    // Norwegian mobile numbers start with 4 or 9: "912 34 567"
    return QStringLiteral("%1%2 %3 %4")
        .arg(rng.chance(0.5) ? 4 : 9)
        .arg(rng.between(0, 99), 2, 10, QLatin1Char('0'))
        .arg(rng.between(0, 99), 2, 10, QLatin1Char('0'))
        .arg(rng.between(0, 999), 3, 10, QLatin1Char('0'));
}

QDate mondayOfIsoWeek(int year, int week)
{
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// ---------------------------------------------------------------------------------------------------------------
// the plan in memory before it is written

struct School
{
    qint64 id = 0;
    QString name;
    SchoolKind kind = SchoolKind::Hogskole;
    QString orgNumber, domain, numberPrefix;
    QString contact, email, phone;
    int nextNumber = 0;
};

struct Programme
{
    qint64 id = 0;
    qint64 schoolId = 0;
    int school = 0; // index
    QString name;
    ProgrammeKind kind = ProgrammeKind::Sykepleie;
};

struct Site
{
    qint64 id = 0;
    QString name, unit, municipality, municipalityNumber, address, contact, email, phone;
    SiteKind kind = SiteKind::Sykehjem;
    int capacity = 2;
    int popularity = 1;
    QList<int> supervisors; // indexes
};

struct Absence
{
    QDate from, to;
    QString note;
};

struct Supervisor
{
    qint64 id = 0;
    int site = 0;
    QString given, family, email, phone;
    Profession profession = Profession::Sykepleier;
    bool training = false;
    int trainingYear = 0;
    int maxStudents = 2;
    QList<Absence> absences;

    bool absentDuring(const QDate &from, const QDate &to) const
    {
        for (const Absence &a : absences)
            if (a.from <= to && a.to >= from)
                return true;
        return false;
    }
};

struct Period
{
    qint64 id = 0;
    QString name;
    QDate start, end;
    double hoursPerWeek = 30;
    bool nursing = true; // the nursing group (sykepleie) or the health-worker group (the other programmes)
    QList<SiteKind> kinds;
    QList<QPair<int, int>> capacityOverrides; // site index, capacity
    QHash<int, int> overrideOf;

    bool eligible(SiteKind k) const { return kinds.contains(k); }
    int capacity(int site, const QList<Site> &sites) const { return overrideOf.value(site, sites.at(site).capacity); }
};

struct Student
{
    qint64 id = 0;
    int school = 0;
    int programme = 0;
    QString given, family, number, email, phone;
    int cohort = 0;
    QDate policeSeen, confidentialitySigned;
    bool nursing = true;
    QList<QPair<int, QString>> exclusions; // site index, reason
    bool excluded(int site) const
    {
        for (const auto &e : exclusions)
            if (e.first == site)
                return true;
        return false;
    }
};

struct Placement
{
    qint64 id = 0;
    int student = 0;
    int site = 0;
    int supervisor = -1;
    int period = 0;
    QDate start, end;
    PlacementStatus status = PlacementStatus::Planned;
};

struct Preference
{
    int student = 0;
    int period = 0;
    int rank = 1;
    int site = 0;
};

struct AbsenceRecord
{
    qint64 placementId = 0;
    QDate date;
    double hours = 0;
    AbsenceReason reason = AbsenceReason::Annet;
};

struct Meeting
{
    qint64 placementId = 0;
    MeetingKind kind = MeetingKind::Forventningssamtale;
    QDate planned, held;
    QString participants;
};

struct DemoHire
{
    qint64 id = 0;
    int student = -1; // index; -1: never a student here
    bool linked = false;
    int site = 0;
    QString given, family, email, phone;
    Profession profession = Profession::Sykepleier;
    HirePosition position = HirePosition::Fast;
    QDate start, probationEnd, end;
    std::optional<EndReason> endReason;
};

struct MentorPlan
{
    qint64 id = 0;
    int hire = 0;       // index
    int supervisor = 0; // index
    QDate start;
    int months = 12;
    QDate endedOn;
};

struct MentorTalk
{
    qint64 mentorshipId = 0;
    int number = 1;
    QDate planned, held;
};

// Load of one period: students per site and per supervisor.
struct Load
{
    QList<int> site;
    QList<int> supervisor;
};

// ---------------------------------------------------------------------------------------------------------------
// raw prepared statements: the fastest way to write tens of thousands of rows

class Insert
{
public:
    Insert(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Insert() { sqlite3_finalize(m_stmt); }
    Insert(const Insert &) = delete;
    Insert &operator=(const Insert &) = delete;

    template<typename... Args> int run(const Args &...args)
    {
        if (m_rc != SQLITE_OK)
            return m_rc;
        int i = 0;
        (bind(++i, args), ...);
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    int status() const { return m_rc; }

private:
    void bind(int i, int v) { sqlite3_bind_int(m_stmt, i, v); }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void bind(int i, std::nullptr_t) { sqlite3_bind_null(m_stmt, i); }
    void bind(int i, const QString &v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, const QDate &v)
    {
        if (v.isValid())
            bind(i, iso(v));
        else
            sqlite3_bind_null(m_stmt, i);
    }
    void bind(int i, const std::optional<qint64> &v)
    {
        if (v)
            bind(i, *v);
        else
            sqlite3_bind_null(m_stmt, i);
    }
    void bind(int i, const std::optional<QString> &v)
    {
        if (v)
            bind(i, *v);
        else
            sqlite3_bind_null(m_stmt, i);
    }
    void bind(int i, const std::optional<int> &v)
    {
        if (v)
            bind(i, *v);
        else
            sqlite3_bind_null(m_stmt, i);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

// ---------------------------------------------------------------------------------------------------------------

class Builder
{
public:
    Builder(const DemoOptions &options)
        : m_rng(options.seed)
        , m_options(options)
        , m_today(options.today.isValid() ? options.today : QDate::currentDate())
    {}

    bool loadData();
    void build();

    Rng m_rng;
    DemoOptions m_options;
    QDate m_today;

    QStringList m_female, m_male, m_family;
    QList<QStringList> m_schoolRows;
    struct Municipality
    {
        QString number, name;
        int weight;
        QStringList places; // the common place names and the municipality's own neighbourhoods (places.txt)
    };
    QList<Municipality> m_municipalities;

    QList<School> m_schools;
    QList<Programme> m_programmes;
    QList<Site> m_sites;
    QList<Supervisor> m_supervisors;
    QList<Period> m_periods;
    QList<Student> m_students;
    QList<Placement> m_placements;
    QList<Preference> m_preferences;
    QList<AbsenceRecord> m_absences;
    QList<Meeting> m_meetings;
    QList<DemoHire> m_hires;
    QList<MentorPlan> m_mentorships;
    QList<MentorTalk> m_talks;
    QList<Load> m_load; // per period
    int m_planningPeriod = 0;
    int m_unplaced = 0;
    int m_conflicts = 0;
    QSet<QString> m_emails;

private:
    QString uniqueEmail(const QString &local, const QString &domain);
    void makeSchools();
    void makeSites();
    void makeSupervisors();
    void makePeriods();
    void makeStudents();
    void makePreferences();
    void placeAll();
    bool place(int student, int period, const QList<int> &choices);
    int freeSupervisor(int site, int period, const QDate &from, const QDate &to) const;
    int room(int site, int period) const;
    void splitSomePlacements(int count);
    void addConflicts();
    void setStatuses();
    void makeAbsencesAndMeetings();
    void makeHires();
    QList<int> eligibleSites(int period) const;
};

bool Builder::loadData()
{
    m_female = readLines(QStringLiteral("given_names_female.txt"));
    m_male = readLines(QStringLiteral("given_names_male.txt"));
    m_family = readLines(QStringLiteral("family_names.txt"));
    for (const QString &line : readLines(QStringLiteral("schools.txt")))
        m_schoolRows << line.split(QLatin1Char(';'));
    for (const QString &line : readLines(QStringLiteral("municipalities.txt"))) {
        const QStringList f = line.split(QLatin1Char(';'));
        if (f.size() == 3)
            m_municipalities << Municipality{f.at(0), f.at(1), f.at(2).toInt(), {}};
    }
    // a place without a municipality number is common to every town; a neighbourhood belongs to its own only
    for (const QString &line : readLines(QStringLiteral("places.txt"))) {
        const QStringList f = line.split(QLatin1Char(';'));
        const QString number = f.value(1).trimmed();
        bool known = number.isEmpty();
        for (Municipality &m : m_municipalities) {
            if (number.isEmpty() || m.number == number) {
                m.places << f.at(0).trimmed();
                known = true;
            }
        }
        if (!known)
            return false; // a neighbourhood of a municipality the demo does not have: a broken data file
    }
    const bool placesEverywhere = std::all_of(m_municipalities.cbegin(), m_municipalities.cend(),
                                              [](const Municipality &m) { return !m.places.isEmpty(); });
    return !m_female.isEmpty() && !m_male.isEmpty() && !m_family.isEmpty() && placesEverywhere &&
           !m_schoolRows.isEmpty() && !m_municipalities.isEmpty();
}

QString Builder::uniqueEmail(const QString &local, const QString &domain)
{
    QString address = local + QLatin1Char('@') + domain;
    for (int n = 2; m_emails.contains(address); ++n)
        address = local + QString::number(n) + QLatin1Char('@') + domain;
    m_emails.insert(address);
    return address;
}

void Builder::build()
{
    makeSchools();
    makeSites();
    makeSupervisors();
    makePeriods();
    makeStudents();
    makePreferences();
    placeAll();
    addConflicts();
    setStatuses();
    makeAbsencesAndMeetings();
    makeHires();
}

void Builder::makeSchools()
{
    for (const QStringList &f : std::as_const(m_schoolRows)) {
        if (f.size() < 6)
            continue;
        School s;
        s.id = m_schools.size() + 1;
        s.name = f.at(0);
        s.kind = fromId<SchoolKind>(f.at(1)).value_or(SchoolKind::Hogskole);
        // a number in the data file that fails the modulus-11 check is left out rather than written
        if (Validation::isValidOrganisationNumber(f.at(2)))
            s.orgNumber = Validation::normalisedOrganisationNumber(f.at(2));
        s.domain = f.at(3);
        s.numberPrefix = f.at(4);
        const bool female = m_rng.chance(0.75);
        const QString given = m_rng.pick(female ? m_female : m_male);
        const QString family = m_rng.pick(m_family);
        s.contact = given + QLatin1Char(' ') + family;
        s.email = uniqueEmail(asciiFold(given) + QLatin1Char('.') + asciiFold(family), s.domain);
        s.phone = phoneNumber(m_rng);
        s.nextNumber = s.kind == SchoolKind::Vgs || s.kind == SchoolKind::Fagskole ? m_rng.between(10000, 40000)
                                                                                   : m_rng.between(100000, 400000);
        m_schools << s;

        auto addProgramme = [&](const QString &name, ProgrammeKind kind) {
            Programme p;
            p.id = m_programmes.size() + 1;
            p.school = int(m_schools.size()) - 1;
            p.schoolId = s.id;
            p.name = name;
            p.kind = kind;
            m_programmes << p;
        };
        switch (s.kind) {
        case SchoolKind::Universitet:
        case SchoolKind::Hogskole:
            addProgramme(QStringLiteral("Bachelor i sykepleie"), ProgrammeKind::Sykepleie);
            break;
        case SchoolKind::Vgs:
            addProgramme(QStringLiteral("Vg2 helsearbeiderfag"), ProgrammeKind::Helsearbeiderfag);
            addProgramme(QStringLiteral("Lærling i helsearbeiderfaget"), ProgrammeKind::Laerling);
            break;
        case SchoolKind::Fagskole:
            addProgramme(QStringLiteral("Helse, aldring og aktiv omsorg"), ProgrammeKind::Fagskole);
            addProgramme(QStringLiteral("Psykisk helsearbeid og rusarbeid"), ProgrammeKind::Fagskole);
            break;
        }
    }
}

void Builder::makeSites()
{
    const int count = DemoGenerator::siteCount(m_options.students);
    // how common each kind is among the sites of a municipality, in the order of SiteKind
    const QList<SiteKind> kinds = allValues<SiteKind>();
    const QList<int> kindWeights{45, 25, 9, 6, 7, 3, 3, 2};
    QList<int> municipalityWeights;
    for (const auto &m : std::as_const(m_municipalities))
        municipalityWeights << m.weight;
    const QStringList zones{QStringLiteral("Sone nord"), QStringLiteral("Sone sør"), QStringLiteral("Sone øst"),
                            QStringLiteral("Sone vest"), QStringLiteral("Sone sentrum")};
    QSet<QString> used;

    while (m_sites.size() < count) {
        const int kindIndex = m_rng.weighted(kindWeights);
        const SiteKind kind = kinds.value(kindIndex, SiteKind::Sykehjem);
        const Municipality &mun = m_municipalities.at(m_rng.weighted(municipalityWeights));
        const QString place = m_rng.pick(mun.places);
        QString name, unit;
        switch (kind) {
        case SiteKind::Sykehjem: {
            const QStringList forms{QStringLiteral("%1 sykehjem"), QStringLiteral("%1 omsorgssenter"),
                                    QStringLiteral("%1 bo- og behandlingssenter")};
            name = m_rng.pick(forms).arg(place);
            const QStringList units{QStringLiteral("Avdeling %1"), QStringLiteral("Skjermet avdeling"),
                                    QStringLiteral("Korttidsavdeling"), QStringLiteral("Langtidsavdeling %1"),
                                    QStringLiteral("Demensavdeling")};
            unit = m_rng.pick(units);
            if (unit.contains(QLatin1Char('%')))
                unit = unit.arg(m_rng.between(1, 5));
            break;
        }
        case SiteKind::Hjemmetjeneste:
            name = (m_rng.chance(0.5) ? QStringLiteral("Hjemmetjenesten %1") : QStringLiteral("Hjemmesykepleien %1"))
                       .arg(place);
            unit = m_rng.pick(zones);
            break;
        case SiteKind::PsykiskHelseRus: {
            name = QStringLiteral("%1 psykisk helse og rus").arg(mun.name);
            const QStringList units{QStringLiteral("Ambulant team"), QStringLiteral("Bofellesskap %1").arg(place),
                                    QStringLiteral("Lavterskeltilbud"), QStringLiteral("Oppfølgingstjenesten")};
            unit = m_rng.pick(units);
            break;
        }
        case SiteKind::Habilitering: {
            name = QStringLiteral("%1 bofellesskap").arg(place);
            const QStringList units{QStringLiteral("Habilitering"), QStringLiteral("Avlastning"),
                                    QStringLiteral("Boliger for utviklingshemmede")};
            unit = m_rng.pick(units);
            break;
        }
        case SiteKind::Helsehus: {
            name = QStringLiteral("%1 helsehus").arg(mun.name);
            const QStringList units{QStringLiteral("Korttid %1").arg(m_rng.between(1, 4)),
                                    QStringLiteral("Rehabilitering"), QStringLiteral("Lindrende enhet"),
                                    QStringLiteral("Kommunal akutt døgnenhet")};
            unit = m_rng.pick(units);
            break;
        }
        case SiteKind::Legevakt: {
            name = QStringLiteral("%1 legevakt").arg(mun.name);
            const QStringList units{QStringLiteral("Akuttmottak"), QStringLiteral("Observasjonsenhet"),
                                    QStringLiteral("Telefonsentral")};
            unit = m_rng.pick(units);
            break;
        }
        case SiteKind::Helsestasjon:
            name = QStringLiteral("%1 helsestasjon").arg(place);
            unit = m_rng.chance(0.5) ? QStringLiteral("Skolehelsetjenesten") : QString();
            break;
        case SiteKind::Annet:
            name = QStringLiteral("%1 dagsenter").arg(place);
            unit = QStringLiteral("Dagaktivitetstilbud");
            break;
        }
        const QString key = (name + QLatin1Char('/') + unit).toLower();
        if (used.contains(key))
            continue; // draw again: (name, unit) is unique in a plan
        used.insert(key);

        Site s;
        s.id = m_sites.size() + 1;
        s.name = name;
        s.unit = unit;
        s.kind = kind;
        s.municipality = mun.name;
        s.municipalityNumber = mun.number;
        QString street = place;
        street.remove(QLatin1Char(' '));
        s.address = QStringLiteral("%1veien %2, %3").arg(street).arg(m_rng.between(1, 120)).arg(mun.name);
        const bool female = m_rng.chance(0.8);
        const QString given = m_rng.pick(female ? m_female : m_male);
        const QString family = m_rng.pick(m_family);
        s.contact = given + QLatin1Char(' ') + family;
        s.email = uniqueEmail(asciiFold(given) + QLatin1Char('.') + asciiFold(family),
                              asciiFold(mun.name) + QStringLiteral(".kommune.no"));
        s.phone = phoneNumber(m_rng);
        s.popularity = 1 + m_rng.below(6) * m_rng.below(3); // a few sites are much wanted
        m_sites << s;
    }
}

void Builder::makeSupervisors()
{
    const int count = DemoGenerator::supervisorCount(m_options.students);
    // bigger units get more supervisors; every site has at least one
    QList<int> weights;
    for (const Site &s : std::as_const(m_sites)) {
        switch (s.kind) {
        case SiteKind::Sykehjem:
        case SiteKind::Hjemmetjeneste:
        case SiteKind::Helsehus:
            weights << 3;
            break;
        case SiteKind::PsykiskHelseRus:
        case SiteKind::Legevakt:
            weights << 2;
            break;
        default:
            weights << 1;
        }
    }
    QList<int> owners;
    for (int i = 0; i < m_sites.size(); ++i)
        owners << i;
    while (owners.size() < count)
        owners << m_rng.weighted(weights);
    std::sort(owners.begin(), owners.end());

    const int firstYear = m_today.year() - 12;
    for (int site : std::as_const(owners)) {
        Supervisor v;
        v.id = m_supervisors.size() + 1;
        v.site = site;
        const bool female = m_rng.chance(0.85);
        v.given = m_rng.pick(female ? m_female : m_male);
        v.family = m_rng.pick(m_family);
        const int p = m_rng.weighted({70, 25, 5});
        v.profession = p == 0 ? Profession::Sykepleier : p == 1 ? Profession::Helsefagarbeider : Profession::Annet;
        v.training = m_rng.chance(0.65);
        if (v.training)
            v.trainingYear = m_rng.between(firstYear, m_today.year() - 1);
        const int m = m_rng.weighted({5, 60, 30, 5});
        v.maxStudents = m + 1;
        v.email = uniqueEmail(asciiFold(v.given) + QLatin1Char('.') + asciiFold(v.family),
                              asciiFold(m_sites.at(site).municipality) + QStringLiteral(".kommune.no"));
        v.phone = phoneNumber(m_rng);
        m_sites[site].supervisors << int(m_supervisors.size());
        m_supervisors << v;
    }
    for (Site &s : m_sites) {
        int sum = 0;
        for (int v : std::as_const(s.supervisors))
            sum += m_supervisors.at(v).maxStudents;
        s.capacity = std::max(1, sum - (m_rng.chance(0.2) ? 1 : 0));
    }
}

void Builder::makePeriods()
{
    // Four periods a year, one after the other: nursing spring, health workers spring, nursing autumn, health
    // workers autumn. The last of the 20 is the first one that starts after today: the one to plan.
    struct Slot
    {
        int week, weeks;
        bool nursing;
        bool spring;
    };
    const Slot terms[4] = {{2, 8, true, true}, {11, 9, false, true}, {34, 8, true, false}, {43, 7, false, false}};
    auto startOf = [&](int k) { return mondayOfIsoWeek(k / 4, terms[k % 4].week); };
    int planning = m_today.year() * 4 - 4;
    while (startOf(planning) <= m_today)
        ++planning;
    const int first = planning - (DemoGenerator::periodCount - 1);

    const QList<SiteKind> nursingSpring{SiteKind::Sykehjem, SiteKind::Hjemmetjeneste, SiteKind::Helsehus,
                                        SiteKind::Legevakt};
    const QList<SiteKind> nursingAutumn{SiteKind::Sykehjem, SiteKind::Hjemmetjeneste, SiteKind::PsykiskHelseRus,
                                        SiteKind::Helsehus, SiteKind::Helsestasjon};
    const QList<SiteKind> workersSpring{SiteKind::Sykehjem, SiteKind::Hjemmetjeneste, SiteKind::Habilitering,
                                        SiteKind::Helsehus, SiteKind::Annet};
    const QList<SiteKind> workersAutumn{SiteKind::Sykehjem, SiteKind::Hjemmetjeneste, SiteKind::PsykiskHelseRus,
                                        SiteKind::Habilitering, SiteKind::Helsehus};

    for (int k = first; k <= planning; ++k) {
        const Slot &slot = terms[k % 4];
        Period p;
        p.id = m_periods.size() + 1;
        p.nursing = slot.nursing;
        p.start = startOf(k);
        p.end = p.start.addDays(7 * slot.weeks - 3); // a Friday
        p.name = QStringLiteral("%1 %2 %3")
                     .arg(slot.nursing ? QStringLiteral("Sykepleie") : QStringLiteral("Helsefag"),
                          slot.spring ? QStringLiteral("vår") : QStringLiteral("høst"))
                     .arg(k / 4);
        p.hoursPerWeek = slot.nursing ? 30 : 32.5;
        p.kinds = slot.nursing ? (slot.spring ? nursingSpring : nursingAutumn)
                               : (slot.spring ? workersSpring : workersAutumn);
        // a few sites take more or fewer students this period (renovation, staff on leave, an extra supervisor)
        for (int s = 0; s < m_sites.size(); ++s) {
            if (!p.eligible(m_sites.at(s).kind) || !m_rng.chance(0.03))
                continue;
            const int cap = std::max(0, m_sites.at(s).capacity + (m_rng.chance(0.7) ? -m_rng.between(1, 2) : 1));
            p.capacityOverrides << qMakePair(s, cap);
            p.overrideOf.insert(s, cap);
        }
        m_periods << p;
    }
    m_planningPeriod = int(m_periods.size()) - 1;

    // supervisors' absences (holidays, courses, leave), a few weeks each
    const QDate from = m_periods.constFirst().start;
    const int span = int(from.daysTo(m_periods.constLast().end));
    for (Supervisor &v : m_supervisors) {
        if (!m_rng.chance(0.04))
            continue;
        const QDate start = from.addDays(m_rng.below(span));
        const QDate monday = start.addDays(1 - start.dayOfWeek());
        const QStringList notes{QStringLiteral("Ferie"), QStringLiteral("Kurs"), QStringLiteral("Permisjon"),
                                QStringLiteral("Avspasering")};
        v.absences << Absence{monday, monday.addDays(7 * m_rng.between(1, 3) - 3), m_rng.pick(notes)};
    }
    m_load.resize(m_periods.size());
    for (Load &l : m_load) {
        l.site.fill(0, m_sites.size());
        l.supervisor.fill(0, m_supervisors.size());
    }
}

void Builder::makeStudents()
{
    QList<int> nursingProgrammes, otherProgrammes;
    QList<int> nursingWeights, otherWeights;
    for (int i = 0; i < m_programmes.size(); ++i) {
        const Programme &p = m_programmes.at(i);
        if (p.kind == ProgrammeKind::Sykepleie) {
            nursingProgrammes << i;
            // the big nursing schools get more students
            nursingWeights << (m_schools.at(p.school).kind == SchoolKind::Universitet ? 3 : 2);
        } else {
            otherProgrammes << i;
            otherWeights << (p.kind == ProgrammeKind::Helsearbeiderfag ? 9 : p.kind == ProgrammeKind::Laerling ? 7 : 2);
        }
    }
    const int firstYear = m_periods.constFirst().start.year();
    for (int i = 0; i < m_options.students; ++i) {
        Student s;
        s.id = i + 1;
        s.nursing = i % 2 == 0;
        s.programme = s.nursing ? nursingProgrammes.at(m_rng.weighted(nursingWeights))
                                : otherProgrammes.at(m_rng.weighted(otherWeights));
        s.school = m_programmes.at(s.programme).school;
        School &school = m_schools[s.school];
        const bool female = m_rng.chance(s.nursing ? 0.86 : 0.8);
        s.given = m_rng.pick(female ? m_female : m_male);
        s.family = m_rng.pick(m_family);
        school.nextNumber += m_rng.between(1, 9);
        s.number = school.numberPrefix + QString::number(school.nextNumber);
        QString local =
            asciiFold(s.given).replace(QLatin1Char(' '), QLatin1Char('.')) + QLatin1Char('.') + asciiFold(s.family);
        local.replace(QLatin1Char('-'), QLatin1Char('.'));
        const bool higher = school.kind == SchoolKind::Universitet || school.kind == SchoolKind::Hogskole;
        s.email = uniqueEmail(local, (higher ? QStringLiteral("student.") : QStringLiteral("elev.")) + school.domain);
        s.phone = phoneNumber(m_rng);
        s.cohort = firstYear - m_rng.below(2);
        const QDate termStart(s.cohort, 8, 15);
        if (m_rng.chance(0.97))
            s.policeSeen = termStart.addDays(m_rng.below(30));
        if (m_rng.chance(0.98))
            s.confidentialitySigned = termStart.addDays(m_rng.below(40));
        if (m_rng.chance(0.02)) {
            const QStringList reasons{QStringLiteral("Har jobbet der som assistent"),
                                      QStringLiteral("Nær familie arbeider der"),
                                      QStringLiteral("Har hatt sommerjobb der")};
            s.exclusions << qMakePair(m_rng.below(int(m_sites.size())), m_rng.pick(reasons));
        }
        m_students << s;
    }
}

QList<int> Builder::eligibleSites(int period) const
{
    QList<int> out;
    for (int s = 0; s < m_sites.size(); ++s)
        if (m_periods.at(period).eligible(m_sites.at(s).kind))
            out << s;
    return out;
}

void Builder::makePreferences()
{
    // Students choose sites for the periods that have not ended: up to three, the popular ones more often.
    for (int p = 0; p < m_periods.size(); ++p) {
        if (m_periods.at(p).end < m_today)
            continue;
        const QList<int> sites = eligibleSites(p);
        if (sites.isEmpty())
            continue;
        QList<int> weights;
        for (int s : sites)
            weights << m_sites.at(s).popularity;
        for (int st = 0; st < m_students.size(); ++st) {
            const Student &student = m_students.at(st);
            if (student.nursing != m_periods.at(p).nursing || !m_rng.chance(0.85))
                continue;
            const int count = m_rng.between(1, 3);
            QList<int> chosen;
            for (int attempt = 0; attempt < 10 && chosen.size() < count; ++attempt) {
                const int site = sites.at(m_rng.weighted(weights));
                if (!chosen.contains(site) && !student.excluded(site))
                    chosen << site;
            }
            for (int r = 0; r < chosen.size(); ++r)
                m_preferences << Preference{st, p, r + 1, chosen.at(r)};
        }
    }
}

int Builder::freeSupervisor(int site, int period, const QDate &from, const QDate &to) const
{
    int best = -1;
    int bestLoad = 0;
    for (int v : m_sites.at(site).supervisors) {
        const int load = m_load.at(period).supervisor.at(v);
        if (load >= m_supervisors.at(v).maxStudents || m_supervisors.at(v).absentDuring(from, to))
            continue;
        if (best < 0 || load < bestLoad) {
            best = v;
            bestLoad = load;
        }
    }
    return best;
}

int Builder::room(int site, int period) const
{
    return m_periods.at(period).capacity(site, m_sites) - m_load.at(period).site.at(site);
}

bool Builder::place(int student, int period, const QList<int> &choices)
{
    const Period &p = m_periods.at(period);
    auto tryAt = [&](int site) {
        if (!p.eligible(m_sites.at(site).kind) || m_students.at(student).excluded(site) || room(site, period) <= 0)
            return false;
        const int sup = freeSupervisor(site, period, p.start, p.end);
        if (sup < 0)
            return false;
        Placement pl;
        pl.student = student;
        pl.site = site;
        pl.supervisor = sup;
        pl.period = period;
        pl.start = p.start;
        pl.end = p.end;
        // now and then a shorter placement inside the period
        if (m_rng.chance(0.04))
            pl.start = pl.start.addDays(7);
        else if (m_rng.chance(0.04))
            pl.end = pl.end.addDays(-7);
        m_placements << pl;
        ++m_load[period].site[site];
        ++m_load[period].supervisor[sup];
        return true;
    };
    for (int site : choices)
        if (m_rng.chance(0.8) && tryAt(site))
            return true;
    // otherwise a site with room: a few random draws, then the first one from a random starting point
    for (int attempt = 0; attempt < 8; ++attempt)
        if (tryAt(m_rng.below(int(m_sites.size()))))
            return true;
    const int n = int(m_sites.size());
    const int offset = m_rng.below(n);
    for (int i = 0; i < n; ++i)
        if (tryAt((offset + i) % n))
            return true;
    return false;
}

void Builder::placeAll()
{
    // choices per (period, student), in rank order
    QHash<qint64, QList<int>> choices;
    for (const Preference &pref : std::as_const(m_preferences))
        choices[qint64(pref.period) * m_students.size() + pref.student] << pref.site;

    for (int p = 0; p < m_periods.size(); ++p) {
        QList<int> group;
        for (int s = 0; s < m_students.size(); ++s)
            if (m_students.at(s).nursing == m_periods.at(p).nursing)
                group << s;
        m_rng.shuffle(group);
        qsizetype toPlace = group.size();
        if (p == m_planningPeriod) {
            // leave some students for the planner
            m_unplaced = std::max(1, int(group.size() * 6 / 100));
            toPlace = std::max<qsizetype>(0, group.size() - m_unplaced);
        }
        for (qsizetype i = 0; i < toPlace; ++i)
            place(group.at(i), p, choices.value(qint64(p) * m_students.size() + group.at(i)));
    }
    // Split placements (half the period at one site, half at another) make up for the students left unplaced,
    // so the plan has exactly placementsPerStudent placements per student.
    const int target = m_options.students * DemoGenerator::placementsPerStudent;
    splitSomePlacements(target - int(m_placements.size()));

    // placements in a stable order: by period, then student
    std::stable_sort(m_placements.begin(), m_placements.end(), [](const Placement &a, const Placement &b) {
        return a.period != b.period     ? a.period < b.period
               : a.student != b.student ? a.student < b.student
                                        : a.start < b.start;
    });
}

void Builder::splitSomePlacements(int count)
{
    const int pastPeriods = std::max(1, m_planningPeriod - 1);
    const int attempts = std::max(1000, count * 50);
    for (int attempt = 0; count > 0 && attempt < attempts; ++attempt) {
        const int index = m_rng.below(int(m_placements.size()));
        Placement &first = m_placements[index];
        if (first.period >= pastPeriods || first.start.daysTo(first.end) < 5 * 7 - 3)
            continue;
        const int period = first.period;
        const int weeks = int((first.start.daysTo(first.end) + 3) / 7);
        const QDate secondStart = first.start.addDays(7 * (weeks / 2));
        const QDate firstEnd = secondStart.addDays(-3);
        const int student = first.student;
        int site = -1, sup = -1;
        for (int tries = 0; tries < 20 && site < 0; ++tries) {
            const int s = m_rng.below(int(m_sites.size()));
            if (s == first.site || !m_periods.at(period).eligible(m_sites.at(s).kind) ||
                m_students.at(student).excluded(s) || room(s, period) <= 0)
                continue;
            sup = freeSupervisor(s, period, secondStart, first.end);
            if (sup >= 0)
                site = s;
        }
        if (site < 0)
            continue;
        Placement second = first;
        second.site = site;
        second.supervisor = sup;
        second.start = secondStart;
        first.end = firstEnd;
        ++m_load[period].site[site];
        ++m_load[period].supervisor[sup];
        m_placements << second;
        --count;
    }
}

void Builder::addConflicts()
{
    // A handful of placements that break a rule, in the latest periods, so the planner and `check` show conflicts.
    const int perKind = m_options.students >= 2000 ? 2 : 1;
    const int planning = m_planningPeriod;
    const int current = std::max(0, planning - 1);
    QList<int> inPlanning, inCurrent;
    for (int i = 0; i < m_placements.size(); ++i) {
        if (m_placements.at(i).period == planning)
            inPlanning << i;
        else if (m_placements.at(i).period == current)
            inCurrent << i;
    }
    QSet<int> touched;
    auto pickFrom = [&](const QList<int> &list) {
        for (int attempt = 0; attempt < 50 && !list.isEmpty(); ++attempt) {
            const int i = m_rng.pick(list);
            if (!touched.contains(i)) {
                touched.insert(i);
                return i;
            }
        }
        return -1;
    };

    for (int n = 0; n < perKind; ++n) {
        // 1. a site over its capacity: the site's capacity in the period was lowered after it was planned
        if (int i = pickFrom(inPlanning); i >= 0) {
            const int site = m_placements.at(i).site;
            const int load = m_load.at(planning).site.at(site);
            Period &p = m_periods[planning];
            if (load >= 1 && !p.overrideOf.contains(site)) {
                p.capacityOverrides << qMakePair(site, load - 1);
                p.overrideOf.insert(site, load - 1);
                ++m_conflicts;
            }
        }
        // 2. a supervisor with more students than her maximum
        if (int i = pickFrom(inCurrent); i >= 0) {
            Placement &pl = m_placements[i];
            for (int v : m_sites.at(pl.site).supervisors) {
                if (v != pl.supervisor && m_load.at(current).supervisor.at(v) >= m_supervisors.at(v).maxStudents) {
                    --m_load[current].supervisor[pl.supervisor];
                    pl.supervisor = v;
                    ++m_load[current].supervisor[v];
                    ++m_conflicts;
                    break;
                }
            }
        }
        // 3. a placement that runs a week past the end of its period
        if (int i = pickFrom(inPlanning); i >= 0) {
            m_placements[i].end = m_periods.at(planning).end.addDays(7);
            ++m_conflicts;
        }
        // 4. a site whose kind is not eligible in the period
        if (int i = pickFrom(inPlanning); i >= 0) {
            Placement &pl = m_placements[i];
            const int n = int(m_sites.size());
            const int offset = m_rng.below(n);
            for (int k = 0; k < n; ++k) {
                const int s = (offset + k) % n;
                if (!m_periods.at(planning).eligible(m_sites.at(s).kind) && !m_students.at(pl.student).excluded(s)) {
                    --m_load[planning].site[pl.site];
                    --m_load[planning].supervisor[pl.supervisor];
                    pl.site = s;
                    pl.supervisor = -1;
                    ++m_load[planning].site[s];
                    ++m_conflicts;
                    break;
                }
            }
        }
        // 5. a supervisor away for a week of her student's placement
        if (int i = pickFrom(inCurrent); i >= 0 && m_placements.at(i).supervisor >= 0) {
            const Placement &pl = m_placements.at(i);
            const QDate monday = pl.start.addDays(14);
            m_supervisors[pl.supervisor].absences << Absence{monday, monday.addDays(4), QStringLiteral("Kurs")};
            ++m_conflicts;
        }
    }
}

void Builder::setStatuses()
{
    for (Placement &pl : m_placements) {
        if (pl.end < m_today)
            pl.status = m_rng.chance(0.01) ? PlacementStatus::Cancelled : PlacementStatus::Completed;
        else if (pl.start <= m_today)
            pl.status = m_rng.chance(0.005) ? PlacementStatus::Cancelled : PlacementStatus::Ongoing;
        else if (m_rng.chance(0.01))
            pl.status = PlacementStatus::Cancelled;
        else
            pl.status = m_rng.chance(0.6) ? PlacementStatus::Confirmed : PlacementStatus::Planned;
    }
    for (int i = 0; i < m_placements.size(); ++i)
        m_placements[i].id = i + 1;
}

void Builder::makeAbsencesAndMeetings()
{
    const QList<AbsenceReason> reasons = allValues<AbsenceReason>();
    const QList<int> reasonWeights{50, 20, 10, 5, 15};
    for (const Placement &pl : std::as_const(m_placements)) {
        if (pl.status == PlacementStatus::Cancelled)
            continue;
        const ProgrammeKind programme = m_programmes.at(m_students.at(pl.student).programme).kind;
        const double hoursPerDay = m_periods.at(pl.period).hoursPerWeek / 5;

        // meetings: the ones the follow-up rule proposes for the placement; held when their day has passed (nearly
        // always)
        for (const ProposedMeeting &proposed : FollowUp::proposedMeetings(pl.start, pl.end, programme)) {
            const MeetingKind kind = proposed.kind;
            const QDate planned = proposed.date;
            Meeting m;
            m.placementId = pl.id;
            m.kind = kind;
            m.planned = planned;
            m.participants = kind == MeetingKind::Midtveisvurdering
                                 ? QStringLiteral("Student, praksisveileder")
                                 : QStringLiteral("Student, praksisveileder, kontaktlærer");
            if (planned < m_today) {
                const bool recent = pl.status == PlacementStatus::Ongoing;
                // Not held: flagged as overdue. Long-finished placements had theirs recorded (the overview is
                // about what needs attention now, not a record missing from years ago).
                const bool forgotten = m_rng.chance(recent ? 0.06 : 0.003);
                if (!forgotten || (!recent && planned < m_today.addDays(-90)))
                    m.held = std::min(planned.addDays(m_rng.between(-1, 2)), m_today.addDays(-1));
            }
            m_meetings << m;
        }

        // absence: now and then a day or two; rarely so much it must be made up or puts the period at risk
        if (pl.start > m_today)
            continue;
        const QDate last = std::min(pl.end, m_today);
        const qint64 span = pl.start.daysTo(last);
        int records = 0;
        double hours = 0;
        if (m_rng.chance(0.01)) {
            records = m_rng.between(5, 12);
            hours = hoursPerDay;
        } else if (m_rng.chance(0.25)) {
            records = m_rng.between(1, 3);
        }
        QList<QDate> used;
        for (int r = 0, attempts = 0; r < records && attempts < 40; ++attempts) {
            const QDate d = pl.start.addDays(m_rng.below(int(span + 1)));
            if (d.dayOfWeek() > 5 || used.contains(d))
                continue;
            used << d;
            const QList<double> partial{2.0, 3.0, hoursPerDay};
            m_absences << AbsenceRecord{pl.id, d, hours > 0 ? hours : m_rng.pick(partial),
                                        reasons.at(m_rng.weighted(reasonWeights))};
            ++r;
        }
    }
}

// --- new hires, mentors and conversations (PRODUCT.md section 10) ------------------------------------------------

void Builder::makeHires()
{
    // a generator of their own, so that the rest of the plan is the same with or without them
    Rng rng(m_options.seed * 2654435761u + 21u);
    const auto mondayOnOrAfter = [](QDate d) { return d.addDays((8 - d.dayOfWeek()) % 7); };
    const auto workDomain = [this](int site) {
        const QString &email = m_sites.at(site).email;
        return email.mid(email.indexOf(QLatin1Char('@')) + 1);
    };
    const QList<EndReason> reasons{EndReason::AnnenStillingIKommunen, EndReason::AnnenArbeidsgiver,
                                   EndReason::Utdanning, EndReason::Flytting, EndReason::Annet};
    const QList<int> reasonWeights{30, 35, 15, 10, 10};
    const int anySite = int(m_sites.size());

    // a post (not a summer job): with a mentor about two times in three; the mentored mostly stay their first year
    // (Trondheim: 1 of 24 left), the others often leave, most in probation (12 of 26)
    const auto employ = [&](DemoHire h) {
        h.id = m_hires.size() + 1;
        h.probationEnd = h.start.addMonths(6);
        const bool post = h.position != HirePosition::Sommervikar;
        const QList<int> &supervisors = m_sites.at(h.site).supervisors;
        const bool mentored = post && !supervisors.isEmpty() && rng.chance(0.65);
        if (post) {
            const bool leaves = rng.chance(mentored ? 0.06 : 0.42);
            QDate end;
            if (leaves)
                end = h.start.addDays(rng.chance(0.7) ? rng.between(30, 180) : rng.between(183, 360));
            else if (rng.chance(0.12))
                end = h.start.addDays(rng.between(400, 1100));
            if (end.isValid() && end < m_today) {
                h.end = end;
                h.endReason = reasons.at(rng.weighted(reasonWeights));
            }
        }
        m_hires << h;
        if (!mentored)
            return;
        MentorPlan m;
        m.id = m_mentorships.size() + 1;
        m.hire = int(m_hires.size() - 1);
        m.supervisor = rng.pick(supervisors);
        m.start = h.start;
        m.months = rng.chance(0.1) ? 24 : 12;
        if (h.end.isValid() && h.end < m.start.addMonths(m.months))
            m.endedOn = h.end;
        m_mentorships << m;
        int number = 0;
        for (const QDate &date : MentorSchedule::dates(m.start, m.months)) {
            ++number;
            MentorTalk c{m.id, number, date, {}};
            if (date < m_today && (!m.endedOn.isValid() || date <= m.endedOn)) {
                // most are held, a day or two late at times; the recent ones less often (overdue)
                if (rng.chance(date < m_today.addDays(-60) ? 0.98 : 0.75))
                    c.held = std::min(date.addDays(rng.chance(0.8) ? 0 : rng.between(1, 3)), m_today.addDays(-1));
            }
            m_talks << c;
        }
    };

    QHash<int, QList<int>> placementsOf;
    for (int p = 0; p < m_placements.size(); ++p)
        placementsOf[m_placements.at(p).student] << p;
    for (int s = 0; s < m_students.size(); ++s) {
        // her last placement that was not cancelled, ended before today
        int last = -1;
        for (int p : placementsOf.value(s)) {
            const Placement &pl = m_placements.at(p);
            if (pl.status != PlacementStatus::Cancelled && pl.end < m_today &&
                (last < 0 || pl.end > m_placements.at(last).end))
                last = p;
        }
        if (last < 0)
            continue;
        const Student &st = m_students.at(s);
        const Placement &pl = m_placements.at(last);
        DemoHire h;
        h.student = s;
        h.given = st.given;
        h.family = st.family;
        h.profession = st.nursing ? Profession::Sykepleier : Profession::Helsefagarbeider;
        h.linked = rng.chance(0.85);
        const auto contact = [&](int site) {
            h.site = site;
            h.email = rng.chance(0.3) ? st.email
                                      : uniqueEmail(asciiFold(st.given).replace(QLatin1Char(' '), QLatin1Char('.')) +
                                                        QLatin1Char('.') + asciiFold(st.family),
                                                    workDomain(site));
            h.phone = rng.chance(0.5) ? st.phone : phoneNumber(rng);
        };
        const bool summer = rng.chance(0.14);
        QDate after = pl.end;
        if (summer) {
            // the summer after the placement, mostly where she had it
            const int year = pl.end.month() <= 6 ? pl.end.year() : pl.end.year() + 1;
            DemoHire temp = h;
            contact(rng.chance(0.75) ? pl.site : rng.below(anySite));
            temp.site = h.site;
            temp.email = h.email;
            temp.phone = h.phone;
            temp.position = HirePosition::Sommervikar;
            temp.start = mondayOnOrAfter(QDate(year, 6, 15));
            temp.end = QDate(year, 8, 14);
            if (temp.start > m_today.addDays(30))
                continue;
            employ(temp);
            after = temp.end;
        }
        if (!rng.chance(summer ? 0.5 : 0.09))
            continue;
        // a post later: mostly at the site she knows
        const int summerSite = summer ? m_hires.constLast().site : pl.site;
        contact(rng.chance(0.7) ? summerSite : rng.chance(0.5) ? pl.site : rng.below(anySite));
        h.position = rng.chance(0.7) ? HirePosition::Fast : HirePosition::Vikariat;
        h.start = mondayOnOrAfter(summer ? after.addDays(rng.between(3, 20)) : after.addDays(rng.between(20, 200)));
        if (h.start > m_today.addDays(30))
            continue;
        employ(h);
    }
    // and hires who were never students here
    const int others = std::max(4, int(m_sites.size()) / 2);
    for (int i = 0; i < others; ++i) {
        DemoHire h;
        const bool female = rng.chance(0.85);
        h.given = rng.pick(female ? m_female : m_male);
        h.family = rng.pick(m_family);
        h.profession = rng.chance(0.6) ? Profession::Sykepleier : Profession::Helsefagarbeider;
        h.position = rng.chance(0.7) ? HirePosition::Fast : HirePosition::Vikariat;
        h.site = rng.below(anySite);
        h.email = uniqueEmail(asciiFold(h.given).replace(QLatin1Char(' '), QLatin1Char('.')) + QLatin1Char('.') +
                                  asciiFold(h.family),
                              workDomain(h.site));
        h.phone = phoneNumber(rng);
        h.start = mondayOnOrAfter(m_today.addDays(-rng.between(0, 3 * 365)));
        employ(h);
    }
}

} // namespace

int DemoGenerator::siteCount(int students)
{
    return std::max(8, (students + 5) / 10);
}

Result<DemoSummary> DemoGenerator::generate(PlanFile &plan, const DemoOptions &options, const Progress &progress)
{
    if (options.students < 10 || options.students > 200000)
        return Error::invalid(
            tr("The number of demo students must be between 10 and 200,000; %1 was given.").arg(options.students),
            QStringLiteral("students"));

    auto existing = plan.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM schools) + (SELECT count(*) FROM students) + (SELECT count(*) FROM sites)"
        " + (SELECT count(*) FROM supervisors) + (SELECT count(*) FROM periods) + (SELECT count(*) FROM placements)"));
    if (!existing)
        return existing.error();
    if (existing->next() && existing->value(0).toLongLong() > 0)
        return Error{Error::Kind::Invalid,
                     tr("The plan “%1” already holds data. Demo data is only put into an empty plan; nothing was "
                        "written.")
                         .arg(plan.path()),
                     plan.path()};
    existing->finish();

    Builder b(options);
    if (!b.loadData())
        return Error::make(Error::Kind::Io, tr("The demo name lists are missing from the program."));
    b.build();

    const qint64 total = b.m_schools.size() + b.m_programmes.size() + b.m_sites.size() + b.m_supervisors.size() +
                         b.m_periods.size() + b.m_students.size() + b.m_placements.size() + b.m_preferences.size() +
                         b.m_absences.size() + b.m_meetings.size() + b.m_hires.size() + b.m_mentorships.size() +
                         b.m_talks.size();
    qint64 done = 0;
    bool cancelled = false;
    auto step = [&]() {
        ++done;
        if (progress && done % 2000 == 0 && !progress(done, total))
            cancelled = true;
        return !cancelled;
    };

    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    sqlite3 *db = plan.handle();
    if (!db)
        return Error::make(Error::Kind::Database, tr("The plan is not open."));

    int rc = SQLITE_OK;
    auto failed = [&](const Insert &ins) { return ins.status() != SQLITE_OK || rc != SQLITE_OK || cancelled; };
    auto finishError = [&](const char *table) -> Error {
        if (cancelled)
            return Error::make(Error::Kind::Cancelled, tr("Making the demo plan was cancelled; nothing was written."));
        const int code = rc != SQLITE_OK ? rc : sqlite3_errcode(db);
        return plan.errorFromSqlite(code, tr("Demo data for “%1” could not be written: %2")
                                              .arg(QString::fromLatin1(table), QString::fromUtf8(sqlite3_errmsg(db))));
    };

    {
        Insert ins(db, "INSERT INTO schools (id, name, kind, org_number, contact_person, email, phone)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const School &s : std::as_const(b.m_schools)) {
            rc = ins.run(s.id, s.name, toId(s.kind), s.orgNumber, s.contact, s.email, s.phone);
            if (failed(ins) || !step())
                return finishError("schools");
        }
        if (failed(ins))
            return finishError("schools");
    }
    {
        Insert ins(db, "INSERT INTO programmes (id, school_id, name, kind) VALUES (?, ?, ?, ?)");
        for (const Programme &p : std::as_const(b.m_programmes)) {
            rc = ins.run(p.id, p.schoolId, p.name, toId(p.kind));
            if (failed(ins) || !step())
                return finishError("programmes");
        }
    }
    {
        Insert ins(db, "INSERT INTO sites (id, name, unit, municipality, municipality_number, kind, address,"
                       " contact_person, email, phone, capacity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Site &s : std::as_const(b.m_sites)) {
            rc = ins.run(s.id, s.name, s.unit, s.municipality, s.municipalityNumber, toId(s.kind), s.address, s.contact,
                         s.email, s.phone, s.capacity);
            if (failed(ins) || !step())
                return finishError("sites");
        }
    }
    int supervisorAbsences = 0;
    {
        Insert ins(db, "INSERT INTO supervisors (id, site_id, given_name, family_name, profession, has_training,"
                       " training_year, max_students, email, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Insert abs(db,
                   "INSERT INTO supervisor_absences (supervisor_id, start_date, end_date, note) VALUES (?, ?, ?, ?)");
        for (const Supervisor &v : std::as_const(b.m_supervisors)) {
            rc = ins.run(v.id, b.m_sites.at(v.site).id, v.given, v.family, toId(v.profession), v.training ? 1 : 0,
                         v.training ? std::optional<int>(v.trainingYear) : std::nullopt, v.maxStudents, v.email,
                         v.phone);
            if (failed(ins) || !step())
                return finishError("supervisors");
            for (const Absence &a : v.absences) {
                rc = abs.run(v.id, a.from, a.to, a.note);
                if (failed(abs))
                    return finishError("supervisor_absences");
                ++supervisorAbsences;
            }
        }
    }
    {
        Insert ins(db, "INSERT INTO periods (id, name, start_date, end_date, hours_per_week) VALUES (?, ?, ?, ?, ?)");
        Insert prog(db, "INSERT INTO period_programmes (period_id, programme_id) VALUES (?, ?)");
        Insert kind(db, "INSERT INTO period_site_kinds (period_id, kind) VALUES (?, ?)");
        Insert cap(db, "INSERT INTO period_site_capacities (period_id, site_id, capacity) VALUES (?, ?, ?)");
        for (const Period &p : std::as_const(b.m_periods)) {
            rc = ins.run(p.id, p.name, p.start, p.end, p.hoursPerWeek);
            if (failed(ins) || !step())
                return finishError("periods");
            for (const Programme &g : std::as_const(b.m_programmes)) {
                if ((g.kind == ProgrammeKind::Sykepleie) != p.nursing)
                    continue;
                if (rc = prog.run(p.id, g.id); failed(prog))
                    return finishError("period_programmes");
            }
            for (SiteKind k : p.kinds)
                if (rc = kind.run(p.id, toId(k)); failed(kind))
                    return finishError("period_site_kinds");
            for (const auto &[site, capacity] : p.capacityOverrides)
                if (rc = cap.run(p.id, b.m_sites.at(site).id, capacity); failed(cap))
                    return finishError("period_site_capacities");
        }
    }
    int exclusions = 0;
    {
        Insert ins(db, "INSERT INTO students (id, school_id, programme_id, student_number, given_name, family_name,"
                       " cohort, email, phone, police_certificate_seen, confidentiality_signed)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Insert exc(db, "INSERT INTO exclusions (student_id, site_id, reason) VALUES (?, ?, ?)");
        for (const Student &s : std::as_const(b.m_students)) {
            rc = ins.run(s.id, b.m_schools.at(s.school).id, b.m_programmes.at(s.programme).id, s.number, s.given,
                         s.family, s.cohort, s.email, s.phone, s.policeSeen, s.confidentialitySigned);
            if (failed(ins) || !step())
                return finishError("students");
            for (const auto &[site, reason] : s.exclusions) {
                if (rc = exc.run(s.id, b.m_sites.at(site).id, reason); failed(exc))
                    return finishError("exclusions");
                ++exclusions;
            }
        }
    }
    {
        Insert ins(db, "INSERT INTO preferences (student_id, period_id, rank, site_id) VALUES (?, ?, ?, ?)");
        for (const Preference &p : std::as_const(b.m_preferences)) {
            rc = ins.run(b.m_students.at(p.student).id, b.m_periods.at(p.period).id, p.rank, b.m_sites.at(p.site).id);
            if (failed(ins) || !step())
                return finishError("preferences");
        }
    }
    {
        Insert ins(db, "INSERT INTO placements (id, student_id, site_id, supervisor_id, period_id, start_date,"
                       " end_date, status, locked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
        for (const Placement &p : std::as_const(b.m_placements)) {
            rc = ins.run(p.id, b.m_students.at(p.student).id, b.m_sites.at(p.site).id,
                         p.supervisor >= 0 ? std::optional<qint64>(b.m_supervisors.at(p.supervisor).id) : std::nullopt,
                         b.m_periods.at(p.period).id, p.start, p.end, toId(p.status));
            if (failed(ins) || !step())
                return finishError("placements");
        }
    }
    {
        Insert ins(db, "INSERT INTO assessment_meetings (placement_id, kind, planned_date, held_date, participants)"
                       " VALUES (?, ?, ?, ?, ?)");
        for (const Meeting &m : std::as_const(b.m_meetings)) {
            rc = ins.run(m.placementId, toId(m.kind), m.planned, m.held, m.participants);
            if (failed(ins) || !step())
                return finishError("assessment_meetings");
        }
    }
    {
        Insert ins(db, "INSERT INTO absences (placement_id, date, hours, reason) VALUES (?, ?, ?, ?)");
        for (const AbsenceRecord &a : std::as_const(b.m_absences)) {
            rc = ins.run(a.placementId, a.date, a.hours, toId(a.reason));
            if (failed(ins) || !step())
                return finishError("absences");
        }
    }
    {
        Insert ins(db, "INSERT INTO hires (id, site_id, given_name, family_name, profession, position, start_date,"
                       " probation_end, end_date, end_reason, email, phone, student_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const DemoHire &h : std::as_const(b.m_hires)) {
            rc = ins.run(h.id, b.m_sites.at(h.site).id, h.given, h.family, toId(h.profession), toId(h.position),
                         h.start, h.probationEnd, h.end,
                         h.endReason ? std::optional<QString>(toId(*h.endReason)) : std::nullopt, h.email, h.phone,
                         h.student >= 0 && h.linked ? std::optional<qint64>(b.m_students.at(h.student).id)
                                                    : std::nullopt);
            if (failed(ins) || !step())
                return finishError("hires");
        }
    }
    {
        Insert ins(db, "INSERT INTO mentorships (id, hire_id, mentor_supervisor_id, start_date, months, ended_on)"
                       " VALUES (?, ?, ?, ?, ?, ?)");
        for (const MentorPlan &m : std::as_const(b.m_mentorships)) {
            rc = ins.run(m.id, b.m_hires.at(m.hire).id, b.m_supervisors.at(m.supervisor).id, m.start, m.months,
                         m.endedOn);
            if (failed(ins) || !step())
                return finishError("mentorships");
        }
        Insert talk(db, "INSERT INTO mentor_conversations (mentorship_id, number, planned_date, held_date)"
                        " VALUES (?, ?, ?, ?)");
        for (const MentorTalk &c : std::as_const(b.m_talks)) {
            rc = talk.run(c.mentorshipId, c.number, c.planned, c.held);
            if (failed(talk) || !step())
                return finishError("mentor_conversations");
        }
    }
    // Welcome checklists for the placements of periods that have not ended (not for completed history), from the
    // plan's template; items due before today are mostly ticked off already.
    int checklists = 0;
    {
        QList<qint64> ids;
        for (const Placement &p : std::as_const(b.m_placements))
            if (b.m_periods.at(p.period).end >= b.m_today && p.status != PlacementStatus::Cancelled)
                ids << p.id;
        auto made = Checklists::create(plan, ids);
        if (!made)
            return made.error();
        checklists = made.value();
        // deterministic: about 85 % of the items that are due, by a hash of the item's id
        auto ticked =
            plan.exec(QStringLiteral("UPDATE checklist_items SET done_by = 'Praksisveileder',"
                                     " done_at = due_date || 'T10:00:00+01:00'"
                                     " WHERE due_date < ? AND done_at IS NULL AND (id * 2654435761) % 100 < 85"),
                      {Validation::toIsoDate(b.m_today)});
        if (!ticked)
            return ticked.error();
        if (progress && !progress(done, total))
            return Error::make(Error::Kind::Cancelled, tr("Making the demo plan was cancelled; nothing was written."));
    }

    PlanSettings settings(plan);
    if (settings.value(PlanSettings::organisationName).isEmpty()) {
        if (auto r = settings.setValue(PlanSettings::organisationName, QStringLiteral("Eksempel kommune (demo)")); !r)
            return r.error();
    }

    plan.notifyChanged(Entity::All, Change::Kind::Reset);
    if (progress && !progress(total, total))
        return Error::make(Error::Kind::Cancelled, tr("Making the demo plan was cancelled; nothing was written."));
    if (auto r = tx.commit(); !r)
        return r.error();

    DemoSummary sum;
    sum.schools = int(b.m_schools.size());
    sum.programmes = int(b.m_programmes.size());
    sum.students = int(b.m_students.size());
    sum.sites = int(b.m_sites.size());
    sum.supervisors = int(b.m_supervisors.size());
    sum.supervisorAbsences = supervisorAbsences;
    sum.periods = int(b.m_periods.size());
    sum.placements = int(b.m_placements.size());
    sum.preferences = int(b.m_preferences.size());
    sum.exclusions = exclusions;
    sum.absences = int(b.m_absences.size());
    sum.meetings = int(b.m_meetings.size());
    sum.checklists = checklists;
    sum.deliberateConflicts = b.m_conflicts;
    sum.planningPeriod = b.m_periods.at(b.m_planningPeriod).name;
    sum.unplaced = b.m_unplaced;
    sum.hires = int(b.m_hires.size());
    sum.mentorships = int(b.m_mentorships.size());
    sum.mentorConversations = int(b.m_talks.size());
    return sum;
}

} // namespace praksis
