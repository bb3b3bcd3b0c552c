#include "TestSupport.h"

#include <QTest>

namespace praksis::test {

TempPlan::TempPlan()
    : m_path(m_dir.filePath(QStringLiteral("test.praksisplan")))
{
    reopen();
}

void TempPlan::reopen()
{
    m_plan.reset();
    auto r = PlanFile::open(m_path);
    if (!r)
        qFatal("TempPlan: %s", qPrintable(r.error().toString()));
    m_plan = std::move(r).value();
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(PRAKSIS_TEST_DATA_DIR "/") + relative;
}

QVariant scalar(PlanFile &plan, const QString &sql, const QVariantList &bindings)
{
    auto q = plan.exec(sql, bindings);
    if (!q)
        qFatal("scalar: %s", qPrintable(q.error().toString()));
    return q->next() ? q->value(0) : QVariant();
}

qint64 insert(PlanFile &plan, const QString &sql, const QVariantList &bindings)
{
    auto q = plan.exec(sql, bindings);
    if (!q)
        qFatal("insert: %s", qPrintable(q.error().toString()));
    return q->lastInsertId().toLongLong();
}

} // namespace praksis::test
