#include "ui/dialogs/AppPermissionsLabel.h"

AppPermissionsLabel::AppPermissionsLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Permissions the app needs"));
    setPlatform(Platform::Feishu);
}

QList<std::pair<QString, QString>> AppPermissionsLabel::permissionsFor(Platform platform)
{
    if (platform == Platform::DingTalk) {
        return {
            {TaskKinds::displayName(TaskKind::DingTalkStorage),
             QStringLiteral("Storage.Task.Read")},
            {TaskKinds::displayName(TaskKind::DingTalkDoc),
             QStringLiteral("SNS.Document.WorkspaceDocument.Read")},
        };
    }
    return {
        {TaskKinds::displayName(TaskKind::FeishuContact),
         tr("%1 or %2 (not available to app-store apps)")
             .arg(QStringLiteral("更新通讯录"), QStringLiteral("以应用身份访问通讯录"))},
        {TaskKinds::displayName(TaskKind::FeishuReport),
         tr("%1, and %2 when the user id type is user_id")
             .arg(QStringLiteral("report:task:readonly"),
                  QStringLiteral("contact:user.employee_id:readonly"))},
        {TaskKinds::displayName(TaskKind::FeishuDrive),
         tr("one of %1, %2 or %3")
             .arg(QStringLiteral("drive:drive"), QStringLiteral("drive:drive.metadata:readonly"),
                  QStringLiteral("drive:drive:readonly"))},
    };
}

void AppPermissionsLabel::setPlatform(Platform platform)
{
    m_platform = platform;
    QString rows;
    QStringList spoken;
    for (const auto &[kind, permissions] : permissionsFor(platform)) {
        rows += QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td>%2</td></tr>")
                    .arg(kind.toHtmlEscaped(), permissions.toHtmlEscaped());
        spoken << kind + QStringLiteral(": ") + permissions;
    }
    setText(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">%1</table>").arg(rows));
    setAccessibleDescription(spoken.join(QStringLiteral("; ")));
}
