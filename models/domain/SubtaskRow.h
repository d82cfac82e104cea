#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

// One row of a task's result list (e.g. one user of a bulk import), with every field the
// platform sent, in the platform's order. Values are QString, qint64, double, bool or
// QStringList (for arrays of scalars); nested objects arrive as compact JSON text.
struct SubtaskRow
{
    QList<std::pair<QString, QVariant>> fields;
    bool failed = false;
    QString code;    // the row's own result code, "0" on success; empty when not given
    QString message; // the row's own result message

    QVariant value(const QString &name) const;
    bool has(const QString &name) const;
    // A value as text for tables and CSV: lists are joined with "; ".
    QString text(const QString &name) const;
    static QString toText(const QVariant &value);

    friend bool operator==(const SubtaskRow &, const SubtaskRow &) = default;
};
