#include "app/secrets/FileSecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

const QString formatName = QStringLiteral("taskmonitor-secrets");
constexpr int formatVersion = 1;

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions othersMask = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

FileSecretStore::FileSecretStore(QObject *parent)
    : FileSecretStore(defaultFilePath(), parent)
{}

FileSecretStore::FileSecretStore(QString filePath, QObject *parent)
    : SecretStore(parent)
    , m_filePath(std::move(filePath))
{}

QString FileSecretStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/secrets.json");
}

SecretResult FileSecretStore::damaged(const QString &reason) const
{
    return SecretResult::withMessage(
        SecretResult::Status::Failed,
        tr("The secrets file %1 is damaged (%2). It was left as it is: remove it, then enter "
           "the account secrets again.")
            .arg(QDir::toNativeSeparators(m_filePath), reason));
}

SecretResult FileSecretStore::load(QJsonObject *secrets) const
{
    *secrets = {};
    if (!QFileInfo::exists(m_filePath))
        return SecretResult::ok();
    if (QFile::permissions(m_filePath) & othersMask) {
        return SecretResult::withMessage(
            SecretResult::Status::Failed,
            tr("The secrets file %1 can be read or changed by other users of this computer, so "
               "it is not used. Make it readable only by you (chmod 600) or remove it.")
                .arg(QDir::toNativeSeparators(m_filePath)));
    }
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return SecretResult::withMessage(
            SecretResult::Status::Failed,
            tr("Cannot read the secrets file %1: %2")
                .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(parseError.errorString());
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName)
        return damaged(tr("not a TaskMonitor secrets file"));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version > formatVersion) {
        return SecretResult::withMessage(
            SecretResult::Status::Failed,
            tr("The secrets file %1 was written by a newer version of TaskMonitor; it was left "
               "as it is.")
                .arg(QDir::toNativeSeparators(m_filePath)));
    }
    if (version != formatVersion)
        return damaged(tr("unknown version"));
    const QJsonValue entries = root.value(QStringLiteral("secrets"));
    if (!entries.isObject())
        return damaged(tr("no list of secrets"));
    const QJsonObject entryObject = entries.toObject();
    for (auto it = entryObject.begin(); it != entryObject.end(); ++it) {
        if (!it.value().isString())
            return damaged(tr("a secret that is not text"));
    }
    *secrets = entryObject;
    return SecretResult::ok();
}

SecretResult FileSecretStore::save(const QJsonObject &secrets) const
{
    const auto cannotWrite = [this](const QString &reason) {
        return SecretResult::withMessage(SecretResult::Status::Failed,
                                         tr("Cannot write the secrets file %1: %2")
                                             .arg(QDir::toNativeSeparators(m_filePath), reason));
    };
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder))
        return cannotWrite(tr("cannot create the folder"));
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    // Before the first byte: the temporary file must never be readable by anyone else.
    if (!file.setPermissions(ownerOnly)) {
        file.cancelWriting();
        return cannotWrite(tr("cannot make it readable only by you"));
    }
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("secrets"), secrets}};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return cannotWrite(file.errorString());
    return SecretResult::ok();
}

void FileSecretStore::read(const QString &key, QObject *context, Callback done)
{
    QJsonObject secrets;
    SecretResult result = load(&secrets);
    if (result.status == SecretResult::Status::Ok) {
        const QJsonValue secret = secrets.value(key);
        result = secret.isString()
                     ? SecretResult::ok(secret.toString())
                     : SecretResult::withMessage(SecretResult::Status::NotFound,
                                                 tr("The secrets file holds no secret for this "
                                                    "account."));
    }
    answer(context, std::move(done), std::move(result));
}

void FileSecretStore::write(const QString &key, const QString &secret, QObject *context,
                            Callback done)
{
    QJsonObject secrets;
    SecretResult result = load(&secrets);
    if (result.status == SecretResult::Status::Ok) {
        secrets.insert(key, secret);
        result = save(secrets);
    }
    answer(context, std::move(done), std::move(result));
}

void FileSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    QJsonObject secrets;
    SecretResult result = load(&secrets);
    if (result.status == SecretResult::Status::Ok && secrets.contains(key)) {
        secrets.remove(key);
        result = save(secrets);
    }
    answer(context, std::move(done), std::move(result));
}
