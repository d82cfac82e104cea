#include "ui/TaskStateColors.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

#include <cmath>

// State colours stay readable on light and dark palettes.
class tst_TaskStateColors final : public QObject
{
    Q_OBJECT

private slots:
    void readableOnBothThemes_data();
    void readableOnBothThemes();
    void runningUsesThePalette();
};

namespace {

QPalette palette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, dark ? QColor(30, 30, 30) : QColor(245, 245, 245));
    p.setColor(QPalette::Base, dark ? QColor(20, 20, 20) : QColor(255, 255, 255));
    p.setColor(QPalette::Text, dark ? QColor(230, 230, 230) : QColor(20, 20, 20));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    return p;
}

double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

void tst_TaskStateColors::readableOnBothThemes_data()
{
    QTest::addColumn<TaskState>("state");
    QTest::addColumn<bool>("dark");
    for (TaskState state : {TaskState::Failed, TaskState::PartiallyFailed, TaskState::Succeeded,
                            TaskState::Error, TaskState::NotFound}) {
        for (bool dark : {false, true}) {
            QTest::newRow(qPrintable(TaskStates::id(state) +
                                     (dark ? QStringLiteral(" dark") : QStringLiteral(" light"))))
                << state << dark;
        }
    }
}

void tst_TaskStateColors::readableOnBothThemes()
{
    QFETCH(TaskState, state);
    QFETCH(bool, dark);
    const QPalette p = palette(dark);
    const TaskStateColors colors(p);
    // WCAG AA for normal text.
    QVERIFY2(contrast(colors.foreground(state), p.color(QPalette::Base)) >= 4.5,
             qPrintable(colors.foreground(state).name()));
}

void tst_TaskStateColors::runningUsesThePalette()
{
    const QPalette p = palette(false);
    const TaskStateColors colors(p);
    QCOMPARE(colors.foreground(TaskState::Running), p.color(QPalette::Text));
    QCOMPARE(colors.progressBar(TaskState::Running), p.color(QPalette::Highlight));
    QVERIFY(colors.progressBar(TaskState::Failed) != colors.progressBar(TaskState::Succeeded));
}

QTEST_MAIN(tst_TaskStateColors)
#include "tst_taskstatecolors.moc"
