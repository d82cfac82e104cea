#pragma once

#include <QChar>
#include <QDialog>
#include <QHash>
#include <QString>

class CallBudgetTable;
class Engine;
class Preferences;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

// Settings: check intervals, monthly call budgets, notifications, start paused, language and
// the CSV defaults. Nothing changes until Apply or OK; intervals and budgets reach the running
// engine at once, and everything is kept in Preferences. The language is read at start-up, so
// the dialog says that a new one shows after a restart.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // What the controls hold, in the units Preferences keeps.
    struct Values
    {
        int shortestCheckIntervalMs = 0;
        int longestCheckIntervalMs = 0;
        QHash<QString, int> budgets; // by account id, 0 is none
        bool notificationsEnabled = false;
        bool startPaused = false;
        QString language; // "" follows the system
        bool csvByteOrderMark = false;
        QChar csvDelimiter;

        friend bool operator==(const Values &, const Values &) = default;
    };

    SettingsDialog(Engine &engine, Preferences &preferences, QWidget *parent = nullptr);

    Values values() const;
    // The controls show what is stored; Apply then has nothing to do.
    void load();
    // Shows the defaults without applying them.
    void restoreDefaults();
    // Stores what the controls show and hands intervals and budgets to the engine. False, with
    // nothing changed, while the intervals contradict each other.
    bool apply();
    bool isModified() const;
    bool areIntervalsValid() const;
    // A short sentence under the language choice: when a new language shows.
    QString languageNote() const;

    void accept() override;

private:
    void buildWidgets();
    void buildLayout();
    void nameWidgets();
    void showValues(const Values &values);
    void refreshButtons();
    Values storedValues() const;
    Values defaultValues() const;

    Engine &m_engine;
    Preferences &m_preferences;
    QSpinBox *m_shortest = nullptr;
    QSpinBox *m_longest = nullptr;
    QLabel *m_intervalProblem = nullptr;
    CallBudgetTable *m_budgets = nullptr;
    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_startPaused = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QCheckBox *m_byteOrderMark = nullptr;
    QComboBox *m_delimiter = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    // The stored intervals in milliseconds: the spin boxes show whole seconds, and an
    // untouched box must not round a hand-set 1500 ms to 2 s.
    int m_loadedShortestMs = 0;
    int m_loadedLongestMs = 0;
};
