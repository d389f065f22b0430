// SPDX-License-Identifier: GPL-3.0-or-later
// Episodes: findings less than the quiet period apart are one episode; after a quiet period a new one.
#include "visiontesthelper.h"
#include "vision/episodetracker.h"

using namespace ioc;

class TestEpisodeTracker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findingsWithinTheQuietPeriodAreOneEpisode()
    {
        EpisodeTracker t(10);
        const QDateTime t0 = test::clipStart();
        const EpisodeTracker::Update first = t.observe(QStringLiteral("cam/1"), QStringLiteral("crowd"), QString(), t0);
        QVERIFY(first.started);
        QCOMPARE(first.episodeKey, QStringLiteral("crowd/cam/1/frame/20261123T090000000"));
        for (int s = 1; s <= 60; s += 5) { // a minute of findings 5 s apart: still the same episode
            const EpisodeTracker::Update u = t.observe(QStringLiteral("cam/1"), QStringLiteral("crowd"), QString(), t0.addSecs(s));
            QVERIFY(!u.started);
            QCOMPARE(u.episodeKey, first.episodeKey);
        }
        // Another zone or detection is its own episode.
        QVERIFY(t.observe(QStringLiteral("cam/1"), QStringLiteral("intrusion"), QStringLiteral("gate"), t0.addSecs(61)).started);
        QCOMPARE(t.openEpisodes(), 2);
    }

    void aQuietPeriodEndsTheEpisode()
    {
        EpisodeTracker t(10);
        const QDateTime t0 = test::clipStart();
        const QString k1 = t.observe(QStringLiteral("c"), QStringLiteral("fire"), QString(), t0).episodeKey;
        QVERIFY(t.expire(t0.addSecs(10)).isEmpty());
        QCOMPARE(t.expire(t0.addSecs(11)), QStringList{k1});
        QCOMPARE(t.openEpisodes(), 0);
        const EpisodeTracker::Update again = t.observe(QStringLiteral("c"), QStringLiteral("fire"), QString(), t0.addSecs(12));
        QVERIFY(again.started);
        QVERIFY(again.episodeKey != k1);
        // A finding after a gap longer than the quiet period (not expired yet) also starts a new episode.
        QVERIFY(t.observe(QStringLiteral("c"), QStringLiteral("fire"), QString(), t0.addSecs(40)).started);
    }
};

QTEST_GUILESS_MAIN(TestEpisodeTracker)
#include "tst_episodetracker.moc"
