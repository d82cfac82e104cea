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
        <translation>账号 %1 没有可用的访问凭证。</translation>
    </message>
    <message>
        <source>No app secret is known for account %1.</source>
        <translation>账号 %1 没有可用的 App Secret。</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>e.g. Acme HR app</source>
        <translation>例如：Acme HR 应用</translation>
    </message>
    <message>
        <source>App credentials (fetches its own tokens)</source>
        <translation>应用凭证（自动获取访问凭证）</translation>
    </message>
    <message>
        <source>Pasted access token (short-lived)</source>
        <translation>粘贴的访问凭证（短期有效）</translation>
    </message>
    <message>
        <source>Needed for storage tasks</source>
        <translation>存储任务必填</translation>
    </message>
    <message>
        <source>Optional, PEM</source>
        <translation>可选，PEM 格式</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>不限额</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>API 地址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>登录方式(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Operator unionId:</source>
        <translation>操作人 unionId(&amp;O)：</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>额外 CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>每月额度(&amp;B)：</translation>
    </message>
    <message>
        <source>Permissions the app needs</source>
        <translation>应用所需权限</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <source>How the account is shown in the task table.</source>
        <translation>账号在任务表格中显示的名称。</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Feishu, Lark or DingTalk.</source>
        <translation>飞书、Lark 或钉钉。</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <source>The platform&apos;s server. Leave empty for the default; plain http is refused except to this computer.</source>
        <translation>平台的服务器地址。留空则使用默认地址；除本机外不允许使用 http。</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>App credentials fetch and renew tokens; a pasted token works until it expires.</source>
        <translation>应用凭证会自动获取并续期访问凭证；粘贴的访问凭证在过期前有效。</translation>
    </message>
    <message>
        <source>Typed text is hidden and never shown again; leave empty to keep the stored one.</source>
        <translation>输入内容会隐藏，且不会再显示；留空则保留已保存的值。</translation>
    </message>
    <message>
        <source>Where the secret is kept</source>
        <translation>密钥的保存位置</translation>
    </message>
    <message>
        <source>Operator unionId</source>
        <translation>操作人 unionId</translation>
    </message>
    <message>
        <source>The DingTalk user whose storage tasks are read (unionId).</source>
        <translation>要查询其存储任务的钉钉用户（unionId）。</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>额外 CA 证书文件</translation>
    </message>
    <message>
        <source>A PEM certificate to trust in addition to the system&apos;s, e.g. for a proxy that inspects TLS.</source>
        <translation>除系统证书外额外信任的 PEM 证书，例如用于检查 TLS 流量的代理。</translation>
    </message>
    <message>
        <source>Choose CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>Monthly call budget</source>
        <translation>每月调用额度</translation>
    </message>
    <message>
        <source>Metered calls this account may spend per calendar month; polling slows as it runs low and stops when it is spent. 0 is no budget.</source>
        <translation>此账号每个自然月可用的计费调用次数；额度将尽时查询会放缓，用完后停止查询。0 表示不限额。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Fetches a token with these settings, and reads one watched task of the account if there is one, without saving anything.</source>
        <translation>使用这些设置获取访问凭证，如果账号下有监视中的任务，再查询其中一个；不会保存任何内容。</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>Saves the account; its tasks are checked again.</source>
        <translation>保存账号，并重新查询其任务。</translation>
    </message>
    <message>
        <source>Closes without changing the account.</source>
        <translation>关闭，不修改账号。</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation>AppKey(&amp;K)：</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>App ID(&amp;I)：</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>AppKey</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>e.g. dingxxxxxxxxxxxxxxxx</source>
        <translation>例如：dingxxxxxxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>e.g. cli_a1b2c3d4e5f6g7h8</source>
        <translation>例如：cli_a1b2c3d4e5f6g7h8</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>访问凭证(&amp;T)：</translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation>App Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问凭证</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>%1 stored; type to replace it</source>
        <translation>已保存%1；输入新值可替换</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>请为账号设置名称。</translation>
    </message>
    <message>
        <source>Enter the app key.</source>
        <translation>请输入 AppKey。</translation>
    </message>
    <message>
        <source>Enter the app ID.</source>
        <translation>请输入 App ID。</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>请粘贴访问凭证。</translation>
    </message>
    <message>
        <source>Enter the app secret.</source>
        <translation>请输入 App Secret。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
    <message>
        <source>Extra CA Certificate</source>
        <translation>额外 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>AccountUsageView</name>
    <message>
        <source>Access tokens</source>
        <translation>访问凭证</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>Metered</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Calls this month by endpoint</source>
        <translation>本月各接口调用次数</translation>
    </message>
    <message>
        <source>How many calls the monitor made for the selected account this month, per endpoint, and which ones the platform counts against the monthly quota.</source>
        <translation>本月 Task Monitor 为所选账号调用各接口的次数，以及平台将哪些调用计入每月配额。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>App ID / key</source>
        <translation>App ID / AppKey</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Metered calls</source>
        <translation>计费调用</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The configured apps. Return edits the selected one.</source>
        <translation>已配置的应用。按 Return 键编辑所选应用。</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Adds a Feishu, Lark or DingTalk app.</source>
        <translation>添加飞书、Lark 或钉钉应用。</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>Changes the selected account&apos;s settings or secret.</source>
        <translation>修改所选账号的设置或密钥。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Removes the selected account and its secret, and asks what to do with its tasks.</source>
        <translation>删除所选账号及其密钥，并询问如何处理其任务。</translation>
    </message>
    <message>
        <source>Calls this month</source>
        <translation>本月调用次数</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>每月额度</translation>
    </message>
    <message>
        <source>Closes the accounts dialog.</source>
        <translation>关闭账号对话框。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>pasted token</source>
        <translation>粘贴的访问凭证</translation>
    </message>
    <message>
        <source>No accounts yet: add the app whose tasks you watch.</source>
        <translation>还没有账号：请添加要监视其任务的应用。</translation>
    </message>
    <message>
        <source>Calls this month — %1</source>
        <translation>本月调用次数 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 metered call(s) this month; no budget set (Edit to set one).</source>
        <translation>
            <numerusform>本月计费调用 %1 次；未设置额度（可在“编辑”中设置）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the monthly budget of %2 metered calls spent; %3 left.</source>
        <translation>每月 %2 次计费调用额度已用 %1 次，剩余 %3 次。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>删除账号“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>Its secret is removed too. %n watched task(s) belong to it: keep them in the table (they show an error until an account serves them), or stop watching them.</source>
        <translation>
            <numerusform>其密钥也会一并删除。该账号下有 %n 个监视中的任务：可以保留在表格中（在有账号可用之前会显示错误），或停止监视。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Its Tasks</source>
        <translation>保留其任务</translation>
    </message>
    <message>
        <source>Stop Watching Its Tasks</source>
        <translation>停止监视其任务</translation>
    </message>
    <message>
        <source>Its secret is removed too.</source>
        <translation>其密钥也会一并删除。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <message>
        <source>Only the first %L1 characters of the text were read; add the rest separately.</source>
        <translation>只读取了文本的前 %L1 个字符；其余部分请另外添加。</translation>
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
        <translation>此调用等待期间账号已被修改，将使用账号的新设置重新请求。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is no longer configured.</source>
        <translation>账号“%1”已不存在。</translation>
    </message>
    <message>
        <source>Add the account again, or remove its tasks.</source>
        <translation>请重新添加该账号，或删除其任务。</translation>
    </message>
    <message>
        <source>The server refused the connection (nothing listens at %1).</source>
        <translation>服务器拒绝了连接（%1 上没有服务在监听）。</translation>
    </message>
    <message>
        <source>Check the network connection and the account&apos;s base URL; the monitor retries by itself.</source>
        <translation>请检查网络连接和账号的 API 地址；监视器会自动重试。</translation>
    </message>
    <message numerus="yes">
        <source>The connection closed before the whole answer arrived (%n bytes of it read).</source>
        <translation>
            <numerusform>连接在完整答复到达前关闭（已读取 %n 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
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
        <translation>无法查询任务 ID“%1”：放入链接中会指向其他地址。</translation>
    </message>
    <message>
        <source>Check the id the platform returned and add the task again.</source>
        <translation>请检查平台返回的 ID，然后重新添加该任务。</translation>
    </message>
</context>
<context>
    <name>AppPermissionsLabel</name>
    <message>
        <source>Permissions the app needs</source>
        <translation>应用所需权限</translation>
    </message>
    <message>
        <source>%1 or %2 (not available to app-store apps)</source>
        <translation>%1 或 %2（应用商店应用不可用）</translation>
    </message>
    <message>
        <source>%1, and %2 when the user id type is user_id</source>
        <translation>%1；用户 ID 类型为 user_id 时还需 %2</translation>
    </message>
    <message>
        <source>one of %1, %2 or %3</source>
        <translation>%1、%2、%3 其中之一</translation>
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
    <message>
        <source>The address %1 holds a user name, a password or a &quot;#&quot; part, which an open-platform base URL never has.</source>
        <translation>地址 %1 含有用户名、密码或“#”部分，开放平台的 API 地址不会有这些。</translation>
    </message>
    <message>
        <source>Use only the scheme and host as the base URL, e.g. https://open.feishu.cn.</source>
        <translation>API 地址只需协议和主机名，例如 https://open.feishu.cn。</translation>
    </message>
</context>
<context>
    <name>CallBudgetTable</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Metered calls this month</source>
        <translation>本月计费调用</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>每月额度</translation>
    </message>
    <message>
        <source>%1 calls in all this month; the platform meters %2 of them.</source>
        <translation>本月共调用 %1 次，其中平台计费 %2 次。</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>不限额</translation>
    </message>
    <message>
        <source>Monthly budget of %1</source>
        <translation>每月额度 %1</translation>
    </message>
    <message>
        <source>Metered calls this account may spend per calendar month; checking stops when they are used up. 0 is no budget.</source>
        <translation>此账号每个自然月可用的计费调用次数；用完后停止查询。0 表示不限额。</translation>
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
        <translation>--account %1：无法读取已保存的账号。%2</translation>
    </message>
    <message>
        <source>--account %1: the keychain is not available (%2). Without a keychain, use --platform with --app-id and --app-secret-env instead.</source>
        <translation>--account %1：钥匙串不可用（%2）。没有钥匙串时，请改用 --platform 加 --app-id 和 --app-secret-env。</translation>
    </message>
    <message>
        <source>the keychain holds no secret for this account</source>
        <translation>钥匙串中没有此账号的密钥</translation>
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
        <source>With --wait: neither use nor keep how long finished tasks took (kept otherwise in the cache folder to time the checks of tasks without progress).</source>
        <translation>与 --wait 一起使用：不使用也不保存已结束任务的耗时（否则会保存在缓存文件夹中，用于安排无进度任务的查询时间）。</translation>
    </message>
    <message>
        <source>--no-learn only makes sense with --wait.</source>
        <translation>--no-learn 仅在使用 --wait 时有效。</translation>
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
        <translation>
命令：
  status   TASK...   输出任务状态（任务 ID、平台 URL 或粘贴的文本）。
  reports            输出某条汇报规则或某个用户在提交时间窗口内的汇报：
                     --from DATE --to DATE，或 --window today、this_week、
                     last_7_days、this_month（本地时间）。

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
        <source>Log requests, answers, token fetches and check decisions to stderr (secrets masked).</source>
        <translation>把请求、答复、凭证获取和检查决策记录到标准错误输出（密钥已遮盖）。</translation>
    </message>
    <message>
        <source>reports: today, this_week, last_7_days or this_month, in local time (instead of --from and --to).</source>
        <translation>reports：today、this_week、last_7_days 或 this_month，按本地时间（代替 --from 和 --to）。</translation>
    </message>
    <message>
        <source>--window replaces --from and --to: give one or the other.</source>
        <translation>--window 代替 --from 和 --to：两者只能给一种。</translation>
    </message>
    <message>
        <source>--window: &quot;%1&quot; is not one of today, this_week, last_7_days, this_month.</source>
        <translation>--window：“%1”不是 today、this_week、last_7_days、this_month 之一。</translation>
    </message>
    <message>
        <source>reports needs --from DATE and --to DATE, or --window.</source>
        <translation>reports 需要 --from DATE 和 --to DATE，或 --window。</translation>
    </message>
</context>
<context>
    <name>CommandLineTasks</name>
    <message numerus="yes">
        <source>%n task(s) added from the command line</source>
        <extracomment>Status bar, after another launch of the app named tasks on its command line</extracomment>
        <translation>
            <numerusform>已从命令行添加 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>The tasks on the command line are already watched</source>
        <translation>命令行中的任务已在监视中</translation>
    </message>
</context>
<context>
    <name>ConnectionTestView</name>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Platform code</source>
        <translation>平台错误码</translation>
    </message>
    <message>
        <source>Platform message</source>
        <translation>平台信息</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Quote this id to the platform&apos;s support.</source>
        <translation>联系平台技术支持时请提供此 ID。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>信息：</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>请求 ID：</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>处理建议：</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Connected: %1 issued an access token.</source>
        <translation>连接成功：%1 已签发访问凭证。</translation>
    </message>
    <message>
        <source>Connected: %1 issued an access token and task %2 could be read.</source>
        <translation>连接成功：%1 已签发访问凭证，且可以读取任务 %2。</translation>
    </message>
    <message>
        <source>%1 issued an access token, but task %2 could not be read: %3</source>
        <translation>%1 已签发访问凭证，但无法读取任务 %2：%3</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1（HTTP %2）</translation>
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
        <translation>导入 HR 第 3 批</translation>
    </message>
    <message>
        <source>New departments (Lark)</source>
        <translation>新建部门（Lark）</translation>
    </message>
    <message>
        <source>Import contractors</source>
        <translation>导入外包人员</translation>
    </message>
    <message>
        <source>Move audit folder</source>
        <translation>移动审计文件夹</translation>
    </message>
    <message>
        <source>Move legal archive</source>
        <translation>移动法务归档</translation>
    </message>
    <message>
        <source>Delete old exports</source>
        <translation>删除旧导出文件</translation>
    </message>
    <message>
        <source>Move finance files</source>
        <translation>移动财务文件</translation>
    </message>
    <message>
        <source>Move design assets</source>
        <translation>移动设计素材</translation>
    </message>
    <message>
        <source>Copy onboarding templates</source>
        <translation>复制入职模板</translation>
    </message>
    <message>
        <source>Copy training handbook</source>
        <translation>复制培训手册</translation>
    </message>
    <message>
        <source>No temporary folder for the demo: %1</source>
        <translation>没有可供演示使用的临时文件夹：%1</translation>
    </message>
    <message>
        <source>The demo scenario is missing.</source>
        <translation>缺少演示场景。</translation>
    </message>
    <message>
        <source>The demo scenario is broken: %1</source>
        <translation>演示场景已损坏：%1</translation>
    </message>
    <message>
        <source>The demo could not listen on 127.0.0.1.</source>
        <translation>演示无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>Weekly reports (周报)</source>
        <translation>周报</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Task details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>Details of the current task</source>
        <translation>当前任务的详情</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>Sub-&amp;tasks</source>
        <translation>子任务(&amp;T)</translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation>汇报(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>进度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>原始响应(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DroppedText</name>
    <message>
        <source>%1 is larger than %2 MB; paste the part with the task ids.</source>
        <translation>%1 超过 %2 MB；请粘贴含有任务 ID 的那部分。</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>Add tasks…</source>
        <translation>添加任务…</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>添加账号…</translation>
    </message>
    <message>
        <source>Nothing is watched yet</source>
        <translation>尚未监视任何任务</translation>
    </message>
    <message>
        <source>Paste task ids, links or API answers here — Ctrl+V.
Task Monitor finds the ids among log lines, curl commands and JSON, and watches them until they end.</source>
        <translation>在此粘贴任务 ID、链接或 API 响应 — Ctrl+V。
Task Monitor 会从日志行、curl 命令和 JSON 中找出任务 ID，并监视到任务结束。</translation>
    </message>
    <message>
        <source>Opens the dialog to paste task ids</source>
        <translation>打开对话框以粘贴任务 ID</translation>
    </message>
    <message>
        <source>Adds a Feishu, Lark or DingTalk app whose tasks you want to watch</source>
        <translation>添加要监视其任务的飞书、Lark 或钉钉应用</translation>
    </message>
    <message>
        <source>No tasks are watched</source>
        <translation>没有监视中的任务</translation>
    </message>
</context>
<context>
    <name>ExportResultBox</name>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>已写入行数：%1</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Show in Folder</source>
        <translation>在文件夹中显示(&amp;S)</translation>
    </message>
    <message>
        <source>Opens the CSV file in its usual program.</source>
        <translation>用默认程序打开 CSV 文件。</translation>
    </message>
    <message>
        <source>Opens the folder that holds the CSV file.</source>
        <translation>打开 CSV 文件所在的文件夹。</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>tasks-%1.csv</source>
        <extracomment>File name proposed for an export of the task table; %1 is the date</extracomment>
        <translation>任务-%1.csv</translation>
    </message>
    <message>
        <source>subtasks-%1.csv</source>
        <extracomment>File name proposed for the sub-task rows of a task; %1 its name, %2 the date</extracomment>
        <translation>子任务-%1.csv</translation>
    </message>
    <message>
        <source>subtasks-%1-%2.csv</source>
        <translation>子任务-%1-%2.csv</translation>
    </message>
    <message>
        <source>failed-subtasks-%1.csv</source>
        <extracomment>File name proposed for the failed sub-task rows; %1 the task&apos;s name, %2 the date</extracomment>
        <translation>失败子任务-%1.csv</translation>
    </message>
    <message>
        <source>failed-subtasks-%1-%2.csv</source>
        <translation>失败子任务-%1-%2.csv</translation>
    </message>
    <message>
        <source>failure-group-%1.csv</source>
        <extracomment>File name proposed for one group of failures; %1 the task&apos;s name, %2 the date</extracomment>
        <translation>失败分组-%1.csv</translation>
    </message>
    <message>
        <source>failure-group-%1-%2.csv</source>
        <translation>失败分组-%1-%2.csv</translation>
    </message>
    <message>
        <source>reports-%1.csv</source>
        <extracomment>File name proposed for a report query&apos;s submissions; %1 its name, %2 the date</extracomment>
        <translation>汇报-%1.csv</translation>
    </message>
    <message>
        <source>reports-%1-%2.csv</source>
        <translation>汇报-%1-%2.csv</translation>
    </message>
    <message>
        <source>Reading the sub-task rows…</source>
        <translation>正在读取子任务行…</translation>
    </message>
    <message>
        <source>Reading the submissions…</source>
        <translation>正在读取汇报…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was left unchanged.</source>
        <translation>导出已取消，%1 保持不变。</translation>
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
        <translation>汇报查询分页期间账号已被修改。</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>The secrets file %1 is damaged (%2). It was left as it is: remove it, then enter the account secrets again.</source>
        <translation>密钥文件 %1 已损坏（%2），已保持原样：请删除该文件，然后重新输入账号密钥。</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read or changed by other users of this computer, so it is not used. Make it readable only by you (chmod 600) or remove it.</source>
        <translation>此电脑的其他用户可以读取或修改密钥文件 %1，因此不使用该文件。请将其设为仅自己可读（chmod 600），或删除该文件。</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>not a TaskMonitor secrets file</source>
        <translation>不是 TaskMonitor 密钥文件</translation>
    </message>
    <message>
        <source>The secrets file %1 was written by a newer version of TaskMonitor; it was left as it is.</source>
        <translation>密钥文件 %1 由更新版本的 TaskMonitor 写入，已保持原样。</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>未知版本</translation>
    </message>
    <message>
        <source>no list of secrets</source>
        <translation>没有密钥列表</translation>
    </message>
    <message>
        <source>a secret that is not text</source>
        <translation>密钥不是文本</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>cannot make it readable only by you</source>
        <translation>无法设为仅自己可读</translation>
    </message>
    <message>
        <source>The secrets file holds no secret for this account.</source>
        <translation>密钥文件中没有此账号的密钥。</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Filter: label, id, account, message</source>
        <translation>筛选：名称、ID、账号、信息</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>筛选文本</translation>
    </message>
    <message>
        <source>Shows only tasks whose label, id, account or message contains every word</source>
        <translation>只显示名称、ID、账号或信息包含所有关键词的任务</translation>
    </message>
    <message>
        <source>Filter by state, kind and account</source>
        <translation>按状态、类型和账号筛选</translation>
    </message>
    <message>
        <source>Check states, kinds or accounts to show only those tasks; nothing checked in a group shows all of it</source>
        <translation>勾选状态、类型或账号，只显示这些任务；某组未勾选任何项时显示该组全部</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Filter by account</source>
        <translation>按账号筛选</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A filter entry with its count: &quot;Failed (3)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>FinishAnnouncer</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Kind and account of a finished task in its notification: &quot;Contact import · Acme&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2 failed, %3 succeeded</source>
        <translation>%2 项中 %1 项失败，%3 项成功</translation>
    </message>
    <message>
        <source>All %1 done</source>
        <translation>全部 %1 项已完成</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>%1 partly failed</source>
        <translation>%1 部分失败</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 已完成</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs a look: %1</source>
        <translation>需要查看：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 个已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly failed</source>
        <translation>
            <numerusform>%n 个部分失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished: %1</source>
        <extracomment>A batch of finished tasks: &quot;12 tasks finished: 10 succeeded, 2 partly failed&quot;</extracomment>
        <translation>
            <numerusform>%n 个任务已结束：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormFieldsTable</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>表单字段</translation>
    </message>
    <message>
        <source>The selected submission&apos;s form fields and their values</source>
        <translation>所选汇报的表单字段及其值</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>字段 ID：%1</translation>
    </message>
    <message>
        <source>(empty or an attachment)</source>
        <translation>（空或附件）</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>钥匙串不可用：%1</translation>
    </message>
    <message>
        <source>The keychain holds no secret for this account.</source>
        <translation>钥匙串中没有此账号的密钥。</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>钥匙串没有响应。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Task Monitor — Demo</source>
        <translation>Task Monitor — 演示</translation>
    </message>
    <message>
        <source>Task Monitor</source>
        <translation>Task Monitor</translation>
    </message>
    <message>
        <source>The watch list</source>
        <translation>监视列表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已写入 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n running)</source>
        <translation>
            <numerusform>%1（%n 个运行中）</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: </source>
        <translation>演示：</translation>
    </message>
    <message>
        <source>Paused by you — choose Pause checking again to resume</source>
        <translation>已手动暂停 — 再次点击“暂停查询”即可恢复</translation>
    </message>
    <message>
        <source>Monthly call budget used up for %1: its tasks wait</source>
        <translation>%1 的每月调用额度已用完：其任务暂停等待</translation>
    </message>
    <message>
        <source>Demo against the built-in simulator</source>
        <translation>使用内置模拟器演示</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) added</source>
        <translation>
            <numerusform>已添加 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) no longer watched — Ctrl+Z brings them back</source>
        <translation>
            <numerusform>已停止监视 %n 个任务 — 按 Ctrl+Z 可恢复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) watched again</source>
        <translation>
            <numerusform>已重新监视 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>About Task Monitor</source>
        <translation>关于 Task Monitor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Task Monitor %1&lt;/h3&gt;&lt;p&gt;Watches the asynchronous tasks of Feishu / Lark and DingTalk: bulk imports, folder moves, file moves, document copies and report queries.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Task Monitor %1&lt;/h3&gt;&lt;p&gt;监视飞书 / Lark 和钉钉的异步任务：批量导入、文件夹移动、文件移动、文档复制和汇报查询。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建（运行于 Qt %3）。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>文件过大</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Add tasks…</source>
        <translation>添加任务(&amp;A)…</translation>
    </message>
    <message>
        <source>Paste task ids, links, curl lines or API answers to watch them</source>
        <translation>粘贴任务 ID、链接、curl 命令或 API 响应以监视任务</translation>
    </message>
    <message>
        <source>&amp;Paste tasks</source>
        <translation>粘贴任务(&amp;P)</translation>
    </message>
    <message>
        <source>Add what is on the clipboard (shown first)</source>
        <translation>添加剪贴板中的内容（先显示预览）</translation>
    </message>
    <message>
        <source>Refresh &amp;all</source>
        <translation>全部刷新(&amp;A)</translation>
    </message>
    <message>
        <source>Check every watched task now</source>
        <translation>立即查询所有监视中的任务</translation>
    </message>
    <message>
        <source>&amp;Pause checking</source>
        <translation>暂停查询(&amp;P)</translation>
    </message>
    <message>
        <source>Stop asking the platforms until you resume</source>
        <translation>停止向平台查询，直到恢复</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>Bring back the tasks removed last</source>
        <translation>恢复最近删除的任务</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the tasks shown (or selected) as a CSV file</source>
        <translation>将显示（或选中）的任务保存为 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Check intervals, call budgets, notifications, language, CSV</source>
        <translation>查询间隔、调用额度、通知、语言、CSV</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>账号(&amp;C)…</translation>
    </message>
    <message>
        <source>The Feishu, Lark and DingTalk apps whose tasks are watched</source>
        <translation>要监视其任务的飞书、Lark 和钉钉应用</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>详情面板(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide the selected task&apos;s details</source>
        <translation>显示或隐藏所选任务的详情</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Filter the table by label, id, account or message</source>
        <translation>按名称、ID、账号或信息筛选表格</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Show every watched task</source>
        <translation>显示所有监视中的任务</translation>
    </message>
    <message>
        <source>&amp;Filter panel</source>
        <translation>筛选面板(&amp;F)</translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation>显示或隐藏筛选面板</translation>
    </message>
    <message>
        <source>&amp;About Task Monitor</source>
        <translation>关于 Task Monitor(&amp;A)</translation>
    </message>
    <message>
        <source>Version, Qt version and licence</source>
        <translation>版本、Qt 版本和许可证</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Stop watching and close Task Monitor</source>
        <translation>停止监视并关闭 Task Monitor</translation>
    </message>
    <message>
        <source>Watch &amp;report query…</source>
        <translation>监视汇报查询(&amp;R)…</translation>
    </message>
    <message>
        <source>Count the report (汇报) submissions of a rule or a person over today, this week, this month or dates you choose</source>
        <translation>统计某条规则或某个人在今天、本周、本月或自选日期内提交的汇报</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Show the folder of Task Monitor&apos;s log file (tokens and secrets are never written to it)</source>
        <translation>显示 Task Monitor 日志文件所在的文件夹（日志中从不写入访问凭证和密钥）</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>Task Monitor&apos;s log file is in %1</source>
        <translation>Task Monitor 的日志文件位于 %1</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Select a task to see its details.</source>
        <translation>选择一个任务以查看详情。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
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
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Expected finish</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <source>Watched since</source>
        <translation>开始监视</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>上次查询</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>下次查询</translation>
    </message>
    <message>
        <source>Calls spent</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>What failed</source>
        <translation>失败的操作</translation>
    </message>
    <message>
        <source>Platform code</source>
        <translation>平台错误码</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the request id to quote it to the platform&apos;s support</source>
        <translation>复制请求 ID，以便联系平台技术支持时提供</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <source>Puts the request id of the last error on the clipboard</source>
        <translation>将最近错误的请求 ID 复制到剪贴板</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Account id: %1</source>
        <translation>账号 ID：%1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Requests this task has cost, token requests not counted</source>
        <translation>此任务已发起的请求数，不含获取访问凭证的请求</translation>
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
        <translation>平台返回了 errcode %1，但没有错误信息</translation>
    </message>
    <message>
        <source>The DingTalk gateway does not know this address: check the account&apos;s server address (and any proxy in between).</source>
        <translation>钉钉网关无法识别此地址：请检查账号的服务器地址（以及中间的代理）。</translation>
    </message>
    <message>
        <source>The platform&apos;s advice: %1</source>
        <translation>平台建议：%1</translation>
    </message>
    <message>
        <source>The server does not know this address (%1): it is not an answer of the platform&apos;s API</source>
        <translation>服务器无法识别此地址（%1）：这不是平台 API 的响应</translation>
    </message>
    <message>
        <source>Check the account&apos;s server address (and any gateway or proxy in between): the API paths are not found there.</source>
        <translation>请检查账号的服务器地址（以及中间的网关或代理）：该地址下找不到 API 路径。</translation>
    </message>
    <message>
        <source>The server failed before %1 could answer, and sent no text</source>
        <translation>服务器在 %1 答复之前出错，且没有返回任何文字</translation>
    </message>
    <message>
        <source>The server failed before %1 could answer: “%2”</source>
        <translation>服务器在 %1 答复之前出错：“%2”</translation>
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
    <name>Preferences</name>
    <message>
        <source>The settings file %1 could not be read. It was set aside as %2 and Task Monitor started with default settings.</source>
        <translation>无法读取设置文件 %1。它已被移到 %2，Task Monitor 以默认设置启动。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read, nor set aside. Task Monitor uses default settings for the values it cannot read.</source>
        <translation>无法读取设置文件 %1，也无法将其移开。无法读取的设置项，Task Monitor 使用默认值。</translation>
    </message>
</context>
<context>
    <name>ProgressChartTab</name>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>进度 %</translation>
    </message>
    <message>
        <source>Predicted finish</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>进度变化</translation>
    </message>
    <message>
        <source>Succeeded and failed rows, or progress in percent, at each check, with the predicted finish</source>
        <translation>每次查询时的成功行数和失败行数或进度百分比，以及预计完成时间</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>尚无进度记录。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
</context>
<context>
    <name>RawAnswerTab</name>
    <message>
        <source>Last answer</source>
        <translation>最近响应</translation>
    </message>
    <message>
        <source>The platform&apos;s last answer for this task, with tokens and secrets removed</source>
        <translation>平台对此任务的最近响应，已移除访问凭证和密钥</translation>
    </message>
    <message>
        <source>The start of the last answer (%1), tokens and secrets shown as ***.</source>
        <translation>最近响应的开头部分（%1），访问凭证和密钥显示为 ***。</translation>
    </message>
    <message>
        <source>The last answer (%1), tokens and secrets shown as ***.</source>
        <translation>最近响应（%1），访问凭证和密钥显示为 ***。</translation>
    </message>
    <message>
        <source>No answer stored for this task yet.</source>
        <translation>尚未保存此任务的响应。</translation>
    </message>
    <message>
        <source>Reading the last answer (%1)…</source>
        <translation>正在读取最近响应（%1）…</translation>
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
    <name>ReportQueryDialog</name>
    <message>
        <source>Watch Report Query</source>
        <translation>监视汇报查询</translation>
    </message>
    <message>
        <source>Report queries need a Feishu or Lark account. Add one under File → Accounts first.</source>
        <translation>汇报查询需要一个飞书或 Lark 账号。请先在“文件 → 账号”中添加。</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>所有规则</translation>
    </message>
    <message>
        <source>Everyone the app can see</source>
        <translation>应用可见的所有人</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>e.g. Weekly reports of the sales team</source>
        <translation>例如：销售团队的周报</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>监视(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Submitted by:</source>
        <translation>提交人(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Commit time:</source>
        <translation>提交时间(&amp;C)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Report rule</source>
        <translation>汇报规则</translation>
    </message>
    <message>
        <source>A rule named by earlier submissions, or a rule id; empty for every rule</source>
        <translation>以往提交中出现过的规则名，或规则 ID；留空表示所有规则</translation>
    </message>
    <message>
        <source>Submitter&apos;s user id</source>
        <translation>提交人的用户 ID</translation>
    </message>
    <message>
        <source>Kind of user id</source>
        <translation>用户 ID 类型</translation>
    </message>
    <message>
        <source>Commit-time window</source>
        <translation>提交时间窗口</translation>
    </message>
    <message>
        <source>Committed from</source>
        <translation>提交时间起</translation>
    </message>
    <message>
        <source>Committed until</source>
        <translation>提交时间止</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The start must come before the end.</source>
        <translation>开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <source>Checked until the window has closed, then once more.</source>
        <translation>检查到时间窗口结束，之后再检查一次。</translation>
    </message>
    <message>
        <source>Now %1 – %2. Moves with the calendar (%3) and keeps picking up new submissions.</source>
        <extracomment>%1 and %2: the window&apos;s first and last moment today; %3: the time zone</extracomment>
        <translation>当前为 %1 – %2。随日历（%3）滚动，并持续获取新的提交。</translation>
    </message>
    <message>
        <source>Submissions of every rule</source>
        <translation>所有规则的提交</translation>
    </message>
    <message>
        <source>Rule id %1</source>
        <translation>规则 ID %1</translation>
    </message>
    <message>
        <source>Taken as a rule id</source>
        <translation>作为规则 ID 使用</translation>
    </message>
    <message>
        <source>Taken as a rule id (no earlier submission names it)</source>
        <translation>作为规则 ID 使用（以往的提交中没有这个名称）</translation>
    </message>
    <message>
        <source>user_id also needs the app&apos;s permission to read the user-id field of contacts.</source>
        <translation>user_id 还需要应用具有读取通讯录用户 ID 字段的权限。</translation>
    </message>
    <message>
        <source>The app needs the permission &lt;b&gt;report:task:readonly&lt;/b&gt; (查看汇报任务).</source>
        <translation>应用需要权限 &lt;b&gt;report:task:readonly&lt;/b&gt;（查看汇报任务）。</translation>
    </message>
    <message>
        <source>This query is watched already</source>
        <translation>该查询已在监视中</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A report query&apos;s default label: the rule&apos;s name (or &quot;All reports&quot;) and the window</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>全部汇报</translation>
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
    <name>RequestLogModel</name>
    <message>
        <source>none</source>
        <extracomment>No HTTP answer came back (refused, reset, timed out)</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A request&apos;s latency in milliseconds</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>When the request was sent (local time; UTC in each cell&apos;s tool tip)</source>
        <translation>请求发出的时间（本地时间；各单元格的提示中为 UTC）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Which platform endpoint was asked</source>
        <translation>请求的平台接口</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>The HTTP status of the answer</source>
        <translation>答复的 HTTP 状态码</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>The platform&apos;s own result code (0: success on Feishu / Lark)</source>
        <translation>平台自身的结果码（飞书 / Lark 上 0 表示成功）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>From sending the request to the whole answer read</source>
        <translation>从发出请求到读完整个答复的时间</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>The platform&apos;s id of the request, for its support team</source>
        <translation>平台为该请求分配的 ID，可提供给平台技术支持</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>What came of the request</source>
        <translation>请求的结果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>This task&apos;s requests this session, newest first, with status, code, latency and request id</source>
        <translation>本次运行中该任务的请求，最新的在前，含状态、错误码、延迟和请求 ID</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Copy request &amp;ID</source>
        <translation>复制请求 ID(&amp;I)</translation>
    </message>
    <message>
        <source>No request for this task yet this session.</source>
        <translation>本次运行中该任务还没有请求。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) this session, newest first:</source>
        <translation>
            <numerusform>本次运行共 %n 个请求，最新的在前：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStorageNotice</name>
    <message>
        <source>Where secrets are kept</source>
        <translation>密钥保存位置</translation>
    </message>
    <message>
        <source>Keeps app secrets and tokens in a file that only your user can read, because no keychain is available. Until you tick this, secrets are kept for this session only.</source>
        <translation>由于没有可用的钥匙串，App Secret 和访问凭证将保存在仅你的用户可读的文件中。勾选此项之前，密钥仅在本次运行期间保留。</translation>
    </message>
    <message>
        <source>Demo accounts: secrets are kept for this session.</source>
        <translation>演示账号：密钥仅在本次运行期间保留。</translation>
    </message>
    <message>
        <source>Secrets are kept in a file readable only by you.</source>
        <translation>密钥保存在仅你可读的文件中。</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation>密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>SecretVault</name>
    <message>
        <source>No keychain is available: secrets are kept for this session only.</source>
        <translation>没有可用的钥匙串：密钥仅在本次运行期间保留。</translation>
    </message>
    <message>
        <source>Keep secrets in a file readable only by you</source>
        <translation>将密钥保存在仅你可读的文件中</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The longest interval must be at least the shortest.</source>
        <translation>最长间隔不能小于最短间隔。</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a task ends</source>
        <translation>任务结束时显示通知(&amp;N)</translation>
    </message>
    <message>
        <source>Start with checks &amp;paused</source>
        <translation>启动时暂停查询(&amp;P)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Start files with a &amp;byte-order mark (for Excel and WPS)</source>
        <translation>文件开头写入 BOM（便于 Excel 和 WPS 打开）(&amp;B)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>竖线（|）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>&amp;Shortest interval:</source>
        <translation>最短间隔(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Longest interval:</source>
        <translation>最长间隔(&amp;L)：</translation>
    </message>
    <message>
        <source>Monthly call budgets</source>
        <translation>每月调用额度</translation>
    </message>
    <message>
        <source>The platforms meter drive, report and DingTalk calls per month. When an account&apos;s budget is used up, its tasks wait for the next month.</source>
        <translation>平台按月对云空间、汇报和钉钉调用计费。账号额度用完后，其任务将等到下个月再查询。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation>CSV 导出</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Shortest check interval</source>
        <translation>最短查询间隔</translation>
    </message>
    <message>
        <source>A running task is never asked about more often than this, in seconds.</source>
        <translation>对运行中的任务，查询频率不会高于此间隔（秒）。</translation>
    </message>
    <message>
        <source>Longest check interval</source>
        <translation>最长查询间隔</translation>
    </message>
    <message>
        <source>A running task is asked about at least this often, in seconds. Must be at least the shortest interval.</source>
        <translation>对运行中的任务，至少每隔此时间（秒）查询一次。不能小于最短间隔。</translation>
    </message>
    <message>
        <source>Interval problem</source>
        <translation>间隔设置有误</translation>
    </message>
    <message>
        <source>One row per account: the metered calls spent this month and the monthly budget.</source>
        <translation>每个账号一行：本月已用的计费调用次数和每月额度。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Shows a desktop notification once when a watched task succeeds or fails.</source>
        <translation>监视中的任务成功或失败时，显示一次桌面通知。</translation>
    </message>
    <message>
        <source>Start paused</source>
        <translation>启动时暂停</translation>
    </message>
    <message>
        <source>Task Monitor starts without checking any task until Pause checking is turned off.</source>
        <translation>Task Monitor 启动后不查询任何任务，直到取消“暂停查询”。</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>切换语言时</translation>
    </message>
    <message>
        <source>Byte-order mark</source>
        <translation>字节顺序标记</translation>
    </message>
    <message>
        <source>Excel and WPS need it to read Chinese text in a CSV file correctly.</source>
        <translation>Excel 和 WPS 需要它才能正确读取 CSV 文件中的中文。</translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation>CSV 分隔符</translation>
    </message>
    <message>
        <source>The character between two fields. Spreadsheets set to a language that writes decimals with a comma expect a semicolon.</source>
        <translation>两个字段之间的字符。若电子表格所用语言以逗号作为小数点，则需使用分号。</translation>
    </message>
    <message>
        <source>Stores the settings and closes the dialog.</source>
        <translation>保存设置并关闭对话框。</translation>
    </message>
    <message>
        <source>Stores the settings and keeps the dialog open.</source>
        <translation>保存设置，不关闭对话框。</translation>
    </message>
    <message>
        <source>Closes the dialog; changes not applied are dropped.</source>
        <translation>关闭对话框；未应用的更改将被丢弃。</translation>
    </message>
    <message>
        <source>Shows the default settings; they are stored with Apply or OK.</source>
        <translation>显示默认设置；点击“应用”或“确定”后保存。</translation>
    </message>
    <message>
        <source>A new language shows the next time Task Monitor starts.</source>
        <translation>新语言将在下次启动 Task Monitor 时生效。</translation>
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
        <translation>注意：无法在缓存文件夹中保存任务耗时；下次 --wait 将不使用这些数据。</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>Task counts</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>下次查询</translation>
    </message>
    <message>
        <source>Calls this month</source>
        <translation>本月调用次数</translation>
    </message>
    <message numerus="yes">
        <source>%n watched</source>
        <translation>
            <numerusform>%n 个监视中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n 个出错</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to check: every task has ended</source>
        <translation>无需查询：所有任务均已结束</translation>
    </message>
    <message>
        <source>Checking now</source>
        <translation>正在查询</translation>
    </message>
    <message>
        <source>Next check in %1</source>
        <translation>%1后查询</translation>
    </message>
    <message>
        <source>%1 %2 / %3</source>
        <extracomment>Calls an account spent this month, against its budget: &quot;Acme 120 / 10,000&quot;</extracomment>
        <translation>%1 %2 / %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 metered calls this month, %3 in all</source>
        <translation>%1：本月计费调用 %2 次，共 %3 次</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>调用：%1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <extracomment>The status bar while a platform does not answer: &quot;Offline: open.feishu.cn&quot;</extracomment>
        <translation>离线：%1</translation>
    </message>
    <message>
        <source>%1 did not answer several requests in a row. Tasks keep their last state; the monitor tries again by itself, less often the longer it lasts, and checks every task as soon as an answer arrives.</source>
        <translation>%1 连续多次没有答复。任务保持最后的状态；监视器会自动重试，离线越久重试越少，一收到答复就立即检查所有任务。</translation>
    </message>
</context>
<context>
    <name>SubmissionsTab</name>
    <message>
        <source>&amp;Submissions</source>
        <translation>汇报(&amp;S)</translation>
    </message>
    <message>
        <source>Show submissions with their form</source>
        <translation>显示汇报及其表单</translation>
    </message>
    <message>
        <source>Lists the submissions; the selected one&apos;s form fields show beside them</source>
        <translation>列出汇报；所选汇报的表单字段显示在旁边</translation>
    </message>
    <message>
        <source>&amp;Pivot</source>
        <translation>透视(&amp;P)</translation>
    </message>
    <message>
        <source>Show pivot</source>
        <translation>显示透视表</translation>
    </message>
    <message>
        <source>One row per submission and one column per form field</source>
        <translation>每份汇报一行，每个表单字段一列</translation>
    </message>
    <message>
        <source>Export submissions…</source>
        <translation>导出汇报…</translation>
    </message>
    <message>
        <source>Export submissions</source>
        <translation>导出汇报</translation>
    </message>
    <message>
        <source>Saves every submission with its form fields as a CSV file</source>
        <translation>将所有汇报及其表单字段保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Report submissions</source>
        <translation>汇报列表</translation>
    </message>
    <message>
        <source>Submitter, department, time submitted and recipients of each submission</source>
        <translation>每份汇报的汇报人、部门、提交时间和接收人</translation>
    </message>
    <message>
        <source>Report pivot</source>
        <translation>汇报透视表</translation>
    </message>
    <message>
        <source>No submissions in this window yet.</source>
        <translation>此时间范围内尚无汇报。</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n 份汇报</numerusform>
        </translation>
    </message>
    <message>
        <source>reports-%1.csv</source>
        <extracomment>File name proposed for a report query&apos;s submissions; the query&apos;s id is inserted</extracomment>
        <translation>汇报-%1.csv</translation>
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
        <translation>仅显示失败(&amp;F)</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>仅显示失败</translation>
    </message>
    <message>
        <source>Shows only the rows the platform reported as failed</source>
        <translation>只显示平台报告为失败的行</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Export all rows</source>
        <translation>导出所有行</translation>
    </message>
    <message>
        <source>Saves every row of this task as a CSV file</source>
        <translation>将此任务的所有行保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Export failed…</source>
        <translation>导出失败行…</translation>
    </message>
    <message>
        <source>Export failed rows</source>
        <translation>导出失败行</translation>
    </message>
    <message>
        <source>Saves the failed rows of this task as a CSV file</source>
        <translation>将此任务的失败行保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Export group…</source>
        <translation>导出分组…</translation>
    </message>
    <message>
        <source>Export selected failure group</source>
        <translation>导出所选失败分组</translation>
    </message>
    <message>
        <source>Saves the rows of the selected failure group as a CSV file</source>
        <translation>将所选失败分组的行保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation>按原因统计失败</translation>
    </message>
    <message>
        <source>Failed rows grouped by code and message with their counts; select one to see only its rows</source>
        <translation>按错误码和错误信息分组的失败行及其数量；选中一组可只查看其行</translation>
    </message>
    <message>
        <source>Sub-task rows</source>
        <translation>子任务行</translation>
    </message>
    <message>
        <source>Every row the platform returned, with all its fields</source>
        <translation>平台返回的每一行及其全部字段</translation>
    </message>
    <message>
        <source>Counts and failure message</source>
        <translation>数量和失败信息</translation>
    </message>
    <message>
        <source>No answer from the platform yet.</source>
        <translation>平台尚未响应。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>总数：%1</translation>
    </message>
    <message>
        <source>Succeeded: %1</source>
        <translation>成功：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Failure message: %1</source>
        <translation>失败信息：%1</translation>
    </message>
    <message>
        <source>This platform reports counts only, not the individual items.</source>
        <translation>此平台只返回数量，不返回具体条目。</translation>
    </message>
    <message>
        <source>No rows yet: the platform lists them once the task has finished.</source>
        <translation>暂无行：任务结束后平台才会列出。</translation>
    </message>
    <message>
        <source>%1 rows, %2 failed</source>
        <translation>共 %1 行，%2 行失败</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows, %3 failed</source>
        <translation>显示 %2 行中的 %1 行，%3 行失败</translation>
    </message>
    <message>
        <source>rows-%1.csv</source>
        <extracomment>File name proposed for the rows of a task; the task id is inserted</extracomment>
        <translation>子任务-%1.csv</translation>
    </message>
    <message>
        <source>failed-%1.csv</source>
        <extracomment>File name proposed for the failed rows of a task; the task id is inserted</extracomment>
        <translation>失败子任务-%1.csv</translation>
    </message>
    <message>
        <source>Export failure group</source>
        <translation>导出失败分组</translation>
    </message>
    <message>
        <source>failed-%1-%2.csv</source>
        <extracomment>File name proposed for one failure group; the task id and the code are inserted</extracomment>
        <translation>失败分组-%1-%2.csv</translation>
    </message>
    <message>
        <source>Loading the rows…</source>
        <translation>正在载入行…</translation>
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
        <translation>TASK “%1…”超过了平台任务 ID 的最大长度（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>TASK is empty: give a task id or a URL.</source>
        <translation>TASK 为空：请提供任务 ID 或 URL。</translation>
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
        <translation>%2 项中 %1 项失败</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Joins the parts of a row read out by a screen reader</extracomment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n 条提交</numerusform>
        </translation>
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
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已写入 %n 行到 %1</numerusform>
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
        <translation>监视中的任务</translation>
    </message>
    <message>
        <source>One row per watched task: its label, account, kind, state and progress. Press F2 to rename a task, Delete to stop watching it, Return for its details.</source>
        <translation>每个监视中的任务一行：名称、账号、类型、状态和进度。按 F2 重命名任务，按 Delete 停止监视，按 Return 查看详情。</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>停止监视</translation>
    </message>
    <message>
        <source>Stop watching the selected tasks (Ctrl+Z brings them back)</source>
        <translation>停止监视所选任务（按 Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>Refresh selected</source>
        <translation>刷新所选</translation>
    </message>
    <message>
        <source>Check the selected tasks now, finished or not</source>
        <translation>立即查询所选任务，无论是否已结束</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>将所选行复制为制表符分隔的文本</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>恢复默认列</translation>
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
        <translation>显示 Task Monitor(&amp;S)</translation>
    </message>
    <message>
        <source>Task Monitor tray menu</source>
        <translation>Task Monitor 托盘菜单</translation>
    </message>
    <message>
        <source>Task Monitor
%1</source>
        <extracomment>Tray tool tip: the application&apos;s name, then the counts</extracomment>
        <translation>Task Monitor
%1</translation>
    </message>
    <message>
        <source>Nothing watched</source>
        <translation>没有监视中的任务</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n 个出错</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n task(s) ended</source>
        <translation>
            <numerusform>全部 %n 个任务已结束</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchListDatabase</name>
    <message>
        <source>The watch list %1 was written by a newer version of Task Monitor (schema %2; this version reads %3). It was left unchanged and nothing was loaded; changes made now will not be saved. Update Task Monitor to use it.</source>
        <translation>监视列表 %1 由更新版本的 Task Monitor 写入（架构版本 %2；此版本可读取 %3）。该文件保持不变，未加载任何内容；现在所做的更改不会保存。请更新 Task Monitor 后使用。</translation>
    </message>
    <message>
        <source>The watch list %1 could not be opened: %2. Changes made now will not be saved.</source>
        <translation>无法打开监视列表 %1：%2。现在所做的更改不会保存。</translation>
    </message>
    <message>
        <source>The watch list %1 could not be read: %2.</source>
        <translation>无法读取监视列表 %1：%2。</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>it holds tables that are not a watch list</source>
        <translation>其中包含不属于监视列表的表</translation>
    </message>
    <message>
        <source>tables of the watch list are missing</source>
        <translation>缺少监视列表的表</translation>
    </message>
    <message>
        <source>too many damaged files of that name</source>
        <translation>同名的损坏文件过多</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>it is damaged (%1) and could not be moved aside (%2); it was left in place</source>
        <translation>文件已损坏（%1），且无法移走（%2）；已保留在原位置</translation>
    </message>
    <message>
        <source>The watch list %1 was damaged (%2). It was moved to %3, so nothing in it is lost, and a new, empty list was started.</source>
        <translation>监视列表 %1 已损坏（%2）。已将其移到 %3，其中内容不会丢失，并新建了一个空列表。</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>（内存中）</translation>
    </message>
    <message>
        <source>Could not save the watch list to %1: %2. The changes are kept and will be saved with the next ones.</source>
        <translation>无法将监视列表保存到 %1：%2。更改已保留，将在下次保存时一并写入。</translation>
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
        <translation>监视飞书 / Lark 和钉钉的异步任务和汇报查询。</translation>
    </message>
    <message>
        <source>Watch the built-in simulator&apos;s demo tasks, with a data folder and settings of their own.</source>
        <translation>监视内置模拟器的演示任务，使用独立的数据文件夹和设置。</translation>
    </message>
    <message>
        <source>Keep the watch list and settings in DIR instead of the usual places.</source>
        <translation>将监视列表和设置保存在 DIR 中，而不是默认位置。</translation>
    </message>
    <message>
        <source>Task Monitor</source>
        <translation>Task Monitor</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Watch the tasks in TEXT (ids, links, curl lines), as if pasted; may be given more than once.</source>
        <translation>监视 TEXT 中的任务（任务 ID、链接、curl 命令），如同粘贴；可多次给出。</translation>
    </message>
    <message>
        <source>Task ids or links to watch, as if pasted.</source>
        <translation>要监视的任务 ID 或链接，如同粘贴。</translation>
    </message>
    <message>
        <source>Task Monitor is already running for this profile but does not answer; the tasks were not handed to it.</source>
        <translation>Task Monitor 已在使用此配置运行，但没有响应；任务未交给它。</translation>
    </message>
</context>
</TS>
