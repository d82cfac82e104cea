#include "models/paste/JsonTaskRecogniser.h"

#include "models/paste/IdShape.h"
#include "models/paste/KeyedIdRecogniser.h"
#include "models/paste/LenientJsonReader.h"
#include "models/paste/PasteText.h"

#include <algorithm>
#include <array>
#include <optional>

namespace {

using Type = LenientJsonNode::Type;

constexpr std::array kReportSubmissionKeys{"rule_id", "rule_name", "form_contents", "from_user_id",
                                           "commit_time"};
constexpr std::array kContactTaskKeys{"total_num", "success_num", "fail_num", "task_info"};

struct KindFinding
{
    std::optional<TaskKind> kind;
    bool certain = false;
};

// "task_id", "taskId", "TaskID", "task-id" all become "taskid".
QString foldedKey(QStringView key)
{
    QString folded;
    folded.reserve(key.size());
    for (QChar c : key) {
        if (c != QLatin1Char('_') && c != QLatin1Char('-'))
            folded += c.toLower();
    }
    return folded;
}

template <std::size_t N>
bool hasAnyMember(const LenientJsonNode &object, const std::array<const char *, N> &names)
{
    for (const char *name : names) {
        if (object.member(QLatin1String(name)))
            return true;
    }
    return false;
}

KindFinding kindOf(const LenientJsonNode &object, QStringView idKey)
{
    const LenientJsonNode *type = object.member(QLatin1String("type"));
    const bool contactType = type && (type->text == QLatin1String("add_user") ||
                                      type->text == QLatin1String("add_department"));
    if (contactType || hasAnyMember(object, kContactTaskKeys))
        return {TaskKind::FeishuContact, true};
    if (object.member(QLatin1String("succCount")))
        return {TaskKind::DingTalkDoc, true};
    if (idKey == QLatin1String("taskId"))
        return {TaskKind::DingTalkDoc, false};
    return {};
}

void addTask(const LenientJsonNode &value, const KindFinding &kind, QList<PasteCandidate> &found)
{
    PasteCandidate candidate;
    candidate.begin = value.begin;
    candidate.end = value.end;
    candidate.kind = kind.kind;
    candidate.kindCertain = kind.certain;
    const bool digitsOnly =
        std::all_of(value.text.cbegin(), value.text.cend(), [](QChar c) { return c.isDigit(); });
    if (value.type == Type::Number && !digitsOnly) {
        // A float such as 7.360595374803812e+18: the writer rounded the id away.
        candidate.finding = PasteCandidate::Finding::NotRecognisable;
        candidate.kind.reset();
        found << candidate;
        return;
    }
    const QString id = value.text.trimmed();
    if (!IdShape::isPositionedId(id))
        return;
    candidate.taskId = id;
    found << candidate;
}

} // namespace

void JsonTaskRecogniser::recognise(QString &text, QList<PasteCandidate> &found) const
{
    qsizetype pos = 0;
    while ((pos = text.indexOf(QLatin1Char('{'), pos)) >= 0) {
        LenientJsonReader reader(text);
        const std::optional<LenientJsonNode> object = reader.readObject(pos);
        if (!object) {
            pos = std::max(pos + 1, reader.stopPosition());
            continue;
        }
        visit(*object, {}, found);
        PasteText::blank(text, object->begin, object->end);
        pos = object->end;
    }
}

void JsonTaskRecogniser::visit(const LenientJsonNode &node, QStringView parentKey,
                               QList<PasteCandidate> &found) const
{
    switch (node.type) {
    case Type::Object:
        recogniseObject(node, parentKey, found);
        for (const LenientJsonNode &child : node.children)
            visit(child, child.key, found);
        break;
    case Type::Array:
        for (const LenientJsonNode &child : node.children)
            visit(child, parentKey, found);
        break;
    case Type::String:
        recogniseString(node, found);
        break;
    case Type::Number:
    case Type::Literal:
        break;
    }
}

void JsonTaskRecogniser::recogniseObject(const LenientJsonNode &object, QStringView parentKey,
                                         QList<PasteCandidate> &found) const
{
    if (hasAnyMember(object, kReportSubmissionKeys))
        return;
    for (const LenientJsonNode &member : object.children) {
        if (!member.isScalar())
            continue;
        const QString key = foldedKey(member.key);
        if (key == QLatin1String("taskid"))
            addTask(member, kindOf(object, member.key), found);
        else if (key == QLatin1String("task") && member.text.size() >= 8)
            addTask(member, kindOf(object, member.key), found);
    }
    if (parentKey.compare(QLatin1String("task"), Qt::CaseInsensitive) == 0) {
        const LenientJsonNode *id = object.member(QLatin1String("id"));
        if (id && id->isScalar())
            addTask(*id, {TaskKind::DingTalkStorage, true}, found);
    }
}

void JsonTaskRecogniser::recogniseString(const LenientJsonNode &node,
                                         QList<PasteCandidate> &found) const
{
    QString value = node.text;
    QList<PasteCandidate> inside;
    m_urls.recognise(value, 0, value.size(), inside);
    m_keys.recognise(value, 0, value.size(), inside);
    for (PasteCandidate &candidate : inside) {
        if (candidate.reportedOn != PasteCandidate::ReportedOn::AnyLine)
            continue;
        candidate.begin = node.begin;
        candidate.end = node.end;
        found << candidate;
    }
}
