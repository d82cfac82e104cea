#include "app/gui/DemoEnvironment.h"

#include "app/engine/Engine.h"
#include "network/simulator/OpenPlatformSimulator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString accountIdOf(const QString &appId)
{
    return QStringLiteral("demo-") + appId;
}

// Labels as the admins in USERS.md would give them, by the scenario's task ids.
QString demoLabel(const QString &taskId)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("7f1c0a2e9b8d4c6fa1e2d3c4b5a69788"),
         QT_TRANSLATE_NOOP("DemoEnvironment", "Import HR batch 3")},
        {QStringLiteral("123456784b68a7c89abcdef092dc09ea"),
         QT_TRANSLATE_NOOP("DemoEnvironment", "New departments (Lark)")},
        {QStringLiteral("c0ffee00c0ffee00c0ffee00c0ffee00"),
         QT_TRANSLATE_NOOP("DemoEnvironment", "Import contractors")},
        {QStringLiteral("7360595374803812356"),
         QT_TRANSLATE_NOOP("DemoEnvironment", "Move audit folder")},
        {QStringLiteral("7360595374803812357"),
         QT_TRANSLATE_NOOP("DemoEnvironment", "Move legal archive")},
        {QStringLiteral("7360595374803812358"),
         QT_TRANSLATE_NOOP("DemoEnvironment", "Delete old exports")},
        {QStringLiteral("storage-move-20240611-a1"),
         QT_TRANSLATE_NOOP("DemoEnvironment", "Move finance files")},
        {QStringLiteral("storage-move-20240611-b2"),
         QT_TRANSLATE_NOOP("DemoEnvironment", "Move design assets")},
        {QStringLiteral("doc-copy-5b8e0c1f"),
         QT_TRANSLATE_NOOP("DemoEnvironment", "Copy onboarding templates")},
        {QStringLiteral("doc-copy-5b8e0c2a"),
         QT_TRANSLATE_NOOP("DemoEnvironment", "Copy training handbook")},
    };
    const char *label = labels.value(taskId);
    return label ? QCoreApplication::translate("DemoEnvironment", label) : QString();
}

} // namespace

DemoEnvironment::DemoEnvironment() = default;
DemoEnvironment::~DemoEnvironment() = default;

QString DemoEnvironment::databasePath() const
{
    return m_dir.filePath(QStringLiteral("watchlist.sqlite"));
}

QString DemoEnvironment::settingsPath() const
{
    return m_dir.filePath(QStringLiteral("settings.ini"));
}

bool DemoEnvironment::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error =
            QCoreApplication::translate("DemoEnvironment", "No temporary folder for the demo: %1")
                .arg(m_dir.errorString());
        return false;
    }
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("DemoEnvironment", "The demo scenario is missing.");
        return false;
    }
    const QJsonObject scenario = QJsonDocument::fromJson(file.readAll()).object();
    m_simulator = std::make_unique<OpenPlatformSimulator>();
    QString problem;
    if (!m_simulator->loadScenario(scenario, &problem)) {
        *error = QCoreApplication::translate("DemoEnvironment", "The demo scenario is broken: %1")
                     .arg(problem);
        return false;
    }
    if (m_simulator->listen() == 0) {
        *error = QCoreApplication::translate("DemoEnvironment",
                                             "The demo could not listen on 127.0.0.1.");
        return false;
    }
    const QString baseUrl = m_simulator->baseUrl().toString();

    for (const QJsonValue &value : scenario.value(QStringLiteral("apps")).toArray()) {
        const QJsonObject app = value.toObject();
        Account account;
        const QString platform = app.value(QStringLiteral("platform")).toString();
        account.platform = platform == QLatin1String("lark")       ? Platform::Lark
                           : platform == QLatin1String("dingtalk") ? Platform::DingTalk
                                                                   : Platform::Feishu;
        account.appId = app.value(account.platform == Platform::DingTalk ? QStringLiteral("app_key")
                                                                         : QStringLiteral("app_id"))
                            .toString();
        account.id = accountIdOf(account.appId);
        account.name = app.value(QStringLiteral("name")).toString();
        account.baseUrl = baseUrl;
        if (account.platform == Platform::DingTalk)
            account.unionId = QStringLiteral("demo-operator-union-id");
        m_accounts.append({account, app.value(QStringLiteral("app_secret")).toString()});
    }

    auto accountFor = [this](TaskKind kind, const QString &appId) {
        if (!appId.isEmpty())
            return accountIdOf(appId);
        for (const auto &[account, secret] : std::as_const(m_accounts)) {
            if (TaskKinds::accepts(account.platform, kind))
                return account.id;
        }
        return QString();
    };
    for (const QJsonValue &value : scenario.value(QStringLiteral("tasks")).toArray()) {
        const QJsonObject task = value.toObject();
        const std::optional<TaskKind> kind =
            TaskKinds::fromId(task.value(QStringLiteral("kind")).toString());
        if (!kind)
            continue;
        TaskRef ref;
        ref.kind = *kind;
        ref.taskId = task.value(QStringLiteral("id")).toString();
        ref.accountId = accountFor(*kind, task.value(QStringLiteral("app")).toString());
        ref.label = demoLabel(ref.taskId);
        m_tasks.append(ref);
    }
    for (const QJsonValue &value : scenario.value(QStringLiteral("generate")).toArray()) {
        const QJsonObject batch = value.toObject();
        const std::optional<TaskKind> kind =
            TaskKinds::fromId(batch.value(QStringLiteral("kind")).toString());
        if (!kind)
            continue;
        const QString prefix = batch.value(QStringLiteral("id_prefix")).toString();
        for (int i = 1; i <= batch.value(QStringLiteral("count")).toInt(); ++i) {
            TaskRef ref;
            ref.kind = *kind;
            ref.taskId = prefix + QString::number(i);
            ref.accountId = accountFor(*kind, batch.value(QStringLiteral("app")).toString());
            m_tasks.append(ref);
        }
    }

    // The weekly report rule, over the weeks its submissions were committed.
    const QJsonObject reports = scenario.value(QStringLiteral("reports")).toObject();
    qint64 first = 0;
    qint64 last = 0;
    for (const QJsonValue &value : reports.value(QStringLiteral("submissions")).toArray()) {
        const qint64 at = value.toObject().value(QStringLiteral("commit_time")).toInteger();
        first = first == 0 ? at : std::min(first, at);
        last = std::max(last, at);
    }
    const QJsonArray rules = reports.value(QStringLiteral("rules")).toArray();
    if (!rules.isEmpty() && first > 0) {
        TaskRef query;
        query.kind = TaskKind::FeishuReport;
        query.accountId = accountFor(TaskKind::FeishuReport, QString());
        query.report.ruleId = rules.first().toObject().value(QStringLiteral("rule_id")).toString();
        query.report.from = QDateTime::fromSecsSinceEpoch(first - 3600, Qt::UTC);
        query.report.to = QDateTime::fromSecsSinceEpoch(last + 3600, Qt::UTC);
        query.taskId = TaskRef::reportTaskId(query.report);
        query.label = QCoreApplication::translate("DemoEnvironment", "Weekly reports (周报)");
        m_tasks.append(query);
    }
    return true;
}

void DemoEnvironment::populate(Engine &engine) const
{
    for (const auto &[account, secret] : m_accounts)
        engine.setAccount(account, secret);
    engine.addTasks(m_tasks);
}
