#include "CliHarness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace CliHarness;

// `status --wait` end to end: tasks finishing at different times are each asked until they
// finish and never after, and a token is fetched again during a long wait.
class tst_CliWait final : public QObject
{
    Q_OBJECT

private slots:
    void finishedTasksAreNotAskedAgain();
    void tokenIsRenewedDuringALongWait();
    void lastLookAtTheDeadline_data();
    void lastLookAtTheDeadline();
    void durationsAreKeptUnlessNoLearn();
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

void tst_CliWait::lastLookAtTheDeadline_data()
{
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("state");

    // Without progress the first wait is 15 s: only the look at the deadline can see these.
    QTest::newRow("finished shortly before the deadline")
        << QStringLiteral("7000000000000000021") << QStringLiteral("--timeout=4") << 0
        << QStringLiteral("succeeded");
    QTest::newRow("still running at the deadline")
        << QStringLiteral("7000000000000000002") << QStringLiteral("--timeout=2") << 4
        << QStringLiteral("running");
}

void tst_CliWait::lastLookAtTheDeadline()
{
    QFETCH(QString, taskId);
    QFETCH(QString, timeout);
    QFETCH(int, exitCode);
    QFETCH(QString, state);
    Simulator sim;
    QTemporaryDir cache;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
    const Run r = run(feishu(sim, {QStringLiteral("--wait"), timeout, QStringLiteral("--no-learn"),
                                   QStringLiteral("--kind=feishu-drive"), taskId}),
                      env);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QCOMPARE(r.json()
                 .value(QStringLiteral("tasks"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             state);
    // The first look and the one at the deadline, nothing in between.
    QCOMPARE(sim.received(QStringLiteral("feishu.drive")), 2);
    QVERIFY(r.elapsedMs < 10000);
}

namespace {

// Where the CLI keeps its statistics under a cache folder; empty when it kept none.
QString statsFileUnder(const QString &cacheFolder)
{
    QDirIterator it(cacheFolder, {QStringLiteral("cli-duration-stats.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

QJsonObject keptDurations(const QString &file)
{
    QFile kept(file);
    if (!kept.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(kept.readAll())
        .object()
        .value(QStringLiteral("durations_ms"))
        .toObject();
}

} // namespace

void tst_CliWait::durationsAreKeptUnlessNoLearn()
{
    QTemporaryDir cache;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
    const QStringList args{QStringLiteral("--wait"), QStringLiteral("--interval=0.2"),
                           QStringLiteral("--timeout=20"), QStringLiteral("--kind=feishu-contact"),
                           QStringLiteral("c0ffee00000000000000000000000011")};
    {
        Simulator sim;
        const Run skipped = run(feishu(sim, QStringList{QStringLiteral("--no-learn")} + args), env);
        QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
        QVERIFY(statsFileUnder(cache.path()).isEmpty());
    }
    QString file;
    {
        // A fresh platform each time: the task runs again from the start.
        Simulator sim;
        const Run learnt = run(feishu(sim, args), env);
        QVERIFY2(learnt.exitCode == 0, learnt.err.constData());
        file = statsFileUnder(cache.path());
        QVERIFY(!file.isEmpty());
        const QJsonObject durations = keptDurations(file);
        QCOMPARE(durations.size(), 1);
        const QString key = durations.keys().constFirst();
        QVERIFY2(key.startsWith(QLatin1String("feishu-contact|")), qPrintable(key));
        const QJsonArray samples = durations.value(key).toArray();
        QCOMPARE(samples.size(), 1);
        // Created at the simulator's start, finished (finish_time, whole seconds) at 2.5 s.
        QVERIFY2(samples[0].toDouble() >= 1000 && samples[0].toDouble() <= 4000,
                 qPrintable(QString::number(samples[0].toDouble())));
    }
    {
        // A damaged file is read as empty and replaced by a sound one.
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write(R"({"version": 1, "durations_ms": {"feishu-contact|x": ["a", -3)");
        damaged.close();
        Simulator sim;
        const Run again = run(feishu(sim, args), env);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonObject durations = keptDurations(file);
        QCOMPARE(durations.size(), 1);
        QCOMPARE(durations.constBegin()->toArray().size(), 1);
    }
}

QTEST_GUILESS_MAIN(tst_CliWait)
#include "tst_cliwait.moc"
