#include "FuzzCheck.h"
#include "FuzzEntries.h"

#include "models/paste/LenientJsonReader.h"
#include "models/paste/PasteParser.h"

#include <QString>

namespace {

using Fuzz::check;

// Scanning every '{' of a large paste would measure the reader's speed, not its safety.
constexpr int kMaxObjectsRead = 64;

// A stand-in for the watch list: deterministic, so that a second parse must agree.
bool watchedForFuzz(TaskKind kind, const QString &taskId)
{
    return (taskId.size() + int(kind)) % 3 == 0;
}

// An item without a kind counts as watched when its id is watched as any kind.
bool watchedAsAnyKind(const PasteOptions &options, const PasteItem &item)
{
    if (item.kind)
        return options.isWatched(*item.kind, item.taskId);
    for (int kind = int(TaskKind::FeishuContact); kind <= int(TaskKind::DingTalkDoc); ++kind) {
        if (options.isWatched(TaskKind(kind), item.taskId))
            return true;
    }
    return false;
}

PasteOptions optionsFrom(uint8_t byte)
{
    PasteOptions options;
    const int kind = byte & 0x7;
    if (kind <= int(TaskKind::DingTalkDoc))
        options.defaultKind = TaskKind(kind);
    options.linesAreIds = (byte & 0x8) != 0;
    if (byte & 0x10)
        options.isWatched = &watchedForFuzz;
    return options;
}

void checkSpans(const LenientJsonNode &node, qsizetype textSize)
{
    check(node.begin >= 0 && node.begin <= node.end && node.end <= textSize,
          "a node's span lies in the text");
    for (const LenientJsonNode &child : node.children) {
        check(child.begin >= node.begin && child.end <= node.end, "a child lies in its parent");
        checkSpans(child, textSize);
    }
}

void readEveryObject(const QString &text)
{
    LenientJsonReader reader(text);
    int objects = 0;
    for (qsizetype from = text.indexOf(u'{'); from >= 0 && objects < kMaxObjectsRead;
         from = text.indexOf(u'{', from + 1), ++objects) {
        const std::optional<LenientJsonNode> node = reader.readObject(from);
        check(reader.stopPosition() >= from && reader.stopPosition() <= text.size(),
              "the reader stops inside the text");
        if (!node)
            continue;
        check(node->type == LenientJsonNode::Type::Object && !node->children.empty(),
              "an object is read only with a member");
        check(node->begin == from, "an object starts at its brace");
        checkSpans(*node, text.size());
    }
}

qsizetype lineCount(const QString &text)
{
    return text.count(u'\n') + text.count(u'\r') + 1;
}

} // namespace

namespace Fuzz {

int pasteParser(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const PasteOptions options = optionsFrom(data[0]);
    const QString pasted =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const PasteParser parser(options);
    const PasteResult result = parser.parse(pasted);
    const qsizetype lines = lineCount(pasted);
    for (const PasteItem &item : result.items) {
        check(item.line >= 1 && item.line <= lines, "an item names a line of the paste");
        check(!item.isGood() || !item.taskId.trimmed().isEmpty(), "a good item has an id");
        check(!item.problems.contains(PasteItem::Problem::AlreadyWatched) ||
                  (options.isWatched && watchedAsAnyKind(options, item)),
              "only a watched task is marked as watched");
        check(!item.isGood() || !options.isWatched || !options.isWatched(*item.kind, item.taskId),
              "a watched task is never a good item");
        check(!item.problemTexts().isEmpty() || item.problems.isEmpty(), "a problem is said");
        check(!item.kindLabel().isEmpty(), "every item has a kind label");
    }
    check(result.taskRefs(QStringLiteral("account")).size() == result.goodCount(),
          "one ref per good item");
    check(parser.parse(pasted).items == result.items, "parsing is deterministic");

    readEveryObject(pasted);
    return 0;
}

} // namespace Fuzz
