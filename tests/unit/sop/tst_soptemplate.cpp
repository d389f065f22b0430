// SPDX-License-Identifier: GPL-3.0-or-later
#include "sop/soptemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

namespace {

QJsonObject text(const QString& en) { return {{QStringLiteral("vi"), en + QStringLiteral(" (vi)")}, {QStringLiteral("en"), en}}; }

QJsonObject step(const QString& id, const QString& role, const QString& kind, const QString& next = {})
{
    QJsonObject s{{QStringLiteral("id"), id}, {QStringLiteral("title"), text(id)}, {QStringLiteral("instructions"), text(id)},
                  {QStringLiteral("role"), role}, {QStringLiteral("kind"), kind}};
    if (!next.isEmpty())
        s.insert(QStringLiteral("next"), next);
    return s;
}

QJsonObject templ(const QJsonArray& steps, const QString& start = QStringLiteral("a"))
{
    return {{QStringLiteral("id"), QStringLiteral("test")}, {QStringLiteral("title"), text(QStringLiteral("Test"))},
            {QStringLiteral("domain"), QStringLiteral("flood")}, {QStringLiteral("version"), 1},
            {QStringLiteral("start"), start}, {QStringLiteral("steps"), steps}};
}

} // namespace

class TestSopTemplate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every shipped template loads through the schema and the semantic checks.
    void theShippedTemplatesAllLoad()
    {
        SopTemplateLibrary library;
        const Result<QStringList> refused = library.loadFolder(QStringLiteral(":/sop/templates"));
        QVERIFY2(refused, qPrintable(refused.errorMessage()));
        QVERIFY2(refused.value().isEmpty(), qPrintable(refused.value().join(u'\n')));
        QCOMPARE(library.ids(), (QStringList{QStringLiteral("crowd-detected"), QStringLiteral("dossier-overdue"),
                                             QStringLiteral("field-report-overdue"), QStringLiteral("fire-smoke"),
                                             QStringLiteral("flood-sos"), QStringLiteral("intrusion"),
                                             QStringLiteral("kpi-explanation"), QStringLiteral("rain-threshold"),
                                             QStringLiteral("soc-malware"), QStringLiteral("water-quality")}));
        for (const QString& id : library.ids()) {
            const SopTemplate* t = library.find(id);
            QVERIFY(!t->title.vi.isEmpty() && !t->title.en.isEmpty());
            QVERIFY2(t->steps.size() >= 4, qPrintable(id));
            for (const SopStep& s : t->steps)
                QVERIFY2(!s.instructions.vi.isEmpty() && !s.instructions.en.isEmpty(), qPrintable(id + u'/' + s.id));
        }
        // The water-quality SOP ends waiting for the alert to be resolved (it closes itself).
        const SopTemplate* water = library.find(QStringLiteral("water-quality"));
        const SopStep* last = water->step(QStringLiteral("wait"));
        QVERIFY(last);
        QCOMPARE(last->kind, SopStepKind::Wait);
        QCOMPARE(last->condition, QStringLiteral("alert_resolved"));
        QVERIFY(last->next.isEmpty());
        // Branches pick the next step by the answer.
        const SopStep* depth = library.find(QStringLiteral("flood-sos"))->step(QStringLiteral("depth"));
        QCOMPARE(depth->nextFor(QStringLiteral("above")), QStringLiteral("rescue"));
        QCOMPARE(depth->nextFor(QStringLiteral("within")), QStringLiteral("notify_ward"));
    }

    void brokenTemplatesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("cycle") << templ({step("a", "operator", "check", "b"), step("b", "operator", "check", "c"),
                                         step("c", "operator", "check", "a")})
                               << QStringLiteral("/steps: the steps form a cycle: a → b → c → a");
        QJsonObject noRole = step("a", "operator", "check");
        noRole.remove(QStringLiteral("role"));
        QTest::newRow("missing role") << templ({noRole}) << QStringLiteral("/steps/0/role: is required but missing");
        QTest::newRow("empty role") << templ({step("a", "", "check")}) << QStringLiteral("/steps/0/role: is 0 characters long");
        QTest::newRow("unknown role") << templ({step("a", "chief", "check")})
                                      << QStringLiteral("/steps/0/role: unknown role 'chief'");
        QTest::newRow("viewer role") << templ({step("a", "viewer", "check")})
                                     << QStringLiteral("/steps/0/role: unknown role 'viewer'");
        QTest::newRow("unknown kind") << templ({step("a", "operator", "dance")})
                                      << QStringLiteral("/steps/0/kind: unknown step kind 'dance'");
        QTest::newRow("bad next") << templ({step("a", "operator", "check", "nowhere")})
                                  << QStringLiteral("/steps/0/next: step 'a' goes to 'nowhere', which does not exist");
        QJsonObject branching = step("a", "operator", "check", "b");
        branching.insert(QStringLiteral("branches"),
                         QJsonArray{QJsonObject{{QStringLiteral("answer"), QStringLiteral("no")}, {QStringLiteral("next"), QStringLiteral("zz")}}});
        QTest::newRow("bad branch") << templ({branching, step("b", "operator", "check")})
                                    << QStringLiteral("/steps/0/branches/0/next: step 'a' goes to 'zz', which does not exist");
        QTest::newRow("duplicate id") << templ({step("a", "operator", "check", "a2"), step("a", "operator", "check")})
                                      << QStringLiteral("/steps/1/id: duplicate step id 'a'");
        QTest::newRow("unreachable") << templ({step("a", "operator", "check"), step("b", "operator", "check")})
                                     << QStringLiteral("/steps/1: step 'b' cannot be reached from the start");
        QTest::newRow("bad start") << templ({step("a", "operator", "check")}, QStringLiteral("x"))
                                   << QStringLiteral("/start: the start step 'x' does not exist");
        QTest::newRow("value without unit") << templ({step("a", "operator", "value")})
                                            << QStringLiteral("/steps/0/unit: a value step names its unit");
        QTest::newRow("approval by an operator") << templ({step("a", "operator", "check", "b"), step("b", "operator", "approval")})
                                                 << QStringLiteral("/steps/1/role: an approval step is a supervisor's");
        QTest::newRow("starts with an approval") << templ({step("a", "supervisor", "approval")})
                                                 << QStringLiteral("/start: a run cannot start with an approval");
        QJsonObject wrongAnswer = step("a", "operator", "check");
        wrongAnswer.insert(QStringLiteral("branches"),
                           QJsonArray{QJsonObject{{QStringLiteral("answer"), QStringLiteral("above")}, {QStringLiteral("next"), QStringLiteral("a")}}});
        QTest::newRow("answer of another kind") << templ({wrongAnswer})
                                                << QStringLiteral("/steps/0/branches/0/answer: a check step has no answer 'above'");
        QJsonObject extra = templ({step("a", "operator", "check")});
        extra.insert(QStringLiteral("colour"), QStringLiteral("red"));
        QTest::newRow("unknown field") << extra << QStringLiteral("/colour");
    }

    void brokenTemplatesAreRefusedWithTheReason()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, reason);
        SopTemplateLibrary library;
        const Result<void> added = library.add(json, QStringLiteral("broken.json"));
        QVERIFY(!added);
        QVERIFY2(added.errorMessage().startsWith(QStringLiteral("broken.json: ")), qPrintable(added.errorMessage()));
        QVERIFY2(added.errorMessage().contains(reason), qPrintable(added.errorMessage()));
        QCOMPARE(library.size(), 0);
    }

    // A bad file in a folder is refused with its name; the good ones load.
    void aFolderLoadsTheGoodFilesAndNamesTheBadOnes()
    {
        QTemporaryDir dir;
        QFile good(dir.filePath(QStringLiteral("good.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(QJsonDocument(templ({step("a", "operator", "check")})).toJson());
        good.close();
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        SopTemplateLibrary library;
        const Result<QStringList> refused = library.loadFolder(dir.path());
        QVERIFY(refused);
        QCOMPARE(refused.value().size(), 1);
        QVERIFY(refused.value().first().contains(QStringLiteral("bad.json: not JSON")));
        QCOMPARE(library.ids(), QStringList{QStringLiteral("test")});
    }
};

QTEST_GUILESS_MAIN(TestSopTemplate)
#include "tst_soptemplate.moc"
