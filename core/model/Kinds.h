#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace praksis {

// The fixed vocabularies of PRODUCT.md section 2. Each value has a stable identifier (stored in the plan,
// used in CSV files and on the command line) and a translated label for people.

enum class SchoolKind
{
    Vgs,
    Fagskole,
    Hogskole,
    Universitet
};
enum class ProgrammeKind
{
    Sykepleie,
    Helsearbeiderfag,
    Laerling,
    Fagskole,
    Annet
};
enum class SiteKind
{
    Sykehjem,
    Hjemmetjeneste,
    PsykiskHelseRus,
    Habilitering,
    Helsehus,
    Legevakt,
    Helsestasjon,
    Annet
};
enum class Profession
{
    Sykepleier,
    Helsefagarbeider,
    Annet
};
enum class PlacementStatus
{
    Planned,
    Confirmed,
    Ongoing,
    Completed,
    Cancelled
};
enum class MeetingKind
{
    Forventningssamtale,
    Midtveisvurdering,
    Sluttvurdering,
    Halvarsvurdering
};
enum class Role
{
    Leder,
    Veileder,
    Student,
    Kontaktlaerer
};
enum class AbsenceReason
{
    Sykdom,
    SyktBarn,
    Velferd,
    Permisjon,
    Annet
};
// A new hire's position (PRODUCT.md section 10): permanent, temporary, summer temp.
enum class HirePosition
{
    Fast,
    Vikariat,
    Sommervikar
};
// Why a hire left: a category only, never free text and never health.
enum class EndReason
{
    AnnenStillingIKommunen,
    AnnenArbeidsgiver,
    Utdanning,
    Flytting,
    Annet
};

// identifier ("sykehjem") of a value
QString toId(SchoolKind v);
QString toId(ProgrammeKind v);
QString toId(SiteKind v);
QString toId(Profession v);
QString toId(PlacementStatus v);
QString toId(MeetingKind v);
QString toId(Role v);
QString toId(AbsenceReason v);
QString toId(HirePosition v);
QString toId(EndReason v);

// translated label ("Nursing home" / "Sykehjem") of a value
QString label(SchoolKind v);
QString label(ProgrammeKind v);
QString label(SiteKind v);
QString label(Profession v);
QString label(PlacementStatus v);
QString label(MeetingKind v);
QString label(Role v);
QString label(AbsenceReason v);
QString label(HirePosition v);
QString label(EndReason v);

// Parses an identifier, case-insensitively; std::nullopt when unknown.
template<typename E> std::optional<E> fromId(QStringView id);

// every value, in declaration order
template<typename E> QList<E> allValues();

// "sykehjem, hjemmetjeneste, …" for messages that list what is accepted
template<typename E> QString allIds();

} // namespace praksis
