#include "models/domain/ApiError.h"
#include "models/domain/TaskKind.h"
#include "models/domain/TaskState.h"
#include "resources/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

// The shipped Simplified Chinese translation loads and covers the words every front end shows.
class tst_Translations final : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsShipped_data();
    void chineseIsShipped();
    void englishNeedsNoTranslator_data();
    void englishNeedsNoTranslator();
};

namespace {

bool hasCjk(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

} // namespace

void tst_Translations::chineseIsShipped_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<int>("which");
    QTest::newRow("running") << QStringLiteral("Running") << 0;
    QTest::newRow("partly failed") << QStringLiteral("Partly failed") << 1;
    QTest::newRow("kind") << QStringLiteral("Feishu contact import") << 2;
    QTest::newRow("rate limited") << QStringLiteral("Rate limited") << 3;
}

void tst_Translations::chineseIsShipped()
{
    QFETCH(QString, english);
    QFETCH(int, which);
    QVERIFY(Translations::install(*QCoreApplication::instance(),
                                  QLocale(QLocale::Chinese, QLocale::China)));
    QString text;
    switch (which) {
    case 0:
        text = TaskStates::displayName(TaskState::Running);
        break;
    case 1:
        text = TaskStates::displayName(TaskState::PartiallyFailed);
        break;
    case 2:
        text = TaskKinds::displayName(TaskKind::FeishuContact);
        break;
    default:
        text = ApiError::categoryDisplayName(ApiError::Category::RateLimited);
        break;
    }
    QVERIFY2(text != english && hasCjk(text), qPrintable(text));
}

void tst_Translations::englishNeedsNoTranslator_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("French") << QLocale(QLocale::French);
    QTest::newRow("the C locale") << QLocale::c();
}

// A language without a translation speaks English, with English plural forms.
void tst_Translations::englishNeedsNoTranslator()
{
    QFETCH(QLocale, locale);
    QCOMPARE(Translations::install(*QCoreApplication::instance(), locale), false);
    QCOMPARE(QCoreApplication::translate("TaskCellFormatter", "%n submission(s)", nullptr, 1),
             QStringLiteral("1 submission"));
    QCOMPARE(QCoreApplication::translate("TaskCellFormatter", "%n submission(s)", nullptr, 3),
             QStringLiteral("3 submissions"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
