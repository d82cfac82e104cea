#include "models/domain/Clock.h"
#include "network/transport/ApiCall.h"
#include "network/transport/ApiTransport.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

// An answer reaches its attempt byte for byte, whatever its size and framing: ApiCall takes a
// large one in slice by slice while it arrives and after the reply has ended. The answers come
// over a real socket from a raw HTTP server in the test, which controls the framing (a
// Content-Length or chunks) and how the bytes are paced, as the simulator cannot.
class tst_AnswerBody final : public QObject
{
    Q_OBJECT

public:
    enum class Framing { ContentLength, Chunked };
    Q_ENUM(Framing)

private slots:
    void arrivesWhole_data();
    void arrivesWhole();
    void cutShortIsAnErrorWithTheBytesRead();
};

namespace {

// Bytes that differ from slice to slice, so a slice lost, repeated or swapped shows.
QByteArray patternedBody(qsizetype size)
{
    QByteArray body(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        body[i] = char('a' + (i * 7 + i / 4093) % 26);
    return body;
}

// Answers every request on its socket with `body`, written in pieces of `pieceBytes` on
// successive turns of the event loop; with `cutAfter`, closes the connection after that many
// bytes of the body.
class RawHttpServer final : public QObject
{
public:
    RawHttpServer(QByteArray body, tst_AnswerBody::Framing framing, qsizetype pieceBytes,
                  std::optional<qsizetype> cutAfter = std::nullopt)
        : m_body(std::move(body))
        , m_framing(framing)
        , m_pieceBytes(pieceBytes)
        , m_cutAfter(cutAfter)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/answer").arg(m_server.serverPort()));
    }

private:
    void answer(QTcpSocket *socket)
    {
        if (!socket->readAll().contains("\r\n\r\n"))
            return; // the whole request is one small packet on loopback
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        head += m_framing == tst_AnswerBody::Framing::ContentLength
                    ? "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n"
                    : QByteArray("Transfer-Encoding: chunked\r\n");
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        writeFrom(QPointer<QTcpSocket>(socket), 0);
    }

    void writeFrom(QPointer<QTcpSocket> socket, qsizetype at)
    {
        if (!socket)
            return;
        const qsizetype end = std::min(m_body.size(), m_cutAfter.value_or(m_body.size()));
        const qsizetype size = std::min(m_pieceBytes, end - at);
        if (size > 0) {
            const QByteArray piece = m_body.mid(at, size);
            if (m_framing == tst_AnswerBody::Framing::Chunked)
                socket->write(QByteArray::number(size, 16) + "\r\n" + piece + "\r\n");
            else
                socket->write(piece);
        }
        if (at + size < end) {
            QMetaObject::invokeMethod(
                this, [this, socket, next = at + size] { writeFrom(socket, next); },
                Qt::QueuedConnection);
            return;
        }
        if (!m_cutAfter && m_framing == tst_AnswerBody::Framing::Chunked)
            socket->write("0\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_body;
    tst_AnswerBody::Framing m_framing;
    qsizetype m_pieceBytes;
    std::optional<qsizetype> m_cutAfter;
};

struct CallOutcome
{
    bool done = false;
    std::optional<ApiError> error;
    QByteArray body; // as the attempt saw it
};

// One unauthenticated GET through a real transport, waited for.
CallOutcome fetch(const QUrl &url)
{
    QNetworkAccessManager network;
    SystemClock clock;
    ApiTransport transport(network, clock);
    RetryPolicy once;
    once.maxTransientAttempts = 1; // a cut answer is reported, not asked again
    transport.setRetryPolicy(once);
    ApiRequestSpec spec;
    spec.accountId = QStringLiteral("acme");
    spec.endpoint = ApiEndpoint::FeishuContactTask;
    spec.url = url;
    spec.context = QStringLiteral("Fetching a test answer");
    auto outcome = std::make_shared<CallOutcome>();
    auto seen = std::make_shared<QByteArray>();
    transport.send(
        spec, nullptr,
        [seen](const HttpResponse &response) -> std::optional<ApiError> {
            *seen = response.body; // on a worker thread for a large answer
            return std::nullopt;
        },
        [outcome, seen](const std::optional<ApiError> &error) {
            outcome->done = true;
            outcome->error = error;
            outcome->body = *seen;
        });
    if (!QTest::qWaitFor([&] { return outcome->done; }, 30000))
        return {};
    return *outcome;
}

} // namespace

void tst_AnswerBody::arrivesWhole_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<Framing>("framing");
    QTest::addColumn<qsizetype>("pieceBytes");
    const qsizetype judged = ApiCall::kWorkerJudgedBytes;
    const qsizetype slice = ApiCall::kReadSliceBytes;
    for (const Framing framing : {Framing::ContentLength, Framing::Chunked}) {
        const char *name = framing == Framing::ContentLength ? "length" : "chunked";
        const auto row = [&](const char *what, qsizetype size, qsizetype piece) {
            QTest::addRow("%s, %s", name, what) << size << framing << piece;
        };
        row("empty", 0, 4096);
        row("small", 900, 4096);
        row("just under the worker size", judged - 1, 64 * 1024);
        row("the worker size", judged, 64 * 1024);
        row("a slice and a byte, in one write", slice + 1, slice + 1);
        row("6 MB and 3 bytes, in one write", 6 * 1024 * 1024 + 3, 6 * 1024 * 1024 + 3);
        row("6 MB and 3 bytes, in 100 KB writes", 6 * 1024 * 1024 + 3, 100 * 1024);
    }
}

void tst_AnswerBody::arrivesWhole()
{
    QFETCH(qsizetype, size);
    QFETCH(Framing, framing);
    QFETCH(qsizetype, pieceBytes);
    const QByteArray body = patternedBody(size);
    RawHttpServer server(body, framing, pieceBytes);
    QVERIFY(server.listen());
    const CallOutcome outcome = fetch(server.url());
    QVERIFY2(outcome.done, "the call did not finish");
    QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(outcome.body.size(), body.size());
    QVERIFY2(outcome.body == body, "the body arrived with other bytes");
    // Kept at its size: the raw answer waits for the store, thousands at a time.
    QCOMPARE(outcome.body.capacity(), outcome.body.size());
}

void tst_AnswerBody::cutShortIsAnErrorWithTheBytesRead()
{
    const QByteArray body = patternedBody(3 * 1024 * 1024);
    const qsizetype cut = 2 * 1024 * 1024 + 5;
    RawHttpServer server(body, Framing::ContentLength, 256 * 1024, cut);
    QVERIFY(server.listen());
    const CallOutcome outcome = fetch(server.url());
    QVERIFY2(outcome.done, "the call did not finish");
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->category, ApiError::Category::Network);
    QVERIFY2(outcome.error->message.contains(QStringLiteral("closed before the whole answer")),
             qPrintable(outcome.error->message));
    // Every byte that came is counted, the part taken in slices and the rest.
    QVERIFY2(outcome.error->message.contains(QString::number(cut)),
             qPrintable(outcome.error->message));
}

QTEST_GUILESS_MAIN(tst_AnswerBody)
#include "tst_answerbody.moc"
