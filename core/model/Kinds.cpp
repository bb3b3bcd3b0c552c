#include "model/Kinds.h"

#include "i18n/Language.h"
#include "model/KindLabels.h"

#include <QCoreApplication>

#include <array>

namespace praksis {

namespace {

struct KindText
{
    Q_DECLARE_TR_FUNCTIONS(praksis::Kinds)
};

template<typename E> struct Entry
{
    E value;
    const char16_t *id;
    const char *label; // translated in context praksis::Kinds
};

// One table per vocabulary: the single place an identifier and its label are written.
constexpr std::array schoolKinds{
    Entry<SchoolKind>{SchoolKind::Vgs, u"vgs", QT_TRANSLATE_NOOP("praksis::Kinds", "Upper secondary school")},
    Entry<SchoolKind>{SchoolKind::Fagskole, u"fagskole", QT_TRANSLATE_NOOP("praksis::Kinds", "Vocational college")},
    Entry<SchoolKind>{SchoolKind::Hogskole, u"hogskole", QT_TRANSLATE_NOOP("praksis::Kinds", "University college")},
    Entry<SchoolKind>{SchoolKind::Universitet, u"universitet", QT_TRANSLATE_NOOP("praksis::Kinds", "University")},
};
constexpr std::array programmeKinds{
    Entry<ProgrammeKind>{ProgrammeKind::Sykepleie, u"sykepleie",
                         QT_TRANSLATE_NOOP("praksis::Kinds", "Nursing (bachelor)")},
    Entry<ProgrammeKind>{ProgrammeKind::Helsearbeiderfag, u"helsearbeiderfag",
                         QT_TRANSLATE_NOOP("praksis::Kinds", "Health worker (Vg2)")},
    Entry<ProgrammeKind>{ProgrammeKind::Laerling, u"laerling",
                         QT_TRANSLATE_NOOP("praksis::Kinds", "Health worker apprentice")},
    Entry<ProgrammeKind>{ProgrammeKind::Fagskole, u"fagskole",
                         QT_TRANSLATE_NOOP("praksis::Kinds", "Vocational college")},
    Entry<ProgrammeKind>{ProgrammeKind::Annet, u"annet", QT_TRANSLATE_NOOP("praksis::Kinds", "Other")},
};
constexpr std::array siteKinds{
    Entry<SiteKind>{SiteKind::Sykehjem, u"sykehjem", QT_TRANSLATE_NOOP("praksis::Kinds", "Nursing home")},
    Entry<SiteKind>{SiteKind::Hjemmetjeneste, u"hjemmetjeneste", QT_TRANSLATE_NOOP("praksis::Kinds", "Home care")},
    Entry<SiteKind>{SiteKind::PsykiskHelseRus, u"psykisk-helse-rus",
                    QT_TRANSLATE_NOOP("praksis::Kinds", "Mental health and substance use")},
    Entry<SiteKind>{SiteKind::Habilitering, u"habilitering", QT_TRANSLATE_NOOP("praksis::Kinds", "Habilitation")},
    Entry<SiteKind>{SiteKind::Helsehus, u"helsehus", QT_TRANSLATE_NOOP("praksis::Kinds", "Intermediate care unit")},
    Entry<SiteKind>{SiteKind::Legevakt, u"legevakt", QT_TRANSLATE_NOOP("praksis::Kinds", "Out-of-hours clinic")},
    Entry<SiteKind>{SiteKind::Helsestasjon, u"helsestasjon",
                    QT_TRANSLATE_NOOP("praksis::Kinds", "Child health clinic")},
    Entry<SiteKind>{SiteKind::Annet, u"annet", QT_TRANSLATE_NOOP("praksis::Kinds", "Other")},
};
constexpr std::array professions{
    Entry<Profession>{Profession::Sykepleier, u"sykepleier", QT_TRANSLATE_NOOP("praksis::Kinds", "Nurse")},
    Entry<Profession>{Profession::Helsefagarbeider, u"helsefagarbeider",
                      QT_TRANSLATE_NOOP("praksis::Kinds", "Health worker")},
    Entry<Profession>{Profession::Annet, u"annet", QT_TRANSLATE_NOOP("praksis::Kinds", "Other")},
};
constexpr std::array statuses{
    Entry<PlacementStatus>{PlacementStatus::Planned, u"planned", QT_TRANSLATE_NOOP("praksis::Kinds", "Planned")},
    Entry<PlacementStatus>{PlacementStatus::Confirmed, u"confirmed", QT_TRANSLATE_NOOP("praksis::Kinds", "Confirmed")},
    Entry<PlacementStatus>{PlacementStatus::Ongoing, u"ongoing", QT_TRANSLATE_NOOP("praksis::Kinds", "Ongoing")},
    Entry<PlacementStatus>{PlacementStatus::Completed, u"completed", QT_TRANSLATE_NOOP("praksis::Kinds", "Completed")},
    Entry<PlacementStatus>{PlacementStatus::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("praksis::Kinds", "Cancelled")},
};
constexpr std::array meetingKinds{
    Entry<MeetingKind>{MeetingKind::Forventningssamtale, u"forventningssamtale",
                       QT_TRANSLATE_NOOP("praksis::Kinds", "Expectations meeting")},
    Entry<MeetingKind>{MeetingKind::Midtveisvurdering, u"midtveisvurdering",
                       QT_TRANSLATE_NOOP("praksis::Kinds", "Midway assessment")},
    Entry<MeetingKind>{MeetingKind::Sluttvurdering, u"sluttvurdering",
                       QT_TRANSLATE_NOOP("praksis::Kinds", "Final assessment")},
    Entry<MeetingKind>{MeetingKind::Halvarsvurdering, u"halvarsvurdering",
                       QT_TRANSLATE_NOOP("praksis::Kinds", "Half-year assessment")},
};
constexpr std::array roles{
    Entry<Role>{Role::Leder, u"leder", QT_TRANSLATE_NOOP("praksis::Kinds", "Unit leader")},
    Entry<Role>{Role::Veileder, u"veileder", QT_TRANSLATE_NOOP("praksis::Kinds", "Supervisor")},
    Entry<Role>{Role::Student, u"student", QT_TRANSLATE_NOOP("praksis::Kinds", "Student")},
    Entry<Role>{Role::Kontaktlaerer, u"kontaktlaerer", QT_TRANSLATE_NOOP("praksis::Kinds", "School contact teacher")},
};
constexpr std::array absenceReasons{
    Entry<AbsenceReason>{AbsenceReason::Sykdom, u"sykdom", QT_TRANSLATE_NOOP("praksis::Kinds", "Illness")},
    Entry<AbsenceReason>{AbsenceReason::SyktBarn, u"sykt-barn", QT_TRANSLATE_NOOP("praksis::Kinds", "Sick child")},
    Entry<AbsenceReason>{AbsenceReason::Velferd, u"velferd", QT_TRANSLATE_NOOP("praksis::Kinds", "Welfare leave")},
    Entry<AbsenceReason>{AbsenceReason::Permisjon, u"permisjon",
                         QT_TRANSLATE_NOOP("praksis::Kinds", "Leave of absence")},
    Entry<AbsenceReason>{AbsenceReason::Annet, u"annet", QT_TRANSLATE_NOOP("praksis::Kinds", "Other")},
};
constexpr std::array hirePositions{
    Entry<HirePosition>{HirePosition::Fast, u"fast", QT_TRANSLATE_NOOP("praksis::Kinds", "Permanent post")},
    Entry<HirePosition>{HirePosition::Vikariat, u"vikariat", QT_TRANSLATE_NOOP("praksis::Kinds", "Temporary post")},
    Entry<HirePosition>{HirePosition::Sommervikar, u"sommervikar", QT_TRANSLATE_NOOP("praksis::Kinds", "Summer temp")},
};
constexpr std::array endReasons{
    Entry<EndReason>{EndReason::AnnenStillingIKommunen, u"annen-stilling-i-kommunen",
                     QT_TRANSLATE_NOOP("praksis::Kinds", "Another post in the municipality")},
    Entry<EndReason>{EndReason::AnnenArbeidsgiver, u"annen-arbeidsgiver",
                     QT_TRANSLATE_NOOP("praksis::Kinds", "Another employer")},
    Entry<EndReason>{EndReason::Utdanning, u"utdanning", QT_TRANSLATE_NOOP("praksis::Kinds", "Education")},
    Entry<EndReason>{EndReason::Flytting, u"flytting", QT_TRANSLATE_NOOP("praksis::Kinds", "Moved away")},
    Entry<EndReason>{EndReason::Annet, u"annet", QT_TRANSLATE_NOOP("praksis::Kinds", "Other")},
};

template<typename E> constexpr const auto &table();
template<> constexpr const auto &table<SchoolKind>()
{
    return schoolKinds;
}
template<> constexpr const auto &table<ProgrammeKind>()
{
    return programmeKinds;
}
template<> constexpr const auto &table<SiteKind>()
{
    return siteKinds;
}
template<> constexpr const auto &table<Profession>()
{
    return professions;
}
template<> constexpr const auto &table<PlacementStatus>()
{
    return statuses;
}
template<> constexpr const auto &table<MeetingKind>()
{
    return meetingKinds;
}
template<> constexpr const auto &table<Role>()
{
    return roles;
}
template<> constexpr const auto &table<AbsenceReason>()
{
    return absenceReasons;
}
template<> constexpr const auto &table<HirePosition>()
{
    return hirePositions;
}
template<> constexpr const auto &table<EndReason>()
{
    return endReasons;
}

template<typename E> const Entry<E> &entry(E v)
{
    for (const auto &e : table<E>())
        if (e.value == v)
            return e;
    Q_UNREACHABLE();
}

} // namespace

#define PRAKSIS_KIND_FUNCTIONS(E)                                                                                      \
    QString toId(E v)                                                                                                  \
    {                                                                                                                  \
        return QString::fromUtf16(entry(v).id);                                                                        \
    }                                                                                                                  \
    QString label(E v)                                                                                                 \
    {                                                                                                                  \
        return KindText::tr(entry(v).label);                                                                           \
    }                                                                                                                  \
    QString labelIn(const QString &language, E v)                                                                      \
    {                                                                                                                  \
        return Language::translate(language, "praksis::Kinds", entry(v).label);                                        \
    }                                                                                                                  \
    template<> std::optional<E> fromId<E>(QStringView id)                                                              \
    {                                                                                                                  \
        const QString trimmed = id.trimmed().toString();                                                               \
        for (const auto &e : table<E>())                                                                               \
            if (trimmed.compare(QString::fromUtf16(e.id), Qt::CaseInsensitive) == 0)                                   \
                return e.value;                                                                                        \
        return std::nullopt;                                                                                           \
    }                                                                                                                  \
    template<> QList<E> allValues<E>()                                                                                 \
    {                                                                                                                  \
        QList<E> out;                                                                                                  \
        for (const auto &e : table<E>())                                                                               \
            out << e.value;                                                                                            \
        return out;                                                                                                    \
    }                                                                                                                  \
    template<> QString allIds<E>()                                                                                     \
    {                                                                                                                  \
        QStringList out;                                                                                               \
        for (const auto &e : table<E>())                                                                               \
            out << QString::fromUtf16(e.id);                                                                           \
        return out.join(QStringLiteral(", "));                                                                         \
    }

PRAKSIS_KIND_FUNCTIONS(SchoolKind)
PRAKSIS_KIND_FUNCTIONS(ProgrammeKind)
PRAKSIS_KIND_FUNCTIONS(SiteKind)
PRAKSIS_KIND_FUNCTIONS(Profession)
PRAKSIS_KIND_FUNCTIONS(PlacementStatus)
PRAKSIS_KIND_FUNCTIONS(MeetingKind)
PRAKSIS_KIND_FUNCTIONS(Role)
PRAKSIS_KIND_FUNCTIONS(AbsenceReason)
PRAKSIS_KIND_FUNCTIONS(HirePosition)
PRAKSIS_KIND_FUNCTIONS(EndReason)

#undef PRAKSIS_KIND_FUNCTIONS

} // namespace praksis
