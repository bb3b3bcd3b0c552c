#include "model/Validation.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <utility>

namespace praksis::Validation {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Validation)
};

QString orDefault(const QString &field, const char *defaultLabel)
{
    return field.isEmpty() ? Text::tr(defaultLabel) : field;
}

Error invalid(QString message, QString field)
{
    return Error::invalid(std::move(message), std::move(field));
}

// The text without any whitespace.
QString withoutSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

bool allAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

int digitAt(QStringView digits, qsizetype i)
{
    return digits[i].unicode() - u'0';
}

// Σ digit × weight; the caller takes it modulo 11.
template<size_t N> int weightedSum(QStringView digits, const std::array<int, N> &weights)
{
    int sum = 0;
    for (size_t i = 0; i < N; ++i)
        sum += digitAt(digits, qsizetype(i)) * weights[i];
    return sum;
}

// The modulus-11 control digit of a weighted sum, or -1 when no digit is possible (remainder 1).
int mod11ControlDigit(int weightedSum)
{
    const int remainder = weightedSum % 11;
    if (remainder == 0)
        return 0;
    if (remainder == 1)
        return -1;
    return 11 - remainder;
}

} // namespace

// --- identifiers ---------------------------------------------------------------------------------------------------

QString normalisedOrganisationNumber(QStringView text)
{
    return withoutSpaces(text);
}

std::optional<Error> organisationNumber(QStringView text, Presence presence, const QString &field)
{
    const QString name = orDefault(field, QT_TRANSLATE_NOOP("praksis::Validation", "Organisation number"));
    const QString digits = withoutSpaces(text);
    if (digits.isEmpty()) {
        if (presence == Presence::Optional)
            return std::nullopt;
        return invalid(Text::tr("The organisation number is empty. It must have 9 digits."), name);
    }
    if (!allAsciiDigits(digits))
        return invalid(Text::tr("The organisation number “%1” may only contain digits and spaces.").arg(text), name);
    if (digits.size() != 9)
        return invalid(
            Text::tr("The organisation number %1 must have 9 digits; it has %2.").arg(digits).arg(digits.size()), name);
    static constexpr std::array<int, 8> weights{3, 2, 7, 6, 5, 4, 3, 2};
    const int check = mod11ControlDigit(weightedSum(digits, weights));
    if (check < 0 || check != digitAt(digits, 8))
        return invalid(Text::tr("The organisation number %1 has a wrong check digit.").arg(digits), name);
    return std::nullopt;
}

bool isValidOrganisationNumber(QStringView text)
{
    return !withoutSpaces(text).isEmpty() && !organisationNumber(text, Presence::Required).has_value();
}

std::optional<Error> municipalityNumber(QStringView text, Presence presence, const QString &field)
{
    const QString name = orDefault(field, QT_TRANSLATE_NOOP("praksis::Validation", "Municipality number"));
    const QStringView t = text.trimmed();
    if (t.isEmpty()) {
        if (presence == Presence::Optional)
            return std::nullopt;
        return invalid(Text::tr("The municipality number is empty. It must have exactly 4 digits."), name);
    }
    if (t.size() != 4 || !allAsciiDigits(t))
        return invalid(Text::tr("The municipality number “%1” must have exactly 4 digits, such as 0301.").arg(t), name);
    return std::nullopt;
}

// --- contact -------------------------------------------------------------------------------------------------------

std::optional<Error> email(QStringView text, Presence presence, const QString &field)
{
    const QString name = orDefault(field, QT_TRANSLATE_NOOP("praksis::Validation", "E-mail"));
    const QStringView t = text.trimmed();
    if (t.isEmpty()) {
        if (presence == Presence::Optional)
            return std::nullopt;
        return invalid(Text::tr("The e-mail address is empty."), name);
    }
    const auto wrong = [&](const QString &why) {
        return invalid(Text::tr("“%1” is not an e-mail address: %2").arg(t, why), name);
    };
    for (const QChar c : t)
        if (c.isSpace())
            return wrong(Text::tr("it contains a space."));
    if (t.count(u'@') != 1)
        return wrong(Text::tr("it must contain exactly one @."));
    const qsizetype at = t.indexOf(u'@');
    const QStringView local = t.left(at);
    const QStringView domain = t.mid(at + 1);
    if (local.isEmpty())
        return wrong(Text::tr("there is nothing before the @."));
    const qsizetype dot = domain.indexOf(u'.');
    if (dot <= 0 || domain.endsWith(u'.') || domain.contains(QStringView(u"..")))
        return wrong(Text::tr("the part after the @ must be a domain such as example.no."));
    return std::nullopt;
}

std::optional<Error> phone(QStringView text, Presence presence, const QString &field)
{
    const QString name = orDefault(field, QT_TRANSLATE_NOOP("praksis::Validation", "Phone"));
    const QStringView t = text.trimmed();
    if (t.isEmpty()) {
        if (presence == Presence::Optional)
            return std::nullopt;
        return invalid(Text::tr("The phone number is empty."), name);
    }
    int digits = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (c == u'+' && i == 0)
            continue;
        else if (!c.isSpace())
            return invalid(Text::tr("The phone number “%1” may only contain digits, spaces and a leading +.").arg(t),
                           name);
    }
    if (digits < 3)
        return invalid(Text::tr("The phone number “%1” has too few digits.").arg(t), name);
    return std::nullopt;
}

// --- text and numbers ----------------------------------------------------------------------------------------------

std::optional<Error> requiredText(QStringView text, const QString &field)
{
    if (text.trimmed().isEmpty())
        return invalid(Text::tr("“%1” is empty.").arg(field), field);
    return std::nullopt;
}

std::optional<Error> nonNegative(qint64 value, const QString &field)
{
    if (value < 0)
        return invalid(Text::tr("“%1” must be 0 or more; it is %2.").arg(field).arg(value), field);
    return std::nullopt;
}

Result<int> parseNonNegativeInteger(QStringView text, const QString &field)
{
    const QString t = withoutSpaces(text);
    if (t.isEmpty())
        return invalid(Text::tr("“%1” is empty. Write a whole number, 0 or more.").arg(field), field);
    bool ok = false;
    const int value = t.toInt(&ok);
    if (!ok) {
        if (t.startsWith(u'-') && allAsciiDigits(QStringView(t).mid(1)))
            return invalid(Text::tr("“%1” must be 0 or more; it is %2.").arg(field, t), field);
        return invalid(Text::tr("“%1” must be a whole number, 0 or more; “%2” is not.").arg(field, text.trimmed()),
                       field);
    }
    if (auto e = nonNegative(value, field))
        return *e;
    return value;
}

std::optional<Error> cohortYear(int year, const QString &field)
{
    const QString name = orDefault(field, QT_TRANSLATE_NOOP("praksis::Validation", "Cohort"));
    if (year < minimumCohortYear || year > maximumCohortYear)
        return invalid(Text::tr("The cohort year %1 is not plausible; it must lie between %2 and %3.")
                           .arg(year)
                           .arg(minimumCohortYear)
                           .arg(maximumCohortYear),
                       name);
    return std::nullopt;
}

Result<int> parseCohortYear(QStringView text, const QString &field)
{
    const QString name = orDefault(field, QT_TRANSLATE_NOOP("praksis::Validation", "Cohort"));
    const QStringView t = text.trimmed();
    bool ok = false;
    const int year = t.toInt(&ok);
    if (!ok || t.size() != 4)
        return invalid(Text::tr("The cohort “%1” must be a year such as 2026.").arg(t), name);
    if (auto e = cohortYear(year, name))
        return *e;
    return year;
}

std::optional<Error> hoursPerWeek(double hours, const QString &field)
{
    const QString name = orDefault(field, QT_TRANSLATE_NOOP("praksis::Validation", "Hours per week"));
    if (!(hours > 0.0 && hours <= 60.0))
        return invalid(Text::tr("The hours per week must be more than 0 and at most 60; %1 is not.")
                           .arg(QLocale().toString(hours)),
                       name);
    return std::nullopt;
}

Result<double> parseHoursPerWeek(QStringView text, const QString &field)
{
    const QString name = orDefault(field, QT_TRANSLATE_NOOP("praksis::Validation", "Hours per week"));
    QString t = withoutSpaces(text);
    t.replace(u',', u'.');
    bool ok = false;
    const double hours = t.toDouble(&ok);
    if (t.isEmpty() || !ok)
        return invalid(Text::tr("The hours per week “%1” is not a number such as 30 or 37,5.").arg(text.trimmed()),
                       name);
    if (auto e = hoursPerWeek(hours, name))
        return *e;
    return hours;
}

// --- dates ---------------------------------------------------------------------------------------------------------

namespace {

// Splits "a<sep>b<sep>c" into three runs of ASCII digits with the given lengths (min..max each).
bool splitDate(QStringView t, QChar sep, std::array<QStringView, 3> &parts)
{
    qsizetype start = 0;
    int n = 0;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        if (i == t.size() || t[i] == sep) {
            if (n == 3)
                return false;
            parts[size_t(n++)] = t.mid(start, i - start);
            start = i + 1;
        }
    }
    if (n != 3)
        return false;
    for (const auto &p : parts)
        if (!allAsciiDigits(p))
            return false;
    return true;
}

} // namespace

std::optional<QDate> parseDate(QStringView text)
{
    const QStringView t = text.trimmed();
    std::array<QStringView, 3> p;
    int day = 0, month = 0, year = 0;
    if (splitDate(t, u'.', p)) {
        if (p[0].size() > 2 || p[1].size() > 2 || p[2].size() != 4)
            return std::nullopt;
        day = p[0].toInt();
        month = p[1].toInt();
        year = p[2].toInt();
    } else if (splitDate(t, u'-', p)) {
        if (p[0].size() != 4 || p[1].size() != 2 || p[2].size() != 2)
            return std::nullopt;
        year = p[0].toInt();
        month = p[1].toInt();
        day = p[2].toInt();
    } else {
        return std::nullopt;
    }
    const QDate d(year, month, day);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString formatDate(QDate date)
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy") : QString();
}

QString toIsoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

std::optional<QDate> fromIsoDate(QStringView text)
{
    std::array<QStringView, 3> p;
    if (!splitDate(text, u'-', p) || p[0].size() != 4 || p[1].size() != 2 || p[2].size() != 2)
        return std::nullopt;
    const QDate d(p[0].toInt(), p[1].toInt(), p[2].toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

Result<QDate> parseDateField(QStringView text, const QString &field)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return invalid(Text::tr("“%1” is empty. Write a date as dd.mm.yyyy, e.g. 24.08.2026.").arg(field), field);
    if (auto d = parseDate(t))
        return *d;
    return invalid(Text::tr("“%1” is not a date: “%2”. Write it as dd.mm.yyyy, e.g. 24.08.2026.").arg(field, t), field);
}

std::optional<Error> dateOrder(QDate start, QDate end, const QString &field)
{
    const QString name = orDefault(field, QT_TRANSLATE_NOOP("praksis::Validation", "End"));
    if (start.isValid() && end.isValid() && end < start)
        return invalid(Text::tr("The end date %1 is before the start date %2.").arg(formatDate(end), formatDate(start)),
                       name);
    return std::nullopt;
}

// --- personal data -------------------------------------------------------------------------------------------------

bool looksLikeNationalIdentityNumber(QStringView text)
{
    QString digits;
    digits.reserve(11);
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-')
            continue;
        digits.append(c);
    }
    if (digits.size() != 11 || !allAsciiDigits(digits))
        return false;
    int day = digits.left(2).toInt();
    int month = QStringView(digits).mid(2, 2).toInt();
    if (day > 40)
        day -= 40; // D-nummer
    if (month > 80)
        month -= 80; // synthetic test numbers (Skatteetaten)
    else if (month > 40)
        month -= 40; // H-nummer
    if (day < 1 || day > 31 || month < 1 || month > 12)
        return false;
    static constexpr std::array<int, 9> w1{3, 7, 6, 1, 8, 9, 4, 5, 2};
    static constexpr std::array<int, 10> w2{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    const int k1 = mod11ControlDigit(weightedSum(digits, w1));
    if (k1 < 0 || k1 != digitAt(digits, 9))
        return false;
    const int k2 = mod11ControlDigit(weightedSum(digits, w2));
    return k2 >= 0 && k2 == digitAt(digits, 10);
}

bool containsNationalIdentityNumber(QStringView text)
{
    // fewer than 11 digits cannot hold one (most cells: names, e-mail addresses, phone numbers)
    qsizetype digits = 0;
    for (const QChar c : text)
        digits += c.unicode() >= u'0' && c.unicode() <= u'9';
    if (digits < 11)
        return false;
    if (looksLikeNationalIdentityNumber(text))
        return true;
    // Runs of digits: one of 11, or one of 6 and one of 5 apart by a single space, hyphen or dot ("010170 12345").
    QList<std::pair<qsizetype, qsizetype>> runs; // start, length
    for (qsizetype i = 0; i < text.size();) {
        if (!text[i].isDigit() || text[i].unicode() > 0x7F) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && text[i].unicode() >= u'0' && text[i].unicode() <= u'9')
            ++i;
        runs.append({start, i - start});
    }
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const auto [start, length] = runs[r];
        if (length == 11 && looksLikeNationalIdentityNumber(text.mid(start, 11)))
            return true;
        if (length == 6 && r + 1 < runs.size() && runs[r + 1].second == 5 && runs[r + 1].first == start + 7) {
            const QChar between = text[start + 6];
            if ((between == u' ' || between == u'-' || between == u'.') &&
                looksLikeNationalIdentityNumber(QString(text.mid(start, 6).toString() + text.mid(start + 7, 5))))
                return true;
        }
    }
    return false;
}

// --- text that may be stored ---------------------------------------------------------------------------------------

bool isControlCharacter(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

std::optional<qsizetype> firstControlCharacter(QStringView text, Lines lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!isControlCharacter(c))
            continue;
        if (lines == Lines::Multiple && (c == u'\t' || c == u'\n' || c == u'\r'))
            continue;
        return i;
    }
    return std::nullopt;
}

std::optional<Error> storableText(QStringView text, const QString &field, Lines lines)
{
    if (const auto at = firstControlCharacter(text, lines)) {
        const QString code = QStringLiteral("U+%1").arg(text[*at].unicode(), 4, 16, QLatin1Char('0')).toUpper();
        return invalid(lines == Lines::Multiple
                           ? Text::tr("“%1” holds a control character (%2) at position %3. Only text, tabs and line "
                                      "breaks can be stored: remove it.")
                                 .arg(field, code)
                                 .arg(*at + 1)
                           : Text::tr("“%1” holds a control character (%2) at position %3. Only text on one line can "
                                      "be stored: remove it.")
                                 .arg(field, code)
                                 .arg(*at + 1),
                       field);
    }
    if (containsNationalIdentityNumber(text))
        // the number itself is never repeated in a message
        return invalid(Text::tr("“%1” holds what looks like a national identity number (fødselsnummer or "
                                "D-nummer). Praksisplan never stores those: remove it.")
                           .arg(field),
                       field);
    return std::nullopt;
}

namespace {

// Lower case, letters and digits only, diacritics folded (ø -> o, æ -> ae, å -> a, é -> e).
QStringList foldedWords(QStringView text)
{
    const QString decomposed = text.toString().toLower().normalized(QString::NormalizationForm_D);
    QStringList words;
    QString word;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'ø')
            word.append(u'o');
        else if (c == u'æ')
            word.append(QStringLiteral("ae"));
        else if (c == u'ß')
            word.append(QStringLiteral("ss"));
        else if (c.isLetterOrNumber())
            word.append(c);
        else if (!word.isEmpty())
            words.append(std::exchange(word, QString()));
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

} // namespace

// The column names of personal data Praksisplan never stores, as data: each entry is folded text (foldedWords
// joined, so case, diacritics, spaces and punctuation do not matter) and how it must occur. Identity numbers and
// health data in Bokmål, Nynorsk and English; tests/core/tst_validation.cpp lists the spellings it must catch and
// the ordinary columns it must let through.
enum class Match
{
    Word,   // a whole word of the header ("Fnr", "Helse (fritekst)")
    Whole,  // the whole header written together ("F.nr", "Pers.nr", "ID-nummer")
    Inside, // anywhere in the header written together ("Fødselsnummer (11 siffer)", "national_identity_number")
};
struct ForbiddenName
{
    const char16_t *folded;
    Match match;
};
constexpr std::array forbiddenNames{
    // identity numbers
    ForbiddenName{u"fnr", Match::Whole},
    ForbiddenName{u"fnr", Match::Word},
    ForbiddenName{u"pnr", Match::Word},
    ForbiddenName{u"dnr", Match::Word},
    ForbiddenName{u"pnr", Match::Whole},
    ForbiddenName{u"dnr", Match::Whole},
    ForbiddenName{u"ssn", Match::Word},
    ForbiddenName{u"persnr", Match::Whole},
    ForbiddenName{u"personnr", Match::Inside},
    ForbiddenName{u"personnummer", Match::Inside},
    ForbiddenName{u"persnummer", Match::Inside},
    ForbiddenName{u"fodsels", Match::Inside},
    ForbiddenName{u"foedsels", Match::Inside},
    ForbiddenName{u"fodselsnr", Match::Inside},
    ForbiddenName{u"dnummer", Match::Whole},
    ForbiddenName{u"hnummer", Match::Whole},
    ForbiddenName{u"idnr", Match::Whole},
    ForbiddenName{u"idnummer", Match::Inside},
    ForbiddenName{u"identitetsnummer", Match::Inside},
    ForbiddenName{u"identitetsnr", Match::Inside},
    ForbiddenName{u"identitynumber", Match::Inside},
    ForbiddenName{u"idnumber", Match::Whole},
    ForbiddenName{u"nationalidentity", Match::Inside},
    ForbiddenName{u"nationalid", Match::Inside},
    ForbiddenName{u"socialsecurity", Match::Inside},
    ForbiddenName{u"personalidentity", Match::Inside},
    ForbiddenName{u"personalnumber", Match::Inside},
    ForbiddenName{u"personalid", Match::Inside},
    ForbiddenName{u"personidentifier", Match::Inside},
    ForbiddenName{u"dateofbirth", Match::Inside},
    ForbiddenName{u"birthdate", Match::Inside},
    ForbiddenName{u"birthday", Match::Inside},
    ForbiddenName{u"dob", Match::Word},
    // health
    ForbiddenName{u"helse", Match::Word},
    ForbiddenName{u"health", Match::Word},
    ForbiddenName{u"helseopplysning", Match::Inside},
    ForbiddenName{u"helsedata", Match::Inside},
    ForbiddenName{u"helseinfo", Match::Inside},
    ForbiddenName{u"helsetilstand", Match::Inside},
    ForbiddenName{u"helseforhold", Match::Inside},
    ForbiddenName{u"helsestatus", Match::Inside},
    ForbiddenName{u"healthdata", Match::Inside},
    ForbiddenName{u"healthinfo", Match::Inside},
    ForbiddenName{u"healthcondition", Match::Inside},
    ForbiddenName{u"healthstatus", Match::Inside},
    ForbiddenName{u"diagnos", Match::Inside},
    ForbiddenName{u"sykdom", Match::Inside},
    ForbiddenName{u"sjukdom", Match::Inside},
    ForbiddenName{u"illness", Match::Inside},
    ForbiddenName{u"disease", Match::Inside},
    ForbiddenName{u"medisin", Match::Inside},
    ForbiddenName{u"medication", Match::Inside},
    ForbiddenName{u"medicine", Match::Inside},
    ForbiddenName{u"medical", Match::Inside},
    ForbiddenName{u"allergi", Match::Inside},
    ForbiddenName{u"allergy", Match::Inside},
    ForbiddenName{u"allergies", Match::Inside},
    ForbiddenName{u"funksjonsnedset", Match::Inside},
    ForbiddenName{u"funksjonshemm", Match::Inside},
    ForbiddenName{u"disabilit", Match::Inside},
    ForbiddenName{u"impairment", Match::Inside},
    ForbiddenName{u"tilrettelegg", Match::Inside},
    ForbiddenName{u"specialneeds", Match::Inside},
    ForbiddenName{u"accommodation", Match::Inside},
    ForbiddenName{u"adaptation", Match::Inside},
};

bool isForbiddenColumnName(QStringView header)
{
    const QStringList words = foldedWords(header);
    const QString joined = words.join(QString());
    for (const ForbiddenName &f : forbiddenNames) {
        const QStringView name(f.folded);
        switch (f.match) {
        case Match::Word:
            if (words.contains(name))
                return true;
            break;
        case Match::Whole:
            if (joined == name)
                return true;
            break;
        case Match::Inside:
            if (joined.contains(name))
                return true;
            break;
        }
    }
    // "D-nummer", "D nr", "H-nummer"
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        if ((words[i] == u"d" || words[i] == u"h") && (words[i + 1] == u"nummer" || words[i + 1] == u"nr"))
            return true;
    return false;
}

Error forbiddenColumnError(const QString &header)
{
    return invalid(Text::tr("The column “%1” looks like national identity numbers or health data, which Praksisplan "
                            "never stores. Remove the column from the file and import again. Nothing was imported.")
                       .arg(header),
                   header);
}

} // namespace praksis::Validation
