#include "network/clients/EndpointUrl.h"
#include "network/transport/BaseUrlPolicy.h"

#include <QTest>
#include <QUrlQuery>

class tst_EndpointUrl final : public QObject
{
    Q_OBJECT

private slots:
    void idsCannotChangeTheEndpoint_data();
    void idsCannotChangeTheEndpoint();
    void baseUrlPolicy_data();
    void baseUrlPolicy();
};

void tst_EndpointUrl::idsCannotChangeTheEndpoint_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("encodedPath");
    QTest::addColumn<QByteArray>("encodedQuery");

    QTest::newRow("plain") << QStringLiteral("abc123") << QByteArray("/v2.0/doc/task/info/abc123")
                           << QByteArray("unionId=abc123");
    QTest::newRow("slash") << QStringLiteral("../../v1.0/oauth2/accessToken")
                           << QByteArray(
                                  "/v2.0/doc/task/info/..%2F..%2Fv1.0%2Foauth2%2FaccessToken")
                           << QByteArray("unionId=..%2F..%2Fv1.0%2Foauth2%2FaccessToken");
    QTest::newRow("query and fragment")
        << QStringLiteral("a?b=c#d") << QByteArray("/v2.0/doc/task/info/a%3Fb%3Dc%23d")
        << QByteArray("unionId=a%3Fb%3Dc%23d");
    QTest::newRow("plus percent space")
        << QStringLiteral("a+b %20") << QByteArray("/v2.0/doc/task/info/a%2Bb%20%2520")
        << QByteArray("unionId=a%2Bb%20%2520");
    QTest::newRow("ampersand") << QStringLiteral("x&task_id=y")
                               << QByteArray("/v2.0/doc/task/info/x%26task_id%3Dy")
                               << QByteArray("unionId=x%26task_id%3Dy");
    QTest::newRow("chinese") << QStringLiteral("任务1")
                             << QByteArray("/v2.0/doc/task/info/%E4%BB%BB%E5%8A%A11")
                             << QByteArray("unionId=%E4%BB%BB%E5%8A%A11");
}

void tst_EndpointUrl::idsCannotChangeTheEndpoint()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, encodedPath);
    QFETCH(QByteArray, encodedQuery);

    const QUrl url = EndpointUrl::build(QStringLiteral("https://api.dingtalk.com/"),
                                        QStringLiteral("/v2.0/doc/task/info"), {id},
                                        {{QStringLiteral("unionId"), id}});
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), QStringLiteral("api.dingtalk.com"));
    QCOMPARE(url.path(QUrl::FullyEncoded).toUtf8(), encodedPath);
    QCOMPARE(url.query(QUrl::FullyEncoded).toUtf8(), encodedQuery);
    QVERIFY(!url.hasFragment());
    const QUrlQuery query(url);
    QCOMPARE(query.queryItems().size(), 1);
    QCOMPARE(query.queryItemValue(QStringLiteral("unionId"), QUrl::FullyDecoded), id);
}

void tst_EndpointUrl::baseUrlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https feishu") << QStringLiteral("https://open.feishu.cn/x") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080/x") << true;
    QTest::newRow("http loopback range") << QStringLiteral("http://127.3.4.5/x") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:1/x") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:9/x") << true;
    QTest::newRow("http remote") << QStringLiteral("http://open.feishu.cn/x") << false;
    QTest::newRow("http private") << QStringLiteral("http://192.168.1.2/x") << false;
    QTest::newRow("http localhost lookalike")
        << QStringLiteral("http://localhost.example.com/x") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/x") << false;
    QTest::newRow("no host") << QStringLiteral("https:///x") << false;
}

void tst_EndpointUrl::baseUrlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const auto problem = BaseUrlPolicy::check(QUrl(url));
    QCOMPARE(!problem.has_value(), allowed);
    if (problem) {
        QCOMPARE(problem->category, ApiError::Category::Configuration);
        QVERIFY(!problem->message.isEmpty());
        QVERIFY(!problem->hint.isEmpty());
    }
}

QTEST_APPLESS_MAIN(tst_EndpointUrl)
#include "tst_endpointurl.moc"
