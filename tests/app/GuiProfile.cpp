#include "GuiProfile.h"

#include "app/engine/Engine.h"
#include "app/secrets/FileSecretStore.h"
#include "models/preferences/Preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>

#include <optional>

namespace {

bool writeSecret(FileSecretStore &store, const QString &key, const QString &secret,
                 QString *problem)
{
    std::optional<SecretResult> written;
    QObject context; // answers go only to a living context
    store.write(key, secret, &context,
                [&written](const SecretResult &result) { written = result; });
    QElapsedTimer timer;
    timer.start();
    while (!written && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!written || written->status != SecretResult::Status::Ok) {
        *problem = QStringLiteral("secret not written: %1")
                       .arg(written ? written->message : QStringLiteral("no answer"));
        return false;
    }
    return true;
}

} // namespace

GuiProfile::GuiProfile(QString folder)
    : m_folder(std::move(folder))
{}

QString GuiProfile::databasePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("watchlist.sqlite"));
}

QString GuiProfile::settingsPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("settings.ini"));
}

QString GuiProfile::secretsPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("secrets.json"));
}

QString GuiProfile::logFolder() const
{
    return QDir(m_folder).filePath(QStringLiteral("logs"));
}

QByteArray GuiProfile::logBytes() const
{
    QByteArray bytes;
    const QDir logs(logFolder());
    for (const QString &name :
         {QStringLiteral("taskmonitor.log.2"), QStringLiteral("taskmonitor.log.1"),
          QStringLiteral("taskmonitor.log")}) {
        QFile file(logs.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

bool GuiProfile::prepare(const QList<AccountSecret> &accounts, const QList<TaskRef> &tasks,
                         QString *problem)
{
    if (!QDir().mkpath(m_folder)) {
        *problem = QStringLiteral("cannot create %1").arg(m_folder);
        return false;
    }
    {
        Preferences preferences(settingsPath());
        preferences.setSecretsInFile(true);
        if (!preferences.sync()) {
            *problem = QStringLiteral("settings not written");
            return false;
        }
    }
    FileSecretStore secrets(secretsPath());
    for (const AccountSecret &entry : accounts) {
        if (!writeSecret(secrets, entry.account.id, entry.secret, problem))
            return false;
    }
    // The engine as the window would have it, paused so that it only writes what it was given.
    EngineOptions options;
    options.databasePath = databasePath();
    options.persistDelayMs = 10;
    Engine engine(options);
    const DatabaseOpenResult opened = engine.start();
    if (!opened.canSave()) {
        *problem = opened.message;
        return false;
    }
    engine.pause();
    for (const AccountSecret &entry : accounts)
        engine.setAccount(entry.account, entry.secret);
    if (engine.addTasks(tasks) != tasks.size()) {
        *problem = QStringLiteral("not every task was added");
        return false;
    }
    engine.flush();
    return true;
}

bool GuiProfile::waitUntilStarted(QProcess &process, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && process.state() != QProcess::NotRunning) {
        if (logBytes().contains("taskmonitor.engine: restored"))
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return false;
}

std::unique_ptr<QProcess> GuiProfile::launch(const QString &executable, const QString &outputFile)
{
    auto process = std::make_unique<QProcess>();
    if (!m_runtimeDir) {
        m_runtimeDir = std::make_unique<QTemporaryDir>();
        QFile::setPermissions(m_runtimeDir->path(), QFileDevice::ReadOwner |
                                                        QFileDevice::WriteOwner |
                                                        QFileDevice::ExeOwner);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir->path());
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    // Never a pipe: nobody reads it, and a full pipe would stall the app's log writes.
    process->setStandardOutputFile(outputFile.isEmpty() ? QProcess::nullDevice() : outputFile);
    process->start(executable, {QStringLiteral("--profile"), m_folder});
    return process;
}
