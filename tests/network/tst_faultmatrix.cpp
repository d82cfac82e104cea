#include "AcceleratedRun.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

// Every kind of task against every fault of the list, over real sockets, on accelerated
// simulated time: the task shows an Error with a clear message (and the platform's request id
// where it sent one), the scheduler backs off, the task recovers by itself once the fault
// clears, and a healthy task of the other platform beside it is untouched. Prints the table.
class tst_FaultMatrix final : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        ConnectionRefused,
        ResetMidBody,
        NoAnswer,
        Http500,
        Http502Html,
        Http503,
        RateLimited,
        TokenExpiredMidRun,
        TokenEndpointDown,
        MalformedJson,
        EmptyBody,
        WrongTypes,
        TenMegabyteBody,
        CodeOnHttp200,
    };
    Q_ENUM(Fault)

private slots:
    void initTestCase();
    void faultThenRecovery_data();
    void faultThenRecovery();
    void cleanupTestCase();

private:
    struct Outcome
    {
        QString fault;
        QString kind;
        QString shown;
        bool requestId = false;
        int callsWhileFaulty = 0;
        bool recovered = false;
    };

    QList<Outcome> m_table;
    QElapsedTimer m_elapsed;
};

namespace {

// Simulated time: faults start at kFaultStartMs and clear at kFaultEndMs; the faulty task ends
// at kFaultyEndsMs (after the fault), the neighbour at kNeighbourEndsMs.
constexpr qint64 kStepMs = 100;
constexpr qint64 kMaxIdleJumpMs = 2000;
constexpr qint64 kFaultStartMs = 10'000;
constexpr qint64 kFaultEndMs = 70'000;
constexpr qint64 kFaultyEndsMs = 100'000;
constexpr qint64 kNeighbourEndsMs = 150'000;
constexpr qint64 kRunEndMs = 330'000;
constexpr int kTransferTimeoutMs = 150;
constexpr int kReportSubmissions = 3;
const QString kReportRule = QStringLiteral("7100000000000000001");

SimTaskKind simKind(TaskKind kind)
{
    switch (kind) {
    case TaskKind::FeishuContact:
        return SimTaskKind::FeishuContact;
    case TaskKind::FeishuDrive:
    case TaskKind::FeishuReport:
        return SimTaskKind::FeishuDrive;
    case TaskKind::DingTalkStorage:
        return SimTaskKind::DingTalkStorage;
    case TaskKind::DingTalkDoc:
        return SimTaskKind::DingTalkDoc;
    }
    return SimTaskKind::FeishuDrive;
}

QString endpointName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::FeishuContact:
        return QStringLiteral("feishu.contact");
    case TaskKind::FeishuDrive:
        return QStringLiteral("feishu.drive");
    case TaskKind::FeishuReport:
        return QStringLiteral("feishu.report");
    case TaskKind::DingTalkStorage:
        return QStringLiteral("dingtalk.storage");
    case TaskKind::DingTalkDoc:
        return QStringLiteral("dingtalk.doc");
    }
    return {};
}

SimTask scriptedTask(TaskKind kind, const QString &id, qint64 durationMs)
{
    TaskGenerator::Spec spec;
    spec.kind = simKind(kind);
    spec.total = 10;
    spec.progressSteps = 3;
    return TaskGenerator::make(spec, id, 0, durationMs);
}

void addTo(OpenPlatformSimulator &simulator, TaskKind kind, const QString &id, qint64 durationMs)
{
    if (kind != TaskKind::FeishuReport) {
        simulator.addTask(scriptedTask(kind, id, durationMs));
        return;
    }
    simulator.addReportRule(kReportRule, QStringLiteral("周报"));
    const qint64 base = simulator.epochSecs();
    for (int i = 0; i < kReportSubmissions; ++i) {
        SimReportSubmission submission;
        submission.ruleId = kReportRule;
        submission.fromUserId = QStringLiteral("ou_matrix_%1").arg(i);
        submission.commitTime = base + 5 + i;
        submission.wire = QJsonObject{
            {QStringLiteral("task_id"), QStringLiteral("71000000000000%1").arg(10000 + i)},
            {QStringLiteral("rule_name"), QStringLiteral("周报")},
            {QStringLiteral("rule_id"), kReportRule},
            {QStringLiteral("from_user_id"), submission.fromUserId},
            {QStringLiteral("from_user_name"), QStringLiteral("员工%1").arg(i)},
            {QStringLiteral("commit_time"), submission.commitTime},
        };
        simulator.addReportSubmission(submission);
    }
}

TaskRef taskRef(TaskKind kind, const QString &id, const OpenPlatformSimulator &simulator,
                qint64 windowEndMs)
{
    TaskRef ref = SimulatedPlatform::ref(kind, id);
    if (kind == TaskKind::FeishuReport) {
        ref.report.ruleId = kReportRule;
        ref.report.from = QDateTime::fromSecsSinceEpoch(simulator.epochSecs() - 60, Qt::UTC);
        ref.report.to =
            QDateTime::fromSecsSinceEpoch(simulator.epochSecs() + windowEndMs / 1000, Qt::UTC);
        ref.taskId = TaskRef::reportTaskId(ref.report);
    }
    return ref;
}

SimFault endpointFault(SimFault::Kind kind, const QString &endpoint)
{
    SimFault fault;
    fault.kind = kind;
    fault.endpoint = endpoint;
    fault.count = -1;
    return fault;
}

// The faults the platform itself serves (the others stop the server or its tokens).
std::optional<SimFault> servedFault(tst_FaultMatrix::Fault fault, TaskKind kind)
{
    const QString endpoint = endpointName(kind);
    const bool feishu = TaskKinds::isFeishuFamily(kind);
    using F = tst_FaultMatrix::Fault;
    switch (fault) {
    case F::ResetMidBody:
        return endpointFault(SimFault::Kind::ResetMidBody, endpoint);
    case F::NoAnswer:
        return endpointFault(SimFault::Kind::NeverAnswer, endpoint);
    case F::Http500:
        return endpointFault(SimFault::Kind::ServerError, endpoint);
    case F::Http502Html:
        return endpointFault(SimFault::Kind::Html, endpoint);
    case F::Http503:
        return endpointFault(SimFault::Kind::Unavailable, endpoint);
    case F::RateLimited: {
        SimFault f = endpointFault(SimFault::Kind::RateLimit, endpoint);
        f.resetSeconds = 1;
        return f;
    }
    case F::TokenEndpointDown:
        return endpointFault(SimFault::Kind::Unavailable, feishu
                                                              ? QStringLiteral("feishu.token")
                                                              : QStringLiteral("dingtalk.token"));
    case F::MalformedJson:
        return endpointFault(SimFault::Kind::MalformedJson, endpoint);
    case F::EmptyBody:
        return endpointFault(SimFault::Kind::EmptyBody, endpoint);
    case F::WrongTypes:
        return endpointFault(SimFault::Kind::WrongTypes, endpoint);
    case F::TenMegabyteBody: {
        SimFault f = endpointFault(SimFault::Kind::HugeBody, endpoint);
        f.sizeBytes = 10 * 1024 * 1024;
        return f;
    }
    case F::CodeOnHttp200: {
        SimFault f = endpointFault(SimFault::Kind::PlatformCode, endpoint);
        f.status = 200;
        // Feishu's internal error and DingTalk's "system busy", both inside an HTTP 200.
        f.code = feishu ? QStringLiteral("1061001") : QStringLiteral("errcode:-1");
        f.message = feishu ? QStringLiteral("internal error.") : QStringLiteral("系统繁忙");
        return f;
    }
    case F::ConnectionRefused:
    case F::TokenExpiredMidRun:
        break;
    }
    return std::nullopt;
}

// What the user sees while the fault lasts.
enum class Shows {
    Error,   // the task's Error state, with the message and the request id
    Warning, // read as far as it can be: the values recovered, or Unknown and a warning per field
    Nothing, // the fault is absorbed: no error, the task goes on
};

struct Expectation
{
    Shows shows = Shows::Error;
    std::optional<ApiError::Category> category;
    QString messagePart;    // what the message must say
    bool requestId = false; // the platform sent one with the failing answer
};

Expectation expectationFor(tst_FaultMatrix::Fault fault, TaskKind kind)
{
    using F = tst_FaultMatrix::Fault;
    using C = ApiError::Category;
    const bool feishu = TaskKinds::isFeishuFamily(kind);
    switch (fault) {
    case F::ConnectionRefused:
        return {Shows::Error, C::Network, QStringLiteral("refused the connection"), false};
    case F::ResetMidBody:
        return {Shows::Error, C::Network, QStringLiteral("closed before the whole answer"), true};
    case F::NoAnswer:
        return {Shows::Error, C::Timeout, QStringLiteral("No answer within"), false};
    case F::Http500:
        return {Shows::Error, C::ServerError,
                feishu ? QStringLiteral("internal error") : QStringLiteral("system busy"), true};
    case F::Http502Html:
        return {Shows::Error, C::ServerError, QStringLiteral("502"), false};
    case F::Http503:
        return {Shows::Error, C::ServerError, QStringLiteral("upstream connect error"), false};
    case F::RateLimited:
        return {Shows::Error, C::RateLimited, {}, true};
    case F::TokenExpiredMidRun:
        return {Shows::Nothing, std::nullopt, {}, false};
    case F::TokenEndpointDown:
        return {Shows::Error, C::ServerError, QStringLiteral("Signing in"), false};
    case F::MalformedJson:
        return {Shows::Error, C::InvalidResponse, {}, true};
    case F::EmptyBody:
        return {Shows::Error, C::InvalidResponse, QStringLiteral("empty"), true};
    case F::WrongTypes:
        // The report's list of submissions is unusable as a whole; a task's fields one by one.
        if (kind == TaskKind::FeishuReport)
            return {Shows::Error, C::InvalidResponse, QStringLiteral("data.items"), true};
        return {Shows::Warning, std::nullopt, {}, false};
    case F::TenMegabyteBody:
        // 10 MB is under the 32 MB cap: a valid answer, read whole.
        return {Shows::Nothing, std::nullopt, {}, false};
    case F::CodeOnHttp200:
        return {Shows::Error, C::ServerError,
                feishu ? QStringLiteral("internal error") : QStringLiteral("系统繁忙"), true};
    }
    return {};
}

QString oneLine(QString text, int width)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
}

} // namespace

void tst_FaultMatrix::initTestCase()
{
    m_elapsed.start();
}

void tst_FaultMatrix::faultThenRecovery_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<TaskKind>("kind");
    const QList<TaskKind> kinds = {TaskKind::FeishuContact, TaskKind::FeishuDrive,
                                   TaskKind::FeishuReport, TaskKind::DingTalkStorage,
                                   TaskKind::DingTalkDoc};
    const QMetaEnum faults = QMetaEnum::fromType<Fault>();
    for (int f = 0; f < faults.keyCount(); ++f) {
        for (TaskKind kind : kinds) {
            const QByteArray name = QByteArray(faults.key(f)) + ' ' + TaskKinds::id(kind).toUtf8();
            QTest::newRow(name.constData()) << Fault(faults.value(f)) << kind;
        }
    }
}

void tst_FaultMatrix::faultThenRecovery()
{
    QFETCH(Fault, fault);
    QFETCH(TaskKind, kind);
    const Expectation expected = expectationFor(fault, kind);
    const bool feishu = TaskKinds::isFeishuFamily(kind);
    const TaskKind neighbourKind = feishu ? TaskKind::DingTalkDoc : TaskKind::FeishuDrive;

    SchedulerHarness harness;
    SimulatedPlatform &platform = harness.platform;
    RefreshSettings settings = harness.scheduler.settings();
    settings.reportIntervalMs = 5000; // the user's setting: a report query as often as a task
    harness.scheduler.setSettings(settings);
    ApiTransport &transport = platform.session->transport();
    // The simulator answers on this thread: writing 10 MB (slow under ASan) must not look like
    // a silent connection to the other calls in flight.
    transport.setTransferTimeoutMs(fault == Fault::TenMegabyteBody ? 5000 : kTransferTimeoutMs);
    // Retries inside a call wait in real time: keep them short, and leave rate limits to the
    // scheduler, which waits in simulated time.
    RetryPolicy policy = transport.retryPolicy();
    policy.baseBackoffMs = 5;
    policy.maxBackoffMs = 20;
    policy.maxRateLimitRetries = 0;
    transport.setRetryPolicy(policy);
    QSignalSpy connectivity(&transport.connectivity(), &ConnectivityMonitor::onlineChanged);

    // The faulty task's account is on a second server when the fault is that server stopping.
    OpenPlatformSimulator stoppable;
    stoppable.useManualClock(0);
    stoppable.setEpochSecs(platform.simulator.epochSecs());
    stoppable.addFeishuApp(SimulatedPlatform::kFeishuApp, SimulatedPlatform::kFeishuSecret);
    stoppable.addDingTalkApp(SimulatedPlatform::kDingTalkApp, SimulatedPlatform::kDingTalkSecret);
    const quint16 stoppablePort = stoppable.listen();
    QVERIFY(stoppablePort != 0);
    OpenPlatformSimulator &faultyServer =
        fault == Fault::ConnectionRefused ? stoppable : platform.simulator;
    if (fault == Fault::ConnectionRefused) {
        Account moved = feishu ? platform.feishuAccount() : platform.dingTalkAccount();
        moved.baseUrl = stoppable.baseUrl().toString();
        platform.session->setAccount(moved, feishu ? SimulatedPlatform::kFeishuSecret
                                                   : SimulatedPlatform::kDingTalkSecret);
    }

    const QString faultyId = QStringLiteral("faulty-1");
    const QString neighbourId = QStringLiteral("neighbour-1");
    addTo(faultyServer, kind, faultyId, kFaultyEndsMs);
    addTo(platform.simulator, neighbourKind, neighbourId, kNeighbourEndsMs);
    const TaskRef faulty = taskRef(kind, faultyId, faultyServer, kFaultyEndsMs);
    const TaskRef neighbour = taskRef(neighbourKind, neighbourId, platform.simulator, 0);
    harness.watch(faulty);
    harness.watch(neighbour);
    const auto advanceStoppable = [&](qint64 nowMs) { stoppable.setClockMs(nowMs); };

    runAccelerated(harness, kFaultStartMs, kStepMs, advanceStoppable, kMaxIdleJumpMs);
    QCOMPARE(harness.errors.value(faulty.key()), 0);
    QCOMPARE(harness.tasks.task(faulty.key())->displayState(), TaskState::Running);

    // The fault.
    QList<qint64> failuresAtMs;
    std::optional<ApiError> shownError;
    QObject watcher;
    connect(&harness.scheduler, &RefreshScheduler::fetchFailed, &watcher,
            [&](const QString &key, const ApiError &error) {
                if (key != faulty.key())
                    return;
                failuresAtMs << platform.manualClock().nowMs();
                if (!shownError)
                    shownError = error;
            });
    const int callsBefore = harness.calls.value(faulty.key());
    const int tokenCallsBefore =
        faultyServer.requestCount(feishu ? SimEndpoint::FeishuToken : SimEndpoint::DingTalkToken);
    if (fault == Fault::ConnectionRefused)
        stoppable.stop();
    if (fault == Fault::TokenExpiredMidRun || fault == Fault::TokenEndpointDown)
        faultyServer.expireAllTokens();
    if (const std::optional<SimFault> served = servedFault(fault, kind))
        faultyServer.addFault(*served);

    runAccelerated(harness, kFaultEndMs, kStepMs, advanceStoppable, kMaxIdleJumpMs);
    const WatchedTask *duringFault = harness.tasks.task(faulty.key());
    QVERIFY(duringFault);
    const int tokenCalls =
        faultyServer.requestCount(feishu ? SimEndpoint::FeishuToken : SimEndpoint::DingTalkToken) -
        tokenCallsBefore;
    const int callsWhileFaulty = harness.calls.value(faulty.key()) - callsBefore + tokenCalls;

    Outcome outcome;
    outcome.fault = QString::fromLatin1(QMetaEnum::fromType<Fault>().valueToKey(int(fault)));
    outcome.kind = TaskKinds::id(kind);
    outcome.callsWhileFaulty = callsWhileFaulty;
    if (expected.shows == Shows::Error) {
        QVERIFY2(shownError.has_value(), "the fault never reached the task");
        QCOMPARE(duringFault->displayState(), TaskState::Error);
        QVERIFY(duringFault->lastError.has_value());
        const ApiError &error = *duringFault->lastError;
        outcome.shown = error.summary();
        outcome.requestId = !error.requestId.isEmpty();
        QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(error.summary()));
        if (expected.category)
            QCOMPARE(ApiError::categoryId(error.category),
                     ApiError::categoryId(*expected.category));
        if (!expected.messagePart.isEmpty())
            QVERIFY2(error.summary().contains(expected.messagePart, Qt::CaseInsensitive),
                     qPrintable(error.summary()));
        QVERIFY2(outcome.requestId == expected.requestId, qPrintable(error.summary()));

        // Back-off: each wait between failed checks is longer than the one before (the
        // schedule doubles; its jitter is ±20 %), and their number is bounded.
        QVERIFY2(failuresAtMs.size() >= 2, qPrintable(QString::number(failuresAtMs.size())));
        QVERIFY2(failuresAtMs.size() <= 6, qPrintable(QString::number(failuresAtMs.size())));
        for (qsizetype i = 2; i < failuresAtMs.size(); ++i) {
            const qint64 gap = failuresAtMs[i] - failuresAtMs[i - 1];
            const qint64 previous = failuresAtMs[i - 1] - failuresAtMs[i - 2];
            QVERIFY2(gap > previous,
                     qPrintable(QStringLiteral("gap %1 ms after %2 ms").arg(gap).arg(previous)));
        }
        // A check still in flight when the fault ends has sent without failing yet (a request
        // that is never answered ends only at its timeout): it may count its sends too.
        const int maxSendsPerCheck = transport.retryPolicy().maxTransientAttempts + 1;
        QVERIFY2(callsWhileFaulty <= (failuresAtMs.size() + 1) * maxSendsPerCheck,
                 qPrintable(QString::number(callsWhileFaulty)));
    } else if (expected.shows == Shows::Warning) {
        QVERIFY2(!shownError, qPrintable(shownError ? shownError->summary() : QString()));
        QVERIFY(duringFault->snapshot.has_value());
        const TaskState state = duringFault->displayState();
        if (state == TaskState::Unknown) {
            QVERIFY(!duringFault->snapshot->warnings.isEmpty());
            outcome.shown = QStringLiteral("unknown, warning: %1")
                                .arg(duringFault->snapshot->warnings.constFirst());
            // An unreadable state is asked again only at the longest interval.
            const qint64 longest = harness.scheduler.settings().maxIntervalMs;
            QVERIFY2(callsWhileFaulty <= 1 + (kFaultEndMs - kFaultStartMs) / longest + 1,
                     qPrintable(QString::number(callsWhileFaulty)));
        } else {
            QCOMPARE(state, TaskState::Running); // the lenient reader recovered the values
            outcome.shown = QStringLiteral("values recovered: running");
        }
    } else {
        QVERIFY2(!shownError, qPrintable(shownError ? shownError->summary() : QString()));
        QVERIFY(duringFault->displayState() != TaskState::Error);
        outcome.shown =
            QStringLiteral("no error: %1").arg(TaskStates::id(duringFault->displayState()));
    }

    // The fault clears; the task finds its way back by itself.
    faultyServer.clearFaults();
    if (fault == Fault::ConnectionRefused)
        QCOMPARE(stoppable.listen(QHostAddress::LocalHost, stoppablePort), stoppablePort);
    runAccelerated(harness, kRunEndMs, kStepMs, advanceStoppable, kMaxIdleJumpMs);

    const WatchedTask *after = harness.tasks.task(faulty.key());
    QVERIFY(after);
    outcome.recovered = after->displayState() == TaskState::Succeeded && !after->lastError;
    m_table << outcome;
    QVERIFY2(outcome.recovered, qPrintable(TaskStates::id(after->displayState())));
    if (kind == TaskKind::FeishuReport)
        QCOMPARE(after->snapshot->reports.size(), kReportSubmissions);

    // The rest of the list: untouched.
    QCOMPARE(harness.tasks.rowCount(), 2);
    QCOMPARE(harness.tasks.task(neighbour.key())->ref, neighbour);
    QCOMPARE(harness.tasks.task(faulty.key())->ref, faulty);
    QCOMPARE(harness.errors.value(neighbour.key()), 0);
    QCOMPARE(harness.tasks.task(neighbour.key())->displayState(), TaskState::Succeeded);
    QCOMPARE(connectivity.size(), 0); // one task's trouble is not an outage
}

void tst_FaultMatrix::cleanupTestCase()
{
    // Faults down, kinds across: what was shown, whether it carried a request id, the calls
    // spent while the fault lasted, and whether the task recovered.
    QStringList kinds;
    QStringList faults;
    QHash<QString, const Outcome *> cells;
    for (const Outcome &row : std::as_const(m_table)) {
        if (!kinds.contains(row.kind))
            kinds << row.kind;
        if (!faults.contains(row.fault))
            faults << row.fault;
        cells.insert(row.fault + QLatin1Char('/') + row.kind, &row);
    }
    QString grid = QStringLiteral("| Fault | ") + kinds.join(QStringLiteral(" | ")) +
                   QStringLiteral(" |\n|---|") + QStringLiteral("---|").repeated(kinds.size()) +
                   QLatin1Char('\n');
    QString messages = QStringLiteral("| Fault | Kind | Shown |\n|---|---|---|\n");
    for (const QString &fault : std::as_const(faults)) {
        grid += QStringLiteral("| ") + fault;
        QSet<bool> familiesShown;
        for (const QString &kind : std::as_const(kinds)) {
            const Outcome *cell = cells.value(fault + QLatin1Char('/') + kind);
            if (!cell) {
                grid += QStringLiteral(" | FAILED");
                continue;
            }
            const bool error = !cell->shown.startsWith(QLatin1String("no error")) &&
                               !cell->shown.startsWith(QLatin1String("unknown")) &&
                               !cell->shown.startsWith(QLatin1String("values"));
            grid += QStringLiteral(" | %1%2, %3 calls, %4")
                        .arg(error ? QStringLiteral("error")
                                   : cell->shown.section(QLatin1Char(':'), 0, 0),
                             error ? (cell->requestId ? QStringLiteral(" + id")
                                                      : QStringLiteral(", no id"))
                                   : QString())
                        .arg(cell->callsWhileFaulty)
                        .arg(cell->recovered ? QStringLiteral("recovered")
                                             : QStringLiteral("NOT recovered"));
            const bool feishu = kind.startsWith(QLatin1String("feishu"));
            if (!familiesShown.contains(feishu)) {
                familiesShown.insert(feishu);
                messages += QStringLiteral("| %1 | %2 | %3 |\n")
                                .arg(fault, kind, oneLine(cell->shown, 140));
            }
        }
        grid += QStringLiteral(" |\n");
    }
    std::fprintf(stdout, "\nFault matrix: %lld rows in %.1f s\n\n%s\n%s\n",
                 static_cast<long long>(m_table.size()), m_elapsed.elapsed() / 1000.0,
                 grid.toUtf8().constData(), messages.toUtf8().constData());
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(tst_FaultMatrix)
#include "tst_faultmatrix.moc"
