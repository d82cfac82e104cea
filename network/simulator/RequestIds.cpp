#include "RequestIds.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace {

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toHex();
}

} // namespace

QByteArray RequestIds::feishuLogId()
{
    // A sequence number keeps ids unique even when two requests share a second and random bits.
    static QAtomicInteger<quint32> sequence;
    const QByteArray stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    // 14 timestamp digits and 20 hex digits, as the live platform's log ids are.
    return stamp + randomHex(6).toUpper() +
           QByteArray::number(++sequence, 16).toUpper().rightJustified(8, '0');
}

QByteArray RequestIds::dingTalkRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toUpper();
}

QByteArray RequestIds::dingTalkTraceId()
{
    return randomHex(16);
}
