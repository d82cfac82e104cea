#include "models/watchlist/ReportModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using Model = ReportModel;

namespace {

ReportSubmission weekly(const QString &id, const QString &name, int hour,
                        const QList<std::pair<QString, QString>> &fields)
{
    ReportSubmission submission;
    submission.taskId = id;
    submission.ruleId = QStringLiteral("rule-1");
    submission.ruleName = QStringLiteral("周报");
    submission.fromUserId = QStringLiteral("ou_") + id;
    submission.fromUserName = name;
    submission.departmentName = QStringLiteral("研发部");
    submission.commitTime = QDateTime(QDate(2026, 1, 9), QTime(hour, 30), Qt::UTC);
    submission.toUserIds = {QStringLiteral("ou_boss")};
    submission.toUserNames = {QStringLiteral("老板"), QStringLiteral("助理")};
    for (const auto &[fieldName, value] : fields)
        submission.formContents.append({QStringLiteral("f-") + fieldName, fieldName, value});
    return submission;
}

QList<ReportSubmission> friday()
{
    return {weekly(QStringLiteral("r1"), QStringLiteral("张三"), 9,
                   {{QStringLiteral("本周完成"), QStringLiteral("接口联调")},
                    {QStringLiteral("下周计划"), QStringLiteral("上线")}}),
            weekly(QStringLiteral("r2"), QStringLiteral("李四"), 10,
                   {{QStringLiteral("本周完成"), QStringLiteral("测试")},
                    {QStringLiteral("风险"), QStringLiteral("人手不足")}})};
}

} // namespace

class TestReportModel final : public QObject
{
    Q_OBJECT

private slots:
    void testerThroughInsertUpdateRemoveClear();
    void columnsAndCells();
    void refreshAppendsInBlocks();
    void updatesAndRemovalsInPlace();
    void anotherQueryResets();
    void repeatedFieldKeepsEveryAnswer();
    void idWithoutPlatformId();
};

void TestReportModel::testerThroughInsertUpdateRemoveClear()
{
    Model model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Model::RawValueRole);
    proxy.sort(Model::CommitTimeColumn, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString key = QStringLiteral("report-key");
    QList<ReportSubmission> list = friday();
    model.setSubmissions(key, list.mid(0, 1));
    model.setSubmissions(key, list);
    list[0].formContents[0].fieldValue = QStringLiteral("改了");
    list.append(weekly(QStringLiteral("r3"), QStringLiteral("王五"), 11,
                       {{QStringLiteral("附件"), QString()}}));
    model.setSubmissions(key, list);
    model.setSubmissions(key, list.mid(1));
    model.setSubmissions(QStringLiteral("other"), friday());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(Model::FixedColumnCount));
}

void TestReportModel::columnsAndCells()
{
    Model model;
    model.setSubmissions(QStringLiteral("k"), friday());
    QCOMPARE(model.formFieldNames(),
             (QStringList{QStringLiteral("本周完成"), QStringLiteral("下周计划"),
                          QStringLiteral("风险")}));
    QCOMPARE(model.columnCount(), Model::FixedColumnCount + 3);
    for (int column = 0; column < model.columnCount(); ++column) {
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(model.headerData(Model::FixedColumnCount + 2, Qt::Horizontal).toString(),
             QStringLiteral("风险"));
    QCOMPARE(model.index(0, Model::SubmitterColumn).data().toString(), QStringLiteral("张三"));
    QCOMPARE(model.index(0, Model::DepartmentColumn).data().toString(), QStringLiteral("研发部"));
    QCOMPARE(model.index(0, Model::RuleColumn).data().toString(), QStringLiteral("周报"));
    QCOMPARE(model.index(0, Model::RecipientsColumn).data().toString(),
             QStringLiteral("老板; 助理"));
    QCOMPARE(model.index(0, Model::CommitTimeColumn).data(Model::RawValueRole).toDateTime(),
             QDateTime(QDate(2026, 1, 9), QTime(9, 30), Qt::UTC));
    QCOMPARE(model.index(0, Model::CommitTimeColumn).data().toString(),
             QDateTime(QDate(2026, 1, 9), QTime(9, 30), Qt::UTC)
                 .toLocalTime()
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(model.index(0, Model::FixedColumnCount + 1).data().toString(), QStringLiteral("上线"));
    QCOMPARE(model.index(0, Model::FixedColumnCount + 2).data().toString(), QString());
    QCOMPARE(model.index(1, Model::FixedColumnCount + 2).data().toString(),
             QStringLiteral("人手不足"));
    QCOMPARE(model.index(1, 0).data(Model::SubmissionIdRole).toString(), QStringLiteral("r2"));
    QCOMPARE(model.rowOfSubmission(QStringLiteral("r2")), 1);
}

void TestReportModel::refreshAppendsInBlocks()
{
    Model model;
    const QString key = QStringLiteral("k");
    QList<ReportSubmission> list = friday();
    model.setSubmissions(key, list);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy columnsInserted(&model, &QAbstractItemModel::columnsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The platform pages newest first: new submissions may come before the known ones.
    list.prepend(weekly(QStringLiteral("r4"), QStringLiteral("赵六"), 15,
                        {{QStringLiteral("本周完成"), QStringLiteral("文档")}}));
    list.prepend(weekly(QStringLiteral("r3"), QStringLiteral("王五"), 14,
                        {{QStringLiteral("备注"), QStringLiteral("请假半天")}}));
    model.setSubmissions(key, list);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(columnsInserted.size(), 1);
    QCOMPARE(columnsInserted.at(0).at(1).toInt(), Model::FixedColumnCount + 3);
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("赵六"));
    QCOMPARE(model.index(2, Model::FixedColumnCount + 3).data().toString(),
             QStringLiteral("请假半天"));
}

void TestReportModel::updatesAndRemovalsInPlace()
{
    Model model;
    const QString key = QStringLiteral("k");
    QList<ReportSubmission> list = friday();
    list.append(weekly(QStringLiteral("r3"), QStringLiteral("王五"), 11, {}));
    list.append(weekly(QStringLiteral("r4"), QStringLiteral("赵六"), 12, {}));
    model.setSubmissions(key, list);
    QPersistentModelIndex wang = model.index(2, 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    list[3].departmentName = QStringLiteral("市场部");
    list.removeAt(1);
    list.removeAt(0);
    model.setSubmissions(key, list);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(wang.row(), 0);
    QCOMPARE(model.index(1, Model::DepartmentColumn).data().toString(), QStringLiteral("市场部"));
    QCOMPARE(model.rowOfSubmission(QStringLiteral("r4")), 1);
    QCOMPARE(model.rowOfSubmission(QStringLiteral("r1")), -1);
}

void TestReportModel::anotherQueryResets()
{
    Model model;
    model.setSubmissions(QStringLiteral("k1"), friday());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSubmissions(QStringLiteral("k2"), friday().mid(1));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.taskKey(), QStringLiteral("k2"));
    QCOMPARE(model.formFieldNames(),
             (QStringList{QStringLiteral("本周完成"), QStringLiteral("风险")}));
}

void TestReportModel::repeatedFieldKeepsEveryAnswer()
{
    Model model;
    ReportSubmission submission = weekly(QStringLiteral("r1"), QStringLiteral("张三"), 9,
                                         {{QStringLiteral("本周完成"), QStringLiteral("A")},
                                          {QStringLiteral("本周完成"), QStringLiteral("B")}});
    submission.formContents.append({QStringLiteral("field-9"), QString(), QStringLiteral("C")});
    model.setSubmissions(QStringLiteral("k"), {submission, submission});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.formFieldNames(),
             (QStringList{QStringLiteral("本周完成"), QStringLiteral("field-9")}));
    QCOMPARE(model.index(0, Model::FixedColumnCount).data().toString(), QStringLiteral("A; B"));
    QCOMPARE(model.index(0, Model::FixedColumnCount).data(Qt::ToolTipRole).toString(),
             QStringLiteral("A; B"));
}

void TestReportModel::idWithoutPlatformId()
{
    ReportSubmission a = friday().at(0);
    a.taskId.clear();
    ReportSubmission b = a;
    b.commitTime = b.commitTime.addSecs(60);
    QVERIFY(Model::submissionId(a) != Model::submissionId(b));
    Model model;
    model.setSubmissions(QStringLiteral("k"), {a, b});
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestReportModel)
#include "tst_reportmodel.moc"
