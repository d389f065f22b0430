// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redaction.h"

#include <QTest>

using namespace ioc;

class TestRedaction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secretsAreReplaced_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("url password") << "rtsp://admin:12345@192.0.2.7:554/h264"
                                      << "rtsp://admin:***@192.0.2.7:554/h264";
        QTest::newRow("postgres url") << "postgresql://ioc:pa ss@db.local/ioc" << "postgresql://ioc:pa ss@db.local/ioc";
        QTest::newRow("postgres url no space") << "connect postgresql://ioc:hunter2@db.local:5432/ioc failed"
                                               << "connect postgresql://ioc:***@db.local:5432/ioc failed";
        QTest::newRow("query token") << "GET /api?token=abc.def&page=2" << "GET /api?token=***&page=2";
        QTest::newRow("json password") << R"({"password": "Mật-khẩu"})" << R"({"password": "***"})";
        QTest::newRow("api key") << "api_key=XYZ123" << "api_key=***";
        QTest::newRow("bearer") << "Authorization: Bearer eyJhbGciOi.x.y" << "Authorization: Bearer ***";
        QTest::newRow("user without password kept") << "rtsp://viewer@cam1/stream" << "rtsp://viewer@cam1/stream";
        QTest::newRow("plain text kept") << "Trạm đo mưa Cà Mau mất kết nối" << "Trạm đo mưa Cà Mau mất kết nối";
    }

    void secretsAreReplaced()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(redactCredentials(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
