// widgets/CoalescedCall: many requests before the event loop runs make one call; a cancelled request makes none.
#include "widgets/CoalescedCall.h"

#include <QCoreApplication>
#include <QTest>

using namespace praksis;

class TestCoalescedCall : public QObject
{
    Q_OBJECT

private slots:
    void requestsBeforeTheEventLoopMakeOneCall_data()
    {
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<int>("calls");
        QTest::newRow("one") << 1 << false << 1;
        QTest::newRow("three") << 3 << false << 1;
        QTest::newRow("cancelled") << 2 << true << 0;
        QTest::newRow("none") << 0 << false << 0;
    }

    void requestsBeforeTheEventLoopMakeOneCall()
    {
        QFETCH(int, requests);
        QFETCH(bool, cancelled);
        QFETCH(int, calls);
        int called = 0;
        QObject owner;
        auto *call = new CoalescedCall([&called] { ++called; }, &owner);
        for (int i = 0; i < requests; ++i)
            call->request();
        if (cancelled)
            call->cancel();
        QCOMPARE(called, 0); // never at once
        QCoreApplication::processEvents();
        QCOMPARE(called, calls);
        // a request after that runs again, once, even with the cancelled one still queued before it
        call->request();
        call->request();
        QCoreApplication::processEvents();
        QCOMPARE(called, calls + 1);
    }

    void aDeletedOwnerCallsNothing()
    {
        int called = 0;
        auto *owner = new QObject;
        auto *call = new CoalescedCall([&called] { ++called; }, owner);
        call->request();
        delete owner;
        QCoreApplication::processEvents();
        QCOMPARE(called, 0);
    }
};

QTEST_GUILESS_MAIN(TestCoalescedCall)
#include "tst_coalescedcall.moc"
