#include "OpenPlatformSimulator.h"
#include "support/HttpTestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

// What arrives on the wire: percent-encoded ids, chunked bodies, raw sockets, request records.
class TestSimulatorWire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void idsArriveIntact_data();
    void idsArriveIntact();
    void unencodedSlashCannotChangeTheEndpoint();
    void plusInAQueryIsASpace();
    void requestIsRecorded();
    void chunkedPostBody_data();
    void chunkedPostBody();
    void pipelinedAnswersKeepTheirOrder();
    void connectionCloseIsHonoured();
    void unknownPath();
    void listenRefusesNonLoopback();

private:
    QByteArray rawExchange(const QByteArray &request, int expectedResponses, int timeoutMs = 5000);

    OpenPlatformSimulator m_sim;
    std::unique_ptr<HttpTestClient> m_client;
    QString m_feishu;
    QString m_dingTalk;
};

void TestSimulatorWire::initTestCase()
{
    m_sim.useManualClock(0);
    QVERIFY(m_sim.listen(QHostAddress::LocalHost, 0) != 0);
    m_client = std::make_unique<HttpTestClient>(m_sim.baseUrl());
}

void TestSimulatorWire::init()
{
    m_sim.clear();
    for (const SimEndpoint e : SimEndpoints::all())
        m_sim.setRateLimit(e, 0);
    m_sim.addFeishuApp(QStringLiteral("cli_a"), QStringLiteral("s"));
    m_sim.addDingTalkApp(QStringLiteral("dk"), QStringLiteral("s"));
    m_feishu = m_sim.issueToken(SimFamily::Feishu, QStringLiteral("cli_a"));
    m_dingTalk = m_sim.issueToken(SimFamily::DingTalk, QStringLiteral("dk"));
}

void TestSimulatorWire::idsArriveIntact_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("question and hash") << QStringLiteral("q?x=1#frag");
    QTest::newRow("percent") << QStringLiteral("100%25done%");
    QTest::newRow("plus and space") << QStringLiteral("a+b c");
    QTest::newRow("non-ASCII") << QStringLiteral("任务-タスク-é");
    QTest::newRow("ampersand equals") << QStringLiteral("k=v&x");
    QTest::newRow("dots") << QStringLiteral("../..");
    QTest::newRow("all") << QStringLiteral("/?#%+ 任务&=");
}

void TestSimulatorWire::idsArriveIntact()
{
    QFETCH(QString, id);
    for (const SimTaskKind kind : {SimTaskKind::FeishuContact, SimTaskKind::FeishuDrive,
                                   SimTaskKind::DingTalkStorage, SimTaskKind::DingTalkDoc})
        m_sim.addTask(SimTask{kind, id, {}, 0, {}, {}, false});
    const QByteArray encoded = QUrl::toPercentEncoding(id);
    const QList<HttpResult> answers = {
        m_client->get("/open-apis/contact/v2/task/get?task_id=" + encoded,
                      HttpTestClient::bearer(m_feishu)),
        m_client->get("/open-apis/drive/v1/files/task_check?task_id=" + encoded,
                      HttpTestClient::bearer(m_feishu)),
        m_client->get("/v1.0/storage/tasks/" + encoded + "?unionId=u",
                      HttpTestClient::dingTalk(m_dingTalk)),
        m_client->get("/v2.0/doc/task/info/" + encoded, HttpTestClient::dingTalk(m_dingTalk)),
    };
    for (const HttpResult &r : answers)
        QVERIFY2(r.status == 200, r.body.constData());
    const QList<RecordedRequest> recent = m_sim.recentRequests();
    QCOMPARE(recent.size(), 4);
    for (const RecordedRequest &r : recent)
        QCOMPARE(r.taskId, id);
    QCOMPARE(answers.at(0)
                 .json()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("task_id"))
                 .toString(),
             id);
    QCOMPARE(answers.at(2)
                 .json()
                 .value(QLatin1String("task"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             id);
    QCOMPARE(answers.at(3).json().value(QLatin1String("taskId")).toString(), id);
}

void TestSimulatorWire::unencodedSlashCannotChangeTheEndpoint()
{
    m_sim.addTask(SimTask{SimTaskKind::DingTalkDoc, QStringLiteral("a/b"), {}, 0, {}, {}, false});
    const HttpResult r =
        m_client->get("/v2.0/doc/task/info/a/b", HttpTestClient::dingTalk(m_dingTalk));
    // The DingTalk gateway's answer to a path it does not serve: HTTP 200 with an errcode.
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("errcode")).toInt(), 404);
    QCOMPARE(m_sim.recentRequests().last().endpoint, QStringLiteral("unknown"));
}

void TestSimulatorWire::plusInAQueryIsASpace()
{
    m_sim.addTask(SimTask{SimTaskKind::FeishuDrive, QStringLiteral("a b"), {}, 0, {}, {}, false});
    QCOMPARE(m_client
                 ->get("/open-apis/drive/v1/files/task_check?task_id=a+b",
                       HttpTestClient::bearer(m_feishu))
                 .status,
             200);
    QCOMPARE(m_sim.recentRequests().last().taskId, QStringLiteral("a b"));
}

void TestSimulatorWire::requestIsRecorded()
{
    const QByteArray body =
        R"({"commit_start_time":1,"commit_end_time":2,"page_token":"","page_size":3})";
    m_client->post("/open-apis/report/v1/tasks/query?user_id_type=union_id&x=%E4%BB%BB", body,
                   HttpTestClient::bearer(m_feishu));
    const RecordedRequest r = m_sim.recentRequests().last();
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    QCOMPARE(r.path, QStringLiteral("/open-apis/report/v1/tasks/query"));
    QCOMPARE(r.queryItems.size(), 2);
    QCOMPARE(r.queryItems.at(0),
             (QPair<QString, QString>(QStringLiteral("user_id_type"), QStringLiteral("union_id"))));
    QCOMPARE(r.queryItems.at(1).second, QStringLiteral("任"));
    QCOMPARE(r.body, body);
    QCOMPARE(r.account, QStringLiteral("cli_a"));
    QCOMPARE(r.status, 200);
    bool sawAuthorization = false;
    for (const auto &h : r.headers)
        sawAuthorization |= h.first.compare("authorization", Qt::CaseInsensitive) == 0;
    QVERIFY(sawAuthorization);
}

QByteArray TestSimulatorWire::rawExchange(const QByteArray &request, int expectedResponses,
                                          int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sim.port());
    if (!socket.waitForConnected(timeoutMs))
        return {};
    // Sent in pieces so the server must reassemble them.
    const qsizetype half = request.size() / 2;
    socket.write(request.left(half));
    socket.flush();
    QTest::qWait(50);
    socket.write(request.mid(half));
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (received.count("HTTP/1.1 ") < expectedResponses && timer.elapsed() < timeoutMs) {
        QTest::qWait(20);
        received += socket.readAll();
    }
    QTest::qWait(50);
    received += socket.readAll();
    return received;
}

void TestSimulatorWire::chunkedPostBody_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expect");
    QTest::newRow("dingtalk token")
        << QByteArray("/v1.0/oauth2/accessToken")
        << QByteArray(R"({"appKey":"dk","appSecret":"s"})") << QByteArray(R"("expireIn":7200)");
    QTest::newRow("feishu token") << QByteArray("/open-apis/auth/v3/tenant_access_token/internal")
                                  << QByteArray(R"({"app_id":"cli_a","app_secret":"s"})")
                                  << QByteArray(R"("expire":7200)");
}

void TestSimulatorWire::chunkedPostBody()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expect);
    QByteArray chunks;
    for (qsizetype i = 0; i < json.size(); i += 7) {
        const QByteArray piece = json.mid(i, 7);
        chunks += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    chunks += "0\r\n\r\n";
    const QByteArray request = "POST " + path +
                               " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Content-Type: application/json; charset=utf-8\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n" +
                               chunks;
    const QByteArray answer = rawExchange(request, 1);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.contains(expect));
    QCOMPARE(m_sim.recentRequests().last().body, json);
}

void TestSimulatorWire::pipelinedAnswersKeepTheirOrder()
{
    m_sim.addTask(SimTask{SimTaskKind::DingTalkDoc, QStringLiteral("first"), {}, 0, {}, {}, false});
    m_sim.addTask(
        SimTask{SimTaskKind::DingTalkDoc, QStringLiteral("second"), {}, 0, {}, {}, false});
    SimFault slow;
    slow.kind = SimFault::Kind::Delay;
    slow.delayMs = 300;
    slow.taskId = QStringLiteral("first");
    m_sim.addFault(slow);
    const QByteArray token = m_dingTalk.toLatin1();
    const QByteArray request =
        "GET /v2.0/doc/task/info/first HTTP/1.1\r\nHost: x\r\nx-acs-dingtalk-access-token: " +
        token +
        "\r\n\r\nGET /v2.0/doc/task/info/second HTTP/1.1\r\nHost: x\r\n"
        "x-acs-dingtalk-access-token: " +
        token + "\r\n\r\n";
    const QByteArray answer = rawExchange(request, 2);
    const qsizetype first = answer.indexOf(R"("taskId":"first")");
    const qsizetype second = answer.indexOf(R"("taskId":"second")");
    QVERIFY2(first >= 0 && second > first, answer.constData());
}

void TestSimulatorWire::connectionCloseIsHonoured()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sim.port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write("GET /v2.0/doc/task/info/zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 3000);
    const QByteArray answer = socket.readAll();
    QVERIFY(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"));
    QVERIFY(answer.contains("Connection: close\r\n"));
}

void TestSimulatorWire::unknownPath()
{
    const HttpResult r = m_client->get("/open-apis/contact/v3/nothing");
    QCOMPARE(r.status, 404);
    QCOMPARE(m_client->post("/open-apis/drive/v1/files/task_check?task_id=x", "{}").status, 404);
}

void TestSimulatorWire::listenRefusesNonLoopback()
{
    OpenPlatformSimulator other;
    QCOMPARE(other.listen(QHostAddress::Any, 0), quint16(0));
    QVERIFY(other.listen(QHostAddress::LocalHost, 0) != 0);
}

QTEST_GUILESS_MAIN(TestSimulatorWire)
#include "tst_simulator_wire.moc"
