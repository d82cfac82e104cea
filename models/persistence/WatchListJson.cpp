#include "models/persistence/WatchListJson.h"

#include "models/persistence/JsonReader.h"
#include "models/persistence/JsonWriter.h"
#include "models/persistence/WatchedTaskJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace WatchListJson {

namespace {

const QLatin1String kFormatKey("format");
const QLatin1String kVersionKey("version");
const QLatin1String kSavedAt("saved_at");
const QLatin1String kAppVersion("app_version");
const QLatin1String kAccounts("accounts");
const QLatin1String kTasks("tasks");
const QLatin1String kCallLedger("call_ledger");
const QLatin1String kPreferences("preferences");
const QLatin1String kAccountId("id");
const QLatin1String kAccountPlatform("platform");

QList<Account> readAccounts(const QJsonObject &root, JsonReader &reader, const JsonPath &at)
{
    const JsonPath accountsAt(at, kAccounts);
    if (!root.contains(kAccounts)) {
        reader.fail(accountsAt, JsonReader::tr("missing"));
        return {};
    }
    const QJsonArray items = reader.array(root, kAccounts, at);
    QList<Account> accounts;
    accounts.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i) {
        const JsonPath accountAt(accountsAt, i);
        const QJsonObject json = reader.objectValue(items.at(i), accountAt);
        if (reader.string(json, kAccountId, accountAt).isEmpty() && !reader.failed())
            reader.fail(JsonPath(accountAt, kAccountId), JsonReader::tr("missing"));
        const QString platform = reader.string(json, kAccountPlatform, accountAt);
        if (!Platforms::fromId(platform))
            reader.failUnknownValue(JsonPath(accountAt, kAccountPlatform), platform);
        accounts.append(Account::fromJson(json));
    }
    return accounts;
}

QList<WatchedTask> readTasks(const QJsonObject &root, JsonReader &reader, const JsonPath &at)
{
    const JsonPath tasksAt(at, kTasks);
    if (!root.contains(kTasks)) {
        reader.fail(tasksAt, JsonReader::tr("missing"));
        return {};
    }
    const QJsonArray items = reader.array(root, kTasks, at);
    QList<WatchedTask> tasks;
    tasks.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i)
        tasks.append(WatchedTaskJson::fromJson(items.at(i), reader, JsonPath(tasksAt, i)));
    return tasks;
}

} // namespace

QByteArray serialize(const WatchListData &data, const QDateTime &savedAt)
{
    JsonWriter writer;
    writer.beginObject();
    writer.key(kFormatKey);
    writer.string(QLatin1String(kFormat));
    writer.key(kVersionKey);
    writer.integer(kVersion);
    writer.key(kSavedAt);
    writer.dateTime(savedAt);
    const QString appVersion = QCoreApplication::applicationVersion();
    if (!appVersion.isEmpty()) {
        writer.key(kAppVersion);
        writer.string(appVersion);
    }
    writer.key(kAccounts);
    writer.beginArray();
    for (const Account &account : data.accounts)
        writer.value(account.toJson());
    writer.endArray();
    writer.key(kCallLedger);
    writer.value(data.ledger.toJson());
    writer.key(kPreferences);
    writer.value(data.preferences);
    // Last, so that everything small is readable at the top of the file.
    writer.key(kTasks);
    writer.beginArray();
    for (const WatchedTask &task : data.tasks)
        WatchedTaskJson::write(writer, task);
    writer.endArray();
    writer.endObject();
    QByteArray bytes = writer.take();
    bytes += '\n';
    return bytes;
}

WatchListParseResult parse(const QByteArray &bytes)
{
    WatchListParseResult result;
    if (bytes.trimmed().isEmpty()) {
        result.problem = JsonReader::tr("the file is empty");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.problem = JsonReader::tr("not valid JSON: %1 at byte %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.problem = JsonReader::tr("not a Task Monitor watch list (no JSON object)");
        return result;
    }
    const QJsonObject root = document.object();
    const JsonPath at;
    JsonReader reader;

    const QString format = root.value(kFormatKey).toString();
    if (format != QLatin1String(kFormat)) {
        result.problem =
            JsonReader::tr("not a Task Monitor watch list (format \"%1\")").arg(format);
        return result;
    }
    const auto version = reader.optionalInteger(root, kVersionKey, at);
    if (!version) {
        result.problem = reader.failed() ? reader.error() : JsonReader::tr("no format version");
        return result;
    }
    result.version = *version;
    if (*version > kVersion) {
        result.outcome = WatchListParseResult::Outcome::NewerVersion;
        result.problem = JsonReader::tr("format version %1; this version of Task Monitor reads "
                                        "version %2")
                             .arg(*version)
                             .arg(kVersion);
        return result;
    }
    if (*version < 1) {
        result.problem = JsonReader::tr("unsupported format version %1").arg(*version);
        return result;
    }

    result.savedAt = reader.dateTime(root, kSavedAt, at);
    WatchListData data;
    data.accounts = readAccounts(root, reader, at);
    data.tasks = readTasks(root, reader, at);
    data.ledger = CallLedger::fromJson(reader.object(root, kCallLedger, at));
    data.preferences = reader.object(root, kPreferences, at);
    if (reader.failed()) {
        result.problem = reader.error();
        result.savedAt = {};
        return result;
    }
    result.outcome = WatchListParseResult::Outcome::Parsed;
    result.data = std::move(data);
    return result;
}

} // namespace WatchListJson
