#include "ui/StatusSummary.h"

#include "app/engine/Engine.h"
#include "models/preferences/Preferences.h"
#include "models/watchlist/TaskCellFormatter.h"
#include "models/watchlist/TaskCounts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QUrl>

StatusSummary::StatusSummary(const Engine &engine, const Preferences &preferences, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_preferences(preferences)
    , m_counts(new QLabel(this))
    , m_schedule(new QLabel(this))
    , m_calls(new QLabel(this))
    , m_connectivity(new QLabel(this))
    , m_callsLater(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(18);
    layout->addWidget(m_counts);
    layout->addWidget(m_schedule);
    layout->addWidget(m_connectivity);
    layout->addStretch();
    layout->addWidget(m_calls);
    m_counts->setAccessibleName(tr("Task counts"));
    m_schedule->setAccessibleName(tr("Next check"));
    m_calls->setAccessibleName(tr("Calls this month"));
    m_connectivity->setAccessibleName(tr("Connection"));
    m_connectivity->hide();
    connect(&engine, &Engine::connectivityChanged, this, &StatusSummary::showConnectivity);
    m_callsLater->setSingleShot(true);
    connect(m_callsLater, &QTimer::timeout, this, &StatusSummary::showCalls);
}

void StatusSummary::showConnectivity()
{
    const QStringList offline = m_engine.offlineHosts();
    QStringList names;
    for (const QString &origin : offline)
        names << QUrl(origin).host();
    names.removeDuplicates();
    m_connectivity->setVisible(!names.isEmpty());
    //: The status bar while a platform does not answer: "Offline: open.feishu.cn"
    m_connectivity->setText(
        names.isEmpty() ? QString() : tr("Offline: %1").arg(names.join(QStringLiteral(", "))));
    m_connectivity->setToolTip(
        names.isEmpty() ? QString()
                        : tr("%1 did not answer several requests in a row. Tasks keep their last "
                             "state; the monitor tries again by itself, less often the longer "
                             "it lasts, and checks every task as soon as an answer arrives.")
                              .arg(offline.join(QStringLiteral(", "))));
}

void StatusSummary::update(const TaskCounts &counts, const QString &pauseReason)
{
    QStringList parts;
    parts << tr("%n watched", nullptr, counts.total);
    if (counts.unfinished() > 0)
        parts << tr("%n running", nullptr, counts.unfinished());
    const int failed = counts.state(TaskState::Failed) + counts.state(TaskState::PartiallyFailed);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    const int errors = counts.state(TaskState::Error) + counts.state(TaskState::NotFound);
    if (errors > 0)
        parts << tr("%n with errors", nullptr, errors);
    m_counts->setText(parts.join(QStringLiteral(" · ")));

    if (!pauseReason.isEmpty()) {
        m_schedule->setText(pauseReason);
    } else {
        const QDateTime next = m_engine.nextCheck();
        if (!next.isValid()) {
            m_schedule->setText(counts.total > 0 ? tr("Nothing to check: every task has ended")
                                                 : QString());
        } else {
            const qint64 in =
                std::max<qint64>(0, next.toMSecsSinceEpoch() - m_engine.clock().wallMsSinceEpoch());
            m_schedule->setText(
                in < 1000 ? tr("Checking now")
                          : tr("Next check in %1").arg(TaskCellFormatter::formatRemaining(in)));
        }
    }

    // The month's counts move with every answer, and each new text lays out and repaints the
    // status bar: at most once a second, the last count always shown.
    if (!m_callsShown.isValid() || m_callsShown.hasExpired(kCallsIntervalMs))
        showCalls();
    else if (!m_callsLater->isActive())
        m_callsLater->start(int(kCallsIntervalMs - m_callsShown.elapsed()));
}

void StatusSummary::showCalls()
{
    m_callsLater->stop();
    m_callsShown.start();
    const QLocale locale;
    QStringList calls;
    QStringList details;
    for (const Account &account : m_engine.accounts()) {
        const qint64 metered = m_engine.meteredCallsThisMonth(account.id);
        const int budget = m_preferences.monthlyCallBudget(account.id);
        const QString name = account.name.isEmpty() ? account.id : account.name;
        //: Calls an account spent this month, against its budget: "Acme 120 / 10,000"
        calls
            << (budget > 0
                    ? tr("%1 %2 / %3").arg(name, locale.toString(metered), locale.toString(budget))
                    : tr("%1 %2").arg(name, locale.toString(metered)));
        details << tr("%1: %2 metered calls this month, %3 in all")
                       .arg(name, locale.toString(metered),
                            locale.toString(m_engine.callsThisMonth(account.id)));
    }
    m_calls->setText(calls.isEmpty() ? QString()
                                     : tr("Calls: %1").arg(calls.join(QStringLiteral(", "))));
    m_calls->setToolTip(details.join(QLatin1Char('\n')));
}

QString StatusSummary::countsText() const
{
    return m_counts->text();
}

QString StatusSummary::scheduleText() const
{
    return m_schedule->text();
}

QString StatusSummary::connectivityText() const
{
    return m_connectivity->text();
}

QString StatusSummary::callsText() const
{
    return m_calls->text();
}
