<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountConnection</name>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token is known for account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app secret is known for account %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>e.g. Acme HR app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App credentials (fetches its own tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted access token (short-lived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for storage tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator unionId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions the app needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the account is shown in the task table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu, Lark or DingTalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s server. Leave empty for the default; plain http is refused except to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App credentials fetch and renew tokens; a pasted token works until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed text is hidden and never shown again; leave empty to keep the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the secret is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator unionId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DingTalk user whose storage tasks are read (unionId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM certificate to trust in addition to the system&apos;s, e.g. for a proxy that inspects TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly call budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered calls this account may spend per calendar month; polling slows as it runs low and stops when it is spent. 0 is no budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches a token with these settings, and reads one watched task of the account if there is one, without saving anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the account; its tasks are checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes without changing the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dingxxxxxxxxxxxxxxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cli_a1b2c3d4e5f6g7h8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stored; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountUsageView</name>
    <message>
        <source>Access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls this month by endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many calls the monitor made for the selected account this month, per endpoint, and which ones the platform counts against the monthly quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID / key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configured apps. Return edits the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a Feishu, Lark or DingTalk app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the selected account&apos;s settings or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected account and its secret, and asks what to do with its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the accounts dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet: add the app whose tasks you watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls this month — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 metered call(s) this month; no budget set (Edit to set one).</source>
        <translation>
            <numerusform>%1 metered call this month; no budget set (Edit to set one).</numerusform>
            <numerusform>%1 metered calls this month; no budget set (Edit to set one).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the monthly budget of %2 metered calls spent; %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its secret is removed too. %n watched task(s) belong to it: keep them in the table (they show an error until an account serves them), or stop watching them.</source>
        <translation>
            <numerusform>Its secret is removed too. %n watched task belong to it: keep them in the table (they show an error until an account serves them), or stop watching them.</numerusform>
            <numerusform>Its secret is removed too. %n watched tasks belong to it: keep them in the table (they show an error until an account serves them), or stop watching them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Its Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Watching Its Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret is removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <message>
        <source>Only the first %L1 characters of the text were read; add the rest separately.</source>
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
    <message>
        <source>The account was changed while this call was waiting; it is asked again with the account&apos;s new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is no longer configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account again, or remove its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection (nothing listens at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the account&apos;s base URL; the monitor retries by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection closed before the whole answer arrived (%n bytes of it read).</source>
        <translation>
            <numerusform>The connection closed before the whole answer arrived (%n byte of it read).</numerusform>
            <numerusform>The connection closed before the whole answer arrived (%n bytes of it read).</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
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
    <message>
        <source>The task id &quot;%1&quot; cannot be asked for: in a link it would name another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the id the platform returned and add the task again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppPermissionsLabel</name>
    <message>
        <source>Permissions the app needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2 (not available to app-store apps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2 when the user id type is user_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1, %2 or %3</source>
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
    <message>
        <source>The address %1 holds a user name, a password or a &quot;#&quot; part, which an open-platform base URL never has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the scheme and host as the base URL, e.g. https://open.feishu.cn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallBudgetTable</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered calls this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls in all this month; the platform meters %2 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered calls this account may spend per calendar month; checking stops when they are used up. 0 is no budget.</source>
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
        <source>--account: no saved account is named &quot;%1&quot; (saved: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
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
    <message>
        <source>--account %1: the saved accounts cannot be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1: the keychain is not available (%2). Without a keychain, use --platform with --app-id and --app-secret-env instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain holds no secret for this account</source>
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
        <source>With --wait: neither use nor keep how long finished tasks took (kept otherwise in the cache folder to time the checks of tasks without progress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-learn only makes sense with --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Commands:
  status   TASK...   Print the status of tasks (ids, platform URLs, pasted text).
  reports            Print the report (汇报) submissions of a rule or user in a
                     commit-time window: --from DATE --to DATE, or --window
                     today, this_week, last_7_days or this_month (local time).

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
    <message>
        <source>Log requests, answers, token fetches and check decisions to stderr (secrets masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports: today, this_week, last_7_days or this_month, in local time (instead of --from and --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window replaces --from and --to: give one or the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window: &quot;%1&quot; is not one of today, this_week, last_7_days, this_month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports needs --from DATE and --to DATE, or --window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineTasks</name>
    <message numerus="yes">
        <source>%n task(s) added from the command line</source>
        <extracomment>Status bar, after another launch of the app named tasks on its command line</extracomment>
        <translation>
            <numerusform>%n task added from the command line</numerusform>
            <numerusform>%n tasks added from the command line</numerusform>
        </translation>
    </message>
    <message>
        <source>The tasks on the command line are already watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestView</name>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote this id to the platform&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 issued an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 issued an access token and task %2 could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued an access token, but task %2 could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
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
    <name>DemoEnvironment</name>
    <message>
        <source>Import HR batch 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New departments (Lark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move audit folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move legal archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete old exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move finance files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move design assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy onboarding templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy training handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo scenario is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo scenario is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly reports (周报)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Task details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the current task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-&amp;tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DroppedText</name>
    <message>
        <source>%1 is larger than %2 MB; paste the part with the task ids.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>Add tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is watched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste task ids, links or API answers here — Ctrl+V.
Task Monitor finds the ids among log lines, curl commands and JSON, and watches them until they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the dialog to paste task ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a Feishu, Lark or DingTalk app whose tasks you want to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks are watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportResultBox</name>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the CSV file in its usual program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the folder that holds the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks-%1.csv</source>
        <extracomment>File name proposed for an export of the task table; %1 is the date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtasks-%1.csv</source>
        <extracomment>File name proposed for the sub-task rows of a task; %1 its name, %2 the date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtasks-%1-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed-subtasks-%1.csv</source>
        <extracomment>File name proposed for the failed sub-task rows; %1 the task&apos;s name, %2 the date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed-subtasks-%1-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure-group-%1.csv</source>
        <extracomment>File name proposed for one group of failures; %1 the task&apos;s name, %2 the date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure-group-%1-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports-%1.csv</source>
        <extracomment>File name proposed for a report query&apos;s submissions; %1 its name, %2 the date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports-%1-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sub-task rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the submissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was left unchanged.</source>
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
    <message>
        <source>The account was changed while its report query was paging.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>The secrets file %1 is damaged (%2). It was left as it is: remove it, then enter the account secrets again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file %1 can be read or changed by other users of this computer, so it is not used. Make it readable only by you (chmod 600) or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TaskMonitor secrets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file %1 was written by a newer version of TaskMonitor; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list of secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make it readable only by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file holds no secret for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Filter: label, id, account, message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only tasks whose label, id, account or message contains every word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state, kind and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check states, kinds or accounts to show only those tasks; nothing checked in a group shows all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A filter entry with its count: &quot;Failed (3)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishAnnouncer</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Kind and account of a finished task in its notification: &quot;Contact import · Acme&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 failed, %3 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partly failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs a look: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly failed</source>
        <translation>
            <numerusform>%n partly failed</numerusform>
            <numerusform>%n partly failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished: %1</source>
        <extracomment>A batch of finished tasks: &quot;12 tasks finished: 10 succeeded, 2 partly failed&quot;</extracomment>
        <translation>
            <numerusform>%n task finished: %1</numerusform>
            <numerusform>%n tasks finished: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormFieldsTable</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected submission&apos;s form fields and their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty or an attachment)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no secret for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Task Monitor — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n running)</source>
        <translation>
            <numerusform>%1 (%n running)</numerusform>
            <numerusform>%1 (%n running)</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by you — choose Pause checking again to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly call budget used up for %1: its tasks wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo against the built-in simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) added</source>
        <translation>
            <numerusform>%n task added</numerusform>
            <numerusform>%n tasks added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) no longer watched — Ctrl+Z brings them back</source>
        <translation>
            <numerusform>%n task no longer watched — Ctrl+Z brings them back</numerusform>
            <numerusform>%n tasks no longer watched — Ctrl+Z brings them back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) watched again</source>
        <translation>
            <numerusform>%n task watched again</numerusform>
            <numerusform>%n tasks watched again</numerusform>
        </translation>
    </message>
    <message>
        <source>About Task Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Task Monitor %1&lt;/h3&gt;&lt;p&gt;Watches the asynchronous tasks of Feishu / Lark and DingTalk: bulk imports, folder moves, file moves, document copies and report queries.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Add tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste task ids, links, curl lines or API answers to watch them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what is on the clipboard (shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every watched task now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop asking the platforms until you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the tasks removed last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tasks shown (or selected) as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check intervals, call budgets, notifications, language, CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Feishu, Lark and DingTalk apps whose tasks are watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the selected task&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the table by label, id, account or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every watched task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Task Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, Qt version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching and close Task Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch &amp;report query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the report (汇报) submissions of a rule or a person over today, this week, this month or dates you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of Task Monitor&apos;s log file (tokens and secrets are never written to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Monitor&apos;s log file is in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Select a task to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
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
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request id to quote it to the platform&apos;s support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the request id of the last error on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests this task has cost, token requests not counted</source>
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
    <message>
        <source>The platform answered with errcode %1 and no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DingTalk gateway does not know this address: check the account&apos;s server address (and any proxy in between).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this address (%1): it is not an answer of the platform&apos;s API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account&apos;s server address (and any gateway or proxy in between): the API paths are not found there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed before %1 could answer, and sent no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed before %1 could answer: “%2”</source>
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
    <name>Preferences</name>
    <message>
        <source>The settings file %1 could not be read. It was set aside as %2 and Task Monitor started with default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be read, nor set aside. Task Monitor uses default settings for the values it cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChartTab</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded and failed rows, or progress in percent, at each check, with the predicted finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawAnswerTab</name>
    <message>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s last answer for this task, with tokens and secrets removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the last answer (%1), tokens and secrets shown as ***.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last answer (%1), tokens and secrets shown as ***.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer stored for this task yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the last answer (%1)…</source>
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
    <name>ReportQueryDialog</name>
    <message>
        <source>Watch Report Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report queries need a Feishu or Lark account. Add one under File → Accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone the app can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Weekly reports of the sales team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submitted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule named by earlier submissions, or a rule id; empty for every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter&apos;s user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit-time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start must come before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked until the window has closed, then once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1 – %2. Moves with the calendar (%3) and keeps picking up new submissions.</source>
        <extracomment>%1 and %2: the window&apos;s first and last moment today; %3: the time zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions of every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken as a rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken as a rule id (no earlier submission names it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_id also needs the app&apos;s permission to read the user-id field of contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app needs the permission &lt;b&gt;report:task:readonly&lt;/b&gt; (查看汇报任务).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This query is watched already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A report query&apos;s default label: the rule&apos;s name (or &quot;All reports&quot;) and the window</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reports</source>
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
        <translation>
            <numerusform>%n submission</numerusform>
            <numerusform>%n submissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>none</source>
        <extracomment>No HTTP answer came back (refused, reset, timed out)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A request&apos;s latency in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the request was sent (local time; UTC in each cell&apos;s tool tip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which platform endpoint was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP status of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s own result code (0: success on Feishu / Lark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From sending the request to the whole answer read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s id of the request, for its support team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task&apos;s requests this session, newest first, with status, code, latency and request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request for this task yet this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) this session, newest first:</source>
        <translation>
            <numerusform>%n request this session, newest first:</numerusform>
            <numerusform>%n requests this session, newest first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStorageNotice</name>
    <message>
        <source>Where secrets are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps app secrets and tokens in a file that only your user can read, because no keychain is available. Until you tick this, secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts: secrets are kept for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in a file readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretVault</name>
    <message>
        <source>No keychain is available: secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in a file readable only by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest interval must be at least the shortest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;notification when a task ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with checks &amp;paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start files with a &amp;byte-order mark (for Excel and WPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortest interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Longest interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly call budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platforms meter drive, report and DingTalk calls per month. When an account&apos;s budget is used up, its tasks wait for the next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest check interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running task is never asked about more often than this, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest check interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running task is asked about at least this often, in seconds. Must be at least the shortest interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per account: the metered calls spent this month and the monthly budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a desktop notification once when a watched task succeeds or fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Monitor starts without checking any task until Pause checking is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel and WPS need it to read Chinese text in a CSV file correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character between two fields. Spreadsheets set to a language that writes decimals with a comma expect a semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the settings and closes the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the settings and keeps the dialog open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the dialog; changes not applied are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the default settings; they are stored with Apply or OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time Task Monitor starts.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Note: how long the tasks took could not be kept in the cache folder; the next --wait starts without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>Task counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n watched</source>
        <translation>
            <numerusform>%n watched</numerusform>
            <numerusform>%n watched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to check: every task has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 / %3</source>
        <extracomment>Calls an account spent this month, against its budget: &quot;Acme 120 / 10,000&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 metered calls this month, %3 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <extracomment>The status bar while a platform does not answer: &quot;Offline: open.feishu.cn&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer several requests in a row. Tasks keep their last state; the monitor tries again by itself, less often the longer it lasts, and checks every task as soon as an answer arrives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionsTab</name>
    <message>
        <source>&amp;Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show submissions with their form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the submissions; the selected one&apos;s form fields show beside them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pivot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pivot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per submission and one column per form field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export submissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves every submission with its form fields as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter, department, time submitted and recipients of each submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report pivot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submissions in this window yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n submission</numerusform>
            <numerusform>%n submissions</numerusform>
        </translation>
    </message>
    <message>
        <source>reports-%1.csv</source>
        <extracomment>File name proposed for a report query&apos;s submissions; the query&apos;s id is inserted</extracomment>
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
    <name>SubtasksTab</name>
    <message>
        <source>&amp;Failed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the rows the platform reported as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves every row of this task as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the failed rows of this task as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected failure group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the rows of the selected failure group as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows grouped by code and message with their counts; select one to see only its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-task rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row the platform returned, with all its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts and failure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the platform yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform reports counts only, not the individual items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows yet: the platform lists them once the task has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows-%1.csv</source>
        <extracomment>File name proposed for the rows of a task; the task id is inserted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed-%1.csv</source>
        <extracomment>File name proposed for the failed rows of a task; the task id is inserted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failure group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed-%1-%2.csv</source>
        <extracomment>File name proposed for one failure group; the task id and the code are inserted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the rows…</source>
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
    <message>
        <source>TASK &quot;%1…&quot; is longer than any task id the platforms hand out (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK is empty: give a task id or a URL.</source>
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
    <message>
        <source>%1 of %2 failed</source>
        <extracomment>A task that ended with some rows failed: &quot;37 of 50 failed&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Joins the parts of a row read out by a screen reader</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n submission</numerusform>
            <numerusform>%n submissions</numerusform>
        </translation>
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
    <name>TaskCsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
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
    <name>TaskTableView</name>
    <message>
        <source>Watched tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per watched task: its label, account, kind, state and progress. Press F2 to rename a task, Delete to stop watching it, Return for its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching the selected tasks (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected tasks now, finished or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore default columns</source>
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
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show Task Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Monitor tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Monitor
%1</source>
        <extracomment>Tray tool tip: the application&apos;s name, then the counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n task(s) ended</source>
        <translation>
            <numerusform>All %n task ended</numerusform>
            <numerusform>All %n tasks ended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchListDatabase</name>
    <message>
        <source>The watch list %1 was written by a newer version of Task Monitor (schema %2; this version reads %3). It was left unchanged and nothing was loaded; changes made now will not be saved. Update Task Monitor to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list %1 could not be opened: %2. Changes made now will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds tables that are not a watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables of the watch list are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many damaged files of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1) and could not be moved aside (%2); it was left in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list %1 was damaged (%2). It was moved to %3, so nothing in it is lost, and a new, empty list was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the watch list to %1: %2. The changes are kept and will be saved with the next ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &quot;taskmonitor-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watches Feishu / Lark and DingTalk asynchronous tasks and report queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the built-in simulator&apos;s demo tasks, with a data folder and settings of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the watch list and settings in DIR instead of the usual places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the tasks in TEXT (ids, links, curl lines), as if pasted; may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ids or links to watch, as if pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Monitor is already running for this profile but does not answer; the tasks were not handed to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
