// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One libcurl easy handle and what it collects: set up from a TransportRequest, read back into a
// TransportResponse or an operator-readable error. Used by the loop thread of CurlMultiLoop only.

#include "connect/transport.h"

#include <curl/curl.h>

namespace ioc {
namespace internal {

struct CurlTransfer {
    TransportRequest request;     // kept alive: libcurl points at request.body while it sends it
    Transport::Callback callback;
    CURL* easy = nullptr;
    curl_slist* headerList = nullptr;
    TransportResponse response;
    bool bodyTooLarge = false;    // set by the write callback when the body passed maxBodyBytes
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CurlTransfer(TransportRequest r, Transport::Callback c);
    ~CurlTransfer();              // frees the easy handle (remove it from the multi handle first)
    CurlTransfer(const CurlTransfer&) = delete;
    CurlTransfer& operator=(const CurlTransfer&) = delete;

    // Creates and configures the easy handle; the error (bad URL, unsupported scheme, a libcurl without
    // a needed feature) is final: the transfer is never added to the multi handle then.
    Result<void> setUp();
    // What the finished transfer gives: the response, or the error for code.
    Result<TransportResponse> complete(CURLcode code);
    // The operator's message for a failed transfer: the redacted URL and the cause, secrets scrubbed.
    QString errorMessage(CURLcode code) const;
    // Redirects of a request with an API key header: libcurl would send that header to whatever host a
    // redirect names, so setUp() turns its redirect following off and the loop follows here, to the same
    // scheme, host and port only (at most 5). follow: go on with next; error: refused; neither: the
    // response stands.
    struct Hop {
        bool follow = false;
        TransportRequest next;
        QString error;
    };
    Hop redirectHop(const TransportResponse& answer) const;
    int redirects = 0; // followed by redirectHop so far
    // The error a transfer gets when the transport shuts down before it finished.
    Error cancelled() const;
};

// Replaces every secret of options (password, token, key password) in text by "***", then applies
// redactCredentials: the last guard before a message leaves the transport.
QString scrubSecrets(QString text, const TransportOptions& options);

// The process-wide curl_global_init, done once (std::call_once) before the first handle is created.
void ensureCurlGlobalInit();

} // namespace internal
} // namespace ioc
