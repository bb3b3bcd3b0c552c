#pragma once

#include "model/Kinds.h"

namespace praksis {

// The label of a value in a given language ("nb", "nn" or "en") rather than the interface's: for documents written
// in the plan's document language (documents/DocumentLanguage.h). Defined with the vocabularies in Kinds.cpp.
QString labelIn(const QString &language, SchoolKind v);
QString labelIn(const QString &language, ProgrammeKind v);
QString labelIn(const QString &language, SiteKind v);
QString labelIn(const QString &language, Profession v);
QString labelIn(const QString &language, PlacementStatus v);
QString labelIn(const QString &language, MeetingKind v);
QString labelIn(const QString &language, Role v);
QString labelIn(const QString &language, AbsenceReason v);
QString labelIn(const QString &language, HirePosition v);
QString labelIn(const QString &language, EndReason v);

} // namespace praksis
