#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;

// The platform's last answer for the task, pretty-printed, with every token and secret removed
// (those in credential fields, credential-shaped text and the ones the session holds).
class RawAnswerTab final : public QWidget
{
    Q_OBJECT

public:
    explicit RawAnswerTab(QWidget *parent = nullptr);

    // secrets: what the session holds, removed wherever it appears. `shown` runs once the text
    // is in the view: at once for an ordinary answer; a large one is redacted on a worker
    // thread first, and a newer setBody() or clear() drops it unshown.
    void setBody(const QByteArray &body, const QStringList &secrets,
                 std::function<void()> shown = {});
    void clear();

    // The text the view holds, or will hold once the tab is shown.
    QString shownText() const;
    QPlainTextEdit *textView() const { return m_text; }

    // Answers longer than this are redacted off the GUI thread.
    static constexpr qsizetype kWorkerRedactedBytes = 256 * 1024;
    // The view holds at most this many characters: laying out more would hold the window up.
    static constexpr qsizetype kLongestShown = 100000;

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Shown
    {
        QString text;
        bool cut = false;
    };
    static Shown redacted(const QByteArray &body, const QStringList &secrets);
    void show(Shown shown, qsizetype bodySize);
    // Hands a text kept for a hidden tab to a pool thread to free.
    void releasePending();

    QPlainTextEdit *m_text = nullptr;
    QLabel *m_note = nullptr;
    QFutureWatcher<Shown> *m_worker = nullptr;
    QByteArray m_body; // what is shown (or being prepared), so an unchanged answer is not redone
    std::optional<QString> m_pending; // ready text a hidden tab has not laid out yet
};
