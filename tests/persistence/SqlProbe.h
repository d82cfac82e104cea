#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

// A connection of the test's own to a watch-list file, to look at what the store wrote and to
// plant triggers that count (or refuse) its writes.
class SqlProbe final
{
public:
    explicit SqlProbe(const QString &path);
    ~SqlProbe();
    SqlProbe(const SqlProbe &) = delete;
    SqlProbe &operator=(const SqlProbe &) = delete;

    bool isOpen() const;
    // Runs one statement; false (with a warning) when it fails.
    bool exec(const QString &sql);
    // The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql, const QVariantList &bindings = {});
    qint64 count(const QString &table);

    // Counts every INSERT into `table` in a table "<table>_writes" of the file itself.
    bool countWrites(const QString &table);
    qint64 writes(const QString &table);
    void resetWrites(const QString &table);

private:
    QString m_name;
};
