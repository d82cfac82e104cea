#include "models/domain/Clock.h"
#include "models/domain/TaskRef.h"
#include "network/clients/ApiSession.h"
#include "OpenPlatformSimulator.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The https path: the client reaches a TLS simulator only when told to trust its certificate.
class tst_ClientTls final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustsOnlyWhenTold_data();
    void trustsOnlyWhenTold();

private:
    QTemporaryDir m_dir;
    QString m_certificate;
    QString m_key;
};

void tst_ClientTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certificate = m_dir.filePath(QStringLiteral("cert.pem"));
    m_key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   m_key, QStringLiteral("-out"), m_certificate, QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(60000), "openssl did not finish");
    QVERIFY2(openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());
}

void tst_ClientTls::trustsOnlyWhenTold_data()
{
    QTest::addColumn<bool>("trust");
    QTest::newRow("certificate not trusted") << false;
    QTest::newRow("certificate trusted") << true;
}

void tst_ClientTls::trustsOnlyWhenTold()
{
    QFETCH(bool, trust);
    OpenPlatformSimulator simulator;
    QString problem;
    QVERIFY2(simulator.enableTls(m_certificate, m_key, &problem), qPrintable(problem));
    simulator.addFeishuApp(QStringLiteral("cli_tls"), QStringLiteral("tls-secret"));
    SimTask task;
    task.kind = SimTaskKind::FeishuDrive;
    task.id = QStringLiteral("42");
    task.steps = {SimTaskStep{0, {{QStringLiteral("status"), QStringLiteral("success")}}}};
    simulator.addTask(task);
    const quint16 port = simulator.listen();
    QVERIFY(port != 0);

    SystemClock clock;
    QNetworkAccessManager network;
    ApiSession session(network, clock);
    RetryPolicy once;
    once.maxTransientAttempts = 1;
    session.transport().setRetryPolicy(once);
    Account account;
    account.id = QStringLiteral("tls");
    account.name = QStringLiteral("TLS");
    account.platform = Platform::Feishu;
    account.baseUrl = QStringLiteral("https://127.0.0.1:%1").arg(port);
    account.appId = QStringLiteral("cli_tls");
    if (trust)
        account.caCertificateFile = m_certificate;
    session.setAccount(account, QStringLiteral("tls-secret"));

    TaskRef ref;
    ref.kind = TaskKind::FeishuDrive;
    ref.accountId = account.id;
    ref.taskId = QStringLiteral("42");
    std::optional<Result<TaskSnapshot>> result;
    QEventLoop loop;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    session.fetch(ref, &loop, [&](const Result<TaskSnapshot> &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    QVERIFY(result.has_value());
    if (trust) {
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().summary()));
        QCOMPARE(result->value().state, TaskState::Succeeded);
        QCOMPARE(simulator.requestCount(SimEndpoint::FeishuDriveTaskCheck), 1);
    } else {
        QVERIFY(!result->ok());
        QCOMPARE(result->error().category, ApiError::Category::Configuration);
        QVERIFY(result->error().hint.contains(QStringLiteral("certificate")));
        QCOMPARE(simulator.requestCount(), 0); // nothing, not even the secret, went out
    }
}

QTEST_GUILESS_MAIN(tst_ClientTls)
#include "tst_clienttls.moc"
