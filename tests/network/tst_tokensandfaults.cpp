#include "SimulatedPlatform.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

// Tokens, rate limits, retries and broken answers, over real HTTP against the simulator.
class tst_TokensAndFaults final : public QObject
{
    Q_OBJECT

private slots:
    void singleFlightUnderConcurrentCalls_data();
    void singleFlightUnderConcurrentCalls();
    void renewsBeforeExpiry();
    void rejectedTokenIsDroppedAndRetriedOnce_data();
    void rejectedTokenIsDroppedAndRetriedOnce();
    void secondRejectionIsAConfigurationError();
    void wrongSecretIsReported();
    void pastedTokenCannotBeRenewed();
    void rateLimitAnswersAreHonoured_data();
    void rateLimitAnswersAreHonoured();
    void burstStaysUnderTheLimit();
    void serverErrorsRetryThenGiveUp_data();
    void serverErrorsRetryThenGiveUp();
    void brokenAnswers_data();
    void brokenAnswers();
    void timeout();
};

namespace {

SimTask driveTask(const QString &id, const QString &status = QStringLiteral("process"))
{
    SimTask task;
    task.kind = SimTaskKind::FeishuDrive;
    task.id = id;
    task.steps = {SimTaskStep{0, {{QStringLiteral("status"), status}}}};
    return task;
}

SimTask docTask(const QString &id)
{
    SimTask task;
    task.kind = SimTaskKind::DingTalkDoc;
    task.id = id;
    task.steps = {SimTaskStep{0,
                              {{QStringLiteral("status"), 0},
                               {QStringLiteral("totalCount"), 10},
                               {QStringLiteral("succCount"), 5},
                               {QStringLiteral("failCount"), 0}}}};
    return task;
}

SimFault fault(SimFault::Kind kind, const QString &endpoint, int count = 1)
{
    SimFault f;
    f.kind = kind;
    f.endpoint = endpoint;
    f.count = count;
    return f;
}

int taskRequests(const OpenPlatformSimulator &simulator)
{
    return simulator.requestCount() - simulator.requestCount(SimEndpoint::FeishuToken) -
           simulator.requestCount(SimEndpoint::DingTalkToken);
}

} // namespace

void tst_TokensAndFaults::singleFlightUnderConcurrentCalls_data()
{
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<SimEndpoint>("tokenEndpoint");
    QTest::newRow("feishu") << TaskKind::FeishuDrive << SimEndpoint::FeishuToken;
    QTest::newRow("dingtalk") << TaskKind::DingTalkDoc << SimEndpoint::DingTalkToken;
}

void tst_TokensAndFaults::singleFlightUnderConcurrentCalls()
{
    QFETCH(TaskKind, kind);
    QFETCH(SimEndpoint, tokenEndpoint);
    SimulatedPlatform platform;
    for (int i = 0; i < 20; ++i) {
        if (kind == TaskKind::FeishuDrive)
            platform.simulator.addTask(driveTask(QStringLiteral("t%1").arg(i)));
        else
            platform.simulator.addTask(docTask(QStringLiteral("t%1").arg(i)));
    }
    int answered = 0;
    int succeeded = 0;
    QObject context;
    for (int i = 0; i < 20; ++i) {
        platform.session->fetch(SimulatedPlatform::ref(kind, QStringLiteral("t%1").arg(i)),
                                &context, [&](const Result<TaskSnapshot> &result) {
                                    ++answered;
                                    succeeded += result.ok() ? 1 : 0;
                                });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 20, 20000);
    QCOMPARE(succeeded, 20);
    QCOMPARE(platform.simulator.requestCount(tokenEndpoint), 1);
    QCOMPARE(platform.simulator.rateLimitedCount(), 0);
}

void tst_TokensAndFaults::renewsBeforeExpiry()
{
    SimulatedPlatform platform(true);
    SimApp app;
    app.family = SimFamily::Feishu;
    app.appId = QStringLiteral("cli_short_lived_tokens");
    app.secret = SimulatedPlatform::kFeishuSecret;
    app.tokenLifetimeSecs = 40;
    app.reissueBelowSecs = 20;
    platform.simulator.addApp(app);
    Account account = platform.feishuAccount();
    account.appId = app.appId;
    platform.session->setAccount(account, app.secret);
    platform.simulator.addTask(driveTask(QStringLiteral("d1")));
    const TaskRef ref = SimulatedPlatform::ref(TaskKind::FeishuDrive, QStringLiteral("d1"));

    QVERIFY(platform.fetch(ref)->ok());
    QCOMPARE(platform.simulator.requestCount(SimEndpoint::FeishuToken), 1);
    platform.advance(20000); // 20 s of 40 left: still fresh
    QVERIFY(platform.fetch(ref)->ok());
    QCOMPARE(platform.simulator.requestCount(SimEndpoint::FeishuToken), 1);
    platform.advance(12000); // 8 s left, inside the renewal margin (a quarter of the lifetime)
    QVERIFY(platform.fetch(ref)->ok());
    QCOMPARE(platform.simulator.requestCount(SimEndpoint::FeishuToken), 2);
    platform.advance(12000); // the first token has expired by now; the new one is in use
    QVERIFY(platform.fetch(ref)->ok());
    QCOMPARE(platform.simulator.requestCount(SimEndpoint::FeishuToken), 2);
    // Never a rejected request: renewal happened before expiry.
    for (const RecordedRequest &request : platform.simulator.recentRequests())
        QVERIFY2(request.status == 200, qPrintable(request.path));
}

void tst_TokensAndFaults::rejectedTokenIsDroppedAndRetriedOnce_data()
{
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<SimEndpoint>("tokenEndpoint");
    QTest::newRow("feishu") << TaskKind::FeishuDrive << SimEndpoint::FeishuToken;
    QTest::newRow("dingtalk") << TaskKind::DingTalkDoc << SimEndpoint::DingTalkToken;
}

void tst_TokensAndFaults::rejectedTokenIsDroppedAndRetriedOnce()
{
    QFETCH(TaskKind, kind);
    QFETCH(SimEndpoint, tokenEndpoint);
    SimulatedPlatform platform;
    platform.simulator.addTask(driveTask(QStringLiteral("x")));
    platform.simulator.addTask(docTask(QStringLiteral("x")));
    const TaskRef ref = SimulatedPlatform::ref(kind, QStringLiteral("x"));
    QVERIFY(platform.fetch(ref)->ok());
    platform.simulator.expireAllTokens(); // the platform forgets; the client still trusts it
    const auto result = platform.fetch(ref);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().summary()));
    QCOMPARE(platform.simulator.requestCount(tokenEndpoint), 2);
    QCOMPARE(taskRequests(platform.simulator), 3);
}

void tst_TokensAndFaults::secondRejectionIsAConfigurationError()
{
    SimulatedPlatform platform;
    platform.simulator.addTask(driveTask(QStringLiteral("x")));
    platform.simulator.addFault(
        fault(SimFault::Kind::TokenRejected, QStringLiteral("feishu.drive"), -1));
    const auto result =
        platform.fetch(SimulatedPlatform::ref(TaskKind::FeishuDrive, QStringLiteral("x")));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().category, ApiError::Category::AuthFailed);
    QCOMPARE(result->error().code, QStringLiteral("99991663"));
    QVERIFY(!result->error().requestId.isEmpty());
    QVERIFY(result->error().hint.contains(QStringLiteral("permission")));
    QCOMPARE(platform.simulator.requestCount(SimEndpoint::FeishuDriveTaskCheck), 2);
    QCOMPARE(platform.simulator.requestCount(SimEndpoint::FeishuToken), 2);
}

void tst_TokensAndFaults::wrongSecretIsReported()
{
    SimulatedPlatform platform;
    const QString wrongSecret = QStringLiteral("definitely-not-it-42");
    platform.session->setAccount(platform.feishuAccount(), wrongSecret);
    const auto result =
        platform.fetch(SimulatedPlatform::ref(TaskKind::FeishuDrive, QStringLiteral("x")));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().category, ApiError::Category::AuthFailed);
    QCOMPARE(platform.simulator.requestCount(SimEndpoint::FeishuToken), 1);
    QCOMPARE(taskRequests(platform.simulator), 0);
    QVERIFY(!result->error().summary().contains(wrongSecret));
    QVERIFY(!result->error().hint.contains(wrongSecret));
    QVERIFY(!result->error().bodyExcerpt.contains(wrongSecret.toUtf8()));
}

void tst_TokensAndFaults::pastedTokenCannotBeRenewed()
{
    SimulatedPlatform platform;
    platform.simulator.addTask(docTask(QStringLiteral("x")));
    const QString token =
        platform.simulator.issueToken(SimFamily::DingTalk, SimulatedPlatform::kDingTalkApp);
    Account account = platform.dingTalkAccount();
    account.authMode = Account::AuthMode::PastedToken;
    platform.session->setAccount(account, token);
    const TaskRef ref = SimulatedPlatform::ref(TaskKind::DingTalkDoc, QStringLiteral("x"));
    QVERIFY(platform.fetch(ref)->ok());
    platform.simulator.expireAllTokens();
    const auto result = platform.fetch(ref);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().category, ApiError::Category::AuthFailed);
    QVERIFY(result->error().hint.contains(QStringLiteral("Paste a new")));
    // Once known to be dead, the token is not sent again.
    QVERIFY(!platform.fetch(ref)->ok());
    QCOMPARE(platform.simulator.requestCount(SimEndpoint::DingTalkDocTask), 2);
    QCOMPARE(platform.simulator.requestCount(SimEndpoint::DingTalkToken), 0);
}

void tst_TokensAndFaults::rateLimitAnswersAreHonoured_data()
{
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("resetSeconds");
    QTest::addColumn<int>("minimumWaitMs");
    QTest::newRow("feishu 429 with reset header")
        << TaskKind::FeishuDrive << QStringLiteral("feishu.drive") << 2 << 1900;
    QTest::newRow("dingtalk 403 qps limit")
        << TaskKind::DingTalkDoc << QStringLiteral("dingtalk.doc") << 0 << 900;
}

void tst_TokensAndFaults::rateLimitAnswersAreHonoured()
{
    QFETCH(TaskKind, kind);
    QFETCH(QString, endpoint);
    QFETCH(int, resetSeconds);
    QFETCH(int, minimumWaitMs);
    SimulatedPlatform platform;
    platform.simulator.addTask(driveTask(QStringLiteral("x")));
    platform.simulator.addTask(docTask(QStringLiteral("x")));
    const TaskRef ref = SimulatedPlatform::ref(kind, QStringLiteral("x"));
    QVERIFY(platform.fetch(ref)->ok()); // token fetched; timing below is the retry alone
    SimFault limit = fault(SimFault::Kind::RateLimit, endpoint);
    limit.resetSeconds = resetSeconds;
    platform.simulator.addFault(limit);

    QElapsedTimer timer;
    timer.start();
    const auto result = platform.fetch(ref);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().summary()));
    QVERIFY2(timer.elapsed() >= minimumWaitMs, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(taskRequests(platform.simulator), 3);
}

void tst_TokensAndFaults::burstStaysUnderTheLimit()
{
    SimulatedPlatform platform;
    platform.simulator.addReportRule(QStringLiteral("r1"), QStringLiteral("日报"));
    platform.simulator.setRateLimit(SimEndpoint::FeishuReportQuery, 10);
    TaskRef ref = SimulatedPlatform::ref(TaskKind::FeishuReport, {});
    ref.report.ruleId = QStringLiteral("r1");
    ref.report.from = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    ref.report.to = QDateTime::fromSecsSinceEpoch(1'700'086'400, Qt::UTC);
    int answered = 0;
    int failed = 0;
    QObject context;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 50; ++i) {
        ref.taskId = QStringLiteral("burst-%1").arg(i);
        platform.session->fetch(ref, &context, [&](const Result<TaskSnapshot> &result) {
            ++answered;
            failed += result.ok() ? 0 : 1;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 50, 30000);
    QCOMPARE(failed, 0);
    QCOMPARE(platform.simulator.requestCount(SimEndpoint::FeishuReportQuery), 50);
    QCOMPARE(platform.simulator.rateLimitedCount(), 0);
    QVERIFY(timer.elapsed() >= 4000); // 50 calls at 10/s cannot take less than four windows
    qInfo("50 report calls took %lld ms with 0 rate-limit answers", timer.elapsed());
}

void tst_TokensAndFaults::serverErrorsRetryThenGiveUp_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<int>("faults");
    QTest::addColumn<bool>("recovers");
    QTest::addColumn<int>("sends");
    QTest::newRow("feishu: two 5xx then fine")
        << QStringLiteral("feishu.drive") << TaskKind::FeishuDrive << 2 << true << 3;
    QTest::newRow("feishu: 5xx for good")
        << QStringLiteral("feishu.drive") << TaskKind::FeishuDrive << -1 << false << 4;
    QTest::newRow("dingtalk: one 5xx then fine")
        << QStringLiteral("dingtalk.doc") << TaskKind::DingTalkDoc << 1 << true << 2;
    QTest::newRow("dingtalk: 5xx for good")
        << QStringLiteral("dingtalk.doc") << TaskKind::DingTalkDoc << -1 << false << 4;
}

void tst_TokensAndFaults::serverErrorsRetryThenGiveUp()
{
    QFETCH(QString, endpoint);
    QFETCH(TaskKind, kind);
    QFETCH(int, faults);
    QFETCH(bool, recovers);
    QFETCH(int, sends);
    SimulatedPlatform platform;
    platform.simulator.addTask(driveTask(QStringLiteral("x")));
    platform.simulator.addTask(docTask(QStringLiteral("x")));
    platform.simulator.addFault(fault(SimFault::Kind::ServerError, endpoint, faults));
    const auto result = platform.fetch(SimulatedPlatform::ref(kind, QStringLiteral("x")));
    QVERIFY(result.has_value());
    QCOMPARE(result->ok(), recovers);
    if (!recovers) {
        QCOMPARE(result->error().category, ApiError::Category::ServerError);
        QVERIFY(result->error().httpStatus >= 500);
        QVERIFY(!result->error().requestId.isEmpty());
    }
    QCOMPARE(taskRequests(platform.simulator), sends);
}

void tst_TokensAndFaults::brokenAnswers_data()
{
    QTest::addColumn<SimFault::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("recovers");
    QTest::addColumn<ApiError::Category>("category");

    QTest::newRow("HTML 502 page, once")
        << SimFault::Kind::Html << 502 << 1 << true << ApiError::Category::ServerError;
    QTest::newRow("HTML 502 page, always")
        << SimFault::Kind::Html << 502 << -1 << false << ApiError::Category::ServerError;
    QTest::newRow("HTML 403 page (IP ban)")
        << SimFault::Kind::Html << 403 << -1 << false << ApiError::Category::InvalidResponse;
    QTest::newRow("truncated JSON 200")
        << SimFault::Kind::MalformedJson << 0 << -1 << false << ApiError::Category::InvalidResponse;
    QTest::newRow("dropped connection, once")
        << SimFault::Kind::DropConnection << 0 << 1 << true << ApiError::Category::Network;
    QTest::newRow("dropped connection, always")
        << SimFault::Kind::DropConnection << 0 << -1 << false << ApiError::Category::Network;
}

void tst_TokensAndFaults::brokenAnswers()
{
    QFETCH(SimFault::Kind, kind);
    QFETCH(int, status);
    QFETCH(int, count);
    QFETCH(bool, recovers);
    QFETCH(ApiError::Category, category);
    SimulatedPlatform platform;
    platform.simulator.addTask(driveTask(QStringLiteral("x")));
    SimFault broken = fault(kind, QStringLiteral("feishu.drive"), count);
    broken.status = status;
    platform.simulator.addFault(broken);
    const auto result =
        platform.fetch(SimulatedPlatform::ref(TaskKind::FeishuDrive, QStringLiteral("x")));
    QVERIFY(result.has_value());
    if (recovers) {
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().summary()));
        QCOMPARE(result->value().state, TaskState::Running);
        return;
    }
    QVERIFY(!result->ok());
    const ApiError &error = result->error();
    QCOMPARE(error.category, category);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.hint.isEmpty());
    QVERIFY(!error.summary().contains(QStringLiteral("0 %")));
    if (kind == SimFault::Kind::Html || kind == SimFault::Kind::MalformedJson)
        QVERIFY(!error.bodyExcerpt.isEmpty());
}

void tst_TokensAndFaults::timeout()
{
    SimulatedPlatform platform;
    platform.simulator.addTask(driveTask(QStringLiteral("x")));
    platform.session->transport().setTransferTimeoutMs(400);
    const TaskRef ref = SimulatedPlatform::ref(TaskKind::FeishuDrive, QStringLiteral("x"));
    QVERIFY(platform.fetch(ref)->ok());

    platform.simulator.addFault(
        fault(SimFault::Kind::NeverAnswer, QStringLiteral("feishu.drive"), 1));
    QVERIFY2(platform.fetch(ref)->ok(), "one lost answer is retried");

    platform.simulator.addFault(
        fault(SimFault::Kind::NeverAnswer, QStringLiteral("feishu.drive"), -1));
    const auto result = platform.fetch(ref);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().category, ApiError::Category::Timeout);
    QVERIFY(result->error().message.contains(QStringLiteral("0.4")));
    platform.simulator.clearFaults();
    QVERIFY2(platform.fetch(ref)->ok(), "recovers once the fault clears");
}

QTEST_GUILESS_MAIN(tst_TokensAndFaults)
#include "tst_tokensandfaults.moc"
