#include "PasteRows.h"

#include <QString>
#include <QStringList>
#include <QTest>

namespace {

const QString kHex = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kHex2 = QStringLiteral("fedcba9876543210fedcba9876543210");
const QString kHex3 = QStringLiteral("123456784b68a7c89abcdef092dc09ea");
const QString kDec = QStringLiteral("7360595374803812356");
const QString kDec2 = QStringLiteral("7360595374803812999");

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Replaces HEX, HEX2, HEX3, DEC, DEC2 in a row's text, so rows read like real pastes.
QString fill(QString text)
{
    text.replace(QStringLiteral("HEX2"), kHex2);
    text.replace(QStringLiteral("HEX3"), kHex3);
    text.replace(QStringLiteral("HEX"), kHex);
    text.replace(QStringLiteral("DEC2"), kDec2);
    text.replace(QStringLiteral("DEC"), kDec);
    return text;
}

void row(const char *name, const char *paste, std::initializer_list<const char *> expected)
{
    QStringList lines;
    for (const char *line : expected)
        lines << fill(s(line));
    QTest::newRow(name) << fill(s(paste)) << lines;
}

} // namespace

namespace PasteRows {

void addBareIdRows()
{
    row("bare hex id", "HEX", {"HEX feishu-contact guessed"});
    row("bare decimal id", "DEC\n", {"DEC feishu-drive guessed"});
    row("one per line", "HEX\nDEC\nHEX2\n",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed", "HEX2 feishu-contact guessed"});
    row("commas", "HEX,DEC , HEX2",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed", "HEX2 feishu-contact guessed"});
    row("chinese separators", "HEX，DEC、HEX2；DEC2",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed", "HEX2 feishu-contact guessed",
         "DEC2 feishu-drive guessed"});
    row("tabs and spaces", "HEX\tDEC   HEX2",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed", "HEX2 feishu-contact guessed"});
    row("stray quotes", "'HEX'\n\"DEC\"\n“HEX2”\n‘DEC2’\n`HEX3`",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed", "HEX2 feishu-contact guessed",
         "DEC2 feishu-drive guessed", "HEX3 feishu-contact guessed"});
    row("full-width space and nbsp", "\u3000HEX\u00a0\u00a0\n\u3000DEC\u3000",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed"});
    row("full-width digits", "７３６０５９５３７４８０３８１２３５６",
        {"DEC feishu-drive guessed"});
    row("zero-width and bom", "\ufeffHEX\u200b\n", {"HEX feishu-contact guessed"});
    row("crlf", "HEX\r\nDEC\r\n", {"HEX feishu-contact guessed", "DEC feishu-drive guessed"});
    row("old mac line ends", "HEX\rDEC",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed"});
    row("json array of ids", "[\"HEX\", \"DEC\"]",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed"});
    row("python list over lines", "[\n  'HEX',\n  'DEC',\n]",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed"});
    row("numbered and bulleted", "1. HEX\n2) DEC\n- HEX2\n• DEC2",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed", "HEX2 feishu-contact guessed",
         "DEC2 feishu-drive guessed"});
    row("trailing sentence punctuation", "HEX。\nDEC.",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed"});
    row("id of no known shape", "abc12345def", {"abc12345def choose"});
    row("uuid", "550e8400-e29b-41d4-a716-446655440000",
        {"550e8400-e29b-41d4-a716-446655440000 choose"});
    row("uppercase hex", "0123456789ABCDEF0123456789ABCDEF",
        {"0123456789ABCDEF0123456789ABCDEF feishu-contact guessed"});
    row("empty", "", {});
    row("whitespace only", " \n\t\u3000\n", {});
}

void addLinkRows()
{
    row("feishu contact link", "https://open.feishu.cn/open-apis/contact/v2/task/get?task_id=HEX",
        {"HEX feishu-contact certain"});
    row("lark drive link",
        "https://open.larksuite.com/open-apis/drive/v1/files/task_check?task_id=DEC",
        {"DEC feishu-drive certain"});
    row("dingtalk storage link with unionId",
        "https://api.dingtalk.com/v1.0/storage/tasks/88001234?unionId=iPiiAmQ3Sa1iE",
        {"88001234 dingtalk-storage certain union=iPiiAmQ3Sa1iE"});
    row("dingtalk io doc link", "https://api.dingtalk.io/v2.0/doc/task/info/12345678",
        {"12345678 dingtalk-doc certain"});
    row("percent-encoded ids",
        "https://api.dingtalk.com/v1.0/storage/tasks/ab%2Fcd%3D1?unionId=u%2B1",
        {"ab/cd=1 dingtalk-storage certain union=u+1"});
    row("percent-encoded query id",
        "https://open.feishu.cn/open-apis/drive/v1/files/task_check?task_id=%37360595374803812356",
        {"DEC feishu-drive certain"});
    row("http scheme", "http://open.feishu.cn/open-apis/contact/v2/task/get?task_id=HEX",
        {"HEX feishu-contact certain"});
    row("no scheme",
        "open.larksuite.com/open-apis/contact/v2/task/get?task_id=HEX&user_id_type=open_id",
        {"HEX feishu-contact certain"});
    row("path only, doc example", "GET /v2.0/doc/task/info/12345678 HTTP/1.1\nHost:api.dingtalk.io",
        {"12345678 dingtalk-doc certain"});
    row("local simulator host",
        "http://127.0.0.1:8080/v1.0/storage/tasks/T-20240510-01?unionId=abc123",
        {"T-20240510-01 dingtalk-storage certain union=abc123"});
    row("link with fragment",
        "https://open.feishu.cn/open-apis/drive/v1/files/task_check?task_id=DEC#response",
        {"DEC feishu-drive certain"});
    row("link in a chinese sentence",
        "请查看 https://open.feishu.cn/open-apis/drive/v1/files/task_check?task_id=DEC。谢谢",
        {"DEC feishu-drive certain"});
    row("link in an english sentence",
        "Status at https://api.dingtalk.com/v2.0/doc/task/info/5550001234.",
        {"5550001234 dingtalk-doc certain"});
    row("markdown link",
        "[查询任务](https://open.feishu.cn/open-apis/drive/v1/files/task_check?task_id=DEC)",
        {"DEC feishu-drive certain"});
    row("several links on one line",
        "https://api.dingtalk.io/v2.0/doc/task/info/111222333, "
        "https://api.dingtalk.io/v2.0/doc/task/info/444555666",
        {"111222333 dingtalk-doc certain", "444555666 dingtalk-doc certain"});
    row("link and bare id on one line",
        "DEC https://open.feishu.cn/open-apis/contact/v2/task/get?task_id=HEX",
        {"DEC feishu-drive guessed", "HEX feishu-contact certain"});
    row("encoded link inside an explorer link",
        "https://open.feishu.cn/api-explorer?from=op_doc&url=https%3A%2F%2Fopen.feishu.cn%2Fopen-"
        "apis%2Fdrive%2Fv1%2Ffiles%2Ftask_check%3Ftask_id%3DDEC",
        {"DEC feishu-drive certain"});
    row("platform link of unknown path with task_id",
        "https://open.feishu.cn/api-explorer/cli_a1b2c3?apiName=task_check&task_id=DEC",
        {"DEC feishu-drive guessed"});
    row("unknown host with task_id", "http://intranet.example/jobs?task_id=HEX",
        {"HEX feishu-contact guessed"});
}

void addCommandRows()
{
    row("curl from the drive doc",
        "curl -i -X GET 'https://open.feishu.cn/open-apis/drive/v1/files/task_check?task_id=DEC' "
        "\\\n-H 'Authorization: Bearer t-7f1b******8e560'",
        {"DEC feishu-drive certain"});
    row("curl dingtalk with a hex token header",
        "curl -X GET 'https://api.dingtalk.com/v1.0/storage/tasks/88001234?unionId=UNION9' \\\n"
        "  -H 'x-acs-dingtalk-access-token: 0123456789abcdef0123456789abcdee' \\\n"
        "  -H 'Content-Type: application/json'",
        {"88001234 dingtalk-storage certain union=UNION9"});
    row("curl with a raw hex token value",
        "$ curl -H \"x-acs-dingtalk-access-token:0123456789abcdef0123456789abcdee\" "
        "\"https://api.dingtalk.io/v2.0/doc/task/info/5550001234\"",
        {"5550001234 dingtalk-doc certain"});
    row("windows cmd continuation",
        "curl -X GET \"https://open.feishu.cn/open-apis/contact/v2/task/get?task_id=HEX\" ^\n"
        "  -H \"Authorization: Bearer t-g1044ghJRUIJJ5ELPZ5H\"",
        {"HEX feishu-contact certain"});
    row("curl for the report query",
        "curl -X POST 'https://open.feishu.cn/open-apis/report/v1/tasks/query' -d '{\"rule_id\": "
        "\"6894419345318182932\", \"page_size\": 10}'",
        {"- !not_a_task"});
    row("curl to a task endpoint without id",
        "curl -i 'https://open.feishu.cn/open-apis/drive/v1/files/task_check' -H 'Authorization: "
        "Bearer t-abc'",
        {"- !not_recognisable"});
    row("curl with the link on an indented line",
        "curl -s -X GET \\\n    \"https://api.dingtalk.io/v2.0/doc/task/info/5550001234\" \\\n"
        "    -H \"x-acs-dingtalk-access-token: $TOKEN\"",
        {"5550001234 dingtalk-doc certain"});
    row("trailing backslash of a windows path", "log written to C:\\logs\\\nHEX",
        {"HEX feishu-contact guessed"});
    row("curl creating the tasks",
        "curl -X POST 'https://open.feishu.cn/open-apis/contact/v2/user/batch_add' -H "
        "'Content-Type: application/json' -d @chunk1.json",
        {});
    row("httpie",
        "http GET https://api.dingtalk.com/v2.0/doc/task/info/777888999 "
        "x-acs-dingtalk-access-token:abcdef0123456789",
        {"777888999 dingtalk-doc certain"});
}

void addLogLineRows()
{
    row("import script output",
        "2024-05-10 09:31:00 INFO starting import of 600 users in 12 chunks\n"
        "2024-05-10 09:31:02 INFO chunk 1/12 submitted, task_id=HEX\n"
        "2024-05-10 09:31:03 INFO chunk 2/12 submitted, task_id=HEX2\n"
        "2024-05-10 09:31:03 WARN retrying chunk 3/12 (HTTP 429, x-ogw-ratelimit-reset=2)\n"
        "2024-05-10 09:31:05 INFO chunk 3/12 submitted, task_id=HEX3\n"
        "Done: 3 chunks on host worker-01.example.com, request_id=20240510093105010203ABCDEF\n",
        {"HEX feishu-contact guessed", "HEX2 feishu-contact guessed",
         "HEX3 feishu-contact guessed"});
    row("arrow to task", "[ok] batch 7 -> task DEC", {"DEC feishu-drive guessed"});
    row("taskId key with quotes", "moved folder, taskId: 'abc123456'", {"abc123456 choose"});
    row("task-id key", "task-id DEC2 queued", {"DEC2 feishu-drive guessed"});
    row("spaced task id key", "Task ID = HEX", {"HEX feishu-contact guessed"});
    row("chinese key and punctuation", "任务ID：DEC，状态：处理中", {"DEC feishu-drive guessed"});
    row("chinese without spaces", "提交任务7360595374803812356成功", {"DEC feishu-drive guessed"});
    row("plain id key", "[ok] id=DEC", {"DEC feishu-drive guessed"});
    row("id of other things", "request id: 7f3a9b2c4d5e6f70 user id 1234567890 用户ID：87654321",
        {});
    row("key inside longer names", "subtask_id=HEX parentTaskId=DEC log_id=HEX2", {});
    row("plural key with a python list", "created task_ids=['HEX', 'HEX2'] in 2.1s",
        {"HEX feishu-contact guessed", "HEX2 feishu-contact guessed"});
    row("plural word with a list", "tasks: DEC, DEC2 (2 folders)",
        {"DEC feishu-drive guessed", "DEC2 feishu-drive guessed"});
    row("counts after task words", "12 tasks submitted\ntask 3/12 done\ntask #4 of 12", {});
    row("timestamps only", "2024-05-10 09:31:02\n09:31:05.120\n2024/05/10", {});
    row("null ids", "task_id=None\ntaskId: null\ntask_id=%s", {});
    row("spaces inside the quotes", "task_id = \" HEX \"", {"HEX feishu-contact guessed"});
    row("yaml", "task_id: \"HEX\"\nstatus: process", {"HEX feishu-contact guessed"});
    row("prose with a number", "see ticket 12345678 for details", {});
    row("timestamp and bare id", "2024-05-10 09:31:02 DEC", {"DEC feishu-drive guessed"});
    row("column header then ids", "task_id\nHEX\nDEC",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed"});
}

void addJsonRows()
{
    row("batch add-user answer", "{\"code\":0,\"msg\":\"success\",\"data\":{\"task_id\":\"HEX\"}}",
        {"HEX feishu-contact guessed"});
    row("drive move answer", "{\"code\":0,\"msg\":\"success\",\"data\":{\"task_id\":\"DEC\"}}",
        {"DEC feishu-drive guessed"});
    row("contact task get answer, pretty",
        "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"task_id\": "
        "\"HEX3\",\n        \"type\": \"add_user\",\n        \"status\": 8,\n        "
        "\"task_info\": [\n            {\n                \"code\": 10013,\n                "
        "\"msg\": \"invalid user_id\",\n                \"open_id\": "
        "\"ou_123456784b68a7c89abcdef092dc09ea\",\n                \"user_id\": \"_custom_2\"\n  "
        "          }\n        ]\n    }\n}",
        {"HEX3 feishu-contact certain"});
    row("dingtalk storage status answer",
        "{\"task\":{\"id\":\"T2024\",\"status\":\"IN_PROGRESS\",\"totalCount\":10,"
        "\"successCount\":3,\"failCount\":0,\"beginTime\":\"2022-07-29T14:55Z\"}}",
        {"T2024 dingtalk-storage certain"});
    row("dingtalk doc status answer",
        "{\n  \"taskId\" : \"88001234\",\n  \"status\" : 2,\n  \"totalCount\" : 1,\n  "
        "\"succCount\" : 1,\n  \"failCount\" : 0\n}",
        {"88001234 dingtalk-doc certain"});
    row("dingtalk taskId answer", "{\"taskId\":\"88001234\"}", {"88001234 dingtalk-doc guessed"});
    row("id as a number above 2^53", "{\"code\":0,\"data\":{\"task_id\":7360595374803812357}}",
        {"7360595374803812357 feishu-drive guessed"});
    row("id as a number above 2^64", "{\"taskId\": 736059537480381235612345}",
        {"736059537480381235612345 dingtalk-doc guessed"});
    row("id rounded to a float", "{\"task_id\": 7.360595374803812e+18}", {"- !not_recognisable"});
    row("several objects, one per line",
        "{\"data\":{\"task_id\":\"HEX\"}}\n{\"data\":{\"task_id\":\"HEX2\"}}\n"
        "{\"taskId\":\"5550001234\",\"succCount\":0}",
        {"HEX feishu-contact guessed", "HEX2 feishu-contact guessed",
         "5550001234 dingtalk-doc certain"});
    row("objects back to back", "{\"data\":{\"task_id\":\"DEC\"}}{\"data\":{\"task_id\":\"DEC2\"}}",
        {"DEC feishu-drive guessed", "DEC2 feishu-drive guessed"});
    row("json in a log line",
        "2024-05-10 09:31:02 INFO resp={\"code\":0,\"msg\":\"success\",\"data\":{\"task_id\":"
        "\"HEX\"}} elapsed=120ms",
        {"HEX feishu-contact guessed"});
    row("json cut off in a log line",
        "DEBUG body={\"code\":0,\"data\":{\"task_id\":\"HEX\",\"type\":\"add_user\",\"progr",
        {"HEX feishu-contact certain"});
    row("python dict printout", "{'code': 0, 'data': {'task_id': 'HEX', 'type': 'add_department'}}",
        {"HEX feishu-contact certain"});
    row("js object printout", "{ code: 0, data: { taskId: '88001234', succCount: 0 } }",
        {"88001234 dingtalk-doc certain"});
    row("spaces inside a json string", "{\"task_id\": \" DEC\\t\"}", {"DEC feishu-drive guessed"});
    row("escaped strings", "{\"msg\":\"say \\\"hi\\\"\",\"task_id\":\"\\u0037360595374803812356\"}",
        {"DEC feishu-drive guessed"});
    row("link inside a string",
        "{\"level\":\"info\",\"msg\":\"polling https:\\/\\/open.feishu.cn\\/open-apis\\/drive\\/v1"
        "\\/files\\/task_check?task_id=DEC\"}",
        {"DEC feishu-drive certain"});
    row("keyed id inside a string", "{\"level\":\"info\",\"msg\":\"task DEC submitted\"}",
        {"DEC feishu-drive guessed"});
    row("report query answer",
        "{\"code\":0,\"data\":{\"has_more\":false,\"items\":[{\"commit_time\":1622714908,"
        "\"rule_name\":\"report test\",\"task_id\":\"6969507459119693826\",\"from_user_id\":"
        "\"ou_c26134180ba2611aede183e5e3b531ed\"}]},\"msg\":\"\"}",
        {});
    row("report doc example, not valid json",
        "{\"code\": 0, \"data\": {\"items\": [{\"department_name\": \"\",\"department_name\": "
        "\"测试部门\",\"to_user_ids\": [\"ou_e963\",],\"rule_name\": \"report test\",\"task_id\": "
        "\"6969507459119693826\"\n\"form_contents\": [],}]}}",
        {});
    row("braces in prose", "retry {chunk 3} of {12}; see {docs}", {});
    row("brace then keyed id on the next line", "config {debug: true\ntask_id=HEX",
        {"HEX feishu-contact guessed"});
    row("sdk samples from the drive doc",
        "var client = new RestClient(\"https://open.feishu.cn/open-apis/drive/v1/files/"
        "task_check?task_id=DEC\");\n"
        "request.AddHeader(\"Authorization\", \"Bearer t-7f1b******8e560\");\n"
        "\t\tTaskId(`DEC`).\n"
        "// "
        "node-sdk使用说明：https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/server-side-sdk\n"
        "client.drive.v1.file.taskCheck({\n        params: {\n                task_id:'DEC',\n"
        "        },\n},\n    lark.withTenantToken(\"t-7f1b******8e560\")\n);",
        {"DEC feishu-drive certain", "DEC feishu-drive guessed !duplicate_in_paste",
         "DEC feishu-drive guessed !duplicate_in_paste"});
    row("doc table with a template link",
        "HTTP URLhttps://api.dingtalk.io/v2.0/doc/task/info/{taskId}\nHTTP MethodGET", {});
    row("empty and template ids", "{\"task_id\":\"\",\"taskId\":\"{taskId}\"}", {});
}

void addProblemRows()
{
    row("lone token with a bad character", "0123456789abcdef#0123456789abcdef",
        {"- !not_recognisable"});
    row("list with a broken item", "HEX, 73605953748038@12356",
        {"HEX feishu-contact guessed", "- !not_recognisable"});
    row("task link without id", "https://open.feishu.cn/open-apis/drive/v1/files/task_check",
        {"- !not_recognisable"});
    row("dingtalk template link", "https://api.dingtalk.io/v1.0/storage/tasks/{taskId}",
        {"- !not_recognisable"});
    row("platform page alone", "https://open.feishu.cn/document/server-docs/report-v1/task/query",
        {"- !not_recognisable"});
    row("report query link alone", "https://open.feishu.cn/open-apis/report/v1/tasks/query",
        {"- !not_a_task"});
    row("platform links in log lines",
        "2024-05-10 POST https://open.feishu.cn/open-apis/contact/v2/user/batch_add 200\n"
        "GET https://open.feishu.cn/open-apis/drive/v1/files/task_check failed: 400\n"
        "POST https://open.feishu.cn/open-apis/report/v1/tasks/query ok",
        {});
    row("words alone", "Done.\nSummary:\n=====\n完成", {});
    row("duplicate", "HEX\nHEX",
        {"HEX feishu-contact guessed", "HEX feishu-contact guessed !duplicate_in_paste"});
    row("duplicate takes the stronger kind",
        "DEC\nhttps://open.feishu.cn/open-apis/drive/v1/files/task_check?task_id=DEC",
        {"DEC feishu-drive certain", "DEC feishu-drive certain !duplicate_in_paste"});
    row("duplicate hands over its unionId",
        "task_id=T12345678\nhttps://api.dingtalk.com/v1.0/storage/tasks/T12345678?unionId=U1",
        {"T12345678 dingtalk-storage certain union=U1",
         "T12345678 dingtalk-storage certain union=U1 !duplicate_in_paste"});
    row("same id, two certain kinds",
        "https://api.dingtalk.io/v2.0/doc/task/info/5550001234\n"
        "https://api.dingtalk.io/v1.0/storage/tasks/5550001234",
        {"5550001234 dingtalk-doc certain", "5550001234 dingtalk-storage certain"});
}

void addMixedRows()
{
    row("everything at once",
        "Here are today's tasks:\n"
        "HEX\n"
        "  \"DEC\",\n"
        "https://api.dingtalk.com/v1.0/storage/tasks/88001234?unionId=U7\n"
        "2024-05-10 09:31:02 INFO chunk 3/12 submitted, task_id=HEX2\n"
        "{\"taskId\":\"5550001234\",\"status\":1,\"totalCount\":3,\"succCount\":3,\"failCount\":0}"
        "\n"
        "curl -X GET 'https://open.feishu.cn/open-apis/drive/v1/files/task_check?task_id=DEC2' \\\n"
        "  -H 'Authorization: Bearer t-7f1bcd13fc57d46bac21793a18e560'\n"
        "HEX\n"
        "0123456789abcdef#0123\n"
        "谢谢！",
        {"HEX feishu-contact guessed", "DEC feishu-drive guessed",
         "88001234 dingtalk-storage certain union=U7", "HEX2 feishu-contact guessed",
         "5550001234 dingtalk-doc certain", "DEC2 feishu-drive certain",
         "HEX feishu-contact guessed !duplicate_in_paste", "- !not_recognisable"});
}

} // namespace PasteRows
