#pragma once

#include "models/domain/ReportSubmission.h"
#include "models/domain/SubtaskRow.h"
#include "models/domain/TaskHistory.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

// The compact binary forms of the values the watch-list tables keep in one column: a sub-task
// row's ordered fields, string lists, form contents and history samples. QDataStream primitives
// with a pinned version and a tag per value, so a file reads the same whatever Qt writes it. A blob
// that cannot be decoded yields nullopt: the caller treats the row as damaged rather than guessing.
namespace WatchListCodec {

QByteArray encodeFields(const QList<std::pair<QString, QVariant>> &fields);
std::optional<QList<std::pair<QString, QVariant>>> decodeFields(const QByteArray &blob);

// Null for an empty list, so that empty lists cost nothing on disk.
QByteArray encodeStrings(const QStringList &strings);
std::optional<QStringList> decodeStrings(const QByteArray &blob);

QByteArray encodeFormContents(const QList<ReportFormField> &fields);
std::optional<QList<ReportFormField>> decodeFormContents(const QByteArray &blob);

QByteArray encodeHistory(const QList<HistorySample> &samples);
std::optional<QList<HistorySample>> decodeHistory(const QByteArray &blob);

// A stable 64-bit digest (FNV-1a) of encoded bytes: the same on every run and every machine,
// unlike qHash, so a digest written by one run still matches in the next.
qint64 digest(const QByteArray &bytes, qint64 seed = 0);

} // namespace WatchListCodec
