#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

// Builds endpoint URLs with every id percent-encoded, so no id can change the path or add a
// query item. (QUrlQuery leaves '+' alone, which servers read as a space.)
namespace EndpointUrl {

QByteArray encode(const QString &value);

// `pathTemplate` is already encoded; `segments` are appended encoded, each after a '/'.
QUrl build(const QString &baseUrl, const QString &pathTemplate, const QStringList &segments = {},
           const QList<std::pair<QString, QString>> &query = {});

} // namespace EndpointUrl
