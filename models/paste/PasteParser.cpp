#include "models/paste/PasteParser.h"

#include "models/paste/IdShape.h"
#include "models/paste/PasteSource.h"
#include "models/paste/PasteText.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace {

constexpr std::array kChoosableKinds{TaskKind::FeishuContact, TaskKind::FeishuDrive,
                                     TaskKind::DingTalkStorage, TaskKind::DingTalkDoc};

QList<qsizetype> lineStarts(const QString &text)
{
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n'))
            starts << i + 1;
    }
    return starts;
}

// Index of the line that holds position `pos`.
qsizetype lineIndex(const QList<qsizetype> &starts, qsizetype pos)
{
    return std::upper_bound(starts.cbegin(), starts.cend(), pos) - starts.cbegin() - 1;
}

} // namespace

PasteParser::PasteParser()
    : PasteParser(PasteOptions{})
{}

PasteParser::PasteParser(PasteOptions options)
    : m_options(std::move(options))
    // Case-sensitive: shells spell their commands in lower case, and "HTTP URL" is a doc table.
    , m_command(QStringLiteral(R"(^\s*(?:[$>#]\s*)?(?:curl|wget|http|https|)"
                               R"(Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\s)"))
{
    if (m_options.defaultKind == TaskKind::FeishuReport)
        m_options.defaultKind.reset();
}

PasteResult PasteParser::parse(const QString &fullPaste) const
{
    // A clipboard can hold anything; 2 Mi characters (some 60,000 ids) is more than anyone
    // pastes, and bounds the time and memory a paste can cost.
    const bool cut = fullPaste.size() > kLongestPaste;
    const QString pasted = cut ? fullPaste.first(kLongestPaste) : fullPaste;
    if (m_options.linesAreIds && m_options.defaultKind) {
        PasteResult result = parseLinesAsIds(pasted);
        result.cut = cut;
        return result;
    }
    const QString display = m_masker.mask(PasteText::normalise(pasted));
    QString text = PasteText::joinContinuations(display);
    const QList<qsizetype> logicalStarts = lineStarts(text);

    QList<PasteCandidate> candidates;
    m_json.recognise(text, candidates);
    for (qsizetype i = 0; i < logicalStarts.size(); ++i) {
        const qsizetype end =
            i + 1 < logicalStarts.size() ? logicalStarts.at(i + 1) - 1 : text.size();
        recogniseLine(text, logicalStarts.at(i), end, candidates);
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const PasteCandidate &a, const PasteCandidate &b) { return a.begin < b.begin; });

    PasteResult result;
    result.cut = cut;
    result.items = resolve(display, logicalStarts, candidates);
    markDuplicates(result.items);
    markWatched(result.items);
    return result;
}

PasteResult PasteParser::parseLinesAsIds(const QString &pasted) const
{
    // Not normalised: an id keeps its full-width or decomposed characters as written.
    static const QRegularExpression lineEnd(QStringLiteral("\\r\\n|\\n|\\r"));
    const QStringList lines = pasted.split(lineEnd);
    PasteResult result;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString written = lines.at(i).trimmed();
        if (written.isEmpty())
            continue;
        PasteItem item;
        item.line = int(i + 1);
        item.source = m_masker.mask(written);

        QString probe = item.source;
        QList<PasteCandidate> links;
        m_urls.recognise(probe, 0, probe.size(), links);
        if (links.size() == 1 && links.constFirst().kindCertain && links.constFirst().begin == 0 &&
            links.constFirst().end == probe.size()) {
            const PasteCandidate &link = links.constFirst();
            if (link.finding == PasteCandidate::Finding::NotATask) {
                item.problems << PasteItem::Problem::NotATask;
            } else if (link.finding == PasteCandidate::Finding::NotRecognisable) {
                item.problems << PasteItem::Problem::NotRecognisable;
            } else {
                item.taskId = link.taskId;
                item.unionId = link.unionId;
                resolveKind(link, item);
            }
        } else if (IdShape::isWrittenId(written)) {
            item.taskId = written;
            item.kind = m_options.defaultKind;
            item.kindBasis = PasteItem::KindBasis::CallerDefault;
        } else {
            item.problems << PasteItem::Problem::NotRecognisable;
        }
        result.items << item;
    }
    markDuplicates(result.items);
    markWatched(result.items);
    return result;
}

void PasteParser::recogniseLine(QString &text, qsizetype begin, qsizetype end,
                                QList<PasteCandidate> &found) const
{
    QList<PasteCandidate> inLine;
    const bool command = m_command.match(QStringView(text).mid(begin, end - begin)).hasMatch();
    m_urls.recognise(text, begin, end, inLine);
    bool list = false;
    if (!command) {
        m_keys.recognise(text, begin, end, inLine);
        list = m_lists.recognise(text, begin, end, inLine);
    }
    for (const PasteCandidate &candidate : std::as_const(inLine)) {
        switch (candidate.reportedOn) {
        case PasteCandidate::ReportedOn::AnyLine:
            found << candidate;
            break;
        case PasteCandidate::ReportedOn::ListOrCommandLine:
            if (list || command)
                found << candidate;
            break;
        case PasteCandidate::ReportedOn::ListLine:
            if (list)
                found << candidate;
            break;
        }
    }
}

QList<PasteItem> PasteParser::resolve(const QString &display, const QList<qsizetype> &logicalStarts,
                                      const QList<PasteCandidate> &candidates) const
{
    const QList<qsizetype> physicalStarts = lineStarts(display);
    QList<PasteItem> items;
    items.reserve(candidates.size());
    for (const PasteCandidate &candidate : candidates) {
        PasteItem item;
        item.line = int(lineIndex(physicalStarts, candidate.begin) + 1);
        if (candidate.spanIsSource) {
            item.source = PasteSource::span(display, candidate.begin, candidate.end);
        } else {
            const qsizetype index = lineIndex(logicalStarts, candidate.begin);
            const qsizetype lineEnd =
                index + 1 < logicalStarts.size() ? logicalStarts.at(index + 1) - 1 : display.size();
            item.source = PasteSource::line(display, logicalStarts.at(index), lineEnd,
                                            candidate.begin, candidate.end);
        }
        switch (candidate.finding) {
        case PasteCandidate::Finding::NotRecognisable:
            item.problems << PasteItem::Problem::NotRecognisable;
            break;
        case PasteCandidate::Finding::NotATask:
            item.problems << PasteItem::Problem::NotATask;
            break;
        case PasteCandidate::Finding::Task:
            item.taskId = candidate.taskId;
            item.unionId = candidate.unionId;
            resolveKind(candidate, item);
            break;
        }
        items << item;
    }
    return items;
}

void PasteParser::resolveKind(const PasteCandidate &candidate, PasteItem &item) const
{
    if (candidate.kind && candidate.kindCertain) {
        item.kind = candidate.kind;
        item.kindBasis = PasteItem::KindBasis::Certain;
    } else if (m_options.defaultKind) {
        item.kind = m_options.defaultKind;
        item.kindBasis = PasteItem::KindBasis::CallerDefault;
    } else {
        item.kind = candidate.kind ? candidate.kind : IdShape::guessKind(candidate.taskId);
        item.kindBasis = item.kind ? PasteItem::KindBasis::Guessed : PasteItem::KindBasis::None;
    }
}

void PasteParser::markDuplicates(QList<PasteItem> &items) const
{
    QHash<QString, QList<qsizetype>> firstOccurrences;
    for (qsizetype i = 0; i < items.size(); ++i) {
        PasteItem &item = items[i];
        if (item.taskId.isEmpty())
            continue;
        QList<qsizetype> &earlier = firstOccurrences[item.taskId];
        const auto same = std::find_if(earlier.cbegin(), earlier.cend(), [&](qsizetype e) {
            const PasteItem &first = items.at(e);
            return !(first.isKindCertain() && item.isKindCertain() && first.kind != item.kind);
        });
        if (same == earlier.cend()) {
            earlier << i;
            continue;
        }
        PasteItem &first = items[*same];
        if (item.kindBasis > first.kindBasis) {
            first.kind = item.kind;
            first.kindBasis = item.kindBasis;
        }
        if (first.unionId.isEmpty())
            first.unionId = item.unionId;
        item.problems << PasteItem::Problem::DuplicateInPaste;
    }
}

void PasteParser::markWatched(QList<PasteItem> &items) const
{
    if (!m_options.isWatched)
        return;
    for (PasteItem &item : items) {
        if (item.taskId.isEmpty())
            continue;
        bool watched = false;
        if (item.kind) {
            watched = m_options.isWatched(*item.kind, item.taskId);
        } else {
            watched =
                std::any_of(kChoosableKinds.cbegin(), kChoosableKinds.cend(),
                            [&](TaskKind kind) { return m_options.isWatched(kind, item.taskId); });
        }
        if (watched)
            item.problems << PasteItem::Problem::AlreadyWatched;
    }
}
