#include "models/paste/PasteParser.h"
#include "models/paste/PastePreviewModel.h"
#include "ui/dialogs/AddTasksDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace {

const QString kHex = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kHex2 = QStringLiteral("fedcba9876543210fedcba9876543210");
const QString kHex3 = QStringLiteral("123456784b68a7c89abcdef092dc09ea");
const QString kDec = QStringLiteral("7360595374803812356");
const QString kDec2 = QStringLiteral("7360595374803812999");
const QString kWatched = QStringLiteral("7360595374803812777");

Account account(const char *id, const char *name, Platform platform)
{
    Account a;
    a.id = QString::fromLatin1(id);
    a.name = QString::fromUtf8(name);
    a.platform = platform;
    return a;
}

QList<Account> feishuAndDingTalk()
{
    return {account("feishu", "Feishu HQ", Platform::Feishu),
            account("dingtalk", "DingTalk Ops", Platform::DingTalk)};
}

bool isWatched(const QString &accountId, TaskKind kind, const QString &taskId)
{
    return accountId == QLatin1String("feishu") && kind == TaskKind::FeishuDrive &&
           taskId == kWatched;
}

// The admin's clipboard: an import script's output with ids among log lines, a JSON answer,
// links of several kinds, a curl line, a repeated id, an id already watched, a broken line.
QString adminClipboard()
{
    return QStringLiteral(
               "$ python3 import_users.py --chunks 3 hr-new-hires.xlsx\n"
               "2024-05-10 09:31:00 INFO starting import of 600 users in 3 chunks\n"
               "2024-05-10 09:31:02 INFO chunk 1/3 submitted, task_id=%1\n"
               "2024-05-10 09:31:03 INFO chunk 2/3 submitted, task_id=%2\n"
               "2024-05-10 09:31:05 INFO "
               "resp={\"code\":0,\"msg\":\"success\",\"data\":{\"task_id\":"
               "\"%3\"}}\n"
               "https://open.feishu.cn/open-apis/drive/v1/files/task_check?task_id=%4\n"
               "https://api.dingtalk.com/v1.0/storage/tasks/88001234?unionId=U7\n"
               "{\"taskId\":\"5550001234\",\"status\":1,\"totalCount\":3,\"succCount\":3,"
               "\"failCount\":0}\n"
               "curl -X GET 'https://open.larksuite.com/open-apis/drive/v1/files/"
               "task_check?task_id=%5' -H 'Authorization: Bearer "
               "t-7f1bcd13fc57d46bac21793a18e560'\n"
               "%1\n"
               "%6\n"
               "0123456789abcdef#0123\n"
               "Done.")
        .arg(kHex, kHex2, kHex3, kDec, kDec2, kWatched);
}

QString problemId(const QString &text)
{
    for (PasteItem::Problem problem :
         {PasteItem::Problem::DuplicateInPaste, PasteItem::Problem::AlreadyWatched,
          PasteItem::Problem::NotRecognisable, PasteItem::Problem::NotATask}) {
        if (text.contains(PasteItem::problemText(problem)))
            return QStringLiteral(" !") + PasteItem::problemId(problem);
    }
    return {};
}

// "<line> <id|-> <kind|choose|-> <account|-> <+ included|- not>[ !problem]"
QStringList describeRows(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        const bool hasTask =
            !cell(PastePreviewModel::TaskIdColumn, PastePreviewModel::PlaceholderRole).toBool();
        const QVariant kind = cell(PastePreviewModel::KindColumn, Qt::EditRole);
        const QString account = cell(PastePreviewModel::AccountColumn, Qt::EditRole).toString();
        rows << QStringLiteral("%1 %2 %3 %4 %5%6")
                    .arg(cell(PastePreviewModel::LineColumn).toString(),
                         hasTask ? cell(PastePreviewModel::TaskIdColumn).toString()
                                 : QStringLiteral("-"),
                         !hasTask         ? QStringLiteral("-")
                         : kind.isValid() ? TaskKinds::id(TaskKind(kind.toInt()))
                                          : QStringLiteral("choose"),
                         account.isEmpty() ? QStringLiteral("-") : account,
                         cell(PastePreviewModel::LineColumn, Qt::CheckStateRole).toInt() ==
                                 Qt::Checked
                             ? QStringLiteral("+")
                             : QStringLiteral("-"),
                         problemId(
                             cell(PastePreviewModel::ProblemColumn, Qt::ToolTipRole).toString()));
    }
    return rows;
}

QStringList describe(const QList<TaskRef> &refs)
{
    QStringList lines;
    for (const TaskRef &ref : refs)
        lines << QStringList{TaskKinds::id(ref.kind), ref.accountId, ref.taskId, ref.label,
                             ref.unionId}
                     .join(QLatin1Char('|'));
    return lines;
}

template <typename T> T *child(const QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

bool waitForPreview(AddTasksDialog &dialog)
{
    QSignalSpy updated(&dialog, &AddTasksDialog::previewUpdated);
    return dialog.isPreviewCurrent() || updated.wait(30000);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 155));
    p.setColor(QPalette::Button, QColor(55, 55, 60));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 125));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 125));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 125));
    return p;
}

} // namespace

// The add-tasks dialog as an admin uses it: a mixed paste previewed row by row, an explicit
// kind, Add with a label, a paste of thousands of lines that never stalls the window, the
// offer to create a missing account, keyboard and screen-reader use.
class tst_AddTasksDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void mixedPaste();
    void explicitKind_data();
    void explicitKind();
    void addGivesRefsWithTheLabel_data();
    void addGivesRefsWithTheLabel();
    void typingIsDebouncedAndOnlyTheLatestTextApplies();
    void largePasteKeepsTheEventLoopRunning();
    void overlongPasteSaysWhatWasRead();
    void missingAccountIsOffered();
    void droppedFileIsRead();
    void keyboardOnly();
    void everyControlIsNamed();
    void screenshots_data();
    void screenshots();

private:
    std::unique_ptr<QTranslator> m_english;
};

void tst_AddTasksDialog::initTestCase()
{
    // The English plural forms ("1 task", "2 tasks") live in the shipped English translation.
    m_english = std::make_unique<QTranslator>();
    QVERIFY(m_english->load(QLocale(QLocale::English), QStringLiteral("taskmonitor"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(m_english.get());
}

void tst_AddTasksDialog::init()
{
    // The offscreen platform says it cannot pass size hints to a window system it lacks.
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints)")));
}

void tst_AddTasksDialog::cleanupTestCase()
{
    QCoreApplication::removeTranslator(m_english.get());
}

void tst_AddTasksDialog::mixedPaste()
{
    AddTasksDialog dialog(feishuAndDingTalk(), isWatched);
    QAbstractItemModelTester tester(dialog.previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.setPastedText(adminClipboard());
    QVERIFY(waitForPreview(dialog));

    QCOMPARE(describeRows(*dialog.previewModel()),
             (QStringList{
                 QStringLiteral("3 %1 feishu-contact feishu +").arg(kHex),
                 QStringLiteral("4 %1 feishu-contact feishu +").arg(kHex2),
                 QStringLiteral("5 %1 feishu-contact feishu +").arg(kHex3),
                 QStringLiteral("6 %1 feishu-drive feishu +").arg(kDec),
                 QStringLiteral("7 88001234 dingtalk-storage dingtalk +"),
                 QStringLiteral("8 5550001234 dingtalk-doc dingtalk +"),
                 QStringLiteral("9 %1 feishu-drive - +").arg(kDec2),
                 QStringLiteral("10 %1 feishu-contact feishu - !duplicate_in_paste").arg(kHex),
                 QStringLiteral("11 %1 feishu-drive feishu - !already_watched").arg(kWatched),
                 QStringLiteral("12 - - - - !not_recognisable"),
             }));
    // The Lark link cannot go to the Feishu account: tokens never cross hosts.
    const QAbstractItemModel &model = *dialog.previewModel();
    QCOMPARE(model.index(6, PastePreviewModel::AccountColumn).data().toString(),
             PastePreviewModel::tr("No %1 account").arg(Platforms::displayName(Platform::Lark)));
    QCOMPARE(child<QLabel>(dialog, "summary")->text(),
             QStringLiteral("8 tasks found · 1 already watched · 1 duplicate · 1 line not "
                            "recognised · 1 needs an account"));
    auto *add = child<QPushButton>(dialog, "addButton");
    QVERIFY(add->isEnabled());
    QCOMPARE(add->text(), QStringLiteral("Add 6 tasks"));
    QCOMPARE(describe(dialog.tasksToAdd()),
             (QStringList{
                 QStringLiteral("feishu-contact|feishu|%1||").arg(kHex),
                 QStringLiteral("feishu-contact|feishu|%1||").arg(kHex2),
                 QStringLiteral("feishu-contact|feishu|%1||").arg(kHex3),
                 QStringLiteral("feishu-drive|feishu|%1||").arg(kDec),
                 QStringLiteral("dingtalk-storage|dingtalk|88001234||U7"),
                 QStringLiteral("dingtalk-doc|dingtalk|5550001234||"),
             }));
    // The secret on the curl line is never shown.
    QVERIFY(!model.index(6, PastePreviewModel::TaskIdColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("7f1bcd13fc57d46bac21793a18e560")));
}

void tst_AddTasksDialog::explicitKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("dingtalk storage")
        << int(TaskKind::DingTalkStorage)
        << QStringList{QStringLiteral("1 abc12345def dingtalk-storage dingtalk +"),
                       QStringLiteral("2 %1 dingtalk-storage dingtalk +").arg(kDec),
                       QStringLiteral("3 5550001234 dingtalk-doc dingtalk +")};
    QTest::newRow("feishu drive") << int(TaskKind::FeishuDrive)
                                  << QStringList{
                                         QStringLiteral("1 abc12345def feishu-drive feishu +"),
                                         QStringLiteral("2 %1 feishu-drive feishu +").arg(kDec),
                                         QStringLiteral("3 5550001234 dingtalk-doc dingtalk +")};
}

void tst_AddTasksDialog::explicitKind()
{
    QFETCH(int, kind);
    QFETCH(QStringList, expected);
    AddTasksDialog dialog(feishuAndDingTalk(), {});
    dialog.setPastedText(
        QStringLiteral("abc12345def\n") + kDec +
        QStringLiteral("\nhttps://api.dingtalk.com/v2.0/doc/task/info/5550001234"));
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(describeRows(*dialog.previewModel()),
             (QStringList{QStringLiteral("1 abc12345def choose - +"),
                          QStringLiteral("2 %1 feishu-drive feishu +").arg(kDec),
                          QStringLiteral("3 5550001234 dingtalk-doc dingtalk +")}));
    QCOMPARE(dialog.summary().needKind, 1);

    auto *combo = child<QComboBox>(dialog, "kindForEveryLine");
    QVERIFY(!combo->isEnabled());
    child<QCheckBox>(dialog, "treatAsKind")->setChecked(true);
    QVERIFY(combo->isEnabled());
    combo->setCurrentIndex(combo->findData(kind));
    QVERIFY(!dialog.isPreviewCurrent());
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(describeRows(*dialog.previewModel()), expected);

    // Back to detected kinds.
    child<QCheckBox>(dialog, "treatAsKind")->setChecked(false);
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.previewModel()->index(0, PastePreviewModel::KindColumn).data(Qt::EditRole),
             QVariant());
}

void tst_AddTasksDialog::addGivesRefsWithTheLabel_data()
{
    QTest::addColumn<bool>("byKeyboard");
    QTest::newRow("Add button") << false;
    QTest::newRow("Ctrl+Return") << true;
}

void tst_AddTasksDialog::addGivesRefsWithTheLabel()
{
    QFETCH(bool, byKeyboard);
    AddTasksDialog dialog(feishuAndDingTalk(), isWatched);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.setPastedText(adminClipboard());
    QVERIFY(waitForPreview(dialog));
    // Skip the first row; choose the kind of nothing else.
    QAbstractItemModel *model = dialog.previewModel();
    QVERIFY(model->setData(model->index(0, PastePreviewModel::LineColumn), Qt::Unchecked,
                           Qt::CheckStateRole));
    QTest::keyClicks(child<QLineEdit>(dialog, "batchLabel"), QStringLiteral("  HR import 3 "));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    if (byKeyboard)
        QTest::keyClick(child<QPlainTextEdit>(dialog, "pastedText"), Qt::Key_Return,
                        Qt::ControlModifier);
    else
        QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString label = QStringLiteral("HR import 3");
    QCOMPARE(describe(dialog.tasksToAdd()),
             (QStringList{
                 QStringLiteral("feishu-contact|feishu|%1|%2|").arg(kHex2, label),
                 QStringLiteral("feishu-contact|feishu|%1|%2|").arg(kHex3, label),
                 QStringLiteral("feishu-drive|feishu|%1|%2|").arg(kDec, label),
                 QStringLiteral("dingtalk-storage|dingtalk|88001234|%1|U7").arg(label),
                 QStringLiteral("dingtalk-doc|dingtalk|5550001234|%1|").arg(label),
             }));
}

void tst_AddTasksDialog::typingIsDebouncedAndOnlyTheLatestTextApplies()
{
    AddTasksDialog dialog(feishuAndDingTalk(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *add = child<QPushButton>(dialog, "addButton");
    QVERIFY(!add->isEnabled());
    QSignalSpy parsing(&dialog, &AddTasksDialog::parsingChanged);
    QSignalSpy updated(&dialog, &AddTasksDialog::previewUpdated);
    auto *text = child<QPlainTextEdit>(dialog, "pastedText");
    text->setFocus();
    QTest::keyClicks(text, kHex);
    QTest::keyClick(text, Qt::Key_Return);
    // Nothing is parsed while the keys arrive, and Add waits for the preview of what is there.
    QCOMPARE(parsing.size(), 0);
    QVERIFY(!add->isEnabled());
    QVERIFY(updated.wait(30000));
    QCOMPARE(describeRows(*dialog.previewModel()),
             QStringList{QStringLiteral("1 %1 feishu-contact feishu +").arg(kHex)});
    QVERIFY(add->isEnabled());

    // A change while a parse runs: the stale result is dropped, the latest text wins.
    dialog.setPastedText(QString(kDec + QLatin1Char('\n')).repeated(3000));
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(text, kHex2);
    QVERIFY(updated.wait(30000));
    QVERIFY(dialog.isPreviewCurrent());
    QCOMPARE(updated.size(), 2);
    QCOMPARE(dialog.previewModel()->rowCount(), 3001);
    QCOMPARE(dialog.previewModel()->index(3000, PastePreviewModel::TaskIdColumn).data().toString(),
             kHex2);
}

void tst_AddTasksDialog::largePasteKeepsTheEventLoopRunning()
{
    QStringList lines;
    for (int i = 0; i < 5000; ++i)
        lines << QStringLiteral("2024-05-10 09:31:02 INFO chunk %1/5000 submitted, task_id=%2")
                     .arg(i + 1)
                     .arg(i, 32, 16, QLatin1Char('0'));
    AddTasksDialog dialog(feishuAndDingTalk(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    int ticksWhileParsing = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (dialog.isParsing())
            ++ticksWhileParsing;
    });
    ticker.start();
    QSignalSpy updated(&dialog, &AddTasksDialog::previewUpdated);
    dialog.setPastedText(lines.join(QLatin1Char('\n')));
    QVERIFY(dialog.isParsing());
    QVERIFY(child<QLabel>(dialog, "busyHint")->isVisible());
    QVERIFY(updated.wait(60000));
    QVERIFY2(ticksWhileParsing > 0, "the event loop stood still while the paste was parsed");
    QVERIFY(!child<QLabel>(dialog, "busyHint")->isVisible());
    QCOMPARE(dialog.previewModel()->rowCount(), 5000);
    QCOMPARE(dialog.summary().toAdd, 5000);
    QCOMPARE(dialog.tasksToAdd().size(), 5000);
    qInfo("%d ticks of a 1 ms timer while 5,000 lines were parsed", ticksWhileParsing);
}

void tst_AddTasksDialog::overlongPasteSaysWhatWasRead()
{
    const QString id = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString filler = QString(69, QLatin1Char('-')) + QLatin1Char('\n');
    QString text = id + QLatin1Char('\n');
    while (text.size() <= PasteParser::kLongestPaste)
        text += filler;
    AddTasksDialog dialog(feishuAndDingTalk(), {});
    dialog.setPastedText(text);
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog.previewModel()->rowCount(), 1);
    const QString summary = child<QLabel>(dialog, "summary")->text();
    QVERIFY2(summary.contains(QLocale().toString(PasteParser::kLongestPaste)), qPrintable(summary));

    dialog.setPastedText(id);
    QVERIFY(waitForPreview(dialog));
    QVERIFY(!child<QLabel>(dialog, "summary")
                 ->text()
                 .contains(QLocale().toString(PasteParser::kLongestPaste)));
}

void tst_AddTasksDialog::missingAccountIsOffered()
{
    const QList<Account> dingTalkOnly{account("dingtalk", "DingTalk Ops", Platform::DingTalk)};
    AddTasksDialog dialog(dingTalkOnly, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setPastedText(kHex + QLatin1Char('\n') + kHex2 + QLatin1Char('\n') + kHex3 +
                         QStringLiteral("\nhttp://127.0.0.1:8080/open-apis/drive/v1/files/"
                                        "task_check?task_id=") +
                         kDec);
    QVERIFY(waitForPreview(dialog));
    QVERIFY(!child<QPushButton>(dialog, "addButton")->isEnabled());
    auto *area = child<QWidget>(dialog, "missingAccounts");
    QVERIFY(area->isVisible());
    QStringList texts;
    for (QLabel *label : area->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            texts << label->text();
    }
    QCOMPARE(texts,
             (QStringList{QStringLiteral("3 tasks need a Feishu account"),
                          QStringLiteral("1 task needs a Feishu account at 127.0.0.1:8080")}));
    const QList<QPushButton *> buttons = area->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 2);

    QSignalSpy requested(&dialog, &AddTasksDialog::addAccountRequested);
    QTest::mouseClick(buttons.at(1), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<Platform>(), Platform::Feishu);
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("http://127.0.0.1:8080"));

    // The user skips a row; then, like the main window, the answer to the request comes while
    // the button's click is still being handled: the account editor is modal.
    QAbstractItemModel *model = dialog.previewModel();
    QVERIFY(model->setData(model->index(1, PastePreviewModel::LineColumn), Qt::Unchecked,
                           Qt::CheckStateRole));
    const QString text = dialog.pastedText();
    QList<Account> withFeishu = dingTalkOnly;
    withFeishu << account("feishu", "Feishu HQ", Platform::Feishu);
    connect(&dialog, &AddTasksDialog::addAccountRequested, this,
            [&] { dialog.setAccounts(withFeishu); });
    QTest::mouseClick(buttons.at(0), Qt::LeftButton);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(0).value<Platform>(), Platform::Feishu);
    QCOMPARE(requested.at(1).at(1).toString(), QString());
    QVERIFY(!area->isVisible());
    QCOMPARE(dialog.pastedText(), text);
    QCOMPARE(describeRows(*model),
             (QStringList{QStringLiteral("1 %1 feishu-contact feishu +").arg(kHex),
                          QStringLiteral("2 %1 feishu-contact feishu -").arg(kHex2),
                          QStringLiteral("3 %1 feishu-contact feishu +").arg(kHex3),
                          QStringLiteral("4 %1 feishu-drive feishu +").arg(kDec)}));
    QVERIFY(child<QPushButton>(dialog, "addButton")->isEnabled());
    QCOMPARE(child<QPushButton>(dialog, "addButton")->text(), QStringLiteral("Add 3 tasks"));
}

void tst_AddTasksDialog::droppedFileIsRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("import.log")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("任务ID：%1\ntask_id=%2\n").arg(kDec, kHex).toUtf8());
    file.close();

    AddTasksDialog dialog(feishuAndDingTalk(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *text = child<QPlainTextEdit>(dialog, "pastedText");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file.fileName())});
    const QPointF at = text->viewport()->rect().center();
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(text->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(text->viewport(), &drop);
    QVERIFY(drop.isAccepted());

    // The file's text, not its path.
    QCOMPARE(dialog.pastedText(), QStringLiteral("任务ID：%1\ntask_id=%2\n").arg(kDec, kHex));
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(describeRows(*dialog.previewModel()),
             (QStringList{QStringLiteral("1 %1 feishu-drive feishu +").arg(kDec),
                          QStringLiteral("2 %1 feishu-contact feishu +").arg(kHex)}));
}

void tst_AddTasksDialog::keyboardOnly()
{
    AddTasksDialog dialog(feishuAndDingTalk(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.setPastedText(QStringLiteral("abc12345def\n") + kHex);
    QVERIFY(waitForPreview(dialog));
    auto *text = child<QPlainTextEdit>(dialog, "pastedText");
    QCOMPARE(QApplication::focusWidget(), text);

    // Tab follows the layout and leaves the text box (a disabled combo is passed over).
    QStringList order;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order,
             (QStringList{QStringLiteral("treatAsKind"), QStringLiteral("preview"),
                          QStringLiteral("batchLabel"), QStringLiteral("addButton"), QString()}));
    QCOMPARE(QApplication::focusWidget(),
             dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel));

    // In the table: Space skips the row from any cell, F2 opens the kind's choices.
    auto *table = child<QTableView>(dialog, "preview");
    table->setFocus();
    QAbstractItemModel *model = dialog.previewModel();
    table->setCurrentIndex(model->index(1, PastePreviewModel::ProblemColumn));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(model->index(1, PastePreviewModel::LineColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(model->index(1, PastePreviewModel::LineColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));

    table->setCurrentIndex(model->index(0, PastePreviewModel::KindColumn));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->count(), 4);
    editor->setCurrentIndex(editor->findData(int(TaskKind::DingTalkDoc)));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(model->index(0, PastePreviewModel::KindColumn).data(Qt::EditRole).toInt(),
                 int(TaskKind::DingTalkDoc));
    QCOMPARE(model->index(0, PastePreviewModel::AccountColumn).data(Qt::EditRole).toString(),
             QStringLiteral("dingtalk"));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.tasksToAdd().size(), 2);
}

void tst_AddTasksDialog::everyControlIsNamed()
{
    AddTasksDialog dialog({}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setPastedText(kHex);
    QVERIFY(waitForPreview(dialog));
    QVERIFY(child<QWidget>(dialog, "missingAccounts")->isVisible());
    int checked = 0;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&dialog))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleDescription().isEmpty() ||
                     qobject_cast<QAbstractButton *>(widget),
                 widget->metaObject()->className());
        ++checked;
    }
    // Text box, check box, kind combo, add-account button, table, label, Add, Cancel.
    QCOMPARE(checked, 8);
}

void tst_AddTasksDialog::screenshots_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("language");
    QTest::newRow("light") << QStringLiteral("light") << false << QStringLiteral("en");
    QTest::newRow("dark") << QStringLiteral("dark") << true << QStringLiteral("en");
    QTest::newRow("chinese") << QStringLiteral("zh_CN") << false << QStringLiteral("zh_CN");
}

void tst_AddTasksDialog::screenshots()
{
    QFETCH(QString, name);
    QFETCH(bool, dark);
    QFETCH(QString, language);
    QTranslator chinese;
    if (language == QLatin1String("zh_CN")) {
        QVERIFY(chinese.load(QLocale(QLocale::Chinese, QLocale::China),
                             QStringLiteral("taskmonitor"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&chinese);
    }
    const QPalette original = QApplication::palette();
    const auto restore = qScopeGuard([&] {
        QApplication::setPalette(original);
        QCoreApplication::removeTranslator(&chinese);
    });
    if (dark)
        QApplication::setPalette(darkPalette());
    {
        QList<Account> accounts = feishuAndDingTalk();
        accounts << account("feishu2", "子公司飞书", Platform::Feishu);
        AddTasksDialog dialog(accounts, isWatched);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setPastedText(adminClipboard());
        QVERIFY(waitForPreview(dialog));
        child<QLineEdit>(dialog, "batchLabel")->setText(QStringLiteral("HR import 3"));
        auto *table = child<QTableView>(dialog, "preview");
        table->selectRow(1);
        QCoreApplication::sendPostedEvents();

        const QImage image = dialog.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), dialog.size() * dialog.devicePixelRatio());
        const QColor corner = image.pixelColor(2, 2);
        QCOMPARE(corner.lightness() < 128, dark);
        if (const QByteArray dir = qgetenv("TASKMONITOR_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(image.save(QDir(QString::fromLocal8Bit(dir))
                                   .filePath(QStringLiteral("adddialog-%1.png").arg(name))));

        // Nothing is cut: every label and button gets at least the room it asks for.
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            if (!widget->isVisible() ||
                !(qobject_cast<QLabel *>(widget) || qobject_cast<QPushButton *>(widget) ||
                  qobject_cast<QCheckBox *>(widget)))
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->text()));
            else
                QVERIFY2(widget->width() >= widget->minimumSizeHint().width(),
                         qPrintable(widget->property("text").toString()));
        }
        // Columns fit their contents; only the task id column is capped, eliding long lines.
        for (int column = 0; column < PastePreviewModel::ColumnCount; ++column) {
            if (column == PastePreviewModel::TaskIdColumn)
                continue;
            QStyleOptionViewItem option;
            option.initFrom(table);
            int wanted = table->horizontalHeader()->sectionSizeHint(column);
            for (int row = 0; row < table->model()->rowCount(); ++row)
                wanted = std::max(wanted, table->itemDelegate()
                                              ->sizeHint(option, table->model()->index(row, column))
                                              .width());
            QVERIFY2(table->columnWidth(column) >= wanted,
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(column)
                                    .arg(table->columnWidth(column))
                                    .arg(wanted)));
        }
    }
}

QTEST_MAIN(tst_AddTasksDialog)
#include "tst_addtasksdialog.moc"
