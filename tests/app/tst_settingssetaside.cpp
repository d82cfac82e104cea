#include "models/preferences/PreferenceDefaults.h"
#include "models/preferences/Preferences.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A settings file that does not parse is set aside with a timestamp, once, and the app runs on
// defaults and can save again; a file that parses but holds values of the wrong type is kept
// and each such value reads as its default.
class tst_SettingsSetAside final : public QObject
{
    Q_OBJECT

private slots:
    void damagedFileIsSetAside_data();
    void damagedFileIsSetAside();
    void wrongTypesAreKeptAndReadAsDefaults_data();
    void wrongTypesAreKeptAndReadAsDefaults();
    void missingFileIsNotAProblem();
    void savedBinaryValuesAreNotDamage();
};

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList setAside(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("settings.ini.damaged-*")}, QDir::Files);
}

} // namespace

void tst_SettingsSetAside::damagedFileIsSetAside_data()
{
    QTest::addColumn<QByteArray>("text");
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919 + 13) % 256));
    QTest::newRow("unterminated section") << QByteArray("[checks\nshortestIntervalMs=3000\n");
    QTest::newRow("binary garbage") << garbage;
    QTest::newRow("section cut by a control byte") << QByteArray("[window\x01\n\xff\xfe=\n");
}

void tst_SettingsSetAside::damagedFileIsSetAside()
{
    QFETCH(QByteArray, text);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    write(path, text);
    {
        Preferences preferences(path);
        QCOMPARE(preferences.shortestCheckIntervalMs(),
                 PreferenceDefaults::shortestCheckIntervalMs);
        const QStringList aside = setAside(dir.path());
        QCOMPARE(aside.size(), 1);
        QCOMPARE(preferences.setAsideFilePath(), dir.filePath(aside.constFirst()));
        QVERIFY(preferences.setAsideMessage().contains(QDir::toNativeSeparators(path)));
        QVERIFY(preferences.setAsideMessage().contains(aside.constFirst()));
        QFile kept(preferences.setAsideFilePath());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), text);
        // Keeps working: a change is saved to a new file.
        preferences.setNotificationsEnabled(!PreferenceDefaults::notificationsEnabled);
        QVERIFY(preferences.sync());
    }
    // Told once: the new file reads back and nothing more is set aside.
    const Preferences again(path);
    QVERIFY(again.setAsideMessage().isEmpty());
    QCOMPARE(again.notificationsEnabled(), !PreferenceDefaults::notificationsEnabled);
    QCOMPARE(setAside(dir.path()).size(), 1);
}

void tst_SettingsSetAside::wrongTypesAreKeptAndReadAsDefaults_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("words for numbers")
        << QByteArray("[checks]\nshortestIntervalMs=soon\nlongestIntervalMs=later\n");
    QTest::newRow("out of range") << QByteArray("[checks]\nshortestIntervalMs=-5\n"
                                                "longestIntervalMs=99999999999\n");
    QTest::newRow("lists for scalars") << QByteArray("[checks]\nshortestIntervalMs=1, 2, 3\n"
                                                     "[notifications]\nenabled=@Invalid()\n");
}

void tst_SettingsSetAside::wrongTypesAreKeptAndReadAsDefaults()
{
    QFETCH(QByteArray, text);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    write(path, text);
    const Preferences preferences(path);
    QVERIFY(preferences.setAsideMessage().isEmpty());
    QVERIFY(setAside(dir.path()).isEmpty());
    QCOMPARE(preferences.shortestCheckIntervalMs(), PreferenceDefaults::shortestCheckIntervalMs);
    QCOMPARE(preferences.longestCheckIntervalMs(), PreferenceDefaults::longestCheckIntervalMs);
    QCOMPARE(preferences.notificationsEnabled(), PreferenceDefaults::notificationsEnabled);
}

void tst_SettingsSetAside::missingFileIsNotAProblem()
{
    QTemporaryDir dir;
    const Preferences preferences(dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(preferences.setAsideMessage().isEmpty());
    QVERIFY(preferences.setAsideFilePath().isEmpty());
}

void tst_SettingsSetAside::savedBinaryValuesAreNotDamage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(char(i));
    {
        Preferences preferences(path);
        preferences.setMainWindowGeometry(everyByte);
        preferences.setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(preferences.sync());
    }
    const Preferences again(path);
    QVERIFY2(again.setAsideMessage().isEmpty(), qPrintable(again.setAsideMessage()));
    QCOMPARE(again.mainWindowGeometry(), everyByte);
}

QTEST_GUILESS_MAIN(tst_SettingsSetAside)
#include "tst_settingssetaside.moc"
