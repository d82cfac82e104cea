#include "SqlProbe.h"

#include <QSqlError>
#include <QSqlQuery>

SqlProbe::SqlProbe(const QString &path)
{
    static int counter = 0;
    m_name = QStringLiteral("sql-probe-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        qWarning("SqlProbe: %s", qPrintable(db.lastError().text()));
}

SqlProbe::~SqlProbe()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlProbe::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

bool SqlProbe::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (query.exec(sql))
        return true;
    qWarning("SqlProbe: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

QVariant SqlProbe::value(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.prepare(sql);
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    if (!query.exec() || !query.next()) {
        qWarning("SqlProbe: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

qint64 SqlProbe::count(const QString &table)
{
    return value(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

bool SqlProbe::countWrites(const QString &table)
{
    return exec(QStringLiteral("CREATE TABLE %1_writes (n INTEGER)").arg(table)) &&
           exec(QStringLiteral("CREATE TRIGGER %1_counted AFTER INSERT ON %1 BEGIN "
                               "INSERT INTO %1_writes VALUES (1); END")
                    .arg(table));
}

qint64 SqlProbe::writes(const QString &table)
{
    return count(table + QStringLiteral("_writes"));
}

void SqlProbe::resetWrites(const QString &table)
{
    exec(QStringLiteral("DELETE FROM %1_writes").arg(table));
}
