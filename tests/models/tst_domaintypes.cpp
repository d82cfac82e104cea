#include "models/domain/Account.h"
#include "models/domain/ApiError.h"
#include "models/domain/CallLedger.h"
#include "models/domain/TaskKind.h"
#include "models/domain/TaskRef.h"
#include "models/domain/TaskState.h"

#include <QJsonDocument>
#include <QTest>

class tst_DomainTypes final : public QObject
{
    Q_OBJECT

private slots:
    void kindIds_data();
    void kindIds();
    void stateIds_data();
    void stateIds();
    void refKeysSeparateAccountsAndKinds();
    void accountJsonRoundTripHasNoSecret();
    void accountBaseUrl_data();
    void accountBaseUrl();
    void callLedgerCountsAndRoundTrips();
    void errorSummary();
};

void tst_DomainTypes::kindIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<bool>("feishu");
    QTest::newRow("contact") << QStringLiteral("feishu-contact") << TaskKind::FeishuContact << true;
    QTest::newRow("report") << QStringLiteral("feishu-report") << TaskKind::FeishuReport << true;
    QTest::newRow("drive") << QStringLiteral("feishu-drive") << TaskKind::FeishuDrive << true;
    QTest::newRow("storage") << QStringLiteral("dingtalk-storage") << TaskKind::DingTalkStorage
                             << false;
    QTest::newRow("doc") << QStringLiteral("dingtalk-doc") << TaskKind::DingTalkDoc << false;
}

void tst_DomainTypes::kindIds()
{
    QFETCH(QString, id);
    QFETCH(TaskKind, kind);
    QFETCH(bool, feishu);
    QCOMPARE(TaskKinds::id(kind), id);
    QCOMPARE(TaskKinds::fromId(id), kind);
    QCOMPARE(TaskKinds::fromId(QStringLiteral(" ") + id.toUpper()), kind);
    QCOMPARE(TaskKinds::isFeishuFamily(kind), feishu);
    QCOMPARE(TaskKinds::accepts(Platform::Lark, kind), feishu);
    QCOMPARE(TaskKinds::accepts(Platform::DingTalk, kind), !feishu);
    QVERIFY(TaskKinds::allIds().contains(id));
    QVERIFY(!TaskKinds::displayName(kind).isEmpty());
}

void tst_DomainTypes::stateIds_data()
{
    QTest::addColumn<TaskState>("state");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("pending") << TaskState::Pending << QStringLiteral("pending") << false;
    QTest::newRow("running") << TaskState::Running << QStringLiteral("running") << false;
    QTest::newRow("succeeded") << TaskState::Succeeded << QStringLiteral("succeeded") << true;
    QTest::newRow("partially failed")
        << TaskState::PartiallyFailed << QStringLiteral("partially_failed") << true;
    QTest::newRow("failed") << TaskState::Failed << QStringLiteral("failed") << true;
    QTest::newRow("unknown") << TaskState::Unknown << QStringLiteral("unknown") << false;
    QTest::newRow("not found") << TaskState::NotFound << QStringLiteral("not_found") << false;
    QTest::newRow("error") << TaskState::Error << QStringLiteral("error") << false;
}

void tst_DomainTypes::stateIds()
{
    QFETCH(TaskState, state);
    QFETCH(QString, id);
    QFETCH(bool, terminal);
    QCOMPARE(TaskStates::id(state), id);
    QCOMPARE(TaskStates::fromId(id), state);
    QCOMPARE(TaskStates::isTerminal(state), terminal);
    QVERIFY(!TaskStates::displayName(state).isEmpty());
}

void tst_DomainTypes::refKeysSeparateAccountsAndKinds()
{
    TaskRef a;
    a.kind = TaskKind::FeishuDrive;
    a.accountId = QStringLiteral("acme");
    a.taskId = QStringLiteral("123");
    TaskRef b = a;
    b.label = QStringLiteral("another label, same task");
    QCOMPARE(a.key(), b.key());
    b.accountId = QStringLiteral("acme2");
    QVERIFY(a.key() != b.key());
    b = a;
    b.kind = TaskKind::DingTalkDoc;
    QVERIFY(a.key() != b.key());
}

void tst_DomainTypes::accountJsonRoundTripHasNoSecret()
{
    Account account;
    account.id = QStringLiteral("acme-dt");
    account.name = QStringLiteral("钉钉 总部");
    account.platform = Platform::DingTalk;
    account.baseUrl = QStringLiteral("https://api.dingtalk.io");
    account.authMode = Account::AuthMode::PastedToken;
    account.appId = QStringLiteral("dingabc");
    account.unionId = QStringLiteral("u-1");
    account.caCertificateFile = QStringLiteral("/etc/ssl/proxy.pem");
    const QJsonObject json = account.toJson();
    QCOMPARE(Account::fromJson(json), account);
    const QByteArray text = QJsonDocument(json).toJson();
    QVERIFY(!text.contains("secret"));
    QVERIFY(!text.contains("token\":"));
}

void tst_DomainTypes::accountBaseUrl_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("effective");
    QTest::newRow("feishu default")
        << Platform::Feishu << QString() << QStringLiteral("https://open.feishu.cn");
    QTest::newRow("lark default") << Platform::Lark << QString()
                                  << QStringLiteral("https://open.larksuite.com");
    QTest::newRow("dingtalk default")
        << Platform::DingTalk << QString() << QStringLiteral("https://api.dingtalk.com");
    QTest::newRow("trailing slashes")
        << Platform::DingTalk << QStringLiteral(" https://api.dingtalk.io// ")
        << QStringLiteral("https://api.dingtalk.io");
}

void tst_DomainTypes::accountBaseUrl()
{
    QFETCH(Platform, platform);
    QFETCH(QString, baseUrl);
    QFETCH(QString, effective);
    Account account;
    account.platform = platform;
    account.baseUrl = baseUrl;
    QCOMPARE(account.effectiveBaseUrl(), effective);
}

void tst_DomainTypes::callLedgerCountsAndRoundTrips()
{
    CallLedger ledger;
    const QString month = CallLedger::monthOf(1'793'000'000'000); // 2026-10
    QCOMPARE(month, QStringLiteral("2026-10"));
    ledger.record(month, QStringLiteral("a"), QStringLiteral("feishu-drive"), true);
    ledger.record(month, QStringLiteral("a"), QStringLiteral("feishu-drive"), true);
    ledger.record(month, QStringLiteral("a"), QStringLiteral("feishu-token"), false);
    ledger.record(QStringLiteral("2026-11"), QStringLiteral("a"), QStringLiteral("feishu-drive"),
                  true);
    QCOMPARE(ledger.calls(month, QStringLiteral("a")), 3);
    QCOMPARE(ledger.calls(month, QStringLiteral("a"), QStringLiteral("feishu-drive")), 2);
    QCOMPARE(ledger.meteredCalls(month, QStringLiteral("a")), 2);
    QCOMPARE(ledger.meteredCalls(QStringLiteral("2026-11"), QStringLiteral("a")), 1);
    QCOMPARE(ledger.calls(month, QStringLiteral("b")), 0);
    QCOMPARE(CallLedger::fromJson(ledger.toJson()), ledger);
}

void tst_DomainTypes::errorSummary()
{
    ApiError error;
    error.category = ApiError::Category::PermissionDenied;
    error.httpStatus = 400;
    error.code = QStringLiteral("99991672");
    error.message = QStringLiteral("Access denied");
    error.requestId = QStringLiteral("20261121abc");
    error.context = QStringLiteral("Fetching drive task 7");
    const QString summary = error.summary();
    QVERIFY(summary.startsWith(QStringLiteral("Fetching drive task 7: Access denied")));
    QVERIFY(summary.contains(QStringLiteral("99991672")));
    QVERIFY(summary.contains(QStringLiteral("HTTP 400")));
    QVERIFY(summary.contains(QStringLiteral("20261121abc")));
    QVERIFY(!error.isTransient());
    error.category = ApiError::Category::ServerError;
    QVERIFY(error.isTransient());
    QCOMPARE(ApiError::categoryId(ApiError::Category::QuotaExhausted),
             QStringLiteral("quota_exhausted"));
}

QTEST_APPLESS_MAIN(tst_DomainTypes)
#include "tst_domaintypes.moc"
