#include "GuiProfile.h"

#include "models/domain/TaskState.h"
#include "models/paste/LogRedactor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

// The real taskmonitor binary watching 800 changing tasks of a taskmonitor-simulator process,
// killed with SIGKILL at random moments and started again: after each kill every task is in the
// watch list, no snapshot is older than the one committed before, and no task whose end was
// announced (and committed) before a kill is announced again after it. Kills:
// TASKMONITOR_CRASH_KILLS (default 5; the `crash` label runs 50).
class tst_GuiCrash final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedWhileRefreshingLosesNothing();

private:
    struct StoredTask
    {
        bool notified = false;
        bool terminal = false;
        qint64 fetchedAtMs = 0;
    };

    static constexpr int kLongTasks = 350; // of each account
    static constexpr int kShortTasks = 100;
    static inline const QString kFeishuApp = QStringLiteral("crash_feishu");
    static inline const QString kFeishuSecret = QStringLiteral("crash-feishu-secret");
    static inline const QString kDingApp = QStringLiteral("crash_ding");
    static inline const QString kDingSecret = QStringLiteral("crash-ding-secret");

    QJsonObject scenario() const;
    QList<TaskRef> refs() const;
    QHash<QString, StoredTask> readStore(const QString &path) const;
    static QStringList announcedIn(const QByteArray &log);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_simulator;
    QString m_baseUrl;
};

QJsonObject tst_GuiCrash::scenario() const
{
    const auto generator = [](const char *kind, const char *prefix, const QString &app, int count,
                              int shortestMs, int longestMs, int seed) {
        return QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("count"), count},
                           {QStringLiteral("id_prefix"), QLatin1String(prefix)},
                           {QStringLiteral("id_start"), 1},
                           {QStringLiteral("app"), app},
                           {QStringLiteral("start_ms"), 0},
                           {QStringLiteral("stagger_ms"), 0},
                           {QStringLiteral("duration_ms"), QJsonArray{shortestMs, longestMs}},
                           {QStringLiteral("total"), 20},
                           {QStringLiteral("fail"), 0},
                           {QStringLiteral("progress"), true},
                           {QStringLiteral("steps"), 20},
                           {QStringLiteral("seed"), seed},
                           {QStringLiteral("rows"), false}};
    };
    return QJsonObject{
        {QStringLiteral("apps"),
         QJsonArray{QJsonObject{{QStringLiteral("platform"), QStringLiteral("feishu")},
                                {QStringLiteral("app_id"), kFeishuApp},
                                {QStringLiteral("app_secret"), kFeishuSecret}},
                    QJsonObject{{QStringLiteral("platform"), QStringLiteral("dingtalk")},
                                {QStringLiteral("app_key"), kDingApp},
                                {QStringLiteral("app_secret"), kDingSecret}}}},
        {QStringLiteral("generate"),
         // Most keep changing for minutes; the short ones end while the kills go on.
         QJsonArray{
             generator("feishu-contact", "crash-c-", kFeishuApp, kLongTasks, 20000, 600000, 3),
             generator("dingtalk-doc", "crash-d-", kDingApp, kLongTasks, 20000, 600000, 5),
             generator("dingtalk-doc", "crash-s-", kDingApp, kShortTasks, 1500, 20000, 7)}}};
}

QList<TaskRef> tst_GuiCrash::refs() const
{
    QList<TaskRef> result;
    for (int i = 1; i <= kShortTasks; ++i) {
        TaskRef doc;
        doc.kind = TaskKind::DingTalkDoc;
        doc.accountId = QStringLiteral("ding");
        doc.taskId = QStringLiteral("crash-s-%1").arg(i);
        result << doc;
    }
    for (int i = 1; i <= kLongTasks; ++i) {
        TaskRef contact;
        contact.kind = TaskKind::FeishuContact;
        contact.accountId = QStringLiteral("feishu");
        contact.taskId = QStringLiteral("crash-c-%1").arg(i);
        result << contact;
        TaskRef doc;
        doc.kind = TaskKind::DingTalkDoc;
        doc.accountId = QStringLiteral("ding");
        doc.taskId = QStringLiteral("crash-d-%1").arg(i);
        result << doc;
    }
    return result;
}

void tst_GuiCrash::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString scenarioPath = m_dir->filePath(QStringLiteral("scenario.json"));
    QFile scenarioFile(scenarioPath);
    QVERIFY(scenarioFile.open(QIODevice::WriteOnly));
    scenarioFile.write(QJsonDocument(scenario()).toJson());
    scenarioFile.close();

    m_simulator = std::make_unique<QProcess>();
    m_simulator->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_simulator->start(QStringLiteral(TASKMONITOR_SIMULATOR_EXE),
                       {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scenario"),
                        scenarioPath});
    QVERIFY(m_simulator->waitForStarted());
    QVERIFY(m_simulator->waitForReadyRead(20000));
    m_baseUrl = QString::fromUtf8(m_simulator->readLine()).trimmed();
    QVERIFY2(m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(m_baseUrl));
}

void tst_GuiCrash::cleanupTestCase()
{
    if (m_simulator) {
        m_simulator->terminate();
        m_simulator->waitForFinished(5000);
    }
}

QHash<QString, tst_GuiCrash::StoredTask> tst_GuiCrash::readStore(const QString &path) const
{
    QHash<QString, StoredTask> tasks;
    const QString name = QStringLiteral("crash-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(
                QStringLiteral("SELECT task_key, finish_notified, state, fetched_at FROM tasks"));
            while (query.next()) {
                StoredTask task;
                task.notified = query.value(1).toBool();
                const std::optional<TaskState> state =
                    TaskStates::fromId(query.value(2).toString());
                task.terminal = state && TaskStates::isTerminal(*state);
                task.fetchedAtMs = query.value(3).toLongLong();
                tasks.insert(query.value(0).toString(), task);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return tasks;
}

QStringList tst_GuiCrash::announcedIn(const QByteArray &log)
{
    static const QRegularExpression finished(
        QStringLiteral(R"(taskmonitor\.ui: announced \S+ (.+)$)"),
        QRegularExpression::MultilineOption);
    QStringList keys;
    auto matches = finished.globalMatch(QString::fromUtf8(log));
    while (matches.hasNext())
        keys << matches.next().captured(1);
    return keys;
}

void tst_GuiCrash::killedWhileRefreshingLosesNothing()
{
    const int kills = qEnvironmentVariableIsSet("TASKMONITOR_CRASH_KILLS")
                          ? qEnvironmentVariableIntValue("TASKMONITOR_CRASH_KILLS")
                          : 5;
    GuiProfile profile(m_dir->filePath(QStringLiteral("profile")));
    Account feishu;
    feishu.id = QStringLiteral("feishu");
    feishu.name = QStringLiteral("Feishu");
    feishu.platform = Platform::Feishu;
    feishu.baseUrl = m_baseUrl;
    feishu.appId = kFeishuApp;
    Account ding;
    ding.id = QStringLiteral("ding");
    ding.name = QStringLiteral("DingTalk");
    ding.platform = Platform::DingTalk;
    ding.baseUrl = m_baseUrl;
    ding.appId = kDingApp;
    QString problem;
    const QList<TaskRef> tasks = refs();
    QVERIFY2(profile.prepare({{feishu, kFeishuSecret}, {ding, kDingSecret}}, tasks, &problem),
             qPrintable(problem));

    // What the log writes for each key (control characters become spaces).
    QHash<QString, QString> keyOfLogged;
    for (const TaskRef &ref : tasks)
        keyOfLogged.insert(LogRedactor::text(ref.key()), ref.key());

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("%d kills, seed %u", kills, seed);
    QRandomGenerator random(seed);
    QHash<QString, StoredTask> before = readStore(profile.databasePath());
    QCOMPARE(before.size(), tasks.size());
    int announcedTotal = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int kill = 0; kill < kills; ++kill) {
        QDir(profile.logFolder()).removeRecursively();
        std::unique_ptr<QProcess> app = profile.launch(QStringLiteral(TASKMONITOR_GUI_EXE));
        QVERIFY(app->waitForStarted());
        QVERIFY2(profile.waitUntilStarted(*app), profile.logBytes().constData());
        QVERIFY2(profile.logBytes().contains(
                     QStringLiteral("restored %1 tasks").arg(tasks.size()).toUtf8()),
                 profile.logBytes().constData());
        // A random moment while answers arrive and batches are written; the first run is long
        // enough for finishes to be announced and committed, so later runs can repeat them.
        QTest::qWait(kill == 0 ? 6000 : static_cast<int>(random.bounded(200u, 3000u)));
        QCOMPARE(app->state(), QProcess::Running);
        ::kill(static_cast<pid_t>(app->processId()), SIGKILL);
        QVERIFY(app->waitForFinished(10000));
        QCOMPARE(app->exitStatus(), QProcess::CrashExit);

        const QStringList announced = announcedIn(profile.logBytes());
        announcedTotal += static_cast<int>(announced.size());
        for (const QString &logged : announced) {
            const QString key = keyOfLogged.value(logged);
            QVERIFY2(!key.isEmpty(), qPrintable(logged));
            QVERIFY2(
                !(before.value(key).terminal && before.value(key).notified),
                qPrintable(QStringLiteral("kill %1: %2 announced again").arg(kill).arg(logged)));
        }

        const QHash<QString, StoredTask> after = readStore(profile.databasePath());
        QCOMPARE(after.size(), tasks.size());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            const StoredTask &now = after.value(it.key());
            QVERIFY2(now.fetchedAtMs >= it->fetchedAtMs,
                     qPrintable(QStringLiteral("kill %1: %2 went back from %3 to %4")
                                    .arg(kill)
                                    .arg(it.key())
                                    .arg(it->fetchedAtMs)
                                    .arg(now.fetchedAtMs)));
            if (it->terminal && it->notified)
                QVERIFY(now.terminal && now.notified);
        }
        before = after;
    }
    int answered = 0;
    int ended = 0;
    for (const StoredTask &task : std::as_const(before)) {
        answered += task.fetchedAtMs > 0 ? 1 : 0;
        ended += task.terminal ? 1 : 0;
    }
    qInfo("%d kills in %lld ms: %d of %lld tasks answered, %d ended, %d announced", kills,
          elapsed.elapsed(), answered, static_cast<long long>(before.size()), ended,
          announcedTotal);
    // The kills came while the app was busy: answers were stored between them.
    QVERIFY(answered > 0);
}

QTEST_GUILESS_MAIN(tst_GuiCrash)
#include "tst_guicrash.moc"
