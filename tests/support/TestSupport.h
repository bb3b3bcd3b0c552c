#pragma once

#include "storage/PlanFile.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace praksis::test {

// A fresh plan in a temporary folder that disappears with the object.
class TempPlan
{
public:
    TempPlan();
    PlanFile &plan() { return *m_plan; }
    PlanFile *operator->() { return m_plan.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the plan (to prove something was really written).
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanFile> m_plan;
};

// tests/data/<relative>
QString dataPath(const QString &relative);

// Runs one SQL statement and returns the first column of the first row.
QVariant scalar(PlanFile &plan, const QString &sql, const QVariantList &bindings = {});
// Runs one INSERT and returns the new row's id (a failure ends the test run: the fixture itself is broken).
qint64 insert(PlanFile &plan, const QString &sql, const QVariantList &bindings = {});

} // namespace praksis::test
