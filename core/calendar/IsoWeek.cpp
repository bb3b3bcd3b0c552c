#include "calendar/IsoWeek.h"

#include <QCoreApplication>

namespace praksis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Calendar)
};

} // namespace

IsoWeek IsoWeek::of(QDate date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    const int week = date.weekNumber(&year);
    return IsoWeek{year, week};
}

int IsoWeek::weeksInYear(int isoYear)
{
    // 28 December always lies in the last week of its week-year.
    return QDate(isoYear, 12, 28).weekNumber();
}

QDate IsoWeek::monday(int isoYear, int week)
{
    if (week < 1 || week > weeksInYear(isoYear))
        return {};
    // 4 January always lies in week 1.
    const QDate jan4(isoYear, 1, 4);
    const QDate mondayOfWeek1 = jan4.addDays(1 - jan4.dayOfWeek());
    return mondayOfWeek1.addDays(qint64(week - 1) * 7);
}

QList<IsoWeek> IsoWeek::spanning(QDate from, QDate to)
{
    QList<IsoWeek> weeks;
    if (!from.isValid() || !to.isValid() || to < from)
        return weeks;
    const QDate lastMonday = to.addDays(1 - to.dayOfWeek());
    for (QDate m = from.addDays(1 - from.dayOfWeek()); m <= lastMonday; m = m.addDays(7))
        weeks.append(of(m));
    return weeks;
}

QString IsoWeek::label() const
{
    return Text::tr("week %1").arg(week);
}

QString IsoWeek::labelWithYear() const
{
    return Text::tr("week %1, %2").arg(week).arg(year);
}

QString IsoWeek::headerText() const
{
    return label() + QLatin1Char('\n') + monday().toString(u"dd.MM.");
}

} // namespace praksis
