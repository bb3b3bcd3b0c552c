#include "SmallPlan.h"

#include "storage/PeriodRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/SiteRepository.h"
#include "storage/StudentRepository.h"
#include "storage/SupervisorRepository.h"

namespace praksis::test {

namespace {
template<typename T> T must(Result<T> r, const char *what)
{
    if (!r)
        qFatal("SmallPlan: %s: %s", what, qPrintable(r.error().toString()));
    return std::move(r).value();
}
} // namespace

SmallPlan::SmallPlan(PlanFile &plan)
{
    SchoolRepository schools(plan);
    oslomet = must(schools.insert(School{0, QStringLiteral("OsloMet"), SchoolKind::Universitet, {}, {}, {}, {}, {}}),
                   "school");
    sykepleie =
        must(schools.insertProgramme(Programme{0, oslomet, QStringLiteral("Sykepleie"), ProgrammeKind::Sykepleie}),
             "programme");
    vid = must(schools.insert(School{0, QStringLiteral("VID"), SchoolKind::Hogskole, {}, {}, {}, {}, {}}), "school");
    vernepleie = must(schools.insertProgramme(Programme{0, vid, QStringLiteral("Vernepleie"), ProgrammeKind::Annet}),
                      "programme");

    SiteRepository sites(plan);
    Site s;
    s.name = QStringLiteral("Solbakken sykehjem");
    s.unit = QStringLiteral("Avdeling 2");
    s.municipality = QStringLiteral("Oslo");
    s.municipalityNumber = QStringLiteral("0301");
    s.kind = SiteKind::Sykehjem;
    s.capacity = 3;
    solbakken = must(sites.insert(s), "site");
    s = Site{};
    s.name = QStringLiteral("Fjellheim");
    s.kind = SiteKind::Hjemmetjeneste;
    s.capacity = 2;
    fjellheim = must(sites.insert(s), "site");

    SupervisorRepository supervisors(plan);
    Supervisor v;
    v.siteId = solbakken;
    v.givenName = QStringLiteral("Anne");
    v.familyName = QStringLiteral("Hansen");
    anne = must(supervisors.insert(v), "supervisor");
    v.siteId = fjellheim;
    v.givenName = QStringLiteral("Per");
    v.familyName = QStringLiteral("Olsen");
    per = must(supervisors.insert(v), "supervisor");

    PeriodRepository periods(plan);
    Period p;
    p.name = QStringLiteral("Høst 2026");
    p.start = QDate(2026, 8, 24);
    p.end = QDate(2026, 10, 16);
    p.programmeIds = {sykepleie};
    p.siteKinds = {SiteKind::Sykehjem, SiteKind::Hjemmetjeneste};
    autumn = must(periods.insert(p), "period");

    StudentRepository students(plan);
    Student st;
    st.schoolId = oslomet;
    st.programmeId = sykepleie;
    st.studentNumber = QStringLiteral("12345");
    st.givenName = QStringLiteral("Kari");
    st.familyName = QStringLiteral("Nordmann");
    kari = must(students.insert(st), "student");
    st = Student{};
    st.schoolId = vid;
    st.studentNumber = QStringLiteral("777");
    st.givenName = QStringLiteral("Ola");
    st.familyName = QStringLiteral("Berg");
    ola = must(students.insert(st), "student");
}

} // namespace praksis::test
