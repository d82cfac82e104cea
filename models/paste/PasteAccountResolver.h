#pragma once

#include "models/domain/Account.h"
#include "models/domain/TaskKind.h"
#include "models/paste/MissingAccount.h"
#include "models/paste/PasteItem.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Chooses the account a pasted task is watched through. Tokens never cross hosts, so a link
// decides first: the one account at the link's host; otherwise the only account of the
// platform (the link's platform when its host is a platform's, else the kind's family);
// otherwise nobody, and the user chooses.
class PasteAccountResolver final
{
public:
    PasteAccountResolver() = default;
    explicit PasteAccountResolver(QList<Account> accounts);

    const QList<Account> &accounts() const { return m_accounts; }
    const Account *account(const QString &accountId) const;

    // The accounts that could watch the task, in the order they were given.
    QStringList candidates(TaskKind kind, const QUrl &linkOrigin) const;
    bool accepts(const QString &accountId, TaskKind kind, const QUrl &linkOrigin) const;
    // Empty when the user has to choose.
    QString defaultAccount(TaskKind kind, const QUrl &linkOrigin) const;
    // The account to create for a task that has none: when no account could watch it, or when
    // it links to a host that no account uses and no single account was chosen for it.
    std::optional<MissingAccount> missingAccount(TaskKind kind, const QUrl &linkOrigin) const;

    // scheme://host[:port] of the link the item was found in, if its source holds one that
    // names the item's task; invalid otherwise.
    static QUrl linkOrigin(const PasteItem &item);
    // Feishu, Lark or DingTalk for their own hosts; nothing for any other host.
    static std::optional<Platform> platformOfHost(const QString &host);

private:
    QStringList accountsAtHost(const QStringList &candidates, const QUrl &linkOrigin) const;

    QList<Account> m_accounts;
};
