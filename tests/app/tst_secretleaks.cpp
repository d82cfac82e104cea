#include "GuiProfile.h"

#include "app/engine/Engine.h"
#include "app/gui/RotatingLogFile.h"
#include "app/secrets/FileSecretStore.h"
#include "models/preferences/Preferences.h"
#include "models/watchlist/TaskFilterProxy.h"
#include "OpenPlatformSimulator.h"
#include "ui/detail/DetailPane.h"
#include "ui/detail/RawAnswerTab.h"
#include "ui/dialogs/ExportRunner.h"
#include "ui/MainWindow.h"
#include "ui/MainWindowActions.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>

// An app secret and the tokens the simulator issued for it, used during real sessions — the
// window (engine, main window offscreen, CSV exports, the raw answer view), taskmonitor-cli
// --verbose as a process, and the taskmonitor binary aborted after use — appear in none of the
// files and outputs they leave: settings, the database and its WAL, the log files, CSV exports,
// the raw view's text, crash output and --verbose output. Bytes are searched for the secret as
// it is, percent-encoded and base64 (standard and URL alphabets). The owner-only secrets file
// the user chose is the one place a secret belongs, and is not searched.
class tst_SecretLeaks final : public QObject
{
    Q_OBJECT

public:
    // QDesktopServices' handler for file: URLs (Help → Open log folder).
    Q_INVOKABLE void openFileUrl(const QUrl &url) { m_opened << url; }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowSessionLeavesNoSecret();
    void cliVerboseLeavesNoSecret();
    void abortedWindowLeavesNoSecret();

private:
    // Distinct encodings: "+", "/" and "=" change under percent-encoding and base64; no word
    // that names a credential, so only redaction at the source can hide them.
    static inline const QString kFeishuApp = QStringLiteral("cli_leak_probe");
    static inline const QString kFeishuSecret = QStringLiteral("Qx7+Lp/Vw9=Mz&r4F");
    static inline const QString kDingApp = QStringLiteral("ding_leak_probe");
    static inline const QString kDingSecret = QStringLiteral("Dk3+Hq/Tz8=Wn&y6D");

    Account feishuAccount() const;
    Account dingAccount() const;
    QStringList issuedTokens() const;
    QStringList secrets() const;
    static QList<QByteArray> forms(const QString &secret);
    // Empty when no form of any secret is in `bytes`; otherwise what was found where.
    static QString findLeak(const QStringList &secrets, const QString &where,
                            const QByteArray &bytes);
    static QByteArray readFile(const QString &path);
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000);
    QString addFinishedTasks(Engine &engine);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenPlatformSimulator> m_simulator;
    QList<QUrl> m_opened;
};

void tst_SecretLeaks::initTestCase()
{
    // Everything a developer could switch on is on: debug lines included.
    QLoggingCategory::setFilterRules(QStringLiteral("taskmonitor.*=true"));
}

void tst_SecretLeaks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_simulator = std::make_unique<OpenPlatformSimulator>();
    m_simulator->addFeishuApp(kFeishuApp, kFeishuSecret);
    m_simulator->addDingTalkApp(kDingApp, kDingSecret);
    QVERIFY(m_simulator->listen() != 0);
    TaskGenerator::Spec contact;
    contact.kind = SimTaskKind::FeishuContact;
    contact.idPrefix = QStringLiteral("leak-contact-");
    contact.minDurationMs = contact.maxDurationMs = 1;
    contact.total = 6;
    contact.fail = 2;
    contact.rows = true;
    m_simulator->generateTasks(contact);
    TaskGenerator::Spec doc;
    doc.kind = SimTaskKind::DingTalkDoc;
    doc.idPrefix = QStringLiteral("leak-doc-");
    doc.minDurationMs = doc.maxDurationMs = 1;
    m_simulator->generateTasks(doc);
    TaskGenerator::Spec drive;
    drive.kind = SimTaskKind::FeishuDrive;
    drive.idPrefix = QStringLiteral("leak-drive-");
    drive.minDurationMs = drive.maxDurationMs = 1;
    m_simulator->generateTasks(drive);
}

void tst_SecretLeaks::cleanup()
{
    m_simulator.reset();
    m_dir.reset();
}

Account tst_SecretLeaks::feishuAccount() const
{
    Account account;
    account.id = QStringLiteral("leak-feishu");
    account.name = QStringLiteral("Leak probe Feishu");
    account.platform = Platform::Feishu;
    account.baseUrl = m_simulator->baseUrl().toString();
    account.appId = kFeishuApp;
    return account;
}

Account tst_SecretLeaks::dingAccount() const
{
    Account account;
    account.id = QStringLiteral("leak-ding");
    account.name = QStringLiteral("Leak probe DingTalk");
    account.platform = Platform::DingTalk;
    account.baseUrl = m_simulator->baseUrl().toString();
    account.appId = kDingApp;
    return account;
}

QStringList tst_SecretLeaks::issuedTokens() const
{
    QStringList tokens;
    for (const RecordedRequest &request : m_simulator->recentRequests()) {
        for (const auto &[name, value] : request.headers) {
            QString token;
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                token = QString::fromLatin1(value).section(QLatin1Char(' '), 1);
            else if (name.compare("x-acs-dingtalk-access-token", Qt::CaseInsensitive) == 0)
                token = QString::fromLatin1(value);
            if (!token.isEmpty() && !tokens.contains(token))
                tokens << token;
        }
    }
    return tokens;
}

QStringList tst_SecretLeaks::secrets() const
{
    return QStringList{kFeishuSecret, kDingSecret} + issuedTokens();
}

QList<QByteArray> tst_SecretLeaks::forms(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    QList<QByteArray> result{
        raw, QUrl::toPercentEncoding(secret), raw.toBase64(),
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
    // JSON writes '/' as it is, but some writers escape it.
    result << QByteArray(raw).replace("/", "\\/");
    return result;
}

QString tst_SecretLeaks::findLeak(const QStringList &secrets, const QString &where,
                                  const QByteArray &bytes)
{
    for (const QString &secret : secrets) {
        for (const QByteArray &form : forms(secret)) {
            if (bytes.contains(form))
                return QStringLiteral("%1 holds \"%2\"").arg(where, QString::fromLatin1(form));
        }
    }
    return {};
}

QByteArray tst_SecretLeaks::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool tst_SecretLeaks::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

QString tst_SecretLeaks::addFinishedTasks(Engine &engine)
{
    QList<TaskRef> refs;
    const auto ref = [](TaskKind kind, const QString &account, const QString &id) {
        TaskRef result;
        result.kind = kind;
        result.accountId = account;
        result.taskId = id;
        result.label = QStringLiteral("probe ") + id;
        return result;
    };
    refs << ref(TaskKind::FeishuContact, feishuAccount().id, QStringLiteral("leak-contact-1"))
         << ref(TaskKind::FeishuDrive, feishuAccount().id, QStringLiteral("leak-drive-1"))
         << ref(TaskKind::DingTalkDoc, dingAccount().id, QStringLiteral("leak-doc-1"));
    engine.addTasks(refs);
    const bool ended = waitFor([&] {
        for (const TaskRef &r : refs) {
            const WatchedTask *task = engine.tasks().task(r.key());
            if (!task || !task->isTerminal())
                return false;
        }
        return true;
    });
    return ended ? refs.constFirst().key() : QString();
}

void tst_SecretLeaks::windowSessionLeavesNoSecret()
{
    const QString logFolder = m_dir->filePath(QStringLiteral("logs"));
    QStringList leaks;
    QString csvTable = m_dir->filePath(QStringLiteral("tasks.csv"));
    QString csvRows = m_dir->filePath(QStringLiteral("rows.csv"));
    const QString databasePath = m_dir->filePath(QStringLiteral("watchlist.sqlite"));
    const QString settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
    QByteArray walWhileOpen;
    {
        const RotatingLogFile log(logFolder);
        QVERIFY(log.isOpen());
        Preferences preferences(settingsPath);
        preferences.setSecretsInFile(true);
        FileSecretStore secretFile(m_dir->filePath(QStringLiteral("secrets.json")));
        EngineOptions options;
        options.databasePath = databasePath;
        options.preferences = &preferences;
        options.secrets = &secretFile;
        options.persistDelayMs = 20;
        Engine engine(options);
        QVERIFY(engine.start().canSave());
        MainWindow window(engine, preferences, MainWindow::Options{});
        window.actions()->setLogFolder(log.folder());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Help → Open log folder shows the folder the log is written to.
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openFileUrl");
        QVERIFY(window.actions()->openLogFolder->isEnabled());
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.last()->menu()->actions().contains(window.actions()->openLogFolder));
        window.actions()->openLogFolder->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(logFolder)});

        engine.setAccount(feishuAccount(), kFeishuSecret);
        engine.setAccount(dingAccount(), kDingSecret);
        const QString contactKey = addFinishedTasks(engine);
        QVERIFY(!contactKey.isEmpty());
        QVERIFY(issuedTokens().size() >= 2); // the Feishu and the DingTalk token

        ExportRunner *exports = window.exportRunner();
        QString answer = csvTable;
        exports->setFileChooser([&answer](QWidget *, const QString &) { return answer; });
        QSignalSpy exported(exports, &ExportRunner::finished);
        QVERIFY(exports->exportTable(window.proxy()));
        QVERIFY(exported.wait(20000));
        answer = csvRows;
        QVERIFY(exports->exportSubtasks({contactKey}));
        QVERIFY(exported.wait(20000));
        QVERIFY2(readFile(csvRows).contains("user_002"), readFile(csvRows).constData());

        DetailPane *pane = window.detailPane();
        QSignalSpy refreshed(pane, &DetailPane::refreshed);
        pane->showTask(contactKey);
        QVERIFY(waitFor(
            [&] { return !refreshed.isEmpty() && !pane->rawTab()->shownText().isEmpty(); }));
        const QString shown = pane->rawTab()->shownText();
        QVERIFY(shown.contains(QLatin1String("leak-contact-1")));
        if (const QString leak = findLeak(secrets(), QStringLiteral("raw view"), shown.toUtf8());
            !leak.isEmpty())
            leaks << leak;

        engine.flush();
        preferences.sync();
        walWhileOpen = readFile(databasePath + QStringLiteral("-wal"));
    }
    const QByteArray logBytes = GuiProfile(m_dir->path()).logBytes();
    QVERIFY2(logBytes.contains("taskmonitor.network: answered"), logBytes.constData());
    QVERIFY2(logBytes.contains("taskmonitor.auth: token issued"), logBytes.constData());
    QVERIFY(readFile(databasePath).size() > 0);
    const QList<QPair<QString, QByteArray>> places{
        {QStringLiteral("settings file"), readFile(settingsPath)},
        {QStringLiteral("database"), readFile(databasePath)},
        {QStringLiteral("database WAL (open)"), walWhileOpen},
        {QStringLiteral("database WAL"), readFile(databasePath + QStringLiteral("-wal"))},
        {QStringLiteral("log files"), logBytes},
        {QStringLiteral("CSV of the table"), readFile(csvTable)},
        {QStringLiteral("CSV of the rows"), readFile(csvRows)},
    };
    const QStringList all = secrets();
    for (const auto &[where, bytes] : places) {
        if (const QString leak = findLeak(all, where, bytes); !leak.isEmpty())
            leaks << leak;
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String("; "))));
}

void tst_SecretLeaks::cliVerboseLeavesNoSecret()
{
    QStringList leaks;
    struct Run
    {
        QString platform;
        QString appId;
        QString secret;
        QString task;
        QString kind;
        QStringList extra; // further arguments
        QByteArray shown;  // what the CSV must hold
    };
    const QList<Run> runs{
        {QStringLiteral("feishu"),
         kFeishuApp,
         kFeishuSecret,
         QStringLiteral("leak-contact-1"),
         QStringLiteral("feishu-contact"),
         {QStringLiteral("--subtasks")},
         "user_002"},
        {QStringLiteral("dingtalk"),
         kDingApp,
         kDingSecret,
         QStringLiteral("leak-doc-1"),
         QStringLiteral("dingtalk-doc"),
         {},
         "leak-doc-1"},
    };
    QList<QPair<QString, QByteArray>> places;
    for (const Run &run : runs) {
        const QString csv = m_dir->filePath(run.platform + QStringLiteral(".csv"));
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TASKMONITOR_APP_SECRET"), run.secret);
        environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                           m_dir->filePath(QStringLiteral("cache")));
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        cli.setProcessEnvironment(environment);
        QStringList arguments{QStringLiteral("status"),     QStringLiteral("--verbose"),
                              QStringLiteral("--platform"), run.platform,
                              QStringLiteral("--base-url"), m_simulator->baseUrl().toString(),
                              QStringLiteral("--app-id"),   run.appId,
                              QStringLiteral("--kind"),     run.kind,
                              QStringLiteral("--format"),   QStringLiteral("csv"),
                              QStringLiteral("--output"),   csv};
        arguments << run.extra << run.task;
        cli.start(QStringLiteral(TASKMONITOR_CLI_EXE), arguments);
        QVERIFY(cli.waitForStarted());
        QVERIFY(waitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0 || cli.exitCode() == 1, err.constData());
        // --verbose really logged the requests, answers and the token fetch.
        QVERIFY2(err.contains("taskmonitor.network debug: sent"), err.constData());
        QVERIFY2(err.contains("taskmonitor.network debug: answered"), err.constData());
        QVERIFY2(err.contains("taskmonitor.auth info: token issued"), err.constData());
        QVERIFY2(readFile(csv).contains(run.shown), QByteArray(readFile(csv) + err).constData());
        places << qMakePair(run.platform + QStringLiteral(" --verbose stderr"), err)
               << qMakePair(run.platform + QStringLiteral(" stdout"), out)
               << qMakePair(run.platform + QStringLiteral(" CSV"), readFile(csv));
    }
    QDirIterator cache(m_dir->filePath(QStringLiteral("cache")), QDir::Files,
                       QDirIterator::Subdirectories);
    while (cache.hasNext()) {
        const QString path = cache.next();
        places << qMakePair(QStringLiteral("cache ") + path, readFile(path));
    }
    QVERIFY(issuedTokens().size() >= 2);
    const QStringList all = secrets();
    for (const auto &[where, bytes] : std::as_const(places)) {
        if (const QString leak = findLeak(all, where, bytes); !leak.isEmpty())
            leaks << leak;
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String("; "))));
}

void tst_SecretLeaks::abortedWindowLeavesNoSecret()
{
    GuiProfile profile(m_dir->filePath(QStringLiteral("profile")));
    TaskRef contact;
    contact.kind = TaskKind::FeishuContact;
    contact.accountId = feishuAccount().id;
    contact.taskId = QStringLiteral("leak-contact-1");
    TaskRef doc;
    doc.kind = TaskKind::DingTalkDoc;
    doc.accountId = dingAccount().id;
    doc.taskId = QStringLiteral("leak-doc-1");
    QString problem;
    QVERIFY2(profile.prepare({{feishuAccount(), kFeishuSecret}, {dingAccount(), kDingSecret}},
                             {contact, doc}, &problem),
             qPrintable(problem));
    const QString output = m_dir->filePath(QStringLiteral("crash-output.txt"));
    std::unique_ptr<QProcess> app = profile.launch(QStringLiteral(TASKMONITOR_GUI_EXE), output);
    QVERIFY(app->waitForStarted());
    // Used: both tokens fetched and sent, both tasks answered and stored.
    QVERIFY(waitFor([&] { return profile.logBytes().count("taskmonitor.engine: finished") >= 2; }));
    QTest::qWait(700); // past the store's batch delay
    ::kill(static_cast<pid_t>(app->processId()), SIGABRT);
    QVERIFY(app->waitForFinished(10000));
    QCOMPARE(app->exitStatus(), QProcess::CrashExit);

    const QByteArray crashOutput = readFile(output);
    QVERIFY2(crashOutput.contains("taskmonitor.engine"), crashOutput.constData());
    QStringList leaks;
    const QList<QPair<QString, QByteArray>> places{
        {QStringLiteral("crash output"), crashOutput},
        {QStringLiteral("log files"), profile.logBytes()},
        {QStringLiteral("settings file"), readFile(profile.settingsPath())},
        {QStringLiteral("database"), readFile(profile.databasePath())},
        {QStringLiteral("database WAL"), readFile(profile.databasePath() + QStringLiteral("-wal"))},
    };
    QVERIFY(issuedTokens().size() >= 2);
    const QStringList all = secrets();
    for (const auto &[where, bytes] : places) {
        if (const QString leak = findLeak(all, where, bytes); !leak.isEmpty())
            leaks << leak;
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String("; "))));
}

QTEST_MAIN(tst_SecretLeaks)
#include "tst_secretleaks.moc"
