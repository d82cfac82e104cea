#include "models/domain/FailureGroup.h"

#include <QTest>

namespace {

SubtaskRow row(bool failed, const QString &code, const QString &message)
{
    SubtaskRow result;
    result.failed = failed;
    result.code = code;
    result.message = message;
    result.fields = {{QStringLiteral("code"), code}, {QStringLiteral("msg"), message}};
    return result;
}

SubtaskRow failed(const char *code, const char *message)
{
    return row(true, QString::fromUtf8(code), QString::fromUtf8(message));
}

SubtaskRow succeeded()
{
    return row(false, QStringLiteral("0"), QStringLiteral("success"));
}

} // namespace

class TestFailureGroup final : public QObject
{
    Q_OBJECT

private slots:
    void groups_data();
    void groups();
    void matchesByKey();
    void label_data();
    void label();
};

void TestFailureGroup::groups_data()
{
    QTest::addColumn<QList<SubtaskRow>>("rows");
    QTest::addColumn<QList<FailureGroup>>("expected");

    const QString invalid = QStringLiteral("invalid user_id");
    QTest::newRow("none failed") << QList<SubtaskRow>{succeeded(), succeeded()}
                                 << QList<FailureGroup>{};
    QTest::newRow("most first")
        << QList<SubtaskRow>{failed("40001", "mobile exists"),   succeeded(),
                             failed("10013", "invalid user_id"), failed("10013", "invalid user_id"),
                             failed("40001", "mobile exists"),   failed("10013", "invalid user_id")}
        << QList<FailureGroup>{
               {QStringLiteral("10013"), invalid, 3, {2, 3, 5}},
               {QStringLiteral("40001"), QStringLiteral("mobile exists"), 2, {0, 4}}};
    QTest::newRow("ties by numeric code, then message")
        << QList<SubtaskRow>{failed("10013", "b"), failed("9999", "x"), failed("10013", "a"),
                             failed("", "no code")}
        << QList<FailureGroup>{{QStringLiteral("9999"), QStringLiteral("x"), 1, {1}},
                               {QStringLiteral("10013"), QStringLiteral("a"), 1, {2}},
                               {QStringLiteral("10013"), QStringLiteral("b"), 1, {0}},
                               {QString(), QStringLiteral("no code"), 1, {3}}};
    QTest::newRow("same code, different messages are two groups")
        << QList<SubtaskRow>{failed("1", "部门不存在"), failed("1", "部门不存在"),
                             failed("1", "用户已存在")}
        << QList<FailureGroup>{{QStringLiteral("1"), QStringLiteral("部门不存在"), 2, {0, 1}},
                               {QStringLiteral("1"), QStringLiteral("用户已存在"), 1, {2}}};
    QTest::newRow("a succeeded row with an error code is not a failure")
        << QList<SubtaskRow>{row(false, QStringLiteral("10013"), invalid)} << QList<FailureGroup>{};
}

void TestFailureGroup::groups()
{
    QFETCH(QList<SubtaskRow>, rows);
    QFETCH(QList<FailureGroup>, expected);
    const QList<FailureGroup> groups = FailureGroup::group(rows);
    QCOMPARE(groups, expected);
    for (const FailureGroup &group : groups) {
        QCOMPARE(group.count, group.rowIndexes.size());
        for (qsizetype index : group.rowIndexes)
            QVERIFY(group.matches(rows.at(index)));
    }
}

void TestFailureGroup::matchesByKey()
{
    const FailureGroup group{QStringLiteral("10013"), QStringLiteral("invalid user_id"), 1, {0}};
    QVERIFY(group.matches(failed("10013", "invalid user_id")));
    QVERIFY(!group.matches(failed("10013", "other")));
    QVERIFY(!group.matches(failed("10014", "invalid user_id")));
    QVERIFY(!group.matches(row(false, QStringLiteral("10013"), QStringLiteral("invalid user_id"))));
}

void TestFailureGroup::label_data()
{
    QTest::addColumn<FailureGroup>("group");
    QTest::addColumn<QString>("label");
    QTest::newRow("code and message")
        << FailureGroup{QStringLiteral("10013"), QStringLiteral("invalid user_id"), 31, {}}
        << QStringLiteral("10013 invalid user_id × 31");
    QTest::newRow("message only") << FailureGroup{QString(),
                                                  QStringLiteral("permissionDenied"),
                                                  6,
                                                  {}}
                                  << QStringLiteral("permissionDenied × 6");
}

void TestFailureGroup::label()
{
    QFETCH(FailureGroup, group);
    QFETCH(QString, label);
    QCOMPARE(group.label(), label);
}

QTEST_GUILESS_MAIN(TestFailureGroup)
#include "tst_failuregroup.moc"
