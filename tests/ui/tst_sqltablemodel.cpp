#include "TestSupport.h"
#include "model/Kinds.h"
#include "models/SqlTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace praksis;

class TestSqlTableModel : public QObject
{
    Q_OBJECT

private:
    static void addSchool(PlanFile &plan, const QString &name, const QString &kind = QStringLiteral("hogskole"))
    {
        Transaction tx(plan);
        auto q = plan.exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES (?, ?)"), {name, kind});
        QVERIFY(q);
        plan.notifyChanged(Entity::School, Change::Kind::Inserted, {q->lastInsertId().toLongLong()});
        QVERIFY(tx.commit());
    }

    static std::unique_ptr<SqlTableModel> schoolModel(PlanFile &plan)
    {
        auto model = std::make_unique<SqlTableModel>(
            plan, QStringLiteral("FROM schools s"), QStringLiteral("s.id"),
            QList<SqlColumn>{{QStringLiteral("Name"), QStringLiteral("s.name")},
                             {QStringLiteral("Kind"), QStringLiteral("s.kind"), SqlColumn::Format::SchoolKind}},
            QList<Entity>{Entity::School});
        model->setSearchColumns({QStringLiteral("s.name")});
        return model;
    }

    static QStringList names(const SqlTableModel &m)
    {
        QStringList list;
        for (int r = 0; r < m.rowCount(); ++r)
            list.append(m.index(r, 0).data().toString());
        return list;
    }

private slots:
    void sortsFiltersAndFollowsChanges()
    {
        test::TempPlan t;
        addSchool(t.plan(), QStringLiteral("VID"));
        addSchool(t.plan(), QStringLiteral("Bergen vgs"), QStringLiteral("vgs"));
        auto model = schoolModel(t.plan());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->sort(0, Qt::AscendingOrder);
        QCOMPARE(names(*model), (QStringList{QStringLiteral("Bergen vgs"), QStringLiteral("VID")}));
        QCOMPARE(model->index(0, 1).data(SqlTableModel::RawRole).toString(), QStringLiteral("vgs"));
        QCOMPARE(model->index(0, 1).data().toString(), label(SchoolKind::Vgs));

        // an insert becomes one row insertion at its sorted place, not a reset
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        addSchool(t.plan(), QStringLiteral("OsloMet"));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(names(*model),
                 (QStringList{QStringLiteral("Bergen vgs"), QStringLiteral("OsloMet"), QStringLiteral("VID")}));
        QCOMPARE(model->totalCount(), 3);

        // a rename that moves the row keeps the persistent index on the record
        const qint64 vid = model->idAt(2);
        QPersistentModelIndex kept(model->index(2, 0));
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        {
            Transaction tx(t.plan());
            QVERIFY(t->exec(QStringLiteral("UPDATE schools SET name = 'Atlantis' WHERE id = ?"), {vid}));
            t->notifyChanged(Entity::School, Change::Kind::Updated, {vid});
            QVERIFY(tx.commit());
        }
        QCOMPARE(names(*model).first(), QStringLiteral("Atlantis"));
        QCOMPARE(kept.row(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(reset.size(), 0);

        // descending
        model->sort(0, Qt::DescendingOrder);
        QCOMPARE(names(*model).first(), QStringLiteral("OsloMet"));

        // search and filter
        model->setSearchText(QStringLiteral("oslo"));
        QCOMPARE(names(*model), QStringList{QStringLiteral("OsloMet")});
        model->setSearchText(QStringLiteral("100%"));
        QCOMPARE(model->rowCount(), 0);
        model->setSearchText(QString());
        model->setFilter(QStringLiteral("s.kind = ?"), {QStringLiteral("vgs")});
        QCOMPARE(names(*model), QStringList{QStringLiteral("Bergen vgs")});
        model->setFilter(QString());
        QCOMPARE(model->rowCount(), 3);

        // removal
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        {
            Transaction tx(t.plan());
            QVERIFY(t->exec(QStringLiteral("DELETE FROM schools WHERE id = ?"), {vid}));
            t->notifyChanged(Entity::School, Change::Kind::Removed, {vid});
            QVERIFY(tx.commit());
        }
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->rowOf(vid), -1);
    }

    // The desktop's search folds case for every letter and its lists sort as Norwegian (… Z, Æ, Ø, Å).
    void norwegianSearchAndOrder()
    {
        test::TempPlan t;
        for (const QString &name : {QStringLiteral("Årstad vidaregåande skule"), QStringLiteral("Ørsta vgs"),
                                    QStringLiteral("Ærø skole"), QStringLiteral("Zeta skole")})
            addSchool(t.plan(), name, QStringLiteral("vgs"));
        auto model = schoolModel(t.plan());
        model->sort(0, Qt::AscendingOrder);
        QCOMPARE(names(*model),
                 (QStringList{QStringLiteral("Zeta skole"), QStringLiteral("Ærø skole"), QStringLiteral("Ørsta vgs"),
                              QStringLiteral("Årstad vidaregåande skule")}));
        model->setSearchText(QStringLiteral("årstad"));
        QCOMPARE(names(*model), QStringList{QStringLiteral("Årstad vidaregåande skule")});
        model->setSearchText(QStringLiteral("ØRSTA"));
        QCOMPARE(names(*model), QStringList{QStringLiteral("Ørsta vgs")});
        model->setSearchText(QStringLiteral("VIDAREGÅANDE"));
        QCOMPARE(names(*model), QStringList{QStringLiteral("Årstad vidaregåande skule")});
    }

    void loadsLargeTablesInChunks()
    {
        test::TempPlan t;
        {
            Transaction tx(t.plan());
            for (int i = 0; i < 3000; ++i)
                QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES (?, 'vgs')"),
                                {QStringLiteral("School %1").arg(i, 5, 10, QLatin1Char('0'))}));
            QVERIFY(tx.commit());
        }
        auto model = schoolModel(t.plan());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3000);
        QCOMPARE(model->index(2999, 0).data().toString(), QStringLiteral("School 02999"));
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("School 00000"));
        QCOMPARE(model->index(1500, 0).data().toString(), QStringLiteral("School 01500"));
    }

    // A search that leaves many scattered rows is one layout change (not thousands of row removals), keeps the
    // selection on the records still shown and lets go of those that are not; a change of a few rows stays row
    // signals.
    void manyScatteredRowsAreOneLayoutChange_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("layout");
        QTest::addColumn<int>("rows");
        QTest::newRow("every tenth school") << QStringLiteral("x0") << true << 100;
        QTest::newRow("one block") << QStringLiteral("School 00") << false << 100;
    }

    void manyScatteredRowsAreOneLayoutChange()
    {
        QFETCH(QString, search);
        QFETCH(bool, layout);
        QFETCH(int, rows);
        test::TempPlan t;
        {
            Transaction tx(t.plan());
            for (int i = 0; i < 1000; ++i)
                QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES (?, 'vgs')"),
                                {QStringLiteral("School %1 x%2").arg(i, 4, 10, QLatin1Char('0')).arg(i % 10)}));
            QVERIFY(tx.commit());
        }
        auto model = schoolModel(t.plan());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1000);
        // "School 0010 x0" matches both searches, "School 0511 x1" neither
        const QPersistentModelIndex shown(model->index(10, 0));
        const QPersistentModelIndex hidden(model->index(511, 0));
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy layoutChanged(model.get(), &QAbstractItemModel::layoutChanged);
        model->setSearchText(search);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(layoutChanged.size(), layout ? 1 : 0);
        QCOMPARE(removed.isEmpty(), layout);
        QVERIFY(shown.isValid());
        QCOMPARE(shown.data().toString(), QStringLiteral("School 0010 x0"));
        QVERIFY(!hidden.isValid());
        // and back: every school again, the kept index still on its record
        model->setSearchText(QString());
        QCOMPARE(model->rowCount(), 1000);
        QCOMPARE(shown.row(), 10);
        QCOMPARE(names(*model).at(999), QStringLiteral("School 0999 x9"));
    }

    // Nothing is read before the rows are asked for, so a filter set first costs no query of its own.
    void queriesWhenFirstAsked()
    {
        test::TempPlan t;
        addSchool(t.plan(), QStringLiteral("VID"));
        auto model = schoolModel(t.plan());
        model->setFilter(QStringLiteral("s.kind = ?"), {QStringLiteral("vgs")});
        // written behind the model's back (no change notice): seen, because the model has not read anything yet
        QVERIFY(t->exec(QStringLiteral("INSERT INTO schools (name, kind) VALUES ('Bergen vgs', 'vgs')")));
        QCOMPARE(names(*model), QStringList{QStringLiteral("Bergen vgs")});
        QCOMPARE(model->totalCount(), 2);
    }
};

QTEST_MAIN(TestSqlTableModel)
#include "tst_sqltablemodel.moc"
