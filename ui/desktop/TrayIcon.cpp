#include "ui/desktop/TrayIcon.h"

#include "models/watchlist/TaskCounts.h"
#include "ui/TaskStateIcons.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace {

// The application's icon with the state in a small disc at its lower right; nothing watched
// shows the plain icon. Drawn at the sizes trays ask for, each at double density too.
QIcon badgedIcon(TaskState state)
{
    const QIcon application(QStringLiteral(":/icons/taskmonitor.svg"));
    if (state == TaskState::Pending)
        return application;
    const QPalette palette = QGuiApplication::palette();
    const QIcon badge = TaskStateIcons::icon(state, palette);
    QIcon badged;
    for (const int side : {16, 22, 24, 32, 48, 64}) {
        for (const qreal ratio : {1.0, 2.0}) {
            QPixmap pixmap(application.pixmap(QSize(side, side), ratio));
            pixmap.setDevicePixelRatio(ratio);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const qreal disc = side * 0.58;
            const QRectF discRect(side - disc, side - disc, disc, disc);
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette.color(QPalette::Base));
            painter.drawEllipse(discRect);
            const qreal inset = disc * 0.14;
            badge.paint(&painter, discRect.adjusted(inset, inset, -inset, -inset).toAlignedRect());
            painter.end();
            badged.addPixmap(pixmap);
        }
    }
    return badged;
}

} // namespace

TrayIcon::TrayIcon(QAction *pause, QAction *quit, QObject *parent)
    : QSystemTrayIcon(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_show(new QAction(tr("&Show Task Monitor"), this))
{
    m_menu->setAccessibleName(tr("Task Monitor tray menu"));
    m_menu->addAction(m_show);
    m_menu->addSeparator();
    m_menu->addAction(pause);
    m_menu->addSeparator();
    m_menu->addAction(quit);
    setContextMenu(m_menu.get());
    connect(m_show, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            emit showWindowRequested();
    });
    update(TaskCounts{});
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::showWhereTrayExists()
{
    if (!isSystemTrayAvailable())
        return false;
    show();
    return true;
}

bool TrayIcon::keepsWatchingWhenWindowCloses() const
{
    return isSystemTrayAvailable() && isVisible();
}

void TrayIcon::update(const TaskCounts &counts)
{
    //: Tray tool tip: the application's name, then the counts
    const QString tip = tr("Task Monitor\n%1").arg(summaryText(counts));
    // The window refreshes every second; the tray host is told only of real changes.
    if (tip != toolTip())
        setToolTip(tip);
    TaskState shown = TaskState::Pending;
    if (counts.needingAttention() > 0)
        shown = TaskState::Failed;
    else if (counts.unfinished() > 0)
        shown = TaskState::Running;
    else if (counts.total > 0)
        shown = TaskState::Succeeded;
    if (shown != m_shownState || icon().isNull()) {
        m_shownState = shown;
        setIcon(badgedIcon(shown));
    }
}

TaskState TrayIcon::shownState() const
{
    return m_shownState;
}

QString TrayIcon::summaryText(const TaskCounts &counts)
{
    if (counts.total == 0)
        return tr("Nothing watched");
    QStringList parts;
    if (counts.unfinished() > 0)
        parts << tr("%n running", nullptr, counts.unfinished());
    const int failed = counts.state(TaskState::Failed) + counts.state(TaskState::PartiallyFailed);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    const int errors = counts.state(TaskState::Error) + counts.state(TaskState::NotFound);
    if (errors > 0)
        parts << tr("%n with errors", nullptr, errors);
    if (parts.isEmpty())
        return tr("All %n task(s) ended", nullptr, counts.total);
    return parts.join(QStringLiteral(", "));
}
