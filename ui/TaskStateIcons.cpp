#include "ui/TaskStateIcons.h"

#include "ui/TaskStateColors.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QPixmap draw(TaskState state, const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal pen = std::max<qreal>(1.5, s / 8);
    painter.setPen(QPen(color, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QRectF box(pen, pen, s - 2 * pen, s - 2 * pen);
    switch (state) {
    case TaskState::Succeeded: {
        QPainterPath check;
        check.moveTo(s * 0.18, s * 0.52);
        check.lineTo(s * 0.42, s * 0.76);
        check.lineTo(s * 0.84, s * 0.26);
        painter.drawPath(check);
        break;
    }
    case TaskState::Failed:
        painter.drawLine(QPointF(s * 0.24, s * 0.24), QPointF(s * 0.76, s * 0.76));
        painter.drawLine(QPointF(s * 0.76, s * 0.24), QPointF(s * 0.24, s * 0.76));
        break;
    case TaskState::PartiallyFailed:
        painter.drawEllipse(box);
        painter.setBrush(color);
        painter.drawPie(box, 90 * 16, 180 * 16);
        break;
    case TaskState::Running:
        painter.drawArc(box, 90 * 16, -270 * 16);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(s / 2, pen + 0.5), pen * 0.6, pen * 0.6);
        break;
    case TaskState::Pending:
        painter.drawEllipse(box);
        painter.drawLine(QPointF(s / 2, s / 2), QPointF(s / 2, s * 0.26));
        painter.drawLine(QPointF(s / 2, s / 2), QPointF(s * 0.7, s / 2));
        break;
    case TaskState::Error: {
        QPainterPath triangle;
        triangle.moveTo(s / 2, pen);
        triangle.lineTo(s - pen, s - pen);
        triangle.lineTo(pen, s - pen);
        triangle.closeSubpath();
        painter.drawPath(triangle);
        painter.drawLine(QPointF(s / 2, s * 0.4), QPointF(s / 2, s * 0.64));
        painter.drawPoint(QPointF(s / 2, s * 0.8));
        break;
    }
    case TaskState::NotFound:
        painter.drawEllipse(QRectF(pen, pen, s * 0.6, s * 0.6));
        painter.drawLine(QPointF(s * 0.56, s * 0.56), QPointF(s - pen, s - pen));
        break;
    case TaskState::Unknown: {
        QFont font;
        font.setPixelSize(int(s * 0.9));
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    return pixmap;
}

} // namespace

QIcon TaskStateIcons::icon(TaskState state, const QPalette &palette)
{
    const QColor color = TaskStateColors(palette).foreground(state);
    // Painted for every visible state cell: drawn once per state and colour.
    static QHash<std::pair<int, QRgb>, QIcon> cache;
    // Pixmaps must go while the application still exists.
    static const bool cleanupRegistered = [] {
        qAddPostRoutine([] { cache.clear(); });
        return true;
    }();
    Q_UNUSED(cleanupRegistered);
    const std::pair<int, QRgb> key{int(state), color.rgba()};
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    QIcon result;
    for (int size : {16, 24, 32, 48})
        result.addPixmap(draw(state, color, size));
    cache.insert(key, result);
    return result;
}
