#include "models/paste/PasteParser.h"
#include "models/paste/PastePreviewModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString kHex = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kHex2 = QStringLiteral("fedcba9876543210fedcba9876543210");
const QString kDec = QStringLiteral("7360595374803812356");

Account account(const char *id, Platform platform, const char *baseUrl = "")
{
    Account a;
    a.id = QString::fromLatin1(id);
    a.name = QStringLiteral("Name of ") + a.id;
    a.platform = platform;
    a.baseUrl = QString::fromLatin1(baseUrl);
    return a;
}

// The accounts a row names, from this pool.
QList<Account> accounts(const QStringList &ids)
{
    const QList<Account> pool{
        account("feishu", Platform::Feishu),
        account("feishu2", Platform::Feishu),
        account("lark", Platform::Lark),
        account("dingtalk", Platform::DingTalk),
        account("ding-intl", Platform::DingTalk, "https://api.dingtalk.io/"),
        account("sim", Platform::Feishu, "http://127.0.0.1:8080"),
    };
    QList<Account> chosen;
    for (const QString &id : ids) {
        for (const Account &a : pool) {
            if (a.id == id)
                chosen << a;
        }
    }
    return chosen;
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

QString feishuDrive(const QString &host, const QString &id)
{
    return host + QStringLiteral("/open-apis/drive/v1/files/task_check?task_id=") + id;
}

QString dingTalkStorage(const QString &host, const QString &id)
{
    return host + QStringLiteral("/v1.0/storage/tasks/") + id + QStringLiteral("?unionId=U1");
}

QString dingTalkDoc(const QString &host, const QString &id)
{
    return host + QStringLiteral("/v2.0/doc/task/info/") + id;
}

QStringList column(const QAbstractItemModel &model, int column, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

QString describe(const MissingAccount &missing)
{
    return QStringLiteral("%1 %2 %3")
        .arg(Platforms::id(missing.platform), missing.baseUrl)
        .arg(missing.taskCount);
}

QStringList describe(const QList<TaskRef> &refs)
{
    QStringList lines;
    for (const TaskRef &ref : refs)
        lines << QStringList{TaskKinds::id(ref.kind), ref.accountId, ref.taskId, ref.label,
                             ref.unionId}
                     .join(QLatin1Char(' '))
                     .trimmed();
    return lines;
}

} // namespace

// The add-tasks preview: which account and kind each pasted task gets, what is skipped, what
// the user's choices do, and that the model keeps the item-model contract throughout.
class tst_PastePreviewModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultAccount_data();
    void defaultAccount();
    void missingAccounts_data();
    void missingAccounts();
    void problemsAreSkipped();
    void watchedDependsOnTheAccount();
    void chooseKind();
    void chooseAccountFillsTheWaitingRows();
    void choicesSurviveReparseAndNewAccounts();
    void clearKindChoices();
    void refsCarryLabelAndUnionId();
    void summaryCounts();
    void toolTipNamesTheLine();

private:
    void load(const QString &text, std::optional<TaskKind> defaultKind = std::nullopt);

    std::unique_ptr<PastePreviewModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_PastePreviewModel::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_model = std::make_unique<PastePreviewModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_PastePreviewModel::load(const QString &text, std::optional<TaskKind> defaultKind)
{
    PasteOptions options;
    options.defaultKind = defaultKind;
    m_model->setResult(PasteParser(options).parse(text));
}

void tst_PastePreviewModel::defaultAccount_data()
{
    QTest::addColumn<QStringList>("accountIds");
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QStringList>("expected");
    const QString feishu = QStringLiteral("https://open.feishu.cn");
    const QString lark = QStringLiteral("https://open.larksuite.com");
    const QString sim = QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("the only account of the platform")
        << strings({"feishu", "dingtalk"})
        << kHex + QLatin1Char('\n') +
               dingTalkStorage(QStringLiteral("https://api.dingtalk.com"),
                               QStringLiteral("T12345678"))
        << strings({"feishu", "dingtalk"});
    QTest::newRow("the link's host decides")
        << strings({"feishu", "sim"})
        << feishuDrive(sim, kDec) + QLatin1Char('\n') +
               feishuDrive(feishu, QStringLiteral("7360595374803812999")) + QLatin1Char('\n') + kHex
        << strings({"sim", "feishu", ""});
    QTest::newRow("a lark link is no feishu account's")
        << strings({"feishu", "dingtalk"}) << feishuDrive(lark, kDec) << strings({""});
    QTest::newRow("a lark link finds the lark account")
        << strings({"feishu", "lark"}) << feishuDrive(lark, kDec) + QLatin1Char('\n') + kHex
        << strings({"lark", ""});
    QTest::newRow("two tenants on one host: the user chooses")
        << strings({"feishu", "feishu2"}) << feishuDrive(feishu, kDec) << strings({""});
    QTest::newRow("international dingtalk host")
        << strings({"dingtalk", "ding-intl"})
        << dingTalkDoc(QStringLiteral("https://api.dingtalk.io"), QStringLiteral("5550001234")) +
               QLatin1Char('\n') +
               dingTalkDoc(QStringLiteral("https://api.dingtalk.com"), QStringLiteral("5550009999"))
        << strings({"ding-intl", "dingtalk"});
    QTest::newRow("a link to an unused host falls back to the only account")
        << strings({"dingtalk"})
        << dingTalkStorage(QStringLiteral("http://127.0.0.1:9000"), QStringLiteral("T-1234"))
        << strings({"dingtalk"});
    QTest::newRow("no accounts") << QStringList{} << kHex << strings({""});
    QTest::newRow("no kind, no account")
        << strings({"feishu"}) << QStringLiteral("abc12345def") << strings({""});
}

void tst_PastePreviewModel::defaultAccount()
{
    QFETCH(QStringList, accountIds);
    QFETCH(QString, paste);
    QFETCH(QStringList, expected);
    m_model->setAccounts(accounts(accountIds));
    load(paste);
    QCOMPARE(column(*m_model, PastePreviewModel::AccountColumn, Qt::EditRole), expected);
}

void tst_PastePreviewModel::missingAccounts_data()
{
    QTest::addColumn<QStringList>("accountIds");
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("no account of either platform")
        << QStringList{}
        << kHex + QLatin1Char('\n') + kHex2 + QLatin1Char('\n') +
               dingTalkStorage(QStringLiteral("https://api.dingtalk.com"),
                               QStringLiteral("T12345678"))
        << strings({"feishu  2", "dingtalk  1"});
    QTest::newRow("lark links with only a feishu account")
        << strings({"feishu"})
        << feishuDrive(QStringLiteral("https://open.larksuite.com"), kDec) + QLatin1Char(' ') +
               feishuDrive(QStringLiteral("https://open.larksuite.com"),
                           QStringLiteral("7360595374803812999"))
        << strings({"lark  2"});
    QTest::newRow("a host no account uses, among several accounts")
        << strings({"feishu", "feishu2"})
        << feishuDrive(QStringLiteral("http://127.0.0.1:8080"), kDec)
        << strings({"feishu http://127.0.0.1:8080 1"});
    QTest::newRow("a simulator link and no account")
        << strings({"dingtalk"}) << feishuDrive(QStringLiteral("http://127.0.0.1:8080"), kDec)
        << strings({"feishu http://127.0.0.1:8080 1"});
    QTest::newRow("the only account takes the unused host")
        << strings({"dingtalk"})
        << dingTalkStorage(QStringLiteral("http://127.0.0.1:9000"), QStringLiteral("T-1234"))
        << QStringList{};
    QTest::newRow("two tenants: a choice, nothing missing")
        << strings({"feishu", "feishu2"})
        << feishuDrive(QStringLiteral("https://open.feishu.cn"), kDec) << QStringList{};
    QTest::newRow("duplicates and problems need nothing")
        << QStringList{}
        << kHex + QLatin1Char('\n') + kHex + QStringLiteral("\n0123456789abcdef#0123")
        << strings({"feishu  1"});
    QTest::newRow("no kind yet, so no platform yet")
        << QStringList{} << QStringLiteral("abc12345def") << QStringList{};
}

void tst_PastePreviewModel::missingAccounts()
{
    QFETCH(QStringList, accountIds);
    QFETCH(QString, paste);
    QFETCH(QStringList, expected);
    m_model->setAccounts(accounts(accountIds));
    load(paste);
    QStringList missing;
    for (const MissingAccount &m : m_model->missingAccounts())
        missing << describe(m);
    QCOMPARE(missing, expected);
}

void tst_PastePreviewModel::problemsAreSkipped()
{
    m_model->setAccounts(accounts(strings({"feishu"})));
    load(kHex + QStringLiteral("\n") + kHex + QStringLiteral("\n0123456789abcdef#0123"));
    QCOMPARE(m_model->rowCount(), 3);
    const QModelIndex good = m_model->index(0, PastePreviewModel::LineColumn);
    QCOMPARE(good.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(m_model->flags(good) & Qt::ItemIsUserCheckable);
    for (int row : {1, 2}) {
        const QModelIndex line = m_model->index(row, PastePreviewModel::LineColumn);
        QCOMPARE(line.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(!(m_model->flags(line) & Qt::ItemIsUserCheckable));
        QVERIFY(!m_model->setData(line, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(line.data(PastePreviewModel::SkippedRole).toBool());
        QVERIFY(!(m_model->flags(line.siblingAtColumn(PastePreviewModel::KindColumn)) &
                  Qt::ItemIsEditable));
    }
    QCOMPARE(m_model->index(1, PastePreviewModel::ProblemColumn).data().toString(),
             PastePreviewModel::tr("Duplicate"));
    QVERIFY(m_model->index(1, PastePreviewModel::ProblemColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(PasteItem::problemText(PasteItem::Problem::DuplicateInPaste) +
                            QStringLiteral("\nLine 2: ")));
    // An unrecognised line shows what was pasted in place of an id.
    const QModelIndex source = m_model->index(2, PastePreviewModel::TaskIdColumn);
    QCOMPARE(source.data().toString(), QStringLiteral("0123456789abcdef#0123"));
    QVERIFY(source.data(PastePreviewModel::PlaceholderRole).toBool());
    QCOMPARE(m_model->index(2, PastePreviewModel::ProblemColumn).data().toString(),
             PastePreviewModel::tr("Not recognised"));
    QCOMPARE(m_model->refs({}).size(), 1);
}

void tst_PastePreviewModel::watchedDependsOnTheAccount()
{
    m_model->setAccounts(accounts(strings({"feishu", "feishu2"})));
    m_model->setWatchedCheck([](const QString &accountId, TaskKind kind, const QString &taskId) {
        return accountId == QLatin1String("feishu") && kind == TaskKind::FeishuDrive &&
               taskId == kDec;
    });
    load(feishuDrive(QStringLiteral("https://open.feishu.cn"), kDec));
    const QModelIndex account = m_model->index(0, PastePreviewModel::AccountColumn);
    QVERIFY(account.data(PastePreviewModel::PlaceholderRole).toBool());
    QCOMPARE(account.data().toString(), PastePreviewModel::tr("Choose an account"));
    QCOMPARE(account.data(PastePreviewModel::ChoiceValuesRole).toList(),
             (QVariantList{QStringLiteral("feishu"), QStringLiteral("feishu2")}));
    QCOMPARE(account.data(PastePreviewModel::ChoiceTextsRole).toStringList(),
             (QStringList{QStringLiteral("Name of feishu"), QStringLiteral("Name of feishu2")}));

    QVERIFY(m_model->setData(account, QStringLiteral("feishu")));
    QVERIFY(account.data(PastePreviewModel::SkippedRole).toBool());
    QCOMPARE(m_model->index(0, PastePreviewModel::ProblemColumn).data().toString(),
             PastePreviewModel::tr("Already watched"));
    QCOMPARE(m_model->summary().alreadyWatched, 1);
    QVERIFY(m_model->refs({}).isEmpty());
    // Through the other tenant it is a new task.
    QVERIFY(m_model->flags(account) & Qt::ItemIsEditable);
    QVERIFY(m_model->setData(account, QStringLiteral("feishu2")));
    QVERIFY(!account.data(PastePreviewModel::SkippedRole).toBool());
    QCOMPARE(describe(m_model->refs({})),
             QStringList{QStringLiteral("feishu-drive feishu2 ") + kDec});
    QVERIFY(!m_model->setData(account, QStringLiteral("no-such-account")));
}

void tst_PastePreviewModel::chooseKind()
{
    m_model->setAccounts(accounts(strings({"feishu", "dingtalk"})));
    load(QStringLiteral("abc12345def\n") +
         dingTalkDoc(QStringLiteral("https://api.dingtalk.com"), QStringLiteral("5550001234")));
    const QModelIndex kind = m_model->index(0, PastePreviewModel::KindColumn);
    QVERIFY(kind.data(PastePreviewModel::PlaceholderRole).toBool());
    QVERIFY(!kind.data(Qt::EditRole).isValid());
    QCOMPARE(kind.data(PastePreviewModel::ChoiceValuesRole).toList().size(), 4);
    QVERIFY(!kind.data(PastePreviewModel::ChoiceValuesRole)
                 .toList()
                 .contains(int(TaskKind::FeishuReport)));
    QCOMPARE(m_model->summary().needKind, 1);
    QVERIFY(!m_model->setData(kind, int(TaskKind::FeishuReport)));
    QVERIFY(!m_model->setData(kind, 42));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy summary(m_model.get(), &PastePreviewModel::summaryChanged);
    QVERIFY(m_model->setData(kind, int(TaskKind::DingTalkDoc)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(summary.size(), 1);
    QCOMPARE(kind.data().toString(), TaskKinds::displayName(TaskKind::DingTalkDoc));
    QCOMPARE(m_model->index(0, PastePreviewModel::AccountColumn).data(Qt::EditRole).toString(),
             QStringLiteral("dingtalk"));

    // A kind the link states is not the user's to change.
    const QModelIndex certain = m_model->index(1, PastePreviewModel::KindColumn);
    QVERIFY(!(m_model->flags(certain) & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(certain, int(TaskKind::FeishuDrive)));
    QCOMPARE(describe(m_model->refs({})),
             (QStringList{QStringLiteral("dingtalk-doc dingtalk abc12345def"),
                          QStringLiteral("dingtalk-doc dingtalk 5550001234")}));
}

void tst_PastePreviewModel::chooseAccountFillsTheWaitingRows()
{
    m_model->setAccounts(accounts(strings({"feishu", "feishu2", "dingtalk"})));
    load(kHex + QLatin1Char('\n') + kHex2 + QLatin1Char('\n') + kDec + QLatin1Char('\n') +
         dingTalkDoc(QStringLiteral("https://api.dingtalk.com"), QStringLiteral("5550001234")));
    QCOMPARE(column(*m_model, PastePreviewModel::AccountColumn, Qt::EditRole),
             (strings({"", "", "", "dingtalk"})));
    QCOMPARE(m_model->summary().needAccount, 3);
    QVERIFY(m_model->setData(m_model->index(1, PastePreviewModel::AccountColumn),
                             QStringLiteral("feishu2")));
    QCOMPARE(column(*m_model, PastePreviewModel::AccountColumn, Qt::EditRole),
             (strings({"feishu2", "feishu2", "feishu2", "dingtalk"})));
    // A row that already has an account keeps it.
    QVERIFY(m_model->setData(m_model->index(0, PastePreviewModel::AccountColumn),
                             QStringLiteral("feishu")));
    QCOMPARE(column(*m_model, PastePreviewModel::AccountColumn, Qt::EditRole),
             (strings({"feishu", "feishu2", "feishu2", "dingtalk"})));
    QCOMPARE(
        column(*m_model, PastePreviewModel::AccountColumn, Qt::DisplayRole),
        (strings({"Name of feishu", "Name of feishu2", "Name of feishu2", "Name of dingtalk"})));
}

void tst_PastePreviewModel::choicesSurviveReparseAndNewAccounts()
{
    m_model->setAccounts(accounts(strings({"feishu", "feishu2"})));
    const QString text = kHex + QStringLiteral("\nabc12345def\n") + kHex2;
    load(text);
    QVERIFY(m_model->setData(m_model->index(0, PastePreviewModel::AccountColumn),
                             QStringLiteral("feishu2")));
    QVERIFY(m_model->setData(m_model->index(1, PastePreviewModel::KindColumn),
                             int(TaskKind::DingTalkDoc)));
    QVERIFY(m_model->setData(m_model->index(2, PastePreviewModel::LineColumn), Qt::Unchecked,
                             Qt::CheckStateRole));

    // The user typed a line above: rows move, choices follow their tasks.
    load(QStringLiteral("HR batch\n") + kDec + QLatin1Char('\n') + text);
    QCOMPARE(column(*m_model, PastePreviewModel::TaskIdColumn, Qt::DisplayRole),
             (QStringList{kDec, kHex, QStringLiteral("abc12345def"), kHex2}));
    QCOMPARE(m_model->index(2, PastePreviewModel::KindColumn).data(Qt::EditRole).toInt(),
             int(TaskKind::DingTalkDoc));
    QCOMPARE(column(*m_model, PastePreviewModel::AccountColumn, Qt::EditRole),
             (strings({"", "feishu2", "", "feishu2"})));
    QCOMPARE(m_model->index(3, PastePreviewModel::LineColumn)
                 .data(Qt::CheckStateRole)
                 .value<Qt::CheckState>(),
             Qt::Unchecked);

    // The DingTalk account arrives: the waiting row takes it, nothing else changes.
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setAccounts(accounts(strings({"feishu", "feishu2", "dingtalk"})));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(column(*m_model, PastePreviewModel::AccountColumn, Qt::EditRole),
             (strings({"", "feishu2", "dingtalk", "feishu2"})));
    QCOMPARE(describe(m_model->refs({})),
             (QStringList{QStringLiteral("feishu-contact feishu2 ") + kHex,
                          QStringLiteral("dingtalk-doc dingtalk abc12345def")}));

    // An account that is gone takes its choices with it.
    m_model->setAccounts(accounts(strings({"feishu", "dingtalk"})));
    QCOMPARE(column(*m_model, PastePreviewModel::AccountColumn, Qt::EditRole),
             (strings({"feishu", "feishu", "dingtalk", "feishu"})));
}

void tst_PastePreviewModel::clearKindChoices()
{
    m_model->setAccounts(accounts(strings({"dingtalk"})));
    load(QStringLiteral("abc12345def"));
    QVERIFY(m_model->setData(m_model->index(0, PastePreviewModel::KindColumn),
                             int(TaskKind::DingTalkDoc)));
    m_model->clearKindChoices();
    load(QStringLiteral("abc12345def"), TaskKind::DingTalkStorage);
    QCOMPARE(m_model->index(0, PastePreviewModel::KindColumn).data(Qt::EditRole).toInt(),
             int(TaskKind::DingTalkStorage));
    QCOMPARE(describe(m_model->refs({})),
             QStringList{QStringLiteral("dingtalk-storage dingtalk abc12345def")});
}

void tst_PastePreviewModel::refsCarryLabelAndUnionId()
{
    m_model->setAccounts(accounts(strings({"feishu", "dingtalk"})));
    load(dingTalkStorage(QStringLiteral("https://api.dingtalk.com"), QStringLiteral("T12345678")) +
         QLatin1Char('\n') + kHex);
    QCOMPARE(describe(m_model->refs(QStringLiteral("HR import 3"))),
             (QStringList{QStringLiteral("dingtalk-storage dingtalk T12345678 HR import 3 U1"),
                          QStringLiteral("feishu-contact feishu ") + kHex +
                              QStringLiteral(" HR import 3")}));
    QVERIFY(m_model->setData(m_model->index(0, PastePreviewModel::LineColumn), Qt::Unchecked,
                             Qt::CheckStateRole));
    QCOMPARE(m_model->refs({}).size(), 1);
    QCOMPARE(m_model->summary().toAdd, 1);
}

void tst_PastePreviewModel::summaryCounts()
{
    m_model->setAccounts(accounts(strings({"feishu", "feishu2"})));
    m_model->setWatchedCheck(
        [](const QString &, TaskKind, const QString &taskId) { return taskId == kHex2; });
    // The account chosen on an earlier parse (for the simulator link's task) carries over.
    load(feishuDrive(QStringLiteral("http://127.0.0.1:8080"), kDec) + QLatin1Char('\n') +
         feishuDrive(QStringLiteral("https://open.feishu.cn"), kDec) + QLatin1Char('\n') + kHex +
         QStringLiteral("\nabc12345def\n0123456789abcdef#0123\n"
                        "https://open.feishu.cn/open-apis/report/v1/tasks/query\n"));
    QVERIFY(m_model->setData(m_model->index(0, PastePreviewModel::AccountColumn),
                             QStringLiteral("feishu")));
    load(feishuDrive(QStringLiteral("https://open.feishu.cn"), kDec) + QLatin1Char('\n') + kHex2 +
         QLatin1Char('\n') + kHex + QLatin1Char('\n') + kDec +
         QStringLiteral("\nabc12345def\n0123456789abcdef#0123\n"
                        "https://open.feishu.cn/open-apis/report/v1/tasks/query\n"));
    QVERIFY(m_model->setData(m_model->index(1, PastePreviewModel::AccountColumn),
                             QStringLiteral("feishu2")));
    PastePreviewSummary expected;
    expected.tasksFound = 4;
    expected.duplicates = 1;
    expected.alreadyWatched = 1;
    expected.notRecognised = 1;
    expected.notTasks = 1;
    expected.needKind = 1;
    expected.needAccount = 0;
    expected.toAdd = 2;
    QCOMPARE(m_model->summary(), expected);
}

void tst_PastePreviewModel::toolTipNamesTheLine()
{
    load(QStringLiteral("first line\nINFO chunk 1/12 submitted, task_id=") + kHex);
    QCOMPARE(m_model->rowCount(), 1);
    const QString origin = PastePreviewModel::tr("Line %1: %2")
                               .arg(2)
                               .arg(QStringLiteral("INFO chunk 1/12 submitted, task_id=") + kHex);
    QCOMPARE(m_model->index(0, PastePreviewModel::TaskIdColumn).data(Qt::ToolTipRole).toString(),
             origin);
    QCOMPARE(m_model->index(0, PastePreviewModel::LineColumn).data().toInt(), 2);
}

QTEST_GUILESS_MAIN(tst_PastePreviewModel)
#include "tst_pastepreviewmodel.moc"
