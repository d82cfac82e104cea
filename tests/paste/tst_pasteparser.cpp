#include "PasteRows.h"

#include "models/paste/IdShape.h"
#include "models/paste/PasteParser.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QString basisWord(PasteItem::KindBasis basis)
{
    switch (basis) {
    case PasteItem::KindBasis::None:
        return {};
    case PasteItem::KindBasis::Guessed:
        return QStringLiteral("guessed");
    case PasteItem::KindBasis::CallerDefault:
        return QStringLiteral("default");
    case PasteItem::KindBasis::Certain:
        return QStringLiteral("certain");
    }
    return {};
}

QString describe(const PasteItem &item)
{
    QStringList parts;
    parts << (item.taskId.isEmpty() ? QStringLiteral("-") : item.taskId);
    if (!item.taskId.isEmpty())
        parts << (item.kind ? TaskKinds::id(*item.kind) : QStringLiteral("choose"));
    if (!basisWord(item.kindBasis).isEmpty())
        parts << basisWord(item.kindBasis);
    if (!item.unionId.isEmpty())
        parts << QStringLiteral("union=") + item.unionId;
    for (PasteItem::Problem problem : item.problems)
        parts << QStringLiteral("!") + PasteItem::problemId(problem);
    return parts.join(QLatin1Char(' '));
}

QStringList describeAll(const PasteResult &result)
{
    QStringList lines;
    for (const PasteItem &item : result.items)
        lines << describe(item);
    return lines;
}

PasteOptions withDefault(const QString &kindId)
{
    PasteOptions options;
    options.defaultKind = TaskKinds::fromId(kindId);
    return options;
}

QStringList utf8List(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

const QString kHex = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kDec = QStringLiteral("7360595374803812356");

} // namespace

class tst_PasteParser final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void extract_data();
    void extract();
    void defaultKind_data();
    void defaultKind();
    void linesAreIds_data();
    void linesAreIds();
    void linkIdOfAnyShape_data();
    void linkIdOfAnyShape();
    void alreadyWatched_data();
    void alreadyWatched();
    void neverKeepsSecrets_data();
    void neverKeepsSecrets();
    void source_data();
    void source();
    void taskRefs();
    void texts();
    void largePaste_data();
    void largePaste();
};

void tst_PasteParser::init()
{
    // An invalid pattern only warns at run time.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_PasteParser::extract_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QStringList>("expected");
    PasteRows::addBareIdRows();
    PasteRows::addLinkRows();
    PasteRows::addCommandRows();
    PasteRows::addLogLineRows();
    PasteRows::addJsonRows();
    PasteRows::addProblemRows();
    PasteRows::addMixedRows();
}

void tst_PasteParser::extract()
{
    QFETCH(QString, paste);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(PasteParser().parse(paste)), expected);
}

void tst_PasteParser::defaultKind_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QString>("defaultKind");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("beats a shape guess")
        << kDec << QStringLiteral("dingtalk-storage")
        << QStringList{kDec + QStringLiteral(" dingtalk-storage default")};
    QTest::newRow("beats a json guess")
        << QStringLiteral("{\"taskId\":\"88001234\"}") << QStringLiteral("dingtalk-storage")
        << QStringList{QStringLiteral("88001234 dingtalk-storage default")};
    QTest::newRow("decides an unknown shape")
        << QStringLiteral("abc12345def") << QStringLiteral("dingtalk-doc")
        << QStringList{QStringLiteral("abc12345def dingtalk-doc default")};
    QTest::newRow("never beats a link")
        << QStringLiteral("https://open.feishu.cn/open-apis/contact/v2/task/get?task_id=") + kHex
        << QStringLiteral("feishu-drive")
        << QStringList{kHex + QStringLiteral(" feishu-contact certain")};
    QTest::newRow("a report query is no default")
        << kHex << QStringLiteral("feishu-report")
        << QStringList{kHex + QStringLiteral(" feishu-contact guessed")};
    QTest::newRow("not applied to problems")
        << QStringLiteral("0123456789abcdef#0123") << QStringLiteral("feishu-drive")
        << QStringList{QStringLiteral("- !not_recognisable")};
}

void tst_PasteParser::defaultKind()
{
    QFETCH(QString, paste);
    QFETCH(QString, defaultKind);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(PasteParser(withDefault(defaultKind)).parse(paste)), expected);
}

void tst_PasteParser::linesAreIds_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("short word") << QStringLiteral("url-st")
                                << utf8List({"url-st feishu-drive default"});
    QTest::newRow("slashes, query and fragment characters")
        << QStringLiteral("  a/b?c=d#e  ") << utf8List({"a/b?c=d#e feishu-drive default"});
    QTest::newRow("percent and plus")
        << QStringLiteral("50%+off") << utf8List({"50%+off feishu-drive default"});
    QTest::newRow("inner spaces kept, outer trimmed")
        << QStringLiteral("\t two words \r\n") << utf8List({"two words feishu-drive default"});
    QTest::newRow("non-ASCII as written, full-width kept")
        << QStringLiteral("任务-１２３")
        << QStringList{QStringLiteral("任务-１２３ feishu-drive default")};
    QTest::newRow("one id per line, blank lines skipped")
        << QStringLiteral("first\n\n  second \r\nthird")
        << utf8List({"first feishu-drive default", "second feishu-drive default",
                     "third feishu-drive default"});
    QTest::newRow("the same line twice")
        << QStringLiteral("x1\nx1")
        << utf8List({"x1 feishu-drive default", "x1 feishu-drive default !duplicate_in_paste"});
    QTest::newRow("a link to an endpoint still says its kind")
        << QStringLiteral("https://open.feishu.cn/open-apis/contact/v2/task/get?task_id=") + kHex
        << QStringList{kHex + QStringLiteral(" feishu-contact certain")};
    QTest::newRow("a report link is no task")
        << QStringLiteral("https://open.feishu.cn/open-apis/report/v1/tasks/query")
        << utf8List({"- !not_a_task"});
    QTest::newRow("longer than any platform id")
        << QString(IdShape::kMaxWrittenLength + 1, QLatin1Char('a'))
        << utf8List({"- !not_recognisable"});
    QTest::newRow("as long as allowed")
        << QString(IdShape::kMaxWrittenLength, QLatin1Char('a'))
        << QStringList{QString(IdShape::kMaxWrittenLength, QLatin1Char('a')) +
                       QStringLiteral(" feishu-drive default")};
}

void tst_PasteParser::linesAreIds()
{
    QFETCH(QString, paste);
    QFETCH(QStringList, expected);
    PasteOptions options = withDefault(QStringLiteral("feishu-drive"));
    options.linesAreIds = true;
    QCOMPARE(describeAll(PasteParser(options).parse(paste)), expected);

    // Without an explicit kind the same text goes through the usual recognisers.
    options.defaultKind.reset();
    const PasteResult plain = PasteParser(options).parse(paste);
    for (const PasteItem &item : plain.items)
        QVERIFY(item.kindBasis != PasteItem::KindBasis::CallerDefault);
}

void tst_PasteParser::linkIdOfAnyShape_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("short id on loopback, unionId used")
        << QStringLiteral("http://127.0.0.1:8600/v1.0/storage/tasks/url-st?unionId=u1")
        << utf8List({"url-st dingtalk-storage certain union=u1"});
    QTest::newRow("international DingTalk host")
        << QStringLiteral("https://api.dingtalk.io/v2.0/doc/task/info/doc-x")
        << utf8List({"doc-x dingtalk-doc certain"});
    QTest::newRow("Lark host, id without digits")
        << QStringLiteral(
               "https://open.larksuite.com/open-apis/drive/v1/files/task_check?task_id=abc")
        << utf8List({"abc feishu-drive certain"});
    QTest::newRow("company gateway, encoded slash stays in the id")
        << QStringLiteral("https://gw.example.com/open-apis/contact/v2/task/get?task_id=a%2Fb%3Fc")
        << utf8List({"a/b?c feishu-contact certain"});
    QTest::newRow("plus in a query value is a space")
        << QStringLiteral("http://localhost:1/open-apis/contact/v2/task/get?task_id=a+b%2B")
        << utf8List({"a b+ feishu-contact certain"});
    QTest::newRow("non-ASCII path segment")
        << QStringLiteral("http://127.0.0.1:9/v2.0/doc/task/info/%E4%BB%BB%E5%8A%A1")
        << QStringList{QStringLiteral("任务 dingtalk-doc certain")};
    QTest::newRow("placeholder is no id")
        << QStringLiteral("https://api.dingtalk.com/v2.0/doc/task/info/:taskId")
        << utf8List({"- !not_recognisable"});
}

void tst_PasteParser::linkIdOfAnyShape()
{
    QFETCH(QString, paste);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(PasteParser().parse(paste)), expected);
}

void tst_PasteParser::alreadyWatched_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("watched and new")
        << kDec + QStringLiteral("\n") + kHex
        << QStringList{kDec + QStringLiteral(" feishu-drive guessed !already_watched"),
                       kHex + QStringLiteral(" feishu-contact guessed")};
    QTest::newRow("same id, other kind is new")
        << QStringLiteral("https://api.dingtalk.io/v2.0/doc/task/info/") + kDec
        << QStringList{kDec + QStringLiteral(" dingtalk-doc certain")};
    QTest::newRow("undecided kind watched under any kind")
        << QStringLiteral("abc12345def")
        << QStringList{QStringLiteral("abc12345def choose !already_watched")};
    QTest::newRow("duplicate and watched")
        << kDec + QStringLiteral(", ") + kDec
        << QStringList{
               kDec + QStringLiteral(" feishu-drive guessed !already_watched"),
               kDec + QStringLiteral(" feishu-drive guessed !duplicate_in_paste !already_watched")};
    QTest::newRow("checked with the kind a duplicate handed over")
        << QStringLiteral("T12345678\nhttps://api.dingtalk.com/v1.0/storage/tasks/T12345678")
        << QStringList{QStringLiteral("T12345678 dingtalk-storage certain !already_watched"),
                       QStringLiteral("T12345678 dingtalk-storage certain !duplicate_in_paste "
                                      "!already_watched")};
}

void tst_PasteParser::alreadyWatched()
{
    QFETCH(QString, paste);
    QFETCH(QStringList, expected);
    const QSet<QString> watched{
        TaskKinds::id(TaskKind::FeishuDrive) + QLatin1Char(' ') + kDec,
        TaskKinds::id(TaskKind::DingTalkDoc) + QStringLiteral(" abc12345def"),
        TaskKinds::id(TaskKind::DingTalkStorage) + QStringLiteral(" T12345678"),
    };
    PasteOptions options;
    options.isWatched = [&](TaskKind kind, const QString &taskId) {
        return watched.contains(TaskKinds::id(kind) + QLatin1Char(' ') + taskId);
    };
    QCOMPARE(describeAll(PasteParser(options).parse(paste)), expected);
}

void tst_PasteParser::neverKeepsSecrets_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("items");
    const QString drive =
        QStringLiteral("https://open.feishu.cn/open-apis/drive/v1/files/task_check?task_id=") +
        kDec;
    QTest::newRow("bearer in a curl header")
        << QStringLiteral("curl -i -X GET '%1' -H 'Authorization: Bearer "
                          "t-g1044ghJRUIJJ5ELPZ5HTQKBVXTH'")
               .arg(drive)
        << QStringLiteral("g1044ghJRUIJJ5ELPZ5HTQKBVXTH") << 1;
    QTest::newRow("dingtalk token header, alone on a line")
        << QStringLiteral("x-acs-dingtalk-access-token: 0123456789abcdef0123456789abcdee\n") + kHex
        << QStringLiteral("0123456789abcdef0123456789abcdee") << 1;
    QTest::newRow("token in a query")
        << QStringLiteral("https://api.dingtalk.io/v2.0/doc/task/info/"
                          "12345678?access_token=9f8e7d6c5b4a39281706f5e4d3c2b1a0")
        << QStringLiteral("9f8e7d6c5b4a39281706f5e4d3c2b1a0") << 1;
    QTest::newRow("token answer json")
        << QStringLiteral(
               "{\"accessToken\":\"fe0123456789abcdef0123456789abcd\",\"expireIn\":7200}"
               "\n{\"code\":0,\"tenant_access_token\":\"t-caecc734c2e3328a62489fe0648c4b98"
               "779515d3\",\"expire\":7200}")
        << QStringLiteral("caecc734c2e3328a62489fe0648c4b98779515d3") << 0;
    QTest::newRow("app secret in a log line")
        << QStringLiteral("app_id=cli_a1b2 app_secret=Zx9ywvu8TSR7qpo6 task_id=") + kHex
        << QStringLiteral("Zx9ywvu8TSR7qpo6") << 1;
    QTest::newRow("curl user and password")
        << QStringLiteral("curl -u admin:hunter2pass '%1'").arg(drive)
        << QStringLiteral("hunter2pass") << 1;
    QTest::newRow("password in a link")
        << QStringLiteral("https://bob:pa55word1234@open.feishu.cn/open-apis/drive/v1/files/"
                          "task_check?task_id=") +
               kDec
        << QStringLiteral("pa55word1234") << 1;
    QTest::newRow("bare feishu token")
        << QStringLiteral("task_id=%1 read with u-7f1bcd13fc57d46bac21793a18e560").arg(kHex)
        << QStringLiteral("7f1bcd13fc57d46bac21793a18e560") << 1;
    QTest::newRow("basic auth header")
        << QStringLiteral("curl -H 'Authorization: Basic dXNlcjpwYXNzMTIzNDU2' '%1'").arg(drive)
        << QStringLiteral("dXNlcjpwYXNzMTIzNDU2") << 1;
}

void tst_PasteParser::neverKeepsSecrets()
{
    QFETCH(QString, paste);
    QFETCH(QString, secret);
    QFETCH(int, items);
    const PasteResult result = PasteParser().parse(paste);
    QCOMPARE(result.items.size(), items);
    for (const PasteItem &item : result.items) {
        const QString everything = describe(item) + item.source + item.kindLabel() +
                                   item.problemTexts().join(QLatin1Char(' '));
        QVERIFY2(!everything.contains(secret), qPrintable(everything));
    }
    for (const TaskRef &ref : result.taskRefs(QStringLiteral("acc"))) {
        QVERIFY(!ref.taskId.contains(secret));
        QVERIFY(!ref.unionId.contains(secret));
        QVERIFY(!ref.label.contains(secret));
    }
}

void tst_PasteParser::source_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::newRow("list item as written")
        << QStringLiteral("ids:\n  '%1' , %2").arg(kHex, kDec) << 1 << kDec << 2;
    QTest::newRow("log line")
        << QStringLiteral("start\n2024-05-10 INFO  chunk 1/12\tsubmitted, task_id=%1").arg(kHex)
        << 0 << QStringLiteral("2024-05-10 INFO chunk 1/12 submitted, task_id=%1").arg(kHex) << 2;
    QTest::newRow("curl over lines, token masked")
        << QStringLiteral("curl -i -X GET 'https://open.feishu.cn/open-apis/drive/v1/files/"
                          "task_check?task_id=%1' \\\n-H 'Authorization: Bearer t-7f1bcd13fc57d4'")
               .arg(kDec)
        << 0
        << QStringLiteral("curl -i -X GET 'https://open.feishu.cn/open-apis/drive/v1/files/"
                          "task_check?task_id=%1' -H 'Authorization: Bearer ***'")
               .arg(kDec)
        << 1;
    QTest::newRow("pretty json: the id's line")
        << QStringLiteral("{\n  \"code\": 0,\n  \"data\": {\n    \"task_id\": \"%1\"\n  }\n}")
               .arg(kHex)
        << 0 << QStringLiteral("\"task_id\": \"%1\"").arg(kHex) << 4;
    QTest::newRow("long line cut around the id")
        << QString(300, QLatin1Char('x')) + QStringLiteral(" task_id=") + kHex +
               QStringLiteral(" ") + QString(300, QLatin1Char('y'))
        << 0
        << QChar(0x2026) + QString(51, QLatin1Char('x')) + QStringLiteral(" task_id=") + kHex +
               QStringLiteral(" ") + QString(59, QLatin1Char('y')) + QChar(0x2026)
        << 1;
}

void tst_PasteParser::source()
{
    QFETCH(QString, paste);
    QFETCH(int, index);
    QFETCH(QString, source);
    QFETCH(int, line);
    const PasteResult result = PasteParser().parse(paste);
    QVERIFY(index < result.items.size());
    QCOMPARE(result.items.at(index).source, source);
    QCOMPARE(result.items.at(index).line, line);
}

void tst_PasteParser::taskRefs()
{
    const QString paste =
        kHex + QStringLiteral("\n") + kHex +
        QStringLiteral("\nabc12345def\n0123456789abcdef#0123\n"
                       "https://api.dingtalk.com/v1.0/storage/tasks/88001234?unionId=U7");
    const PasteResult result = PasteParser().parse(paste);
    QCOMPARE(result.items.size(), 5);
    QCOMPARE(result.goodCount(), 2);
    const QList<TaskRef> refs = result.taskRefs(QStringLiteral("acme-feishu"));
    QCOMPARE(refs.size(), 2);
    QCOMPARE(refs.at(0).kind, TaskKind::FeishuContact);
    QCOMPARE(refs.at(0).accountId, QStringLiteral("acme-feishu"));
    QCOMPARE(refs.at(0).taskId, kHex);
    QVERIFY(refs.at(0).label.isEmpty());
    QCOMPARE(refs.at(1).kind, TaskKind::DingTalkStorage);
    QCOMPARE(refs.at(1).taskId, QStringLiteral("88001234"));
    QCOMPARE(refs.at(1).unionId, QStringLiteral("U7"));

    PasteItem chosen = result.items.at(2);
    QVERIFY(!chosen.toTaskRef(QStringLiteral("a")));
    chosen.kind = TaskKind::DingTalkDoc;
    QCOMPARE(chosen.toTaskRef(QStringLiteral("a"))->kind, TaskKind::DingTalkDoc);
}

void tst_PasteParser::texts()
{
    for (auto problem : {PasteItem::Problem::DuplicateInPaste, PasteItem::Problem::AlreadyWatched,
                         PasteItem::Problem::NotRecognisable, PasteItem::Problem::NotATask}) {
        QVERIFY(!PasteItem::problemText(problem).isEmpty());
        QVERIFY(!PasteItem::problemId(problem).isEmpty());
    }
    PasteItem item;
    QVERIFY(!item.kindLabel().isEmpty());
    item.kind = TaskKind::FeishuDrive;
    item.kindBasis = PasteItem::KindBasis::Certain;
    QCOMPARE(item.kindLabel(), TaskKinds::displayName(TaskKind::FeishuDrive));
    item.kindBasis = PasteItem::KindBasis::Guessed;
    QVERIFY(item.kindLabel().startsWith(TaskKinds::displayName(TaskKind::FeishuDrive)));
    QVERIFY(item.kindLabel() != TaskKinds::displayName(TaskKind::FeishuDrive));
}

void tst_PasteParser::largePaste_data()
{
    QTest::addColumn<bool>("oneLine");
    QTest::newRow("script output over many lines") << false;
    QTest::newRow("one json line") << true;
}

void tst_PasteParser::largePaste()
{
    QFETCH(bool, oneLine);
    QString paste;
    int blocks = 0;
    while (paste.size() < 1024 * 1024) {
        const QString hex = QStringLiteral("%1").arg(blocks, 32, 16, QLatin1Char('0'));
        const QString dec = QStringLiteral("73605953748%1").arg(blocks, 8, 10, QLatin1Char('0'));
        if (oneLine) {
            paste += QStringLiteral("{\"data\":{\"task_id\":\"%1\",\"type\":\"add_user\"}},"
                                    "{\"taskId\":%2,\"succCount\":1},")
                         .arg(hex, dec);
        } else {
            paste += QStringLiteral("2024-05-10 09:31:02 INFO chunk %1 submitted, task_id=%2\n"
                                    "[ok] batch %1 -> task %3 (worker-7.example.com, 120 ms)\n"
                                    "https://api.dingtalk.com/v1.0/storage/tasks/S%1?unionId=U1\n")
                         .arg(QString::number(blocks), hex, dec);
        }
        ++blocks;
    }
    const PasteResult result = PasteParser().parse(paste);
    const int perBlock = oneLine ? 2 : 3;
    QCOMPARE(result.items.size(), qsizetype(blocks) * perBlock);
    QCOMPARE(result.goodCount(), result.items.size());
    QCOMPARE(result.items.constLast().taskId,
             oneLine ? QStringLiteral("73605953748%1").arg(blocks - 1, 8, 10, QLatin1Char('0'))
                     : QStringLiteral("S%1").arg(blocks - 1));
}

QTEST_GUILESS_MAIN(tst_PasteParser)
#include "tst_pasteparser.moc"
