#include "CliOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace {

CliOptions usageError(const QString &message)
{
    CliOptions options;
    options.outcome = CliOptions::Outcome::UsageError;
    options.text = message;
    return options;
}

// Seconds as given on the command line ("2", "0.5") to milliseconds; -1 when not a positive
// number.
qint64 secondsToMs(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 7 * 24 * 3600)
        return -1;
    return std::max<qint64>(1, std::llround(seconds * 1000.0));
}

// A date ("2026-11-16"), a date and time in ISO 8601 (UTC unless it names an offset) or Unix
// seconds. A bare date at the end of a window means the whole day.
QDateTime parseDate(const QString &text, bool endOfWindow)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
    if (digits.match(text).hasMatch())
        return QDateTime::fromSecsSinceEpoch(text.toLongLong(), Qt::UTC);
    static const QRegularExpression dayOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    // QDate reads the date part of a full timestamp too, so only a bare day may get here.
    const QDate date =
        dayOnly.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (date.isValid()) {
        const QTime time = endOfWindow ? QTime(23, 59, 59) : QTime(0, 0);
        return QDateTime(date, time, Qt::UTC);
    }
    QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    if (!moment.isValid())
        return {};
    if (moment.timeSpec() == Qt::LocalTime)
        moment.setTimeSpec(Qt::UTC);
    return moment.toUTC();
}

QString helpEpilogue()
{
    return CliOptions::tr(
        "\nCommands:\n"
        "  status   TASK...   Print the status of tasks (ids, platform URLs, pasted text).\n"
        "  reports            Print the report (汇报) submissions of a rule or user in a\n"
        "                     commit-time window: --from DATE --to DATE, or --window\n"
        "                     today, this_week, last_7_days or this_month (local time).\n"
        "\n"
        "Connection: --account NAME (saved by the Task Monitor window, secret from the\n"
        "keychain), or --platform with --app-id and the app secret in the environment\n"
        "variable named by --app-secret-env, or a ready token in the variable named by\n"
        "--token-env. No option takes a secret itself.\n"
        "\n"
        "DATE: 2026-11-16 (a whole day), 2026-11-16T09:30:00Z, or Unix seconds.\n"
        "\n"
        "Exit status:\n"
        "  0  every status was fetched and none failed (with --wait: all succeeded)\n"
        "  1  at least one task failed or partially failed\n"
        "  2  usage error, including an insecure base URL or a missing secret\n"
        "  3  at least one status could not be fetched (network, sign-in, API error,\n"
        "     not found)\n"
        "  4  --wait timed out\n"
        "When several apply, the first of 2, 3, 1, 4 wins.\n");
}

} // namespace

CliOptions CliOptions::parse(const QStringList &arguments, bool stdoutIsTerminal)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        tr("Checks, waits for and exports Feishu / Lark and DingTalk asynchronous tasks."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version and exit."));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        tr("Kind of bare task ids: feishu-contact, feishu-drive, dingtalk-storage, dingtalk-doc."),
        QStringLiteral("KIND"));
    const QCommandLineOption account(
        QStringLiteral("account"),
        tr("Use an account saved by the Task Monitor window (name or id); the secret comes "
           "from the keychain."),
        QStringLiteral("NAME"));
    const QCommandLineOption watchList(
        QStringLiteral("watchlist"),
        tr("Watch-list file to look --account up in (default: the window's own)."),
        QStringLiteral("FILE"));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      tr("Platform: feishu, lark or dingtalk."),
                                      QStringLiteral("PLATFORM"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        tr("API host (default: the platform's). Plain http:// only to this computer."),
        QStringLiteral("URL"));
    const QCommandLineOption appId(QStringLiteral("app-id"),
                                   tr("Feishu / Lark app_id or DingTalk appKey."),
                                   QStringLiteral("ID"));
    const QCommandLineOption appSecretEnv(
        QStringLiteral("app-secret-env"),
        tr("Environment variable holding the app secret (default TASKMONITOR_APP_SECRET)."),
        QStringLiteral("VAR"));
    const QCommandLineOption tokenEnv(
        QStringLiteral("token-env"),
        tr("Environment variable holding a ready access token (instead of an app secret)."),
        QStringLiteral("VAR"));
    const QCommandLineOption unionId(
        QStringLiteral("union-id"),
        tr("DingTalk operator unionId (required for dingtalk-storage tasks)."),
        QStringLiteral("ID"));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  tr("Poll until every task has finished."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Shortest interval between two checks of a task "
                                         "with --wait, in seconds (default 2)."),
                                      QStringLiteral("S"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Give up waiting after this many seconds (exit 4)."),
                                     QStringLiteral("S"));
    const QCommandLineOption noLearn(
        QStringLiteral("no-learn"),
        tr("With --wait: neither use nor keep how long finished tasks took (kept otherwise in "
           "the cache folder to time the checks of tasks without progress)."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("Output format: table, json or csv (default: table on a terminal, json otherwise)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("Write the output to FILE instead of stdout."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption subtasks(QStringLiteral("subtasks"),
                                      tr("Include sub-task rows (csv: one row per sub-task)."));
    const QCommandLineOption failedOnly(
        QStringLiteral("failed-only"),
        tr("Only tasks that did not succeed, and only failed sub-task rows."));
    const QCommandLineOption requestTimeout(
        QStringLiteral("request-timeout"),
        tr("Transfer timeout of one request, in seconds (default 15)."), QStringLiteral("S"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        tr("Log requests, answers, token fetches and check decisions to stderr (secrets "
           "masked)."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("reports: start of the commit-time window."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("reports: end of the commit-time window (inclusive)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption window(
        QStringLiteral("window"),
        tr("reports: today, this_week, last_7_days or this_month, in local time (instead of "
           "--from and --to)."),
        QStringLiteral("WINDOW"));
    const QCommandLineOption ruleId(QStringLiteral("rule-id"), tr("reports: the rule's id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption userId(QStringLiteral("user-id"),
                                    tr("reports: only this user's submissions."),
                                    QStringLiteral("ID"));
    const QCommandLineOption userIdType(QStringLiteral("user-id-type"),
                                        tr("reports: open_id (default), union_id or user_id."),
                                        QStringLiteral("TYPE"));
    parser.addOptions({help,       version,        kind,         account,  watchList, platform,
                       baseUrl,    appId,          appSecretEnv, tokenEnv, unionId,   wait,
                       interval,   timeout,        noLearn,      format,   output,    subtasks,
                       failedOnly, requestTimeout, from,         to,       window,    ruleId,
                       userId,     userIdType,     verbose});
    parser.addPositionalArgument(QStringLiteral("command"), tr("status or reports"));
    parser.addPositionalArgument(QStringLiteral("TASK"), tr("status: task ids or URLs"),
                                 QStringLiteral("[TASK...]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        CliOptions options;
        options.outcome = Outcome::Help;
        options.text = parser.helpText() + helpEpilogue();
        return options;
    }
    if (parser.isSet(version)) {
        CliOptions options;
        options.outcome = Outcome::Version;
        options.text = QCoreApplication::applicationName() + QLatin1Char(' ') +
                       QCoreApplication::applicationVersion();
        return options;
    }

    CliOptions options;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given: use \"status\" or \"reports\"."));
    const QString command = positional.takeFirst();
    if (command == QLatin1String("status"))
        options.command = Command::Status;
    else if (command == QLatin1String("reports"))
        options.command = Command::Reports;
    else
        return usageError(
            tr("unknown command \"%1\": use \"status\" or \"reports\".").arg(command));

    const auto single = [&](const QCommandLineOption &option) {
        return parser.values(option).size() > 1;
    };
    for (const QCommandLineOption &option :
         {kind, account, watchList, platform, baseUrl, appId, appSecretEnv, tokenEnv, unionId,
          interval, timeout, format, output, requestTimeout, from, to, ruleId, userId,
          userIdType}) {
        if (single(option))
            return usageError(tr("--%1 is given more than once.").arg(option.names().constLast()));
    }

    if (options.command == Command::Status) {
        for (const QCommandLineOption &option : {from, to, window, ruleId, userId, userIdType}) {
            if (parser.isSet(option))
                return usageError(
                    tr("--%1 belongs to the \"reports\" command.").arg(option.names().constLast()));
        }
        if (positional.isEmpty())
            return usageError(tr("status needs at least one TASK (a task id or a URL)."));
        options.tasks = positional;
    } else {
        for (const QCommandLineOption &option :
             {kind, unionId, wait, interval, timeout, noLearn, subtasks, failedOnly}) {
            if (parser.isSet(option))
                return usageError(
                    tr("--%1 belongs to the \"status\" command.").arg(option.names().constLast()));
        }
        if (!positional.isEmpty())
            return usageError(tr("reports takes no TASK arguments (\"%1\"); use --rule-id, "
                                 "--user-id, --from and --to.")
                                  .arg(positional.constFirst()));
        if (parser.isSet(window)) {
            if (parser.isSet(from) || parser.isSet(to))
                return usageError(tr("--window replaces --from and --to: give one or the other."));
            const std::optional<ReportWindow> rolling = ReportWindows::fromId(parser.value(window));
            if (!rolling || *rolling == ReportWindow::Fixed)
                return usageError(tr("--window: \"%1\" is not one of today, this_week, "
                                     "last_7_days, this_month.")
                                      .arg(parser.value(window)));
            options.report.window = *rolling;
            options.report.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        } else if (!parser.isSet(from) || !parser.isSet(to)) {
            return usageError(tr("reports needs --from DATE and --to DATE, or --window."));
        }
        if (!options.report.isRolling()) {
            options.report.from = parseDate(parser.value(from), false);
            if (!options.report.from.isValid())
                return usageError(tr("--from: \"%1\" is not a date (use 2026-11-16, "
                                     "2026-11-16T09:30:00Z or Unix seconds).")
                                      .arg(parser.value(from)));
            options.report.to = parseDate(parser.value(to), true);
            if (!options.report.to.isValid())
                return usageError(tr("--to: \"%1\" is not a date (use 2026-11-20, "
                                     "2026-11-20T18:00:00Z or Unix seconds).")
                                      .arg(parser.value(to)));
            if (options.report.from > options.report.to)
                return usageError(tr("--from is after --to."));
        }
        options.report.ruleId = parser.value(ruleId);
        options.report.userId = parser.value(userId);
        options.report.userIdType =
            parser.isSet(userIdType) ? parser.value(userIdType) : QStringLiteral("open_id");
        static const QStringList userIdTypes{QStringLiteral("open_id"), QStringLiteral("union_id"),
                                             QStringLiteral("user_id")};
        if (!userIdTypes.contains(options.report.userIdType))
            return usageError(tr("--user-id-type: \"%1\" is not one of open_id, union_id, "
                                 "user_id.")
                                  .arg(options.report.userIdType));
    }

    if (parser.isSet(kind)) {
        options.kind = TaskKinds::fromId(parser.value(kind));
        if (!options.kind || *options.kind == TaskKind::FeishuReport)
            return usageError(tr("--kind: \"%1\" is not one of feishu-contact, feishu-drive, "
                                 "dingtalk-storage, dingtalk-doc.")
                                  .arg(parser.value(kind)));
    }

    options.accountName = parser.value(account);
    options.watchListFile = parser.value(watchList);
    if (parser.isSet(account)) {
        for (const QCommandLineOption &option :
             {platform, baseUrl, appId, appSecretEnv, tokenEnv}) {
            if (parser.isSet(option))
                return usageError(tr("--%1 cannot be combined with --account: the saved "
                                     "account already says it.")
                                      .arg(option.names().constLast()));
        }
        if (options.accountName.trimmed().isEmpty())
            return usageError(tr("--account needs a name."));
    } else {
        if (parser.isSet(watchList))
            return usageError(tr("--watchlist is only used with --account."));
        if (!parser.isSet(platform))
            return usageError(tr("say how to connect: --account NAME, or --platform "
                                 "feishu|lark|dingtalk with --app-id and --app-secret-env "
                                 "(or --token-env)."));
        options.platform = Platforms::fromId(parser.value(platform));
        if (!options.platform)
            return usageError(tr("--platform: \"%1\" is not one of feishu, lark, dingtalk.")
                                  .arg(parser.value(platform)));
        options.baseUrl = parser.value(baseUrl);
        options.appId = parser.value(appId);
        if (parser.isSet(appSecretEnv))
            options.appSecretEnv = parser.value(appSecretEnv);
        options.tokenEnv = parser.value(tokenEnv);
        if (parser.isSet(tokenEnv) && parser.isSet(appSecretEnv))
            return usageError(tr("--token-env and --app-secret-env exclude each other."));
        if (parser.isSet(tokenEnv) && options.tokenEnv.isEmpty())
            return usageError(tr("--token-env needs the name of an environment variable."));
        if (!parser.isSet(tokenEnv) && options.appId.isEmpty())
            return usageError(tr("--app-id is required unless --token-env is given."));
        if (options.appSecretEnv.isEmpty())
            return usageError(tr("--app-secret-env needs the name of an environment variable."));
    }
    options.unionId = parser.value(unionId);

    options.wait = parser.isSet(wait);
    if (parser.isSet(interval)) {
        options.intervalMs = secondsToMs(parser.value(interval));
        if (options.intervalMs < 0)
            return usageError(tr("--interval: \"%1\" is not a positive number of seconds.")
                                  .arg(parser.value(interval)));
    }
    if (parser.isSet(timeout)) {
        options.timeoutMs = secondsToMs(parser.value(timeout));
        if (options.timeoutMs < 0)
            return usageError(tr("--timeout: \"%1\" is not a positive number of seconds.")
                                  .arg(parser.value(timeout)));
    }
    if ((parser.isSet(interval) || parser.isSet(timeout)) && !options.wait)
        return usageError(tr("--interval and --timeout only make sense with --wait."));
    if (parser.isSet(noLearn) && !options.wait)
        return usageError(tr("--no-learn only makes sense with --wait."));
    options.learn = !parser.isSet(noLearn);

    options.format = stdoutIsTerminal && !parser.isSet(output) ? Format::Table : Format::Json;
    if (parser.isSet(format)) {
        const QString value = parser.value(format);
        if (value == QLatin1String("table"))
            options.format = Format::Table;
        else if (value == QLatin1String("json"))
            options.format = Format::Json;
        else if (value == QLatin1String("csv"))
            options.format = Format::Csv;
        else
            return usageError(tr("--format: \"%1\" is not one of table, json, csv.").arg(value));
    }
    options.outputFile = parser.value(output);
    if (parser.isSet(output) && options.outputFile.isEmpty())
        return usageError(tr("--output needs a file name."));
    options.subtasks = parser.isSet(subtasks);
    options.failedOnly = parser.isSet(failedOnly);
    options.verbose = parser.isSet(verbose);
    if (parser.isSet(requestTimeout)) {
        const qint64 ms = secondsToMs(parser.value(requestTimeout));
        if (ms < 0 || ms > 600000)
            return usageError(tr("--request-timeout: \"%1\" is not a number of seconds "
                                 "between 0 and 600.")
                                  .arg(parser.value(requestTimeout)));
        options.requestTimeoutMs = static_cast<int>(ms);
    }
    return options;
}
