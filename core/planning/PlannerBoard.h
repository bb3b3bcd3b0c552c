#pragma once

#include "Error.h"
#include "model/Kinds.h"
#include "planning/Conflict.h"
#include "storage/PlacementLookup.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace praksis {

class PlanFile;

// What the planner page shows for one period: the sites as rows (grouped by kind, with their capacity for the
// period), the period's placements, the students of the period still without a placement, and the conflicts of
// rules 1–4 that involve the period. Read with a handful of queries, so it can be read again after every edit.
struct PlannerBoard
{
    Q_DECLARE_TR_FUNCTIONS(praksis::PlannerBoard)

public:
    struct Site
    {
        qint64 id = 0;
        QString name;     // "Solbakken sykehjem / Avdeling 2"
        QString baseName; // "Solbakken sykehjem"
        QString unit;     // "Avdeling 2", may be empty
        SiteKind kind = SiteKind::Annet;
        int capacity = 0;     // for the period: its override or the site's default
        bool eligible = true; // its kind is eligible in the period (rows of other kinds only hold placements)
    };
    struct Student
    {
        qint64 id = 0;
        QString name;     // "Kari Nordmann"
        QString sortName; // "Nordmann, Kari"
        QString studentNumber;
        QString school;
        QString programme;
        QList<qint64> choices; // site ids, first choice first
        QStringList choiceNames;
        QList<qint64> excluded; // sites she must never be placed at
    };

    qint64 periodId = 0;
    QString periodName;
    QDate start;
    QDate end;
    QList<Site> sites;              // by kind (in the order of the vocabulary), then by name
    QList<PlacementRow> placements; // the period's, cancelled ones too
    QList<Student> unplaced;        // by family name, given name
    QList<Conflict> conflicts;      // ConflictChecker::check(periodId)

    // A supervisor of a site as the planner offers her: how many of the period's placements she has.
    struct SupervisorChoice
    {
        qint64 id = 0;
        QString name;
        int maxStudents = 0;
        int assigned = 0;    // placements of the period with her (cancelled ones not counted)
        bool absent = false; // away at some date of the period
    };

    // An empty board (no period) for periodId 0.
    static Result<PlannerBoard> load(PlanFile &plan, qint64 periodId);
    // The supervisors of a site, by name, with their load in the period.
    static Result<QList<SupervisorChoice>> supervisors(PlanFile &plan, qint64 siteId, qint64 periodId);
};

} // namespace praksis
