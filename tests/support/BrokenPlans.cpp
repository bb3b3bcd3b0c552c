#include "BrokenPlans.h"

namespace praksis::test {

QList<BrokenPlan> brokenPlans()
{
    using K = Error::Kind;
    return {
        {QStringLiteral("empty.praksisplan"), K::NotAPlan, QStringLiteral("is empty; it is not a plan file")},
        {QStringLiteral("text.praksisplan"), K::NotAPlan, QStringLiteral("is not a Praksisplan plan file")},
        {QStringLiteral("random-bytes.praksisplan"), K::NotAPlan, QStringLiteral("is not a Praksisplan plan file")},
        {QStringLiteral("truncated.praksisplan"), K::NotAPlan, QStringLiteral("damaged")},
        {QStringLiteral("corrupted-page.praksisplan"), K::NotAPlan, QStringLiteral("is damaged (")},
        {QStringLiteral("other-program.sqlite"), K::NotAPlan,
         QStringLiteral("is an SQLite database, but not a Praksisplan plan file")},
        {QStringLiteral("newer-version.praksisplan"), K::NewerVersion,
         QStringLiteral("written by a newer version of Praksisplan (plan version 999")},
        {QStringLiteral("dangling-reference.praksisplan"), K::NotAPlan,
         QStringLiteral("a record in “students” refers to one that does not exist")},
        // Hostile plans (tests/data/make-hostile-plans.sh): each names what another program put in or took out.
        {QStringLiteral("exfiltrating-trigger.praksisplan"), K::NotAPlan,
         QStringLiteral("it holds table “exfil”, trigger “steal”, which Praksisplan does not create")},
        {QStringLiteral("recursive-trigger.praksisplan"), K::NotAPlan,
         QStringLiteral("it holds trigger “hang”, which Praksisplan does not create")},
        {QStringLiteral("change-log-view.praksisplan"), K::NotAPlan,
         QStringLiteral(
             "it holds view “change_log”, which Praksisplan does not create; table “change_log” is missing")},
        {QStringLiteral("altered-table.praksisplan"), K::NotAPlan,
         QStringLiteral("table “schools” differs from what Praksisplan creates")},
        {QStringLiteral("missing-table.praksisplan"), K::NotAPlan, QStringLiteral("table “exclusions” is missing")},
        {QStringLiteral("extra-index.praksisplan"), K::NotAPlan,
         QStringLiteral("it holds index “students_email_lower”, which Praksisplan does not create")},
        {QStringLiteral("version-zero.praksisplan"), K::NotAPlan, QStringLiteral("has no valid plan version (0)")},
        {QStringLiteral("version-negative.praksisplan"), K::NotAPlan, QStringLiteral("has no valid plan version (-1)")},
    };
}

} // namespace praksis::test
