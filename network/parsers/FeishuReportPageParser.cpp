#include "network/parsers/FeishuReportPageParser.h"

#include "network/parsers/ParserText.h"
#include "network/parsers/PlatformErrors.h"
#include "network/parsers/WireJson.h"

#include <QJsonArray>
#include <QSet>

namespace {

ReportFormField formField(const QJsonObject &object, const QString &path, QStringList *warnings)
{
    const WireJson::Fields fields(object, path, warnings);
    ReportFormField field;
    field.fieldId = fields.id(QLatin1String("field_id"));
    field.fieldName = fields.text(QLatin1String("field_name")).value_or(QString());
    // Attachments and pictures carry no value; anything structured is kept as its JSON text.
    field.fieldValue = WireJson::scalarText(object.value(QLatin1String("field_value")));
    return field;
}

ReportSubmission submission(const QJsonObject &object, const QString &path, QStringList *warnings)
{
    const WireJson::Fields fields(object, path, warnings);
    ReportSubmission item;
    item.taskId = fields.id(QLatin1String("task_id"));
    item.ruleId = fields.id(QLatin1String("rule_id"));
    item.ruleName = fields.text(QLatin1String("rule_name")).value_or(QString());
    item.fromUserId = fields.id(QLatin1String("from_user_id"));
    item.fromUserName = fields.text(QLatin1String("from_user_name")).value_or(QString());
    item.departmentName = fields.text(QLatin1String("department_name")).value_or(QString());
    item.departmentIds = fields.textList(QLatin1String("department_ids")).value_or(QStringList());
    item.commitTime = fields.unixSeconds(QLatin1String("commit_time"));
    item.toUserIds = fields.textList(QLatin1String("to_user_ids")).value_or(QStringList());
    item.toUserNames = fields.textList(QLatin1String("to_user_names")).value_or(QStringList());

    const QLatin1String formKey("form_contents");
    const QJsonValue form = object.value(formKey);
    if (form.isArray()) {
        const QJsonArray array = form.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString fieldPath =
                fields.pathOf(formKey) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (array.at(i).isObject())
                item.formContents.append(formField(array.at(i).toObject(), fieldPath, warnings));
            else if (warnings)
                *warnings << ParserText::tr("%1 is not an object and was skipped.").arg(fieldPath);
        }
    } else if (fields.has(formKey)) {
        fields.warnUnusable(formKey, ParserText::tr("expected a list of form fields"));
    }
    return item;
}

} // namespace

Result<FeishuReportPage> parseFeishuReportPage(const HttpResponse &response)
{
    const WireJson::Body body = WireJson::readBody(response.body);
    if (auto failure = PlatformErrors::feishuFailure(response, body))
        return *failure;

    FeishuReportPage page;
    const QString requestId = PlatformErrors::feishuRequestId(response, body.object);
    const WireJson::Fields root(body.object, {}, &page.warnings);
    const std::optional<QJsonObject> dataObject = root.childObject(QLatin1String("data"));
    if (!dataObject) {
        if (!root.has(QLatin1String("data")))
            page.warnings << ParserText::tr(
                "The answer has no data; it was read as an empty page.");
        return page;
    }
    const WireJson::Fields data(*dataObject, QStringLiteral("data"), &page.warnings);

    const QLatin1String itemsKey("items");
    const QJsonValue items = dataObject->value(itemsKey);
    if (items.isArray()) {
        const QJsonArray array = items.toArray();
        page.items.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("data.items[%1]").arg(i);
            if (array.at(i).isObject())
                page.items.append(submission(array.at(i).toObject(), path, &page.warnings));
            else
                page.warnings << ParserText::tr("%1 is not an object and was skipped.").arg(path);
        }
    } else if (data.has(itemsKey)) {
        // A page whose items cannot be read would silently lose submissions: refuse it.
        return PlatformErrors::wrongShape(
            response, WireFamily::Feishu,
            ParserText::tr("The field data.items is not a list of submissions"), requestId);
    }

    page.hasMore = data.boolean(QLatin1String("has_more")).value_or(false);
    page.pageToken = data.id(QLatin1String("page_token"));
    if (page.hasMore && page.pageToken.isEmpty())
        return PlatformErrors::wrongShape(
            response, WireFamily::Feishu,
            ParserText::tr("The answer says more pages follow (data.has_more is true) but gives "
                           "no data.page_token to fetch them with"),
            requestId);
    if (!page.hasMore)
        page.pageToken.clear();
    return page;
}

int appendReportPage(QList<ReportSubmission> &submissions, const QList<ReportSubmission> &page)
{
    QSet<QString> seen;
    for (const ReportSubmission &submission : std::as_const(submissions)) {
        if (!submission.taskId.isEmpty())
            seen.insert(submission.taskId);
    }
    int repeated = 0;
    for (const ReportSubmission &submission : page) {
        // Without a task_id there is nothing to tell two submissions apart by: keep both.
        if (!submission.taskId.isEmpty() && seen.contains(submission.taskId)) {
            ++repeated;
            continue;
        }
        seen.insert(submission.taskId);
        submissions.append(submission);
    }
    return repeated;
}
