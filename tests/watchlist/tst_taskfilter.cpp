#include "models/domain/Clock.h"
#include "models/watchlist/TaskFilter.h"
#include "models/watchlist/TaskFilterProxy.h"
#include "models/watchlist/TaskTableModel.h"
#include "WatchlistTestData.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace WatchlistTestData;
using Model = TaskTableModel;

namespace {

WatchedTask sample()
{
    WatchedTask watched =
        task(QStringLiteral("7001234"), TaskKind::FeishuContact, QStringLiteral("acme"));
    watched.ref.label = QStringLiteral("HR 新员工 batch");
    watched.snapshot = running(QStringLiteral("7001234"), 30);
    return watched;
}

WatchedTask failing()
{
    WatchedTask watched = sample();
    ApiError error;
    error.category = ApiError::Category::PermissionDenied;
    error.code = QStringLiteral("99991672");
    error.message = QStringLiteral("Access denied: scope missing");
    watched.lastError = error;
    return watched;
}

QStringList proxyIds(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, Model::TaskIdColumn).data().toString();
    return ids;
}

} // namespace

class TestTaskFilter final : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void valueSemantics();
    void proxyUnderTester();
    void proxyFilters();
    void proxySortsUnknownLastBothWays();
    void proxyResortsAndKeepsSelection();
    void proxyForwardsOnlyChangedRows();

private:
    ManualClock m_clock;
};

void TestTaskFilter::matches_data()
{
    QTest::addColumn<WatchedTask>("task");
    QTest::addColumn<QList<TaskState>>("states");
    QTest::addColumn<QList<TaskKind>>("kinds");
    QTest::addColumn<QStringList>("accounts");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    const QList<TaskState> anyState;
    const QList<TaskKind> anyKind;
    const QStringList anyAccount;
    QTest::newRow("empty matches")
        << sample() << anyState << anyKind << anyAccount << QString() << true;
    QTest::newRow("state") << sample() << QList{TaskState::Running, TaskState::Failed} << anyKind
                           << anyAccount << QString() << true;
    QTest::newRow("other state") << sample() << QList{TaskState::Succeeded} << anyKind << anyAccount
                                 << QString() << false;
    QTest::newRow("displayed state is Error")
        << failing() << QList{TaskState::Error} << anyKind << anyAccount << QString() << true;
    QTest::newRow("Error is not Running")
        << failing() << QList{TaskState::Running} << anyKind << anyAccount << QString() << false;
    QTest::newRow("kind") << sample() << anyState << QList{TaskKind::FeishuContact} << anyAccount
                          << QString() << true;
    QTest::newRow("other kind") << sample() << anyState << QList{TaskKind::DingTalkDoc}
                                << anyAccount << QString() << false;
    QTest::newRow("account") << sample() << anyState << anyKind
                             << QStringList{QStringLiteral("acme")} << QString() << true;
    QTest::newRow("other account") << sample() << anyState << anyKind
                                   << QStringList{QStringLiteral("sub")} << QString() << false;
    QTest::newRow("label, case-insensitive")
        << sample() << anyState << anyKind << anyAccount << QStringLiteral("hr BATCH") << true;
    QTest::newRow("chinese label")
        << sample() << anyState << anyKind << anyAccount << QStringLiteral("新员工") << true;
    QTest::newRow("task id") << sample() << anyState << anyKind << anyAccount
                             << QStringLiteral(" 70012 ") << true;
    QTest::newRow("account name") << sample() << anyState << anyKind << anyAccount
                                  << QStringLiteral("headquarters") << true;
    QTest::newRow("error message")
        << failing() << anyState << anyKind << anyAccount << QStringLiteral("scope") << true;
    QTest::newRow("error code") << failing() << anyState << anyKind << anyAccount
                                << QStringLiteral("99991672") << true;
    QTest::newRow("every word must match")
        << sample() << anyState << anyKind << anyAccount << QStringLiteral("hr nothing") << false;
    QTest::newRow("all criteria") << failing() << QList{TaskState::Error}
                                  << QList{TaskKind::FeishuContact}
                                  << QStringList{QStringLiteral("acme")} << QStringLiteral("denied")
                                  << true;
}

void TestTaskFilter::matches()
{
    QFETCH(WatchedTask, task);
    QFETCH(QList<TaskState>, states);
    QFETCH(QList<TaskKind>, kinds);
    QFETCH(QStringList, accounts);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    TaskFilter filter;
    filter.setStates(states);
    filter.setKinds(kinds);
    filter.setAccountIds(QSet<QString>(accounts.cbegin(), accounts.cend()));
    filter.setText(text);
    QCOMPARE(filter.matches(task, QStringLiteral("ACME Headquarters")), expected);
}

void TestTaskFilter::valueSemantics()
{
    TaskFilter a;
    QVERIFY(a.isEmpty());
    a.setStates({TaskState::Failed, TaskState::Running, TaskState::Failed});
    QCOMPARE(a.states(), (QList<TaskState>{TaskState::Running, TaskState::Failed}));
    a.setKinds({TaskKind::DingTalkDoc});
    QCOMPARE(a.kinds(), QList<TaskKind>{TaskKind::DingTalkDoc});
    TaskFilter b = a;
    QCOMPARE(a, b);
    b.setText(QStringLiteral("  "));
    QVERIFY(!(a == b));
    b.setText({});
    QCOMPARE(a, b);
    QVERIFY(!a.isEmpty());
}

void TestTaskFilter::proxyUnderTester()
{
    Model model(m_clock);
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(Model::ProgressColumn, Qt::DescendingOrder);
    TaskFilter runningOnly;
    runningOnly.setStates({TaskState::Running});
    proxy.setFilter(runningOnly);

    QList<WatchedTask> list;
    for (int i = 0; i < 8; ++i)
        list << task(QStringLiteral("p") + QString::number(i));
    model.addTasks(list);
    QCOMPARE(proxy.rowCount(), 0);
    model.beginUpdateBatch();
    for (int i = 0; i < 8; ++i) {
        const QString id = QStringLiteral("p") + QString::number(i);
        model.applySnapshot(list.at(i).ref.key(),
                            i == 3 ? finished(id, TaskState::Succeeded) : running(id, i * 7),
                            epoch().addSecs(10));
    }
    model.endUpdateBatch();
    QCOMPARE(proxy.rowCount(), 7);
    model.applySnapshot(list.at(5).ref.key(), running(QStringLiteral("p5"), 1),
                        epoch().addSecs(20));
    model.applyError(list.at(6).ref.key(), ApiError{}, epoch().addSecs(20));
    QCOMPARE(proxy.rowCount(), 6);
    model.removeTasks({list.at(0).ref.key(), list.at(1).ref.key()});
    proxy.setFilter({});
    QCOMPARE(proxy.rowCount(), 6);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestTaskFilter::proxyFilters()
{
    Model model(m_clock);
    model.setAccountNames({{QStringLiteral("sub"), QStringLiteral("Subsidiary 子公司")}});
    model.addTasks({task(QStringLiteral("a1")),
                    task(QStringLiteral("d1"), TaskKind::DingTalkDoc, QStringLiteral("sub")),
                    task(QStringLiteral("d2"), TaskKind::DingTalkDoc, QStringLiteral("sub"))});
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    TaskFilter filter;
    filter.setText(QStringLiteral("子公司"));
    proxy.setFilter(filter);
    QCOMPARE(proxyIds(proxy), (QStringList{QStringLiteral("d1"), QStringLiteral("d2")}));
    filter.setText(QStringLiteral("d2"));
    proxy.setFilter(filter);
    QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("d2")});
    filter.setText({});
    filter.setKinds({TaskKind::FeishuContact});
    proxy.setFilter(filter);
    QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("a1")});
    QCOMPARE(proxy.filter(), filter);
}

void TestTaskFilter::proxySortsUnknownLastBothWays()
{
    Model model(m_clock);
    model.addTasks(
        {task(QStringLiteral("none")), task(QStringLiteral("low")), task(QStringLiteral("high"))});
    model.applySnapshot(model.taskAt(1).ref.key(), running(QStringLiteral("low"), 5), epoch());
    model.applySnapshot(model.taskAt(2).ref.key(), running(QStringLiteral("high"), 80), epoch());
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(Model::ProgressColumn, Qt::AscendingOrder);
    QCOMPARE(proxyIds(proxy),
             (QStringList{QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("none")}));
    proxy.sort(Model::ProgressColumn, Qt::DescendingOrder);
    QCOMPARE(proxyIds(proxy),
             (QStringList{QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("none")}));
}

void TestTaskFilter::proxyResortsAndKeepsSelection()
{
    Model model(m_clock);
    QList<WatchedTask> list;
    for (int i = 0; i < 6; ++i)
        list << task(QStringLiteral("s") + QString::number(i));
    model.addTasks(list);
    for (int i = 0; i < 6; ++i)
        model.applySnapshot(list.at(i).ref.key(), running(list.at(i).ref.taskId, i * 10), epoch());
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(Model::ProgressColumn, Qt::AscendingOrder);
    QItemSelectionModel selection(&proxy);
    const QModelIndex s2 = proxy.mapFromSource(model.index(2, 0));
    selection.select(s2, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(s2, QItemSelectionModel::NoUpdate);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    // s2 overtakes everyone: the proxy moves the row, the selection moves with it.
    model.applySnapshot(list.at(2).ref.key(), running(QStringLiteral("s2"), 95),
                        epoch().addSecs(10));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(proxyIds(proxy).constLast(), QStringLiteral("s2"));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().constFirst().row(), 5);
    QCOMPARE(proxy.mapToSource(selection.currentIndex()).row(), 2);
}

void TestTaskFilter::proxyForwardsOnlyChangedRows()
{
    Model model(m_clock);
    QList<WatchedTask> list;
    for (int i = 0; i < 1000; ++i)
        list << task(QStringLiteral("r") + QString::number(i));
    model.addTasks(list);
    model.beginUpdateBatch();
    for (const WatchedTask &watched : std::as_const(list))
        model.applySnapshot(watched.ref.key(), running(watched.ref.taskId, 10), epoch());
    model.endUpdateBatch();
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    model.beginUpdateBatch();
    for (int row : {7, 400, 401})
        model.applySnapshot(list.at(row).ref.key(), running(list.at(row).ref.taskId, 40),
                            epoch().addSecs(10));
    model.endUpdateBatch();
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        const int first = proxy.mapToSource(arguments.at(0).value<QModelIndex>()).row();
        const int last = proxy.mapToSource(arguments.at(1).value<QModelIndex>()).row();
        QVERIFY(first == 7 || (first >= 400 && last <= 401));
    }
}

QTEST_GUILESS_MAIN(TestTaskFilter)
#include "tst_taskfilter.moc"
