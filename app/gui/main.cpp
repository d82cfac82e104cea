#include "app/engine/Engine.h"
#include "app/gui/CommandLineTasks.h"
#include "app/gui/DemoEnvironment.h"
#include "app/gui/RotatingLogFile.h"
#include "app/gui/SingleInstance.h"
#include "app/gui/UnixSignalQuit.h"
#include "app/secrets/FileSecretStore.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/secrets/SecretVault.h"
#include "models/persistence/WatchListDatabase.h"
#include "models/preferences/Preferences.h"
#include "resources/Translations.h"
#include "ui/MainWindow.h"
#include "ui/MainWindowActions.h"
#include "ui/UiLogging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

#include <memory>

namespace {

// Once, when the settings file was set aside; not modal for the event loop.
void tellAboutTheSettings(QWidget &window, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, QApplication::translate("main", "Settings"),
                                message, QMessageBox::Ok, &window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("settingsMessage"));
    box->open();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TaskMonitor"));
    QApplication::setApplicationName(QStringLiteral("TaskMonitor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Task Monitor"));
    QApplication::setApplicationVersion(QStringLiteral(TASKMONITOR_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(TASKMONITOR_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/taskmonitor.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Watches Feishu / Lark and DingTalk asynchronous tasks and report queries."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Watch the built-in simulator's demo tasks, with a data "
                                        "folder and settings of their own."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QApplication::translate("main", "Keep the watch list and settings in DIR instead of the "
                                        "usual places."),
        QStringLiteral("DIR"));
    const QCommandLineOption add(
        QStringLiteral("add"),
        QApplication::translate("main", "Watch the tasks in TEXT (ids, links, curl lines), as "
                                        "if pasted; may be given more than once."),
        QStringLiteral("TEXT"));
    parser.addOptions({demo, profile, add});
    parser.addPositionalArgument(
        QStringLiteral("tasks"),
        QApplication::translate("main", "Task ids or links to watch, as if pasted."),
        QStringLiteral("[tasks...]"));
    parser.process(app);
    const QString tasksText =
        (parser.values(add) + parser.positionalArguments()).join(QLatin1Char('\n'));

    DemoEnvironment demoEnvironment;
    const bool isDemo = parser.isSet(demo);
    // The log goes with the data it describes: a profile or the demo keeps its own.
    const QString logFolder =
        isDemo ? QDir(demoEnvironment.dataFolder()).filePath(QStringLiteral("logs"))
        : parser.isSet(profile) ? QDir(parser.value(profile)).filePath(QStringLiteral("logs"))
                                : RotatingLogFile::defaultFolder();
    const RotatingLogFile log(logFolder);
    qCInfo(lcUi).noquote() << "Task Monitor" << QApplication::applicationVersion() << "started;"
                           << (isDemo ? "demo" : "watch list") << "log" << log.filePath();
    QString databasePath = WatchListDatabase::defaultPath();
    std::unique_ptr<Preferences> preferences;
    if (isDemo) {
        databasePath = demoEnvironment.databasePath();
        preferences = std::make_unique<Preferences>(demoEnvironment.settingsPath());
    } else if (parser.isSet(profile)) {
        const QDir folder(parser.value(profile));
        folder.mkpath(QStringLiteral("."));
        databasePath = folder.filePath(QStringLiteral("watchlist.sqlite"));
        preferences =
            std::make_unique<Preferences>(folder.filePath(QStringLiteral("settings.ini")));
    } else {
        preferences = std::make_unique<Preferences>();
    }
    QDir().mkpath(QFileInfo(databasePath).absolutePath());

    // One window per profile: a second launch raises the first and gives it its tasks.
    QString profileKey = QStringLiteral("default");
    if (isDemo)
        profileKey = QStringLiteral("demo");
    else if (parser.isSet(profile))
        profileKey = QFileInfo(parser.value(profile)).canonicalFilePath();
    SingleInstance instance(profileKey);
    switch (instance.handOver(LaunchMessage{tasksText})) {
    case SingleInstance::HandOver::Taken:
        return 0;
    case SingleInstance::HandOver::NoAnswer:
        qCritical("%s", qPrintable(QApplication::translate(
                            "main", "Task Monitor is already running for this profile but does "
                                    "not answer; the tasks were not handed to it.")));
        return 1;
    case SingleInstance::HandOver::NobodyListening:
        break;
    }
    QString instanceProblem;
    if (!instance.listen(&instanceProblem))
        qWarning("Another launch cannot reach this window: %s", qPrintable(instanceProblem));

    const QString language = preferences->language();
    Translations::install(app, language.isEmpty() ? QLocale::system() : QLocale(language));

    // After the translators: the demo's task labels are in the user's language.
    if (isDemo) {
        QString problem;
        if (!demoEnvironment.start(&problem)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Task Monitor"),
                                  problem);
            return 1;
        }
    }

    // The demo never touches the real keychain: its secrets live for the session only.
    std::unique_ptr<SecretVault> vault;
    if (!isDemo) {
        const QString secretsFile =
            parser.isSet(profile)
                ? QDir(parser.value(profile)).filePath(QStringLiteral("secrets.json"))
                : QString();
        vault = std::make_unique<SecretVault>(
            new KeychainSecretStore,
            secretsFile.isEmpty() ? new FileSecretStore : new FileSecretStore(secretsFile));
        vault->setUseFile(preferences->secretsInFile());
        vault->probe();
    }

    EngineOptions options;
    options.databasePath = databasePath;
    options.secrets = vault.get();
    options.preferences = preferences.get();
    Engine engine(options);
    engine.start();
    if (isDemo)
        demoEnvironment.populate(engine);

    MainWindow window(engine, *preferences, MainWindow::Options{isDemo, vault.get()});
    window.actions()->setLogFolder(log.isOpen() ? log.folder() : QString());
    window.show();
    if (!preferences->setAsideMessage().isEmpty())
        tellAboutTheSettings(window, preferences->setAsideMessage());
    if (!tasksText.isEmpty())
        CommandLineTasks::add(engine, window, tasksText);
    QObject::connect(&instance, &SingleInstance::launched, &window,
                     [&engine, &window](const LaunchMessage &message) {
                         window.showFromTray();
                         if (!message.text.isEmpty())
                             CommandLineTasks::add(engine, window, message.text);
                     });
    instance.startDelivering();

    UnixSignalQuit signalQuit;
    QObject::connect(&signalQuit, &UnixSignalQuit::quitRequested, &window, [&window] {
        window.close();
        QApplication::quit();
    });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &engine, &Engine::flush);
    return QApplication::exec();
}
