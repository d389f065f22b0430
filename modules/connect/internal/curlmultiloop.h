// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one worker thread that drives every libcurl transfer of a Transport (decision 5 of ARCHITECTURE.md).

#include "connect/transport.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

typedef void CURLM;

namespace ioc {
namespace internal {

struct CurlTransfer;

// Owns a std::thread that runs curl_multi_poll in a loop (STYLE.md 11: the owner starts it in the
// constructor and joins it in the destructor, never kills it). add() may be called from any thread: it
// queues the request under m_mutex and wakes the loop with curl_multi_wakeup. Every easy handle and the
// multi handle are touched only by the loop thread. Callbacks run on the loop thread, exactly once each.
class CurlMultiLoop {
public:
    CurlMultiLoop();
    // Stops the loop: queued and running transfers end with a "cancelled" error (their callbacks run on
    // the loop thread before it exits), then joins the thread. Returns within one poll round, not after
    // the transfers' own timeouts.
    ~CurlMultiLoop();

    CurlMultiLoop(const CurlMultiLoop&) = delete;
    CurlMultiLoop& operator=(const CurlMultiLoop&) = delete;

    void add(TransportRequest request, Transport::Callback callback); // any thread
    int activeTransfers() const { return m_active.load(); }           // queued + running, any thread
    bool isLoopThread() const { return std::this_thread::get_id() == m_thread.get_id(); }

private:
    struct Pending {
        TransportRequest request;
        Transport::Callback callback;
        int redirects = 0; // redirects followed by the loop so far (CurlTransfer::redirectHop)
    };
    void run();                              // loop thread
    void startPending(std::deque<Pending>& pending); // loop thread
    void finishDone();                       // loop thread: reads curl_multi_info_read
    void finish(CurlTransfer* transfer, Result<TransportResponse> result); // loop thread

    CURLM* m_multi = nullptr;                // created by the constructor, used by the loop thread only
    std::vector<std::unique_ptr<CurlTransfer>> m_running; // loop thread only
    std::mutex m_mutex;                      // guards m_queue and m_stopping
    std::deque<Pending> m_queue;             // written by add() (any thread), taken by the loop thread
    bool m_stopping = false;                 // set by the destructor
    std::condition_variable m_wake;          // only waited on when curl_multi_init failed
    std::atomic<int> m_active{0};            // incremented by add(), decremented just before each callback
    std::thread m_thread;                    // started last in the constructor
};

} // namespace internal
} // namespace ioc
