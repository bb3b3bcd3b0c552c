#pragma once

#include <QTest>

// Verifies that a praksis::Result holds a value, printing its error message when it does not.
#define PRAKSIS_VERIFY_OK(result)                                                                                      \
    do {                                                                                                               \
        const auto &praksisResult_ = (result);                                                                         \
        if (!praksisResult_.ok())                                                                                      \
            QFAIL(qPrintable(praksisResult_.error().toString()));                                                      \
    } while (false)
