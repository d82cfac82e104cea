#include "models/domain/Clock.h"
#include "models/watchlist/FinishAnnouncer.h"
#include "models/watchlist/TaskTableModel.h"
#include "WatchlistTestData.h"

#include <QSignalSpy>
#include <QTest>

using namespace WatchlistTestData;

// What the desktop is told when tasks end: the texts of one task and of a batch, how finishes
// are gathered into batches, and that nothing is said while notifications are off.
class tst_FinishAnnouncer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void oneTaskSaysHowItEnded_data();
    void oneTaskSaysHowItEnded();
    void aBatchIsOneSummaryFailuresFirst();
    void batchesFollowTheThresholdAndTheQuiet_data();
    void batchesFollowTheThresholdAndTheQuiet();
    void aSteadyTrickleIsStillAnnouncedInTime();
    void turnedOffDropsWhatWasGathered();
    void aTaskRemovedBeforeTheAnnouncementKeepsItsName();

private:
    void finish(const QString &taskId, TaskState state, qint64 failed = 0,
                const QString &label = {});
    static QList<FinishAnnouncement> announcements(const QSignalSpy &spy);

    ManualClock m_clock;
    std::unique_ptr<TaskTableModel> m_tasks;
    std::unique_ptr<FinishAnnouncer> m_announcer;
};

void tst_FinishAnnouncer::init()
{
    m_tasks = std::make_unique<TaskTableModel>(m_clock);
    m_tasks->setAccountNames({{QStringLiteral("acme"), QStringLiteral("Acme")}});
    m_announcer = std::make_unique<FinishAnnouncer>(*m_tasks);
    connect(m_tasks.get(), &TaskTableModel::taskFinished, m_announcer.get(),
            &FinishAnnouncer::taskFinished);
}

void tst_FinishAnnouncer::finish(const QString &taskId, TaskState state, qint64 failed,
                                 const QString &label)
{
    WatchedTask watched = task(taskId);
    watched.ref.label = label;
    watched.snapshot = WatchlistTestData::finished(taskId, state, 50, 50 - failed, failed);
    QCOMPARE(m_tasks->addTasks({watched}), 1);
}

QList<FinishAnnouncement> tst_FinishAnnouncer::announcements(const QSignalSpy &spy)
{
    QList<FinishAnnouncement> result;
    for (const QList<QVariant> &arguments : spy)
        result << arguments.at(0).value<FinishAnnouncement>();
    return result;
}

void tst_FinishAnnouncer::oneTaskSaysHowItEnded_data()
{
    QTest::addColumn<TaskState>("state");
    QTest::addColumn<qint64>("failed");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("counts");
    QTest::newRow("succeeded") << TaskState::Succeeded << qint64(0) << QString()
                               << QStringLiteral("t1 succeeded") << QStringLiteral("All 50 done");
    QTest::newRow("partly failed, by its label")
        << TaskState::PartiallyFailed << qint64(7) << QStringLiteral("HR import")
        << QStringLiteral("HR import partly failed")
        << QStringLiteral("7 of 50 failed, 43 succeeded");
    QTest::newRow("failed") << TaskState::Failed << qint64(50) << QString()
                            << QStringLiteral("t1 failed")
                            << QStringLiteral("50 of 50 failed, 0 succeeded");
}

void tst_FinishAnnouncer::oneTaskSaysHowItEnded()
{
    QFETCH(TaskState, state);
    QFETCH(qint64, failed);
    QFETCH(QString, label);
    QFETCH(QString, title);
    QFETCH(QString, counts);
    QSignalSpy spy(m_announcer.get(), &FinishAnnouncer::announce);
    finish(QStringLiteral("t1"), state, failed, label);
    QCOMPARE(spy.size(), 0); // gathered first
    m_announcer->flush();
    const QList<FinishAnnouncement> said = announcements(spy);
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.first().title, title);
    QCOMPARE(said.first().body, TaskKinds::displayName(TaskKind::FeishuContact) +
                                    QStringLiteral(" · Acme\n") + counts);
    QCOMPARE(said.first().keys, QStringList{keyOf(QStringLiteral("t1"))});
    QCOMPARE(said.first().state, state);
    QVERIFY(!said.first().summary);
}

void tst_FinishAnnouncer::aBatchIsOneSummaryFailuresFirst()
{
    QSignalSpy spy(m_announcer.get(), &FinishAnnouncer::announce);
    finish(QStringLiteral("ok-1"), TaskState::Succeeded);
    finish(QStringLiteral("part-1"), TaskState::PartiallyFailed, 3);
    finish(QStringLiteral("ok-2"), TaskState::Succeeded);
    finish(QStringLiteral("fail-1"), TaskState::Failed, 50);
    finish(QStringLiteral("part-2"), TaskState::PartiallyFailed, 1);
    finish(QStringLiteral("part-3"), TaskState::PartiallyFailed, 2);
    finish(QStringLiteral("fail-2"), TaskState::Failed, 50);
    m_announcer->flush();
    const QList<FinishAnnouncement> said = announcements(spy);
    QCOMPARE(said.size(), 1);
    const FinishAnnouncement &summary = said.first();
    QVERIFY(summary.summary);
    QCOMPARE(summary.title, FinishAnnouncer::summaryTitle(2, 3, 2));
    QVERIFY(summary.title.contains(QStringLiteral("2 succeeded, 3 partly failed, 2 failed")));
    QCOMPARE(summary.state, TaskState::Failed);
    QCOMPARE(summary.keys,
             QStringList({keyOf(QStringLiteral("fail-1")), keyOf(QStringLiteral("fail-2")),
                          keyOf(QStringLiteral("part-1")), keyOf(QStringLiteral("part-2")),
                          keyOf(QStringLiteral("part-3")), keyOf(QStringLiteral("ok-1")),
                          keyOf(QStringLiteral("ok-2"))}));
    QCOMPARE(summary.body, QStringLiteral("Needs a look: fail-1, fail-2, part-1 and 2 more"));
}

void tst_FinishAnnouncer::batchesFollowTheThresholdAndTheQuiet_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QList<int>>("gapsMs"); // before each finish after the first
    QTest::addColumn<QList<int>>("sizes");  // tasks per announcement
    QTest::addColumn<QList<bool>>("summaries");
    QTest::newRow("alone") << 3 << QList<int>{} << QList<int>{1} << QList<bool>{false};
    QTest::newRow("two together, below the threshold")
        << 3 << QList<int>{0} << QList<int>{1, 1} << QList<bool>{false, false};
    QTest::newRow("three together") << 3 << QList<int>{0, 20} << QList<int>{3} << QList<bool>{true};
    QTest::newRow("two together, threshold two")
        << 2 << QList<int>{0} << QList<int>{2} << QList<bool>{true};
    QTest::newRow("three apart") << 3 << QList<int>{700, 700} << QList<int>{1, 1, 1}
                                 << QList<bool>{false, false, false};
    QTest::newRow("three together, then one apart")
        << 3 << QList<int>{0, 0, 700} << QList<int>{3, 1} << QList<bool>{true, false};
}

void tst_FinishAnnouncer::batchesFollowTheThresholdAndTheQuiet()
{
    QFETCH(int, threshold);
    QFETCH(QList<int>, gapsMs);
    QFETCH(QList<int>, sizes);
    QFETCH(QList<bool>, summaries);
    m_announcer->setGathering(200, 5000);
    m_announcer->setSummaryThreshold(threshold);
    QSignalSpy spy(m_announcer.get(), &FinishAnnouncer::announce);
    finish(QStringLiteral("t0"), TaskState::Succeeded);
    for (int i = 0; i < gapsMs.size(); ++i) {
        if (gapsMs.at(i) > 0)
            QTest::qWait(gapsMs.at(i));
        finish(QStringLiteral("t%1").arg(i + 1), TaskState::Succeeded);
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), int(sizes.size()), 3000);
    QTest::qWait(400);
    const QList<FinishAnnouncement> said = announcements(spy);
    QCOMPARE(said.size(), sizes.size());
    QStringList keys;
    for (int i = 0; i < said.size(); ++i) {
        QCOMPARE(said.at(i).keys.size(), sizes.at(i));
        QCOMPARE(said.at(i).summary, summaries.at(i));
        keys << said.at(i).keys;
    }
    QCOMPARE(keys.size(), gapsMs.size() + 1); // each task once
    keys.removeDuplicates();
    QCOMPARE(keys.size(), gapsMs.size() + 1);
}

void tst_FinishAnnouncer::aSteadyTrickleIsStillAnnouncedInTime()
{
    // Every finish comes before the quiet ends; without the longest wait nothing would be
    // said until the trickle stops.
    m_announcer->setGathering(400, 800);
    QSignalSpy spy(m_announcer.get(), &FinishAnnouncer::announce);
    QElapsedTimer elapsed;
    elapsed.start();
    int finished = 0;
    qint64 firstAnnouncedAt = -1;
    while (elapsed.elapsed() < 2500) {
        finish(QStringLiteral("t%1").arg(finished++), TaskState::Succeeded);
        QTest::qWait(100);
        if (firstAnnouncedAt < 0 && !spy.isEmpty())
            firstAnnouncedAt = elapsed.elapsed();
    }
    QVERIFY(firstAnnouncedAt > 0);
    QVERIFY2(firstAnnouncedAt < 1600, qPrintable(QString::number(firstAnnouncedAt)));
    m_announcer->flush();
    int announcedTasks = 0;
    for (const FinishAnnouncement &announcement : announcements(spy))
        announcedTasks += int(announcement.keys.size());
    QVERIFY(spy.size() >= 2);
    QCOMPARE(announcedTasks, finished);
}

void tst_FinishAnnouncer::turnedOffDropsWhatWasGathered()
{
    m_announcer->setGathering(100, 1000);
    QSignalSpy spy(m_announcer.get(), &FinishAnnouncer::announce);
    finish(QStringLiteral("gathered"), TaskState::Succeeded);
    m_announcer->setEnabled(false);
    finish(QStringLiteral("while-off"), TaskState::Failed, 50);
    QTest::qWait(300);
    m_announcer->flush();
    QCOMPARE(spy.size(), 0);

    m_announcer->setEnabled(true);
    finish(QStringLiteral("after"), TaskState::Succeeded);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(announcements(spy).first().keys, QStringList{keyOf(QStringLiteral("after"))});
}

void tst_FinishAnnouncer::aTaskRemovedBeforeTheAnnouncementKeepsItsName()
{
    QSignalSpy spy(m_announcer.get(), &FinishAnnouncer::announce);
    finish(QStringLiteral("t1"), TaskState::PartiallyFailed, 5, QStringLiteral("Payroll sync"));
    QCOMPARE(m_tasks->removeTasks({keyOf(QStringLiteral("t1"))}), 1);
    m_announcer->flush();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(announcements(spy).first().title, QStringLiteral("Payroll sync partly failed"));
    QVERIFY(announcements(spy).first().body.contains(QStringLiteral("5 of 50 failed")));
}

QTEST_MAIN(tst_FinishAnnouncer)
#include "tst_finishannouncer.moc"
