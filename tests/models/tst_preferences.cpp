#include "models/preferences/PreferenceDefaults.h"
#include "models/preferences/Preferences.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Preferences keep what the user set, refuse what no setting can be, and read a damaged or
// hand-edited settings file as the defaults rather than as nonsense.
class tst_Preferences final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshFileReadsDefaults_data();
    void freshFileReadsDefaults();
    void handEditedValues_data();
    void handEditedValues();
    void garbageFileReadsDefaults();
    void settersPersistAndSignalOnce_data();
    void settersPersistAndSignalOnce();
    void checkIntervalsAreValidatedTogether_data();
    void checkIntervalsAreValidatedTogether();
    void invalidChoicesAreRefused_data();
    void invalidChoicesAreRefused();
    void budgetsPerAccount();
    void defaultLocationIsTaskMonitors();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    void writeSettingsFile(const QByteArray &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

struct Accessor
{
    std::function<QVariant(const Preferences &)> get;
    std::function<void(Preferences &, const QVariant &)> set;
    Preferences::Key key;
};

const QHash<QString, Accessor> &accessors()
{
    using P = Preferences;
    using K = Preferences::Key;
    static const QHash<QString, Accessor> table{
        {QStringLiteral("shortest"),
         {[](const P &p) { return QVariant(p.shortestCheckIntervalMs()); },
          [](P &p, const QVariant &v) { p.setCheckIntervals(v.toInt(), 3'600'000); },
          K::CheckIntervals}},
        {QStringLiteral("longest"),
         {[](const P &p) { return QVariant(p.longestCheckIntervalMs()); },
          [](P &p, const QVariant &v) { p.setCheckIntervals(1000, v.toInt()); },
          K::CheckIntervals}},
        {QStringLiteral("budget"),
         {[](const P &p) { return QVariant(p.monthlyCallBudget(QStringLiteral("acc-1"))); },
          [](P &p, const QVariant &v) {
              p.setMonthlyCallBudget(QStringLiteral("acc-1"), v.toInt());
          },
          K::MonthlyCallBudget}},
        {QStringLiteral("notifications"),
         {[](const P &p) { return QVariant(p.notificationsEnabled()); },
          [](P &p, const QVariant &v) { p.setNotificationsEnabled(v.toBool()); },
          K::NotificationsEnabled}},
        {QStringLiteral("startPaused"),
         {[](const P &p) { return QVariant(p.startPaused()); },
          [](P &p, const QVariant &v) { p.setStartPaused(v.toBool()); }, K::StartPaused}},
        {QStringLiteral("language"),
         {[](const P &p) { return QVariant(p.language()); },
          [](P &p, const QVariant &v) { p.setLanguage(v.toString()); }, K::Language}},
        {QStringLiteral("csvBom"),
         {[](const P &p) { return QVariant(p.csvByteOrderMark()); },
          [](P &p, const QVariant &v) { p.setCsvByteOrderMark(v.toBool()); }, K::CsvByteOrderMark}},
        {QStringLiteral("csvDelimiter"),
         {[](const P &p) { return QVariant(QString(p.csvDelimiter())); },
          [](P &p, const QVariant &v) { p.setCsvDelimiter(v.toString().front()); },
          K::CsvDelimiter}},
        {QStringLiteral("lastExportFolder"),
         {[](const P &p) { return QVariant(p.lastExportFolder()); },
          [](P &p, const QVariant &v) { p.setLastExportFolder(v.toString()); },
          K::LastExportFolder}},
        {QStringLiteral("secretsInFile"),
         {[](const P &p) { return QVariant(p.secretsInFile()); },
          [](P &p, const QVariant &v) { p.setSecretsInFile(v.toBool()); }, K::SecretsInFile}},
        {QStringLiteral("geometry"),
         {[](const P &p) { return QVariant(p.mainWindowGeometry()); },
          [](P &p, const QVariant &v) { p.setMainWindowGeometry(v.toByteArray()); },
          K::MainWindowGeometry}},
        {QStringLiteral("windowState"),
         {[](const P &p) { return QVariant(p.mainWindowState()); },
          [](P &p, const QVariant &v) { p.setMainWindowState(v.toByteArray()); },
          K::MainWindowState}},
        {QStringLiteral("header"),
         {[](const P &p) { return QVariant(p.taskTableHeaderState()); },
          [](P &p, const QVariant &v) { p.setTaskTableHeaderState(v.toByteArray()); },
          K::TaskTableHeaderState}},
        {QStringLiteral("splitter"),
         {[](const P &p) { return QVariant(p.splitterState()); },
          [](P &p, const QVariant &v) { p.setSplitterState(v.toByteArray()); }, K::SplitterState}},
        {QStringLiteral("detailPane"),
         {[](const P &p) { return QVariant(p.detailPaneVisible()); },
          [](P &p, const QVariant &v) { p.setDetailPaneVisible(v.toBool()); },
          K::DetailPaneVisible}},
    };
    return table;
}

QVariant read(const Preferences &preferences, const QString &which)
{
    return accessors().value(which).get(preferences);
}

} // namespace

void tst_Preferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Preferences::writeSettingsFile(const QByteArray &text) const
{
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), text.size());
}

void tst_Preferences::freshFileReadsDefaults_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QVariant>("expected");
    using D = PreferenceDefaults;
    QTest::newRow("shortest") << QStringLiteral("shortest") << QVariant(D::shortestCheckIntervalMs);
    QTest::newRow("longest") << QStringLiteral("longest") << QVariant(D::longestCheckIntervalMs);
    QTest::newRow("budget") << QStringLiteral("budget") << QVariant(0);
    QTest::newRow("notifications") << QStringLiteral("notifications") << QVariant(true);
    QTest::newRow("start paused") << QStringLiteral("startPaused") << QVariant(false);
    QTest::newRow("language") << QStringLiteral("language") << QVariant(QString());
    QTest::newRow("bom") << QStringLiteral("csvBom") << QVariant(true);
    QTest::newRow("delimiter") << QStringLiteral("csvDelimiter") << QVariant(QStringLiteral(","));
    QTest::newRow("export folder") << QStringLiteral("lastExportFolder") << QVariant(QString());
    QTest::newRow("secrets in file") << QStringLiteral("secretsInFile") << QVariant(false);
    QTest::newRow("geometry") << QStringLiteral("geometry") << QVariant(QByteArray());
    QTest::newRow("window state") << QStringLiteral("windowState") << QVariant(QByteArray());
    QTest::newRow("header") << QStringLiteral("header") << QVariant(QByteArray());
    QTest::newRow("splitter") << QStringLiteral("splitter") << QVariant(QByteArray());
    QTest::newRow("detail pane") << QStringLiteral("detailPane") << QVariant(true);
}

void tst_Preferences::freshFileReadsDefaults()
{
    QFETCH(QString, which);
    QFETCH(QVariant, expected);
    const Preferences preferences(settingsPath());
    QCOMPARE(read(preferences, which), expected);
}

void tst_Preferences::handEditedValues_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("which");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("interval is a word") << QByteArray("[checks]\nshortestIntervalMs=fast\n")
                                        << QStringLiteral("shortest") << QVariant(2000);
    QTest::newRow("interval is a fraction") << QByteArray("[checks]\nshortestIntervalMs=2500.5\n")
                                            << QStringLiteral("shortest") << QVariant(2000);
    QTest::newRow("interval below a second") << QByteArray("[checks]\nshortestIntervalMs=500\n")
                                             << QStringLiteral("shortest") << QVariant(2000);
    QTest::newRow("interval negative") << QByteArray("[checks]\nshortestIntervalMs=-3000\n")
                                       << QStringLiteral("shortest") << QVariant(2000);
    QTest::newRow("interval beyond int") << QByteArray("[checks]\nlongestIntervalMs=99999999999\n")
                                         << QStringLiteral("longest") << QVariant(60000);
    QTest::newRow("interval beyond a day") << QByteArray("[checks]\nlongestIntervalMs=86400001\n")
                                           << QStringLiteral("longest") << QVariant(60000);
    QTest::newRow("longest below shortest: shortest")
        << QByteArray("[checks]\nshortestIntervalMs=50000\nlongestIntervalMs=3000\n")
        << QStringLiteral("shortest") << QVariant(2000);
    QTest::newRow("longest below shortest: longest")
        << QByteArray("[checks]\nshortestIntervalMs=50000\nlongestIntervalMs=3000\n")
        << QStringLiteral("longest") << QVariant(60000);
    QTest::newRow("longest alone below the default shortest")
        << QByteArray("[checks]\nlongestIntervalMs=1500\n") << QStringLiteral("shortest")
        << QVariant(2000);
    QTest::newRow("shortest alone above the default longest")
        << QByteArray("[checks]\nshortestIntervalMs=90000\n") << QStringLiteral("longest")
        << QVariant(90000);
    QTest::newRow("valid pair")
        << QByteArray("[checks]\nshortestIntervalMs=3000\nlongestIntervalMs=90000\n")
        << QStringLiteral("longest") << QVariant(90000);
    QTest::newRow("bool is a word") << QByteArray("[notifications]\nenabled=maybe\n")
                                    << QStringLiteral("notifications") << QVariant(true);
    QTest::newRow("bool is a number") << QByteArray("[checks]\nstartPaused=7\n")
                                      << QStringLiteral("startPaused") << QVariant(false);
    QTest::newRow("bool written false") << QByteArray("[notifications]\nenabled=false\n")
                                        << QStringLiteral("notifications") << QVariant(false);
    QTest::newRow("bool written 1") << QByteArray("[checks]\nstartPaused=1\n")
                                    << QStringLiteral("startPaused") << QVariant(true);
    QTest::newRow("language not shipped") << QByteArray("[interface]\nlanguage=fr\n")
                                          << QStringLiteral("language") << QVariant(QString());
    QTest::newRow("language shipped")
        << QByteArray("[interface]\nlanguage=zh_CN\n") << QStringLiteral("language")
        << QVariant(QStringLiteral("zh_CN"));
    QTest::newRow("delimiter of two characters")
        << QByteArray("[export]\ncsvDelimiter=;;\n") << QStringLiteral("csvDelimiter")
        << QVariant(QStringLiteral(","));
    QTest::newRow("delimiter a letter")
        << QByteArray("[export]\ncsvDelimiter=x\n") << QStringLiteral("csvDelimiter")
        << QVariant(QStringLiteral(","));
    // INI reads an unquoted ';' as the start of a comment; QSettings writes it quoted.
    QTest::newRow("delimiter semicolon")
        << QByteArray("[export]\ncsvDelimiter=\";\"\n") << QStringLiteral("csvDelimiter")
        << QVariant(QStringLiteral(";"));
    QTest::newRow("bom is a list") << QByteArray("[export]\ncsvByteOrderMark=a, b\n")
                                   << QStringLiteral("csvBom") << QVariant(true);
    QTest::newRow("budget negative")
        << QByteArray("[budgets]\nacc-1=-5\n") << QStringLiteral("budget") << QVariant(0);
    QTest::newRow("budget a word")
        << QByteArray("[budgets]\nacc-1=lots\n") << QStringLiteral("budget") << QVariant(0);
    QTest::newRow("budget set") << QByteArray("[budgets]\nacc-1=500\n") << QStringLiteral("budget")
                                << QVariant(500);
    QTest::newRow("geometry as text") << QByteArray("[window]\ngeometry=hello\n")
                                      << QStringLiteral("geometry") << QVariant(QByteArray());
    QTest::newRow("header as a list") << QByteArray("[window]\ntaskTableHeader=1, 2, 3\n")
                                      << QStringLiteral("header") << QVariant(QByteArray());
    QTest::newRow("export folder as a list")
        << QByteArray("[export]\nlastFolder=/a, /b\n") << QStringLiteral("lastExportFolder")
        << QVariant(QString());
}

void tst_Preferences::handEditedValues()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, which);
    QFETCH(QVariant, expected);
    writeSettingsFile(ini);
    const Preferences preferences(settingsPath());
    QCOMPARE(read(preferences, which), expected);
}

void tst_Preferences::garbageFileReadsDefaults()
{
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919 + 13) % 256));
    writeSettingsFile(garbage);
    const Preferences preferences(settingsPath());
    QCOMPARE(preferences.shortestCheckIntervalMs(), PreferenceDefaults::shortestCheckIntervalMs);
    QCOMPARE(preferences.longestCheckIntervalMs(), PreferenceDefaults::longestCheckIntervalMs);
    QCOMPARE(preferences.notificationsEnabled(), PreferenceDefaults::notificationsEnabled);
    QCOMPARE(preferences.language(), QString());
    QCOMPARE(preferences.csvDelimiter(), PreferenceDefaults::csvDelimiter);
    QCOMPARE(preferences.secretsInFile(), false);
    QVERIFY(preferences.monthlyCallBudgets().isEmpty());
    QCOMPARE(preferences.mainWindowGeometry(), QByteArray());
}

void tst_Preferences::settersPersistAndSignalOnce_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("shortest") << QStringLiteral("shortest") << QVariant(5000);
    QTest::newRow("longest") << QStringLiteral("longest") << QVariant(300000);
    QTest::newRow("budget") << QStringLiteral("budget") << QVariant(9000);
    QTest::newRow("notifications") << QStringLiteral("notifications") << QVariant(false);
    QTest::newRow("start paused") << QStringLiteral("startPaused") << QVariant(true);
    QTest::newRow("language") << QStringLiteral("language") << QVariant(QStringLiteral("zh_CN"));
    QTest::newRow("bom") << QStringLiteral("csvBom") << QVariant(false);
    QTest::newRow("delimiter tab")
        << QStringLiteral("csvDelimiter") << QVariant(QStringLiteral("\t"));
    QTest::newRow("export folder")
        << QStringLiteral("lastExportFolder") << QVariant(QStringLiteral("/home/admin/导出"));
    QTest::newRow("secrets in file") << QStringLiteral("secretsInFile") << QVariant(true);
    QTest::newRow("geometry") << QStringLiteral("geometry")
                              << QVariant(QByteArray("\x01\xd9\xd0\xcb\x00\x03", 6));
    QTest::newRow("window state") << QStringLiteral("windowState")
                                  << QVariant(QByteArray("\x00\x00\x00\xff", 4));
    QTest::newRow("header") << QStringLiteral("header") << QVariant(QByteArray("header"));
    QTest::newRow("splitter") << QStringLiteral("splitter") << QVariant(QByteArray("\x7f", 1));
    QTest::newRow("detail pane") << QStringLiteral("detailPane") << QVariant(false);
}

void tst_Preferences::settersPersistAndSignalOnce()
{
    QFETCH(QString, which);
    QFETCH(QVariant, value);
    const Accessor accessor = accessors().value(which);
    {
        Preferences preferences(settingsPath());
        QSignalSpy changed(&preferences, &Preferences::changed);
        QVERIFY(accessor.get(preferences) != value);
        accessor.set(preferences, value);
        QCOMPARE(accessor.get(preferences), value);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Preferences::Key>(), accessor.key);
        accessor.set(preferences, value);
        QCOMPARE(changed.size(), 1);
        QVERIFY(preferences.sync());
    }
    const Preferences reopened(settingsPath());
    QCOMPARE(accessor.get(reopened), value);
}

void tst_Preferences::checkIntervalsAreValidatedTogether_data()
{
    QTest::addColumn<int>("shortest");
    QTest::addColumn<int>("longest");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("the minimum") << 1000 << 1000 << true;
    QTest::newRow("below the minimum") << 999 << 60000 << false;
    QTest::newRow("zero") << 0 << 60000 << false;
    QTest::newRow("longest below shortest") << 10000 << 9999 << false;
    QTest::newRow("equal") << 30000 << 30000 << true;
    QTest::newRow("a day") << 1000 << 86'400'000 << true;
    QTest::newRow("beyond a day") << 1000 << 86'400'001 << false;
}

void tst_Preferences::checkIntervalsAreValidatedTogether()
{
    QFETCH(int, shortest);
    QFETCH(int, longest);
    QFETCH(bool, accepted);
    Preferences preferences(settingsPath());
    QSignalSpy changed(&preferences, &Preferences::changed);
    QCOMPARE(preferences.setCheckIntervals(shortest, longest), accepted);
    QCOMPARE(Preferences::areValidCheckIntervals(shortest, longest), accepted);
    QCOMPARE(changed.size(), accepted ? 1 : 0);
    QCOMPARE(preferences.shortestCheckIntervalMs(),
             accepted ? shortest : PreferenceDefaults::shortestCheckIntervalMs);
    QCOMPARE(preferences.longestCheckIntervalMs(),
             accepted ? longest : PreferenceDefaults::longestCheckIntervalMs);
}

void tst_Preferences::invalidChoicesAreRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("language") << QStringLiteral("language");
    QTest::newRow("delimiter") << QStringLiteral("delimiter");
    QTest::newRow("negative budget") << QStringLiteral("negative budget");
    QTest::newRow("budget without account") << QStringLiteral("budget without account");
}

void tst_Preferences::invalidChoicesAreRefused()
{
    QFETCH(QString, what);
    Preferences preferences(settingsPath());
    QSignalSpy changed(&preferences, &Preferences::changed);
    bool accepted = true;
    if (what == u"language")
        accepted = preferences.setLanguage(QStringLiteral("klingon"));
    else if (what == u"delimiter")
        accepted = preferences.setCsvDelimiter(u'"');
    else if (what == u"negative budget")
        accepted = preferences.setMonthlyCallBudget(QStringLiteral("acc-1"), -1);
    else
        accepted = preferences.setMonthlyCallBudget(QString(), 100);
    QVERIFY(!accepted);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(preferences.language(), QString());
    QCOMPARE(preferences.csvDelimiter(), u',');
    QVERIFY(preferences.monthlyCallBudgets().isEmpty());
}

void tst_Preferences::budgetsPerAccount()
{
    const QString slashed = QStringLiteral("tenant/app\\1 %");
    {
        Preferences preferences(settingsPath());
        QSignalSpy budgetChanged(&preferences, &Preferences::monthlyCallBudgetChanged);
        QVERIFY(preferences.setMonthlyCallBudget(slashed, 10000));
        QVERIFY(preferences.setMonthlyCallBudget(QStringLiteral("钉钉"), 5000));
        QVERIFY(preferences.setMonthlyCallBudget(QStringLiteral("gone"), 100));
        QVERIFY(preferences.setMonthlyCallBudget(QStringLiteral("gone"), 0));
        QCOMPARE(budgetChanged.size(), 4);
        QCOMPARE(budgetChanged.at(0).at(0).toString(), slashed);
        QVERIFY(preferences.sync());
    }
    const Preferences reopened(settingsPath());
    const QHash<QString, int> expected{{slashed, 10000}, {QStringLiteral("钉钉"), 5000}};
    QCOMPARE(reopened.monthlyCallBudgets(), expected);
    QCOMPARE(reopened.monthlyCallBudget(QStringLiteral("tenant")), 0);
    QCOMPARE(reopened.monthlyCallBudget(QStringLiteral("gone")), 0);
}

void tst_Preferences::defaultLocationIsTaskMonitors()
{
    const Preferences preferences;
    QVERIFY2(preferences.fileName().endsWith(QStringLiteral("/TaskMonitor/TaskMonitor.conf")),
             qPrintable(preferences.fileName()));
}

QTEST_GUILESS_MAIN(tst_Preferences)
#include "tst_preferences.moc"
