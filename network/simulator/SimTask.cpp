#include "SimTask.h"

QString SimTask::kindName(SimTaskKind kind)
{
    switch (kind) {
    case SimTaskKind::FeishuContact:
        return QStringLiteral("feishu-contact");
    case SimTaskKind::FeishuDrive:
        return QStringLiteral("feishu-drive");
    case SimTaskKind::DingTalkStorage:
        return QStringLiteral("dingtalk-storage");
    case SimTaskKind::DingTalkDoc:
        return QStringLiteral("dingtalk-doc");
    }
    return {};
}

std::optional<SimTaskKind> SimTask::kindFromName(const QString &name)
{
    for (const SimTaskKind k : {SimTaskKind::FeishuContact, SimTaskKind::FeishuDrive,
                                SimTaskKind::DingTalkStorage, SimTaskKind::DingTalkDoc}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}
