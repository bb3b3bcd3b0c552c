#pragma once

#include "planning/Planner.h"

#include <QDialog>

#include <functional>

namespace praksis {

// The automatic plan before it is applied: who goes where (with her choice number and why), who stays unplaced
// and why, the total cost, and how it differs from the plan as it is.
class PlanPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    PlanPreviewDialog(const PlannerInput &input, const PlannerResult &result, QWidget *parent = nullptr);

    // Tests answer the dialog here instead of exec(): return true to apply.
    static inline std::function<bool(PlanPreviewDialog &)> testHook;
    // exec(), or the test hook; true when the person chose to apply.
    bool ask();
};

} // namespace praksis
