#include "StoreTestFiles.h"

#include "models/persistence/WatchListStore.h"

#include <QDir>
#include <QFile>

namespace StoreTestFiles {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray saveWith(const QString &path, const WatchListData &data, const Clock *clock)
{
    WatchListStore store(path);
    store.setClock(clock);
    store.load();
    store.setSource([data] { return data; });
    if (!store.saveNow())
        return {};
    return readAll(path);
}

} // namespace StoreTestFiles
