#pragma once

#include "CliOptions.h"
#include "models/domain/Account.h"
#include "models/domain/TaskRef.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Turns the TASK arguments into task refs through the add-tasks paste parser, in argument
// order, and checks each against the account: a kind the platform serves, an operator for
// DingTalk storage.
class TaskArguments final
{
    Q_DECLARE_TR_FUNCTIONS(TaskArguments)

public:
    // Empty `problem` on success.
    static QList<TaskRef> resolve(const CliOptions &options, const Account &account,
                                  QString *problem);
};
