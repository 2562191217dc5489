#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"

namespace quanke::http {

class Router;

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  int io_threads = 2;        // one io_context and SO_REUSEPORT acceptor each
  // Writes (with their reads) and password hashing. Many, so that SQLite group commit finds
  // several writers queued: 32 writers at once reach 5,800 follow-ups/s against 2,800 with 4.
  int blocking_threads = 32;
  size_t body_limit = 1 << 20;  // bytes; larger bodies are refused with 413
  size_t upload_limit = 21 << 20;  // for POST /api/v1/attachments (multipart uploads)
  int idle_timeout_seconds = 60;   // keep-alive connections idle longer are closed
  int shutdown_grace_seconds = 30;  // in-flight requests get this long to finish on SIGTERM
  bool access_log = true;
  // Peers whose X-Forwarded-For names the client (http/forwarded.h): the load balancer's address.
  std::vector<std::string> trusted_proxies;
};

// The HTTP/1.1 server (Boost.Beast). Only server.cc includes Beast; everything else sees
// Request and Response. Network I/O is asynchronous, so idle keep-alive connections (and the
// live streams to come) cost no threads.
class Server {
 public:
  Server(ServerOptions options, const Router& router);
  ~Server();

  // Binds the listeners; fails with `unavailable` when the address is taken.
  Status Listen();
  // The port actually bound (useful with port 0).
  int port() const;
  // Serves until SIGTERM/SIGINT or Stop(); then stops accepting, lets in-flight requests
  // finish (up to the grace period) and returns.
  void Run();
  // Starts a graceful stop from any thread.
  void Stop();

  class Impl;  // public so the connection class in server.cc can name it

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace quanke::http
