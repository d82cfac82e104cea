#include "ui/detail/RawAnswerTab.h"

#include "models/domain/OffThreadRelease.h"
#include "models/paste/RawBodyRedactor.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <utility>

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

RawAnswerTab::Shown RawAnswerTab::redacted(const QByteArray &body, const QStringList &secrets)
{
    RawBodyRedactor redactor;
    for (const QString &secret : secrets)
        redactor.addSecret(secret);
    Shown shown{redactor.redact(body, kLongestShown), false};
    if (shown.text.size() > kLongestShown) {
        shown.cut = true;
        // End on a whole line, so the view does not stop in the middle of a value.
        const qsizetype lineEnd = shown.text.lastIndexOf(QLatin1Char('\n'), kLongestShown);
        shown.text.truncate(lineEnd > kLongestShown / 2 ? lineEnd : kLongestShown);
    }
    return shown;
}

void RawAnswerTab::setBody(const QByteArray &body, const QStringList &secrets,
                           std::function<void()> shown)
{
    if (body.isEmpty()) {
        clear();
        if (shown)
            shown();
        return;
    }
    if (body == m_body && !m_worker) {
        if (shown)
            shown();
        return;
    }
    delete m_worker; // a large answer still being prepared is not wanted any more
    m_worker = nullptr;
    // The answer shown before may be megabytes: freeing it here waited for the allocator.
    OffThreadRelease::release(std::exchange(m_body, body));
    if (body.size() < kWorkerRedactedBytes) {
        show(redacted(body, secrets), body.size());
        if (shown)
            shown();
        return;
    }
    m_note->setText(
        tr("Reading the last answer (%1)…").arg(QLocale().formattedDataSize(body.size())));
    m_text->clear();
    m_worker = new QFutureWatcher<Shown>(this);
    connect(m_worker, &QFutureWatcherBase::finished, this,
            [this, watcher = m_worker, size = body.size(), shown = std::move(shown)] {
                if (watcher != m_worker)
                    return;
                m_worker = nullptr;
                watcher->deleteLater();
                // Taken out of the future, so that the text is not also freed with the watcher.
                show(watcher->future().takeResult(), size);
                if (shown)
                    shown();
            });
    m_worker->setFuture(QtConcurrent::run(&RawAnswerTab::redacted, body, secrets));
}

void RawAnswerTab::show(Shown shown, qsizetype bodySize)
{
    releasePending();
    // Laying out the text is most of the cost: a hidden tab keeps it until it is shown.
    if (isVisible()) {
        m_text->setPlainText(shown.text);
        OffThreadRelease::release(std::move(shown.text)); // the view holds a copy
    } else {
        m_pending = std::move(shown.text);
    }
    const QString size = QLocale().formattedDataSize(bodySize);
    m_note->setText(
        shown.cut
            ? tr("The start of the last answer (%1), tokens and secrets shown as ***.").arg(size)
            : tr("The last answer (%1), tokens and secrets shown as ***.").arg(size));
}

void RawAnswerTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending) {
        m_text->setPlainText(*m_pending);
        releasePending();
    }
}

void RawAnswerTab::clear()
{
    delete m_worker;
    m_worker = nullptr;
    releasePending();
    OffThreadRelease::release(std::exchange(m_body, {}));
    m_text->clear();
    m_note->setText(tr("No answer stored for this task yet."));
}

void RawAnswerTab::releasePending()
{
    if (m_pending)
        OffThreadRelease::release(*std::exchange(m_pending, std::nullopt));
}

QString RawAnswerTab::shownText() const
{
    return m_pending ? *m_pending : m_text->toPlainText();
}
