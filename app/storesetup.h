// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ioc::app {

// Where the store is when --db is not given: <app data>/iocdesk.sqlite, or for --demo a file of its
// own, <app data>/demo/demo.sqlite, so that a demo never mixes with a centre's data.
QString defaultStoreUrl(bool demo);

// Removes the demo store file (and its WAL files) so that each demo starts from its seed.
void removeDemoStore(const QString& path);

// --verify-journal: walks the chain, prints the result on one line, returns the exit code
// (0 intact, 1 broken or the store could not be read).
int verifyJournal(const QString& url);

} // namespace ioc::app
