#pragma once

#include "SimEndpoint.h"

#include <QString>

// One self-built app (Feishu / Lark app_id or DingTalk appKey) the simulated platform knows.
struct SimApp
{
    SimFamily family = SimFamily::Feishu;
    QString appId;
    QString secret;
    int tokenLifetimeSecs = 7200;
    // Feishu hands out the same tenant token until less than this many seconds are left.
    int reissueBelowSecs = 1800;
    QString name;
};
