#include "documents/RecruitmentReport.h"

#include "documents/DocumentLanguage.h"
#include "model/Validation.h"

namespace praksis {

Result<ReportTable> RecruitmentReport::table(PlanFile &plan, const RecruitmentReportQuery &query)
{
    auto lines = Outcome::compute(plan, query.from, query.to);
    if (!lines)
        return lines.error();
    return table(lines.value(), query.from, query.to, DocumentLanguage::of(plan, query.language).code());
}

ReportTable RecruitmentReport::table(const QList<OutcomeFigures> &lines, QDate from, QDate to, const QString &language)
{
    const DocumentLanguage doc(language);
    const auto w = [&doc](const char *source) { return doc.text("praksis::RecruitmentReport", source); };
    ReportTable t;
    t.language = doc.code();
    t.title = w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "Recruitment report"));
    t.sheet = w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "Recruitment"));
    t.subtitle = Validation::formatDate(from) + QStringLiteral(" – ") + Validation::formatDate(to);
    t.note = w(QT_TRANSLATE_NOOP(
        "praksis::RecruitmentReport",
        "Former students: students whose placement at the site (not cancelled) ended in the range. Hired: of them, "
        "those with a hire that started after their last such placement there, as a summer temp or in a post "
        "anywhere, or in any position at this site. New hires: hires at the site that started in the range. "
        "Stayed 12 months: of those whose 12 months ended by the range's last day, still employed then. Left in "
        "probation: an end date on or before the probation end. The whole plan counts each person once."));
    using Type = ReportColumn::Type;
    t.columns = {
        {w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "Site")), Type::Text},
        {w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "Former students")), Type::Integer},
        {w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "Hired as summer temps")), Type::Integer},
        {w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "Hired in posts")), Type::Integer},
        {w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "Hired here")), Type::Integer},
        {w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "New hires")), Type::Integer},
        {w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "With a mentor")), Type::Integer},
        {w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "12 months passed")), Type::Integer},
        {w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "Stayed 12 months")), Type::Integer},
        {w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "Left in probation")), Type::Integer},
    };
    const auto row = [](const OutcomeFigures &f, const QVariant &name) {
        return QVariantList{name,       f.formerStudents, f.hiredSummer,      f.hiredPost,      f.hiredHere,
                            f.newHires, f.mentored,       f.eligible12Months, f.stayed12Months, f.leftInProbation};
    };
    for (const OutcomeFigures &f : lines) {
        if (f.wholePlan())
            t.totals = row(f, w(QT_TRANSLATE_NOOP("praksis::RecruitmentReport", "Whole plan")));
        else
            t.rows << row(f, f.site);
    }
    return t;
}

} // namespace praksis
