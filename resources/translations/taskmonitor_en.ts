<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountConnection</name>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTasksDialog</name>
    <message>
        <source>Add Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste task ids, links, curl lines, log lines or API answers here, or drop a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;reat every line as an id of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. HR import 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label for this batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ids, links, curl commands, log lines or API answers, in any mix. The preview below lists the tasks found in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat every line as an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes each line as a task id of the kind chosen next to it, unless a link or an answer says another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind for every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of task the pasted ids are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per task or problem found in the text. Space includes or skips a row; F2 changes its kind or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional name given to every task added now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the checked tasks to the watch list (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the dialog without adding anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks found in the text will be listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>Add %n task</numerusform>
            <numerusform>Add %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) need a %1 account</source>
        <translation>
            <numerusform>%n task needs a %1 account</numerusform>
            <numerusform>%n tasks need a %1 account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) need a %1 account at %2</source>
        <translation>
            <numerusform>%n task needs a %1 account at %2</numerusform>
            <numerusform>%n tasks need a %1 account at %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account&apos;s base URL: it may point at something that is not the open platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform or the network is slow; the monitor retries by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If your network inspects TLS, add its CA certificate to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection; the monitor retries by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform rejected a newly issued token as well. Check that the app is enabled and has the permission this API needs; code 99991663 can also mean the API does not accept a tenant token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted token was rejected or has expired. Paste a new token for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly call quota used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiSession</name>
    <message>
        <source>Task %1 refers to account &quot;%2&quot;, which is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account, or move the task to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is a %2 account and cannot read %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the task to an account of the right platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the row and add the task again with its id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaseUrlPolicy</name>
    <message>
        <source>The address %1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials over %1 to %2: only https is allowed, or http to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// base URL for the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>reports reads Feishu / Lark report queries: use --platform feishu or lark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>--base-url: &quot;%1&quot; is not a URL such as https://open.feishu.cn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1 (--token-env) is not set or empty: put the access token there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty: put the app secret there, or name another variable with --app-secret-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1: no saved accounts in %2; add the account in the Task Monitor window, or use --platform with --app-id and --app-secret-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1: the saved accounts in %2 cannot be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account: no saved account is named &quot;%1&quot; (saved: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1: %2. Without a keychain, use --platform with --app-id and --app-secret-env instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1: %2; enter the secret again in the Task Monitor window, or use --platform with --app-id and --app-secret-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliConsole</name>
    <message>
        <source>cannot write to stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>platform code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the network and --base-url, or raise --request-timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the task id, its --kind and that the app is the one that created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check --app-id and the secret (or the token) in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 (%2): could not fetch its status: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 of %2 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(platform status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 (%2): still %3 when --timeout ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report query: could not fetch the submissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Checks, waits for and exports Feishu / Lark and DingTalk asynchronous tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of bare task ids: feishu-contact, feishu-drive, dingtalk-storage, dingtalk-doc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an account saved by the Task Monitor window (name or id); the secret comes from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-list file to look --account up in (default: the window&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: feishu, lark or dingtalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API host (default: the platform&apos;s). Plain http:// only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu / Lark app_id or DingTalk appKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the app secret (default TASKMONITOR_APP_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding a ready access token (instead of an app secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk operator unionId (required for dingtalk-storage tasks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll until every task has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest interval between two checks of a task with --wait, in seconds (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (exit 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table on a terminal, json otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the output to FILE instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include sub-task rows (csv: one row per sub-task).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks that did not succeed, and only failed sub-task rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer timeout of one request, in seconds (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports: start of the commit-time window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports: end of the commit-time window (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports: the rule&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports: only this user&apos;s submissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports: open_id (default), union_id or user_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status or reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: task ids or URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given: use &quot;status&quot; or &quot;reports&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: use &quot;status&quot; or &quot;reports&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to the &quot;reports&quot; command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status needs at least one TASK (a task id or a URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to the &quot;status&quot; command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports takes no TASK arguments (&quot;%1&quot;); use --rule-id, --user-id, --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports needs --from DATE and --to DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (use 2026-11-16, 2026-11-16T09:30:00Z or Unix seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (use 2026-11-20, 2026-11-20T18:00:00Z or Unix seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user-id-type: &quot;%1&quot; is not one of open_id, union_id, user_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of feishu-contact, feishu-drive, dingtalk-storage, dingtalk-doc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --account: the saved account already says it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--watchlist is only used with --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say how to connect: --account NAME, or --platform feishu|lark|dingtalk with --app-id and --app-secret-env (or --token-env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--platform: &quot;%1&quot; is not one of feishu, lark, dingtalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-env and --app-secret-env exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-env needs the name of an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--app-id is required unless --token-env is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--app-secret-env needs the name of an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval: &quot;%1&quot; is not a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval and --timeout only make sense with --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of table, json, csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--request-timeout: &quot;%1&quot; is not a number of seconds between 0 and 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Commands:
  status   TASK...   Print the status of tasks (ids, platform URLs, pasted text).
  reports            Print the report (汇报) submissions of a rule or user in a
                     commit-time window: --from DATE --to DATE.

Connection: --account NAME (saved by the Task Monitor window, secret from the
keychain), or --platform with --app-id and the app secret in the environment
variable named by --app-secret-env, or a ready token in the variable named by
--token-env. No option takes a secret itself.

DATE: 2026-11-16 (a whole day), 2026-11-16T09:30:00Z, or Unix seconds.

Exit status:
  0  every status was fetched and none failed (with --wait: all succeeded)
  1  at least one task failed or partially failed
  2  usage error, including an insecure base URL or a missing secret
  3  at least one status could not be fetched (network, sign-in, API error,
     not found)
  4  --wait timed out
When several apply, the first of 2, 3, 1, 4 wins.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. The previous file, if any, was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. The previous file, if any, was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>the file is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not everything could be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureGroup</name>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeishuReportQueryClient</name>
    <message>
        <source>The report query&apos;s time window is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the report query: it needs a start and an end time, the start first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Querying reports (page %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform kept answering with more pages (%1 so far, page token %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the report query&apos;s time window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;double&quot;}, {&quot;int64&quot;} or {&quot;uint64&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an unsigned integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected name, value pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Task Monitor watch list (no JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Task Monitor watch list (format &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1; this version of Task Monitor reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at_ms, progress, succeeded, failed, total for each sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain holds no secret for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParserText</name>
    <message>
        <source>The token answer has no accessToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token answer has no usable expireIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer carries no status; the state was judged from the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered with an error status but no error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered with code %1 and no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no task: the field task is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no task status: the field task.status is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a status word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of data.task_info is not an object and was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no task: the field data is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no task status: the field data.status is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no data; it was read as an empty page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field data.items is not a list of submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer says more pages follow (data.has_more is true) but gives no data.page_token to fetch them with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token answer has no tenant_access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token answer has no usable expire time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu / Lark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the access token. It is renewed once automatically; if this keeps happening, check the app ID and app secret of this account and that the app has the permissions this API needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the app ID and app secret of this account, and the app&apos;s permissions in the %1 developer console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lacks a permission this API needs. Grant it in the %1 developer console (and publish a new app version), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lacks the permission %1. Grant it in the %2 developer console (and publish a new app version), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s monthly API call quota on %1 is used up. Calls work again next month or after upgrading the plan; until then polling is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s public IP address is not on the app&apos;s IP allow list. Add it in the %1 developer console, or run the monitor from an allowed address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 limits how often this API may be called. The request will be retried automatically in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 limits how often this API may be called. The request will be retried automatically shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the task ID, and that the task belongs to this account&apos;s organisation and app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had an internal problem. The request will be retried automatically; if it persists, quote the request ID to the platform&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request. Check the task ID and the account settings; if it persists, quote the code and the request ID to the platform&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk answers like this when it blocks the caller&apos;s IP address: check the app&apos;s IP allow list and whether this network is banned, then quote the request ID to DingTalk support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be understood. Check the account&apos;s server address and any proxy in between; if it persists, quote the request ID to the platform&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered with an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is JSON but not an object: it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered with an HTML page instead of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered with an HTML page (“%1”) instead of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has an unusable value (%2) and was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has an unusable value (%2: %3) and was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time in Unix seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteItem</name>
    <message>
        <source>Choose a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears earlier in the paste; added only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the watch list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a task id or task link. Check it for typing errors or a cut-off end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report query, not a task id. Add it as a report query instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastePreviewDelegate</name>
    <message>
        <source>Choose the %1 for line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastePreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastePreviewSummary</name>
    <message numerus="yes">
        <source>%n task(s) found</source>
        <translation>
            <numerusform>%n task found</numerusform>
            <numerusform>%n tasks found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already watched</source>
        <translation>
            <numerusform>%n already watched</numerusform>
            <numerusform>%n already watched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation>
            <numerusform>%n line not recognised</numerusform>
            <numerusform>%n lines not recognised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report query link(s) skipped</source>
        <translation>
            <numerusform>%n report query link skipped</numerusform>
            <numerusform>%n report query links skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a kind</source>
        <translation>
            <numerusform>%n needs a kind</numerusform>
            <numerusform>%n need a kind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) an account</source>
        <translation>
            <numerusform>%n needs an account</numerusform>
            <numerusform>%n need an account</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Feishu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshScheduler</name>
    <message>
        <source>The monthly budget of %1 metered calls is used up; checking stopped until next month or until the budget is raised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCsvExporter</name>
    <message>
        <source>Submitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>User ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who submitted the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submitter&apos;s department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the report was submitted (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report rule (template) it was written for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the report was sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriters</name>
    <message>
        <source>COMMITTED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>%1 of %2 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubtaskCsvExporter</name>
    <message>
        <source>Task ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubtaskModel</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, or the platform&apos;s code and message for a row that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” as the platform sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableTaskWriter</name>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINISHED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-tasks of %1 (%2 rows):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskArguments</name>
    <message>
        <source>TASK &quot;%1&quot; is a report query link; use the &quot;reports&quot; command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK &quot;%1&quot; names no task that can be watched (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK &quot;%1&quot;: its kind cannot be told from the id; add --kind feishu-contact|feishu-drive|dingtalk-storage|dingtalk-doc, or give the platform URL it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK &quot;%1&quot; is a %2 task, which a %3 account cannot read; check --platform and --kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK &quot;%1&quot; is a dingtalk-storage task: it is read as an operator, so give --union-id ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK &quot;%1&quot; holds no task id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCellFormatter</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name for the task; the task id when unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation account the task is watched with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which platform endpoint reports on the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id the platform returned for the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s state of the task, or Error when the last check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent done; some tasks report none and only say when they are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows or items the task processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows or items done without error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows or items that failed; see the detail pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the platform created the task (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished / elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the task finished, or how long it has been running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated time to finish from the recent progress; — until the progress is steady enough to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the platform was last asked (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the platform will be asked next; ended tasks are not checked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests spent on this task; metered calls count against the organisation&apos;s monthly quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the last check failed; empty when it worked. Hover for the request id to quote to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reports no progress for this task, only when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected around %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id (quote it to support): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local), %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskClient</name>
    <message>
        <source>Fetching document task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching storage task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk storage tasks are read as an operator, and no unionId is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the operator&apos;s unionId on the account or on the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching contact task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching drive task %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <source>Feishu contact import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu report query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu drive folder task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk storage task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk document copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableCsvExporter</name>
    <message>
        <source>the table was closed during the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenManager</name>
    <message>
        <source>Signing in to %1 as app %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token was given for account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted access token for account %1 was rejected or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new access token for this account, or give it app credentials so the monitor can renew tokens itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchListStore</name>
    <message>
        <source>it could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list file %1 was missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list in %1 was saved by a newer version of Task Monitor (%2). It was left unchanged and nothing was loaded; changes made now will not be saved. Update Task Monitor to see the list, or start a new list: the newer file will be kept under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list in %1 could not be read (%2) nor moved aside (%3). It was left in place and will not be overwritten; changes made now will not be saved. Check the file and its folder&apos;s permissions, then restart Task Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list in %1 could not be read (%2). It was moved to %3, so nothing in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no backup, so the list starts empty. Keep the moved file for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was restored from the backup %1, saved at %2; changes made after that are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be read either (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be read either (%2); it was moved to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list was not saved to %1: it was not loaded first, and saving could have replaced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the watch list to %1: %2. The previous file was left unchanged; saving will be tried again at the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the watch list to %1: %2. Saving will be tried again at the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs to be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many files of that name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &quot;taskmonitor-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
