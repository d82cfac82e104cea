#pragma once

#include "network/clients/SnapshotRequest.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

class AccountConnection;
class ApiTransport;
struct TaskRef;

// Runs a Feishu report (汇报) query through all its pages and hands back every submission in
// one snapshot. The query counts as finished once its commit window has closed: nothing can be
// committed into a past window.
class FeishuReportQueryClient final
{
    Q_DECLARE_TR_FUNCTIONS(FeishuReportQueryClient)

public:
    explicit FeishuReportQueryClient(ApiTransport &transport)
        : m_transport(transport)
    {}

    void fetch(const AccountConnection &account, const TaskRef &ref, QObject *context,
               SnapshotRequest::Callback done);

    static constexpr int kPageSize = 20; // the platform's maximum
    static constexpr int kMaxPages = 1000;

private:
    struct Run;
    void fetchPage(const std::shared_ptr<Run> &run);

    ApiTransport &m_transport;
};
