#pragma once

#include "models/domain/Clock.h"
#include "models/domain/TaskRef.h"
#include "network/auth/AccountConnection.h"
#include "network/auth/TokenManager.h"
#include "network/clients/ApiSession.h"
#include "OpenPlatformSimulator.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>
#include <optional>

// The simulator on 127.0.0.1 and an ApiSession pointed at it, with one Feishu and one DingTalk
// account. Clocks are real unless the test asks for manual ones.
class SimulatedPlatform final
{
    // Declared first: everything below may use them until it is destroyed.
    SystemClock m_systemClock;
    std::unique_ptr<ManualClock> m_manualClock;

public:
    static inline const QString kFeishuApp = QStringLiteral("cli_feishu_app");
    static inline const QString kFeishuSecret = QStringLiteral("feishu-secret-123");
    static inline const QString kDingTalkApp = QStringLiteral("ding_app_key");
    static inline const QString kDingTalkSecret = QStringLiteral("dingtalk-secret-456");
    static inline const QString kUnionId = QStringLiteral("union-operator-1");

    explicit SimulatedPlatform(bool manualClocks = false)
    {
        if (manualClocks) {
            m_manualClock = std::make_unique<ManualClock>();
            simulator.useManualClock(0);
            simulator.setEpochSecs(m_manualClock->wallMsSinceEpoch() / 1000);
        }
        simulator.addFeishuApp(kFeishuApp, kFeishuSecret);
        simulator.addDingTalkApp(kDingTalkApp, kDingTalkSecret);
        port = simulator.listen();
        session = std::make_unique<ApiSession>(network, clock());
        RetryPolicy fast;
        fast.baseBackoffMs = 20;
        fast.maxBackoffMs = 100;
        session->transport().setRetryPolicy(fast);
        session->setAccount(feishuAccount(), kFeishuSecret);
        session->setAccount(dingTalkAccount(), kDingTalkSecret);
    }

    const Clock &clock() const
    {
        return m_manualClock ? static_cast<const Clock &>(*m_manualClock) : m_systemClock;
    }
    ManualClock &manualClock() { return *m_manualClock; }

    // Moves both sides' clocks.
    void advance(qint64 ms)
    {
        m_manualClock->advance(ms);
        simulator.advanceClock(ms);
    }

    Account feishuAccount() const
    {
        Account account;
        account.id = QStringLiteral("feishu-main");
        account.name = QStringLiteral("Acme Feishu");
        account.platform = Platform::Feishu;
        account.baseUrl = simulator.baseUrl().toString();
        account.appId = kFeishuApp;
        return account;
    }

    Account dingTalkAccount() const
    {
        Account account;
        account.id = QStringLiteral("dingtalk-main");
        account.name = QStringLiteral("Acme DingTalk");
        account.platform = Platform::DingTalk;
        account.baseUrl = simulator.baseUrl().toString();
        account.appId = kDingTalkApp;
        account.unionId = kUnionId;
        return account;
    }

    static TaskRef ref(TaskKind kind, const QString &taskId)
    {
        TaskRef ref;
        ref.kind = kind;
        ref.taskId = taskId;
        ref.accountId = TaskKinds::isFeishuFamily(kind) ? QStringLiteral("feishu-main")
                                                        : QStringLiteral("dingtalk-main");
        return ref;
    }

    // Fetches and waits for the answer (or gives up after `timeoutMs`).
    std::optional<Result<TaskSnapshot>> fetch(const TaskRef &ref, int timeoutMs = 20000)
    {
        std::optional<Result<TaskSnapshot>> result;
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        session->fetch(ref, &loop, [&](const Result<TaskSnapshot> &r) {
            result = r;
            loop.quit();
        });
        if (!result)
            loop.exec();
        return result;
    }

    OpenPlatformSimulator simulator;
    QNetworkAccessManager network;
    std::unique_ptr<ApiSession> session;
    quint16 port = 0;
};
