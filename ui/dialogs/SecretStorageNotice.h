#pragma once

#include <QWidget>

class Preferences;
class QCheckBox;
class QLabel;
class SecretVault;

// Where account secrets go, said plainly: the keychain, or — when there is none — this session
// only, with the explicit choice of a file readable only by the user. The file is used only once
// that box is ticked. Without a vault (demo mode) secrets live for the session.
class SecretStorageNotice final : public QWidget
{
    Q_OBJECT

public:
    SecretStorageNotice(SecretVault *vault, Preferences &preferences, QWidget *parent = nullptr);

    // One sentence on where a secret saved now is kept.
    QString storageSentence() const;
    QCheckBox *fileChoice() const { return m_fileChoice; }
    QString message() const;

signals:
    void storageChanged();

private:
    void refresh();
    void chooseFile(bool useFile);

    SecretVault *m_vault;
    Preferences &m_preferences;
    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QCheckBox *m_fileChoice = nullptr;
    QString m_fileProblem;
};
