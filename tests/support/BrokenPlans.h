#pragma once

#include "Error.h"

#include <QList>
#include <QString>

namespace praksis::test {

// The files of tests/data/plans: broken and foreign files, each with what opening it must say.
struct BrokenPlan
{
    QString file;     // in tests/data/plans
    Error::Kind kind; // of the Error PlanFile::open returns
    QString message;  // a part of its message
};

QList<BrokenPlan> brokenPlans();

} // namespace praksis::test
