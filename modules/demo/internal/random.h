// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <random>
#include <string_view>

namespace ioc::internal {

// The one source of randomness of the demo. Same seed, same numbers, on every platform: the standard
// fixes the output of std::mt19937_64, but not the algorithms of std::uniform_*_distribution and
// friends, so the conversions below are our own and those distributions are never used.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed);

    // An independent stream for one purpose ("assets", "dossiers"…): adding draws to one stream never
    // shifts the numbers of another, so each part of the province stays stable when another changes.
    static DemoRandom stream(quint64 seed, std::string_view purpose);

    quint64 next();
    double uniform();                           // [0, 1)
    double between(double low, double high);    // [low, high)
    int integer(int low, int high);             // [low, high], both included
    qsizetype index(qsizetype count);           // [0, count); count > 0
    bool chance(double probability);
    double normal(double mean, double deviation);
    double exponential(double mean);
    qsizetype weighted(const QList<double>& weights); // index drawn in proportion to its weight

    template<typename T>
    const T& pick(const QList<T>& items) { return items.at(index(items.size())); }

    template<typename T>
    void shuffle(QList<T>& items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, index(i + 1));
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace ioc::internal
