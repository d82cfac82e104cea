#include "models/preferences/Preferences.h"

#include "models/preferences/PreferenceDefaults.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QStringDecoder>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace {

const QString shortestIntervalName = QStringLiteral("checks/shortestIntervalMs");
const QString longestIntervalName = QStringLiteral("checks/longestIntervalMs");
const QString startPausedName = QStringLiteral("checks/startPaused");
const QString budgetsGroup = QStringLiteral("budgets");
const QString notificationsName = QStringLiteral("notifications/enabled");
const QString languageName = QStringLiteral("interface/language");
const QString csvBomName = QStringLiteral("export/csvByteOrderMark");
const QString csvDelimiterName = QStringLiteral("export/csvDelimiter");
const QString lastExportFolderName = QStringLiteral("export/lastFolder");
const QString secretsInFileName = QStringLiteral("secrets/inFile");
const QString geometryName = QStringLiteral("window/geometry");
const QString windowStateName = QStringLiteral("window/state");
const QString headerStateName = QStringLiteral("window/taskTableHeader");
const QString splitterStateName = QStringLiteral("window/splitter");
const QString detailPaneName = QStringLiteral("window/detailPaneVisible");
const QString secondarySortName = QStringLiteral("window/secondarySortColumn");

Q_LOGGING_CATEGORY(lcPreferences, "taskmonitor.preferences", QtInfoMsg)

std::unique_ptr<QSettings> openSettings(bool defaultLocation, const QString &path)
{
    if (defaultLocation)
        return std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("TaskMonitor"),
                                           QStringLiteral("TaskMonitor"));
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

// An account id may hold '/' or '\', which QSettings reads as groups.
QString budgetName(const QString &accountId)
{
    return budgetsGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(accountId));
}

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
    , m_settings(openSettings(true, {}))
{
    setAsideIfDamaged(true);
}

Preferences::Preferences(const QString &settingsFilePath, QObject *parent)
    : QObject(parent)
    , m_settings(openSettings(false, settingsFilePath))
{
    setAsideIfDamaged(false);
}

bool Preferences::isReadableText(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return true;
    // Settings are a few kilobytes; anything this large was not written by the app.
    constexpr qint64 kLargestSettingsFile = 16 * 1024 * 1024;
    if (file.size() > kLargestSettingsFile || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r')
            return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)QString(utf8(bytes));
    return !utf8.hasError();
}

void Preferences::setAsideIfDamaged(bool defaultLocation)
{
    // QSettings reads past most damage without a word; text that is not text is damage too.
    const QString path = m_settings->fileName();
    if (m_settings->status() != QSettings::FormatError && isReadableText(path))
        return;
    m_settings.reset();
    const QString aside =
        path + QStringLiteral(".damaged-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (QFile::rename(path, aside)) {
        m_setAsideFilePath = aside;
        m_setAsideMessage =
            tr("The settings file %1 could not be read. It was set aside as %2 "
               "and Task Monitor started with default settings.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside));
    } else {
        m_setAsideMessage = tr("The settings file %1 could not be read, nor set aside. Task "
                               "Monitor uses default settings for the values it cannot read.")
                                .arg(QDir::toNativeSeparators(path));
    }
    qCWarning(lcPreferences).noquote() << m_setAsideMessage;
    m_settings = openSettings(defaultLocation, path);
}

Preferences::~Preferences() = default;

QVariant Preferences::stored(const QString &name) const
{
    return m_settings->value(name);
}

bool Preferences::readBool(const QString &name, bool fallback) const
{
    const QVariant value = stored(name);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    // INI files hold text; QVariant::toBool() would call any non-empty word true.
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"1")
            return true;
        if (text == u"false" || text == u"0")
            return false;
    }
    return fallback;
}

int Preferences::readInt(const QString &name, int minimum, int maximum, int fallback) const
{
    const QVariant value = stored(name);
    bool isNumber = false;
    int number = 0;
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong ||
        value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::ULongLong) {
        const qlonglong wide = value.toLongLong(&isNumber);
        isNumber = isNumber && wide >= std::numeric_limits<int>::min() &&
                   wide <= std::numeric_limits<int>::max();
        number = int(wide);
    } else if (value.typeId() == QMetaType::QString) {
        number = value.toString().trimmed().toInt(&isNumber);
    }
    if (!isNumber || number < minimum || number > maximum)
        return fallback;
    return number;
}

QByteArray Preferences::readBytes(const QString &name) const
{
    const QVariant value = stored(name);
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : QByteArray();
}

void Preferences::writeBool(Key key, const QString &name, bool value, bool current)
{
    m_settings->setValue(name, value);
    if (value != current)
        emit changed(key);
}

void Preferences::writeBytes(Key key, const QString &name, const QByteArray &value)
{
    const bool differs = readBytes(name) != value;
    m_settings->setValue(name, value);
    if (differs)
        emit changed(key);
}

std::pair<int, int> Preferences::checkIntervals() const
{
    int shortest = readInt(shortestIntervalName, PreferenceDefaults::minimumCheckIntervalMs,
                           PreferenceDefaults::maximumCheckIntervalMs, -1);
    int longest = readInt(longestIntervalName, PreferenceDefaults::minimumCheckIntervalMs,
                          PreferenceDefaults::maximumCheckIntervalMs, -1);
    if (shortest < 0)
        shortest = PreferenceDefaults::shortestCheckIntervalMs;
    if (longest < 0)
        longest = std::max(PreferenceDefaults::longestCheckIntervalMs, shortest);
    // A pair that contradicts itself reads as the defaults, both of them.
    if (longest < shortest)
        return {PreferenceDefaults::shortestCheckIntervalMs,
                PreferenceDefaults::longestCheckIntervalMs};
    return {shortest, longest};
}

int Preferences::shortestCheckIntervalMs() const
{
    return checkIntervals().first;
}

int Preferences::longestCheckIntervalMs() const
{
    return checkIntervals().second;
}

bool Preferences::areValidCheckIntervals(int shortestMs, int longestMs)
{
    return shortestMs >= PreferenceDefaults::minimumCheckIntervalMs && longestMs >= shortestMs &&
           longestMs <= PreferenceDefaults::maximumCheckIntervalMs;
}

bool Preferences::setCheckIntervals(int shortestMs, int longestMs)
{
    if (!areValidCheckIntervals(shortestMs, longestMs))
        return false;
    const bool differs = checkIntervals() != std::pair(shortestMs, longestMs);
    m_settings->setValue(shortestIntervalName, shortestMs);
    m_settings->setValue(longestIntervalName, longestMs);
    if (differs)
        emit changed(Key::CheckIntervals);
    return true;
}

int Preferences::monthlyCallBudget(const QString &accountId) const
{
    if (accountId.isEmpty())
        return PreferenceDefaults::monthlyCallBudget;
    return readInt(budgetName(accountId), 0, std::numeric_limits<int>::max(),
                   PreferenceDefaults::monthlyCallBudget);
}

QHash<QString, int> Preferences::monthlyCallBudgets() const
{
    QHash<QString, int> budgets;
    m_settings->beginGroup(budgetsGroup);
    const QStringList names = m_settings->childKeys();
    m_settings->endGroup();
    for (const QString &name : names) {
        const QString accountId = QUrl::fromPercentEncoding(name.toLatin1());
        const int budget = monthlyCallBudget(accountId);
        if (budget > 0)
            budgets.insert(accountId, budget);
    }
    return budgets;
}

bool Preferences::setMonthlyCallBudget(const QString &accountId, int budget)
{
    if (accountId.isEmpty() || budget < 0)
        return false;
    const bool differs = monthlyCallBudget(accountId) != budget;
    if (budget == PreferenceDefaults::monthlyCallBudget)
        m_settings->remove(budgetName(accountId));
    else
        m_settings->setValue(budgetName(accountId), budget);
    if (differs) {
        emit changed(Key::MonthlyCallBudget);
        emit monthlyCallBudgetChanged(accountId);
    }
    return true;
}

bool Preferences::notificationsEnabled() const
{
    return readBool(notificationsName, PreferenceDefaults::notificationsEnabled);
}

void Preferences::setNotificationsEnabled(bool enabled)
{
    writeBool(Key::NotificationsEnabled, notificationsName, enabled, notificationsEnabled());
}

bool Preferences::startPaused() const
{
    return readBool(startPausedName, PreferenceDefaults::startPaused);
}

void Preferences::setStartPaused(bool paused)
{
    writeBool(Key::StartPaused, startPausedName, paused, startPaused());
}

QStringList Preferences::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Preferences::language() const
{
    const QVariant value = stored(languageName);
    if (value.typeId() == QMetaType::QString && supportedLanguages().contains(value.toString()))
        return value.toString();
    return PreferenceDefaults::language;
}

bool Preferences::setLanguage(const QString &language)
{
    if (!language.isEmpty() && !supportedLanguages().contains(language))
        return false;
    const bool differs = this->language() != language;
    m_settings->setValue(languageName, language);
    if (differs)
        emit changed(Key::Language);
    return true;
}

bool Preferences::csvByteOrderMark() const
{
    return readBool(csvBomName, PreferenceDefaults::csvByteOrderMark);
}

void Preferences::setCsvByteOrderMark(bool write)
{
    writeBool(Key::CsvByteOrderMark, csvBomName, write, csvByteOrderMark());
}

QString Preferences::supportedCsvDelimiters()
{
    return QStringLiteral(",;\t|");
}

QChar Preferences::csvDelimiter() const
{
    const QVariant value = stored(csvDelimiterName);
    const QString text = value.typeId() == QMetaType::QString ? value.toString() : QString();
    if (text.size() == 1 && supportedCsvDelimiters().contains(text.front()))
        return text.front();
    return PreferenceDefaults::csvDelimiter;
}

bool Preferences::setCsvDelimiter(QChar delimiter)
{
    if (!supportedCsvDelimiters().contains(delimiter))
        return false;
    const bool differs = csvDelimiter() != delimiter;
    m_settings->setValue(csvDelimiterName, QString(delimiter));
    if (differs)
        emit changed(Key::CsvDelimiter);
    return true;
}

QString Preferences::lastExportFolder() const
{
    const QVariant value = stored(lastExportFolderName);
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

void Preferences::setLastExportFolder(const QString &folder)
{
    const bool differs = lastExportFolder() != folder;
    m_settings->setValue(lastExportFolderName, folder);
    if (differs)
        emit changed(Key::LastExportFolder);
}

bool Preferences::secretsInFile() const
{
    return readBool(secretsInFileName, PreferenceDefaults::secretsInFile);
}

void Preferences::setSecretsInFile(bool inFile)
{
    writeBool(Key::SecretsInFile, secretsInFileName, inFile, secretsInFile());
}

QByteArray Preferences::mainWindowGeometry() const
{
    return readBytes(geometryName);
}

void Preferences::setMainWindowGeometry(const QByteArray &geometry)
{
    writeBytes(Key::MainWindowGeometry, geometryName, geometry);
}

QByteArray Preferences::mainWindowState() const
{
    return readBytes(windowStateName);
}

void Preferences::setMainWindowState(const QByteArray &state)
{
    writeBytes(Key::MainWindowState, windowStateName, state);
}

QByteArray Preferences::taskTableHeaderState() const
{
    return readBytes(headerStateName);
}

void Preferences::setTaskTableHeaderState(const QByteArray &state)
{
    writeBytes(Key::TaskTableHeaderState, headerStateName, state);
}

QByteArray Preferences::splitterState() const
{
    return readBytes(splitterStateName);
}

void Preferences::setSplitterState(const QByteArray &state)
{
    writeBytes(Key::SplitterState, splitterStateName, state);
}

bool Preferences::detailPaneVisible() const
{
    return readBool(detailPaneName, PreferenceDefaults::detailPaneVisible);
}

void Preferences::setDetailPaneVisible(bool visible)
{
    writeBool(Key::DetailPaneVisible, detailPaneName, visible, detailPaneVisible());
}

int Preferences::taskTableSecondarySortColumn() const
{
    return readInt(secondarySortName, -1, 255, -1);
}

void Preferences::setTaskTableSecondarySortColumn(int column)
{
    const int current = taskTableSecondarySortColumn();
    m_settings->setValue(secondarySortName, std::clamp(column, -1, 255));
    if (current != taskTableSecondarySortColumn())
        emit changed(Key::TaskTableSecondarySort);
}

bool Preferences::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString Preferences::fileName() const
{
    return m_settings->fileName();
}
