#include "models/persistence/SnapshotJson.h"
#include "models/persistence/WatchListJson.h"
#include "WatchListFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace {

const QDateTime kSavedAt = QDateTime::fromMSecsSinceEpoch(1'772'800'000'123, Qt::UTC);

WatchListParseResult roundTrip(const WatchListData &data)
{
    return WatchListJson::parse(WatchListJson::serialize(data, kSavedAt));
}

QJsonObject document(const WatchListData &data)
{
    return QJsonDocument::fromJson(WatchListJson::serialize(data, kSavedAt)).object();
}

QVariant typedValue(const WatchListData &data, const QString &name)
{
    return data.tasks.at(0).snapshot->subtasks.at(0).value(name);
}

void collectKeys(const QJsonValue &value, QStringList &keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys << it.key();
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectKeys(item, keys);
    }
}

} // namespace

class TestWatchListJson final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField();
    void keepsValueTypes();
    void writesBigIntegersAsStrings();
    void keepsNotANumber();
    void keepsNullApartFromEmpty();
    void writesTimesAsIsoUtcWithMilliseconds();
    void keepsRawBodyUpToTheCap_data();
    void keepsRawBodyUpToTheCap();
    void writesTheDocumentedTopLevel();
    void writesNoSecretFields();
    void readsAMinimalFile();
    void ignoresUnknownKeys();
    void reportsANewerVersion();
    void rejectsDamagedFiles_data();
    void rejectsDamagedFiles();
};

void TestWatchListJson::roundTripsEveryField()
{
    const WatchListData data = WatchListFixture::rich();
    const WatchListParseResult parsed = roundTrip(data);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    QCOMPARE(parsed.savedAt, kSavedAt);
    QCOMPARE(parsed.version, WatchListJson::kVersion);
    QCOMPARE(parsed.data.accounts, data.accounts);
    QCOMPARE(parsed.data.tasks.size(), data.tasks.size());
    for (qsizetype i = 0; i < data.tasks.size(); ++i) {
        const WatchedTask &loaded = parsed.data.tasks.at(i);
        const WatchedTask &saved = data.tasks.at(i);
        QVERIFY2(loaded.ref == saved.ref, qPrintable(saved.ref.taskId));
        QVERIFY2(loaded.snapshot == saved.snapshot, qPrintable(saved.ref.taskId));
        QVERIFY2(loaded.lastError == saved.lastError, qPrintable(saved.ref.taskId));
        QCOMPARE(loaded.history.samples().size(), saved.history.samples().size());
        QVERIFY2(loaded == saved, qPrintable(saved.ref.taskId));
    }
    QVERIFY(parsed.data.ledger == data.ledger);
    QCOMPARE(parsed.data.preferences, data.preferences);
    QVERIFY(parsed.data == data);
    QVERIFY(!data.tasks.at(0).history.isEmpty());
}

void TestWatchListJson::keepsValueTypes()
{
    const WatchListData loaded = roundTrip(WatchListFixture::rich()).data;
    QVERIFY(!loaded.tasks.isEmpty());

    const QVariant beyond = typedValue(loaded, QStringLiteral("beyond"));
    QCOMPARE(beyond.typeId(), QMetaType::LongLong);
    QCOMPARE(beyond.toLongLong(), qint64(9007199254740993));
    QCOMPARE(typedValue(loaded, QStringLiteral("max")).toLongLong(),
             std::numeric_limits<qint64>::max());
    QCOMPARE(typedValue(loaded, QStringLiteral("min")).toLongLong(),
             std::numeric_limits<qint64>::min());
    QCOMPARE(typedValue(loaded, QStringLiteral("unsigned")).typeId(), QMetaType::ULongLong);
    QCOMPARE(typedValue(loaded, QStringLiteral("unsigned")).toULongLong(),
             std::numeric_limits<quint64>::max());
    QCOMPARE(typedValue(loaded, QStringLiteral("small")).typeId(), QMetaType::LongLong);
    QCOMPARE(typedValue(loaded, QStringLiteral("whole double")).typeId(), QMetaType::Double);
    QCOMPARE(typedValue(loaded, QStringLiteral("double")).toDouble(), 0.1);
    QCOMPARE(typedValue(loaded, QStringLiteral("infinite")).toDouble(),
             std::numeric_limits<double>::infinity());
    QCOMPARE(typedValue(loaded, QStringLiteral("yes")).typeId(), QMetaType::Bool);
    QCOMPARE(typedValue(loaded, QStringLiteral("no")).toBool(), false);
    QCOMPARE(typedValue(loaded, QStringLiteral("list")).typeId(), QMetaType::QStringList);
    QCOMPARE(typedValue(loaded, QStringLiteral("list")).toStringList(),
             (QStringList{QStringLiteral("a"), QStringLiteral("乙")}));
    QCOMPARE(typedValue(loaded, QStringLiteral("empty list")).typeId(), QMetaType::QStringList);
    QCOMPARE(typedValue(loaded, QStringLiteral("empty")).typeId(), QMetaType::QString);
    QCOMPARE(typedValue(loaded, QStringLiteral("nested")).typeId(), QMetaType::QString);
    QVERIFY(!typedValue(loaded, QStringLiteral("nothing")).isValid());

    const SubtaskRow &row = loaded.tasks.at(0).snapshot->subtasks.at(0);
    QCOMPARE(row.fields.last().first, QStringLiteral("small"));
    QCOMPARE(row.fields.last().second.toLongLong(), 43);
}

void TestWatchListJson::writesBigIntegersAsStrings()
{
    const QByteArray json = WatchListJson::serialize(WatchListFixture::rich(), kSavedAt);
    QVERIFY(json.contains(R"("beyond",{"int64":"9007199254740993"})"));
    QVERIFY(json.contains(R"("limit",9007199254740992,)"));
    QVERIFY(json.contains(R"("max",{"int64":"9223372036854775807"})"));
    QVERIFY(json.contains(R"("whole double",{"double":3})"));
    QVERIFY(json.contains(R"("calls_spent":"9007199254740993")"));
    QVERIFY(json.contains(R"("task_id":"9007199254740993123")"));
}

void TestWatchListJson::keepsNotANumber()
{
    WatchListData data = WatchListFixture::rich();
    data.tasks[0].snapshot->subtasks[0].fields.append(
        {QStringLiteral("nan"), std::numeric_limits<double>::quiet_NaN()});
    data.tasks[0].snapshot->progress = std::numeric_limits<double>::quiet_NaN();
    const WatchListParseResult parsed = roundTrip(data);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    const QVariant value = typedValue(parsed.data, QStringLiteral("nan"));
    QCOMPARE(value.typeId(), QMetaType::Double);
    QVERIFY(std::isnan(value.toDouble()));
    QVERIFY(parsed.data.tasks[0].snapshot->progress.has_value());
    QVERIFY(std::isnan(*parsed.data.tasks[0].snapshot->progress));
}

void TestWatchListJson::keepsNullApartFromEmpty()
{
    const WatchListData data = WatchListFixture::rich();
    const WatchListData loaded = roundTrip(data).data;
    QCOMPARE(loaded.tasks.size(), data.tasks.size());
    QVERIFY(!loaded.tasks[2].snapshot->rawStatus.isNull());
    QVERIFY(loaded.tasks[2].snapshot->rawStatus.isEmpty());
    QVERIFY(loaded.tasks[3].snapshot->rawStatus.isNull());
    QCOMPARE(loaded.tasks[0].snapshot->rawStatus, QStringLiteral("9"));

    QVERIFY(!loaded.tasks[3].snapshot->progress.has_value());
    QCOMPARE(loaded.tasks[3].snapshot->total, std::optional<qint64>(0));
    QVERIFY(!loaded.tasks[3].snapshot->succeeded.has_value());
    QVERIFY(!loaded.tasks[5].snapshot.has_value());
    QVERIFY(!loaded.tasks[0].lastError.has_value());
    QVERIFY(loaded.tasks[2].lastError.has_value());

    const QJsonArray tasks = document(data).value(QStringLiteral("tasks")).toArray();
    const QJsonObject empty = tasks[2].toObject().value(QStringLiteral("snapshot")).toObject();
    const QJsonObject none = tasks[3].toObject().value(QStringLiteral("snapshot")).toObject();
    QCOMPARE(empty.value(QStringLiteral("raw_status")), QJsonValue(QStringLiteral("")));
    QCOMPARE(none.value(QStringLiteral("raw_status")), QJsonValue(QJsonValue::Null));
    QCOMPARE(none.value(QStringLiteral("progress")), QJsonValue(QJsonValue::Null));
    QCOMPARE(none.value(QStringLiteral("total")), QJsonValue(0));
}

void TestWatchListJson::writesTimesAsIsoUtcWithMilliseconds()
{
    WatchListData data = WatchListFixture::rich();
    // A local time is written as the same instant in UTC.
    data.tasks[1].addedAt = QDateTime(QDate(2026, 3, 6), QTime(18, 0, 0, 5), QTimeZone(8 * 3600));
    const QJsonArray tasks = document(data).value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks[0].toObject().value(QStringLiteral("added_at")).toString(),
             QStringLiteral("2026-03-06T09:00:00.123Z"));
    QCOMPARE(tasks[1].toObject().value(QStringLiteral("added_at")).toString(),
             QStringLiteral("2026-03-06T10:00:00.005Z"));
    QCOMPARE(tasks[1].toObject().value(QStringLiteral("last_checked_at")),
             QJsonValue(QJsonValue::Null));
    QCOMPARE(roundTrip(data).data.tasks[1].addedAt, data.tasks[1].addedAt);
}

void TestWatchListJson::keepsRawBodyUpToTheCap_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<QString>("key");

    QTest::newRow("json text") << QByteArray(R"({"msg":"成功"})") << true
                               << QStringLiteral("raw_body");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe abc", 7) << true
                            << QStringLiteral("raw_body_base64");
    QTest::newRow("at the cap") << QByteArray(SnapshotJson::kMaxRawBodyBytes, 'x') << true
                                << QStringLiteral("raw_body");
    QTest::newRow("over the cap") << QByteArray(SnapshotJson::kMaxRawBodyBytes + 1, 'x') << false
                                  << QStringLiteral("raw_body_omitted_bytes");
}

void TestWatchListJson::keepsRawBodyUpToTheCap()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, kept);
    QFETCH(QString, key);

    WatchListData data = WatchListFixture::rich();
    data.tasks[0].snapshot->rawBody = body;
    const QJsonObject snapshot = document(data)
                                     .value(QStringLiteral("tasks"))
                                     .toArray()[0]
                                     .toObject()
                                     .value(QStringLiteral("snapshot"))
                                     .toObject();
    QVERIFY(snapshot.contains(key));
    const QByteArray loaded = roundTrip(data).data.tasks[0].snapshot->rawBody;
    QCOMPARE(loaded, kept ? body : QByteArray());
    if (!kept)
        QCOMPARE(snapshot.value(key).toInteger(), body.size());
}

void TestWatchListJson::writesTheDocumentedTopLevel()
{
    const QJsonObject root = document(WatchListFixture::rich());
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("taskmonitor-watchlist"));
    QCOMPARE(root.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(root.value(QStringLiteral("saved_at")).toString(),
             QStringLiteral("2026-03-06T12:26:40.123Z"));
    QVERIFY(root.value(QStringLiteral("accounts")).isArray());
    QVERIFY(root.value(QStringLiteral("tasks")).isArray());
    QVERIFY(root.value(QStringLiteral("call_ledger")).isObject());
    QVERIFY(root.value(QStringLiteral("preferences")).isObject());
}

void TestWatchListJson::writesNoSecretFields()
{
    QStringList keys;
    collectKeys(document(WatchListFixture::rich()), keys);
    QVERIFY(keys.size() > 50);
    const QRegularExpression secretLike(QStringLiteral("secret|token|password|passwd|credential"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (const QString &key : std::as_const(keys))
        QVERIFY2(!secretLike.match(key).hasMatch(), qPrintable(key));
}

void TestWatchListJson::readsAMinimalFile()
{
    const WatchListParseResult parsed = WatchListJson::parse(
        R"({"format":"taskmonitor-watchlist","version":1,"accounts":[],"tasks":[]})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    QVERIFY(parsed.data.isEmpty());
    QVERIFY(!parsed.savedAt.isValid());
}

void TestWatchListJson::ignoresUnknownKeys()
{
    const WatchListParseResult parsed = WatchListJson::parse(
        R"({"format":"taskmonitor-watchlist","version":1,"accounts":[],"later":{"x":1},
            "tasks":[{"ref":{"kind":"feishu-drive","account_id":"a","task_id":"1","new":2}}]})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    QCOMPARE(parsed.data.tasks.size(), 1);
    QCOMPARE(parsed.data.tasks[0].ref.kind, TaskKind::FeishuDrive);
}

void TestWatchListJson::reportsANewerVersion()
{
    const WatchListParseResult parsed = WatchListJson::parse(
        R"({"format":"taskmonitor-watchlist","version":2,"tasks":"a shape we do not know"})");
    QCOMPARE(parsed.outcome, WatchListParseResult::Outcome::NewerVersion);
    QCOMPARE(parsed.version, 2);
    QVERIFY(parsed.data.isEmpty());
    QVERIFY(parsed.problem.contains(QLatin1String("2")));
}

void TestWatchListJson::rejectsDamagedFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");

    const auto file = [](const QByteArray &tasks) -> QByteArray {
        return R"({"format":"taskmonitor-watchlist","version":1,"accounts":[],"tasks":[)" + tasks +
               "]}";
    };
    const auto task = [&](const QByteArray &fields) -> QByteArray {
        return file(R"({"ref":{"kind":"feishu-drive","account_id":"a","task_id":"1"})" + fields +
                    "}");
    };
    const auto snapshot = [&](const QByteArray &fields) -> QByteArray {
        return task(R"(,"snapshot":{"kind":"feishu-drive","state":"running")" + fields + "}");
    };

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank") << QByteArray(" \n") << QStringLiteral("empty");
    QTest::newRow("not json") << QByteArray("{\"format\":") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("no JSON object");
    QTest::newRow("no format") << QByteArray("{}") << QStringLiteral("not a Task Monitor");
    QTest::newRow("other format")
        << QByteArray(R"({"format":"other","version":1,"accounts":[],"tasks":[]})")
        << QStringLiteral("\"other\"");
    QTest::newRow("no version") << QByteArray(R"({"format":"taskmonitor-watchlist"})")
                                << QStringLiteral("no format version");
    QTest::newRow("text version") << QByteArray(
                                         R"({"format":"taskmonitor-watchlist","version":"one"})")
                                  << QStringLiteral("version: \"one\" is not an integer");
    QTest::newRow("version 0") << QByteArray(R"({"format":"taskmonitor-watchlist","version":0})")
                               << QStringLiteral("unsupported format version 0");
    QTest::newRow("no tasks")
        << QByteArray(R"({"format":"taskmonitor-watchlist","version":1,"accounts":[]})")
        << QStringLiteral("tasks: missing");
    QTest::newRow("no accounts")
        << QByteArray(R"({"format":"taskmonitor-watchlist","version":1,"tasks":[]})")
        << QStringLiteral("accounts: missing");
    QTest::newRow("tasks not array")
        << QByteArray(R"({"format":"taskmonitor-watchlist","version":1,"accounts":[],"tasks":{}})")
        << QStringLiteral("tasks: expected an array");
    QTest::newRow("task not object") << file("1") << QStringLiteral("tasks[0]: expected an object");
    QTest::newRow("unknown kind")
        << file(R"({"ref":{"kind":"teams","account_id":"a","task_id":"1"}})")
        << QStringLiteral("tasks[0].ref.kind: unknown value \"teams\"");
    QTest::newRow("no task id") << file(R"({"ref":{"kind":"feishu-drive","account_id":"a"}})")
                                << QStringLiteral("tasks[0].ref.task_id: missing");
    QTest::newRow("numeric label")
        << file(R"({"ref":{"kind":"feishu-drive","account_id":"a","task_id":"1","label":5}})")
        << QStringLiteral("tasks[0].ref.label: expected a string");
    QTest::newRow("bad date") << task(R"(,"added_at":"yesterday")")
                              << QStringLiteral("tasks[0].added_at");
    QTest::newRow("bad big integer")
        << task(R"(,"calls_spent":"12x")") << QStringLiteral("tasks[0].calls_spent");
    QTest::newRow("fractional count")
        << task(R"(,"calls_spent":1.5)") << QStringLiteral("tasks[0].calls_spent");
    QTest::newRow("notified as text")
        << task(R"(,"finish_notified":"yes")") << QStringLiteral("tasks[0].finish_notified");
    QTest::newRow("sample arity") << task(R"(,"history":[1,2])")
                                  << QStringLiteral("tasks[0].history: expected");
    QTest::newRow("sample progress")
        << task(R"(,"history":[1,2,3,4,5,6,"x",8,9,10])") << QStringLiteral("tasks[0].history[6]");
    QTest::newRow("unknown category") << task(R"(,"last_error":{"category":"gremlins"})")
                                      << QStringLiteral("tasks[0].last_error.category");
    QTest::newRow("unknown state")
        << task(R"(,"snapshot":{"kind":"feishu-drive","state":"done"})")
        << QStringLiteral("tasks[0].snapshot.state: unknown value \"done\"");
    QTest::newRow("progress text")
        << snapshot(R"(,"progress":"half")") << QStringLiteral("tasks[0].snapshot.progress");
    QTest::newRow("field tag") << snapshot(R"(,"subtasks":[{"fields":["a",{"complex":1}]}])")
                               << QStringLiteral("tasks[0].snapshot.subtasks[0].fields[1]: "
                                                 "unknown value \"complex\"");
    QTest::newRow("field pairs") << snapshot(R"(,"subtasks":[{"fields":["a",1,"b"]}])")
                                 << QStringLiteral(
                                        "tasks[0].snapshot.subtasks[0].fields: expected");
    QTest::newRow("field name") << snapshot(R"(,"subtasks":[{"fields":[1,1]}])")
                                << QStringLiteral("subtasks[0].fields[0]: expected a string");
    QTest::newRow("empty tag") << snapshot(R"(,"subtasks":[{"fields":["a",{}]}])")
                               << QStringLiteral("tasks[0].snapshot.subtasks[0].fields[1]");
    QTest::newRow("big as number") << snapshot(R"(,"subtasks":[{"fields":["a",{"int64":"x"}]}])")
                                   << QStringLiteral("subtasks[0].fields[1].int64");
    QTest::newRow("list of numbers") << snapshot(R"(,"subtasks":[{"fields":["a",[1]]}])")
                                     << QStringLiteral("fields[1][0]: expected a string");
    QTest::newRow("bad base64") << snapshot(R"(,"raw_body_base64":"@@@")")
                                << QStringLiteral("tasks[0].snapshot.raw_body_base64");
    QTest::newRow("report form") << snapshot(R"(,"reports":[{"form_contents":[{"field_id":7}]}])")
                                 << QStringLiteral(
                                        "tasks[0].snapshot.reports[0].form_contents[0].field_id");
    QTest::newRow("account platform")
        << QByteArray(R"({"format":"taskmonitor-watchlist","version":1,"tasks":[],)"
                      R"("accounts":[{"id":"a","platform":"wechat"}]})")
        << QStringLiteral("accounts[0].platform");
    QTest::newRow("ledger") << QByteArray(R"({"format":"taskmonitor-watchlist","version":1,)"
                                          R"("accounts":[],"tasks":[],"call_ledger":[]})")
                            << QStringLiteral("call_ledger: expected an object");
}

void TestWatchListJson::rejectsDamagedFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const WatchListParseResult parsed = WatchListJson::parse(json);
    QCOMPARE(parsed.outcome, WatchListParseResult::Outcome::Invalid);
    QVERIFY(parsed.data.isEmpty());
    QVERIFY2(parsed.problem.contains(problem), qPrintable(parsed.problem));
}

QTEST_GUILESS_MAIN(TestWatchListJson)
#include "tst_watchlistjson.moc"
