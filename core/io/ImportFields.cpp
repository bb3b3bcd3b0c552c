#include "io/Importer.h"

#include <algorithm>

namespace praksis {

namespace {

ImportField field(const char16_t *key, const char16_t *norwegian, const char *english, bool required,
                  std::initializer_list<const char16_t *> aliases = {})
{
    ImportField f;
    f.key = QString::fromUtf16(key);
    f.norwegian = QString::fromUtf16(norwegian);
    f.english = QString::fromUtf8(english); // translated in context praksis::Importer
    f.required = required;
    for (const char16_t *a : aliases)
        f.aliases << QString::fromUtf16(a);
    return f;
}

// Header text as compared: case-folded, spaces collapsed, a trailing "*" or ":" (marks of required columns in
// hand-made sheets) and a stray byte order mark dropped.
QString normalisedHeader(QStringView header)
{
    QString h = header.toString();
    h.remove(QChar(0xFEFF));
    h = h.simplified();
    while (h.endsWith(QLatin1Char('*')) || h.endsWith(QLatin1Char(':')))
        h.chop(1);
    return h.trimmed().toCaseFolded();
}

struct Tables
{
    QList<ImportField> students, sites, supervisors, periods, preferences, hires, mentors;
};

// The columns of PRODUCT.md section 5: the single place their names are written.
Tables buildTables()
{
    // clang-format off
    const ImportField givenName = field(u"givenName", u"Fornavn", QT_TRANSLATE_NOOP("praksis::Importer", "First name"), true, {u"Fornamn", u"Given name"});
    const ImportField familyName = field(u"familyName", u"Etternavn", QT_TRANSLATE_NOOP("praksis::Importer", "Last name"), true, {u"Etternamn", u"Family name", u"Surname"});
    const ImportField studentNumber = field(u"studentNumber", u"Studentnummer", QT_TRANSLATE_NOOP("praksis::Importer", "Student number"), true, {u"Studentnr", u"Studentnr.", u"Elevnummer", u"Elevnr", u"Student no"});
    const ImportField email = field(u"email", u"E-post", QT_TRANSLATE_NOOP("praksis::Importer", "Email"), false, {u"Epost", u"E-postadresse", u"E-mail"});
    const ImportField phone = field(u"phone", u"Telefon", QT_TRANSLATE_NOOP("praksis::Importer", "Phone"), false, {u"Mobil", u"Mobiltelefon", u"Telefonnummer", u"Mobile"});
    const ImportField school = field(u"school", u"Skole", QT_TRANSLATE_NOOP("praksis::Importer", "School"), true, {u"Skule", u"Utdanningsinstitusjon"});
    const auto programme = [](bool required) {
        return field(u"programme", u"Studieprogram", QT_TRANSLATE_NOOP("praksis::Importer", "Programme"), required, {u"Utdanning", u"Program", u"Studium"});
    };
    const auto name = [](std::initializer_list<const char16_t *> aliases) {
        return field(u"name", u"Navn", QT_TRANSLATE_NOOP("praksis::Importer", "Name"), true, aliases);
    };

    const QList<ImportField> students{
        givenName, familyName, studentNumber, programme(false),
        field(u"cohort", u"Kull", QT_TRANSLATE_NOOP("praksis::Importer", "Cohort"), false, {u"Kullår", u"Årskull"}),
        email, phone,
    };
    const QList<ImportField> sites{
        name({u"Namn", u"Praksissted", u"Site"}),
        field(u"unit", u"Avdeling", QT_TRANSLATE_NOOP("praksis::Importer", "Unit"), false, {u"Eining", u"Department"}),
        field(u"municipality", u"Kommune", QT_TRANSLATE_NOOP("praksis::Importer", "Municipality"), false),
        field(u"municipalityNumber", u"Kommunenummer", QT_TRANSLATE_NOOP("praksis::Importer", "Municipality number"), false, {u"Kommunenr", u"Kommunenr."}),
        field(u"kind", u"Type", QT_TRANSLATE_NOOP("praksis::Importer", "Kind"), true, {u"Stedstype", u"Site kind"}),
        field(u"address", u"Adresse", QT_TRANSLATE_NOOP("praksis::Importer", "Address"), false),
        field(u"capacity", u"Kapasitet", QT_TRANSLATE_NOOP("praksis::Importer", "Capacity"), true),
        field(u"contactPerson", u"Kontaktperson", QT_TRANSLATE_NOOP("praksis::Importer", "Contact"), false, {u"Contact person"}),
        email, phone,
    };
    const ImportField site = field(u"site", u"Praksissted", QT_TRANSLATE_NOOP("praksis::Importer", "Site"), true, {u"Sted", u"Arbeidssted"});
    const QList<ImportField> supervisors{
        givenName, familyName, site,
        field(u"profession", u"Yrke", QT_TRANSLATE_NOOP("praksis::Importer", "Profession"), false, {u"Stilling"}),
        field(u"training", u"Veilederutdanning", QT_TRANSLATE_NOOP("praksis::Importer", "Supervision training"), false, {u"Veiledarutdanning"}),
        field(u"maxStudents", u"Maks studenter", QT_TRANSLATE_NOOP("praksis::Importer", "Max students"), false, {u"Maks antall studenter", u"Maximum students"}),
        email, phone,
    };
    const QList<ImportField> periods{
        name({u"Namn", u"Periode", u"Period"}),
        school, programme(true),
        field(u"start", u"Start", QT_TRANSLATE_NOOP("praksis::Importer", "Start"), true, {u"Startdato", u"Fra", u"From"}),
        field(u"end", u"Slutt", QT_TRANSLATE_NOOP("praksis::Importer", "End"), true, {u"Sluttdato", u"Til", u"To"}),
        field(u"hoursPerWeek", u"Timer per uke", QT_TRANSLATE_NOOP("praksis::Importer", "Hours per week"), false, {u"Timer pr uke", u"Timer pr. uke", u"Timar per veke"}),
        field(u"siteKinds", u"Stedstyper", QT_TRANSLATE_NOOP("praksis::Importer", "Site kinds"), false, {u"Stadtypar", u"Typer"}),
    };
    const QList<ImportField> preferences{
        school, studentNumber,
        field(u"period", u"Periode", QT_TRANSLATE_NOOP("praksis::Importer", "Period"), true, {u"Praksisperiode"}),
        field(u"choice1", u"Ønske 1", QT_TRANSLATE_NOOP("praksis::Importer", "Choice 1"), false, {u"Ønske1", u"1. ønske"}),
        field(u"choice2", u"Ønske 2", QT_TRANSLATE_NOOP("praksis::Importer", "Choice 2"), false, {u"Ønske2", u"2. ønske"}),
        field(u"choice3", u"Ønske 3", QT_TRANSLATE_NOOP("praksis::Importer", "Choice 3"), false, {u"Ønske3", u"3. ønske"}),
        field(u"exclude", u"Ikke", QT_TRANSLATE_NOOP("praksis::Importer", "Exclude"), false, {u"Ikkje", u"Ikke plasseres", u"Utelukket"}),
        field(u"excludeReason", u"Begrunnelse", QT_TRANSLATE_NOOP("praksis::Importer", "Reason"), false, {u"Grunn", u"Exclusion reason"}),
    };
    // PRODUCT.md section 10; Skole and Studentnummer together set the link to her student record
    const QList<ImportField> hires{
        givenName, familyName, site,
        field(u"profession", u"Yrke", QT_TRANSLATE_NOOP("praksis::Importer", "Profession"), false, {u"Yrkesgruppe"}),
        field(u"position", u"Stilling", QT_TRANSLATE_NOOP("praksis::Importer", "Position"), true, {u"Stillingstype", u"Tilsetjing", u"Ansettelse"}),
        field(u"start", u"Start", QT_TRANSLATE_NOOP("praksis::Importer", "Start"), true, {u"Startdato", u"Tiltredelse", u"Fra", u"From"}),
        field(u"end", u"Slutt", QT_TRANSLATE_NOOP("praksis::Importer", "End"), false, {u"Sluttdato", u"Fratredelse", u"Til", u"To"}),
        field(u"endReason", u"Sluttårsak", QT_TRANSLATE_NOOP("praksis::Importer", "End reason"), false, {u"Sluttgrunn", u"Årsak"}),
        field(u"school", u"Skole", QT_TRANSLATE_NOOP("praksis::Importer", "School"), false, {u"Skule", u"Utdanningsinstitusjon"}),
        field(u"studentNumber", u"Studentnummer", QT_TRANSLATE_NOOP("praksis::Importer", "Student number"), false, {u"Studentnr", u"Studentnr.", u"Elevnummer", u"Elevnr", u"Student no"}),
        email, phone,
    };
    // the hire and the mentor (a supervisor or another hire) by e-mail or "given family"; Start: the hire's start
    const QList<ImportField> mentors{
        field(u"hire", u"Nytilsatt", QT_TRANSLATE_NOOP("praksis::Importer", "Hire"), true, {u"Nytilsett", u"New hire"}),
        field(u"mentor", u"Mentor", QT_TRANSLATE_NOOP("praksis::Importer", "Mentor"), true),
        field(u"start", u"Start", QT_TRANSLATE_NOOP("praksis::Importer", "Start"), false, {u"Startdato", u"Fra", u"From"}),
    };
    // clang-format on
    return {students, sites, supervisors, periods, preferences, hires, mentors};
}

} // namespace

const QList<ImportField> &importFields(ImportRegister r)
{
    static const Tables tables = buildTables();
    const Tables &t = tables;
    switch (r) {
    case ImportRegister::Students:
        return t.students;
    case ImportRegister::Sites:
        return t.sites;
    case ImportRegister::Supervisors:
        return t.supervisors;
    case ImportRegister::Periods:
        return t.periods;
    case ImportRegister::Preferences:
        return t.preferences;
    case ImportRegister::Hires:
        return t.hires;
    case ImportRegister::Mentors:
        return t.mentors;
    }
    return t.students;
}

QString ImportField::label() const
{
    return QCoreApplication::translate("praksis::Importer", english.toUtf8().constData());
}

bool ImportField::matches(QStringView header) const
{
    const QString h = normalisedHeader(header);
    if (h.isEmpty())
        return false;
    if (h == normalisedHeader(norwegian) || h == normalisedHeader(english) || h == normalisedHeader(label()))
        return true;
    for (const QString &a : aliases)
        if (h == normalisedHeader(a))
            return true;
    return false;
}

QString toId(ImportRegister r)
{
    switch (r) {
    case ImportRegister::Students:
        return QStringLiteral("students");
    case ImportRegister::Sites:
        return QStringLiteral("sites");
    case ImportRegister::Supervisors:
        return QStringLiteral("supervisors");
    case ImportRegister::Periods:
        return QStringLiteral("periods");
    case ImportRegister::Preferences:
        return QStringLiteral("preferences");
    case ImportRegister::Hires:
        return QStringLiteral("hires");
    case ImportRegister::Mentors:
        return QStringLiteral("mentors");
    }
    return {};
}

const QList<ImportRegister> &importRegisters()
{
    static const QList<ImportRegister> all{
        ImportRegister::Students,    ImportRegister::Sites, ImportRegister::Supervisors, ImportRegister::Periods,
        ImportRegister::Preferences, ImportRegister::Hires, ImportRegister::Mentors};
    return all;
}

std::optional<ImportRegister> detectImportRegister(const QStringList &headers)
{
    std::optional<ImportRegister> best;
    int bestMatches = 0;
    // a hires file has the supervisors' required columns too: the register that matches more columns wins
    for (ImportRegister r : importRegisters()) {
        int matches = 0;
        bool complete = true;
        for (const ImportField &f : importFields(r)) {
            const bool found =
                std::any_of(headers.begin(), headers.end(), [&f](const QString &h) { return f.matches(h); });
            matches += found ? 1 : 0;
            complete = complete && (found || !f.required);
        }
        if (complete && matches > bestMatches) {
            best = r;
            bestMatches = matches;
        }
    }
    return best;
}

std::optional<ImportRegister> importRegisterFromId(QStringView id)
{
    for (ImportRegister r : importRegisters())
        if (id.compare(toId(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QString label(ImportRegister r)
{
    switch (r) {
    case ImportRegister::Students:
        return Importer::tr("Students");
    case ImportRegister::Sites:
        return Importer::tr("Sites");
    case ImportRegister::Supervisors:
        return Importer::tr("Supervisors");
    case ImportRegister::Periods:
        return Importer::tr("Periods");
    case ImportRegister::Preferences:
        return Importer::tr("Preferences");
    case ImportRegister::Hires:
        return Importer::tr("New hires");
    case ImportRegister::Mentors:
        return Importer::tr("Mentors");
    }
    return {};
}

qsizetype ImportPreview::rowCount() const
{
    if (!rowsKept) {
        qsizetype n = 0;
        for (const qsizetype c : counted)
            n += c;
        return n;
    }
    return rows.size();
}

qsizetype ImportPreview::count(ImportRowStatus status) const
{
    if (!rowsKept)
        return counted[size_t(status)];
    qsizetype n = 0;
    for (const ImportRow &r : rows)
        if (r.status == status)
            ++n;
    return n;
}

QString ImportPreview::errorSummary() const
{
    const qsizetype bad = count(ImportRowStatus::Invalid);
    if (bad == 1)
        return Importer::tr("1 row has errors. Nothing was imported.");
    if (bad > 1)
        return Importer::tr("%1 rows have errors. Nothing was imported.").arg(bad);
    return Importer::tr("The file has errors. Nothing was imported.");
}

QString ImportPreview::describe(const Error &e)
{
    if (e.line > 0 && e.column > 0 && !e.field.isEmpty())
        return Importer::tr("Line %1, column %2 (%3): %4").arg(e.line).arg(e.column).arg(e.field, e.message);
    if (e.line > 0 && e.column > 0)
        return Importer::tr("Line %1, column %2: %3").arg(e.line).arg(e.column).arg(e.message);
    if (e.line > 0)
        return Importer::tr("Line %1: %2").arg(e.line).arg(e.message);
    return e.message;
}

SchoolKind Importer::inferSchoolKind(QStringView name)
{
    const QString n = name.toString().toCaseFolded();
    auto has = [&n](std::initializer_list<const char16_t *> words) {
        for (const char16_t *w : words)
            if (n.contains(QStringView(w)))
                return true;
        return false;
    };
    if (has({u"university college", u"høgskole", u"høyskole", u"høgskule", u"hogskole", u"hoyskole"}))
        return SchoolKind::Hogskole;
    if (has({u"universitet", u"university"}))
        return SchoolKind::Universitet;
    if (has({u"fagskole", u"fagskule"}))
        return SchoolKind::Fagskole;
    if (has({u"videregående", u"vidaregåande", u"vgs", u"upper secondary"}))
        return SchoolKind::Vgs;
    return SchoolKind::Hogskole;
}

ProgrammeKind Importer::inferProgrammeKind(QStringView name, SchoolKind school)
{
    const QString n = name.toString().toCaseFolded();
    auto has = [&n](std::initializer_list<const char16_t *> words) {
        for (const char16_t *w : words)
            if (n.contains(QStringView(w)))
                return true;
        return false;
    };
    if (has({u"lærling", u"laerling", u"larling", u"apprentice"}))
        return ProgrammeKind::Laerling;
    if (has({u"sykepleie", u"sjukepleie", u"nursing"}))
        return ProgrammeKind::Sykepleie;
    if (has({u"helsearbeider", u"helsefag", u"health worker"}))
        return ProgrammeKind::Helsearbeiderfag;
    if (has({u"fagskole", u"fagskule"}) || school == SchoolKind::Fagskole)
        return ProgrammeKind::Fagskole;
    return ProgrammeKind::Annet;
}

std::optional<bool> Importer::parseBoolean(QStringView text)
{
    const QString t = text.trimmed().toString().toCaseFolded();
    for (const char16_t *yes : {u"ja", u"yes", u"true", u"1", u"j", u"y"})
        if (t == QStringView(yes))
            return true;
    for (const char16_t *no : {u"nei", u"no", u"false", u"0", u"n"})
        if (t == QStringView(no))
            return false;
    return std::nullopt;
}

} // namespace praksis
