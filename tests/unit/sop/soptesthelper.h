// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fresh store with a journal, a manual clock, accounts of every role, the shipped SOP templates and
// contacts, and a notifier that keeps what it was handed (delivery itself is another module's: the
// tests report delivery results back through SopService::notificationDelivered as it would).

#include "../auth/authtesthelper.h"
#include "sop/sopservice.h"
#include "sop/soptemplate.h"

namespace ioc::test {

inline const QString kSopPassword = QStringLiteral("Ca-Mau-2026!");

class KeepingNotifier final : public SopNotifier {
public:
    void send(const SopNotification& notification) override { sent.append(notification); }
    QList<SopNotification> sent;
};

struct SopFixture : AuthFixture {
    SopFixture()
    {
        const Result<QStringList> refused = templates.loadFolder(QStringLiteral(":/sop/templates"));
        if (!refused || !refused.value().isEmpty())
            qFatal("the shipped SOP templates do not load");
        add(QStringLiteral("vanhanh"), Role::Operator, kSopPassword);
        add(QStringLiteral("vanhanh2"), Role::Operator, kSopPassword);
        add(QStringLiteral("truongca"), Role::Supervisor, kSopPassword);
        add(QStringLiteral("truongca2"), Role::Supervisor, kSopPassword);
        add(QStringLiteral("lanhdao"), Role::Leader, kSopPassword);
        add(QStringLiteral("khach"), Role::Viewer, kSopPassword);
        contacts = SopContactDirectory::fromFile(QStringLiteral(":/sop/contacts.json")).value();
    }

    Session as(const QString& login)
    {
        const Result<Session> session = auth.signIn(login, kSopPassword);
        if (!session)
            qFatal("cannot sign in %s: %s", qPrintable(login), qPrintable(session.errorMessage()));
        return session.value();
    }

    std::unique_ptr<SopService> service(bool withNotifier = true)
    {
        auto s = std::make_unique<SopService>(*database, journal, auth, templates, clock);
        s->setContacts(contacts);
        if (withNotifier)
            s->setNotifier(&notifier);
        return s;
    }

    static SopAlertRef alert(const QString& name)
    {
        return {QStringLiteral("alert:rules/") + name, QStringLiteral("rules/") + name,
                QStringLiteral("Cảnh báo ") + name, QStringLiteral("32025"), QStringLiteral("Phường Tân Thành")};
    }

    QStringList kindsOf(const QString& runId)
    {
        JournalQuery query;
        query.subject = sopSubject(runId);
        QList<JournalEntry> entries = journal.find(query).value();
        QStringList kinds;
        for (auto it = entries.crbegin(); it != entries.crend(); ++it)
            kinds.append(it->kind);
        return kinds;
    }

    int deniedCount()
    {
        JournalQuery query;
        query.kinds = {QStringLiteral("auth.privilege.denied")};
        return int(journal.find(query).value().size());
    }

    SopTemplateLibrary templates;
    SopContactDirectory contacts;
    KeepingNotifier notifier;
};

inline QJsonObject answer(const QString& value) { return {{QStringLiteral("answer"), value}}; }

} // namespace ioc::test
