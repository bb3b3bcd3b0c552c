#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace praksis {

// The Norwegian public holidays (helligdager and offentlige høytidsdager): nyttårsdag, skjærtorsdag, langfredag,
// 1. and 2. påskedag, 1. mai, 17. mai, Kristi himmelfartsdag, 1. and 2. pinsedag, 1. and 2. juledag.
// Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
class NorwegianHolidays
{
public:
    enum class Holiday
    {
        NewYearsDay,     // nyttårsdag, 1 January
        MaundyThursday,  // skjærtorsdag
        GoodFriday,      // langfredag
        EasterSunday,    // 1. påskedag
        EasterMonday,    // 2. påskedag
        LabourDay,       // 1. mai
        ConstitutionDay, // 17. mai
        AscensionDay,    // Kristi himmelfartsdag, Easter + 39
        WhitSunday,      // 1. pinsedag, Easter + 49
        WhitMonday,      // 2. pinsedag
        ChristmasDay,    // 1. juledag
        BoxingDay,       // 2. juledag
    };

    struct Entry
    {
        QDate date;
        Holiday holiday = Holiday::NewYearsDay;
        QString name() const { return NorwegianHolidays::name(holiday); }
    };

    static QDate easterSunday(int year);
    // The holidays of a year, by date (two may share a date, e.g. Ascension Day on 17 May 2007).
    static QList<Entry> holidays(int year);
    // The holidays from … to (inclusive), by date.
    static QList<Entry> holidays(QDate from, QDate to);
    static bool isHoliday(QDate date);
    // The holidays on a date (none, one, or rarely two).
    static QList<Holiday> holidaysOn(QDate date);
    // Translated name of a holiday ("Constitution Day" / "Grunnlovsdag").
    static QString name(Holiday holiday);
    // Translated name of the holiday(s) on a date, joined by " / "; empty on an ordinary day.
    static QString name(QDate date);
};

} // namespace praksis
