// The task table's rows: insert, remove, clear under the model tester, selection across
// refreshes, roles, headers and 10,000 rows.
#include "models/domain/Clock.h"
#include "models/watchlist/TaskTableModel.h"
#include "WatchlistTestData.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace WatchlistTestData;
using Model = TaskTableModel;

class TestTaskTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testerThroughInsertUpdateRemoveClear();
    void addIgnoresDuplicates();
    void removeInContiguousBlocksHighestFirst();
    void clearRemovesWithoutReset();
    void persistentSelectionSurvivesRefresh();
    void labelEditing();
    void rolesOnEveryCell();
    void headers();
    void tenThousandRows();

private:
    ManualClock m_clock;
};

void TestTaskTableModel::init()
{
    m_clock = ManualClock();
}

void TestTaskTableModel::testerThroughInsertUpdateRemoveClear()
{
    Model model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.addTasks(tasks(5)), 5);
    model.applySnapshot(keyOf(QStringLiteral("t1")), running(QStringLiteral("t1"), 10),
                        epoch().addSecs(5));
    model.beginUpdateBatch();
    for (int i = 0; i < 5; ++i) {
        const QString id = QStringLiteral("t") + QString::number(i);
        model.applySnapshot(keyOf(id), running(id, 20 + i), epoch().addSecs(15));
        model.setNextCheck(keyOf(id), epoch().addSecs(30));
    }
    model.endUpdateBatch();
    model.applyError(keyOf(QStringLiteral("t2")), permissionDenied(), epoch().addSecs(20));
    model.applySnapshot(keyOf(QStringLiteral("t3")),
                        finished(QStringLiteral("t3"), TaskState::PartiallyFailed, 50, 13, 37),
                        epoch().addSecs(90));
    QCOMPARE(model.removeTasks({keyOf(QStringLiteral("t1")), keyOf(QStringLiteral("t3"))}), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.addTasks(tasks(3)), 3);
    model.removeTasks({keyOf(QStringLiteral("t2"))});
    QCOMPARE(model.rowCount(), 2);
}

void TestTaskTableModel::addIgnoresDuplicates()
{
    Model model(m_clock);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const WatchedTask a = task(QStringLiteral("a"));
    const WatchedTask b = task(QStringLiteral("b"));
    QCOMPARE(model.addTasks({a, b, a}), 2);
    QCOMPARE(model.addTasks({b, task(QStringLiteral("c"))}), 1);
    QCOMPARE(model.addTasks({a}), 0);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(inserted.at(1).at(2).toInt(), 2);
    // The same task id under another kind or account is another task.
    QCOMPARE(model.addTasks({task(QStringLiteral("a"), TaskKind::FeishuDrive)}), 1);
    QCOMPARE(model.rowOf(keyOf(QStringLiteral("c"))), 2);
}

void TestTaskTableModel::removeInContiguousBlocksHighestFirst()
{
    Model model(m_clock);
    model.addTasks(tasks(10));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QStringList keys;
    for (int i : {3, 1, 9, 6, 2, 8})
        keys << keyOf(QStringLiteral("t") + QString::number(i));
    keys << keyOf(QStringLiteral("nope")) << keys.first();
    QCOMPARE(model.removeTasks(keys), 6);
    QCOMPARE(removed.size(), 3);
    const QList<std::pair<int, int>> blocks{{8, 9}, {6, 6}, {1, 3}};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(removed.at(i).at(1).toInt(), blocks.at(i).first);
        QCOMPARE(removed.at(i).at(2).toInt(), blocks.at(i).second);
    }
    const QStringList left{QStringLiteral("t0"), QStringLiteral("t4"), QStringLiteral("t5"),
                           QStringLiteral("t7")};
    QCOMPARE(model.rowCount(), 4);
    for (int row = 0; row < left.size(); ++row) {
        QCOMPARE(model.taskAt(row).ref.taskId, left.at(row));
        QCOMPARE(model.rowOf(keyOf(left.at(row))), row);
    }
    QCOMPARE(model.rowOf(keyOf(QStringLiteral("t3"))), -1);
    QVERIFY(!model.task(keyOf(QStringLiteral("t9"))));
}

void TestTaskTableModel::clearRemovesWithoutReset()
{
    Model model(m_clock);
    model.addTasks(tasks(4));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 3);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOf(keyOf(QStringLiteral("t0"))), -1);
    model.clear();
    QCOMPARE(removed.size(), 1);
}

void TestTaskTableModel::persistentSelectionSurvivesRefresh()
{
    Model model(m_clock);
    model.addTasks(tasks(10));
    QItemSelectionModel selection(&model);
    selection.select(model.index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.select(model.index(7, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(model.index(7, Model::ProgressColumn), QItemSelectionModel::NoUpdate);
    const QPersistentModelIndex persistent = model.index(7, Model::StateColumn);

    model.beginUpdateBatch();
    for (int i = 0; i < 10; ++i) {
        const QString id = QStringLiteral("t") + QString::number(i);
        model.applySnapshot(keyOf(id),
                            i % 2 ? running(id, i * 10) : finished(id, TaskState::Succeeded),
                            epoch().addSecs(30));
    }
    model.endUpdateBatch();
    QCOMPARE(selection.selectedRows().size(), 2);
    QVERIFY(selection.isRowSelected(3));
    QVERIFY(selection.isRowSelected(7));
    QCOMPARE(selection.currentIndex(), model.index(7, Model::ProgressColumn));

    model.removeTasks({keyOf(QStringLiteral("t0")), keyOf(QStringLiteral("t5"))});
    QCOMPARE(persistent.row(), 5);
    QCOMPARE(persistent.data(Model::TaskKeyRole).toString(), keyOf(QStringLiteral("t7")));
    QVERIFY(selection.isRowSelected(2));
    QVERIFY(selection.isRowSelected(5));
}

void TestTaskTableModel::labelEditing()
{
    Model model(m_clock);
    model.addTasks(tasks(2));
    const QModelIndex label = model.index(1, Model::LabelColumn);
    QVERIFY(model.flags(label) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(1, Model::StateColumn)) & Qt::ItemIsEditable));
    QCOMPARE(model.data(label).toString(), QStringLiteral("t1"));
    QCOMPARE(model.data(label, Qt::EditRole).toString(), QString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(label, QStringLiteral("  新员工导入 ")));
    QCOMPARE(model.data(label).toString(), QStringLiteral("新员工导入"));
    QCOMPARE(model.task(keyOf(QStringLiteral("t1")))->ref.label, QStringLiteral("新员工导入"));
    QCOMPARE(cellsOf(changed), cells({1}, {Model::LabelColumn}));
    QVERIFY(!model.setData(model.index(1, Model::StateColumn), QStringLiteral("x")));
}

void TestTaskTableModel::rolesOnEveryCell()
{
    Model model(m_clock);
    model.addTasks({task(QStringLiteral("f"), TaskKind::FeishuDrive)});
    TaskSnapshot drive;
    drive.kind = TaskKind::FeishuDrive;
    drive.taskId = QStringLiteral("f");
    drive.state = TaskState::Running;
    drive.rawStatus = QStringLiteral("process");
    model.applySnapshot(model.taskAt(0).ref.key(), drive, epoch());
    for (int column = 0; column < Model::ColumnCount; ++column) {
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data(Model::TaskKeyRole).toString(), model.taskAt(0).ref.key());
        QCOMPARE(index.data(Model::StateRole).toInt(), int(TaskState::Running));
        QCOMPARE(index.data(Model::KindRole).toInt(), int(TaskKind::FeishuDrive));
        QCOMPARE(index.data(Model::TerminalRole).toBool(), false);
    }
    // No progress from drive: no number, the delegate draws a busy bar.
    const QModelIndex progress = model.index(0, Model::ProgressColumn);
    QVERIFY(!progress.data(Model::ProgressRole).isValid());
    QVERIFY(!progress.data(Model::RawValueRole).isValid());
    QCOMPARE(progress.data().toString(), QString());
    QVERIFY(!progress.data(Qt::ToolTipRole).toString().isEmpty());

    drive.state = TaskState::Succeeded;
    model.applySnapshot(model.taskAt(0).ref.key(), drive, epoch().addSecs(30));
    QCOMPARE(progress.data(Model::ProgressRole).toDouble(), 100.0);
    QCOMPARE(model.index(0, 0).data(Model::TerminalRole).toBool(), true);
    // Drive never says when it finished: the check that saw it is the bound.
    QCOMPARE(model.index(0, Model::FinishedElapsedColumn).data(Model::RawValueRole).toDateTime(),
             epoch().addSecs(30));
}

void TestTaskTableModel::headers()
{
    Model model(m_clock);
    QSet<QString> titles;
    for (int column = 0; column < Model::ColumnCount; ++column) {
        const QString title = model.headerData(column, Qt::Horizontal).toString();
        QVERIFY(!title.isEmpty());
        titles.insert(title);
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(titles.size(), int(Model::ColumnCount));
    QVERIFY(!model.headerData(Model::ColumnCount, Qt::Horizontal).isValid());
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
    const auto alignment = [&](int column) {
        return model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole)
            .value<Qt::Alignment>();
    };
    QVERIFY(alignment(Model::FailedColumn) & Qt::AlignRight);
    QVERIFY(alignment(Model::CallsSpentColumn) & Qt::AlignRight);
    QVERIFY(alignment(Model::LabelColumn) & Qt::AlignLeft);
}

void TestTaskTableModel::tenThousandRows()
{
    Model model(m_clock);
    QCOMPARE(model.addTasks(tasks(10'000)), 10'000);
    QStringList everyOther;
    for (int i = 0; i < 10'000; i += 2)
        everyOther << keyOf(QStringLiteral("t") + QString::number(i));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(model.removeTasks(everyOther), 5'000);
    QCOMPARE(removed.size(), 5'000);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.taskAt(row).ref.key()), row);
    model.beginUpdateBatch();
    for (int i = 1; i < 10'000; i += 2) {
        const QString id = QStringLiteral("t") + QString::number(i);
        model.applySnapshot(keyOf(id), running(id, i % 100), epoch().addSecs(5));
    }
    model.endUpdateBatch();
    QCOMPARE(model.data(model.index(4'999, Model::ProgressColumn), Model::ProgressRole).toDouble(),
             99.0);
}

QTEST_GUILESS_MAIN(TestTaskTableModel)
#include "tst_tasktablemodel.moc"
