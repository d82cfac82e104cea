#include "models/paste/PasteAccountResolver.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

bool isHostOrSubdomainOf(const QString &host, QLatin1String domain)
{
    if (host.compare(domain, Qt::CaseInsensitive) == 0)
        return true;
    return host.size() > domain.size() && host.endsWith(domain, Qt::CaseInsensitive) &&
           host.at(host.size() - domain.size() - 1) == QLatin1Char('.');
}

Platform familyPlatform(TaskKind kind)
{
    return TaskKinds::isFeishuFamily(kind) ? Platform::Feishu : Platform::DingTalk;
}

// Tokens are bound to a host and port; the scheme only says how to reach them.
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port() == b.port();
}

QUrl originOf(const QString &url)
{
    const QUrl parsed(url.contains(QLatin1String("://")) ? url : QStringLiteral("https://") + url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    QUrl origin;
    origin.setScheme(parsed.scheme().toLower());
    origin.setHost(parsed.host());
    origin.setPort(parsed.port());
    return origin;
}

} // namespace

PasteAccountResolver::PasteAccountResolver(QList<Account> accounts)
    : m_accounts(std::move(accounts))
{}

const Account *PasteAccountResolver::account(const QString &accountId) const
{
    const auto found = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                    [&](const Account &a) { return a.id == accountId; });
    return found == m_accounts.cend() ? nullptr : &*found;
}

QStringList PasteAccountResolver::candidates(TaskKind kind, const QUrl &linkOrigin) const
{
    const std::optional<Platform> linkPlatform = platformOfHost(linkOrigin.host());
    QStringList ids;
    for (const Account &account : m_accounts) {
        if (!TaskKinds::accepts(account.platform, kind))
            continue;
        if (linkPlatform && account.platform != *linkPlatform)
            continue;
        ids << account.id;
    }
    return ids;
}

bool PasteAccountResolver::accepts(const QString &accountId, TaskKind kind,
                                   const QUrl &linkOrigin) const
{
    return candidates(kind, linkOrigin).contains(accountId);
}

QStringList PasteAccountResolver::accountsAtHost(const QStringList &candidates,
                                                 const QUrl &linkOrigin) const
{
    QStringList ids;
    if (!linkOrigin.isValid())
        return ids;
    for (const QString &id : candidates) {
        if (sameOrigin(originOf(account(id)->effectiveBaseUrl()), linkOrigin))
            ids << id;
    }
    return ids;
}

QString PasteAccountResolver::defaultAccount(TaskKind kind, const QUrl &linkOrigin) const
{
    const QStringList ids = candidates(kind, linkOrigin);
    const QStringList atHost = accountsAtHost(ids, linkOrigin);
    if (atHost.size() == 1)
        return atHost.front();
    if (atHost.isEmpty() && ids.size() == 1)
        return ids.front();
    return {};
}

std::optional<MissingAccount> PasteAccountResolver::missingAccount(TaskKind kind,
                                                                   const QUrl &linkOrigin) const
{
    const QStringList ids = candidates(kind, linkOrigin);
    const bool hostUnused = linkOrigin.isValid() && accountsAtHost(ids, linkOrigin).isEmpty();
    if (!ids.isEmpty() && !(hostUnused && ids.size() > 1))
        return std::nullopt;
    MissingAccount missing;
    missing.platform = platformOfHost(linkOrigin.host()).value_or(familyPlatform(kind));
    if (linkOrigin.isValid() &&
        !sameOrigin(linkOrigin, originOf(Platforms::defaultBaseUrl(missing.platform))))
        missing.baseUrl = linkOrigin.toString();
    missing.taskCount = 1;
    return missing;
}

QUrl PasteAccountResolver::linkOrigin(const PasteItem &item)
{
    if (item.taskId.isEmpty())
        return {};
    // A link written with or without its scheme, up to the next delimiter of a line.
    static const QRegularExpression link(
        QStringLiteral(R"((?:(https?)://)?((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}|)"
                       R"(\d{1,3}(?:\.\d{1,3}){3}|localhost)(?::(\d{1,5}))?)"
                       R"((/[^\s'"`<>()\[\],;|\\]*))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString encodedId = QString::fromLatin1(QUrl::toPercentEncoding(item.taskId));
    auto matches = link.globalMatch(item.source);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString rest = match.captured(4);
        if (!rest.contains(item.taskId) && !rest.contains(encodedId, Qt::CaseInsensitive))
            continue;
        const QString scheme =
            match.captured(1).isEmpty() ? QStringLiteral("https") : match.captured(1).toLower();
        QUrl origin;
        origin.setScheme(scheme);
        origin.setHost(match.captured(2));
        if (!match.captured(3).isEmpty())
            origin.setPort(match.captured(3).toInt());
        if (origin.isValid())
            return origin;
    }
    return {};
}

std::optional<Platform> PasteAccountResolver::platformOfHost(const QString &host)
{
    if (isHostOrSubdomainOf(host, QLatin1String("feishu.cn")))
        return Platform::Feishu;
    if (isHostOrSubdomainOf(host, QLatin1String("larksuite.com")))
        return Platform::Lark;
    if (isHostOrSubdomainOf(host, QLatin1String("dingtalk.com")) ||
        isHostOrSubdomainOf(host, QLatin1String("dingtalk.io")))
        return Platform::DingTalk;
    return std::nullopt;
}
