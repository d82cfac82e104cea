#pragma once

#include <QString>

// Where taskmonitor-cli's log lines go: nowhere by default (stdout and stderr belong to the
// command's output and its messages), every taskmonitor.* category at debug level on stderr
// with --verbose. Each line is masked again with the secrets the command was given, behind
// the redaction the emitting code already did.
class CliLogOutput final
{
public:
    static void install(bool verbose);
    static void addSecret(const QString &secret);
};
