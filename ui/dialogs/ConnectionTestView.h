#pragma once

#include "app/engine/AccountTestResult.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

// The outcome of "Test connection": success, or the platform's exact error (code, message,
// request id to quote to support, and the hint what to do).
class ConnectionTestView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionTestView(QWidget *parent = nullptr);

    void showRunning();
    void showResult(const AccountTestResult &result, const QString &platformName);
    void clear();

    QString headline() const;
    QString code() const;
    QString message() const;
    QString requestId() const;
    QString hint() const;

private:
    void setDetailsVisible(bool visible);

    QLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QFormLayout *m_details = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_requestId = nullptr;
    QLabel *m_hint = nullptr;
};
