#include "app/engine/Engine.h"
#include "models/preferences/PreferenceDefaults.h"
#include "models/preferences/Preferences.h"
#include "network/simulator/OpenPlatformSimulator.h"
#include "ui/dialogs/CallBudgetTable.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

// The Settings dialog offscreen over a real engine with two accounts on the simulator: what it
// shows, what Apply / OK / Cancel / Restore Defaults do, and that everything survives a restart.
class tst_SettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsWhatIsStored();
    void roundTripsThroughARestart_data();
    void roundTripsThroughARestart();
    void contradictoryIntervalsCannotBeApplied_data();
    void contradictoryIntervalsCannotBeApplied();
    void applyIsOnlyOfferedForAChange();
    void cancelKeepsWhatWasStored();
    void restoreDefaultsShowsThemUntilApplied();
    void untouchedIntervalsKeepTheirMilliseconds();
    void languageWaitsForARestart();
    void everyControlIsNamed();

private:
    void openEngine();
    SettingsDialog &dialog();
    template <typename T> T *control(const QString &name) { return dialog().findChild<T *>(name); }
    QPushButton *button(QDialogButtonBox::StandardButton which)
    {
        return dialog().findChild<QDialogButtonBox *>()->button(which);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenPlatformSimulator> m_simulator;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void tst_SettingsDialog::init()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_simulator = std::make_unique<OpenPlatformSimulator>();
    m_simulator->addFeishuApp(QStringLiteral("settings_app"), QStringLiteral("settings-secret"));
    QVERIFY(m_simulator->listen() != 0);
    openEngine();
}

void tst_SettingsDialog::openEngine()
{
    m_dialog.reset();
    m_engine.reset();
    m_preferences = std::make_unique<Preferences>(m_dir->filePath(QStringLiteral("settings.ini")));
    EngineOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("watchlist.sqlite"));
    options.preferences = m_preferences.get();
    m_engine = std::make_unique<Engine>(options);
    m_engine->start();
    for (const QString &id : {QStringLiteral("acme"), QStringLiteral("globex")}) {
        Account account;
        account.id = id;
        account.name = id.toUpper();
        account.platform = Platform::Feishu;
        account.baseUrl = m_simulator->baseUrl().toString();
        account.appId = QStringLiteral("settings_app");
        m_engine->setAccount(account, QStringLiteral("settings-secret"));
    }
}

void tst_SettingsDialog::cleanup()
{
    m_dialog.reset();
    m_engine.reset();
    m_preferences.reset();
    m_simulator.reset();
}

SettingsDialog &tst_SettingsDialog::dialog()
{
    if (!m_dialog) {
        m_dialog = std::make_unique<SettingsDialog>(*m_engine, *m_preferences);
        m_dialog->show();
    }
    return *m_dialog;
}

void tst_SettingsDialog::showsWhatIsStored()
{
    QVERIFY(m_preferences->setCheckIntervals(5000, 120000));
    QVERIFY(m_preferences->setMonthlyCallBudget(QStringLiteral("globex"), 3000));
    m_preferences->setNotificationsEnabled(false);
    m_preferences->setStartPaused(true);
    QVERIFY(m_preferences->setLanguage(QStringLiteral("zh_CN")));
    m_preferences->setCsvByteOrderMark(false);
    QVERIFY(m_preferences->setCsvDelimiter(u'\t'));

    QCOMPARE(control<QSpinBox>(QStringLiteral("shortestInterval"))->value(), 5);
    QCOMPARE(control<QSpinBox>(QStringLiteral("longestInterval"))->value(), 120);
    auto *budgets = control<CallBudgetTable>(QStringLiteral("budgets"));
    QCOMPARE(budgets->rowCount(), 2);
    QCOMPARE(budgets->budgetEditor(QStringLiteral("acme"))->value(), 0);
    QCOMPARE(budgets->budgetEditor(QStringLiteral("acme"))->text(), QStringLiteral("No budget"));
    QCOMPARE(budgets->budgetEditor(QStringLiteral("globex"))->value(), 3000);
    QCOMPARE(budgets->item(0, CallBudgetTable::SpentColumn)->text(), QStringLiteral("0"));
    QVERIFY(!control<QCheckBox>(QStringLiteral("notifications"))->isChecked());
    QVERIFY(control<QCheckBox>(QStringLiteral("startPaused"))->isChecked());
    QCOMPARE(control<QComboBox>(QStringLiteral("language"))->currentText(),
             QStringLiteral("简体中文"));
    QVERIFY(!control<QCheckBox>(QStringLiteral("byteOrderMark"))->isChecked());
    QCOMPARE(control<QComboBox>(QStringLiteral("delimiter"))->currentData().toString(),
             QStringLiteral("\t"));
    QVERIFY(!dialog().isModified());
}

void tst_SettingsDialog::roundTripsThroughARestart_data()
{
    QTest::addColumn<bool>("viaOk");
    QTest::newRow("Apply") << false;
    QTest::newRow("OK") << true;
}

void tst_SettingsDialog::roundTripsThroughARestart()
{
    QFETCH(bool, viaOk);
    control<QSpinBox>(QStringLiteral("shortestInterval"))->setValue(3);
    control<QSpinBox>(QStringLiteral("longestInterval"))->setValue(300);
    control<CallBudgetTable>(QStringLiteral("budgets"))
        ->budgetEditor(QStringLiteral("acme"))
        ->setValue(8000);
    control<QCheckBox>(QStringLiteral("notifications"))->setChecked(false);
    control<QCheckBox>(QStringLiteral("startPaused"))->setChecked(true);
    auto *language = control<QComboBox>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    control<QCheckBox>(QStringLiteral("byteOrderMark"))->setChecked(false);
    auto *delimiter = control<QComboBox>(QStringLiteral("delimiter"));
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    const SettingsDialog::Values shown = dialog().values();
    QVERIFY(dialog().isModified());

    QTest::mouseClick(button(viaOk ? QDialogButtonBox::Ok : QDialogButtonBox::Apply),
                      Qt::LeftButton);
    QCOMPARE(dialog().isVisible(), !viaOk);
    QVERIFY(!dialog().isModified());
    // The running engine has them at once.
    QCOMPARE(m_engine->refreshSettings().minIntervalMs, 3000);
    QCOMPARE(m_engine->refreshSettings().maxIntervalMs, 300000);
    QCOMPARE(m_engine->scheduler().monthlyBudget(QStringLiteral("acme")), 8000);
    QCOMPARE(m_engine->scheduler().monthlyBudget(QStringLiteral("globex")), 0);

    openEngine(); // a restart: new preferences read from the same file
    QCOMPARE(m_preferences->shortestCheckIntervalMs(), 3000);
    QCOMPARE(m_preferences->longestCheckIntervalMs(), 300000);
    QCOMPARE(m_preferences->monthlyCallBudget(QStringLiteral("acme")), 8000);
    QCOMPARE(m_preferences->notificationsEnabled(), false);
    QCOMPARE(m_preferences->startPaused(), true);
    QCOMPARE(m_preferences->language(), QStringLiteral("en"));
    QCOMPARE(m_preferences->csvByteOrderMark(), false);
    QCOMPARE(m_preferences->csvDelimiter(), QChar(u';'));
    QCOMPARE(m_engine->refreshSettings().minIntervalMs, 3000);
    QCOMPARE(m_engine->scheduler().monthlyBudget(QStringLiteral("acme")), 8000);
    QVERIFY(m_engine->isPaused());
    QCOMPARE(dialog().values(), shown);
}

void tst_SettingsDialog::contradictoryIntervalsCannotBeApplied_data()
{
    QTest::addColumn<int>("shortest");
    QTest::addColumn<int>("longest");
    QTest::addColumn<bool>("valid");
    QTest::newRow("longest below shortest") << 30 << 10 << false;
    QTest::newRow("equal") << 10 << 10 << true;
    QTest::newRow("ordered") << 1 << 86400 << true;
}

void tst_SettingsDialog::contradictoryIntervalsCannotBeApplied()
{
    QFETCH(int, shortest);
    QFETCH(int, longest);
    QFETCH(bool, valid);
    control<QSpinBox>(QStringLiteral("shortestInterval"))->setValue(shortest);
    control<QSpinBox>(QStringLiteral("longestInterval"))->setValue(longest);
    QCOMPARE(dialog().areIntervalsValid(), valid);
    QCOMPARE(control<QLabel>(QStringLiteral("intervalProblem"))->isVisible(), !valid);
    QCOMPARE(button(QDialogButtonBox::Ok)->isEnabled(), valid);
    QCOMPARE(button(QDialogButtonBox::Apply)->isEnabled(), valid);
    QCOMPARE(dialog().apply(), valid);
    const int expectedShortest =
        valid ? shortest * 1000 : PreferenceDefaults::shortestCheckIntervalMs;
    QCOMPARE(m_preferences->shortestCheckIntervalMs(), expectedShortest);
    QCOMPARE(m_engine->refreshSettings().minIntervalMs, expectedShortest);
}

void tst_SettingsDialog::applyIsOnlyOfferedForAChange()
{
    QPushButton *apply = button(QDialogButtonBox::Apply);
    QVERIFY(!apply->isEnabled());
    auto *notifications = control<QCheckBox>(QStringLiteral("notifications"));
    notifications->toggle();
    QVERIFY(apply->isEnabled());
    notifications->toggle();
    QVERIFY(!apply->isEnabled());
    control<CallBudgetTable>(QStringLiteral("budgets"))
        ->budgetEditor(QStringLiteral("globex"))
        ->setValue(10);
    QVERIFY(apply->isEnabled());
    QSignalSpy budgets(m_preferences.get(), &Preferences::monthlyCallBudgetChanged);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(budgets.size(), 1);
    QCOMPARE(budgets.first().first().toString(), QStringLiteral("globex"));
    QVERIFY(!apply->isEnabled());
}

void tst_SettingsDialog::cancelKeepsWhatWasStored()
{
    QSignalSpy changed(m_preferences.get(), &Preferences::changed);
    control<QSpinBox>(QStringLiteral("longestInterval"))->setValue(900);
    control<QCheckBox>(QStringLiteral("startPaused"))->setChecked(true);
    QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!dialog().isVisible());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_preferences->longestCheckIntervalMs(), PreferenceDefaults::longestCheckIntervalMs);
    QCOMPARE(m_engine->refreshSettings().maxIntervalMs, PreferenceDefaults::longestCheckIntervalMs);
    QVERIFY(!m_preferences->startPaused());
}

void tst_SettingsDialog::restoreDefaultsShowsThemUntilApplied()
{
    QVERIFY(m_preferences->setCheckIntervals(7000, 70000));
    QVERIFY(m_preferences->setMonthlyCallBudget(QStringLiteral("acme"), 500));
    QVERIFY(m_preferences->setCsvDelimiter(u'|'));
    m_preferences->setStartPaused(true);
    QTest::mouseClick(button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(control<QSpinBox>(QStringLiteral("shortestInterval"))->value(),
             PreferenceDefaults::shortestCheckIntervalMs / 1000);
    QCOMPARE(control<QSpinBox>(QStringLiteral("longestInterval"))->value(),
             PreferenceDefaults::longestCheckIntervalMs / 1000);
    QCOMPARE(control<CallBudgetTable>(QStringLiteral("budgets"))
                 ->budgetEditor(QStringLiteral("acme"))
                 ->value(),
             0);
    QCOMPARE(control<QComboBox>(QStringLiteral("delimiter"))->currentData().toString(),
             QStringLiteral(","));
    QVERIFY(!control<QCheckBox>(QStringLiteral("startPaused"))->isChecked());
    // Shown, not stored.
    QCOMPARE(m_preferences->shortestCheckIntervalMs(), 7000);
    QCOMPARE(m_preferences->monthlyCallBudget(QStringLiteral("acme")), 500);
    QVERIFY(dialog().isModified());

    QVERIFY(dialog().apply());
    QCOMPARE(m_preferences->shortestCheckIntervalMs(), PreferenceDefaults::shortestCheckIntervalMs);
    QCOMPARE(m_preferences->monthlyCallBudget(QStringLiteral("acme")), 0);
    QCOMPARE(m_preferences->csvDelimiter(), PreferenceDefaults::csvDelimiter);
    QVERIFY(!m_preferences->startPaused());
    QCOMPARE(m_engine->scheduler().monthlyBudget(QStringLiteral("acme")), 0);
}

void tst_SettingsDialog::untouchedIntervalsKeepTheirMilliseconds()
{
    QVERIFY(m_preferences->setCheckIntervals(1500, 45250));
    control<QCheckBox>(QStringLiteral("notifications"))->setChecked(false);
    QVERIFY(dialog().apply());
    QCOMPARE(m_preferences->shortestCheckIntervalMs(), 1500);
    QCOMPARE(m_preferences->longestCheckIntervalMs(), 45250);
    control<QSpinBox>(QStringLiteral("longestInterval"))->setValue(50);
    QVERIFY(dialog().apply());
    QCOMPARE(m_preferences->shortestCheckIntervalMs(), 1500);
    QCOMPARE(m_preferences->longestCheckIntervalMs(), 50000);
}

void tst_SettingsDialog::languageWaitsForARestart()
{
    QCOMPARE(control<QLabel>(QStringLiteral("languageNote"))->text(), dialog().languageNote());
    QVERIFY(dialog().languageNote().contains(QStringLiteral("next time")));
    auto *language = control<QComboBox>(QStringLiteral("language"));
    QCOMPARE(language->count(), 3);
    QCOMPARE(language->itemData(0).toString(), QString());
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    QVERIFY(dialog().apply());
    QCOMPARE(m_preferences->language(), QStringLiteral("zh_CN"));
}

void tst_SettingsDialog::everyControlIsNamed()
{
    const QList<QWidget *> widgets = dialog().findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&dialog()))
            continue;
        // The line edit inside a spin box or combo box is named through its owner.
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
            qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        if (widget->inherits("QScrollBar") || widget->parentWidget()->inherits("QHeaderView") ||
            widget->inherits("QHeaderView") || widget->inherits("QTableCornerButton"))
            continue;
        ++checked;
        QVERIFY2(
            !widget->accessibleName().isEmpty(),
            qPrintable(QStringLiteral("%1 %2").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName())));
    }
    QVERIFY(checked >= 13);
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
