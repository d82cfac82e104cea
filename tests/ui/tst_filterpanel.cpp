#include "models/watchlist/TaskCounts.h"
#include "ui/filter/FilterPanel.h"

#include <QTest>
#include <QTreeWidget>

// New counts repaint the filter entries whose text changed, not the whole list: they arrive up
// to ten times a second while tasks run.
class tst_FilterPanel final : public QObject
{
    Q_OBJECT

private slots:
    void countsRepaintOnlyWhatChanged_data();
    void countsRepaintOnlyWhatChanged();
};

namespace {

// The heights of the areas a widget paints.
class PaintHeights final : public QObject
{
public:
    QList<int> heights;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            heights.append(static_cast<QPaintEvent *>(event)->region().boundingRect().height());
        return QObject::eventFilter(watched, event);
    }
};

TaskCounts countsOf(int running, int succeeded, int acme)
{
    TaskCounts counts;
    counts.byState[std::size_t(TaskState::Running)] = running;
    counts.byState[std::size_t(TaskState::Succeeded)] = succeeded;
    counts.byKind[std::size_t(TaskKind::FeishuContact)] = running + succeeded;
    counts.byAccount.insert(QStringLiteral("acme"), acme);
    counts.byAccount.insert(QStringLiteral("globex"), running + succeeded - acme);
    counts.total = running + succeeded;
    return counts;
}

} // namespace

void tst_FilterPanel::countsRepaintOnlyWhatChanged_data()
{
    // The counts after 5 running, 3 succeeded, 4 of them Acme's.
    QTest::addColumn<int>("running");
    QTest::addColumn<int>("succeeded");
    QTest::addColumn<int>("acme");
    QTest::addColumn<bool>("repaints");
    QTest::newRow("the same counts") << 5 << 3 << 4 << false;
    QTest::newRow("a task finished") << 4 << 4 << 4 << true;
    QTest::newRow("an account's count") << 5 << 3 << 3 << true;
}

void tst_FilterPanel::countsRepaintOnlyWhatChanged()
{
    QFETCH(int, running);
    QFETCH(int, succeeded);
    QFETCH(int, acme);
    QFETCH(bool, repaints);
    const QHash<QString, QString> names{{QStringLiteral("acme"), QStringLiteral("Acme")},
                                        {QStringLiteral("globex"), QStringLiteral("Globex")}};
    FilterPanel panel;
    panel.resize(260, 640);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setCounts(countsOf(5, 3, 4), names);
    QTest::qWait(100);

    PaintHeights painted;
    QWidget *list = panel.tree()->viewport();
    list->installEventFilter(&painted);
    panel.setCounts(countsOf(running, succeeded, acme), names);
    QTest::qWait(100);
    list->removeEventFilter(&painted);

    if (!repaints) {
        QVERIFY2(painted.heights.isEmpty(), qPrintable(QString::number(painted.heights.size())));
        return;
    }
    QVERIFY(!painted.heights.isEmpty());
    const int rowHeight = panel.tree()->visualItemRect(panel.tree()->topLevelItem(0)).height();
    // Two entries at most changed; a whole list is over twenty rows.
    for (const int height : std::as_const(painted.heights))
        QVERIFY2(height <= 6 * rowHeight,
                 qPrintable(QStringLiteral("%1 px, rows of %2 px").arg(height).arg(rowHeight)));
}

QTEST_MAIN(tst_FilterPanel)
#include "tst_filterpanel.moc"
