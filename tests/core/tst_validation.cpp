#include "model/Validation.h"

#include <QTest>

using namespace praksis;
using namespace praksis::Validation;

namespace {

// An independent computation of the fødselsnummer control digits, so the test does not trust the implementation:
// returns the 11 digits for a birth date (ddmmyy) and a 3-digit individual number, or an empty string when the
// combination has no valid control digit.
QString withControlDigits(const QString &nineDigits)
{
    const int w1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    const int w2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int s = 0;
    for (int i = 0; i < 9; ++i)
        s += nineDigits[i].digitValue() * w1[i];
    int k1 = 11 - s % 11;
    if (k1 == 11)
        k1 = 0;
    if (k1 == 10)
        return {};
    const QString ten = nineDigits + QString::number(k1);
    s = 0;
    for (int i = 0; i < 10; ++i)
        s += ten[i].digitValue() * w2[i];
    int k2 = 11 - s % 11;
    if (k2 == 11)
        k2 = 0;
    if (k2 == 10)
        return {};
    return ten + QString::number(k2);
}

// The first individual number from `from` that gives valid control digits for a date part.
QString firstValid(const QString &datePart, int from = 100)
{
    for (int individual = from; individual < 1000; ++individual) {
        const QString n = withControlDigits(datePart + QString::number(individual).rightJustified(3, u'0'));
        if (!n.isEmpty())
            return n;
    }
    return {};
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void organisationNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("Brønnøysundregistrene") << u"974760673"_qs << true << QString();
        QTest::newRow("remainder 0 gives check digit 0") << u"971526920"_qs << true << QString();
        QTest::newRow("with spaces") << u"974 760 673"_qs << true << QString();
        QTest::newRow("another real one") << u"923609016"_qs << true << QString();
        QTest::newRow("wrong check digit") << u"123456789"_qs << false << u"has a wrong check digit"_qs;
        QTest::newRow("one digit changed") << u"974760674"_qs << false << u"has a wrong check digit"_qs;
        QTest::newRow("remainder 1: no valid check digit") << u"123456700"_qs << false << u"has a wrong check digit"_qs;
        QTest::newRow("remainder 1 other last digit") << u"400000001"_qs << false << u"has a wrong check digit"_qs;
        QTest::newRow("too short") << u"97476067"_qs << false << u"must have 9 digits"_qs;
        QTest::newRow("too long") << u"9747606730"_qs << false << u"must have 9 digits"_qs;
        QTest::newRow("letters") << u"97476067A"_qs << false << u"may only contain digits"_qs;
        QTest::newRow("dash") << u"974-760-673"_qs << false << u"may only contain digits"_qs;
        QTest::newRow("empty is allowed (optional)") << QString() << true << QString();
    }
    void organisationNumbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, messagePart);
        const auto error = organisationNumber(text);
        QCOMPARE(!error.has_value(), valid);
        if (!valid) {
            QVERIFY2(error->message.contains(messagePart), qPrintable(error->message));
            QCOMPARE(error->kind, Error::Kind::Invalid);
            QCOMPARE(error->field, u"Organisation number"_qs);
        }
        if (!text.isEmpty())
            QCOMPARE(isValidOrganisationNumber(text), valid);
    }

    void organisationNumberMessageNamesTheNumber()
    {
        const auto e = organisationNumber(u"123456789");
        QVERIFY(e);
        QCOMPARE(e->message, u"The organisation number 123456789 has a wrong check digit."_qs);
        QVERIFY(organisationNumber(u"", Presence::Required, u"Org.nr."_qs));
        QCOMPARE(organisationNumber(u"", Presence::Required, u"Org.nr."_qs)->field, u"Org.nr."_qs);
        QCOMPARE(normalisedOrganisationNumber(u" 974 760 673 "), u"974760673"_qs);
        QVERIFY(!isValidOrganisationNumber(u""));
    }

    void municipalityNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Oslo") << u"0301"_qs << true;
        QTest::newRow("Bergen") << u"4601"_qs << true;
        QTest::newRow("surrounding spaces") << u" 5001 "_qs << true;
        QTest::newRow("empty optional") << QString() << true;
        QTest::newRow("3 digits") << u"301"_qs << false;
        QTest::newRow("5 digits") << u"03011"_qs << false;
        QTest::newRow("letter") << u"03O1"_qs << false;
        QTest::newRow("inner space") << u"03 01"_qs << false;
    }
    void municipalityNumbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto e = municipalityNumber(text);
        QCOMPARE(!e.has_value(), valid);
        if (e)
            QVERIFY(e->message.contains(u"4 digits"));
        QVERIFY(municipalityNumber(u"", Presence::Required));
    }

    void emails_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"kari.nordmann@oslo.kommune.no"_qs << true;
        QTest::newRow("plus") << u"a+b@example.no"_qs << true;
        QTest::newRow("empty optional") << QString() << true;
        QTest::newRow("no at") << u"kari.example.no"_qs << false;
        QTest::newRow("two at") << u"kari@@example.no"_qs << false;
        QTest::newRow("no dot in domain") << u"kari@localhost"_qs << false;
        QTest::newRow("space") << u"kari nordmann@example.no"_qs << false;
        QTest::newRow("nothing before at") << u"@example.no"_qs << false;
        QTest::newRow("dot at end") << u"kari@example."_qs << false;
        QTest::newRow("dot first in domain") << u"kari@.no"_qs << false;
    }
    void emails()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto e = email(text);
        QCOMPARE(!e.has_value(), valid);
        if (e) {
            QVERIFY(e->message.contains(text.trimmed()));
            QCOMPARE(e->field, u"E-mail"_qs);
        }
        QVERIFY(email(u"  ", Presence::Required));
    }

    void phones_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("8 digits") << u"22334455"_qs << true;
        QTest::newRow("spaces") << u"22 33 44 55"_qs << true;
        QTest::newRow("country code") << u"+47 22 33 44 55"_qs << true;
        QTest::newRow("empty optional") << QString() << true;
        QTest::newRow("letters") << u"22 33 44 5x"_qs << false;
        QTest::newRow("plus inside") << u"47+22334455"_qs << false;
        QTest::newRow("dash") << u"22-33-44-55"_qs << false;
        QTest::newRow("only plus") << u"+"_qs << false;
    }
    void phones()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(!phone(text).has_value(), valid);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid: not a date
        QTest::newRow("dd.MM.yyyy") << u"24.08.2026"_qs << QDate(2026, 8, 24);
        QTest::newRow("d.M.yyyy") << u"3.9.2026"_qs << QDate(2026, 9, 3);
        QTest::newRow("mixed") << u"03.9.2026"_qs << QDate(2026, 9, 3);
        QTest::newRow("ISO") << u"2026-08-24"_qs << QDate(2026, 8, 24);
        QTest::newRow("spaces around") << u" 24.08.2026 "_qs << QDate(2026, 8, 24);
        QTest::newRow("leap day") << u"29.02.2028"_qs << QDate(2028, 2, 29);
        QTest::newRow("31 February") << u"31.02.2027"_qs << QDate();
        QTest::newRow("29 February in a common year") << u"2027-02-29"_qs << QDate();
        QTest::newRow("month 13") << u"01.13.2026"_qs << QDate();
        QTest::newRow("two-digit year") << u"24.08.26"_qs << QDate();
        QTest::newRow("ISO without zero padding") << u"2026-8-24"_qs << QDate();
        QTest::newRow("slashes") << u"24/08/2026"_qs << QDate();
        QTest::newRow("text") << u"tomorrow"_qs << QDate();
        QTest::newRow("empty") << QString() << QDate();
        QTest::newRow("extra part") << u"24.08.2026.1"_qs << QDate();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto d = parseDate(text);
        QCOMPARE(d.has_value(), expected.isValid());
        if (d)
            QCOMPARE(*d, expected);
        const auto r = parseDateField(text, u"Start"_qs);
        QCOMPARE(r.ok(), expected.isValid());
        if (!r.ok()) {
            QCOMPARE(r.error().field, u"Start"_qs);
            QVERIFY(r.error().message.contains(u"Start"));
        }
    }

    void dateFormatting()
    {
        QCOMPARE(formatDate(QDate(2026, 1, 5)), u"05.01.2026"_qs);
        QCOMPARE(formatDate(QDate()), QString());
        QCOMPARE(toIsoDate(QDate(2026, 1, 5)), u"2026-01-05"_qs);
        QCOMPARE(fromIsoDate(u"2026-01-05"), std::optional<QDate>(QDate(2026, 1, 5)));
        QVERIFY(!fromIsoDate(u"05.01.2026"));
        QVERIFY(!fromIsoDate(u"2026-02-30"));
        // round trip
        for (QDate d(2024, 1, 1); d < QDate(2025, 1, 1); d = d.addDays(1)) {
            QCOMPARE(parseDate(formatDate(d)), std::optional<QDate>(d));
            QCOMPARE(fromIsoDate(toIsoDate(d)), std::optional<QDate>(d));
        }
    }

    void dateOrderNamesBothDates()
    {
        QVERIFY(!dateOrder(QDate(2026, 8, 24), QDate(2026, 8, 24)));
        QVERIFY(!dateOrder(QDate(2026, 8, 24), QDate(2026, 10, 2)));
        const auto e = dateOrder(QDate(2026, 8, 24), QDate(2026, 8, 1));
        QVERIFY(e);
        QVERIFY2(e->message.contains(u"01.08.2026") && e->message.contains(u"24.08.2026"), qPrintable(e->message));
        QCOMPARE(e->field, u"End"_qs);
    }

    void numbers()
    {
        QVERIFY(!nonNegative(0, u"Capacity"_qs));
        QVERIFY(!nonNegative(5, u"Capacity"_qs));
        const auto e = nonNegative(-1, u"Capacity"_qs);
        QVERIFY(e);
        QCOMPARE(e->field, u"Capacity"_qs);
        QVERIFY(e->message.contains(u"Capacity"));

        QCOMPARE(parseNonNegativeInteger(u" 3 ", u"Max students"_qs).value(), 3);
        QCOMPARE(parseNonNegativeInteger(u"0", u"Max students"_qs).value(), 0);
        QVERIFY(!parseNonNegativeInteger(u"-2", u"Max students"_qs).ok());
        QVERIFY(!parseNonNegativeInteger(u"2.5", u"Max students"_qs).ok());
        QVERIFY(!parseNonNegativeInteger(u"", u"Max students"_qs).ok());
        QVERIFY(!parseNonNegativeInteger(u"two", u"Max students"_qs).ok());
    }

    void requiredTexts()
    {
        QVERIFY(!requiredText(u"Nordmann", u"Last name"_qs));
        const auto e = requiredText(u"   ", u"Last name"_qs);
        QVERIFY(e);
        QCOMPARE(e->message, u"“Last name” is empty."_qs);
        QCOMPARE(e->field, u"Last name"_qs);
        QVERIFY(requiredText(u"", u"Last name"_qs));
    }

    void cohortYears_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("2026") << u"2026"_qs << true;
        QTest::newRow("1980") << u"1980"_qs << true;
        QTest::newRow("2100") << u"2100"_qs << true;
        QTest::newRow("1979") << u"1979"_qs << false;
        QTest::newRow("2101") << u"2101"_qs << false;
        QTest::newRow("26") << u"26"_qs << false;
        QTest::newRow("text") << u"høst"_qs << false;
    }
    void cohortYears()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto r = parseCohortYear(text);
        QCOMPARE(r.ok(), valid);
        if (valid)
            QCOMPARE(r.value(), text.toInt());
        else
            QCOMPARE(r.error().field, u"Cohort"_qs);
    }

    void hours_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected"); // -1: invalid
        QTest::newRow("30") << u"30"_qs << 30.0;
        QTest::newRow("comma") << u"37,5"_qs << 37.5;
        QTest::newRow("point") << u"37.5"_qs << 37.5;
        QTest::newRow("60") << u"60"_qs << 60.0;
        QTest::newRow("0.5") << u"0,5"_qs << 0.5;
        QTest::newRow("0") << u"0"_qs << -1.0;
        QTest::newRow("negative") << u"-5"_qs << -1.0;
        QTest::newRow("60.5") << u"60,5"_qs << -1.0;
        QTest::newRow("text") << u"tretti"_qs << -1.0;
        QTest::newRow("empty") << QString() << -1.0;
    }
    void hours()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        const auto r = parseHoursPerWeek(text);
        QCOMPARE(r.ok(), expected > 0);
        if (r.ok())
            QCOMPARE(r.value(), expected);
        else
            QCOMPARE(r.error().field, u"Hours per week"_qs);
        if (expected > 0)
            QVERIFY(!hoursPerWeek(expected));
    }

    void nationalIdentityNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("looksLikeOne");
        const QString fnr = firstValid(u"010190"_qs);
        const QString dnr = firstValid(u"410190"_qs);       // D-nummer: day + 40
        const QString synthetic = firstValid(u"158190"_qs); // synthetic: month + 80
        QVERIFY(!fnr.isEmpty() && !dnr.isEmpty() && !synthetic.isEmpty());
        QTest::newRow("fødselsnummer") << fnr << true;
        QTest::newRow("with a space") << (fnr.left(6) + u' ' + fnr.mid(6)) << true;
        QTest::newRow("D-nummer") << dnr << true;
        QTest::newRow("H-nummer") << firstValid(u"014190"_qs) << true; // month + 40
        QTest::newRow("H-nummer, December") << firstValid(u"315299"_qs) << true;
        QTest::newRow("with a dash") << (fnr.left(6) + u'-' + fnr.mid(6)) << true;
        QTest::newRow("dashes and spaces") << (fnr.left(2) + u'-' + fnr.mid(2, 4) + u" - " + fnr.mid(6)) << true;
        QTest::newRow("month 13") << firstValid(u"011390"_qs) << false;
        QTest::newRow("month 53 (H-nummer month 13)") << firstValid(u"015390"_qs) << false;
        QTest::newRow("synthetic test number") << synthetic << true;
        QTest::newRow("another date") << firstValid(u"311299"_qs) << true;
        // last digit changed -> k2 wrong
        QString wrongK2 = fnr;
        wrongK2[10] = QChar(u'0' + (fnr[10].digitValue() + 1) % 10);
        QTest::newRow("wrong k2") << wrongK2 << false;
        QString wrongK1 = fnr;
        wrongK1[9] = QChar(u'0' + (fnr[9].digitValue() + 1) % 10);
        QTest::newRow("wrong k1") << wrongK1 << false;
        // k1 wrong, k2 right for the ten digits as written: only the k1 check can refuse it
        QString k1Only;
        for (int delta = 1; delta < 10 && k1Only.isEmpty(); ++delta) {
            const QString ten = fnr.left(9) + QChar(u'0' + (fnr[9].digitValue() + delta) % 10);
            const int w2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
            int s = 0;
            for (int i = 0; i < 10; ++i)
                s += ten[i].digitValue() * w2[i];
            const int k2 = (11 - s % 11) % 11;
            if (k2 != 10)
                k1Only = ten + QString::number(k2);
        }
        QVERIFY(!k1Only.isEmpty());
        QTest::newRow("wrong k1, matching k2") << k1Only << false;
        QTest::newRow("10 digits") << fnr.left(10) << false;
        QTest::newRow("phone number") << u"+4722334455"_qs << false;
        QTest::newRow("student number") << u"123456"_qs << false;
        QTest::newRow("empty") << QString() << false;
    }
    void nationalIdentityNumbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, looksLikeOne);
        QCOMPARE(looksLikeNationalIdentityNumber(text), looksLikeOne);
    }

    void forbiddenColumns_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("forbidden");
        QTest::newRow("Fødselsnummer") << u"Fødselsnummer"_qs << true;
        QTest::newRow("FØDSELSNUMMER") << u"FØDSELSNUMMER"_qs << true;
        QTest::newRow("fodselsnummer") << u"fodselsnummer"_qs << true;
        QTest::newRow("Fødselsnr.") << u"Fødselsnr."_qs << true;
        QTest::newRow("fnr") << u"fnr"_qs << true;
        QTest::newRow("FNR") << u"FNR"_qs << true;
        QTest::newRow("Personnummer") << u"Personnummer"_qs << true;
        QTest::newRow("D-nummer") << u"D-nummer"_qs << true;
        QTest::newRow("d nummer") << u"d nummer"_qs << true;
        QTest::newRow("National identity number") << u"National identity number"_qs << true;
        QTest::newRow("national_identity_number") << u"national_identity_number"_qs << true;
        QTest::newRow("SSN") << u"SSN"_qs << true;
        QTest::newRow("Helse") << u"Helse"_qs << true;
        QTest::newRow("Helseopplysninger") << u"Helseopplysninger"_qs << true;
        QTest::newRow("Diagnose") << u"Diagnose"_qs << true;
        QTest::newRow("Diagnosis") << u"Diagnosis"_qs << true;
        QTest::newRow("Health") << u"health"_qs << true;
        QTest::newRow("Fødselsnummer (11 siffer)") << u"Fødselsnummer (11 siffer)"_qs << true;
        QTest::newRow("Foedselsnummer") << u"Foedselsnummer"_qs << true;
        QTest::newRow("F.nr") << u"F.nr"_qs << true;
        QTest::newRow("Pers.nr") << u"Pers.nr"_qs << true;
        QTest::newRow("Personal number") << u"Personal number"_qs << true;
        QTest::newRow("ID-nummer") << u"ID-nummer"_qs << true;
        QTest::newRow("Identitetsnummer") << u"Identitetsnummer"_qs << true;
        QTest::newRow("Fødselsdato") << u"Fødselsdato"_qs << true;
        QTest::newRow("Helsetilstand") << u"Helsetilstand"_qs << true;
        QTest::newRow("Helseinfo") << u"Helseinfo"_qs << true;
        QTest::newRow("Sykdommer") << u"Sykdommer"_qs << true;
        QTest::newRow("Medisiner") << u"Medisiner"_qs << true;
        QTest::newRow("Allergier") << u"Allergier"_qs << true;
        QTest::newRow("Funksjonsnedsettelse") << u"Funksjonsnedsettelse"_qs << true;
        QTest::newRow("Tilrettelegging") << u"Tilrettelegging"_qs << true;
        QTest::newRow("Date of birth") << u"Date of birth"_qs << true;
        QTest::newRow("Birth date") << u"Birth date"_qs << true;
        QTest::newRow("Identity number") << u"Identity number"_qs << true;
        QTest::newRow("ID number") << u"ID number"_qs << true;
        QTest::newRow("Health condition") << u"Health condition"_qs << true;
        QTest::newRow("Health information") << u"Health information"_qs << true;
        QTest::newRow("Illnesses") << u"Illnesses"_qs << true;
        QTest::newRow("Diseases") << u"Diseases"_qs << true;
        QTest::newRow("Medication") << u"Medication"_qs << true;
        QTest::newRow("Medicines") << u"Medicines"_qs << true;
        QTest::newRow("Allergies") << u"Allergies"_qs << true;
        QTest::newRow("Disability") << u"Disability"_qs << true;
        QTest::newRow("Disabilities") << u"Disabilities"_qs << true;
        QTest::newRow("Special needs") << u"Special needs"_qs << true;
        QTest::newRow("Accommodations") << u"Accommodations"_qs << true;
        QTest::newRow("FØDSELSDATO") << u"FØDSELSDATO"_qs << true;
        QTest::newRow("fødsels-nr") << u"fødsels-nr"_qs << true;
        QTest::newRow("Sjukdommar") << u"Sjukdommar"_qs << true;
        QTest::newRow("Medisinar") << u"Medisinar"_qs << true;
        QTest::newRow("Allergiar") << u"Allergiar"_qs << true;
        QTest::newRow("Funksjonsnedsetjing") << u"Funksjonsnedsetjing"_qs << true;
        QTest::newRow("Helse­tilstand (fritekst)") << u"Helse­tilstand (fritekst)"_qs << true;
        QTest::newRow("p.nr") << u"p.nr"_qs << true;
        QTest::newRow("Navn (allowed)") << u"Navn"_qs << false;
        QTest::newRow("Etternavn (allowed)") << u"Etternavn"_qs << false;
        QTest::newRow("E-post (allowed)") << u"E-post"_qs << false;
        QTest::newRow("Adresse (allowed)") << u"Adresse"_qs << false;
        QTest::newRow("Kontaktperson (allowed)") << u"Kontaktperson"_qs << false;
        QTest::newRow("Maks studenter (allowed)") << u"Maks studenter"_qs << false;
        QTest::newRow("Veilederutdanning (allowed)") << u"Veilederutdanning"_qs << false;
        QTest::newRow("Periode (allowed)") << u"Periode"_qs << false;
        QTest::newRow("Ønske 1 (allowed)") << u"Ønske 1"_qs << false;
        QTest::newRow("Begrunnelse (allowed)") << u"Begrunnelse"_qs << false;
        QTest::newRow("Stedstyper (allowed)") << u"Stedstyper"_qs << false;
        QTest::newRow("Timer per uke (allowed)") << u"Timer per uke"_qs << false;
        QTest::newRow("Helsehus (allowed)") << u"Helsehus"_qs << false;
        QTest::newRow("Skole (allowed)") << u"Skole"_qs << false;
        QTest::newRow("Yrke (allowed)") << u"Yrke"_qs << false;
        QTest::newRow("Studentnr (allowed)") << u"Studentnr"_qs << false;
        QTest::newRow("Elevnummer (allowed)") << u"Elevnummer"_qs << false;
        QTest::newRow("Fornavn") << u"Fornavn"_qs << false;
        QTest::newRow("Studentnummer") << u"Studentnummer"_qs << false;
        QTest::newRow("Kommunenummer") << u"Kommunenummer"_qs << false;
        QTest::newRow("Municipality number") << u"Municipality number"_qs << false;
        QTest::newRow("Telefon") << u"Telefon"_qs << false;
        QTest::newRow("Studieprogram") << u"Studieprogram"_qs << false;
        QTest::newRow("Helsestasjon") << u"Helsestasjon"_qs << false;
        QTest::newRow("Student number") << u"Student number"_qs << false;
        QTest::newRow("Kull") << u"Kull"_qs << false;
        QTest::newRow("Avdeling") << u"Avdeling"_qs << false;
    }
    void forbiddenColumns()
    {
        QFETCH(QString, header);
        QFETCH(bool, forbidden);
        QCOMPARE(isForbiddenColumnName(header), forbidden);
    }

    void storableText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multiline");
        QTest::addColumn<QString>("fragment"); // of the message; empty: the text may be stored
        QTest::newRow("plain") << u"Kari Nordmann"_qs << false << QString();
        QTest::newRow("terminal escape") << u"\x1b[31mRED\x1b[0m"_qs << false << u"(U+001B) at position 1"_qs;
        QTest::newRow("bell") << u"Ola\a"_qs << false << u"(U+0007) at position 4"_qs;
        QTest::newRow("DEL") << u"Ola\x7f"_qs << false << u"(U+007F)"_qs;
        QTest::newRow("C1 CSI") << u"Ola\u009b31m"_qs << false << u"(U+009B)"_qs;
        QTest::newRow("tab in a name") << u"Ola\tNord"_qs << false << u"(U+0009)"_qs;
        QTest::newRow("line break in a name") << u"Ola\nNord"_qs << false << u"(U+000A)"_qs;
        QTest::newRow("tab and line breaks in notes") << u"a\tb\r\nc\nd"_qs << true << QString();
        QTest::newRow("escape in notes") << u"a\nb\x1b[2J"_qs << true << u"(U+001B)"_qs;
        QTest::newRow("Norwegian letters") << u"Åse Ødegård-Ærø"_qs << false << QString();
        const QString fnr = firstValid(u"010170"_qs);
        QTest::newRow("identity number in notes")
            << (u"Ring "_qs + fnr + u" i dag"_qs) << true << u"national identity number"_qs;
        QTest::newRow("identity number spaced 6+5")
            << (u"fnr "_qs + fnr.left(6) + u' ' + fnr.mid(6)) << false << u"national identity number"_qs;
        QTest::newRow("identity number in a phone field") << fnr << false << u"national identity number"_qs;
        QTest::newRow("12 digits are no identity number") << (fnr + u'1') << false << QString();
        QTest::newRow("phone number") << u"+47 912 34 567"_qs << false << QString();
    }
    void storableText()
    {
        QFETCH(QString, text);
        QFETCH(bool, multiline);
        QFETCH(QString, fragment);
        const auto e = Validation::storableText(text, u"Notes"_qs, multiline ? Lines::Multiple : Lines::Single);
        QCOMPARE(e.has_value(), !fragment.isEmpty());
        if (e) {
            QVERIFY2(e->message.contains(fragment), qPrintable(e->message));
            QCOMPARE(e->field, u"Notes"_qs);
            QVERIFY2(e->message.size() < 200 && !containsNationalIdentityNumber(e->message), qPrintable(e->message));
        }
    }

    void forbiddenColumnErrorNamesTheColumn()
    {
        const Error e = forbiddenColumnError(u"Fødselsnummer"_qs);
        QCOMPARE(e.kind, Error::Kind::Invalid);
        QCOMPARE(e.field, u"Fødselsnummer"_qs);
        QVERIFY(e.message.contains(u"“Fødselsnummer”"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
