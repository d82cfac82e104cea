#pragma once

#include <QByteArray>
#include <QChar>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <utility>

class QSettings;

// The user's preferences, typed, over QSettings. Reads never trust the file: a value of the
// wrong type or out of range (a damaged or hand-edited file) reads as its default. Secrets are
// never kept here. A file that does not parse at all is set aside (renamed with a timestamp)
// at start, so that the next write does not overwrite what the user may want back.
class Preferences final : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        CheckIntervals, // shortest and longest, validated together
        MonthlyCallBudget,
        NotificationsEnabled,
        StartPaused,
        Language,
        CsvByteOrderMark,
        CsvDelimiter,
        LastExportFolder,
        SecretsInFile,
        MainWindowGeometry,
        MainWindowState,
        TaskTableHeaderState,
        SplitterState,
        DetailPaneVisible,
        TaskTableSecondarySort,
    };
    Q_ENUM(Key)

    // The user's settings of the organisation and application "TaskMonitor".
    explicit Preferences(QObject *parent = nullptr);
    // A settings file of its own (INI): demo mode and tests.
    explicit Preferences(const QString &settingsFilePath, QObject *parent = nullptr);
    ~Preferences() override;

    int shortestCheckIntervalMs() const;
    int longestCheckIntervalMs() const;
    // False, and nothing changes, unless minimum <= shortest <= longest <= maximum.
    bool setCheckIntervals(int shortestMs, int longestMs);
    static bool areValidCheckIntervals(int shortestMs, int longestMs);

    // Calls an account may spend per calendar month; 0 is no budget.
    int monthlyCallBudget(const QString &accountId) const;
    QHash<QString, int> monthlyCallBudgets() const;
    // False for a negative budget or an empty account id. 0 forgets the budget.
    bool setMonthlyCallBudget(const QString &accountId, int budget);

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    bool startPaused() const;
    void setStartPaused(bool paused);

    // "" follows the system; otherwise one of supportedLanguages().
    QString language() const;
    bool setLanguage(const QString &language);
    static QStringList supportedLanguages();

    bool csvByteOrderMark() const;
    void setCsvByteOrderMark(bool write);
    QChar csvDelimiter() const;
    bool setCsvDelimiter(QChar delimiter);
    static QString supportedCsvDelimiters();

    QString lastExportFolder() const;
    void setLastExportFolder(const QString &folder);

    // The user chose to keep secrets in a file readable only by them instead of the keychain.
    bool secretsInFile() const;
    void setSecretsInFile(bool inFile);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray taskTableHeaderState() const;
    void setTaskTableHeaderState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    bool detailPaneVisible() const;
    void setDetailPaneVisible(bool visible);
    // The column that breaks ties in the task table's sort; -1 for none.
    int taskTableSecondarySortColumn() const;
    void setTaskTableSecondarySortColumn(int column);

    // The file set aside at start because it could not be parsed ("" when none was), and the
    // sentence that tells the user so.
    QString setAsideFilePath() const { return m_setAsideFilePath; }
    QString setAsideMessage() const { return m_setAsideMessage; }

    // Writes pending changes; false when the settings file cannot be written.
    bool sync();
    QString fileName() const;

signals:
    void changed(Preferences::Key key);
    // Also announced as changed(Key::MonthlyCallBudget).
    void monthlyCallBudgetChanged(const QString &accountId);

private:
    void setAsideIfDamaged(bool defaultLocation);
    static bool isReadableText(const QString &path);
    std::pair<int, int> checkIntervals() const;
    QVariant stored(const QString &name) const;
    bool readBool(const QString &name, bool fallback) const;
    int readInt(const QString &name, int minimum, int maximum, int fallback) const;
    QByteArray readBytes(const QString &name) const;
    void writeBool(Key key, const QString &name, bool value, bool current);
    void writeBytes(Key key, const QString &name, const QByteArray &value);

    std::unique_ptr<QSettings> m_settings;
    QString m_setAsideFilePath;
    QString m_setAsideMessage;
};
