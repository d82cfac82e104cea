#include "app/engine/Engine.h"
#include "app/gui/SingleInstance.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Two real taskmonitor processes on one profile: the second hands its command line to the
// first and exits 0; the first watches the tasks, as its SQLite watch list shows afterwards.
class tst_SingleInstance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void secondLaunchHandsItsTasksOver_data();
    void secondLaunchHandsItsTasksOver();
    void secondLaunchWithoutTasksOnlyRaises();
    void crashedInstanceLeavesNoObstacle();
    void oversizedFrameIsRefused();
    void silentInstanceIsNotReplaced();

private:
    static inline const QString kAccount = QStringLiteral("acme");

    QString databasePath() const;
    std::unique_ptr<QProcess> launch(const QStringList &arguments) const;
    bool waitUntilListening(int timeoutMs = 30000) const;
    int runSecondLaunch(const QStringList &arguments) const;
    void stopFirst();
    QStringList watchedContactTasks(const QStringList &candidates) const;

    QTemporaryDir m_runtime;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<QProcess> m_first;
};

void tst_SingleInstance::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    // The children find each other in this runtime folder, and only there.
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
}

void tst_SingleInstance::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
    // A Feishu account on the default host, without a secret: its tasks are listed but never
    // asked about, so nothing here leaves the machine.
    EngineOptions options;
    options.databasePath = databasePath();
    Engine engine(options);
    QVERIFY(engine.start().canSave());
    Account account;
    account.id = kAccount;
    account.name = QStringLiteral("Acme");
    account.platform = Platform::Feishu;
    account.appId = QStringLiteral("cli_acme");
    engine.setAccount(account, {});
    engine.flush();
}

void tst_SingleInstance::cleanup()
{
    stopFirst();
    m_profile.reset();
}

QString tst_SingleInstance::databasePath() const
{
    return m_profile->filePath(QStringLiteral("watchlist.sqlite"));
}

std::unique_ptr<QProcess> tst_SingleInstance::launch(const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(TASKMONITOR_GUI_BINARY),
                   QStringList{QStringLiteral("--profile"), m_profile->path()} + arguments);
    return process;
}

bool tst_SingleInstance::waitUntilListening(int timeoutMs) const
{
    const QString name =
        SingleInstance::serverNameFor(QFileInfo(m_profile->path()).canonicalFilePath());
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(500))
            return true;
        QTest::qWait(100);
    }
    return false;
}

int tst_SingleInstance::runSecondLaunch(const QStringList &arguments) const
{
    const std::unique_ptr<QProcess> second = launch(arguments);
    if (!second->waitForFinished(30000))
        return -1;
    return second->exitStatus() == QProcess::NormalExit ? second->exitCode() : -1;
}

void tst_SingleInstance::stopFirst()
{
    if (!m_first)
        return;
    // SIGTERM: the first writes its watch list and quits as on Ctrl+Q.
    m_first->terminate();
    if (!m_first->waitForFinished(30000))
        m_first->kill();
    m_first->waitForFinished(5000);
    m_first.reset();
}

QStringList tst_SingleInstance::watchedContactTasks(const QStringList &candidates) const
{
    EngineOptions options;
    options.databasePath = databasePath();
    Engine engine(options);
    engine.start();
    QStringList watched;
    for (const QString &taskId : candidates) {
        TaskRef ref;
        ref.kind = TaskKind::FeishuContact;
        ref.accountId = kAccount;
        ref.taskId = taskId;
        if (engine.isWatching(ref.key()))
            watched << taskId;
    }
    return watched;
}

void tst_SingleInstance::secondLaunchHandsItsTasksOver_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    const QString link =
        QStringLiteral("https://open.feishu.cn/open-apis/contact/v2/task/get?task_id=%1");
    QTest::newRow("--add link") << QStringList{QStringLiteral("--add"),
                                               link.arg(QStringLiteral("7a1f0c"))}
                                << QStringList{QStringLiteral("7a1f0c")};
    QTest::newRow("--add twice") << QStringList{QStringLiteral("--add"),
                                                link.arg(QStringLiteral("a1")),
                                                QStringLiteral("--add"),
                                                link.arg(QStringLiteral("b2"))}
                                 << QStringList{QStringLiteral("a1"), QStringLiteral("b2")};
    QTest::newRow("positional links")
        << QStringList{link.arg(QStringLiteral("p1")), link.arg(QStringLiteral("p2")),
                       link.arg(QStringLiteral("p3"))}
        << QStringList{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")};
    QTest::newRow("curl line")
        << QStringList{QStringLiteral("--add"),
                       QStringLiteral("curl -X GET '%1' -H 'Authorization: Bearer t-g104abc'")
                           .arg(link.arg(QStringLiteral("c9")))}
        << QStringList{QStringLiteral("c9")};
}

void tst_SingleInstance::secondLaunchHandsItsTasksOver()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    m_first = launch({});
    QVERIFY(waitUntilListening());
    QCOMPARE(runSecondLaunch(arguments), 0);
    QCOMPARE(m_first->state(), QProcess::Running);
    stopFirst();
    QCOMPARE(watchedContactTasks(expected + QStringList{QStringLiteral("never-named")}), expected);
}

void tst_SingleInstance::secondLaunchWithoutTasksOnlyRaises()
{
    m_first = launch({});
    QVERIFY(waitUntilListening());
    QCOMPARE(runSecondLaunch({}), 0);
    QCOMPARE(m_first->state(), QProcess::Running);
}

void tst_SingleInstance::crashedInstanceLeavesNoObstacle()
{
    m_first = launch({});
    QVERIFY(waitUntilListening());
    m_first->kill();
    QVERIFY(m_first->waitForFinished(10000));
    const QString name =
        SingleInstance::serverNameFor(QFileInfo(m_profile->path()).canonicalFilePath());
    QVERIFY2(QFileInfo::exists(name), "a killed instance leaves its socket behind");

    // The next launch finds nobody behind the socket: it becomes the window, with its tasks.
    const QString link =
        QStringLiteral("https://open.feishu.cn/open-apis/contact/v2/task/get?task_id=%1");
    m_first = launch({QStringLiteral("--add"), link.arg(QStringLiteral("after-crash"))});
    QVERIFY(waitUntilListening());
    QCOMPARE(m_first->state(), QProcess::Running);
    QCOMPARE(runSecondLaunch({QStringLiteral("--add"), link.arg(QStringLiteral("handed-over"))}),
             0);
    stopFirst();
    QCOMPARE(watchedContactTasks({QStringLiteral("after-crash"), QStringLiteral("handed-over")}),
             (QStringList{QStringLiteral("after-crash"), QStringLiteral("handed-over")}));
}

void tst_SingleInstance::oversizedFrameIsRefused()
{
    m_first = launch({});
    QVERIFY(waitUntilListening());
    QLocalSocket socket;
    socket.connectToServer(
        SingleInstance::serverNameFor(QFileInfo(m_profile->path()).canonicalFilePath()));
    QVERIFY(socket.waitForConnected(5000));
    QByteArray header = LaunchMessage{}.frame().left(LaunchMessage::headerSize);
    header[4] = char(0x7f); // announces almost 2 GiB
    socket.write(header);
    QVERIFY(socket.waitForBytesWritten(5000));
    // Refused at once (well before the 5 s read timeout), and without an acknowledgement.
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 3000);
    QVERIFY(!socket.readAll().contains(LaunchMessage::acknowledged()));
    // And the window still takes a proper launch afterwards.
    QCOMPARE(runSecondLaunch({}), 0);
    QCOMPARE(m_first->state(), QProcess::Running);
}

void tst_SingleInstance::silentInstanceIsNotReplaced()
{
    // Something holds the profile's socket and takes connections but never answers (a hung
    // window): the launch gives up with an error and leaves the socket to it.
    const QString name =
        SingleInstance::serverNameFor(QFileInfo(m_profile->path()).canonicalFilePath());
    QLocalServer silent;
    QVERIFY(silent.listen(name));
    QCOMPARE(runSecondLaunch({}), 1);
    QVERIFY(silent.isListening());
    QVERIFY(QFileInfo::exists(name));
    QVERIFY(silent.waitForNewConnection(0) || silent.hasPendingConnections());
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
