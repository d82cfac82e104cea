#include "GuiProfile.h"

#include "OpenPlatformSimulator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The real taskmonitor binary started on a damaged or hand-edited database or settings file:
// it starts, sets the damaged file aside with a timestamp, says so (the log records what the
// window shows), and keeps working: it writes a new file, polls, and quits cleanly on SIGTERM.
class tst_DamagedProfile final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsAndSetsAside_data();
    void startsAndSetsAside();

private:
    static inline const QString kApp = QStringLiteral("damaged_app");
    static inline const QString kSecret = QStringLiteral("damaged-secret");

    static void overwrite(const QString &path, const QByteArray &bytes);
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000);
    QStringList setAside(const QString &prefix) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenPlatformSimulator> m_simulator;
    std::unique_ptr<GuiProfile> m_profile;
};

void tst_DamagedProfile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_simulator = std::make_unique<OpenPlatformSimulator>();
    m_simulator->addFeishuApp(kApp, kSecret);
    QVERIFY(m_simulator->listen() != 0);
    TaskGenerator::Spec spec;
    spec.kind = SimTaskKind::FeishuDrive;
    spec.idPrefix = QStringLiteral("damaged-");
    spec.count = 3;
    spec.minDurationMs = spec.maxDurationMs = 600000;
    m_simulator->generateTasks(spec);

    m_profile = std::make_unique<GuiProfile>(m_dir->filePath(QStringLiteral("profile")));
    Account account;
    account.id = QStringLiteral("acme");
    account.name = QStringLiteral("Acme");
    account.platform = Platform::Feishu;
    account.baseUrl = m_simulator->baseUrl().toString();
    account.appId = kApp;
    QList<TaskRef> refs;
    for (int i = 1; i <= 3; ++i) {
        TaskRef ref;
        ref.kind = TaskKind::FeishuDrive;
        ref.accountId = account.id;
        ref.taskId = QStringLiteral("damaged-%1").arg(i);
        refs << ref;
    }
    QString problem;
    QVERIFY2(m_profile->prepare({{account, kSecret}}, refs, &problem), qPrintable(problem));
}

void tst_DamagedProfile::cleanup()
{
    m_profile.reset();
    m_simulator.reset();
    m_dir.reset();
}

void tst_DamagedProfile::overwrite(const QString &path, const QByteArray &bytes)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

bool tst_DamagedProfile::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

QStringList tst_DamagedProfile::setAside(const QString &prefix) const
{
    QStringList names = QDir(m_profile->folder()).entryList(QDir::Files);
    QStringList result;
    for (const QString &name : names) {
        if (name.startsWith(prefix) && name != prefix && !name.endsWith(QLatin1String("-wal")) &&
            !name.endsWith(QLatin1String("-shm")))
            result << name;
    }
    return result;
}

void tst_DamagedProfile::startsAndSetsAside_data()
{
    QTest::addColumn<bool>("damageSettings");
    QTest::addColumn<bool>("damageDatabase");
    QTest::addColumn<QByteArray>("settingsText");
    QByteArray garbage;
    for (int i = 0; i < 2048; ++i)
        garbage.append(char((i * 7919 + 13) % 256));
    QTest::newRow("settings: unterminated section")
        << true << false
        << QByteArray("[checks\nshortestIntervalMs=3000\n[secrets]\ninFile=true\n");
    QTest::newRow("settings: binary garbage") << true << false << garbage;
    QTest::newRow("database: garbage") << false << true << QByteArray();
    QTest::newRow("both") << true << true << QByteArray("[window\x01\n\xff\xfe=\n");
}

void tst_DamagedProfile::startsAndSetsAside()
{
    QFETCH(bool, damageSettings);
    QFETCH(bool, damageDatabase);
    QFETCH(QByteArray, settingsText);
    if (damageSettings)
        overwrite(m_profile->settingsPath(), settingsText);
    if (damageDatabase) {
        QByteArray garbage("SQLite format 3");
        garbage.append(QByteArray(8192, '\x5a'));
        overwrite(m_profile->databasePath(), garbage);
    }

    const QString output = m_dir->filePath(QStringLiteral("output.txt"));
    std::unique_ptr<QProcess> app = m_profile->launch(QStringLiteral(TASKMONITOR_GUI_EXE), output);
    QVERIFY(app->waitForStarted());
    QVERIFY2(m_profile->waitUntilStarted(*app), m_profile->logBytes().constData());
    const QByteArray log = m_profile->logBytes();

    const QStringList settingsAside = setAside(QStringLiteral("settings.ini"));
    if (damageSettings) {
        QCOMPARE(settingsAside.size(), 1);
        QVERIFY2(settingsAside.constFirst().startsWith(QLatin1String("settings.ini.damaged-")),
                 qPrintable(settingsAside.constFirst()));
        QFile kept(QDir(m_profile->folder()).filePath(settingsAside.constFirst()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), settingsText);
        QVERIFY2(log.contains("could not be read. It was set aside as"), log.constData());
    } else {
        QVERIFY(settingsAside.isEmpty());
    }
    const QStringList databaseAside = setAside(QStringLiteral("watchlist.sqlite"));
    if (damageDatabase) {
        QCOMPARE(databaseAside.size(), 1);
        QVERIFY2(log.contains("warning taskmonitor.engine:"), log.constData());
        QVERIFY2(log.contains("restored 0 tasks"), log.constData());
    } else {
        QVERIFY(databaseAside.isEmpty());
        QVERIFY2(log.contains("restored 3 tasks"), log.constData());
        // With the settings intact the secret is found in the file they name, and the tasks
        // are asked for; with default settings the secret is looked for in the keychain.
        if (!damageSettings)
            QVERIFY(waitFor([&] { return m_simulator->requestCount() > 0; }));
    }

    // Keeps working: still running, a new database that can be written, a clean quit.
    QTest::qWait(500);
    QCOMPARE(app->state(), QProcess::Running);
    QVERIFY(QFile::exists(m_profile->databasePath()));
    ::kill(static_cast<pid_t>(app->processId()), SIGTERM);
    QVERIFY(app->waitForFinished(15000));
    QCOMPARE(app->exitStatus(), QProcess::NormalExit);
    QCOMPARE(app->exitCode(), 0);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(m_profile->databasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM tasks")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), damageDatabase ? 0 : 3);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    // Told once: a second start finds nothing to set aside.
    QDir(m_profile->logFolder()).removeRecursively();
    std::unique_ptr<QProcess> again = m_profile->launch(QStringLiteral(TASKMONITOR_GUI_EXE));
    QVERIFY(again->waitForStarted());
    QVERIFY(m_profile->waitUntilStarted(*again));
    QVERIFY(!m_profile->logBytes().contains("set aside"));
    QCOMPARE(setAside(QStringLiteral("settings.ini")).size(), settingsAside.size());
    QCOMPARE(setAside(QStringLiteral("watchlist.sqlite")).size(), databaseAside.size());
    ::kill(static_cast<pid_t>(again->processId()), SIGTERM);
    QVERIFY(again->waitForFinished(15000));
}

QTEST_GUILESS_MAIN(tst_DamagedProfile)
#include "tst_damagedprofile.moc"
