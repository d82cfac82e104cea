#include "app/engine/Engine.h"
#include "models/preferences/Preferences.h"
#include "models/watchlist/TaskTableModel.h"
#include "resources/Translations.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/MainWindow.h"
#include "ui/MainWindowActions.h"
#include "ui/table/TaskTableView.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The window built in English, then in Simplified Chinese, as a start in each language builds
// it: menus, an action, the empty state, a table header and a date as QLocale formats it. And
// the language chosen in Settings, which shows from the next start.
class tst_Language final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
    void settingsChoiceShowsAfterARestart();

private:
    void openWindow();
    void closeWindow();
    QStringList menuTitles() const;
    bool emptyStateShows(const QString &text) const;
    QString progressHeader() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Language::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_preferences = std::make_unique<Preferences>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void tst_Language::cleanup()
{
    closeWindow();
    m_preferences.reset();
    Translations::install(*qApp, QLocale(QLocale::English));
}

void tst_Language::openWindow()
{
    EngineOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("watchlist.sqlite"));
    options.preferences = m_preferences.get();
    m_engine = std::make_unique<Engine>(options);
    m_engine->start();
    m_window = std::make_unique<MainWindow>(*m_engine, *m_preferences, MainWindow::Options{});
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Language::closeWindow()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_engine.reset();
}

QStringList tst_Language::menuTitles() const
{
    QStringList titles;
    for (const QAction *menu : m_window->menuBar()->actions())
        titles << menu->text();
    return titles;
}

bool tst_Language::emptyStateShows(const QString &text) const
{
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(), [&text](const QLabel *label) {
        return label->isVisible() && label->text() == text;
    });
}

QString tst_Language::progressHeader() const
{
    return m_window->taskTable()
        ->model()
        ->headerData(TaskTableModel::ProgressColumn, Qt::Horizontal)
        .toString();
}

void tst_Language::windowSpeaksTheLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("addTasksAction");
    QTest::addColumn<QString>("emptyState");
    QTest::addColumn<QString>("progress");
    QTest::addColumn<QString>("longDate");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                             << QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                            QStringLiteral("&View"), QStringLiteral("&Help")}
                             << QStringLiteral("&Add tasks…")
                             << QStringLiteral("Nothing is watched yet")
                             << QStringLiteral("Progress")
                             << QStringLiteral("Wednesday, December 2, 2026");
    QTest::newRow("Simplified Chinese")
        << QLocale(QLocale::Chinese, QLocale::China)
        << QStringList{QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"),
                       QStringLiteral("视图(&V)"), QStringLiteral("帮助(&H)")}
        << QStringLiteral("添加任务(&A)…") << QStringLiteral("尚未监视任何任务")
        << QStringLiteral("进度") << QStringLiteral("2026年12月2日星期三");
}

void tst_Language::windowSpeaksTheLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, menus);
    QFETCH(QString, addTasksAction);
    QFETCH(QString, emptyState);
    QFETCH(QString, progress);
    QFETCH(QString, longDate);

    QVERIFY(Translations::install(*qApp, locale));
    openWindow();
    QCOMPARE(menuTitles(), menus);
    QCOMPARE(m_window->actions()->addTasks->text(), addTasksAction);
    QVERIFY2(emptyStateShows(emptyState), qPrintable(emptyState));
    QCOMPARE(progressHeader(), progress);
    // The window formats with the default QLocale; the language sets it.
    QCOMPARE(QLocale().toString(QDate(2026, 12, 2), QLocale::LongFormat), longDate);
}

void tst_Language::settingsChoiceShowsAfterARestart()
{
    QVERIFY(Translations::install(*qApp, QLocale(QLocale::English)));
    openWindow();
    {
        SettingsDialog dialog(*m_engine, *m_preferences, m_window.get());
        dialog.show();
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(language);
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        // The dialog says when the new language shows: not at once.
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("languageNote"))->text(),
                 QStringLiteral("A new language shows the next time Task Monitor starts."));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    QCOMPARE(m_preferences->language(), QStringLiteral("zh_CN"));
    QCOMPARE(m_window->actions()->addTasks->text(), QStringLiteral("&Add tasks…"));

    // The next start, as main() makes it: the stored language, then the window.
    closeWindow();
    QVERIFY(Translations::install(*qApp, QLocale(m_preferences->language())));
    openWindow();
    QCOMPARE(m_window->actions()->addTasks->text(), QStringLiteral("添加任务(&A)…"));
    const SettingsDialog again(*m_engine, *m_preferences);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("language"))->currentText(),
             QStringLiteral("简体中文"));
    QCOMPARE(again.findChild<QLabel *>(QStringLiteral("languageNote"))->text(),
             QStringLiteral("新语言将在下次启动 Task Monitor 时生效。"));
    QCOMPARE(QLocale().toString(QDate(2026, 12, 2), QLocale::ShortFormat),
             QStringLiteral("2026/12/2"));
}

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
