#include "ui/detail/RawAnswerTab.h"

#include "models/paste/RawBodyRedactor.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

constexpr qsizetype kLongestShown = 2 * 1024 * 1024;

} // namespace

RawAnswerTab::RawAnswerTab(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Last answer"));
    m_text->setAccessibleDescription(
        tr("The platform's last answer for this task, with tokens and secrets removed"));
    m_note->setBuddy(m_text);
    layout->addWidget(m_text, 1);
    clear();
}

void RawAnswerTab::setBody(const QByteArray &body, const QStringList &secrets)
{
    if (body.isEmpty()) {
        clear();
        return;
    }
    RawBodyRedactor redactor;
    for (const QString &secret : secrets)
        redactor.addSecret(secret);
    QString text = redactor.redact(body);
    const bool cut = text.size() > kLongestShown;
    // A multi-megabyte answer would freeze the text view; its start says what it is.
    if (cut)
        text.truncate(kLongestShown);
    m_text->setPlainText(text);
    const QString size = QLocale().formattedDataSize(body.size());
    m_note->setText(
        cut ? tr("The start of the last answer (%1), tokens and secrets shown as ***.").arg(size)
            : tr("The last answer (%1), tokens and secrets shown as ***.").arg(size));
}

void RawAnswerTab::clear()
{
    m_text->clear();
    m_note->setText(tr("No answer stored for this task yet."));
}

QString RawAnswerTab::shownText() const
{
    return m_text->toPlainText();
}
