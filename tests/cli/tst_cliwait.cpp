#include "CliHarness.h"

#include <QJsonArray>

using namespace CliHarness;

// `status --wait` end to end: tasks finishing at different times are each asked until they
// finish and never after, and a token is fetched again during a long wait.
class tst_CliWait final : public QObject
{
    Q_OBJECT

private slots:
    void finishedTasksAreNotAskedAgain();
    void tokenIsRenewedDuringALongWait();
};

void tst_CliWait::finishedTasksAreNotAskedAgain()
{
    Simulator sim;
    const QString contact = QStringLiteral("c0ffee00000000000000000000000011");
    const Run r = run(feishu(
        sim,
        {QStringLiteral("--wait"), QStringLiteral("--interval=0.2"), QStringLiteral("--timeout=20"),
         QStringLiteral("https://open.feishu.cn/open-apis/contact/v2/"
                        "task/get?task_id=") +
             contact,
         QStringLiteral("--kind=feishu-drive"), QStringLiteral("7000000000000000011"),
         QStringLiteral("7000000000000000012"), QStringLiteral("7000000000000000001")}));
    QVERIFY2(r.exitCode == 1, r.err.constData()); // one of them failed at once
    const QJsonArray tasks = r.json().value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 4);
    QCOMPARE(tasks[0].toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("succeeded"));
    QCOMPARE(tasks[1].toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("succeeded"));
    QCOMPARE(tasks[2].toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("succeeded"));
    QVERIFY(!r.err.contains('\r')); // no progress line when stderr is not a terminal

    // Simulator time runs from its start (speed 1): a task is finished from its last step on,
    // so exactly one request may carry a time at or after that step.
    const QHash<QString, qint64> finishedAt{{contact, 2500},
                                            {QStringLiteral("7000000000000000011"), 1000},
                                            {QStringLiteral("7000000000000000012"), 4000},
                                            {QStringLiteral("7000000000000000001"), 0}};
    QHash<QString, int> total;
    QHash<QString, int> afterFinish;
    const QJsonArray requests =
        sim.get(QStringLiteral("/_simulator/requests")).value(QStringLiteral("requests")).toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        const QString id = request.value(QStringLiteral("task_id")).toString();
        if (!finishedAt.contains(id))
            continue;
        ++total[id];
        if (request.value(QStringLiteral("at_ms")).toInteger() >= finishedAt.value(id))
            ++afterFinish[id];
    }
    for (auto it = finishedAt.cbegin(); it != finishedAt.cend(); ++it) {
        QVERIFY2(afterFinish.value(it.key()) == 1,
                 qPrintable(it.key() + QStringLiteral(": %1").arg(afterFinish.value(it.key()))));
    }
    QCOMPARE(total.value(QStringLiteral("7000000000000000001")), 1);
    // Adaptive, not every 200 ms: the 4 s task costs far fewer than 20 calls.
    QVERIFY2(total.value(QStringLiteral("7000000000000000012")) <= 10,
             qPrintable(QString::number(total.value(QStringLiteral("7000000000000000012")))));
}

void tst_CliWait::tokenIsRenewedDuringALongWait()
{
    // Tokens live 4 s; the task takes 7 s.
    Simulator sim(QStringLiteral("token-expiry.json"));
    const Run r =
        run(feishu(sim, {QStringLiteral("--wait"), QStringLiteral("--interval=0.5"),
                         QStringLiteral("--timeout=20"), QStringLiteral("--kind=feishu-drive"),
                         QStringLiteral("7000000000000000099")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json()
                 .value(QStringLiteral("tasks"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("succeeded"));
    QVERIFY2(sim.received(QStringLiteral("feishu.token")) >= 2,
             qPrintable(QString::number(sim.received(QStringLiteral("feishu.token")))));
}

QTEST_GUILESS_MAIN(tst_CliWait)
#include "tst_cliwait.moc"
