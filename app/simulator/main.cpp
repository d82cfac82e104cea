#include "OpenPlatformSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("taskmonitor-simulator"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local fake of the Feishu / Lark and DingTalk open platforms (loopback only)."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QStringLiteral("Scenario file (JSON)."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
                                        QStringLiteral("PEM certificate: serve HTTPS."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
                                       QStringLiteral("PEM private key for --tls-cert."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         QStringLiteral("Time factor for scripted tasks."),
                                         QStringLiteral("X"), QStringLiteral("1"));
    parser.addOptions({portOption, scenarioOption, certOption, keyOption, speedOption});
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    bool speedOk = false;
    const double speed = parser.value(speedOption).toDouble(&speedOk);
    if (!portOk || port > 65535 || !speedOk || speed <= 0) {
        err << "invalid --port or --speed\n";
        return 2;
    }
    if (parser.isSet(certOption) != parser.isSet(keyOption)) {
        err << "--tls-cert and --tls-key go together\n";
        return 2;
    }

    OpenPlatformSimulator simulator;
    QString error;
    if (parser.isSet(scenarioOption) &&
        !simulator.loadScenarioFile(parser.value(scenarioOption), &error)) {
        err << error << '\n';
        return 1;
    }
    if (parser.isSet(certOption) &&
        !simulator.enableTls(parser.value(certOption), parser.value(keyOption), &error)) {
        err << error << '\n';
        return 1;
    }
    simulator.useRealClock(speed);
    if (simulator.listen(QHostAddress::LocalHost, quint16(port)) == 0) {
        err << "cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }
    // Scripts read the first line to learn the port, so it must leave the buffer at once.
    std::fprintf(stdout, "%s\n", simulator.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
