#include "app/cli/CliLogOutput.h"
#include "app/secrets/FileSecretStore.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/secrets/SecretVault.h"
#include "CliApplication.h"
#include "CliExit.h"
#include "CliOptions.h"
#include "models/preferences/Preferences.h"
#include "resources/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcessEnvironment>

#include <cstdio>

namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The window's names, so --account finds the watch list it saved.
    QCoreApplication::setOrganizationName(QStringLiteral("TaskMonitor"));
    QCoreApplication::setApplicationName(QStringLiteral("TaskMonitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TASKMONITOR_VERSION));
    Translations::install(app, QLocale::system());

    const CliOptions options =
        CliOptions::parse(QCoreApplication::arguments(), CliConsole::stdoutIsTerminal());
    switch (options.outcome) {
    case CliOptions::Outcome::Help:
        print(stdout, options.text);
        return CliExit::Ok;
    case CliOptions::Outcome::Version:
        print(stdout, QStringLiteral("taskmonitor-cli ") + QCoreApplication::applicationVersion() +
                          QLatin1Char('\n'));
        return CliExit::Ok;
    case CliOptions::Outcome::UsageError:
        print(stderr, QStringLiteral("taskmonitor-cli: ") + options.text + QLatin1Char('\n') +
                          QCoreApplication::translate("main", "Try \"taskmonitor-cli --help\".") +
                          QLatin1Char('\n'));
        return CliExit::Usage;
    case CliOptions::Outcome::Run:
        break;
    }

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    CliLogOutput::install(options.verbose);
    CliLogOutput::addSecret(environment.value(options.appSecretEnv));
    if (!options.tokenEnv.isEmpty())
        CliLogOutput::addSecret(environment.value(options.tokenEnv));

    // Where the window keeps secrets: the keychain, or the owner-only file if the user chose it.
    SecretVault secrets(new KeychainSecretStore, new FileSecretStore);
    secrets.setUseFile(Preferences().secretsInFile());
    CliApplication cli(options, environment, secrets);
    QObject::connect(&cli, &CliApplication::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    const int immediate = cli.start();
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
