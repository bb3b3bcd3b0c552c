#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace praksis {

class PlanSession;
class RecordForm;
struct Hire;

// The form of a new hire with every field (PRODUCT.md section 10): given and family name, site, profession,
// position, start, probation end (start + 6 months unless changed: it follows the start until it is edited), end
// and its reason (a category, only with an end date), e-mail and phone. Each field checked as typed; OK adds or
// changes her as one undoable step. Used by the Hires page and the hire window.
class HireForm
{
    Q_DECLARE_TR_FUNCTIONS(praksis::HireForm)

public:
    // Opens the form (window-modal, not blocking) for `hire` (id 0: a new one); `done` runs with her id after the
    // change was made.
    static RecordForm *open(PlanSession &session, const Hire &hire, QWidget *parent,
                            std::function<void(qint64 id)> done = {});
};

} // namespace praksis
