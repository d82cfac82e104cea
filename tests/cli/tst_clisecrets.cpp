#include "CliHarness.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

using namespace CliHarness;

// No secret given through the environment ever appears in stdout, stderr or the output file:
// on success, when the platform rejects the token, when it echoes the secret back, and when
// the base URL is refused.
class tst_CliSecrets final : public QObject
{
    Q_OBJECT

private slots:
    void secretsNeverShow_data();
    void secretsNeverShow();
};

void tst_CliSecrets::secretsNeverShow_data()
{
    QTest::addColumn<QString>("mode"); // secret | token | echo | insecure
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("expected");
    QTest::newRow("success") << QStringLiteral("secret") << kFeishuSecret << 1;
    QTest::newRow("wrong secret") << QStringLiteral("secret")
                                  << QStringLiteral("wrong-Secret-Value-999") << 3;
    QTest::newRow("token rejected")
        << QStringLiteral("token") << QStringLiteral("t-Pasted-Token-Value-123") << 3;
    QTest::newRow("platform echoes it") << QStringLiteral("echo") << kFeishuSecret << 3;
    QTest::newRow("base URL refused") << QStringLiteral("insecure") << kFeishuSecret << 2;
}

void tst_CliSecrets::secretsNeverShow()
{
    QFETCH(QString, mode);
    QFETCH(QString, secret);
    QFETCH(int, expected);
    Simulator sim;
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("out.csv"));
    if (mode == QLatin1String("echo")) {
        sim.post(QStringLiteral("/_simulator/faults"),
                 QStringLiteral(R"({"kind":"custom","endpoint":"feishu.contact","count":-1,
                    "status":400,"body":"{\"code\":99992402,\"msg\":\"bad app_secret=%1 in %2\"}"})")
                     .arg(secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)))
                     .toUtf8());
    }
    QStringList args{QStringLiteral("status"),
                     QStringLiteral("--platform=feishu"),
                     QStringLiteral("--base-url"),
                     mode == QLatin1String("insecure") ? QStringLiteral("http://example.com")
                                                       : sim.url,
                     QStringLiteral("--format=csv"),
                     QStringLiteral("--subtasks"),
                     QStringLiteral("--output"),
                     output};
    if (mode == QLatin1String("token"))
        args << QStringLiteral("--token-env") << kSecretVar;
    else
        args << QStringLiteral("--app-id") << kFeishuApp << QStringLiteral("--app-secret-env")
             << kSecretVar;
    args << QStringLiteral("https://open.feishu.cn/open-apis/contact/v2/task/get?task_id="
                           "c0ffee00000000000000000000000002");
    QProcessEnvironment env = environment(secret);
    env.insert(QStringLiteral("TASKMONITOR_APP_SECRET"), secret);
    const Run r = run(args, env);
    QVERIFY2(r.exitCode == expected, r.err.constData());
    QFile file(output);
    const QByteArray written = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QCOMPARE(written.isEmpty(), expected == 2); // status writes its result even on errors
    for (const QByteArray &form : {secret.toUtf8(), QUrl::toPercentEncoding(secret)}) {
        QVERIFY2(!r.out.contains(form), r.out.constData());
        QVERIFY2(!r.err.contains(form), r.err.constData());
        QVERIFY(!written.contains(form));
    }
    if (mode == QLatin1String("echo"))
        QVERIFY2(r.err.contains("app_secret=***"), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliSecrets)
#include "tst_clisecrets.moc"
