#include "calendar/NorwegianHolidays.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace praksis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Calendar)
};

// Offsets from Easter Sunday of the movable holidays.
struct Movable
{
    int offset;
    NorwegianHolidays::Holiday holiday;
};
constexpr std::array movable{
    Movable{-3, NorwegianHolidays::Holiday::MaundyThursday}, Movable{-2, NorwegianHolidays::Holiday::GoodFriday},
    Movable{0, NorwegianHolidays::Holiday::EasterSunday},    Movable{1, NorwegianHolidays::Holiday::EasterMonday},
    Movable{39, NorwegianHolidays::Holiday::AscensionDay},   Movable{49, NorwegianHolidays::Holiday::WhitSunday},
    Movable{50, NorwegianHolidays::Holiday::WhitMonday},
};

struct Fixed
{
    int month;
    int day;
    NorwegianHolidays::Holiday holiday;
};
constexpr std::array fixed{
    Fixed{1, 1, NorwegianHolidays::Holiday::NewYearsDay},      Fixed{5, 1, NorwegianHolidays::Holiday::LabourDay},
    Fixed{5, 17, NorwegianHolidays::Holiday::ConstitutionDay}, Fixed{12, 25, NorwegianHolidays::Holiday::ChristmasDay},
    Fixed{12, 26, NorwegianHolidays::Holiday::BoxingDay},
};

} // namespace

QDate NorwegianHolidays::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<NorwegianHolidays::Entry> NorwegianHolidays::holidays(int year)
{
    QList<Entry> list;
    for (const Fixed &f : fixed)
        list.append(Entry{QDate(year, f.month, f.day), f.holiday});
    const QDate easter = easterSunday(year);
    for (const Movable &m : movable)
        list.append(Entry{easter.addDays(m.offset), m.holiday});
    std::stable_sort(list.begin(), list.end(), [](const Entry &x, const Entry &y) {
        return x.date != y.date ? x.date < y.date : x.holiday < y.holiday;
    });
    return list;
}

QList<NorwegianHolidays::Entry> NorwegianHolidays::holidays(QDate from, QDate to)
{
    QList<Entry> list;
    if (!from.isValid() || !to.isValid() || to < from)
        return list;
    for (int y = from.year(); y <= to.year(); ++y)
        for (const Entry &e : holidays(y))
            if (e.date >= from && e.date <= to)
                list.append(e);
    return list;
}

QList<NorwegianHolidays::Holiday> NorwegianHolidays::holidaysOn(QDate date)
{
    QList<Holiday> list;
    if (!date.isValid())
        return list;
    for (const Fixed &f : fixed)
        if (date.month() == f.month && date.day() == f.day)
            list.append(f.holiday);
    // Movable holidays lie between 19 March (Maundy Thursday at the earliest) and 14 June (Whit Monday at the
    // latest); skip the Easter computation outside that window.
    if (date.month() >= 3 && date.month() <= 6) {
        const qint64 offset = easterSunday(date.year()).daysTo(date);
        for (const Movable &m : movable)
            if (offset == m.offset)
                list.append(m.holiday);
    }
    std::sort(list.begin(), list.end());
    return list;
}

bool NorwegianHolidays::isHoliday(QDate date)
{
    return !holidaysOn(date).isEmpty();
}

QString NorwegianHolidays::name(Holiday holiday)
{
    switch (holiday) {
    case Holiday::NewYearsDay:
        return Text::tr("New Year's Day");
    case Holiday::MaundyThursday:
        return Text::tr("Maundy Thursday");
    case Holiday::GoodFriday:
        return Text::tr("Good Friday");
    case Holiday::EasterSunday:
        return Text::tr("Easter Sunday");
    case Holiday::EasterMonday:
        return Text::tr("Easter Monday");
    case Holiday::LabourDay:
        return Text::tr("Labour Day");
    case Holiday::ConstitutionDay:
        return Text::tr("Constitution Day");
    case Holiday::AscensionDay:
        return Text::tr("Ascension Day");
    case Holiday::WhitSunday:
        return Text::tr("Whit Sunday");
    case Holiday::WhitMonday:
        return Text::tr("Whit Monday");
    case Holiday::ChristmasDay:
        return Text::tr("Christmas Day");
    case Holiday::BoxingDay:
        return Text::tr("Boxing Day");
    }
    return {};
}

QString NorwegianHolidays::name(QDate date)
{
    QStringList names;
    for (const Holiday h : holidaysOn(date))
        names.append(name(h));
    return names.join(QStringLiteral(" / "));
}

} // namespace praksis
