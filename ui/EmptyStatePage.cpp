#include "ui/EmptyStatePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
    , m_addTasks(new QPushButton(tr("Add tasks…"), this))
    , m_addAccount(new QPushButton(tr("Add account…"), this))
{
    setObjectName(QStringLiteral("emptyState"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *title = new QLabel(tr("Nothing is watched yet"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Paste task ids, links or API answers here — Ctrl+V.\n"
                               "Task Monitor finds the ids among log lines, curl commands and "
                               "JSON, and watches them until they end."),
                            this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setMaximumWidth(560);
    m_addTasks->setAccessibleDescription(tr("Opens the dialog to paste task ids"));
    m_addAccount->setAccessibleDescription(
        tr("Adds a Feishu, Lark or DingTalk app whose tasks you want to watch"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addTasks);
    buttons->addWidget(m_addAccount);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    setAccessibleName(tr("No tasks are watched"));
    setAccessibleDescription(hint->text());
    setFocusPolicy(Qt::StrongFocus);
}

void EmptyStatePage::setHasAccounts(bool hasAccounts)
{
    m_addTasks->setDefault(hasAccounts);
    m_addAccount->setDefault(!hasAccounts);
}
