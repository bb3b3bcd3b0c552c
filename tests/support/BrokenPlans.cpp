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
    };
}

} // namespace praksis::test
