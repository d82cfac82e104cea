#pragma once

#include "models/persistence/WatchListData.h"

// Watch lists for the persistence tests.
namespace WatchListFixture {

// Every field of every persisted type set at least once: all kinds and states, Chinese text,
// integers beyond 2^53, null next to empty, optional numbers both set and missing, binary and
// text raw bodies, report submissions, errors, histories.
WatchListData rich();

// A plausible list of `count` tasks across a few accounts (a few KB for a handful).
WatchListData realistic(int count);

} // namespace WatchListFixture
