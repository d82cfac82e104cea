#include "OpenPlatformSimulator.h"
#include "support/HttpTestClient.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// HTTPS with a throw-away self-signed certificate made by the openssl CLI.
class TestSimulatorTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustedCertificateWorks();
    void untrustedCertificateFails();
    void badKeyIsReported();

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    OpenPlatformSimulator m_sim;
};

void TestSimulatorTls::initTestCase()
{
    // scripts/test installs openssl; without it the TLS path would go untested, so fail loudly.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
             "the openssl CLI is needed to make the test certificate");
    QVERIFY(m_dir.isValid());
    m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
    m_key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   m_key, QStringLiteral("-out"), m_cert, QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);

    QString error;
    QVERIFY2(m_sim.enableTls(m_cert, m_key, &error), qPrintable(error));
    m_sim.addFeishuApp(QStringLiteral("cli_a"), QStringLiteral("s"));
    QVERIFY(m_sim.listen() != 0);
    QCOMPARE(m_sim.baseUrl().scheme(), QStringLiteral("https"));
}

void TestSimulatorTls::trustedCertificateWorks()
{
    QFile certFile(m_cert);
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({QSslCertificate(certFile.readAll())});
    HttpTestClient client(m_sim.baseUrl());
    client.setSslConfiguration(config);
    const HttpResult r = client.post("/open-apis/auth/v3/tenant_access_token/internal",
                                     R"({"app_id":"cli_a","app_secret":"s"})");
    QVERIFY2(r.status == 200, qPrintable(r.errorString));
    QCOMPARE(r.json().value(QLatin1String("code")).toInt(-1), 0);
}

void TestSimulatorTls::untrustedCertificateFails()
{
    HttpTestClient client(m_sim.baseUrl());
    const HttpResult r = client.post("/open-apis/auth/v3/tenant_access_token/internal",
                                     R"({"app_id":"cli_a","app_secret":"s"})");
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSimulatorTls::badKeyIsReported()
{
    OpenPlatformSimulator other;
    QString error;
    QVERIFY(!other.enableTls(m_cert, m_cert, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!other.enableTls(m_dir.filePath(QStringLiteral("missing.pem")), m_key, &error));
}

QTEST_GUILESS_MAIN(TestSimulatorTls)
#include "tst_simulator_tls.moc"
