#include "app/engine/Engine.h"
#include "app/secrets/FileSecretStore.h"
#include "app/secrets/SecretVault.h"
#include "models/csv/TaskTableCsvExporter.h"
#include "models/preferences/Preferences.h"
#include "network/simulator/OpenPlatformSimulator.h"
#include "network/transport/BaseUrlPolicy.h"
#include "resources/Translations.h"
#include "tests/secrets/FakeKeychain.h"
#include "ui/dialogs/AccountEditor.h"
#include "ui/dialogs/AccountsDialog.h"
#include "ui/dialogs/AccountUsageView.h"
#include "ui/dialogs/AppPermissionsLabel.h"
#include "ui/dialogs/ConnectionTestView.h"
#include "ui/dialogs/SecretStorageNotice.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {

QStringList g_log;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

} // namespace

// The Accounts dialog offscreen on a real engine: SQLite file, settings file, a vault over an
// in-memory keychain and an owner-only file, loopback HTTP to the simulator.
class tst_AccountsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addedAccountIsTestedAndSaved();
    void wrongSecretShowsThePlatformsExactError();
    void missingScopeIsNamed();
    void permissionsFollowThePlatform_data();
    void permissionsFollowThePlatform();
    void baseUrlPolicy_data();
    void baseUrlPolicy();
    void editedWhileItsTasksArePolled();
    void callsPerEndpointAgainstTheBudget();
    void removalAsksAboutTasks_data();
    void removalAsksAboutTasks();
    void noKeychainKeepsSecretsForTheSessionUntilTheFileIsChosen();
    void demoModeSaysSecretsAreForTheSession();
    void typedSecretIsWrittenNowhere();
    void grabsAreDrawn_data();
    void grabsAreDrawn();

private:
    static inline const QString kApp = QStringLiteral("cli_accounts_app");
    static inline const QString kSecret = QStringLiteral("accounts-secret-4711");

    void openDialog(bool keychainReachable, bool withVault = true);
    void closeDialog();
    AccountEditor *fillNewAccount(const QString &name, const QString &secret);
    AccountTestResult runTest(AccountEditor *editor);
    Account savedAccount(const QString &name) const;
    QList<TaskRef> addTasks(SimTaskKind kind, const QString &accountId, const QString &prefix,
                            int count, qint64 durationMs);
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenPlatformSimulator> m_simulator;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<SecretVault> m_vault;
    FakeKeychain *m_keychain = nullptr; // owned by the vault
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<AccountsDialog> m_dialog;
};

void tst_AccountsDialog::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void tst_AccountsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_simulator = std::make_unique<OpenPlatformSimulator>();
    m_simulator->addFeishuApp(kApp, kSecret);
    QVERIFY(m_simulator->listen() != 0);
}

void tst_AccountsDialog::cleanup()
{
    closeDialog();
    m_simulator.reset();
    m_dir.reset();
}

void tst_AccountsDialog::openDialog(bool keychainReachable, bool withVault)
{
    m_preferences = std::make_unique<Preferences>(m_dir->filePath(QStringLiteral("settings.ini")));
    if (withVault) {
        m_keychain = new FakeKeychain;
        m_keychain->setReachable(keychainReachable);
        m_vault = std::make_unique<SecretVault>(
            m_keychain, new FileSecretStore(m_dir->filePath(QStringLiteral("secrets.json"))));
        m_vault->probe();
        const auto expected = keychainReachable ? KeychainAvailability::State::Available
                                                : KeychainAvailability::State::Unavailable;
        QVERIFY(waitFor([&] { return m_vault->availability().state == expected; }));
    }
    EngineOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("watchlist.sqlite"));
    options.preferences = m_preferences.get();
    options.secrets = m_vault.get();
    options.persistDelayMs = 50;
    m_engine = std::make_unique<Engine>(options);
    m_engine->start();
    m_dialog = std::make_unique<AccountsDialog>(*m_engine, m_vault.get(), *m_preferences);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_AccountsDialog::closeDialog()
{
    m_dialog.reset();
    m_engine.reset();
    m_vault.reset();
    m_keychain = nullptr;
    m_preferences.reset();
}

bool tst_AccountsDialog::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

AccountEditor *tst_AccountsDialog::fillNewAccount(const QString &name, const QString &secret)
{
    m_dialog->addAccount(Platform::Feishu, m_simulator->baseUrl().toString());
    AccountEditor *editor = m_dialog->editor();
    if (!editor || !editor->isVisible())
        return nullptr;
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("accountName")), name);
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("appId")), kApp);
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("secret")), secret);
    return editor;
}

AccountTestResult tst_AccountsDialog::runTest(AccountEditor *editor)
{
    QSignalSpy finished(editor, &AccountEditor::testFinished);
    auto *button = editor->findChild<QPushButton *>(QStringLiteral("testConnection"));
    if (!button->isEnabled())
        return {};
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(20000) || !editor->lastTestResult())
        return {};
    return *editor->lastTestResult();
}

Account tst_AccountsDialog::savedAccount(const QString &name) const
{
    for (const Account &account : m_engine->accounts()) {
        if (account.name == name)
            return account;
    }
    return {};
}

QList<TaskRef> tst_AccountsDialog::addTasks(SimTaskKind kind, const QString &accountId,
                                            const QString &prefix, int count, qint64 durationMs)
{
    TaskGenerator::Spec spec;
    spec.kind = kind;
    spec.count = count;
    spec.idPrefix = prefix;
    spec.minDurationMs = spec.maxDurationMs = durationMs;
    spec.total = 20;
    m_simulator->generateTasks(spec);
    QList<TaskRef> refs;
    for (int i = 1; i <= count; ++i) {
        TaskRef ref;
        ref.kind =
            kind == SimTaskKind::FeishuDrive ? TaskKind::FeishuDrive : TaskKind::FeishuContact;
        ref.accountId = accountId;
        ref.taskId = prefix + QString::number(i);
        refs << ref;
    }
    m_engine->addTasks(refs);
    return refs;
}

void tst_AccountsDialog::addedAccountIsTestedAndSaved()
{
    openDialog(true);
    AccountEditor *editor = fillNewAccount(QStringLiteral("Acme"), kSecret);
    QVERIFY(editor);
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("baseUrl"))->text(),
             m_simulator->baseUrl().toString());

    const AccountTestResult result = runTest(editor);
    QVERIFY(result.ok());
    QCOMPARE(editor->testView()->headline(), QStringLiteral("Connected: Feishu issued an access "
                                                            "token."));
    QVERIFY(m_engine->accounts().isEmpty()); // a test changes nothing

    QPushButton *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!editor->isVisible());

    const Account account = savedAccount(QStringLiteral("Acme"));
    QVERIFY(!account.id.isEmpty());
    QCOMPARE(account.appId, kApp);
    QCOMPARE(account.baseUrl, m_simulator->baseUrl().toString());
    QCOMPARE(m_dialog->currentAccountId(), account.id);
    QCOMPARE(m_dialog->accountList()->topLevelItemCount(), 1);
    QVERIFY(waitFor([&] { return m_keychain->entries().value(account.id) == kSecret; }));
    QCOMPARE(m_engine->maskedSecret(account.id), QStringLiteral("•••• 4711"));
    // The editor keeps no copy of what was typed.
    QVERIFY(editor->findChild<QLineEdit *>(QStringLiteral("secret"))->text().isEmpty());
}

void tst_AccountsDialog::wrongSecretShowsThePlatformsExactError()
{
    openDialog(true);
    AccountEditor *editor = fillNewAccount(QStringLiteral("Acme"), QStringLiteral("not-it"));
    QVERIFY(editor);
    const AccountTestResult result = runTest(editor);
    QVERIFY(!result.ok());
    QVERIFY(result.error);
    const ConnectionTestView *view = editor->testView();
    QCOMPARE(view->headline(), QStringLiteral("The connection failed: Sign-in failed"));
    QCOMPARE(view->code(), QStringLiteral("10014 (HTTP 400)"));
    QCOMPARE(view->message(), QStringLiteral("app secret invalid"));
    QCOMPARE(view->hint(), QStringLiteral("Check the app ID and app secret of this account, and "
                                          "the app's permissions in the Feishu / Lark developer "
                                          "console."));
    QVERIFY(!view->requestId().isEmpty());
    QCOMPARE(view->requestId(), result.error->requestId);
    auto *requestId = editor->findChild<QLineEdit *>(QStringLiteral("testRequestId"));
    QVERIFY(requestId->isVisible());
    QVERIFY(requestId->isReadOnly());
    requestId->selectAll();
    QCOMPARE(requestId->selectedText(), result.error->requestId);

    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QVERIFY(!editor->isVisible());
    QVERIFY(editor->findChild<QLineEdit *>(QStringLiteral("secret"))->text().isEmpty());
    QVERIFY(m_engine->accounts().isEmpty());
}

void tst_AccountsDialog::missingScopeIsNamed()
{
    openDialog(true);
    AccountEditor *editor = fillNewAccount(QStringLiteral("Acme"), kSecret);
    QVERIFY(editor);
    editor->accept();
    const Account account = savedAccount(QStringLiteral("Acme"));
    m_engine->pause();
    addTasks(SimTaskKind::FeishuDrive, account.id, QStringLiteral("scope-"), 1, 60000);

    SimFault fault;
    fault.kind = SimFault::Kind::Custom;
    fault.endpoint = QStringLiteral("feishu.drive");
    fault.count = -1;
    fault.status = 400;
    fault.contentType = "application/json";
    fault.body = R"({"code":99991672,"msg":"Access denied. One of the following scopes is )"
                 R"(required: [drive:drive.metadata:readonly].","error":{"log_id":")"
                 R"(20261201234500ABCDEF0123456789ABCDEF","permission_violations":[{"type":)"
                 R"("action_scope_required","subject":"drive:drive.metadata:readonly"}]}})";
    m_simulator->addFault(fault);

    m_dialog->editAccount(account.id);
    const AccountTestResult result = runTest(editor);
    QVERIFY(result.tokenIssued);
    QCOMPARE(result.checkedTaskId, QStringLiteral("scope-1"));
    QVERIFY(result.error);
    const ConnectionTestView *view = editor->testView();
    QVERIFY2(view->headline().contains(QStringLiteral("scope-1")), qPrintable(view->headline()));
    QCOMPARE(view->code(), QStringLiteral("99991672 (HTTP 400)"));
    QCOMPARE(view->requestId(), QStringLiteral("20261201234500ABCDEF0123456789ABCDEF"));
    QVERIFY2(view->hint().contains(QStringLiteral("drive:drive.metadata:readonly")),
             qPrintable(view->hint()));
}

void tst_AccountsDialog::permissionsFollowThePlatform_data()
{
    QTest::addColumn<int>("platformValue");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("notShown");
    const QStringList feishu{
        QStringLiteral("更新通讯录"),           QStringLiteral("以应用身份访问通讯录"),
        QStringLiteral("report:task:readonly"), QStringLiteral("contact:user.employee_id:readonly"),
        QStringLiteral("drive:drive"),          QStringLiteral("drive:drive.metadata:readonly"),
        QStringLiteral("drive:drive:readonly")};
    const QStringList dingTalk{QStringLiteral("Storage.Task.Read"),
                               QStringLiteral("SNS.Document.WorkspaceDocument.Read")};
    QTest::newRow("feishu") << int(Platform::Feishu) << feishu << dingTalk;
    QTest::newRow("lark") << int(Platform::Lark) << feishu << dingTalk;
    QTest::newRow("dingtalk") << int(Platform::DingTalk) << dingTalk << feishu;
}

void tst_AccountsDialog::permissionsFollowThePlatform()
{
    QFETCH(int, platformValue);
    const auto platform = Platform(platformValue);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, notShown);
    openDialog(true);
    m_dialog->addAccount(Platform::Feishu, QString());
    AccountEditor *editor = m_dialog->editor();
    auto *combo = editor->findChild<QComboBox *>(QStringLiteral("platform"));
    combo->setCurrentIndex(combo->findData(int(platform)));
    const auto *permissions = editor->findChild<AppPermissionsLabel *>();
    for (const QString &name : shown)
        QVERIFY2(permissions->text().contains(name), qPrintable(name));
    for (const QString &name : notShown)
        QVERIFY2(!permissions->text().contains(name), qPrintable(name));
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("baseUrl"))->placeholderText(),
             Platforms::defaultBaseUrl(platform));
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("unionId"))->isVisibleTo(editor),
             platform == Platform::DingTalk);
}

void tst_AccountsDialog::baseUrlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("default") << QString() << true;
    QTest::newRow("https") << QStringLiteral("https://open.feishu.cn") << true;
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("localhost http") << QStringLiteral("http://localhost:9000") << true;
    QTest::newRow("remote http") << QStringLiteral("http://open.feishu.cn") << false;
    QTest::newRow("lan http") << QStringLiteral("http://192.168.1.20") << false;
    QTest::newRow("no scheme") << QStringLiteral("open.feishu.cn") << false;
}

void tst_AccountsDialog::baseUrlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    openDialog(true);
    AccountEditor *editor = fillNewAccount(QStringLiteral("Acme"), kSecret);
    QVERIFY(editor);
    auto *baseUrl = editor->findChild<QLineEdit *>(QStringLiteral("baseUrl"));
    baseUrl->clear();
    QTest::keyClicks(baseUrl, url);
    QPushButton *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    auto *problem = editor->findChild<QLabel *>(QStringLiteral("problem"));
    QCOMPARE(save->isEnabled(), accepted);
    QCOMPARE(editor->findChild<QPushButton *>(QStringLiteral("testConnection"))->isEnabled(),
             accepted);
    if (accepted) {
        QVERIFY(editor->problem().isEmpty());
        QVERIFY(!problem->isVisibleTo(editor));
        return;
    }
    const std::optional<ApiError> refused = BaseUrlPolicy::check(QUrl(url));
    QVERIFY(refused);
    QCOMPARE(problem->text(), refused->message);
    QVERIFY(problem->isVisibleTo(editor));
    editor->accept();
    QVERIFY(editor->isVisible());
    QVERIFY(m_engine->accounts().isEmpty());
}

void tst_AccountsDialog::editedWhileItsTasksArePolled()
{
    openDialog(true);
    AccountEditor *editor = fillNewAccount(QStringLiteral("Acme"), kSecret);
    QVERIFY(editor);
    editor->accept();
    const Account account = savedAccount(QStringLiteral("Acme"));
    const QList<TaskRef> refs =
        addTasks(SimTaskKind::FeishuContact, account.id, QStringLiteral("poll-"), 3, 4000);
    QVERIFY(
        waitFor([&] { return m_simulator->requestCount(SimEndpoint::FeishuContactTask) >= 3; }));
    QVERIFY(!m_engine->tasks().task(refs.first().key())->isTerminal());

    m_dialog->editAccount(account.id);
    auto *secret = editor->findChild<QLineEdit *>(QStringLiteral("secret"));
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(secret->placeholderText(), QStringLiteral("•••• 4711 stored; type to replace it"));
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("accountName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Acme HR"));
    editor->findChild<QSpinBox *>(QStringLiteral("monthlyBudget"))->setValue(5000);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);

    QCOMPARE(m_engine->account(account.id)->name, QStringLiteral("Acme HR"));
    QCOMPARE(m_engine->monthlyBudget(account.id), 5000);
    QCOMPARE(m_preferences->monthlyCallBudget(account.id), 5000);
    QCOMPARE(m_dialog->accountList()->topLevelItem(0)->text(AccountsDialog::NameColumn),
             QStringLiteral("Acme HR"));
    QVERIFY(waitFor([&] {
        for (const TaskRef &ref : refs) {
            const WatchedTask *task = m_engine->tasks().task(ref.key());
            if (!task || task->displayState() != TaskState::Succeeded)
                return false;
        }
        return true;
    }));
    for (const TaskRef &ref : refs)
        QVERIFY(!m_engine->tasks().task(ref.key())->lastError);
    // Empty secret field: the stored one was kept, never re-entered.
    QCOMPARE(m_keychain->entries().value(account.id), kSecret);
}

void tst_AccountsDialog::callsPerEndpointAgainstTheBudget()
{
    openDialog(true);
    AccountEditor *editor = fillNewAccount(QStringLiteral("Acme"), kSecret);
    QVERIFY(editor);
    editor->findChild<QSpinBox *>(QStringLiteral("monthlyBudget"))->setValue(2000);
    editor->accept();
    const Account account = savedAccount(QStringLiteral("Acme"));
    addTasks(SimTaskKind::FeishuDrive, account.id, QStringLiteral("drive-"), 2, 1500);
    QVERIFY(waitFor([&] {
        return m_engine->callsThisMonthByEndpoint(account.id)
                       .value(QStringLiteral("feishu-drive")) >= 2 &&
               m_engine->scheduler().inFlightCount() == 0;
    }));
    m_engine->pause();
    const QMap<QString, qint64> calls = m_engine->callsThisMonthByEndpoint(account.id);
    const AccountUsageView *usage = m_dialog->usageView();
    QVERIFY(waitFor([&] {
        return usage->shownCalls(QStringLiteral("feishu-drive")) ==
               calls.value(QStringLiteral("feishu-drive"));
    }));
    QCOMPARE(usage->shownCalls(QStringLiteral("feishu-token")),
             calls.value(QStringLiteral("feishu-token")));
    QCOMPARE(usage->shownCalls(QStringLiteral("feishu-report")), 0);
    QCOMPARE(usage->shownCalls(QStringLiteral("dingtalk-doc")), -1);
    const qint64 metered = m_engine->meteredCallsThisMonth(account.id);
    QCOMPARE(metered, calls.value(QStringLiteral("feishu-drive")));
    const QLocale locale;
    QCOMPARE(
        m_dialog->budgetSummary(),
        QStringLiteral("%1 of the monthly budget of %2 metered calls spent; %3 left.")
            .arg(locale.toString(metered), locale.toString(2000), locale.toString(2000 - metered)));
    QCOMPARE(m_dialog->accountList()->topLevelItem(0)->text(AccountsDialog::CallsColumn),
             QStringLiteral("%1 of %2").arg(locale.toString(metered), locale.toString(2000)));
}

void tst_AccountsDialog::removalAsksAboutTasks_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("tasksStay");
    QTest::newRow("keep tasks") << QStringLiteral("keepTasks") << true;
    QTest::newRow("stop watching") << QStringLiteral("stopWatchingTasks") << false;
}

void tst_AccountsDialog::removalAsksAboutTasks()
{
    QFETCH(QString, button);
    QFETCH(bool, tasksStay);
    openDialog(true);
    AccountEditor *editor = fillNewAccount(QStringLiteral("Acme"), kSecret);
    QVERIFY(editor);
    editor->accept();
    const Account account = savedAccount(QStringLiteral("Acme"));
    QVERIFY(waitFor([&] { return m_keychain->entries().contains(account.id); }));
    const QList<TaskRef> refs =
        addTasks(SimTaskKind::FeishuDrive, account.id, QStringLiteral("rm-"), 2, 60000);

    m_dialog->selectAccount(account.id);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("removeAccount")),
                      Qt::LeftButton);
    QMessageBox *question = m_dialog->removeQuestion();
    QVERIFY(question);
    QVERIFY(question->isVisible());
    QVERIFY(question->informativeText().contains(QStringLiteral("2 watched task")));
    // Cancel first: nothing changes.
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("cancelRemoval")),
                      Qt::LeftButton);
    QVERIFY(waitFor([&] { return !m_dialog->removeQuestion(); }));
    QVERIFY(m_engine->account(account.id));

    m_dialog->removeAccount(account.id);
    question = m_dialog->removeQuestion();
    QVERIFY(question);
    QTest::mouseClick(question->findChild<QPushButton *>(button), Qt::LeftButton);
    QVERIFY(!m_engine->account(account.id));
    QCOMPARE(m_dialog->accountList()->topLevelItemCount(), 0);
    QVERIFY(waitFor([&] { return !m_keychain->entries().contains(account.id); }));
    for (const TaskRef &ref : refs)
        QCOMPARE(m_engine->isWatching(ref.key()), tasksStay);
}

void tst_AccountsDialog::noKeychainKeepsSecretsForTheSessionUntilTheFileIsChosen()
{
    openDialog(false);
    const QString secretsFile = m_dir->filePath(QStringLiteral("secrets.json"));
    SecretStorageNotice *notice = m_dialog->secretNotice();
    QVERIFY(notice->message().startsWith(SecretVault::sessionOnlyExplanation()));
    QVERIFY(notice->fileChoice()->isVisible());
    QCOMPARE(notice->fileChoice()->text(), SecretVault::fileChoiceLabel());
    QVERIFY(!notice->fileChoice()->isChecked());

    AccountEditor *editor = fillNewAccount(QStringLiteral("Acme"), kSecret);
    QVERIFY(editor);
    QCOMPARE(editor->findChild<QLabel *>(QStringLiteral("secretStorageSentence"))->text(),
             SecretVault::sessionOnlyExplanation());
    editor->accept();
    const Account account = savedAccount(QStringLiteral("Acme"));
    QVERIFY(waitFor([&] { return m_vault->sessionOnlyKeys().contains(account.id); }));
    QTest::qWait(100);
    QVERIFY(!QFile::exists(secretsFile));
    QVERIFY(!m_preferences->secretsInFile());
    QVERIFY(!m_vault->usesFile());

    QCheckBox *fileChoice = notice->fileChoice();
    QTest::mouseClick(fileChoice, Qt::LeftButton, {}, QPoint(8, fileChoice->height() / 2));
    QVERIFY(notice->fileChoice()->isChecked());
    QVERIFY(m_vault->usesFile());
    QVERIFY(m_preferences->secretsInFile());
    QVERIFY(waitFor([&] { return m_vault->sessionOnlyKeys().isEmpty(); }));
    QVERIFY(QFile::exists(secretsFile));
    QCOMPARE(QFile::permissions(secretsFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(notice->message(), QStringLiteral("Secrets are kept in a file readable only by you."));
}

void tst_AccountsDialog::demoModeSaysSecretsAreForTheSession()
{
    openDialog(true, false);
    SecretStorageNotice *notice = m_dialog->secretNotice();
    QCOMPARE(notice->message(),
             QStringLiteral("Demo accounts: secrets are kept for this session."));
    QVERIFY(!notice->fileChoice()->isVisibleTo(m_dialog.get()));
    AccountEditor *editor = fillNewAccount(QStringLiteral("Demo"), kSecret);
    QVERIFY(editor);
    QVERIFY(runTest(editor).ok());
}

void tst_AccountsDialog::typedSecretIsWrittenNowhere()
{
    const QString typed = QStringLiteral("typed-in-dialog-Zq81x");
    m_simulator->addFeishuApp(QStringLiteral("cli_typed_app"), typed);
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    openDialog(true);
    m_dialog->addAccount(Platform::Feishu, m_simulator->baseUrl().toString());
    AccountEditor *editor = m_dialog->editor();
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("accountName")),
                     QStringLiteral("Typed"));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("appId")),
                     QStringLiteral("cli_typed_app"));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("secret")), typed);
    QVERIFY(runTest(editor).ok());
    editor->accept();
    const Account account = savedAccount(QStringLiteral("Typed"));
    const QList<TaskRef> refs =
        addTasks(SimTaskKind::FeishuContact, account.id, QStringLiteral("typed-"), 2, 1500);
    QVERIFY(waitFor([&] { return m_engine->tasks().task(refs.last().key())->isTerminal(); }));
    const QString exportPath = m_dir->filePath(QStringLiteral("tasks.csv"));
    const TaskTableCsvExporter exporter(&m_engine->tasks(),
                                        TaskTableCsvExporter::textColumns(&m_engine->tasks()));
    QVERIFY(exporter.exportToFile(exportPath).ok());
    m_engine->flush();
    QVERIFY(m_preferences->sync());
    qInstallMessageHandler(previous);
    QCOMPARE(m_keychain->entries().value(account.id), typed);

    int filesRead = 0;
    QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++filesRead;
        QVERIFY2(!bytes.contains(typed.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(
                     QByteArray(reinterpret_cast<const char *>(typed.utf16()), typed.size() * 2)),
                 qPrintable(file.fileName()));
    }
    QVERIFY(filesRead >= 3); // settings, database, export
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(typed), qPrintable(line));
}

void tst_AccountsDialog::grabsAreDrawn_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("light") << false << true << QString() << QString();
    QTest::newRow("dark") << true << true << QString() << QStringLiteral("-dark");
    QTest::newRow("no keychain") << false << false << QString() << QStringLiteral("-nokeychain");
    // Last: the translators stay installed.
    QTest::newRow("zh_CN") << false << true << QStringLiteral("zh_CN") << QStringLiteral("-zh_CN");
}

// Renders the dialog and the editor as a user sees them (a Feishu account on the simulator, a
// successful and a failed test); with TASKMONITOR_SCREENSHOTS set, the pictures are written
// there for review.
void tst_AccountsDialog::grabsAreDrawn()
{
    QFETCH(bool, dark);
    QFETCH(bool, keychain);
    QFETCH(QString, language);
    QFETCH(QString, suffix);
    if (!language.isEmpty()) {
        QVERIFY(Translations::install(*qApp, QLocale(language)));
        QLocale::setDefault(QLocale(language));
    }
    const QPalette original = QApplication::palette();
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        QApplication::setPalette(palette);
    }
    openDialog(keychain);
    AccountEditor *editor = fillNewAccount(QStringLiteral("Acme HR (Feishu)"), kSecret);
    QVERIFY(editor);
    editor->findChild<QSpinBox *>(QStringLiteral("monthlyBudget"))->setValue(10000);
    editor->accept();
    const Account account = savedAccount(QStringLiteral("Acme HR (Feishu)"));
    addTasks(SimTaskKind::FeishuDrive, account.id, QStringLiteral("shot-"), 2, 1000);
    QVERIFY(waitFor([&] {
        return m_engine->meteredCallsThisMonth(account.id) >= 2 &&
               m_engine->scheduler().inFlightCount() == 0;
    }));
    m_engine->pause();
    QTest::qWait(400);
    const QImage dialogShot = m_dialog->grab().toImage();

    m_dialog->editAccount(account.id);
    QVERIFY(runTest(editor).ok());
    const QImage editorShot = editor->grab().toImage();
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("secret")),
                     QStringLiteral("wrong-secret"));
    QVERIFY(!runTest(editor).ok());
    const QImage failedShot = editor->grab().toImage();
    QApplication::setPalette(original);

    for (const QImage &shot : {dialogShot, editorShot, failedShot}) {
        QVERIFY(!shot.isNull());
        // Drawn: more than the background colour in it.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY(colours.size() > 8);
    }
    const QString folder = qEnvironmentVariable("TASKMONITOR_SCREENSHOTS");
    if (!folder.isEmpty()) {
        const QDir out(folder);
        QVERIFY(dialogShot.save(out.filePath(QStringLiteral("accounts-dialog%1.png").arg(suffix))));
        QVERIFY(editorShot.save(out.filePath(QStringLiteral("account-editor%1.png").arg(suffix))));
        QVERIFY(failedShot.save(
            out.filePath(QStringLiteral("account-editor-failed%1.png").arg(suffix))));
    }
}

QTEST_MAIN(tst_AccountsDialog)
#include "tst_accountsdialog.moc"
