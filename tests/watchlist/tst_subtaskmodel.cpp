#include "models/watchlist/SubtaskFilterProxy.h"
#include "models/watchlist/SubtaskModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

SubtaskRow user(const QString &name, qint64 index, const QString &code = QStringLiteral("0"),
                const QString &message = {})
{
    SubtaskRow row;
    row.failed = code != QStringLiteral("0");
    row.code = code;
    row.message = message.isEmpty() && !row.failed ? QStringLiteral("success") : message;
    row.fields = {{QStringLiteral("name"), name},
                  {QStringLiteral("index"), index},
                  {QStringLiteral("code"), code}};
    return row;
}

SubtaskRow failedUser(const QString &name, qint64 index, const char *code, const char *message)
{
    return user(name, index, QString::fromUtf8(code), QString::fromUtf8(message));
}

QList<SubtaskRow> importRows()
{
    return {user(QStringLiteral("张三"), 1),
            failedUser(QStringLiteral("李四"), 2, "10013", "invalid user_id"),
            user(QStringLiteral("王五"), 3),
            failedUser(QStringLiteral("赵六"), 4, "9999", "mobile exists"),
            failedUser(QStringLiteral("钱七"), 5, "10013", "invalid user_id")};
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestSubtaskModel final : public QObject
{
    Q_OBJECT

private slots:
    void testerThroughInsertUpdateRemoveClear();
    void columnsAreTheUnionInFirstSeenOrder();
    void resultColumn();
    void failuresSortFirst();
    void refreshOfSameTaskDoesNotReset();
    void refreshComparesDigestsWhenBothSidesHaveThem_data();
    void refreshComparesDigestsWhenBothSidesHaveThem();
    void newFieldsAppendColumns();
    void anotherTaskResets();
    void failureFilter_data();
    void failureFilter();
    void failureGroups();
};

void TestSubtaskModel::testerThroughInsertUpdateRemoveClear()
{
    SubtaskModel model;
    SubtaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(SubtaskModel::ResultColumn);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString key = QStringLiteral("task-1");
    QList<SubtaskRow> rows = importRows();
    model.setTask(key, rows.mid(0, 2));
    model.setTask(key, rows);
    rows[0] = failedUser(QStringLiteral("张三"), 1, "40001", "mobile exists");
    rows.append(user(QStringLiteral("孙八"), 6));
    rows.last().fields.append({QStringLiteral("email"), QStringLiteral("sun@example.com")});
    model.setTask(key, rows);
    proxy.setFailureFilter(SubtaskFilterProxy::FailureFilter::FailedOnly);
    model.setTask(key, rows.mid(0, 3));
    proxy.setFailureFilter(SubtaskFilterProxy::FailureFilter::All);
    model.setTask(QStringLiteral("task-2"), importRows());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);
}

void TestSubtaskModel::columnsAreTheUnionInFirstSeenOrder()
{
    SubtaskModel model;
    SubtaskRow first;
    first.fields = {{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}};
    SubtaskRow second;
    second.fields = {{QStringLiteral("c"), QStringLiteral("x")}, {QStringLiteral("a"), 3}};
    model.setTask(QStringLiteral("k"), {first, second});
    QCOMPARE(model.fieldNames(),
             (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Result"));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("c"));
    QVERIFY(!model.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.columnOfField(QStringLiteral("a")), 2);
    QCOMPARE(model.columnOfField(QStringLiteral("zzz")), -1);
    // A row without the field shows nothing there, not a zero.
    QCOMPARE(model.index(0, 3).data().toString(), QString());
    QVERIFY(!model.index(0, 3).data(SubtaskModel::RawValueRole).isValid());
    QCOMPARE(model.index(1, 2).data(SubtaskModel::RawValueRole), QVariant(3));
    QVERIFY(model.index(1, 2).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    QVERIFY(model.index(1, 3).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignLeft);
}

void TestSubtaskModel::resultColumn()
{
    SubtaskModel model;
    model.setTask(QStringLiteral("k"), importRows());
    QCOMPARE(column(model, SubtaskModel::ResultColumn),
             (QStringList{QStringLiteral("OK"), QStringLiteral("10013 invalid user_id"),
                          QStringLiteral("OK"), QStringLiteral("9999 mobile exists"),
                          QStringLiteral("10013 invalid user_id")}));
    const QModelIndex failed = model.index(1, 2);
    QCOMPARE(failed.data(SubtaskModel::FailedRole).toBool(), true);
    QCOMPARE(failed.data(SubtaskModel::CodeRole).toString(), QStringLiteral("10013"));
    QCOMPARE(failed.data(SubtaskModel::MessageRole).toString(), QStringLiteral("invalid user_id"));
    QCOMPARE(failed.data(SubtaskModel::RowIndexRole).toInt(), 1);
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("10013 invalid user_id"));
    SubtaskRow bare;
    bare.failed = true;
    QCOMPARE(SubtaskModel::resultText(bare), QStringLiteral("Failed"));
}

void TestSubtaskModel::failuresSortFirst()
{
    SubtaskModel model;
    model.setTask(QStringLiteral("k"), importRows());
    SubtaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(SubtaskModel::ResultColumn, Qt::AscendingOrder);
    // Numeric codes in numeric order: 9999 before 10013; successes last.
    QCOMPARE(
        column(proxy, SubtaskModel::ResultColumn),
        (QStringList{QStringLiteral("9999 mobile exists"), QStringLiteral("10013 invalid user_id"),
                     QStringLiteral("10013 invalid user_id"), QStringLiteral("OK"),
                     QStringLiteral("OK")}));
    proxy.sort(2, Qt::DescendingOrder);
    QCOMPARE(column(proxy, 1).constFirst(), QStringLiteral("钱七"));
}

void TestSubtaskModel::refreshOfSameTaskDoesNotReset()
{
    SubtaskModel model;
    const QString key = QStringLiteral("k");
    QList<SubtaskRow> rows = importRows();
    model.setTask(key, rows);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QPersistentModelIndex kept = model.index(3, 1);

    model.setTask(key, rows);
    QCOMPARE(changed.size(), 0);

    rows[1] = user(QStringLiteral("李四"), 2);
    rows[2] = failedUser(QStringLiteral("王五"), 3, "1", "x");
    rows.append(user(QStringLiteral("孙八"), 6));
    rows.append(user(QStringLiteral("周九"), 7));
    model.setTask(key, rows);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(2, model.columnCount() - 1));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 5);
    QCOMPARE(inserted.at(0).at(2).toInt(), 6);

    model.setTask(key, rows.mid(0, 4));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 4);
    QCOMPARE(removed.at(0).at(2).toInt(), 6);
    QCOMPARE(reset.size(), 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), QStringLiteral("赵六"));
}

void TestSubtaskModel::refreshComparesDigestsWhenBothSidesHaveThem_data()
{
    QTest::addColumn<bool>("shownDigested");
    QTest::addColumn<bool>("refreshDigested");
    QTest::addColumn<int>("rowChanged");    // its content differs, -1 for none
    QTest::addColumn<int>("digestChanged"); // its digest differs, -1 for none
    QTest::addColumn<int>("expectedChanged");
    // Digests on both sides decide alone: the store has compared the rows' content already.
    QTest::newRow("both digested, one digest differs") << true << true << 3 << 3 << 3;
    QTest::newRow("both digested, none differs") << true << true << -1 << -1 << -1;
    QTest::newRow("both digested, a digest differs alone") << true << true << -1 << 1 << 1;
    // Without digests on one side, rows are compared field by field.
    QTest::newRow("shown without digests") << false << true << 2 << 2 << 2;
    QTest::newRow("refresh without digests") << true << false << 4 << -1 << 4;
    QTest::newRow("neither digested, none differs") << false << false << -1 << -1 << -1;
}

void TestSubtaskModel::refreshComparesDigestsWhenBothSidesHaveThem()
{
    QFETCH(bool, shownDigested);
    QFETCH(bool, refreshDigested);
    QFETCH(int, rowChanged);
    QFETCH(int, digestChanged);
    QFETCH(int, expectedChanged);
    const QString key = QStringLiteral("k");
    SubtaskSheet shown = SubtaskSheet::of(importRows());
    if (shownDigested)
        shown.rowDigests = {11, 12, 13, 14, 15};
    SubtaskModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTask(key, shown);

    QList<SubtaskRow> rows = importRows();
    if (rowChanged >= 0)
        rows[rowChanged].message = QStringLiteral("changed");
    SubtaskSheet refresh = SubtaskSheet::of(rows);
    if (refreshDigested) {
        refresh.rowDigests = {11, 12, 13, 14, 15};
        if (digestChanged >= 0)
            refresh.rowDigests[digestChanged] = 99;
    }
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTask(key, refresh);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), expectedChanged < 0 ? 0 : 1);
    if (expectedChanged >= 0) {
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), expectedChanged);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), expectedChanged);
        QCOMPARE(model.rows().at(expectedChanged), rows.at(expectedChanged));
    }
}

void TestSubtaskModel::newFieldsAppendColumns()
{
    SubtaskModel model;
    const QString key = QStringLiteral("k");
    QList<SubtaskRow> rows = importRows();
    model.setTask(key, rows);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy columnsInserted(&model, &QAbstractItemModel::columnsInserted);
    rows[0].fields.prepend({QStringLiteral("department"), QStringLiteral("HR")});
    model.setTask(key, rows);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(columnsInserted.size(), 1);
    QCOMPARE(columnsInserted.at(0).at(1).toInt(), 4);
    QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("HR"));
    // Columns stay while the task stays, even when a refresh no longer sends the field.
    model.setTask(key, importRows());
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.index(0, 4).data().toString(), QString());
}

void TestSubtaskModel::anotherTaskResets()
{
    SubtaskModel model;
    model.setTask(QStringLiteral("k1"), importRows());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    SubtaskRow other;
    other.fields = {{QStringLiteral("doc"), QStringLiteral("周报模板")}};
    model.setTask(QStringLiteral("k2"), {other});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.taskKey(), QStringLiteral("k2"));
    QCOMPARE(model.fieldNames(), QStringList{QStringLiteral("doc")});
    QCOMPARE(model.rowCount(), 1);
}

void TestSubtaskModel::failureFilter_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("groupCode");
    QTest::addColumn<QStringList>("expectedNames");
    QTest::newRow("all") << int(SubtaskFilterProxy::FailureFilter::All) << QString()
                         << QStringList{QStringLiteral("张三"), QStringLiteral("李四"),
                                        QStringLiteral("王五"), QStringLiteral("赵六"),
                                        QStringLiteral("钱七")};
    QTest::newRow("failed only") << int(SubtaskFilterProxy::FailureFilter::FailedOnly) << QString()
                                 << QStringList{QStringLiteral("李四"), QStringLiteral("赵六"),
                                                QStringLiteral("钱七")};
    QTest::newRow("one group") << int(SubtaskFilterProxy::FailureFilter::Group)
                               << QStringLiteral("10013")
                               << QStringList{QStringLiteral("李四"), QStringLiteral("钱七")};
}

void TestSubtaskModel::failureFilter()
{
    QFETCH(int, mode);
    QFETCH(QString, groupCode);
    QFETCH(QStringList, expectedNames);
    SubtaskModel model;
    model.setTask(QStringLiteral("k"), importRows());
    SubtaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    FailureGroup group;
    for (const FailureGroup &candidate : model.failureGroups()) {
        if (candidate.code == groupCode)
            group = candidate;
    }
    proxy.setFailureFilter(SubtaskFilterProxy::FailureFilter(mode), group);
    QCOMPARE(column(proxy, 1), expectedNames);

    // The group still filters after a refresh that adds a row to it.
    QList<SubtaskRow> rows = importRows();
    rows.append(failedUser(QStringLiteral("孙八"), 6, "10013", "invalid user_id"));
    model.setTask(QStringLiteral("k"), rows);
    if (mode != int(SubtaskFilterProxy::FailureFilter::All) || !groupCode.isEmpty())
        QCOMPARE(column(proxy, 1).constLast(), QStringLiteral("孙八"));

    // Free text narrows further.
    proxy.setFilterFixedString(QStringLiteral("钱"));
    if (expectedNames.contains(QStringLiteral("钱七")))
        QCOMPARE(column(proxy, 1), QStringList{QStringLiteral("钱七")});
}

void TestSubtaskModel::failureGroups()
{
    SubtaskModel model;
    QSignalSpy groupsChanged(&model, &SubtaskModel::failureGroupsChanged);
    model.setTask(QStringLiteral("k"), importRows());
    QCOMPARE(groupsChanged.size(), 1);
    QCOMPARE(model.failureGroups().size(), 2);
    QCOMPARE(model.failureGroups().constFirst().code, QStringLiteral("10013"));
    QCOMPARE(model.failureGroups().constFirst().count, 2);
    model.setTask(QStringLiteral("k"), importRows());
    QCOMPARE(groupsChanged.size(), 1);
    model.clear();
    QCOMPARE(groupsChanged.size(), 2);
    QVERIFY(model.failureGroups().isEmpty());
}

QTEST_GUILESS_MAIN(TestSubtaskModel)
#include "tst_subtaskmodel.moc"
