#pragma once

#include "models/persistence/WatchListData.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class Clock;

// Files for the store tests: read and write them whole, list a folder, save a list the way
// the app would have before it stopped.
namespace StoreTestFiles {

QByteArray readAll(const QString &path);
bool writeAll(const QString &path, const QByteArray &bytes);
QStringList entries(const QString &dir);
// Saves data through a store of its own; the file's bytes, or empty when the save failed.
QByteArray saveWith(const QString &path, const WatchListData &data, const Clock *clock = nullptr);

} // namespace StoreTestFiles
