// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "sop/soprunlistmodel.h"
#include "sop/sopsteplistmodel.h"
#include "sop/soptimelinemodel.h"

#include <QDateTime>
#include <QObject>
#include <QVariantMap>

namespace ioc {

class AuthService;
class SopService;

// The SOP screen's controller (STYLE.md 4): the list of runs (filtered: "mine", "approval", "running",
// "attention", "all"), the steps and the timeline of the selected run, and the operator's and the
// supervisor's actions on a step. Every action passes the signed-in session to SopService, which checks
// the permission (AuthService::authorize, journaled) and the four eyes; this class decides nothing, it
// tells the service's answer in lastMessage.
// GUI thread; the service and the AuthService outlive it.
class SopController : public QObject {
    Q_OBJECT
    Q_PROPERTY(ioc::SopRunListModel* runs READ runs CONSTANT)
    Q_PROPERTY(ioc::SopStepListModel* steps READ steps CONSTANT)
    Q_PROPERTY(ioc::SopTimelineModel* timeline READ timeline CONSTANT)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    // The run whose steps and timeline are shown; empty: none.
    Q_PROPERTY(QString selectedRunId READ selectedRunId WRITE setSelectedRunId NOTIFY selectedRunIdChanged)
    // The selected run in short: title, templateId, alertTitle, alertKey, area, startedBy, startedAt,
    // closed, closedReason, currentStep, awaitingApproval (empty map: none selected or not found).
    Q_PROPERTY(QVariantMap selectedRun READ selectedRun NOTIFY selectedRunChanged)
    // Language of the templates' texts ("vi", "en"): the views bind it to Language.language.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The session may approve or reject approval steps (a hint for the view; the service checks).
    Q_PROPERTY(bool canApprove READ canApprove NOTIFY canApproveChanged)
    // Open runs waiting for a supervisor's approval (the badge of the approval tab).
    Q_PROPERTY(int approvalCount READ approvalCount NOTIFY approvalCountChanged)
    // The answer to the last action: the service's refusal in words, or what was done.
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY lastMessageChanged)
    Q_PROPERTY(bool lastFailed READ lastFailed NOTIFY lastMessageChanged)
    // The service's clock, read again by tick(): the views compute time left from the deadlines with it.
    Q_PROPERTY(QDateTime now READ now NOTIFY nowChanged)

public:
    SopController(SopService& service, AuthService& auth, QObject* parent = nullptr);

    SopRunListModel* runs() { return &m_runs; }
    SopStepListModel* steps() { return &m_steps; }
    SopTimelineModel* timeline() { return &m_timeline; }
    QString filter() const { return m_runs.filter(); }
    void setFilter(const QString& filter); // an unknown filter is ignored
    QString selectedRunId() const { return m_selectedRunId; }
    void setSelectedRunId(const QString& runId);
    QVariantMap selectedRun() const;
    QString language() const { return m_runs.language(); }
    void setLanguage(const QString& language);
    bool canApprove() const { return m_canApprove; }
    int approvalCount() const { return m_approvalCount; }
    QString lastMessage() const { return m_lastMessage; }
    bool lastFailed() const { return m_lastFailed; }
    QDateTime now() const { return m_now; }

    // Each returns whether the service did it; the reason of a refusal is in lastMessage. They act on
    // the selected run. input: the fields of SopService::complete for the step's kind.
    Q_INVOKABLE bool complete(const QString& stepId, const QVariantMap& input);
    Q_INVOKABLE bool answer(const QString& stepId, const QString& answer); // "yes"/"no", "reached"/"not_reached"
    Q_INVOKABLE bool enterValue(const QString& stepId, double value);
    Q_INVOKABLE bool attachEvidence(const QString& stepId, const QString& kind, const QString& reference);
    Q_INVOKABLE bool addNote(const QString& stepId, const QString& note);
    Q_INVOKABLE bool skip(const QString& stepId, const QString& justification);
    Q_INVOKABLE bool approve(const QString& stepId, const QString& comment);
    Q_INVOKABLE bool reject(const QString& stepId, const QString& comment);
    Q_INVOKABLE void clearMessage() { setLastMessage({}, false); }
    // Reads the clock again (the view's one-second timer). The lists are not reset by it (a reset would
    // lose what is being typed); they follow the service's signals.
    Q_INVOKABLE void tick();

Q_SIGNALS:
    void filterChanged();
    void selectedRunIdChanged();
    void selectedRunChanged();
    void languageChanged();
    void canApproveChanged();
    void approvalCountChanged();
    void lastMessageChanged();
    void nowChanged();

private:
    bool report(const Result<void>& result, const QString& stepId, const QString& done);
    QString stepTitle(const QString& stepId) const;
    void onRunChanged(const QString& runId);
    void onSessionChanged();
    void updateApprovalCount();
    void setLastMessage(const QString& message, bool failed);

    SopService& m_service;
    AuthService& m_auth;
    SopRunListModel m_runs;
    SopStepListModel m_steps;
    SopTimelineModel m_timeline;
    QString m_selectedRunId;
    bool m_canApprove = false;
    int m_approvalCount = 0;
    QString m_lastMessage;
    bool m_lastFailed = false;
    QDateTime m_now;
};

} // namespace ioc
