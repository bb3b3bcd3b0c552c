#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace praksis {

class PlanFile;

// What a site's welcome letters say about the first day (stored in the plan's settings, welcome/site/<id>/...): the
// time to arrive, where to meet and a short note. Kept per site because it is the same for every student who comes
// there; an empty field falls back to the plan's default arrival time (PlanSettings::welcomeArrivalTime) and the site's
// address.
struct SiteWelcome
{
    qint64 siteId = 0;
    QString arrivalTime;  // "HH:mm", or empty
    QString meetingPlace; // or empty
    QString note;         // or empty
    bool operator==(const SiteWelcome &) const = default;
};

class SiteWelcomes
{
    Q_DECLARE_TR_FUNCTIONS(praksis::SiteWelcomes)

public:
    // The site's details (all empty when none were saved).
    static Result<SiteWelcome> load(PlanFile &plan, qint64 siteId);
    // Saves in one transaction, announced as Entity::Site Updated; returns what was there before (for undo).
    // An arrival time must be a time of day written HH:mm (or H.mm, as Norwegians write it).
    static Result<SiteWelcome> save(PlanFile &plan, const SiteWelcome &details);
    // An arrival time as stored, "HH:mm", from what a person wrote ("8:15", "08.15"); empty stays empty.
    static Result<QString> normalisedTime(const QString &text);
};

} // namespace praksis
