#pragma once

#include <QByteArray>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

// The platform's last answer for the task, pretty-printed, with every token and secret removed
// (those in credential fields, credential-shaped text and the ones the session holds).
class RawAnswerTab final : public QWidget
{
    Q_OBJECT

public:
    explicit RawAnswerTab(QWidget *parent = nullptr);

    // secrets: what the session holds, removed wherever it appears.
    void setBody(const QByteArray &body, const QStringList &secrets);
    void clear();

    QString shownText() const;
    QPlainTextEdit *textView() const { return m_text; }

private:
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_note = nullptr;
};
