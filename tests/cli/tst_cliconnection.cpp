#include "app/secrets/SecretStore.h"
#include "CliConnection.h"
#include "models/persistence/WatchListDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// CliConnection without a keychain: saved accounts by name or id, the secret from the store,
// and a clear way out when the keychain is missing.
class tst_CliConnection final : public QObject
{
    Q_OBJECT

private slots:
    void savedAccountByNameOrId();
    void keychainMissingOrEmpty();
    void savedAccountsAreOnlyRead();
    void environment();
};

namespace {

// The app's asynchronous secret interface over a hash: no keychain runs in this test (the
// real one is tested against gnome-keyring in tests/secrets).
class FakeSecretStore final : public SecretStore
{
public:
    void read(const QString &key, QObject *context, Callback done) override
    {
        lastKey = key;
        if (!available)
            answer(context, std::move(done),
                   SecretResult::withMessage(SecretResult::Status::Unavailable,
                                             QStringLiteral("no D-Bus")));
        else if (!secrets.contains(key))
            answer(context, std::move(done),
                   SecretResult::withMessage(SecretResult::Status::NotFound, QString()));
        else
            answer(context, std::move(done), SecretResult::ok(secrets.value(key)));
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        secrets.insert(key, secret);
        answer(context, std::move(done), SecretResult::ok());
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        secrets.remove(key);
        answer(context, std::move(done), SecretResult::ok());
    }

    bool available = true;
    QHash<QString, QString> secrets;
    QString lastKey;
};

// What CliApplication does: resolve, then read the saved account's secret without blocking.
CliConnection resolveWith(const CliOptions &options, const QProcessEnvironment &env,
                          FakeSecretStore &store)
{
    const CliConnection connection = CliConnection::resolve(options, env);
    if (!connection.needsStoredSecret())
        return connection;
    std::optional<SecretResult> stored;
    QObject context;
    store.read(connection.secretKey(), &context,
               [&stored](const SecretResult &result) { stored = result; });
    if (!QTest::qWaitFor([&stored] { return stored.has_value(); }))
        return connection;
    return connection.withStoredSecret(*stored);
}

QString writeWatchList(const QTemporaryDir &dir, const QString &baseUrl = {})
{
    Account account;
    account.id = QStringLiteral("acc-7");
    account.name = QStringLiteral("子公司");
    account.platform = Platform::DingTalk;
    account.appId = QStringLiteral("dingkey");
    account.unionId = QStringLiteral("saved-union");
    account.baseUrl = baseUrl;
    const QString path = dir.filePath(QStringLiteral("watchlist.sqlite"));
    WatchListDatabase database;
    database.open(path);
    WatchListBatch batch;
    batch.accounts = QList<Account>{account};
    database.submit(batch);
    database.waitForWrites();
    return path;
}

CliOptions savedOptions(const QString &path, const QString &name)
{
    CliOptions options;
    options.accountName = name;
    options.watchListFile = path;
    return options;
}

} // namespace

void tst_CliConnection::savedAccountByNameOrId()
{
    QTemporaryDir dir;
    const QString path = writeWatchList(dir);
    FakeSecretStore store;
    store.secrets.insert(QStringLiteral("acc-7"), QStringLiteral("from-keychain"));
    for (const QString &name : {QStringLiteral("子公司"), QStringLiteral("acc-7")}) {
        const CliConnection connection = resolveWith(savedOptions(path, name), {}, store);
        QVERIFY2(connection.ok(), qPrintable(connection.problem()));
        QCOMPARE(connection.account().platform, Platform::DingTalk);
        QCOMPARE(connection.account().unionId, QStringLiteral("saved-union"));
        QCOMPARE(connection.secret(), QStringLiteral("from-keychain"));
        QCOMPARE(store.lastKey, QStringLiteral("acc-7"));
    }
    CliOptions override = savedOptions(path, QStringLiteral("acc-7"));
    override.unionId = QStringLiteral("cli-union");
    QCOMPARE(resolveWith(override, {}, store).account().unionId, QStringLiteral("cli-union"));
    const CliConnection missing =
        resolveWith(savedOptions(path, QStringLiteral("other")), {}, store);
    QVERIFY(!missing.ok());
    QVERIFY(missing.problem().contains(QStringLiteral("子公司")));

    QTemporaryDir insecureDir;
    const QString insecure = writeWatchList(insecureDir, QStringLiteral("http://10.0.0.8"));
    QVERIFY(!resolveWith(savedOptions(insecure, QStringLiteral("acc-7")), {}, store).ok());
}

void tst_CliConnection::keychainMissingOrEmpty()
{
    QTemporaryDir dir;
    const QString path = writeWatchList(dir);
    FakeSecretStore store;
    store.available = false;
    const CliConnection none = resolveWith(savedOptions(path, QStringLiteral("acc-7")), {}, store);
    QVERIFY(!none.ok());
    QVERIFY(none.problem().contains(QStringLiteral("keychain is not available")));
    QVERIFY(none.problem().contains(QStringLiteral("--app-secret-env")));
    store.available = true;
    const CliConnection empty = resolveWith(savedOptions(path, QStringLiteral("acc-7")), {}, store);
    QVERIFY(!empty.ok());
    QVERIFY(empty.problem().contains(QStringLiteral("no secret")));
}

void tst_CliConnection::savedAccountsAreOnlyRead()
{
    QTemporaryDir dir;
    FakeSecretStore store;
    store.secrets.insert(QStringLiteral("acc-7"), QStringLiteral("from-keychain"));
    const QString missing = dir.filePath(QStringLiteral("none.sqlite"));
    const CliConnection none =
        resolveWith(savedOptions(missing, QStringLiteral("acc-7")), {}, store);
    QVERIFY(!none.ok());
    QVERIFY2(none.problem().contains(QStringLiteral("no saved accounts")),
             qPrintable(none.problem()));
    QVERIFY(!QFileInfo::exists(missing));

    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    const QByteArray garbage("SQLite format 3 is what this is not");
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    const CliConnection unreadable =
        resolveWith(savedOptions(damaged, QStringLiteral("acc-7")), {}, store);
    QVERIFY(!unreadable.ok());
    QVERIFY2(unreadable.problem().contains(QStringLiteral("cannot be read")),
             qPrintable(unreadable.problem()));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("damaged.sqlite")});
}

void tst_CliConnection::environment()
{
    FakeSecretStore store;
    CliOptions options;
    options.platform = Platform::Lark;
    options.appId = QStringLiteral("cli_a");
    QProcessEnvironment env;
    env.insert(QStringLiteral("TASKMONITOR_APP_SECRET"), QStringLiteral("s3cret"));
    const CliConnection connection = resolveWith(options, env, store);
    QVERIFY(connection.ok());
    QCOMPARE(connection.account().effectiveBaseUrl(), QStringLiteral("https://open.larksuite.com"));
    QCOMPARE(connection.account().authMode, Account::AuthMode::AppCredentials);
    QCOMPARE(connection.secret(), QStringLiteral("s3cret"));

    options.tokenEnv = QStringLiteral("MY_TOKEN");
    QVERIFY(!resolveWith(options, env, store).ok());
    env.insert(QStringLiteral("MY_TOKEN"), QStringLiteral("t-123"));
    const CliConnection pasted = resolveWith(options, env, store);
    QCOMPARE(pasted.account().authMode, Account::AuthMode::PastedToken);
    QCOMPARE(pasted.secret(), QStringLiteral("t-123"));
}

QTEST_GUILESS_MAIN(tst_CliConnection)
#include "tst_cliconnection.moc"
