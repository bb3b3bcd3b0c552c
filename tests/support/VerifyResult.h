#pragma once

#include <QTest>

// QVERIFY for a praksis::Result that prints the error's message when it failed.
#define QVERIFY_RESULT(r)                                                                                              \
    do {                                                                                                               \
        const auto &praksis_result_ = (r);                                                                             \
        QVERIFY2(praksis_result_.ok(), praksis_result_.ok() ? "" : qPrintable(praksis_result_.error().toString()));    \
    } while (false)
