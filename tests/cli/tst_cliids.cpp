#include "CliHarness.h"

#include <QJsonArray>

using namespace CliHarness;

namespace {

const QString kSpecialId = QStringLiteral("a/b?c#d%e+f g 任务");

QJsonObject onlyTask(const Run &r)
{
    const QJsonArray tasks = r.json().value(QStringLiteral("tasks")).toArray();
    return tasks.size() == 1 ? tasks.first().toObject() : QJsonObject();
}

// The ids the simulator received for one endpoint, as it decoded them from the request.
QStringList receivedIds(const Simulator &sim, const QString &endpoint)
{
    QStringList ids;
    const QJsonArray requests =
        sim.get(QStringLiteral("/_simulator/requests")).value(QStringLiteral("requests")).toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        if (request.value(QStringLiteral("endpoint")).toString() == endpoint)
            ids << request.value(QStringLiteral("task_id")).toString();
    }
    return ids;
}

} // namespace

// Ids and URLs as a new user gives them: an id with an explicit kind is taken as written and
// arrives intact in its one path segment or query value; a platform URL is known by its path
// on any host, whatever its id looks like.
class tst_CliIds final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void explicitKindTakesIdAsWritten_data();
    void explicitKindTakesIdAsWritten();
    void urlsOnAnyHost_data();
    void urlsOnAnyHost();
    void usageErrors_data();
    void usageErrors();
    void textOfSeveralLinesIsStillSearched();

private:
    std::unique_ptr<Simulator> m_sim;
};

void tst_CliIds::initTestCase()
{
    m_sim = std::make_unique<Simulator>();
    QVERIFY2(!m_sim->url.isEmpty(), "the simulator did not start");
}

void tst_CliIds::explicitKindTakesIdAsWritten_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("argument");

    // Query value (Feishu) and path segment (DingTalk), each with / ? # % + space and CJK.
    QTest::newRow("feishu-contact, query value")
        << QStringLiteral("feishu-contact") << QStringLiteral("feishu.contact") << kSpecialId;
    QTest::newRow("feishu-drive, query value, surrounding spaces trimmed")
        << QStringLiteral("feishu-drive") << QStringLiteral("feishu.drive")
        << QStringLiteral("  ") + kSpecialId + QStringLiteral("\t");
    QTest::newRow("dingtalk-doc, path segment")
        << QStringLiteral("dingtalk-doc") << QStringLiteral("dingtalk.doc") << kSpecialId;
    QTest::newRow("dingtalk-storage, path segment")
        << QStringLiteral("dingtalk-storage") << QStringLiteral("dingtalk.storage") << kSpecialId;
}

void tst_CliIds::explicitKindTakesIdAsWritten()
{
    QFETCH(QString, kind);
    QFETCH(QString, endpoint);
    QFETCH(QString, argument);
    const bool dingTalk = kind.startsWith(QLatin1String("dingtalk"));
    const QStringList more{QStringLiteral("--kind=") + kind, QStringLiteral("--union-id=u1"),
                           argument};
    const Run r = dingTalk ? run(dingtalk(*m_sim, more), environment(kDingTalkSecret))
                           : run(feishu(*m_sim, more));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject task = onlyTask(r);
    QCOMPARE(task.value(QStringLiteral("task_id")).toString(), kSpecialId);
    QCOMPARE(task.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QVERIFY(receivedIds(*m_sim, endpoint).contains(kSpecialId));
}

void tst_CliIds::urlsOnAnyHost_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<QString>("kind");

    QTest::newRow("storage on loopback, short id, unionId from the URL")
        << QStringLiteral("dingtalk") << QStringLiteral("%1/v1.0/storage/tasks/url-st?unionId=u1")
        << QStringLiteral("url-st") << QStringLiteral("dingtalk-storage");
    QTest::newRow("doc on the international DingTalk host")
        << QStringLiteral("dingtalk")
        << QStringLiteral("https://api.dingtalk.io/v2.0/doc/task/info/doc-x")
        << QStringLiteral("doc-x") << QStringLiteral("dingtalk-doc");
    QTest::newRow("drive on Lark, id without digits")
        << QStringLiteral("feishu")
        << QStringLiteral(
               "https://open.larksuite.com/open-apis/drive/v1/files/task_check?task_id=abc")
        << QStringLiteral("abc") << QStringLiteral("feishu-drive");
    QTest::newRow("contact on a company gateway, encoded id")
        << QStringLiteral("feishu")
        << QStringLiteral("https://gateway.example.com/open-apis/contact/v2/task/get?task_id=") +
               QString::fromLatin1(QUrl::toPercentEncoding(kSpecialId))
        << kSpecialId << QStringLiteral("feishu-contact");
}

void tst_CliIds::urlsOnAnyHost()
{
    QFETCH(QString, platform);
    QFETCH(QString, url);
    QFETCH(QString, taskId);
    QFETCH(QString, kind);
    const QString argument = url.contains(QLatin1String("%1")) ? url.arg(m_sim->url) : url;
    const Run r = platform == QLatin1String("dingtalk")
                      ? run(dingtalk(*m_sim, {argument}), environment(kDingTalkSecret))
                      : run(feishu(*m_sim, {argument}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject task = onlyTask(r);
    QCOMPARE(task.value(QStringLiteral("task_id")).toString(), taskId);
    QCOMPARE(task.value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(task.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
}

void tst_CliIds::usageErrors_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty after trimming")
        << QStringLiteral("   ") << QStringLiteral("TASK is empty");
    QTest::newRow("longer than the platforms allow")
        << QString(300, QLatin1Char('x')) << QStringLiteral("longer than any task id");
}

void tst_CliIds::usageErrors()
{
    QFETCH(QString, argument);
    QFETCH(QString, message);
    const Run r = run(feishu(*m_sim, {QStringLiteral("--kind=feishu-drive"), argument}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void tst_CliIds::textOfSeveralLinesIsStillSearched()
{
    // A script's whole output given with --kind: the ids are found in it, the prose is not
    // taken for ids.
    const QString log = QStringLiteral("starting the move\n"
                                       "2026-12-01 10:00:01 INFO task_id: 7000000000000000001\n"
                                       "done in 3 s\n");
    const Run r = run(feishu(*m_sim, {QStringLiteral("--kind=feishu-drive"), log}));
    QCOMPARE(r.exitCode, 1); // that task failed
    const QJsonObject task = onlyTask(r);
    QCOMPARE(task.value(QStringLiteral("task_id")).toString(),
             QStringLiteral("7000000000000000001"));
    QCOMPARE(task.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
}

QTEST_GUILESS_MAIN(tst_CliIds)
#include "tst_cliids.moc"
