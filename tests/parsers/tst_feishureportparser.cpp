#include "ParserTestSupport.h"

#include "network/parsers/FeishuReportPageParser.h"

using namespace ParserTest;

// parseFeishuReportPage: the doc's broken example is refused, its repair and a paged answer
// are read field by field.
class TestFeishuReportParser : public QObject
{
    Q_OBJECT

private slots:
    void docExampleIsRejected();
    void repairedDocExample();
    void pageWithMoreAndLargeIds();
    void paging_data();
    void paging();
    void unusableItems();
    void errorCodes_data();
    void errorCodes();
};

void TestFeishuReportParser::docExampleIsRejected()
{
    const QByteArray body = fixture(QStringLiteral("feishu-report-doc-example.txt"));
    const Result<FeishuReportPage> result = parseFeishuReportPage(response(200, body));
    QVERIFY(!result.ok());
    const ApiError &error = result.error();
    QCOMPARE(category(error.category), category(ApiError::Category::InvalidResponse));
    QCOMPARE(error.httpStatus, 200);
    // The first fault is the trailing comma after the to_user_ids element.
    const qsizetype faultAt = body.indexOf("\",\n                ]") + 2;
    QVERIFY(faultAt > 2);
    QVERIFY2(error.message.startsWith(QStringLiteral("The answer is not valid JSON: ")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("at byte ")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("object is missing after a comma")),
             qPrintable(error.message));
    // Qt reports the offset just past the fault; it must point into the bytes as received.
    const qsizetype at = error.message.indexOf(QStringLiteral("at byte ")) + 8;
    const qsizetype offset = error.message.mid(at).section(QLatin1Char(' '), 0, 0).toLongLong();
    QVERIFY2(offset >= faultAt && offset <= faultAt + 20,
             qPrintable(QStringLiteral("%1 vs %2").arg(offset).arg(faultAt)));
    QCOMPARE(error.bodyExcerpt, body.left(error.bodyExcerpt.size()));
    QVERIFY(error.bodyExcerpt.size() >= 190 && error.bodyExcerpt.size() <= 200);
    QVERIFY(!error.hint.isEmpty());
}

void TestFeishuReportParser::repairedDocExample()
{
    const QByteArray body = fixture(QStringLiteral("feishu-report-repaired.json"));
    const Result<FeishuReportPage> result = parseFeishuReportPage(response(200, body));
    QVERIFY(result.ok());
    const FeishuReportPage &page = result.value();
    QVERIFY(!page.hasMore);
    QCOMPARE(page.pageToken, QString());
    QCOMPARE(page.warnings, QStringList());
    QCOMPARE(page.items.size(), 1);

    const ReportSubmission &item = page.items.at(0);
    QCOMPARE(item.taskId, QStringLiteral("6969507459119693826"));
    QCOMPARE(item.ruleId, QString()); // the example sends none
    QCOMPARE(item.ruleName, QStringLiteral("report test"));
    QCOMPARE(item.fromUserId, QStringLiteral("ou_c26134180ba2611aede183e5e3b531ed"));
    QCOMPARE(item.fromUserName, QStringLiteral("hongyao"));
    QCOMPARE(item.departmentName, QStringLiteral("测试部门"));
    QCOMPARE(item.departmentIds, strings({"od-189f8c99b42d3e59e7a60eff213ca387"}));
    QCOMPARE(item.commitTime, utc("2021-06-03T10:08:28Z"));
    QCOMPARE(item.commitTime.timeSpec(), Qt::UTC);
    QCOMPARE(item.toUserIds, strings({"ou_e963cfd289ae7d3e21b11ae2d8c3c604"}));
    QCOMPARE(item.toUserNames, strings({"gaojunqi"}));
    QCOMPARE(item.formContents.size(), 2);
    QCOMPARE(item.formContents.at(0),
             (ReportFormField{QStringLiteral("6969506834487394305"), QStringLiteral("tset info"),
                              QStringLiteral("4567")}));
    QCOMPARE(item.formContents.at(1),
             (ReportFormField{QStringLiteral("6969506834487410689"), QStringLiteral("number"),
                              QStringLiteral("789768")}));
}

void TestFeishuReportParser::pageWithMoreAndLargeIds()
{
    const QByteArray body = fixture(QStringLiteral("feishu-report-page-more.json"));
    const Result<FeishuReportPage> result = parseFeishuReportPage(response(200, body));
    QVERIFY(result.ok());
    const FeishuReportPage &page = result.value();
    QVERIFY(page.hasMore);
    QCOMPARE(page.pageToken, QStringLiteral("6969507070261329948"));
    QCOMPARE(page.warnings, QStringList());
    QCOMPARE(page.items.size(), 2);

    const ReportSubmission &first = page.items.at(0);
    QCOMPARE(first.taskId, QStringLiteral("6969507459119693826"));
    QCOMPARE(first.ruleId, QStringLiteral("6969410005221015580"));
    QCOMPARE(first.ruleName, QStringLiteral("周报"));
    QCOMPARE(first.fromUserId, QStringLiteral("ou_c26134180ba2611aede183e5e3b531ed"));
    QCOMPARE(first.fromUserName, QStringLiteral("hongyao"));
    QCOMPARE(first.departmentName, QStringLiteral("测试部门"));
    QCOMPARE(first.departmentIds, strings({"od-189f8c99b42d3e59e7a60eff213ca387", "od-2"}));
    QCOMPARE(first.commitTime, utc("2021-06-03T10:08:28Z"));
    QCOMPARE(first.toUserIds, strings({"ou_e963cfd289ae7d3e21b11ae2d8c3c604", "ou_2"}));
    QCOMPARE(first.toUserNames, strings({"gaojunqi", "李四"}));
    QCOMPARE(first.formContents.size(), 2);
    QCOMPARE(first.formContents.at(0),
             (ReportFormField{QStringLiteral("6969506834487394305"), QStringLiteral("本周完成"),
                              QStringLiteral("发布 1.0")}));
    QCOMPARE(first.formContents.at(1), (ReportFormField{QStringLiteral("6969506834487410690"),
                                                        QStringLiteral("附件"), QString()}));

    const ReportSubmission &second = page.items.at(1);
    QCOMPARE(second.taskId, QStringLiteral("6969507459119693827"));
    QCOMPARE(second.ruleId, QStringLiteral("6969410005221015580"));
    QCOMPARE(second.ruleName, QStringLiteral("周报"));
    QCOMPARE(second.fromUserId, QStringLiteral("ou_3"));
    QCOMPARE(second.fromUserName, QStringLiteral("王五"));
    QCOMPARE(second.departmentName, QString());
    QCOMPARE(second.departmentIds, QStringList());
    QCOMPARE(second.commitTime, utc("2021-06-04T09:46:40Z"));
    QCOMPARE(second.toUserIds, strings({"ou_c26134180ba2611aede183e5e3b531ed"}));
    QCOMPARE(second.toUserNames, strings({"hongyao"}));
    QVERIFY(second.formContents.isEmpty());
}

void TestFeishuReportParser::paging_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hasMore");
    QTest::addColumn<QString>("pageToken");
    QTest::addColumn<int>("itemCount");

    QTest::newRow("missing has_more means none")
        << QByteArray(R"({"items":[{"task_id":"1"}]})") << true << false << "" << 1;
    QTest::newRow("missing items")
        << QByteArray(R"({"has_more":false})") << true << false << "" << 0;
    QTest::newRow("empty data") << QByteArray("{}") << true << false << "" << 0;
    QTest::newRow("token without more is dropped")
        << QByteArray(R"({"has_more":false,"page_token":"abc","items":[]})") << true << false << ""
        << 0;
    QTest::newRow("more with token")
        << QByteArray(R"({"has_more":true,"page_token":"abc"})") << true << true << "abc" << 0;
    QTest::newRow("token as large number")
        << QByteArray(R"({"has_more":"true","page_token":6895699275733778451})") << true << true
        << "6895699275733778451" << 0;
    QTest::newRow("more without token")
        << QByteArray(R"({"has_more":true,"items":[{"task_id":"1"}]})") << false << true << "" << 0;
    QTest::newRow("more with empty token")
        << QByteArray(R"({"has_more":true,"page_token":""})") << false << true << "" << 0;
    QTest::newRow("items not a list")
        << QByteArray(R"({"has_more":false,"items":{"a":1}})") << false << false << "" << 0;
}

void TestFeishuReportParser::paging()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);
    QFETCH(bool, hasMore);
    QFETCH(QString, pageToken);
    QFETCH(int, itemCount);
    const Result<FeishuReportPage> result =
        parseFeishuReportPage(response(200, R"({"code":0,"msg":"success","data":)" + data + "}"));
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QCOMPARE(category(result.error().category), category(ApiError::Category::InvalidResponse));
        if (hasMore)
            QVERIFY(result.error().message.contains(QStringLiteral("page_token")));
        else
            QVERIFY(result.error().message.contains(QStringLiteral("data.items")));
        return;
    }
    QCOMPARE(result->hasMore, hasMore);
    QCOMPARE(result->pageToken, pageToken);
    QCOMPARE(result->items.size(), itemCount);
}

void TestFeishuReportParser::unusableItems()
{
    const Result<FeishuReportPage> result = parseFeishuReportPage(response(
        200, R"({"code":0,"data":{"items":[7,{"task_id":"a","commit_time":{},"to_user_ids":"x",)"
             R"("form_contents":[1,{"field_id":2,"field_name":"n","field_value":{"v":[1]}}]}]}})"));
    QVERIFY(result.ok());
    QCOMPARE(result->items.size(), 1);
    const ReportSubmission &item = result->items.at(0);
    QCOMPARE(item.taskId, QStringLiteral("a"));
    QVERIFY(!item.commitTime.isValid());
    QCOMPARE(item.toUserIds, QStringList());
    QCOMPARE(item.formContents.size(), 1);
    QCOMPARE(item.formContents.at(0), (ReportFormField{QStringLiteral("2"), QStringLiteral("n"),
                                                       QStringLiteral(R"({"v":[1]})")}));
    QCOMPARE(result->warnings.size(), 4);
    QVERIFY(result->warnings.at(0).contains(QStringLiteral("data.items[0]")));
    QVERIFY(result->warnings.at(1).contains(QStringLiteral("data.items[1].commit_time")));
    QVERIFY(result->warnings.at(2).contains(QStringLiteral("data.items[1].to_user_ids")));
    QVERIFY(result->warnings.at(3).contains(QStringLiteral("data.items[1].form_contents[0]")));
}

void TestFeishuReportParser::errorCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ParserTest::Headers>("headers");
    QTest::addColumn<QString>("expectedCategory");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<int>("retryAfterMs");

    QTest::newRow("rule not exist")
        << 400 << QByteArray(R"({"code":1430003,"msg":"rule  not exist"})") << Headers{}
        << category(ApiError::Category::Rejected) << "1430003" << -1;
    QTest::newRow("page size invalid")
        << 400 << QByteArray(R"({"code":1430002,"msg":"page size   invalid"})") << Headers{}
        << category(ApiError::Category::Rejected) << "1430002" << -1;
    QTest::newRow("10 per second")
        << 429 << QByteArray(R"({"code":99991400,"msg":"request trigger frequency limit"})")
        << Headers{{"x-ogw-ratelimit-limit", "10"}, {"x-ogw-ratelimit-reset", "1"}}
        << category(ApiError::Category::RateLimited) << "99991400" << 1000;
}

void TestFeishuReportParser::errorCodes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ParserTest::Headers, headers);
    QFETCH(QString, expectedCategory);
    QFETCH(QString, expectedCode);
    QFETCH(int, retryAfterMs);
    const Result<FeishuReportPage> result = parseFeishuReportPage(response(status, body, headers));
    QVERIFY(!result.ok());
    QCOMPARE(category(result.error().category), expectedCategory);
    QCOMPARE(result.error().code, expectedCode);
    QCOMPARE(result.error().retryAfterMs, retryAfterMs);
}

QTEST_APPLESS_MAIN(TestFeishuReportParser)
#include "tst_feishureportparser.moc"
