<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountConnection</name>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>无法从 %1 读取 PEM 证书。</translation>
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
        <translation type="unfinished">取消</translation>
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
        <translation type="unfinished">调用次数</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">取消</translation>
    </message>
</context>
<context>
    <name>AddTasksDialog</name>
    <message>
        <source>Add Tasks</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Paste task ids, links, curl lines, log lines or API answers here, or drop a text file.</source>
        <translation>在此粘贴任务 ID、链接、curl 命令、日志行或 API 返回内容，或拖入文本文件。</translation>
    </message>
    <message>
        <source>T&amp;reat every line as an id of kind</source>
        <translation>每行都按此类型的任务 ID 处理(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation>正在读取文本…</translation>
    </message>
    <message>
        <source>Optional, e.g. HR import 3</source>
        <translation>可选，例如：HR 导入第 3 批</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Pasted &amp;text:</source>
        <translation>粘贴的文本(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Label for this batch:</source>
        <translation>本批标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Task ids, links, curl commands, log lines or API answers, in any mix. The preview below lists the tasks found in it.</source>
        <translation>任务 ID、链接、curl 命令、日志行或 API 返回内容，可任意混合。下方预览列出从中找到的任务。</translation>
    </message>
    <message>
        <source>Treat every line as an id</source>
        <translation>每行都按任务 ID 处理</translation>
    </message>
    <message>
        <source>Takes each line as a task id of the kind chosen next to it, unless a link or an answer says another kind.</source>
        <translation>将每一行都视为右侧所选类型的任务 ID，除非链接或返回内容表明是其他类型。</translation>
    </message>
    <message>
        <source>Kind for every line</source>
        <translation>每行的任务类型</translation>
    </message>
    <message>
        <source>The kind of task the pasted ids are.</source>
        <translation>粘贴的 ID 所属的任务类型。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Reading the text</source>
        <translation>正在读取文本</translation>
    </message>
    <message>
        <source>Tasks found</source>
        <translation>找到的任务</translation>
    </message>
    <message>
        <source>One row per task or problem found in the text. Space includes or skips a row; F2 changes its kind or account.</source>
        <translation>文本中找到的每个任务或问题占一行。空格键选中或跳过一行；F2 修改其类型或账号。</translation>
    </message>
    <message>
        <source>Label for this batch</source>
        <translation>本批标签</translation>
    </message>
    <message>
        <source>Optional name given to every task added now.</source>
        <translation>可选，为本次添加的每个任务设置的名称。</translation>
    </message>
    <message>
        <source>Adds the checked tasks to the watch list (Ctrl+Return).</source>
        <translation>将勾选的任务添加到监视列表（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Closes the dialog without adding anything.</source>
        <translation>关闭对话框，不添加任何任务。</translation>
    </message>
    <message>
        <source>The tasks found in the text will be listed below.</source>
        <translation>文本中找到的任务将列在下方。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>添加 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) need a %1 account</source>
        <translation>
            <numerusform>%n 个任务需要%1账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) need a %1 account at %2</source>
        <translation>
            <numerusform>%n 个任务需要位于 %2 的%1账号</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>添加账号…</translation>
    </message>
    <message>
        <source>Add a %1 account</source>
        <translation>添加%1账号</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation>响应超过 %1 MB，未读取。</translation>
    </message>
    <message>
        <source>Check the account&apos;s base URL: it may point at something that is not the open platform.</source>
        <translation>请检查账号的 API 地址：它指向的可能不是开放平台。</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>%1 秒内未收到响应。</translation>
    </message>
    <message>
        <source>The platform or the network is slow; the monitor retries by itself.</source>
        <translation>平台或网络响应较慢，Task Monitor 会自动重试。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If your network inspects TLS, add its CA certificate to the account.</source>
        <translation>服务器证书不受信任。如果所在网络会检查 TLS 流量，请将该网络的 CA 证书添加到账号中。</translation>
    </message>
    <message>
        <source>Check the network connection; the monitor retries by itself.</source>
        <translation>请检查网络连接，Task Monitor 会自动重试。</translation>
    </message>
    <message>
        <source>The platform rejected a newly issued token as well. Check that the app is enabled and has the permission this API needs; code 99991663 can also mean the API does not accept a tenant token.</source>
        <translation>平台同样拒绝了新获取的访问凭证。请确认应用已启用，并已开通此 API 所需的权限；错误码 99991663 也可能表示此 API 不支持 tenant_access_token。</translation>
    </message>
    <message>
        <source>The pasted token was rejected or has expired. Paste a new token for this account.</source>
        <translation>粘贴的访问凭证被拒绝或已过期。请为此账号粘贴新的访问凭证。</translation>
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
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>code %1</source>
        <translation>错误码 %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>响应超时</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>无法解析响应</translation>
    </message>
    <message>
        <source>Access token rejected</source>
        <translation>访问凭证被拒绝</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>获取访问凭证失败</translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation>缺少权限</translation>
    </message>
    <message>
        <source>IP address not allowed</source>
        <translation>IP 地址不在白名单中</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>触发频率限制</translation>
    </message>
    <message>
        <source>Monthly call quota used up</source>
        <translation>本月调用次数配额已用完</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Platform error</source>
        <translation>平台内部错误</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>配置有误</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ApiSession</name>
    <message>
        <source>Task %1 refers to account &quot;%2&quot;, which is not configured.</source>
        <translation>任务 %1 所属的账号“%2”未配置。</translation>
    </message>
    <message>
        <source>Add the account, or move the task to another account.</source>
        <translation>请添加该账号，或将任务移到其他账号下。</translation>
    </message>
    <message>
        <source>Account %1 is a %2 account and cannot read %3.</source>
        <translation>账号 %1 属于%2，无法查询此类任务（%3）。</translation>
    </message>
    <message>
        <source>Move the task to an account of the right platform.</source>
        <translation>请将任务移到对应平台的账号下。</translation>
    </message>
    <message>
        <source>Fix the account&apos;s settings.</source>
        <translation>请修正账号设置。</translation>
    </message>
    <message>
        <source>The task id is empty.</source>
        <translation>任务 ID 为空。</translation>
    </message>
    <message>
        <source>Remove the row and add the task again with its id.</source>
        <translation>请删除此行，然后使用任务 ID 重新添加该任务。</translation>
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
        <translation>地址 %1 不是有效的 URL。</translation>
    </message>
    <message>
        <source>Check the account&apos;s base URL.</source>
        <translation>请检查账号的 API 地址。</translation>
    </message>
    <message>
        <source>Refusing to send credentials over %1 to %2: only https is allowed, or http to this computer.</source>
        <translation>已拒绝通过 %1 向 %2 发送凭证：仅允许使用 https，或使用 http 连接本机。</translation>
    </message>
    <message>
        <source>Use an https:// base URL for the account.</source>
        <translation>请为账号使用以 https:// 开头的 API 地址。</translation>
    </message>
</context>
<context>
    <name>CallBudgetTable</name>
    <message>
        <source>Account</source>
        <translation type="unfinished">账号</translation>
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
        <translation>reports 命令用于查询飞书 / Lark 汇报：请使用 --platform feishu 或 lark。</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>--base-url: &quot;%1&quot; is not a URL such as https://open.feishu.cn.</source>
        <translation>--base-url：“%1”不是有效的 URL（例如 https://open.feishu.cn）。</translation>
    </message>
    <message>
        <source>--base-url: %1 %2</source>
        <translation>--base-url：%1%2</translation>
    </message>
    <message>
        <source>the environment variable %1 (--token-env) is not set or empty: put the access token there.</source>
        <translation>环境变量 %1（--token-env）未设置或为空：请将访问凭证放入该变量。</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty: put the app secret there, or name another variable with --app-secret-env.</source>
        <translation>环境变量 %1 未设置或为空：请将 App Secret 放入该变量，或用 --app-secret-env 指定其他变量。</translation>
    </message>
    <message>
        <source>--account %1: no saved accounts in %2; add the account in the Task Monitor window, or use --platform with --app-id and --app-secret-env.</source>
        <translation>--account %1：%2 中没有已保存的账号；请在 Task Monitor 窗口中添加账号，或使用 --platform 搭配 --app-id 和 --app-secret-env。</translation>
    </message>
    <message>
        <source>--account: no saved account is named &quot;%1&quot; (saved: %2).</source>
        <translation>--account：没有名为“%1”的已保存账号（已保存：%2）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>--account %1: %2; enter the secret again in the Task Monitor window, or use --platform with --app-id and --app-secret-env.</source>
        <translation>--account %1：%2；请在 Task Monitor 窗口中重新输入密钥，或使用 --platform 搭配 --app-id 和 --app-secret-env。</translation>
    </message>
    <message>
        <source>the saved secret is empty</source>
        <translation>已保存的密钥为空</translation>
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
        <translation type="unfinished">系统密钥库中没有此账号的密钥</translation>
    </message>
</context>
<context>
    <name>CliConsole</name>
    <message>
        <source>cannot write to stdout</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>platform code %1</source>
        <translation>平台错误码 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>%1 [%2]: %3 (%4)</source>
        <translation>%1 [%2]：%3（%4）</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>check the network and --base-url, or raise --request-timeout.</source>
        <translation>请检查网络和 --base-url，或调大 --request-timeout。</translation>
    </message>
    <message>
        <source>check the task id, its --kind and that the app is the one that created it.</source>
        <translation>请检查任务 ID 及其 --kind，并确认使用的是创建该任务的应用。</translation>
    </message>
    <message>
        <source>check --app-id and the secret (or the token) in the environment.</source>
        <translation>请检查 --app-id 以及环境变量中的 App Secret（或访问凭证）。</translation>
    </message>
    <message>
        <source>task %1 (%2): could not fetch its status: %3</source>
        <translation>任务 %1（%2）：无法获取状态：%3</translation>
    </message>
    <message>
        <source>task %1 (%2): %3</source>
        <translation>任务 %1（%2）：%3</translation>
    </message>
    <message>
        <source>(%1 of %2 failed)</source>
        <translation>（共 %2 项，%1 项失败）</translation>
    </message>
    <message>
        <source>(platform status %1)</source>
        <translation>（平台状态 %1）</translation>
    </message>
    <message>
        <source>task %1 (%2): still %3 when --timeout ran out.</source>
        <translation>任务 %1（%2）：--timeout 时限已到，状态仍为 %3。</translation>
    </message>
    <message>
        <source>report query: could not fetch the submissions: %1</source>
        <translation>汇报查询：无法获取汇报：%1</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Checks, waits for and exports Feishu / Lark and DingTalk asynchronous tasks.</source>
        <translation>查询、等待并导出飞书 / Lark 和钉钉的异步任务。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Kind of bare task ids: feishu-contact, feishu-drive, dingtalk-storage, dingtalk-doc.</source>
        <translation>只给出任务 ID 时的任务类型：feishu-contact、feishu-drive、dingtalk-storage、dingtalk-doc。</translation>
    </message>
    <message>
        <source>Use an account saved by the Task Monitor window (name or id); the secret comes from the keychain.</source>
        <translation>使用 Task Monitor 窗口中保存的账号（名称或 ID）；密钥从系统密钥库读取。</translation>
    </message>
    <message>
        <source>Watch-list file to look --account up in (default: the window&apos;s own).</source>
        <translation>在此监视列表文件中查找 --account（默认：窗口程序使用的文件）。</translation>
    </message>
    <message>
        <source>Platform: feishu, lark or dingtalk.</source>
        <translation>平台：feishu、lark 或 dingtalk。</translation>
    </message>
    <message>
        <source>API host (default: the platform&apos;s). Plain http:// only to this computer.</source>
        <translation>API 地址（默认：平台的官方地址）。http:// 仅可用于本机。</translation>
    </message>
    <message>
        <source>Feishu / Lark app_id or DingTalk appKey.</source>
        <translation>飞书 / Lark 的 app_id 或钉钉的 appKey。</translation>
    </message>
    <message>
        <source>Environment variable holding the app secret (default TASKMONITOR_APP_SECRET).</source>
        <translation>存放 App Secret 的环境变量（默认 TASKMONITOR_APP_SECRET）。</translation>
    </message>
    <message>
        <source>Environment variable holding a ready access token (instead of an app secret).</source>
        <translation>存放现成访问凭证的环境变量（代替 App Secret）。</translation>
    </message>
    <message>
        <source>DingTalk operator unionId (required for dingtalk-storage tasks).</source>
        <translation>钉钉操作人的 unionId（dingtalk-storage 任务必填）。</translation>
    </message>
    <message>
        <source>Poll until every task has finished.</source>
        <translation>持续轮询，直到所有任务结束。</translation>
    </message>
    <message>
        <source>Shortest interval between two checks of a task with --wait, in seconds (default 2).</source>
        <translation>使用 --wait 时，同一任务两次查询之间的最短间隔，单位为秒（默认 2）。</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (exit 4).</source>
        <translation>等待超过此秒数后放弃（退出码 4）。</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table on a terminal, json otherwise).</source>
        <translation>输出格式：table、json 或 csv（默认：在终端中为 table，否则为 json）。</translation>
    </message>
    <message>
        <source>Write the output to FILE instead of stdout.</source>
        <translation>将输出写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>Include sub-task rows (csv: one row per sub-task).</source>
        <translation>包含子任务行（csv：每个子任务一行）。</translation>
    </message>
    <message>
        <source>Only tasks that did not succeed, and only failed sub-task rows.</source>
        <translation>仅输出未成功的任务，以及失败的子任务行。</translation>
    </message>
    <message>
        <source>Transfer timeout of one request, in seconds (default 15).</source>
        <translation>单个请求的传输超时，单位为秒（默认 15）。</translation>
    </message>
    <message>
        <source>reports: start of the commit-time window.</source>
        <translation>reports：提交时间范围的开始。</translation>
    </message>
    <message>
        <source>reports: end of the commit-time window (inclusive).</source>
        <translation>reports：提交时间范围的结束（含）。</translation>
    </message>
    <message>
        <source>reports: the rule&apos;s id.</source>
        <translation>reports：汇报规则 ID。</translation>
    </message>
    <message>
        <source>reports: only this user&apos;s submissions.</source>
        <translation>reports：仅查询此用户提交的汇报。</translation>
    </message>
    <message>
        <source>reports: open_id (default), union_id or user_id.</source>
        <translation>reports：用户 ID 类型，open_id（默认）、union_id 或 user_id。</translation>
    </message>
    <message>
        <source>status or reports</source>
        <translation>status 或 reports</translation>
    </message>
    <message>
        <source>status: task ids or URLs</source>
        <translation>status：任务 ID 或 URL</translation>
    </message>
    <message>
        <source>no command given: use &quot;status&quot; or &quot;reports&quot;.</source>
        <translation>未指定命令：请使用“status”或“reports”。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: use &quot;status&quot; or &quot;reports&quot;.</source>
        <translation>未知命令“%1”：请使用“status”或“reports”。</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 指定了多次。</translation>
    </message>
    <message>
        <source>--%1 belongs to the &quot;reports&quot; command.</source>
        <translation>--%1 只能用于“reports”命令。</translation>
    </message>
    <message>
        <source>status needs at least one TASK (a task id or a URL).</source>
        <translation>status 至少需要一个 TASK（任务 ID 或 URL）。</translation>
    </message>
    <message>
        <source>--%1 belongs to the &quot;status&quot; command.</source>
        <translation>--%1 只能用于“status”命令。</translation>
    </message>
    <message>
        <source>reports takes no TASK arguments (&quot;%1&quot;); use --rule-id, --user-id, --from and --to.</source>
        <translation>reports 不接受 TASK 参数（“%1”）；请使用 --rule-id、--user-id、--from 和 --to。</translation>
    </message>
    <message>
        <source>reports needs --from DATE and --to DATE.</source>
        <translation>reports 需要 --from DATE 和 --to DATE。</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (use 2026-11-16, 2026-11-16T09:30:00Z or Unix seconds).</source>
        <translation>--from：“%1”不是日期（请使用 2026-11-16、2026-11-16T09:30:00Z 或 Unix 时间戳（秒））。</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (use 2026-11-20, 2026-11-20T18:00:00Z or Unix seconds).</source>
        <translation>--to：“%1”不是日期（请使用 2026-11-20、2026-11-20T18:00:00Z 或 Unix 时间戳（秒））。</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from 晚于 --to。</translation>
    </message>
    <message>
        <source>--user-id-type: &quot;%1&quot; is not one of open_id, union_id, user_id.</source>
        <translation>--user-id-type：“%1”不是 open_id、union_id、user_id 之一。</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of feishu-contact, feishu-drive, dingtalk-storage, dingtalk-doc.</source>
        <translation>--kind：“%1”不是 feishu-contact、feishu-drive、dingtalk-storage、dingtalk-doc 之一。</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --account: the saved account already says it.</source>
        <translation>--%1 不能与 --account 同时使用：已保存的账号中已包含此设置。</translation>
    </message>
    <message>
        <source>--account needs a name.</source>
        <translation>--account 需要账号名称。</translation>
    </message>
    <message>
        <source>--watchlist is only used with --account.</source>
        <translation>--watchlist 只能与 --account 一起使用。</translation>
    </message>
    <message>
        <source>say how to connect: --account NAME, or --platform feishu|lark|dingtalk with --app-id and --app-secret-env (or --token-env).</source>
        <translation>请指定连接方式：--account NAME，或 --platform feishu|lark|dingtalk 搭配 --app-id 和 --app-secret-env（或 --token-env）。</translation>
    </message>
    <message>
        <source>--platform: &quot;%1&quot; is not one of feishu, lark, dingtalk.</source>
        <translation>--platform：“%1”不是 feishu、lark、dingtalk 之一。</translation>
    </message>
    <message>
        <source>--token-env and --app-secret-env exclude each other.</source>
        <translation>--token-env 和 --app-secret-env 不能同时使用。</translation>
    </message>
    <message>
        <source>--token-env needs the name of an environment variable.</source>
        <translation>--token-env 需要一个环境变量名。</translation>
    </message>
    <message>
        <source>--app-id is required unless --token-env is given.</source>
        <translation>未指定 --token-env 时，必须提供 --app-id。</translation>
    </message>
    <message>
        <source>--app-secret-env needs the name of an environment variable.</source>
        <translation>--app-secret-env 需要一个环境变量名。</translation>
    </message>
    <message>
        <source>--interval: &quot;%1&quot; is not a positive number of seconds.</source>
        <translation>--interval：“%1”不是大于 0 的秒数。</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a positive number of seconds.</source>
        <translation>--timeout：“%1”不是大于 0 的秒数。</translation>
    </message>
    <message>
        <source>--interval and --timeout only make sense with --wait.</source>
        <translation>--interval 和 --timeout 仅在使用 --wait 时有效。</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of table, json, csv.</source>
        <translation>--format：“%1”不是 table、json、csv 之一。</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output 需要文件名。</translation>
    </message>
    <message>
        <source>--request-timeout: &quot;%1&quot; is not a number of seconds between 0 and 600.</source>
        <translation>--request-timeout：“%1”不是 0 到 600 之间的秒数。</translation>
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
        <translation>
命令：
  status   TASK...   输出任务状态（任务 ID、平台 URL 或粘贴的文本）。
  reports            输出某条汇报规则或某个用户在提交时间窗口内的汇报：
                     --from DATE --to DATE。

连接：--account NAME（Task Monitor 窗口中保存的账号，密钥来自系统密钥库），
或 --platform 加 --app-id，App Secret 放在 --app-secret-env 指定的环境变量中，
或把现成的访问凭证放在 --token-env 指定的环境变量中。任何选项都不直接接受密钥。

DATE：2026-11-16（整天）、2026-11-16T09:30:00Z 或 Unix 秒数。

退出状态：
  0  所有状态均已获取，且没有失败（使用 --wait 时：全部成功）
  1  至少一个任务失败或部分失败
  2  用法错误，包括不安全的 API 地址或缺少密钥
  3  至少一个状态无法获取（网络、登录、API 错误、未找到）
  4  --wait 超时
多种情况同时出现时，按 2、3、1、4 的顺序取第一个。
</translation>
    </message>
    <message>
        <source>With --wait: neither use nor keep how long finished tasks took (kept otherwise in the cache folder to time the checks of tasks without progress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-learn only makes sense with --wait.</source>
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
        <translation type="unfinished">无</translation>
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
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The previous file, if any, was left unchanged.</source>
        <translation>无法保存 %1：%2。原有文件（如有）保持不变。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was left unchanged.</source>
        <translation>导出已取消，%1 保持不变。</translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation>无法写入 CSV 数据：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The previous file, if any, was left unchanged.</source>
        <translation>无法写入 %1：%2。原有文件（如有）保持不变。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>the file is not open for writing</source>
        <translation>文件未以写入方式打开</translation>
    </message>
    <message>
        <source>not everything could be written</source>
        <translation>部分内容未能写入</translation>
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
        <translation type="unfinished">取消</translation>
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
        <translation type="unfinished">导出已取消，%1 保持不变。</translation>
    </message>
</context>
<context>
    <name>FailureGroup</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
</context>
<context>
    <name>FeishuReportQueryClient</name>
    <message>
        <source>The report query&apos;s time window is not valid.</source>
        <translation>汇报查询的时间范围无效。</translation>
    </message>
    <message>
        <source>Edit the report query: it needs a start and an end time, the start first.</source>
        <translation>请编辑汇报查询：需要开始时间和结束时间，且开始时间须早于结束时间。</translation>
    </message>
    <message>
        <source>Querying reports (page %1)</source>
        <translation>查询汇报（第 %1 页）</translation>
    </message>
    <message>
        <source>The platform kept answering with more pages (%1 so far, page token %2).</source>
        <translation>平台一直返回更多分页（已获取 %1 页，page_token 为 %2）。</translation>
    </message>
    <message>
        <source>Narrow the report query&apos;s time window.</source>
        <translation>请缩小汇报查询的时间范围。</translation>
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
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished">账号</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needs a look: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished: %1</source>
        <extracomment>A batch of finished tasks: &quot;12 tasks finished: 10 succeeded, 2 partly failed&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n running)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by you — checking resumes when you press Resume</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) no longer watched — Ctrl+Z brings them back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) watched again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <message>
        <source>%1 is larger than %2 MB; paste the part with the task ids.</source>
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
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation type="unfinished">任务 ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished">账号</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
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
        <translation type="unfinished">进度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">总数</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished">失败</translation>
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
        <translation type="unfinished">创建时间</translation>
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
        <translation type="unfinished">上次查询</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation type="unfinished">下次查询</translation>
    </message>
    <message>
        <source>Calls spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished">最近错误</translation>
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
        <translation type="unfinished">%1%</translation>
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
        <translation>访问凭证响应中没有 accessToken</translation>
    </message>
    <message>
        <source>The token answer has no usable expireIn</source>
        <translation>访问凭证响应中没有可用的 expireIn</translation>
    </message>
    <message>
        <source>The answer carries no status; the state was judged from the counts.</source>
        <translation>响应中没有状态字段，已根据数量判断任务状态。</translation>
    </message>
    <message>
        <source>expected a status code</source>
        <translation>应为状态码</translation>
    </message>
    <message>
        <source>The platform answered with an error status but no error code</source>
        <translation>平台返回了错误状态，但没有错误码</translation>
    </message>
    <message>
        <source>The platform answered with code %1 and no message</source>
        <translation>平台返回了错误码 %1，但没有错误信息</translation>
    </message>
    <message>
        <source>The answer has no task: the field task is missing or not an object</source>
        <translation>响应中没有任务：字段 task 缺失或不是对象</translation>
    </message>
    <message>
        <source>The answer has no task status: the field task.status is missing</source>
        <translation>响应中没有任务状态：缺少字段 task.status</translation>
    </message>
    <message>
        <source>expected a status word</source>
        <translation>应为状态值</translation>
    </message>
    <message>
        <source>expected a list of rows</source>
        <translation>应为行列表</translation>
    </message>
    <message>
        <source>Row %1 of data.task_info is not an object and was left empty.</source>
        <translation>data.task_info 的第 %1 行不是对象，已留空。</translation>
    </message>
    <message>
        <source>The answer has no task: the field data is missing or not an object</source>
        <translation>响应中没有任务：字段 data 缺失或不是对象</translation>
    </message>
    <message>
        <source>The answer has no task status: the field data.status is missing</source>
        <translation>响应中没有任务状态：缺少字段 data.status</translation>
    </message>
    <message>
        <source>%1 is not an object and was skipped.</source>
        <translation>%1 不是对象，已跳过。</translation>
    </message>
    <message>
        <source>expected a list of form fields</source>
        <translation>应为表单字段列表</translation>
    </message>
    <message>
        <source>The answer has no data; it was read as an empty page.</source>
        <translation>响应中没有 data，已按空页处理。</translation>
    </message>
    <message>
        <source>The field data.items is not a list of submissions</source>
        <translation>字段 data.items 不是汇报列表</translation>
    </message>
    <message>
        <source>The answer says more pages follow (data.has_more is true) but gives no data.page_token to fetch them with</source>
        <translation>响应表明还有更多分页（data.has_more 为 true），但没有提供用于获取下一页的 data.page_token</translation>
    </message>
    <message>
        <source>The token answer has no tenant_access_token</source>
        <translation>访问凭证响应中没有 tenant_access_token</translation>
    </message>
    <message>
        <source>The token answer has no usable expire time</source>
        <translation>访问凭证响应中没有可用的过期时间</translation>
    </message>
    <message>
        <source>Feishu / Lark</source>
        <translation>飞书 / Lark</translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>%1 rejected the access token. It is renewed once automatically; if this keeps happening, check the app ID and app secret of this account and that the app has the permissions this API needs.</source>
        <translation>%1拒绝了访问凭证。系统会自动重新获取一次；如果问题持续，请检查此账号的 App ID 和 App Secret，并确认应用已开通此 API 所需的权限。</translation>
    </message>
    <message>
        <source>Check the app ID and app secret of this account, and the app&apos;s permissions in the %1 developer console.</source>
        <translation>请检查此账号的 App ID 和 App Secret，以及应用在%1开发者后台中的权限。</translation>
    </message>
    <message>
        <source>The app lacks a permission this API needs. Grant it in the %1 developer console (and publish a new app version), then try again.</source>
        <translation>应用缺少此 API 所需的权限。请在%1开发者后台开通该权限（并发布新的应用版本），然后重试。</translation>
    </message>
    <message>
        <source>The app lacks the permission %1. Grant it in the %2 developer console (and publish a new app version), then try again.</source>
        <translation>应用缺少权限 %1。请在%2开发者后台开通该权限（并发布新的应用版本），然后重试。</translation>
    </message>
    <message>
        <source>The organisation&apos;s monthly API call quota on %1 is used up. Calls work again next month or after upgrading the plan; until then polling is paused.</source>
        <translation>企业在%1的本月 API 调用次数配额已用完。下月或升级版本后可恢复调用，在此之前已暂停轮询。</translation>
    </message>
    <message>
        <source>This computer&apos;s public IP address is not on the app&apos;s IP allow list. Add it in the %1 developer console, or run the monitor from an allowed address.</source>
        <translation>本机的公网 IP 地址不在应用的 IP 白名单中。请在%1开发者后台添加该地址，或在白名单内的网络中运行 Task Monitor。</translation>
    </message>
    <message>
        <source>%1 limits how often this API may be called. The request will be retried automatically in %2 s.</source>
        <translation>已触发%1对此 API 的频率限制，将在 %2 秒后自动重试。</translation>
    </message>
    <message>
        <source>%1 limits how often this API may be called. The request will be retried automatically shortly.</source>
        <translation>已触发%1对此 API 的频率限制，稍后将自动重试。</translation>
    </message>
    <message>
        <source>Check the task ID, and that the task belongs to this account&apos;s organisation and app.</source>
        <translation>请检查任务 ID，并确认该任务属于此账号对应的企业和应用。</translation>
    </message>
    <message>
        <source>%1 had an internal problem. The request will be retried automatically; if it persists, quote the request ID to the platform&apos;s support.</source>
        <translation>%1出现内部错误，请求将自动重试；如果问题持续，请向平台技术支持提供请求 ID。</translation>
    </message>
    <message>
        <source>%1 refused the request. Check the task ID and the account settings; if it persists, quote the code and the request ID to the platform&apos;s support.</source>
        <translation>%1拒绝了请求。请检查任务 ID 和账号设置；如果问题持续，请向平台技术支持提供错误码和请求 ID。</translation>
    </message>
    <message>
        <source>DingTalk answers like this when it blocks the caller&apos;s IP address: check the app&apos;s IP allow list and whether this network is banned, then quote the request ID to DingTalk support.</source>
        <translation>钉钉拦截调用方 IP 地址时会返回此响应：请检查应用的 IP 白名单以及当前网络是否被封禁，然后向钉钉技术支持提供请求 ID。</translation>
    </message>
    <message>
        <source>The answer could not be understood. Check the account&apos;s server address and any proxy in between; if it persists, quote the request ID to the platform&apos;s support.</source>
        <translation>无法解析响应。请检查账号的 API 地址以及中间的代理；如果问题持续，请向平台技术支持提供请求 ID。</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>The platform answered with an empty body</source>
        <translation>平台返回了空的响应体</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object: it is %1</source>
        <translation>响应是 JSON，但不是对象，而是 %1</translation>
    </message>
    <message>
        <source>The platform answered with an HTML page instead of JSON</source>
        <translation>平台返回的是 HTML 页面，而不是 JSON</translation>
    </message>
    <message>
        <source>The platform answered with an HTML page (“%1”) instead of JSON</source>
        <translation>平台返回的是 HTML 页面（“%1”），而不是 JSON</translation>
    </message>
    <message>
        <source>The answer is not valid JSON: %1 at byte %2</source>
        <translation>响应不是有效的 JSON：%1（第 %2 字节）</translation>
    </message>
    <message>
        <source>The field %1 has an unusable value (%2) and was left empty.</source>
        <translation>字段 %1 的值无法使用（%2），已留空。</translation>
    </message>
    <message>
        <source>The field %1 has an unusable value (%2: %3) and was left empty.</source>
        <translation>字段 %1 的值无法使用（%2：%3），已留空。</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>应为文本，实际为 %1</translation>
    </message>
    <message>
        <source>expected an id, got %1</source>
        <translation>应为 ID，实际为 %1</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a count</source>
        <translation>应为数量</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>应为列表，实际为 %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>not a time in Unix seconds</source>
        <translation>不是以秒为单位的 Unix 时间戳</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time</source>
        <translation>应为 ISO 8601 时间</translation>
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
</context>
<context>
    <name>PasteItem</name>
    <message>
        <source>Choose a kind</source>
        <translation>请选择类型</translation>
    </message>
    <message>
        <source>%1 (guessed)</source>
        <translation>%1（推测）</translation>
    </message>
    <message>
        <source>Appears earlier in the paste; added only once.</source>
        <translation>在粘贴内容中重复出现，只添加一次。</translation>
    </message>
    <message>
        <source>Already in the watch list.</source>
        <translation>已在监视列表中。</translation>
    </message>
    <message>
        <source>Not a task id or task link. Check it for typing errors or a cut-off end.</source>
        <translation>不是任务 ID 或任务链接。请检查是否有输入错误，或末尾是否被截断。</translation>
    </message>
    <message>
        <source>A report query, not a task id. Add it as a report query instead.</source>
        <translation>这是汇报查询，不是任务 ID。请改为添加汇报查询。</translation>
    </message>
</context>
<context>
    <name>PastePreviewDelegate</name>
    <message>
        <source>Choose the %1 for line %2</source>
        <translation>为第 %2 行选择%1</translation>
    </message>
</context>
<context>
    <name>PastePreviewModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>请选择账号</translation>
    </message>
    <message>
        <source>No %1 account</source>
        <translation>没有%1账号</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Already watched</source>
        <translation>已在监视</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>Report query</source>
        <translation>汇报查询</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>PastePreviewSummary</name>
    <message numerus="yes">
        <source>%n task(s) found</source>
        <translation>
            <numerusform>找到 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already watched</source>
        <translation>
            <numerusform>%n 个已在监视</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 个重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation>
            <numerusform>%n 行无法识别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report query link(s) skipped</source>
        <translation>
            <numerusform>跳过 %n 个汇报查询链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a kind</source>
        <translation>
            <numerusform>%n 个需选择类型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) an account</source>
        <translation>
            <numerusform>%n 个需选择账号</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Feishu</source>
        <translation>飞书</translation>
    </message>
    <message>
        <source>Lark</source>
        <translation>Lark</translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation>钉钉</translation>
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
        <translation type="unfinished">失败</translation>
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
</context>
<context>
    <name>RefreshScheduler</name>
    <message>
        <source>The monthly budget of %1 metered calls is used up; checking stopped until next month or until the budget is raised.</source>
        <translation>本月 %1 次计入配额的调用预算已用完，已停止查询，直到下月或调高预算后恢复。</translation>
    </message>
</context>
<context>
    <name>ReportCsvExporter</name>
    <message>
        <source>Submitter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>Submitter ID</source>
        <translation>汇报人 ID</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Commit time (UTC)</source>
        <translation>提交时间（UTC）</translation>
    </message>
    <message>
        <source>Commit time (local)</source>
        <translation>提交时间（本地）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>汇报规则</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收人</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>User ID: %1</source>
        <translation>用户 ID：%1</translation>
    </message>
    <message>
        <source>Who submitted the report</source>
        <translation>提交汇报的人</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>The submitter&apos;s department</source>
        <translation>汇报人所在部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>When the report was submitted (local time)</source>
        <translation>汇报的提交时间（本地时间）</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>The report rule (template) it was written for</source>
        <translation>汇报所属的汇报规则（模板）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>汇报规则</translation>
    </message>
    <message>
        <source>Who the report was sent to</source>
        <translation>汇报的接收人</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>The form field “%1”</source>
        <translation>表单字段“%1”</translation>
    </message>
</context>
<context>
    <name>ReportWriters</name>
    <message>
        <source>COMMITTED (UTC)</source>
        <translation>提交时间（UTC）</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>汇报规则</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>共 %n 条汇报</numerusform>
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
        <translation type="unfinished">成功</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
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
        <source>Task Monitor starts without checking any task until Resume is pressed.</source>
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
        <translation>%2 个任务中 %1 个已结束</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>，%1 个失败</translation>
    </message>
    <message>
        <source>, %1 not reachable</source>
        <translation>，%1 个无法查询</translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation> · %1 秒</translation>
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
        <translation type="unfinished">下次查询</translation>
    </message>
    <message>
        <source>Calls this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n watched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform>共 %n 条汇报</numerusform>
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
        <translation>任务 ID</translation>
    </message>
</context>
<context>
    <name>SubtaskModel</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>OK, or the platform&apos;s code and message for a row that failed</source>
        <translation>成功，或失败行的平台错误码和错误信息</translation>
    </message>
    <message>
        <source>The field “%1” as the platform sent it</source>
        <translation>平台返回的字段“%1”</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
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
</context>
<context>
    <name>TableTaskWriter</name>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>TASK ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>FINISHED (UTC)</source>
        <translation>完成时间（UTC）</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Sub-tasks of %1 (%2 rows):</source>
        <translation>%1 的子任务（%2 行）：</translation>
    </message>
</context>
<context>
    <name>TaskArguments</name>
    <message>
        <source>TASK &quot;%1&quot; is a report query link; use the &quot;reports&quot; command.</source>
        <translation>TASK “%1”是汇报查询链接；请使用“reports”命令。</translation>
    </message>
    <message>
        <source>TASK &quot;%1&quot; names no task that can be watched (%2).</source>
        <translation>TASK “%1”中没有可监视的任务（%2）。</translation>
    </message>
    <message>
        <source>TASK &quot;%1&quot;: its kind cannot be told from the id; add --kind feishu-contact|feishu-drive|dingtalk-storage|dingtalk-doc, or give the platform URL it came from.</source>
        <translation>TASK “%1”：无法从 ID 判断任务类型；请添加 --kind feishu-contact|feishu-drive|dingtalk-storage|dingtalk-doc，或提供该任务在平台上的 URL。</translation>
    </message>
    <message>
        <source>TASK &quot;%1&quot; is a %2 task, which a %3 account cannot read; check --platform and --kind.</source>
        <translation>TASK “%1”是 %2 任务，%3 账号无法查询；请检查 --platform 和 --kind。</translation>
    </message>
    <message>
        <source>TASK &quot;%1&quot; is a dingtalk-storage task: it is read as an operator, so give --union-id ID.</source>
        <translation>TASK “%1”是 dingtalk-storage 任务：需以操作人身份查询，请提供 --union-id ID。</translation>
    </message>
    <message>
        <source>TASK &quot;%1&quot; holds no task id.</source>
        <translation>TASK “%1”中没有任务 ID。</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <source>Your name for the task; the task id when unnamed</source>
        <translation>为任务设置的名称；未命名时显示任务 ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>The organisation account the task is watched with</source>
        <translation>用于监视该任务的企业账号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Which platform endpoint reports on the task</source>
        <translation>查询该任务所用的平台接口</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>The id the platform returned for the task</source>
        <translation>平台为该任务返回的 ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The platform&apos;s state of the task, or Error when the last check failed</source>
        <translation>平台返回的任务状态；上次查询失败时显示“错误”</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Percent done; some tasks report none and only say when they are done</source>
        <translation>完成百分比；部分任务不返回进度，只在完成时告知</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Rows or items the task processes</source>
        <translation>任务要处理的行数或项数</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Rows or items done without error</source>
        <translation>成功处理的行数或项数</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Rows or items that failed; see the detail pane</source>
        <translation>处理失败的行数或项数；详见详情面板</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>When the platform created the task (local time)</source>
        <translation>平台创建该任务的时间（本地时间）</translation>
    </message>
    <message>
        <source>Finished / elapsed</source>
        <translation>完成时间 / 已用时</translation>
    </message>
    <message>
        <source>When the task finished, or how long it has been running</source>
        <translation>任务完成的时间，或已运行的时长</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <source>Estimated time to finish from the recent progress; — until the progress is steady enough to tell</source>
        <translation>根据近期进度估算的完成时间；进度足够稳定之前显示 —</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>上次查询</translation>
    </message>
    <message>
        <source>When the platform was last asked (local time)</source>
        <translation>上次向平台查询的时间（本地时间）</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>下次查询</translation>
    </message>
    <message>
        <source>When the platform will be asked next; ended tasks are not checked again</source>
        <translation>下次向平台查询的时间；已结束的任务不再查询</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>Requests spent on this task; metered calls count against the organisation&apos;s monthly quota</source>
        <translation>此任务已发出的请求数；其中计入配额的调用会消耗企业每月的调用次数配额</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Why the last check failed; empty when it worked. Hover for the request id to quote to support</source>
        <translation>上次查询失败的原因；查询成功时为空。鼠标悬停可查看请求 ID，用于联系技术支持</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Task ID: %1</source>
        <translation>任务 ID：%1</translation>
    </message>
    <message>
        <source>The platform reports no progress for this task, only when it is done.</source>
        <translation>平台不返回此任务的进度，只在完成时告知。</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>耗时 %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>已运行 %1</translation>
    </message>
    <message>
        <source>Expected around %1</source>
        <translation>预计 %1 左右完成</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>What failed: %1</source>
        <translation>失败的操作：%1</translation>
    </message>
    <message>
        <source>Platform code: %1</source>
        <translation>平台错误码：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Request id (quote it to support): %1</source>
        <translation>请求 ID（联系技术支持时请提供）：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理建议：%1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 之前</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>即将完成</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未查询</translation>
    </message>
    <message>
        <source>Platform status: %1</source>
        <translation>平台状态：%1</translation>
    </message>
    <message>
        <source>Platform message: %1</source>
        <translation>平台信息：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>%1 (local), %2 (UTC)</source>
        <translation>%1（本地），%2（UTC）</translation>
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
</context>
<context>
    <name>TaskClient</name>
    <message>
        <source>Fetching document task %1</source>
        <translation>查询文档任务 %1</translation>
    </message>
    <message>
        <source>Fetching storage task %1</source>
        <translation>查询存储任务 %1</translation>
    </message>
    <message>
        <source>DingTalk storage tasks are read as an operator, and no unionId is set.</source>
        <translation>钉钉存储任务需以操作人身份查询，但未设置 unionId。</translation>
    </message>
    <message>
        <source>Set the operator&apos;s unionId on the account or on the task.</source>
        <translation>请在账号或任务中设置操作人的 unionId。</translation>
    </message>
    <message>
        <source>Fetching contact task %1</source>
        <translation>查询通讯录任务 %1</translation>
    </message>
    <message>
        <source>Fetching drive task %1</source>
        <translation>查询云空间任务 %1</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <source>Feishu contact import</source>
        <translation>飞书通讯录批量导入</translation>
    </message>
    <message>
        <source>Feishu report query</source>
        <translation>飞书汇报查询</translation>
    </message>
    <message>
        <source>Feishu drive folder task</source>
        <translation>飞书云空间文件夹任务</translation>
    </message>
    <message>
        <source>DingTalk storage task</source>
        <translation>钉钉存储任务</translation>
    </message>
    <message>
        <source>DingTalk document copy</source>
        <translation>钉钉文档复制</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>TaskTableCsvExporter</name>
    <message>
        <source>the table was closed during the export</source>
        <translation>导出过程中表格已关闭</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1（UTC）</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation>%1（本地）</translation>
    </message>
    <message>
        <source>%1 (id)</source>
        <translation>%1（ID）</translation>
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
        <translation>账号 %1 以应用 %2 获取访问凭证</translation>
    </message>
    <message>
        <source>No access token was given for account %1.</source>
        <translation>未给账号 %1 提供访问凭证。</translation>
    </message>
    <message>
        <source>The pasted access token for account %1 was rejected or has expired.</source>
        <translation>账号 %1 粘贴的访问凭证被拒绝或已过期。</translation>
    </message>
    <message>
        <source>Paste a new access token for this account, or give it app credentials so the monitor can renew tokens itself.</source>
        <translation>请为此账号粘贴新的访问凭证，或填写应用凭证，以便 Task Monitor 自动续期访问凭证。</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n task(s) ended</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">无法创建文件夹 %1</translation>
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
        <translation>请运行“taskmonitor-cli --help”查看用法。</translation>
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
</context>
</TS>
