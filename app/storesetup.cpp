// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storesetup.h"

#include "core/clock.h"
#include "store/database.h"
#include "store/journal.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>

namespace ioc::app {

namespace {

// Context of this file's translated texts (lupdate reads "StoreSetup").
struct StoreSetup {
    Q_DECLARE_TR_FUNCTIONS(StoreSetup)
};

} // namespace

QString defaultStoreUrl(bool demo)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return demo ? folder + QStringLiteral("/demo/demo.sqlite") : folder + QStringLiteral("/iocdesk.sqlite");
}

void removeDemoStore(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

int verifyJournal(const QString& url)
{
    auto database = Database::open(url);
    if (!database) {
        std::fprintf(stderr, "iocdesk: %s\n", database.errorMessage().toUtf8().constData());
        return 1;
    }
    SystemClock clock;
    Journal journal(*database.value(), clock);
    const auto verification = journal.verify();
    if (!verification) {
        std::fprintf(stderr, "iocdesk: %s\n", verification.errorMessage().toUtf8().constData());
        return 1;
    }
    if (verification.value().intact()) {
        std::printf("%s\n", StoreSetup::tr("journal intact: %n entries verified in %1", nullptr,
                                           int(verification.value().entries))
                                .arg(database.value()->displayName())
                                .toUtf8()
                                .constData());
        return 0;
    }
    std::printf("%s\n", StoreSetup::tr("journal broken at entry %1: %2")
                            .arg(*verification.value().firstBroken)
                            .arg(verification.value().reason)
                            .toUtf8()
                            .constData());
    return 1;
}

} // namespace ioc::app
