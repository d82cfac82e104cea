#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

// The real executables: a taskmonitor-simulator on a free loopback port and taskmonitor-cli
// runs against it, with secrets passed only through the environment.
namespace CliHarness {

inline const QString kFeishuApp = QStringLiteral("cli_test_app");
inline const QString kFeishuSecret = QStringLiteral("S3cr3t-feishu-VALUE-4711");
inline const QString kDingTalkApp = QStringLiteral("ding_test_key");
inline const QString kDingTalkSecret = QStringLiteral("S3cr3t-ding-VALUE-0815");
inline const QString kSecretVar = QStringLiteral("TM_TEST_SECRET");

inline QString scenario(const QString &name)
{
    return QStringLiteral(TASKMONITOR_CLI_SCENARIOS "/") + name;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class Simulator final
{
public:
    explicit Simulator(const QString &scenarioName = QStringLiteral("platform.json"),
                       double speed = 1.0)
    {
        m_process.setProgram(QStringLiteral(TASKMONITOR_SIMULATOR_EXE));
        m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--scenario"), scenario(scenarioName),
                                QStringLiteral("--speed"), QString::number(speed)});
        m_process.start();
        if (m_process.waitForStarted(5000)) {
            QElapsedTimer timer;
            timer.start();
            while (!m_process.canReadLine() && timer.elapsed() < 5000)
                m_process.waitForReadyRead(100);
            url = QString::fromUtf8(m_process.readLine().trimmed());
        }
    }
    ~Simulator()
    {
        m_process.kill();
        m_process.waitForFinished(2000);
    }

    QJsonObject get(const QString &path) const
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url + path)));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return object;
    }
    void post(const QString &path, const QByteArray &body) const
    {
        QNetworkAccessManager network;
        QNetworkRequest request{QUrl(url + path)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        delete reply;
    }
    int received(const QString &endpoint) const
    {
        return get(QStringLiteral("/_simulator/stats"))
            .value(QStringLiteral("endpoints"))
            .toObject()
            .value(endpoint)
            .toObject()
            .value(QStringLiteral("received"))
            .toInt();
    }

    QString url;

private:
    QProcess m_process;
};

inline QProcessEnvironment environment(const QString &secret = kFeishuSecret)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The assertions read English messages, whatever language the machine speaks.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("TASKMONITOR_APP_SECRET"));
    env.insert(kSecretVar, secret);
    // What a run learns stays in a cache folder of the test's own, emptied for every
    // environment, so no run learns from another test and the user's cache is never touched.
    static QTemporaryDir cacheHome;
    QDir(cacheHome.path()).removeRecursively();
    QDir().mkpath(cacheHome.path());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome.path());
    return env;
}

inline Run run(const QStringList &arguments, const QProcessEnvironment &env = environment(),
               int timeoutMs = 30000)
{
    QProcess process;
    process.setProgram(QStringLiteral(TASKMONITOR_CLI_EXE));
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start();
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.err = "timed out";
        return result;
    }
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// `status` through the Feishu app of the scenario, with the secret in TM_TEST_SECRET.
inline QStringList feishu(const Simulator &sim, const QStringList &more)
{
    return QStringList{QStringLiteral("status"),
                       QStringLiteral("--platform"),
                       QStringLiteral("feishu"),
                       QStringLiteral("--base-url"),
                       sim.url,
                       QStringLiteral("--app-id"),
                       kFeishuApp,
                       QStringLiteral("--app-secret-env"),
                       kSecretVar} +
           more;
}

inline QStringList dingtalk(const Simulator &sim, const QStringList &more)
{
    return QStringList{QStringLiteral("status"),
                       QStringLiteral("--platform"),
                       QStringLiteral("dingtalk"),
                       QStringLiteral("--base-url"),
                       sim.url,
                       QStringLiteral("--app-id"),
                       kDingTalkApp,
                       QStringLiteral("--app-secret-env"),
                       kSecretVar} +
           more;
}

} // namespace CliHarness
