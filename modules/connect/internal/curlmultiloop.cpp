// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/internal/curlmultiloop.h"

#include "connect/internal/curltransfer.h"
#include "connect/logcategories.h"

#include <algorithm>

namespace ioc {
namespace internal {

namespace {
// The longest the loop sleeps in curl_multi_poll when libcurl has no earlier timer; add() and the
// destructor wake it at once with curl_multi_wakeup, so this only bounds a missed wake-up.
constexpr int kPollMs = 1000;
} // namespace

CurlMultiLoop::CurlMultiLoop()
{
    ensureCurlGlobalInit();
    m_multi = curl_multi_init();
    if (!m_multi)
        qCCritical(lcTransport) << "curl_multi_init failed: every transfer will fail";
    m_thread = std::thread([this] { run(); });
}

CurlMultiLoop::~CurlMultiLoop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_multi)
        curl_multi_wakeup(m_multi);
    m_thread.join();
    if (m_multi)
        curl_multi_cleanup(m_multi);
}

void CurlMultiLoop::add(TransportRequest request, Transport::Callback callback)
{
    ++m_active;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Pending{std::move(request), std::move(callback)});
    }
    m_wake.notify_all();
    if (m_multi)
        curl_multi_wakeup(m_multi);
}

void CurlMultiLoop::finish(CurlTransfer* transfer, Result<TransportResponse> result)
{
    --m_active; // before the callback: a caller woken by it (fetch) must not see the transfer still counted
    if (transfer->callback)
        transfer->callback(std::move(result));
}

void CurlMultiLoop::startPending(std::deque<Pending>& pending)
{
    while (!pending.empty()) {
        auto transfer = std::make_unique<CurlTransfer>(std::move(pending.front().request),
                                                       std::move(pending.front().callback));
        transfer->redirects = pending.front().redirects;
        pending.pop_front();
        if (!m_multi) {
            finish(transfer.get(), transfer->cancelled());
            continue;
        }
        if (Result<void> ready = transfer->setUp(); !ready) {
            finish(transfer.get(), ready.error());
            continue;
        }
        if (const CURLMcode rc = curl_multi_add_handle(m_multi, transfer->easy); rc != CURLM_OK) {
            finish(transfer.get(), transfer->complete(CURLE_FAILED_INIT));
            continue;
        }
        qCDebug(lcTransport) << "start" << redactedUrl(transfer->request.url);
        m_running.push_back(std::move(transfer));
    }
}

void CurlMultiLoop::finishDone()
{
    int left = 0;
    while (CURLMsg* message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CURL* easy = message->easy_handle;
        const CURLcode code = message->data.result; // read before removing: message is invalid after
        curl_multi_remove_handle(m_multi, easy);
        const auto it = std::find_if(m_running.begin(), m_running.end(),
                                     [easy](const auto& transfer) { return transfer->easy == easy; });
        if (it == m_running.end())
            continue;
        std::unique_ptr<CurlTransfer> transfer = std::move(*it);
        m_running.erase(it);
        Result<TransportResponse> result = transfer->complete(code);
        if (result) {
            CurlTransfer::Hop hop = transfer->redirectHop(result.value());
            if (!hop.error.isEmpty()) {
                result = fail(hop.error);
            } else if (hop.follow) { // the same transfer goes on at the new address: no callback yet
                std::deque<Pending> next;
                next.push_back(Pending{std::move(hop.next), std::move(transfer->callback), transfer->redirects + 1});
                startPending(next);
                continue;
            }
        }
        if (result)
            qCDebug(lcTransport) << "done" << redactedUrl(transfer->request.url) << result.value().status;
        else
            qCInfo(lcTransport).noquote() << result.errorMessage();
        finish(transfer.get(), std::move(result));
    }
}

void CurlMultiLoop::run()
{
    std::deque<Pending> pending;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
            pending.swap(m_queue);
        }
        startPending(pending);
        if (!m_multi) { // every transfer fails at once; sleep until there is more to fail or a stop
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            continue;
        }
        int running = 0;
        curl_multi_perform(m_multi, &running);
        finishDone();
        curl_multi_poll(m_multi, nullptr, 0, kPollMs, nullptr);
    }

    // Shutting down: what runs and what waits ends with "cancelled", each callback once.
    for (auto& transfer : m_running) {
        curl_multi_remove_handle(m_multi, transfer->easy);
        finish(transfer.get(), transfer->cancelled());
    }
    m_running.clear();
    {
        std::lock_guard lock(m_mutex);
        pending.swap(m_queue);
    }
    for (Pending& p : pending) {
        --m_active;
        if (p.callback)
            p.callback(CurlTransfer(std::move(p.request), {}).cancelled());
    }
}

} // namespace internal
} // namespace ioc
