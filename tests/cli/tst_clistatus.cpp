#include "CliHarness.h"

#include "models/persistence/WatchListDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace CliHarness;

// `status` end to end: every output format, the exit-status matrix and the usage errors.
class tst_CliStatus final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonHasEveryKey();
    void exitStatus_data();
    void exitStatus();
    void usageErrors_data();
    void usageErrors();
    void csvTaskRows();
    void csvSubtasksFailedOnly();
    void tableIsAligned();
    void outputFile();
    void dingTalkTasks();
    void pastedTextAndUrls();
    void requestTimeoutIsApplied();
    void dingTalkErrcodeIsAnError();
    void helpAndVersion();
    void savedAccountWithoutKeychain();

private:
    std::unique_ptr<Simulator> m_sim;
};

namespace {

const QString kOk = QStringLiteral("c0ffee00000000000000000000000001");
const QString kPartial = QStringLiteral("c0ffee00000000000000000000000002");
const QString kRunning = QStringLiteral("c0ffee00000000000000000000000003");

QString contactUrl(const QString &id)
{
    return QStringLiteral("https://open.feishu.cn/open-apis/contact/v2/task/get?task_id=") + id;
}

QStringList drive(const QStringList &ids)
{
    return QStringList{QStringLiteral("--kind"), QStringLiteral("feishu-drive")} + ids;
}

} // namespace

void tst_CliStatus::initTestCase()
{
    m_sim = std::make_unique<Simulator>();
    QVERIFY(m_sim->url.startsWith(QLatin1String("http://127.0.0.1:")));
}

void tst_CliStatus::jsonHasEveryKey()
{
    const Run r = run(feishu(*m_sim, {QStringLiteral("--subtasks"), contactUrl(kPartial),
                                      contactUrl(kOk), contactUrl(kPartial)}));
    QCOMPARE(r.exitCode, 1);
    const QJsonArray tasks = r.json().value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 3); // argument order, duplicates kept
    const QJsonObject partial = tasks[0].toObject();
    QCOMPARE(tasks[1].toObject().value(QStringLiteral("task_id")).toString(), kOk);
    QCOMPARE(tasks[2].toObject().value(QStringLiteral("task_id")).toString(), kPartial);
    for (const char *key :
         {"kind", "task_id", "state", "raw_status", "type", "progress", "total", "succeeded",
          "failed", "created_at", "finished_at", "message", "error", "subtasks"})
        QVERIFY2(partial.contains(QLatin1String(key)), key);
    QCOMPARE(partial.value(QStringLiteral("kind")).toString(), QStringLiteral("feishu-contact"));
    QCOMPARE(partial.value(QStringLiteral("state")).toString(), QStringLiteral("partially_failed"));
    QCOMPARE(partial.value(QStringLiteral("raw_status")).toString(), QStringLiteral("9"));
    QCOMPARE(partial.value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(partial.value(QStringLiteral("failed")).toInt(), 2);
    QCOMPARE(partial.value(QStringLiteral("progress")).toDouble(), 100.0);
    QVERIFY(partial.value(QStringLiteral("error")).isNull());
    QVERIFY(partial.value(QStringLiteral("message")).isNull());
    QVERIFY(partial.value(QStringLiteral("finished_at")).toString().endsWith(QLatin1Char('Z')));
    const QJsonArray rows = partial.value(QStringLiteral("subtasks")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("张伟"));
    QCOMPARE(rows[0].toObject().value(QStringLiteral("department_ids")).toArray().size(), 2);
    QCOMPARE(rows[1].toObject().value(QStringLiteral("code")).toInteger(), 10013);
    QVERIFY(r.err.contains(kPartial.toUtf8()));
    QVERIFY(r.err.contains("partially_failed"));

    // Without --subtasks there is no subtasks key; a drive task has no progress: null, not 0.
    const Run d = run(feishu(*m_sim, drive({QStringLiteral("7000000000000000002")})));
    QCOMPARE(d.exitCode, 0);
    const QJsonObject running = d.json().value(QStringLiteral("tasks")).toArray()[0].toObject();
    QVERIFY(!running.contains(QStringLiteral("subtasks")));
    QCOMPARE(running.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QVERIFY(running.value(QStringLiteral("progress")).isNull());
    QCOMPARE(running.value(QStringLiteral("task_id")).toString(),
             QStringLiteral("7000000000000000002"));
}

void tst_CliStatus::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("expected");
    const QString secret = kFeishuSecret;
    const QString wait = QStringLiteral("--wait");
    const QString interval = QStringLiteral("--interval=0.2");
    const QString timeout = QStringLiteral("--timeout=1");
    QTest::newRow("all succeeded") << QStringList{contactUrl(kOk)} << secret << 0;
    QTest::newRow("running, no wait") << QStringList{contactUrl(kRunning)} << secret << 0;
    QTest::newRow("partially failed") << QStringList{contactUrl(kPartial)} << secret << 1;
    QTest::newRow("failed") << drive({QStringLiteral("7000000000000000001")}) << secret << 1;
    QTest::newRow("not found") << drive({QStringLiteral("7999999999999999999")}) << secret << 3;
    QTest::newRow("not found beats failed")
        << drive({QStringLiteral("7000000000000000001"), QStringLiteral("7999999999999999999")})
        << secret << 3;
    QTest::newRow("wrong secret") << QStringList{contactUrl(kOk)} << QStringLiteral("wrong!!") << 3;
    QTest::newRow("usage beats everything")
        << QStringList{QStringLiteral("--format=xml"), contactUrl(kOk)} << secret << 2;
    QTest::newRow("wait: succeeded") << QStringList{wait, interval, contactUrl(kOk)} +
                                            drive({QStringLiteral("7000000000000000011")})
                                     << secret << 0;
    QTest::newRow("wait: failed") << QStringList{wait, interval} +
                                         drive({QStringLiteral("7000000000000000001")})
                                  << secret << 1;
    QTest::newRow("wait: timed out")
        << QStringList{wait, interval, timeout} + drive({QStringLiteral("7000000000000000002")})
        << secret << 4;
    QTest::newRow("wait: failed beats timed out")
        << QStringList{wait, interval, timeout} +
               drive({QStringLiteral("7000000000000000002"), QStringLiteral("7000000000000000001")})
        << secret << 1;
    QTest::newRow("wait: not found beats timed out")
        << QStringList{wait, interval, timeout} +
               drive({QStringLiteral("7000000000000000002"), QStringLiteral("7999999999999999999")})
        << secret << 3;
}

void tst_CliStatus::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, secret);
    QFETCH(int, expected);
    const Run r = run(feishu(*m_sim, arguments), environment(secret));
    QVERIFY2(r.exitCode == expected, r.err.constData());
    if (expected == 3)
        QVERIFY(r.err.contains("request id"));
}

void tst_CliStatus::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withSimulator"); // prefix the usual feishu connection
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *name, const QStringList &args, bool sim, const char *text) {
        QTest::newRow(name) << args << sim << QString::fromUtf8(text);
    };
    row("no command", {}, false, "no command");
    row("unknown command", {QStringLiteral("frobnicate")}, false, "frobnicate");
    row("unknown option", {QStringLiteral("--colour")}, true, "colour");
    row("secret on the command line", {QStringLiteral("--app-secret=abc")}, true, "app-secret");
    row("no task", {}, true, "TASK");
    row("bare id without kind", {QStringLiteral("7000000000000000001")}, true, "--kind");
    row("bad kind", {QStringLiteral("--kind=feishu-nope"), QStringLiteral("x1")}, true, "--kind");
    row("bad format", {QStringLiteral("--format=xml"), contactUrl(kOk)}, true, "--format");
    row("bad interval",
        {QStringLiteral("--wait"), QStringLiteral("--interval=-1"), contactUrl(kOk)}, true,
        "--interval");
    row("bad timeout",
        {QStringLiteral("--wait"), QStringLiteral("--timeout=soon"), contactUrl(kOk)}, true,
        "--timeout");
    row("timeout without wait", {QStringLiteral("--timeout=3"), contactUrl(kOk)}, true, "--wait");
    row("bad request timeout", {QStringLiteral("--request-timeout=0"), contactUrl(kOk)}, true,
        "--request-timeout");
    row("kind does not fit platform",
        {QStringLiteral("--kind=dingtalk-doc"), QStringLiteral("copy-1")}, true, "--platform");
    row("reports option on status", {QStringLiteral("--rule-id=1"), contactUrl(kOk)}, true,
        "reports");
    row("no connection", {QStringLiteral("status"), contactUrl(kOk)}, false, "--platform");
    row("bad platform",
        {QStringLiteral("status"), QStringLiteral("--platform=wechat"), contactUrl(kOk)}, false,
        "--platform");
    row("no app id",
        {QStringLiteral("status"), QStringLiteral("--platform=feishu"), contactUrl(kOk)}, false,
        "--app-id");
    row("secret variable not set",
        {QStringLiteral("status"), QStringLiteral("--platform=feishu"),
         QStringLiteral("--app-id=cli_test_app"), QStringLiteral("--app-secret-env=TM_UNSET_VAR"),
         contactUrl(kOk)},
        false, "TM_UNSET_VAR");
    row("insecure base URL",
        {QStringLiteral("status"), QStringLiteral("--platform=feishu"),
         QStringLiteral("--base-url=http://open.feishu.cn"),
         QStringLiteral("--app-id=cli_test_app"), QStringLiteral("--app-secret-env=TM_TEST_SECRET"),
         contactUrl(kOk)},
        false, "--base-url");
    row("account with app id",
        {QStringLiteral("status"), QStringLiteral("--account=main"),
         QStringLiteral("--app-id=cli_test_app"), contactUrl(kOk)},
        false, "--app-id");
    row("storage without union id",
        {QStringLiteral("status"), QStringLiteral("--platform=dingtalk"),
         QStringLiteral("--app-id=ding_test_key"),
         QStringLiteral("--app-secret-env=TM_TEST_SECRET"),
         QStringLiteral("--kind=dingtalk-storage"), QStringLiteral("move-1")},
        false, "--union-id");
}

void tst_CliStatus::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withSimulator);
    QFETCH(QString, mentions);
    QStringList args = arguments;
    if (withSimulator)
        args = feishu(*m_sim, arguments);
    const qint64 before = m_sim->received(QStringLiteral("feishu.token"));
    const Run r = run(args);
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_sim->received(QStringLiteral("feishu.token")), before); // nothing was sent
}

void tst_CliStatus::csvTaskRows()
{
    const Run r = run(
        feishu(*m_sim, {QStringLiteral("--format=csv"), contactUrl(kOk), contactUrl(kPartial)}));
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines[0].startsWith("kind,task_id,state,raw_status,type,progress,total,succeeded"));
    QVERIFY(lines[1].startsWith("feishu-contact,c0ffee00000000000000000000000001,succeeded,9,"));
    QVERIFY(lines[2].contains(",partially_failed,"));
    QVERIFY(r.out.contains("\r\n"));
}

void tst_CliStatus::csvSubtasksFailedOnly()
{
    const Run all =
        run(feishu(*m_sim, {QStringLiteral("--format=csv"), QStringLiteral("--subtasks"),
                            contactUrl(kPartial), contactUrl(kOk)}));
    QCOMPARE(all.exitCode, 1);
    QCOMPARE(all.out.count("\r\n"), 1 + 3 + 1);
    QVERIFY(all.out.startsWith("task_id,"));
    QVERIFY(all.out.contains("张伟"));

    const Run failed = run(
        feishu(*m_sim, {QStringLiteral("--format=csv"), QStringLiteral("--subtasks"),
                        QStringLiteral("--failed-only"), contactUrl(kPartial), contactUrl(kOk)}));
    QCOMPARE(failed.out.count("\r\n"), 1 + 2);
    QVERIFY(!failed.out.contains("张伟"));
    QVERIFY(failed.out.contains("王芳"));
    QVERIFY(failed.out.contains("\"'=HYPERLINK(\"\"x\"\")\"")); // formula-safe, RFC 4180

    const Run json = run(
        feishu(*m_sim, {QStringLiteral("--failed-only"), contactUrl(kOk), contactUrl(kPartial)}));
    const QJsonArray tasks = json.json().value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks[0].toObject().value(QStringLiteral("task_id")).toString(), kPartial);
}

void tst_CliStatus::tableIsAligned()
{
    const Run r =
        run(feishu(*m_sim, {QStringLiteral("--format=table"), QStringLiteral("--subtasks"),
                            contactUrl(kOk), contactUrl(kPartial)}));
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
    QVERIFY(lines[0].startsWith(QLatin1String("KIND")));
    const qsizetype stateColumn = lines[0].indexOf(QLatin1String("STATE"));
    QCOMPARE(lines[1].indexOf(QLatin1String("succeeded")), stateColumn);
    QCOMPARE(lines[2].indexOf(QLatin1String("partially_failed")), stateColumn);
    QVERIFY(!r.out.contains("\x1b[")); // no colours when stdout is not a terminal
    QVERIFY(r.out.contains("张伟"));
}

void tst_CliStatus::outputFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("status.json"));
    const Run r = run(feishu(*m_sim, {QStringLiteral("--output"), path, contactUrl(kOk)}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(object.value(QStringLiteral("tasks")).toArray().size(), 1);

    const Run bad =
        run(feishu(*m_sim, {QStringLiteral("--output"),
                            dir.filePath(QStringLiteral("no/such/dir/x.json")), contactUrl(kOk)}));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("x.json"));
}

void tst_CliStatus::dingTalkTasks()
{
    const Run r = run(dingtalk(*m_sim, {QStringLiteral("--union-id=union-1"),
                                        QStringLiteral("--kind=dingtalk-storage"),
                                        QStringLiteral("move-1"), QStringLiteral("move-2")}),
                      environment(kDingTalkSecret));
    QCOMPARE(r.exitCode, 1);
    const QJsonArray tasks = r.json().value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks[0].toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("succeeded"));
    QCOMPARE(tasks[1].toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("failed"));
    QCOMPARE(tasks[1].toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("permissionDenied"));
    QVERIFY(r.err.contains("permissionDenied"));

    const Run doc =
        run(dingtalk(*m_sim, {QStringLiteral("--kind=dingtalk-doc"), QStringLiteral("copy-1")}),
            environment(kDingTalkSecret));
    QCOMPARE(doc.exitCode, 0);
    QCOMPARE(doc.json()
                 .value(QStringLiteral("tasks"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("raw_status"))
                 .toString(),
             QStringLiteral("1"));
}

void tst_CliStatus::pastedTextAndUrls()
{
    // A log line and a drive URL in one argument: the kind comes from the URL; --kind only
    // decides the bare ids.
    const QString pasted =
        QStringLiteral("https://open.feishu.cn/open-apis/drive/v1/files/task_check?task_id="
                       "7000000000000000001\n");
    const Run r = run(feishu(*m_sim, {QStringLiteral("--kind=feishu-contact"), pasted, kOk}));
    QCOMPARE(r.exitCode, 1);
    const QJsonArray tasks = r.json().value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks[0].toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("feishu-drive"));
    QCOMPARE(tasks[1].toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("feishu-contact"));
}

void tst_CliStatus::requestTimeoutIsApplied()
{
    Simulator sim;
    sim.post(QStringLiteral("/_simulator/faults"),
             R"({"kind":"never","endpoint":"feishu.drive","count":1})");
    const Run r = run(feishu(sim, QStringList{QStringLiteral("--request-timeout=0.5")} +
                                      drive({QStringLiteral("7000000000000000002")})));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.elapsedMs < 8000, QByteArray::number(r.elapsedMs).constData());
    QCOMPARE(sim.received(QStringLiteral("feishu.drive")), 2); // the timed-out one, the retry
}

void tst_CliStatus::dingTalkErrcodeIsAnError()
{
    // A wrong path on the DingTalk gateway answers HTTP 200 with errcode / errmsg: an error
    // (exit 3) showing both, never a task in state unknown.
    m_sim->post(QStringLiteral("/_simulator/faults"),
                R"({"kind":"wrong_path","endpoint":"dingtalk.doc","count":1})");
    const Run r =
        run(dingtalk(*m_sim, {QStringLiteral("--kind=dingtalk-doc"), QStringLiteral("copy-1")}),
            environment(kDingTalkSecret));
    QCOMPARE(r.exitCode, 3);
    const QJsonObject task = r.json().value(QStringLiteral("tasks")).toArray()[0].toObject();
    QCOMPARE(task.value(QStringLiteral("state")).toString(), QStringLiteral("error"));
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QLatin1String("404")) &&
                 err.contains(QStringLiteral("请求的URI地址不存在")),
             r.err.constData());
}

void tst_CliStatus::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--kind",         "--account",
                               "--platform",     "--base-url",
                               "--app-id",       "--app-secret-env",
                               "--token-env",    "--union-id",
                               "--wait",         "--interval",
                               "--timeout",      "--format",
                               "--output",       "--subtasks",
                               "--failed-only",  "--request-timeout",
                               "--from",         "--to",
                               "--rule-id",      "--user-id",
                               "--user-id-type", "--version",
                               "Exit status"})
        QVERIFY2(help.out.contains(option), option);
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("taskmonitor-cli " TASKMONITOR_PROJECT_VERSION));
}

void tst_CliStatus::savedAccountWithoutKeychain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.sqlite"));
    Account account;
    account.id = QStringLiteral("acc-1");
    account.name = QStringLiteral("Main");
    account.baseUrl = m_sim->url;
    account.appId = kFeishuApp;
    {
        WatchListDatabase database;
        QVERIFY(database.open(path).canSave());
        WatchListBatch batch;
        batch.accounts = QList<Account>{account};
        database.submit(batch);
        database.waitForWrites();
    }
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent"));
    const Run unknown = run({QStringLiteral("status"), QStringLiteral("--account=Nope"),
                             QStringLiteral("--watchlist"), path, contactUrl(kOk)},
                            env);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("Nope"), unknown.err.constData());
    // CI has no keychain: a clear usage error that says what to do instead.
    const Run r = run({QStringLiteral("status"), QStringLiteral("--account=Main"),
                       QStringLiteral("--watchlist"), path, contactUrl(kOk)},
                      env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("keychain"), r.err.constData());
    QVERIFY(r.err.contains("--app-secret-env"));
}

QTEST_GUILESS_MAIN(tst_CliStatus)
#include "tst_clistatus.moc"
