#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The five asynchronous-task endpoints the monitor can watch, and the platform families behind
// them.
enum class TaskKind {
    FeishuContact,
    FeishuReport,
    FeishuDrive,
    DingTalkStorage,
    DingTalkDoc,
};

enum class Platform {
    Feishu,
    Lark,
    DingTalk,
};

namespace TaskKinds {

// Stable identifiers used on the command line, in saved files and in CSV/JSON output.
QString id(TaskKind kind);
std::optional<TaskKind> fromId(const QString &id);
QStringList allIds();

// Translated name for people.
QString displayName(TaskKind kind);

// Whether the kind is served by Feishu / Lark (true) or by DingTalk (false).
bool isFeishuFamily(TaskKind kind);
bool accepts(Platform platform, TaskKind kind);

} // namespace TaskKinds

namespace Platforms {

QString id(Platform platform);
std::optional<Platform> fromId(const QString &id);
QString displayName(Platform platform);
QString defaultBaseUrl(Platform platform);
bool isFeishuFamily(Platform platform);

} // namespace Platforms
