#include "models/domain/TaskKind.h"

#include <QCoreApplication>

#include <array>

namespace {

struct KindInfo
{
    TaskKind kind;
    const char *id;
    const char *name;
};

constexpr std::array kKinds{
    KindInfo{TaskKind::FeishuContact, "feishu-contact",
             QT_TRANSLATE_NOOP("TaskKind", "Feishu contact import")},
    KindInfo{TaskKind::FeishuReport, "feishu-report",
             QT_TRANSLATE_NOOP("TaskKind", "Feishu report query")},
    KindInfo{TaskKind::FeishuDrive, "feishu-drive",
             QT_TRANSLATE_NOOP("TaskKind", "Feishu drive folder task")},
    KindInfo{TaskKind::DingTalkStorage, "dingtalk-storage",
             QT_TRANSLATE_NOOP("TaskKind", "DingTalk storage task")},
    KindInfo{TaskKind::DingTalkDoc, "dingtalk-doc",
             QT_TRANSLATE_NOOP("TaskKind", "DingTalk document copy")},
};

const KindInfo &info(TaskKind kind)
{
    for (const auto &entry : kKinds) {
        if (entry.kind == kind)
            return entry;
    }
    return kKinds.front();
}

} // namespace

namespace TaskKinds {

QString id(TaskKind kind)
{
    return QString::fromLatin1(info(kind).id);
}

std::optional<TaskKind> fromId(const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    for (const auto &entry : kKinds) {
        if (wanted == QLatin1String(entry.id))
            return entry.kind;
    }
    return std::nullopt;
}

QStringList allIds()
{
    QStringList ids;
    for (const auto &entry : kKinds)
        ids << QString::fromLatin1(entry.id);
    return ids;
}

QString displayName(TaskKind kind)
{
    return QCoreApplication::translate("TaskKind", info(kind).name);
}

bool isFeishuFamily(TaskKind kind)
{
    return kind == TaskKind::FeishuContact || kind == TaskKind::FeishuReport ||
           kind == TaskKind::FeishuDrive;
}

bool accepts(Platform platform, TaskKind kind)
{
    return Platforms::isFeishuFamily(platform) == isFeishuFamily(kind);
}

} // namespace TaskKinds

namespace Platforms {

QString id(Platform platform)
{
    switch (platform) {
    case Platform::Feishu:
        return QStringLiteral("feishu");
    case Platform::Lark:
        return QStringLiteral("lark");
    case Platform::DingTalk:
        return QStringLiteral("dingtalk");
    }
    return {};
}

std::optional<Platform> fromId(const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    for (Platform p : {Platform::Feishu, Platform::Lark, Platform::DingTalk}) {
        if (wanted == Platforms::id(p))
            return p;
    }
    return std::nullopt;
}

QString displayName(Platform platform)
{
    switch (platform) {
    case Platform::Feishu:
        return QCoreApplication::translate("Platform", "Feishu");
    case Platform::Lark:
        return QCoreApplication::translate("Platform", "Lark");
    case Platform::DingTalk:
        return QCoreApplication::translate("Platform", "DingTalk");
    }
    return {};
}

QString defaultBaseUrl(Platform platform)
{
    switch (platform) {
    case Platform::Feishu:
        return QStringLiteral("https://open.feishu.cn");
    case Platform::Lark:
        return QStringLiteral("https://open.larksuite.com");
    case Platform::DingTalk:
        return QStringLiteral("https://api.dingtalk.com");
    }
    return {};
}

bool isFeishuFamily(Platform platform)
{
    return platform != Platform::DingTalk;
}

} // namespace Platforms
