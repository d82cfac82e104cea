#include "ui/dialogs/ConnectionTestView.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ConnectionTestView::ConnectionTestView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(selectableLabel(this))
    , m_code(selectableLabel(this))
    , m_message(selectableLabel(this))
    , m_requestId(new QLineEdit(this))
    , m_hint(selectableLabel(this))
{
    m_headline->setObjectName(QStringLiteral("testHeadline"));
    m_code->setObjectName(QStringLiteral("testCode"));
    m_message->setObjectName(QStringLiteral("testMessage"));
    m_requestId->setObjectName(QStringLiteral("testRequestId"));
    m_hint->setObjectName(QStringLiteral("testHint"));
    // Read-only but focusable, so the id can be selected and copied with the keyboard too.
    m_requestId->setReadOnly(true);
    m_requestId->setFrame(false);
    m_requestId->setBackgroundRole(QPalette::Window);

    m_headline->setAccessibleName(tr("Connection test result"));
    m_code->setAccessibleName(tr("Platform code"));
    m_message->setAccessibleName(tr("Platform message"));
    m_requestId->setAccessibleName(tr("Request ID"));
    m_requestId->setAccessibleDescription(tr("Quote this id to the platform's support."));
    m_hint->setAccessibleName(tr("What to do"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);

    m_details = new QFormLayout;
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_details->addRow(tr("Code:"), m_code);
    m_details->addRow(tr("Message:"), m_message);
    m_details->addRow(tr("Request ID:"), m_requestId);
    m_details->addRow(tr("What to do:"), m_hint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(m_details);
    clear();
}

void ConnectionTestView::setDetailsVisible(bool visible)
{
    for (int row = 0; row < m_details->rowCount(); ++row)
        m_details->setRowVisible(row, visible);
}

void ConnectionTestView::clear()
{
    m_icon->clear();
    m_icon->hide();
    m_headline->clear();
    m_code->clear();
    m_message->clear();
    m_requestId->clear();
    m_hint->clear();
    setDetailsVisible(false);
}

void ConnectionTestView::showRunning()
{
    clear();
    m_headline->setText(tr("Testing the connection…"));
}

void ConnectionTestView::showResult(const AccountTestResult &result, const QString &platformName)
{
    clear();
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    if (result.ok()) {
        m_icon->setPixmap(
            style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this).pixmap(side));
        m_icon->show();
        m_headline->setText(
            result.checkedTaskId.isEmpty()
                ? tr("Connected: %1 issued an access token.").arg(platformName)
                : tr("Connected: %1 issued an access token and task %2 could be read.")
                      .arg(platformName, result.checkedTaskId));
        return;
    }
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(side));
    m_icon->show();
    const ApiError error = result.error.value_or(ApiError{});
    if (result.tokenIssued)
        m_headline->setText(tr("%1 issued an access token, but task %2 could not be read: %3")
                                .arg(platformName, result.checkedTaskId,
                                     ApiError::categoryDisplayName(error.category)));
    else
        m_headline->setText(
            tr("The connection failed: %1").arg(ApiError::categoryDisplayName(error.category)));
    const QString code = error.code.isEmpty() ? tr("none") : error.code;
    m_code->setText(error.httpStatus > 0 ? tr("%1 (HTTP %2)").arg(code).arg(error.httpStatus)
                                         : code);
    m_message->setText(error.message);
    m_requestId->setText(error.requestId);
    m_requestId->setCursorPosition(0);
    m_hint->setText(error.hint);
    setDetailsVisible(true);
    m_details->setRowVisible(m_requestId, !error.requestId.isEmpty());
    m_details->setRowVisible(m_hint, !error.hint.isEmpty());
}

QString ConnectionTestView::headline() const
{
    return m_headline->text();
}

QString ConnectionTestView::code() const
{
    return m_code->text();
}

QString ConnectionTestView::message() const
{
    return m_message->text();
}

QString ConnectionTestView::requestId() const
{
    return m_requestId->text();
}

QString ConnectionTestView::hint() const
{
    return m_hint->text();
}
