#include "ui/dialogs/SecretStorageNotice.h"

#include "app/secrets/SecretVault.h"
#include "models/preferences/Preferences.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

SecretStorageNotice::SecretStorageNotice(SecretVault *vault, Preferences &preferences,
                                         QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_preferences(preferences)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_fileChoice(new QCheckBox(SecretVault::fileChoiceLabel(), this))
{
    setObjectName(QStringLiteral("secretStorage"));
    m_message->setObjectName(QStringLiteral("secretStorageMessage"));
    m_fileChoice->setObjectName(QStringLiteral("secretsInFile"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Where secrets are kept"));
    m_fileChoice->setAccessibleName(SecretVault::fileChoiceLabel());
    m_fileChoice->setAccessibleDescription(
        tr("Keeps app secrets and tokens in a file that only your user can read, because no "
           "keychain is available. Until you tick this, secrets are kept for this session "
           "only."));

    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(m_message);
    text->addWidget(m_fileChoice);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    connect(m_fileChoice, &QCheckBox::toggled, this, &SecretStorageNotice::chooseFile);
    if (m_vault) {
        const auto changed = [this] {
            refresh();
            emit storageChanged();
        };
        connect(m_vault, &SecretVault::availabilityChanged, this, changed);
        connect(m_vault, &SecretVault::usesFileChanged, this, changed);
        connect(m_vault, &SecretVault::fileProblem, this, [this](const QString &problem) {
            m_fileProblem = problem;
            refresh();
        });
    }
    refresh();
}

QString SecretStorageNotice::message() const
{
    return m_message->text();
}

QString SecretStorageNotice::storageSentence() const
{
    if (!m_vault)
        return tr("Demo accounts: secrets are kept for this session.");
    if (m_vault->usesFile())
        return tr("Secrets are kept in a file readable only by you.");
    if (m_vault->availability().state == KeychainAvailability::State::Unavailable)
        return SecretVault::sessionOnlyExplanation();
    return tr("Secrets are kept in the system keychain.");
}

void SecretStorageNotice::refresh()
{
    const bool unavailable =
        m_vault && m_vault->availability().state == KeychainAvailability::State::Unavailable;
    const bool usesFile = m_vault && m_vault->usesFile();
    QString text = storageSentence();
    if (unavailable && !usesFile && !m_vault->availability().reason.isEmpty())
        text += QLatin1Char(' ') + tr("(%1)").arg(m_vault->availability().reason);
    if (!m_fileProblem.isEmpty())
        text += QLatin1Char('\n') + tr("The file could not be written: %1").arg(m_fileProblem);
    m_message->setText(text);
    setAccessibleDescription(text);

    const QStyle::StandardPixmap pixmap =
        unavailable && !usesFile ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(side));

    // Offered while there is no keychain, and kept visible once chosen so it can be undone.
    m_fileChoice->setVisible(unavailable || usesFile);
    const QSignalBlocker quiet(m_fileChoice);
    m_fileChoice->setChecked(usesFile);
}

void SecretStorageNotice::chooseFile(bool useFile)
{
    if (!m_vault)
        return;
    m_fileProblem.clear();
    m_preferences.setSecretsInFile(useFile);
    m_vault->setUseFile(useFile);
}
