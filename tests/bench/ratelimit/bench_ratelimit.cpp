// Benchmark: how much of an endpoint's rate limit the engine uses while a backlog lasts. The
// simulator enforces 10 requests/s on the contact task endpoint (the client is configured with
// the same documented figure) and 2,000 tasks are due at once; real sockets, real time, 25 s.
// Prints the achieved rate per second, its share of the limit and the rate-limit answers as
// "BENCH key=value" lines; asserts nothing.

#include "app/engine/Engine.h"
#include "network/simulator/OpenPlatformSimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kLimitPerSecond = 10;
constexpr int kDueTasks = 2000;
constexpr int kSeconds = 25;
const QString kApp = QStringLiteral("cli_bench_rate");
const QString kSecret = QStringLiteral("bench-rate-secret");

void bench(const char *key, double value)
{
    std::printf("BENCH %s=%.3f\n", key, value);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : kSeconds;

    OpenPlatformSimulator simulator;
    simulator.addFeishuApp(kApp, kSecret);
    simulator.setRateLimit(SimEndpoint::FeishuContactTask, kLimitPerSecond);
    TaskGenerator::Spec spec;
    spec.kind = SimTaskKind::FeishuContact;
    spec.count = kDueTasks;
    spec.idPrefix = QStringLiteral("due-");
    spec.minDurationMs = spec.maxDurationMs = 60 * 60 * 1000;
    simulator.generateTasks(spec);
    if (simulator.listen() == 0) {
        std::printf("the simulator could not listen\n");
        return 1;
    }

    EngineOptions options; // in memory, real clock, its own timer
    Engine engine(options);
    engine.start();
    engine.session().transport().setCallsPerSecond(ApiEndpoint::FeishuContactTask, kLimitPerSecond);
    Account account;
    account.id = QStringLiteral("acme");
    account.name = QStringLiteral("Acme");
    account.platform = Platform::Feishu;
    account.baseUrl = simulator.baseUrl().toString();
    account.appId = kApp;
    engine.setAccount(account, kSecret);
    QList<TaskRef> refs;
    for (int i = 1; i <= kDueTasks; ++i) {
        TaskRef ref;
        ref.kind = TaskKind::FeishuContact;
        ref.accountId = account.id;
        ref.taskId = QStringLiteral("due-%1").arg(i);
        refs.append(ref);
    }

    QSet<QString> answered;
    QObject::connect(
        &engine, &Engine::taskAnswered, &engine,
        [&answered](const QString &key, const TaskSnapshot &) { answered.insert(key); });
    engine.addTasks(refs);
    QElapsedTimer timer;
    timer.start();
    QList<int> perSecond;
    int counted = 0;
    for (int second = 1; second <= seconds; ++second) {
        while (timer.elapsed() < second * 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const int total = simulator.requestCount(SimEndpoint::FeishuContactTask);
        perSecond.append(total - counted);
        counted = total;
    }
    const double elapsedS = double(timer.elapsed()) / 1000.0;
    const int limited = simulator.rateLimitedCount();
    // The first second holds the token fetch; the backlog lasts the whole run (2,000 tasks at
    // 10/s take 200 s), so the steady share is measured from the second second on.
    const int steady = counted - perSecond.first();
    const double steadyRate = double(steady) / double(seconds - 1);
    std::printf("rate limit: %d tasks due at once, simulator and client at %d/s on the contact "
                "endpoint, %.1f s\n  requests per second:",
                kDueTasks, kLimitPerSecond, elapsedS);
    for (int count : std::as_const(perSecond))
        std::printf(" %d", count);
    const int waiting = kDueTasks - int(answered.size());
    std::printf("\n  %d requests, %d tasks answered, %d still waiting for a first answer, %d "
                "rate-limit answers\n",
                counted, int(answered.size()), waiting, limited);
    bench("rate.requests_per_s", steadyRate);
    bench("rate.share_of_limit", steadyRate / kLimitPerSecond);
    bench("rate.limit_answers", limited);
    bench("rate.backlog_left", waiting);
    return 0;
}
