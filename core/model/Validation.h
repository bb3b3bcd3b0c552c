#pragma once

#include "Error.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// The one implementation of the field rules of PRODUCT.md section 2, used by the repositories, the forms (validation
// as you type), the importers and the command line. A check returns std::nullopt when the value is valid, or an
// Error of kind Invalid with a translated message that names the value and says what is wrong, and with
// Error::field set to the field's name (the caller's, or a translated default such as "Organisation number").
namespace praksis::Validation {

// Whether an empty value is accepted.
enum class Presence
{
    Optional,
    Required
};

// --- identifiers ---------------------------------------------------------------------------------------------------

// 9 digits (spaces ignored) with a valid modulus-11 check digit (weights 3 2 7 6 5 4 3 2).
std::optional<Error> organisationNumber(QStringView text, Presence presence = Presence::Optional,
                                        const QString &field = {});
bool isValidOrganisationNumber(QStringView text);
// The digits without spaces ("974 760 673" -> "974760673"); store this form.
QString normalisedOrganisationNumber(QStringView text);

// kommunenummer: exactly 4 digits (surrounding spaces ignored).
std::optional<Error> municipalityNumber(QStringView text, Presence presence = Presence::Optional,
                                        const QString &field = {});

// --- contact -------------------------------------------------------------------------------------------------------

// One @, something before it, a dot inside the domain, no spaces.
std::optional<Error> email(QStringView text, Presence presence = Presence::Optional, const QString &field = {});
// Digits and spaces, a + only at the start, at least 3 digits.
std::optional<Error> phone(QStringView text, Presence presence = Presence::Optional, const QString &field = {});

// --- text and numbers ----------------------------------------------------------------------------------------------

// Not empty and not only spaces: "“Last name” is empty."
std::optional<Error> requiredText(QStringView text, const QString &field);

// value >= 0 (capacity, maximum students)
std::optional<Error> nonNegative(qint64 value, const QString &field);
// A whole number >= 0 written as text ("  3 "); the number or an Error.
Result<int> parseNonNegativeInteger(QStringView text, const QString &field);

// The plausible range of a cohort year.
constexpr int minimumCohortYear = 1980;
constexpr int maximumCohortYear = 2100;
std::optional<Error> cohortYear(int year, const QString &field = {});
Result<int> parseCohortYear(QStringView text, const QString &field = {});

// 0 < hours <= 60
std::optional<Error> hoursPerWeek(double hours, const QString &field = {});
// "37,5" or "37.5"
Result<double> parseHoursPerWeek(QStringView text, const QString &field = {});

// --- dates ---------------------------------------------------------------------------------------------------------

// dd.MM.yyyy, d.M.yyyy or ISO yyyy-MM-dd (surrounding spaces ignored); std::nullopt when not a real date
// (31.02.2027 is not one).
std::optional<QDate> parseDate(QStringView text);
// "dd.MM.yyyy"; empty for an invalid date
QString formatDate(QDate date);
// Storage form yyyy-MM-dd; empty for an invalid date.
QString toIsoDate(QDate date);
// Strict yyyy-MM-dd; std::nullopt otherwise.
std::optional<QDate> fromIsoDate(QStringView text);
// A date as typed in a field or a file, with an Error saying what is accepted when it is not a date or is empty.
Result<QDate> parseDateField(QStringView text, const QString &field);
// The end must not be before the start: "The end date 01.08.2026 is before the start date 24.08.2026."
std::optional<Error> dateOrder(QDate start, QDate end, const QString &field = {});

// --- personal data that must never be stored -----------------------------------------------------------------------

// 11 digits (spaces ignored) whose control digits k1 and k2 are those of a fødselsnummer or D-nummer, with a
// plausible day and month (D-nummer: day + 40; H-nummer and synthetic test numbers: month + 40 / + 80).
bool looksLikeNationalIdentityNumber(QStringView text);
// looksLikeNationalIdentityNumber() of the whole text, or of a number inside it: 11 digits in a row, or 6 and 5
// digits apart by one space, hyphen or dot ("Ring 01017012345", "notat 010170 12345").
bool containsNationalIdentityNumber(QStringView text);
// A column header that announces national identity numbers or health data (fødselsnummer, fnr, personnummer,
// d-nummer, national identity number, ssn, helse, diagnose, health, diagnosis, …), case- and
// diacritics-insensitive. Importers refuse such columns.
bool isForbiddenColumnName(QStringView header);
// The Error an importer returns for such a column (Error::field = the header).
Error forbiddenColumnError(const QString &header);

// --- text that may be stored ---------------------------------------------------------------------------------------

// Whether a text field holds one line (names, e-mail, phone, …) or several (notes).
enum class Lines
{
    Single,
    Multiple
};
// C0 (tab and line breaks included), DEL or C1.
bool isControlCharacter(char16_t c);
// The index of the first control character (C0, DEL, C1: terminal escapes among them) that is not allowed: in
// single-line text every one, in multi-line text all but tab and line breaks.
std::optional<qsizetype> firstControlCharacter(QStringView text, Lines lines);
// The one rule for every text typed in a form or read from a file: no control characters (above) and no national
// identity number inside it. The message names the field and the position, never the number.
std::optional<Error> storableText(QStringView text, const QString &field, Lines lines = Lines::Single);

} // namespace praksis::Validation
