#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// QJsonObject keeps its keys sorted, but a sub-task row must show the platform's field order. This
// scanner reads the key order of the objects in one array of an already validated document.
//
// `path` names the array by object keys from the root (e.g. {"data", "task_info"}); when a key
// occurs twice the last occurrence counts, as in QJsonDocument. Returns one key list per array
// element (empty for elements that are not objects; duplicate keys listed once, at their first
// position). Returns an empty list when the path is absent or the text is not as expected.
QList<QStringList> arrayElementKeyOrders(const QByteArray &json, const QStringList &path);
