#include "models/persistence/IsoTime.h"

#include <QDate>

namespace {

constexpr qint64 kMsPerDay = 86'400'000;

// Howard Hinnant's days_from_civil / civil_from_days: the proleptic Gregorian calendar,
// day 0 = 1970-01-01.
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void civilFromDays(qint64 days, qint64 &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = yearOfEra + era * 400 + (month <= 2);
}

char *digits(char *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

// The number in text[from, from + width), or -1 when those are not all digits.
int number(const QString &text, int from, int width)
{
    int value = 0;
    for (int i = from; i < from + width; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QByteArray IsoTime::format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const qint64 ms = time.toMSecsSinceEpoch();
    qint64 days = ms / kMsPerDay;
    qint64 msOfDay = ms % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (year < 0 || year > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();

    QByteArray text(24, Qt::Uninitialized);
    char *out = text.data();
    out = digits(out, year, 4);
    *out++ = '-';
    out = digits(out, month, 2);
    *out++ = '-';
    out = digits(out, day, 2);
    *out++ = 'T';
    out = digits(out, msOfDay / 3'600'000, 2);
    *out++ = ':';
    out = digits(out, msOfDay / 60'000 % 60, 2);
    *out++ = ':';
    out = digits(out, msOfDay / 1000 % 60, 2);
    *out++ = '.';
    out = digits(out, msOfDay % 1000, 3);
    *out = 'Z';
    return text;
}

QDateTime IsoTime::parse(const QString &text)
{
    const auto at = [&text](int index, char16_t c) { return text.at(index).unicode() == c; };
    if (text.size() == 24 && at(4, u'-') && at(7, u'-') && at(10, u'T') && at(13, u':') &&
        at(16, u':') && at(19, u'.') && at(23, u'Z')) {
        const int year = number(text, 0, 4);
        const int month = number(text, 5, 2);
        const int day = number(text, 8, 2);
        const int hour = number(text, 11, 2);
        const int minute = number(text, 14, 2);
        const int second = number(text, 17, 2);
        const int ms = number(text, 20, 3);
        if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && hour < 24 && minute >= 0 &&
            minute < 60 && second >= 0 && second < 60 && ms >= 0 &&
            QDate::isValid(year, month, day)) {
            const qint64 msOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + ms;
            return QDateTime::fromMSecsSinceEpoch(
                daysFromCivil(year, month, day) * kMsPerDay + msOfDay, Qt::UTC);
        }
        return {};
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}
