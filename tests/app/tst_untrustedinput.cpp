#include "models/paste/PasteParser.h"
#include "network/clients/EndpointUrl.h"
#include "network/transport/BaseUrlPolicy.h"

#include <QTest>
#include <QUrl>

// Fixes from the untrusted-input audit: base URLs that carry credentials or a fragment are
// refused before anything is sent, ids stay inside their path segment, and a paste of any
// size costs a bounded amount of work.
class tst_UntrustedInput final : public QObject
{
    Q_OBJECT

private slots:
    void baseUrls_data();
    void baseUrls();
    void idsStayInTheirSegment_data();
    void idsStayInTheirSegment();
    void hugePasteIsReadUpToTheBound_data();
    void hugePasteIsReadUpToTheBound();
};

void tst_UntrustedInput::baseUrls_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://open.feishu.cn") << true;
    QTest::newRow("http to loopback") << QStringLiteral("http://127.0.0.1:8600") << true;
    QTest::newRow("http elsewhere") << QStringLiteral("http://open.feishu.cn") << false;
    QTest::newRow("user and password")
        << QStringLiteral("https://admin:pw@open.feishu.cn") << false;
    QTest::newRow("user only") << QStringLiteral("https://admin@api.dingtalk.com") << false;
    QTest::newRow("fragment swallows the path")
        << QStringLiteral("https://open.feishu.cn/#") << false;
    QTest::newRow("loopback with user") << QStringLiteral("http://x:y@127.0.0.1:1") << false;
}

void tst_UntrustedInput::baseUrls()
{
    QFETCH(QString, baseUrl);
    QFETCH(bool, accepted);
    const QUrl url = EndpointUrl::build(baseUrl, QStringLiteral("/open-apis/contact/v2/task/get"),
                                        {}, {{QStringLiteral("task_id"), QStringLiteral("abc")}});
    const std::optional<ApiError> problem = BaseUrlPolicy::check(url);
    QCOMPARE(!problem.has_value(), accepted);
    if (problem) {
        // The refusal never repeats the credentials it refused.
        QVERIFY2(!problem->message.contains(QLatin1String("pw")) &&
                     !problem->message.contains(QLatin1String("x:y")),
                 qPrintable(problem->message));
    }
}

void tst_UntrustedInput::idsStayInTheirSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("dot segments") << QStringLiteral("../../v1.0/oauth2/accessToken");
    QTest::newRow("query and fragment") << QStringLiteral("a?unionId=x#y");
    QTest::newRow("encoded slash") << QStringLiteral("a%2Fb");
    QTest::newRow("spaces and plus") << QStringLiteral("a b+c");
    QTest::newRow("newline") << QStringLiteral("a\r\nHost: evil");
}

void tst_UntrustedInput::idsStayInTheirSegment()
{
    QFETCH(QString, id);
    const QUrl url = EndpointUrl::build(QStringLiteral("https://api.dingtalk.com"),
                                        QStringLiteral("/v2.0/doc/task/info"), {id}, {});
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), QStringLiteral("api.dingtalk.com"));
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
    const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    QVERIFY(path.startsWith("/v2.0/doc/task/info/"));
    const QByteArray segment = path.mid(qstrlen("/v2.0/doc/task/info/"));
    QVERIFY2(!segment.contains('/'), path.constData());
    QCOMPARE(QUrl::fromPercentEncoding(segment), id);
}

void tst_UntrustedInput::hugePasteIsReadUpToTheBound_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<bool>("cut");
    QTest::newRow("ordinary") << qsizetype(4096) << false;
    QTest::newRow("past the bound") << PasteParser::kLongestPaste + 4096 << true;
}

void tst_UntrustedInput::hugePasteIsReadUpToTheBound()
{
    QFETCH(qsizetype, size);
    QFETCH(bool, cut);
    const QString line = QStringLiteral("0123456789abcdef0123456789abcdef\n");
    QString paste;
    paste.reserve(size);
    while (paste.size() + line.size() <= size)
        paste += line;
    paste += QString(size - paste.size(), QLatin1Char(' '));
    QCOMPARE(paste.size(), size);
    const PasteResult result = PasteParser().parse(paste);
    QCOMPARE(result.cut, cut);
    QVERIFY(!result.items.isEmpty());
}

QTEST_GUILESS_MAIN(tst_UntrustedInput)
#include "tst_untrustedinput.moc"
