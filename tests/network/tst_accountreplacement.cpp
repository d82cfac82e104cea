#include "network/transport/ApiCall.h"
#include "SimulatedPlatform.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

// An account edited or removed while its calls wait behind the rate limiter or are on the wire:
// every call ends (Cancelled), nothing is freed while a call can reach it, and no request after
// the change carries the old credentials.
class tst_AccountReplacement final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void replaceWhileQueuedAndInFlight_data();
    void replaceWhileQueuedAndInFlight();
    void removeWhileQueuedAndInFlight();

private:
    static constexpr int kTasks = 24;
    static constexpr int kInFlight = 4;
    static inline const QString kNewApp = QStringLiteral("cli_replacement_app");
    static inline const QString kNewSecret = QStringLiteral("replacement-secret-789");

    struct Outcome
    {
        int answered = 0;
        int cancelled = 0;
        int succeeded = 0;
        QList<ApiError> others;
    };

    // Starts one fetch per task: kInFlight go out at once (held by the simulator), the rest wait
    // for rate-limit slots.
    void startFetches(Outcome &outcome);
    bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000);

    std::unique_ptr<SimulatedPlatform> m_platform;
    QList<TaskRef> m_refs;
};

void tst_AccountReplacement::init()
{
    m_platform = std::make_unique<SimulatedPlatform>();
    m_platform->simulator.addFeishuApp(kNewApp, kNewSecret);
    TaskGenerator::Spec spec;
    spec.kind = SimTaskKind::FeishuDrive;
    spec.count = kTasks;
    spec.idPrefix = QStringLiteral("move-");
    spec.minDurationMs = spec.maxDurationMs = 1;
    spec.withProgress = false;
    m_platform->simulator.generateTasks(spec);
    m_refs.clear();
    for (int i = 1; i <= kTasks; ++i)
        m_refs << SimulatedPlatform::ref(TaskKind::FeishuDrive, QStringLiteral("move-%1").arg(i));
    // kInFlight slots a second: the rest queue behind the limiter for several seconds.
    m_platform->session->transport().setCallsPerSecond(ApiEndpoint::FeishuDriveTaskCheck,
                                                       kInFlight);
}

void tst_AccountReplacement::startFetches(Outcome &outcome)
{
    // The token first, so that exactly kInFlight drive requests are then on the wire.
    QVERIFY(m_platform->fetch(m_refs.first()).has_value());
    m_platform->simulator.resetStats();
    SimFault hold;
    hold.kind = SimFault::Kind::Delay;
    hold.endpoint = QStringLiteral("feishu.drive");
    hold.delayMs = 3000;
    hold.count = -1;
    m_platform->simulator.addFault(hold);
    QTest::qWait(1100); // a fresh rate-limit window
    for (const TaskRef &ref : std::as_const(m_refs)) {
        m_platform->session->fetch(ref, nullptr, [&outcome](const Result<TaskSnapshot> &result) {
            ++outcome.answered;
            if (result.ok())
                ++outcome.succeeded;
            else if (result.error().category == ApiError::Category::Cancelled)
                ++outcome.cancelled;
            else
                outcome.others << result.error();
        });
    }
    QVERIFY(waitFor([this] { return m_platform->simulator.heldAnswers() == kInFlight; }));
    QCOMPARE(m_platform->session->transport().liveCallCount(), kTasks);
}

bool tst_AccountReplacement::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return condition();
}

void tst_AccountReplacement::replaceWhileQueuedAndInFlight_data()
{
    QTest::addColumn<bool>("newApp");
    QTest::addColumn<bool>("newHost");
    QTest::newRow("new secret, same app") << false << false;
    QTest::newRow("another app") << true << false;
    QTest::newRow("another host") << true << true;
}

void tst_AccountReplacement::replaceWhileQueuedAndInFlight()
{
    QFETCH(bool, newApp);
    QFETCH(bool, newHost);
    Outcome outcome;
    startFetches(outcome);
    if (QTest::currentTestFailed())
        return;

    Account replacement = m_platform->feishuAccount();
    QString secret = SimulatedPlatform::kFeishuSecret;
    if (newApp) {
        replacement.appId = kNewApp;
        secret = kNewSecret;
    }
    if (newHost) // the same simulator under another loopback name: tokens must not cross
        replacement.baseUrl = QStringLiteral("http://localhost:%1").arg(m_platform->port);
    const int requestsBefore = m_platform->simulator.requestCount();
    m_platform->session->setAccount(replacement, secret);

    QVERIFY(waitFor([&] { return outcome.answered == kTasks; }));
    QCOMPARE(outcome.cancelled, kTasks);
    QVERIFY(outcome.others.isEmpty());
    // Nothing new left for the platform with the old settings.
    QCOMPARE(m_platform->simulator.requestCount(), requestsBefore);
    QVERIFY(waitFor([this] { return m_platform->session->transport().liveCallCount() == 0; }));

    // The tasks recover through the new account.
    m_platform->simulator.clearFaults();
    m_platform->session->transport().setCallsPerSecond(ApiEndpoint::FeishuDriveTaskCheck, 50);
    for (const TaskRef &ref : std::as_const(m_refs)) {
        const auto result = m_platform->fetch(ref);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().summary()));
        QCOMPARE(result->value().state, TaskState::Succeeded);
    }
    const QString expectedApp = newApp ? kNewApp : SimulatedPlatform::kFeishuApp;
    const QList<RecordedRequest> recent = m_platform->simulator.recentRequests();
    QVERIFY(recent.size() >= kTasks);
    for (qsizetype i = recent.size() - kTasks; i < recent.size(); ++i) {
        QCOMPARE(recent.at(i).endpoint, QStringLiteral("feishu.drive"));
        QCOMPARE(recent.at(i).account, expectedApp);
    }
}

void tst_AccountReplacement::removeWhileQueuedAndInFlight()
{
    Outcome outcome;
    startFetches(outcome);
    if (QTest::currentTestFailed())
        return;
    const int requestsBefore = m_platform->simulator.requestCount();
    m_platform->session->removeAccount(QStringLiteral("feishu-main"));
    QVERIFY(waitFor([&] { return outcome.answered == kTasks; }));
    QCOMPARE(outcome.cancelled, kTasks);
    QCOMPARE(m_platform->simulator.requestCount(), requestsBefore);
    QVERIFY(waitFor([this] { return m_platform->session->transport().liveCallCount() == 0; }));

    const auto again = m_platform->fetch(m_refs.first());
    QVERIFY(again.has_value());
    QVERIFY(!again->ok());
    QCOMPARE(again->error().category, ApiError::Category::Configuration);
}

QTEST_GUILESS_MAIN(tst_AccountReplacement)
#include "tst_accountreplacement.moc"
